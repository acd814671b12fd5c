"""Clinical content for blind46: exam names, findings and impressions with keep-spans marked."""

from __future__ import annotations

from b46_segs import ph


def K(label: str, v: object) -> str:
    return ph(label, v)


def A(v: str) -> str:
    return ph("anatomy", v)


def M(v: str) -> str:
    return ph("measurement", v)


def _cm(rng, dims: int = 2) -> str:
    vals = [f"{rng.randint(5, 49) / 10:.1f}" for _ in range(dims)]
    return " x ".join(vals) + " cm"


def _mm(rng) -> str:
    return f"{rng.randint(3, 18)} mm"


# Each exam: (modality, exam name with keep-spans, findings makers, impression makers)
def _ct_chest(r):
    f = [
        f"{A('Right upper lobe')} {M(_mm(r))} solid nodule, unchanged from {K('year', r.randint(2019, 2024))}.",
        f"No {A('pleural')} effusion. Mild centrilobular emphysema with upper-lobe predominance.",
        f"Scattered {A('mediastinal')} lymph nodes, largest {M(_cm(r))} short axis.",
        f"Interlobular septal thickening with {K('eponym', 'Kerley B lines')} at the bases.",
        f"Coronary artery calcification; {A('thoracic aorta')} normal caliber at {M(f'{r.randint(28, 39)} mm')}.",
    ]
    i = [f"{K('score', r.choice(['Lung-RADS 2', 'Lung-RADS 3', 'Lung-RADS 4A']))}: follow-up per protocol.",
         f"Nodule management per {K('score', 'Fleischner')} guidelines; no acute process."]
    return "CT", f"{K('modality', 'CT')} chest without contrast", f, i


def _mr_lspine(r):
    lv = r.choice(["L4-L5", "L5-S1", "L3-L4"])
    f = [
        f"At {K('vertebral_level', lv)}, broad-based disc bulge with moderate {A('neural foraminal')} narrowing.",
        f"Conus terminates at {K('vertebral_level', r.choice(['L1', 'T12-L1', 'L1-L2']))}.",
        f"Hyperintense signal on {K('sequence', 'STIR')} in the {K('vertebral_level', 'L2')} vertebral body, compatible with edema.",
        f"{K('eponym', 'Schmorl node')} at the inferior endplate of {K('vertebral_level', 'T12')}.",
        f"{K('sequence', 'T2')} hyperintense annular fissure, {M(_mm(r))}.",
    ]
    i = [f"Degenerative change most pronounced at {K('vertebral_level', lv)} with moderate canal stenosis.",
         f"Acute-appearing compression deformity of {K('vertebral_level', 'L2')}; no retropulsion."]
    return "MR", f"{K('modality', 'MRI')} lumbar spine without contrast", f, i


def _mr_brain(r):
    f = [
        f"Scattered {K('sequence', 'T2 FLAIR')} hyperintensities in the periventricular {A('white matter')}.",
        f"No restricted diffusion on {K('sequence', 'DWI')}. No blooming on {K('sequence', 'SWI')}.",
        f"Cerebellar tonsils extend {M(f'{r.randint(6, 11)} mm')} below the foramen magnum ({K('eponym', 'Chiari I malformation')}).",
        f"Enhancing extra-axial mass along the {A('left frontal convexity')}, {M(_cm(r, 3))}, on {K('sequence', 'T1 post-contrast')}.",
    ]
    i = ["Chronic small vessel ischemic change. No acute infarct.",
         f"Extra-axial mass most consistent with meningioma, {M(_cm(r))}."]
    return "MR", f"{K('modality', 'MRI')} brain with and without contrast", f, i


def _us_thyroid(r):
    f = [
        f"{A('Right thyroid lobe')} solid hypoechoic nodule {M(_cm(r, 3))}, {K('score', 'TI-RADS 4')}.",
        f"{A('Left lobe')} spongiform nodule {M(_cm(r))}, {K('score', 'TI-RADS 1')}.",
        f"Heterogeneous echotexture suggesting {K('eponym', 'Hashimoto thyroiditis')}.",
        f"No suspicious {A('cervical lymph nodes')}.",
    ]
    i = [f"{K('score', 'TI-RADS 4')} nodule meets criteria for FNA.", "Background thyroiditis."]
    return "US", f"{K('modality', 'US')} thyroid", f, i


def _mg(r):
    f = [
        f"Scattered areas of fibroglandular density. {M(_mm(r))} irregular mass in the {A('left breast')} upper outer quadrant.",
        f"Grouped amorphous calcifications in the {A('right breast')} spanning {M(_cm(r, 1))}.",
        f"Benign-appearing {A('axillary')} lymph nodes.",
    ]
    i = [f"{K('score', r.choice(['BI-RADS 0', 'BI-RADS 4', 'BI-RADS 2', 'BI-RADS 3']))}.",
         f"{K('score', 'BI-RADS 4')}: ultrasound-guided biopsy recommended."]
    return "MG", f"Diagnostic {K('modality', 'mammogram')} bilateral", f, i


def _xr_wrist(r):
    f = [
        f"Transverse fracture of the {A('distal radius')} with dorsal angulation ({K('eponym', 'Colles fracture')}).",
        f"Ulnar styloid avulsion, displaced {M(_mm(r))}.",
        f"Radiocarpal alignment preserved; {A('scaphoid')} intact.",
    ]
    i = [f"{K('eponym', 'Colles fracture')} of the {A('distal radius')}.", "No dislocation."]
    return "XR", f"{K('modality', 'XR')} wrist 3 views", f, i


def _mr_knee(r):
    f = [
        f"{K('eponym', 'Baker cyst')} measuring {M(_cm(r, 3))}.",
        f"Horizontal tear of the {A('posterior horn medial meniscus')}.",
        f"Lateral tibial plateau avulsion ({K('eponym', 'Segond fracture')}) with {A('ACL')} disruption.",
        f"Bone marrow edema on {K('sequence', 'PD fat-sat')} images in the {A('lateral femoral condyle')}.",
    ]
    i = ["Complete ACL tear with associated Segond-type avulsion.".replace("Segond-type", "lateral capsular"),
         f"Medial meniscal tear and {K('eponym', 'Baker cyst')}."]
    return "MR", f"{K('modality', 'MRI')} knee without contrast", f, i


def _ct_abd(r):
    f = [
        f"{A('Liver')} segment 7 arterially enhancing lesion {M(_cm(r))} with washout, {K('score', 'LI-RADS 4')}.",
        f"{A('Right kidney')} cyst with thin septation, {K('score', 'Bosniak IIF')}, {M(_cm(r))}.",
        f"Terminal {A('ileum')} wall thickening with mural stratification, compatible with {K('eponym', 'Crohn disease')}.",
        f"Hilar biliary stricture suspicious for {K('eponym', 'Klatskin tumor')}.",
        f"Bilateral {A('adrenal')} glands normal.",
    ]
    i = [f"{K('score', 'LI-RADS 4')} observation; multiphase {K('modality', 'MRI')} recommended.",
         f"{K('score', 'Bosniak IIF')} cyst; follow-up {K('modality', 'CT')} in 6 months."]
    return "CT", f"{K('modality', 'CT')} abdomen and pelvis with contrast", f, i


def _xr_shoulder(r):
    f = [
        f"Impaction of the posterolateral {A('humeral head')} ({K('eponym', 'Hill-Sachs lesion')}).",
        f"Osseous {K('eponym', 'Bankart lesion')} at the anteroinferior {A('glenoid')}, {M(_mm(r))}.",
        f"Acromiohumeral interval {M(f'{r.randint(5, 11)} mm')}.",
    ]
    i = ["Sequela of prior anterior dislocation.", "No acute fracture."]
    return "XR", f"{K('modality', 'XR')} shoulder 2 views", f, i


def _nm_bone(r):
    f = [
        f"Increased uptake in the {A('right hemipelvis')} and {A('proximal femur')} in a pattern of {K('eponym', 'Paget disease')}.",
        f"Focal uptake at {K('vertebral_level', r.choice(['T8', 'L3', 'C5-C6']))}.",
        f"Thyroid with diffuse increased uptake, ? {K('eponym', 'Graves disease')}.",
    ]
    i = [f"Findings compatible with {K('eponym', 'Paget disease')}.", "No definite osseous metastasis."]
    return "CT", "Whole body bone scan with SPECT/" + K("modality", "CT"), f, i


EXAMS = [_ct_chest, _mr_lspine, _mr_brain, _us_thyroid, _mg, _xr_wrist, _mr_knee, _ct_abd, _xr_shoulder, _nm_bone]

INDICATIONS = ["fall", "follow-up nodule", "low back pain radiating to left leg", "headache, new onset", "palpable lump",
               "abnormal screening", "wrist pain after FOOSH", "knee instability", "RLQ pain, weight loss",
               "shoulder dislocation, recurrent", "elevated alkaline phosphatase", "staging"]
HEADERS = ["CLINICAL HISTORY", "TECHNIQUE", "COMPARISON", "FINDINGS", "IMPRESSION", "RECOMMENDATION", "INDICATION"]
CREDS = ["MD", "DO", "MBBS", "FRCR", "RT(R)", "RT(R)(CT)", "RDMS", "PA-C", "NP", "RN"]


class Study:
    def __init__(self, rng, maker=None):
        maker = maker or rng.choice(EXAMS)
        self.modality, self.exam, f, i = maker(rng)
        rng.shuffle(f)
        self.findings = f[: rng.randint(2, len(f))]
        self.impressions = i
        self.indication = rng.choice(INDICATIONS)


def hdr(name: str) -> str:
    """Section header keep-span (case and form as written)."""
    return K("section_header", name)


def cred(c: str) -> str:
    return K("credential", c)
