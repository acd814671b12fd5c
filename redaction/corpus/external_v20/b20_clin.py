"""Clinical content with keep-span marks: exams, findings, impressions."""

from __future__ import annotations

from b20_doc import m


def meas(rng, dims: int | None = None) -> str:
    dims = dims or rng.choice([1, 1, 2, 2, 3])
    unit = rng.choice(["cm", "cm", "mm"])
    if unit == "mm":
        vals = [str(rng.randint(3, 28)) for _ in range(dims)]
    else:
        vals = [f"{rng.randint(4, 68) / 10:.1f}" for _ in range(dims)]
    return m("measurement", " x ".join(vals) + " " + unit)


def K(label: str, v: str) -> str:
    return m(label, v)


def _knee(rng):
    return ("MR", "MRI RIGHT KNEE WITHOUT CONTRAST" if rng.random() < .5 else "MRI left knee w/o", [
        f"Complex tear of the posterior horn of the {K('anatomy', 'medial meniscus')} extending to the inferior articular surface.",
        f"{meas(rng, 3)} {K('eponym', 'Baker cyst')} with layering debris.",
        f"Bone marrow edema on {K('sequence', 'PD fat-sat')} images in the lateral femoral condyle; no {K('eponym', 'Segond fracture')}.",
        f"Intact {K('anatomy', 'anterior cruciate ligament')}. Joint effusion, moderate.",
        f"Tibial tubercle fragmentation consistent with sequela of {K('eponym', 'Osgood-Schlatter disease')}.",
    ], [f"Medial meniscal tear and {K('eponym', 'Baker cyst')}.", "Moderate joint effusion."])


def _spine(rng):
    lv = rng.choice(["L4-L5", "L5-S1", "L3-L4"])
    return ("MR", "MR LUMBAR SPINE WO", [
        f"At {K('vertebral_level', lv)}, broad-based disc bulge with {meas(rng, 1)} right paracentral protrusion.",
        f"{K('eponym', 'Schmorl node')} along the inferior endplate of {K('vertebral_level', 'L2')}.",
        f"Conus terminates at {K('vertebral_level', 'T12-L1')}. {K('sequence', 'STIR')} shows no marrow edema.",
        f"Mild facet arthropathy at {K('vertebral_level', 'L5-S1')} without spondylolisthesis.",
    ], [f"{K('vertebral_level', lv)} protrusion contacting the descending nerve root.",
        "No acute osseous abnormality."])


def _brain(rng):
    return ("MR", rng.choice(["MRI BRAIN W/WO CONTRAST", "MR Brain with and without"]), [
        f"Scattered {K('sequence', 'T2 FLAIR')} hyperintensities in the periventricular white matter.",
        f"No restricted diffusion on {K('sequence', 'DWI')}/{K('sequence', 'ADC')}.",
        f"{K('sequence', 'SWI')} shows no microhemorrhage. Cerebellar tonsils {meas(rng, 1)} below the foramen magnum without {K('eponym', 'Chiari I malformation')} criteria.",
        f"Enhancing extra-axial mass along the falx measuring {meas(rng, 2)} on {K('sequence', 'T1 post-contrast')} images.",
        f"Expected post-treatment change; clinical history of {K('eponym', 'Parkinson disease')}.",
    ], ["Chronic small vessel ischemic change.", "No acute infarct."])


def _chest(rng):
    lr = rng.choice(["2", "3", "4A", "4B"])
    return ("CT", rng.choice(["CT CHEST WITHOUT CONTRAST", "Low-dose CT chest", "CTA chest PE protocol"]), [
        f"Solid nodule in the {K('anatomy', 'right upper lobe')} measuring {meas(rng, 1)}.",
        f"{K('eponym', 'Kerley B lines')} and small bilateral pleural effusions.",
        f"Mediastinal adenopathy; differential includes {K('eponym', 'Hodgkin lymphoma')}.",
        f"Calcified granuloma in the {K('anatomy', 'left lower lobe')}, unchanged since {K('year', str(rng.randint(2015, 2022)))}.",
        f"Apical pleural-parenchymal scarring; no cavitation.",
    ], [f"{K('score', 'Lung-RADS ' + lr)}.", f"Follow per {K('score', 'Fleischner')} guidance."])


def _abdomen(rng):
    return ("CT", rng.choice(["CT ABDOMEN/PELVIS W CONTRAST", "CT A/P with IV contrast", "CT abd pelvis"]), [
        f"Observation in hepatic segment 7 measuring {meas(rng, 2)}, {K('score', 'LI-RADS ' + rng.choice(['3', '4', '5']))}.",
        f"Cystic lesion of the {K('anatomy', 'left kidney')}, {K('score', 'Bosniak ' + rng.choice(['II', 'IIF', 'III']))}, {meas(rng, 2)}.",
        f"Wall thickening of the {K('anatomy', 'terminal ileum')} compatible with known {K('eponym', 'Crohn disease')}.",
        f"Bilateral adrenal hyperplasia; correlate for {K('eponym', 'Cushing syndrome')}.",
        f"Blind-ending outpouching of distal ileum consistent with {K('eponym', 'Meckel diverticulum')}.",
        f"Hilar biliary stricture raising concern for {K('eponym', 'Klatskin tumor')}.",
    ], ["No bowel obstruction.", "Recommend multiphase MRI for the hepatic observation."])


def _colon(rng):
    return ("CT", "CT COLONOGRAPHY (screening)", [
        f"Sessile polyp in the {K('anatomy', 'sigmoid colon')} measuring {meas(rng, 1)} (C-RADS C2).",
        f"Adequate distension of the {K('anatomy', 'cecum')} through {K('anatomy', 'rectum')} on prone and supine series.",
        f"Diverticulosis of the {K('anatomy', 'descending colon')} without diverticulitis.",
        f"Extracolonic: {meas(rng, 1)} simple cyst of the {K('anatomy', 'liver')} (E2).",
    ], [f"{K('anatomy', 'Sigmoid')} polyp; optical colonoscopy recommended."])


def _breast(rng):
    br = rng.choice(["BI-RADS 2", "BI-RADS 3", "BI-RADS 4A", "BI-RADS 0"])
    return ("MG", "BILATERAL DIAGNOSTIC MAMMOGRAM", [
        f"Heterogeneously dense breast tissue. Oval circumscribed mass at 10 o'clock, {meas(rng, 2)}.",
        f"Grouped amorphous calcifications in the {K('anatomy', 'left upper outer quadrant')}.",
    ], [f"{K('score', br)}."])


def _thyroid(rng):
    return ("US", "US THYROID", [
        f"Solid hypoechoic nodule in the {K('anatomy', 'right thyroid lobe')}, {meas(rng, 3)}, {K('score', 'TI-RADS ' + rng.choice(['3', '4', '5']))}.",
        f"Diffusely heterogeneous gland compatible with {K('eponym', 'Hashimoto thyroiditis')}.",
    ], ["FNA recommended for the dominant nodule."])


def _pelvis(rng):
    return ("US", rng.choice(["US PELVIS TRANSVAGINAL", "Pelvic ultrasound"]), [
        f"Complex cyst of the {K('anatomy', 'right ovary')} measuring {meas(rng, 3)}, {K('score', 'O-RADS ' + rng.choice(['3', '4']))}.",
        f"Endometrial stripe {meas(rng, 1)}.",
    ], ["Follow-up ultrasound in 8-12 weeks."])


def _prostate(rng):
    return ("MR", "MRI PROSTATE MULTIPARAMETRIC", [
        f"Lesion in the left peripheral zone, {meas(rng, 2)}, markedly hypointense on {K('sequence', 'ADC')}, {K('score', 'PI-RADS ' + rng.choice(['3', '4', '5']))}.",
        f"Gland volume {K('measurement', str(rng.randint(28, 95)) + ' mL')}. No extraprostatic extension on {K('sequence', 'T2')} images.",
    ], ["Targeted biopsy recommended."])


def _foot(rng):
    return ("XR", rng.choice(["XR FOOT 3 VIEWS LEFT", "Right foot radiographs", "MRI forefoot w/wo"]), [
        f"Cortical erosion of the {K('anatomy', 'first metatarsal head')} beneath the plantar ulcer, concerning for osteomyelitis.",
        f"Soft tissue gas tracking along the {K('anatomy', 'fifth toe')}; {meas(rng, 1)} ulcer crater.",
        f"Fragmentation of the midfoot consistent with {K('eponym', 'Charcot arthropathy')}.",
        f"{K('eponym', 'Jones fracture')} of the proximal fifth metatarsal diaphysis, healing.",
    ], ["Findings concerning for osteomyelitis; MRI if clinically indicated."])


def _shoulder_hip(rng):
    return ("XR", rng.choice(["XR HIP AP/LAT", "XR shoulder 2v", "Hip and pelvis radiographs"]), [
        f"{K('eponym', 'Hill-Sachs')} deformity of the humeral head; possible bony {K('eponym', 'Bankart lesion')}.",
        f"Severe joint space narrowing of the {K('anatomy', 'right hip')} with subchondral cysts up to {meas(rng, 1)}.",
        f"Coarsened trabeculae of the hemipelvis suggesting {K('eponym', 'Paget disease')}.",
        f"{K('eponym', 'Colles fracture')} of the distal radius, remote.",
    ], ["Advanced osteoarthritis."])


def _cardiac(rng):
    agat = rng.choice([0, 12, 87, 146, 412, 968, 1530])
    return ("CT", "CT CARDIAC CALCIUM SCORING", [
        f"{K('score', f'Agatston score {agat}')}; left anterior descending contributes most of the burden.",
        f"{K('anatomy', 'Ascending aorta')} {meas(rng, 1)}. No pericardial effusion.",
    ], [f"{K('score', f'CAC {agat}')}."])


EXAMS = [_knee, _spine, _brain, _chest, _abdomen, _colon, _breast, _thyroid, _pelvis, _prostate, _foot,
         _shoulder_hip, _cardiac]


def exam(rng, which=None):
    fn = which or rng.choice(EXAMS)
    mod, title, finds, imps = fn(rng)
    k = rng.randint(min(2, len(finds)), len(finds))
    return mod, title, rng.sample(finds, k), imps


SECTION_VARIANTS = {
    "findings": ["FINDINGS", "FINDINGS:", "Findings", "FINDINGS/DISCUSSION"],
    "impression": ["IMPRESSION", "IMPRESSION:", "Impression", "CONCLUSION", "ASSESSMENT"],
    "history": ["HISTORY", "CLINICAL HISTORY", "INDICATION", "Reason for exam"],
    "technique": ["TECHNIQUE", "Technique", "PROTOCOL"],
    "comparison": ["COMPARISON", "Comparison", "PRIORS"],
}


def header(rng, key: str) -> str:
    return K("section_header", rng.choice(SECTION_VARIANTS[key]).rstrip(":"))


def modality_word(rng, mod: str) -> str:
    word = {"MR": rng.choice(["MRI", "MR"]), "XR": rng.choice(["XR", "X-ray"]), "MG": "mammogram"}.get(mod, mod)
    return K("modality", word)
