"""Clinical sentences per modality with keep-spans (eponyms, anatomy, levels, sizes, scores, sequences)."""

from __future__ import annotations

from random import Random

import blind_pools as P
from blind_context import keep


def size(r: Random, dims: int | None = None) -> str:
    dims = dims or r.choice([1, 2, 2, 3])
    unit = r.choice(["cm", "cm", "mm"])
    vals = [f"{r.uniform(0.3, 6.5):.1f}" if unit == "cm" else str(r.randint(2, 38)) for _ in range(dims)]
    return keep("measurement", " x ".join(vals) + " " + unit)


def k(label: str, value: str) -> str:
    return keep(label, value)


def eponym(r: Random) -> str:
    return k("eponym", r.choice(P.EPONYMS))


def findings(r: Random, modality: str, n: int = 3) -> list[str]:
    """n marked finding sentences for a modality."""
    a = lambda v: k("anatomy", v)
    lv = lambda: k("vertebral_level", r.choice(P.LEVELS))
    seq = lambda: k("sequence", r.choice(P.SEQUENCES))
    pools = {
        "CT": [
            lambda: f"Solid nodule in the {a('right lower lobe')} measuring {size(r, 2)} (series {r.randint(2, 9)}, image {r.randint(20, 480)}).",
            lambda: f"Obstructing calculus at the {a('left ureterovesical junction')}, {size(r, 1)}, with mild hydronephrosis.",
            lambda: f"No acute intracranial hemorrhage. Gray-white differentiation preserved; {k('score', r.choice(['ASPECTS 10', 'ASPECTS 9', 'ASPECTS 8']))}.",
            lambda: f"Hypoattenuating lesion in {a('hepatic segment 7')} measuring {size(r)}, too small to characterize.",
            lambda: f"Compression deformity of {lv()} with about 30% height loss, chronic in appearance.",
            lambda: f"Appendix is dilated to {size(r, 1)} with periappendiceal fat stranding.",
            lambda: f"Septal thickening at the bases, compatible with {k('eponym', 'Kerley B lines')}.",
            lambda: f"Renal cyst with a thin enhancing septation, {k('score', 'Bosniak IIF')}, {size(r, 1)}.",
            lambda: f"Mediastinal lymph node conglomerate, known {k('eponym', 'Hodgkin lymphoma')}, now {size(r, 2)} (previously larger).",
        ],
        "MR": [
            lambda: f"Focus of restricted diffusion on {seq()} in the {a('left corona radiata')}, {size(r, 1)}.",
            lambda: f"Disc protrusion at {lv()} narrowing the {a('right lateral recess')}; {k('eponym', 'Modic type 1 endplate changes')}.",
            lambda: f"Cerebellar tonsils extend {size(r, 1)} below the foramen magnum, consistent with {k('eponym', 'Chiari I malformation')}.",
            lambda: f"Increased signal on {seq()} within the {a('medial meniscus')} posterior horn reaching the inferior articular surface.",
            lambda: f"Periventricular white matter hyperintensities on {seq()}, {k('score', 'Fazekas 2')}.",
            lambda: f"Index lesion in the {a('left peripheral zone')}, {size(r, 2)}, {k('score', r.choice(['PI-RADS 4', 'PI-RADS 3']))}.",
            lambda: f"Arterial-phase hyperenhancing observation in {a('segment 8')}, {size(r, 1)}, {k('score', 'LI-RADS 4')}.",
            lambda: f"Impaction at the posterolateral humeral head ({k('eponym', 'Hill-Sachs lesion')}) and anteroinferior labral tear ({k('eponym', 'Bankart lesion')}).",
            lambda: f"{k('eponym', 'Tarlov cyst')} at {k('vertebral_level', 'S1')}, {size(r, 1)}, incidental.",
        ],
        "XR": [
            lambda: f"Transverse fracture of the {a('distal radius')} with dorsal angulation ({k('eponym', 'Colles fracture')}).",
            lambda: f"Lungs are clear. {a('Cardiomediastinal silhouette')} within normal limits.",
            lambda: f"Joint space narrowing of the {a('medial compartment')}, {k('score', 'Kellgren-Lawrence grade 3')}.",
            lambda: f"Avulsion fragment off the lateral tibial plateau, a {k('eponym', 'Segond fracture')}.",
            lambda: f"Multilevel degenerative disc disease, worst at {lv()}.",
            lambda: f"Endotracheal tube tip {size(r, 1)} above the {a('carina')}.",
            lambda: f"Lucent lesion of the {a('proximal tibial metaphysis')}, {size(r, 2)}, possibly {k('eponym', 'Brodie abscess')}.",
        ],
        "US": [
            lambda: f"Complex fluid collection in the {a('popliteal fossa')}, {size(r, 3)}, consistent with {k('eponym', 'Baker cyst')}.",
            lambda: f"Gallbladder contains mobile stones up to {size(r, 1)}; no wall thickening.",
            lambda: f"Thyroid nodule in the {a('right lobe')}, {size(r, 3)}, {k('score', r.choice(['TI-RADS 4', 'TR3']))}.",
            lambda: f"Diffusely heterogeneous thyroid with increased vascularity, in keeping with {k('eponym', r.choice(['Hashimoto thyroiditis', 'Graves disease']))}.",
            lambda: f"Right kidney measures {size(r, 1)}; no hydronephrosis.",
            lambda: f"Adnexal cyst, {size(r, 3)}, {k('score', 'O-RADS 3')}.",
            lambda: f"Hypoechoic mass between the third and fourth metatarsal heads, {size(r, 2)}, a {k('eponym', 'Morton neuroma')}.",
        ],
        "MG": [
            lambda: f"Breast composition: {k('score', 'ACR density C')}. Irregular mass at {r.randint(1, 12)} o'clock, {r.randint(2, 9)} cm from the nipple, {size(r, 2)}.",
            lambda: f"Grouped amorphous calcifications in the {a('upper outer quadrant')} over {size(r, 1)}.",
            lambda: f"Focal asymmetry in the {a('left retroareolar')} region on the CC view only.",
            lambda: f"Assessment: {k('score', r.choice(['BI-RADS 0', 'BI-RADS 4', 'BI-RADS 4A', 'BI-RADS 3', 'BI-RADS 2']))}.",
        ],
        "NM": [
            lambda: f"FDG-avid {a('left hilar')} node, SUVmax {r.uniform(3, 19):.1f}, {size(r, 1)} ({k('score', 'Deauville 4')}).",
            lambda: f"Diffusely increased radiotracer uptake in the {a('thyroid gland')}, consistent with {k('eponym', 'Graves disease')}.",
            lambda: f"Polyostotic uptake in the {a('pelvis')} and {a('left femur')}, favor {k('eponym', 'Paget disease')}.",
            lambda: f"Physiologic tracer distribution in the {a('myocardium')} and {a('urinary bladder')}.",
        ],
        "RF": [
            lambda: f"Posterior pharyngeal outpouching at the {a('cricopharyngeus')}, {size(r, 1)}, a {k('eponym', 'Zenker diverticulum')}.",
            lambda: f"Free reflux of contrast into the {a('distal esophagus')} to the level of the {a('aortic arch')}.",
            lambda: f"Grade III vesicoureteral reflux into the {a('left collecting system')}.",
            lambda: f"Fluoroscopy time {k('measurement', f'{r.uniform(0.4, 6.0):.1f} min')}; air kerma {k('measurement', f'{r.randint(3, 140)} mGy')}.",
        ],
        "IR": [
            lambda: f"Dual-lumen catheter tip in the {a('cavoatrial junction')}.",
            lambda: f"{k('measurement', f'{r.randint(400, 4200)} mL')} of straw-colored ascites removed.",
            lambda: f"Coaxial 18-gauge core biopsies x {r.randint(2, 6)} of the {a('right renal')} mass.",
            lambda: f"Embolization of the {a('right hepatic artery')} branch with {k('measurement', f'{r.choice([100, 300, 500])}-{r.choice([300, 500, 700])} micron')} particles.",
        ],
    }
    options = pools[modality]
    chosen = r.sample(options, min(n, len(options)))
    return [f() for f in chosen]


MOD_WORD = {"CT": ["CT", "CT"], "MR": ["MRI", "MR"], "XR": ["XR", "X-ray", "radiograph"], "US": ["US", "ultrasound"],
            "MG": ["mammogram", "MG"], "NM": ["PET/CT", "NM"], "RF": ["fluoroscopy", "RF"], "IR": ["IR"]}
EXAMS = {
    "CT": ["CT chest without contrast", "CT abdomen/pelvis with IV contrast", "CT head without contrast",
           "CTA chest (PE protocol)", "CT urogram", "Low-dose CT lung screening"],
    "MR": ["MRI brain with and without contrast", "MRI lumbar spine without contrast", "MRI right knee",
           "MRI prostate multiparametric", "MRI liver with gadoxetate", "MRI left shoulder arthrogram"],
    "XR": ["XR chest 2 views", "XR right wrist 3 views", "XR knee AP/lateral", "XR lumbar spine", "XR pelvis AP"],
    "US": ["US abdomen complete", "US thyroid", "US right upper quadrant", "US renal", "US pelvis transvaginal",
           "US left lower extremity venous"],
    "MG": ["Screening mammogram bilateral with tomosynthesis", "Diagnostic mammogram left", "US breast left limited"],
    "NM": ["FDG PET/CT skull base to mid-thigh", "NM thyroid uptake and scan", "NM bone scan whole body"],
    "RF": ["Modified barium swallow", "Esophagram", "Voiding cystourethrogram", "Upper GI series"],
    "IR": ["Tunneled dialysis catheter placement", "US-guided paracentesis", "CT-guided renal biopsy",
           "Hepatic arterial embolization", "Image-guided port placement"],
}


def exam(r: Random, modality: str) -> str:
    return r.choice(EXAMS[modality])


def mod(r: Random, modality: str) -> str:
    return k("modality", r.choice(MOD_WORD[modality]))


def impression(r: Random, modality: str) -> str:
    picks = {
        "CT": [f"Findings as above; follow-up per {k('score', 'Fleischner')} guidelines.",
               "No acute abnormality.", "Acute appendicitis without perforation.", "Pulmonary embolism is not identified."],
        "MR": ["No acute infarct.", f"Small disc protrusion at {k('vertebral_level', r.choice(P.LEVELS))} without cord compression.",
               "Complex tear of the medial meniscus."],
        "XR": ["No acute cardiopulmonary process.", "Acute fracture as described.", "Moderate degenerative change."],
        "US": ["Cholelithiasis without sonographic evidence of cholecystitis.", "Indeterminate nodule; biopsy advised.",
               f"No {k('anatomy', 'deep venous')} thrombosis."],
        "MG": [f"{k('score', r.choice(['BI-RADS 0', 'BI-RADS 4', 'BI-RADS 2', 'BI-RADS 3']))}: see recommendation."],
        "NM": [f"Hypermetabolic disease as above, {k('score', r.choice(['Deauville 4', 'Deauville 3']))}."],
        "RF": ["Findings as above; clinical correlation advised.", "No aspiration or penetration."],
        "IR": ["Technically successful procedure without immediate complication."],
    }
    return r.choice(picks[modality])
