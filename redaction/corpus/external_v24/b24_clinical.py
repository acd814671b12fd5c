"""Clinical phrases carrying keep spans ([[label|term]] markup) for the blind24 corpus."""

from __future__ import annotations

FINDINGS = {
    "CT": [
        "[[measurement|6 mm]] solid nodule in the [[anatomy|right upper lobe]], [[score|Lung-RADS 3]].",
        "Mild disc space narrowing at [[vertebral_level|L4-L5]] and [[vertebral_level|L5-S1]].",
        "Left renal cyst measuring [[measurement|2.1 x 1.8 cm]], [[score|Bosniak IIF]].",
        "Scattered [[eponym|Kerley B lines]] with small bilateral pleural effusions.",
        "Arterially enhancing observation of [[measurement|1.4 cm]] in [[anatomy|hepatic segment VII]], [[score|LI-RADS 4]].",
        "Wall thickening of the [[anatomy|terminal ileum]], in keeping with active [[eponym|Crohn disease]].",
        "Incidental [[measurement|4 mm]] nodule; no routine follow-up per [[score|Fleischner]] criteria.",
        "Coronary calcium [[score|Agatston 212]]; [[score|CAD-RADS 2]] on the gated series.",
        "[[eponym|Schmorl node]] at [[vertebral_level|T12]] without fracture.",
        "Bulky mediastinal nodes, [[measurement|3.2 cm]] short axis, history of [[eponym|Hodgkin lymphoma]].",
        "Bilateral pars defects at [[vertebral_level|L5]] with grade 1 anterolisthesis on [[vertebral_level|S1]].",
        "Kyphoplasty cement at [[vertebral_level|T11]] and [[vertebral_level|T12]] without leakage.",
        "Compression deformity of [[vertebral_level|L1]] with [[measurement|30%]] height loss.",
        "FDG-avid node in the [[anatomy|left axilla]], [[score|Deauville 4]].",
        "Residual uptake below liver background, [[score|Deauville 2]].",
        "Bilateral adrenal hyperplasia; clinical question of [[eponym|Cushing syndrome]].",
        "Atrophic adrenals as seen in [[eponym|Addison disease]]; no mass.",
    ],
    "MR": [
        "Periventricular [[sequence|T2 FLAIR]] hyperintensities; no restricted diffusion on [[sequence|DWI]].",
        "Left peripheral zone lesion of [[measurement|11 mm]], [[score|PI-RADS 4]].",
        "[[eponym|Chiari I malformation]] with tonsillar descent of [[measurement|7 mm]].",
        "Broad-based protrusion at [[vertebral_level|C5-C6]] with edema on [[sequence|STIR]].",
        "No abnormal enhancement on [[sequence|T1 post-contrast]] images; [[sequence|SWI]] is unremarkable.",
        "Simple-appearing adnexal cyst of [[measurement|3.2 cm]], [[score|O-RADS MRI 2]].",
        "[[eponym|Hill-Sachs lesion]] with an anteroinferior [[eponym|Bankart lesion]].",
        "Midbrain atrophy, supportive of the known [[eponym|Parkinson disease]].",
        "Disc extrusion at [[vertebral_level|L4-L5]] contacting the traversing [[anatomy|L5 nerve root]].",
        "Cord signal normal from [[vertebral_level|C2]] through [[vertebral_level|T1]] on [[sequence|STIR]].",
        "Edema of the [[anatomy|medial femoral condyle]] on [[sequence|PD fat-sat]] images.",
        "Liver lesion [[measurement|2.4 cm]] with washout, [[score|LI-RADS 5]].",
        "Enlarged gland with diffuse signal change, compatible with [[eponym|Graves disease]].",
        "Bone marrow signal normal on [[sequence|T1]]; no marrow replacement at [[vertebral_level|L3]].",
    ],
    "US": [
        "Solid hypoechoic nodule [[measurement|1.6 x 1.1 x 0.9 cm]] in the [[anatomy|right thyroid lobe]], [[score|TI-RADS 4]].",
        "[[eponym|Baker cyst]] measuring [[measurement|3.4 cm]] in the [[anatomy|popliteal fossa]].",
        "Heterogeneous gland with pseudonodularity, consistent with [[eponym|Hashimoto thyroiditis]].",
        "The [[anatomy|right kidney]] measures [[measurement|11.2 cm]] without hydronephrosis.",
        "Unilocular ovarian cyst [[measurement|4.1 cm]], [[score|O-RADS US 2]].",
        "Gallbladder wall [[measurement|4 mm]]; sonographic [[eponym|Murphy sign]] negative.",
        "Solid renal mass in a child, concerning for [[eponym|Wilms tumor]].",
        "Common bile duct [[measurement|5 mm]]; [[anatomy|portal vein]] flow is hepatopetal.",
        "Nonocclusive thrombus in the [[anatomy|left common femoral vein]].",
    ],
    "XR": [
        "[[eponym|Kerley B lines]] and cephalization, in keeping with interstitial edema.",
        "Fracture of the proximal ulna with radial head dislocation, a [[eponym|Monteggia fracture]].",
        "Healed [[eponym|Colles fracture]] of the [[anatomy|distal radius]].",
        "[[score|Kellgren-Lawrence grade 3]] osteoarthritis of the [[anatomy|medial compartment]].",
        "Lateral capsular avulsion, a [[eponym|Segond fracture]].",
        "Mottled cortical thickening of the pelvis, typical of [[eponym|Paget disease]].",
        "Fragmentation of the [[anatomy|tibial tubercle]], as in [[eponym|Osgood-Schlatter disease]].",
        "Costophrenic angles sharp; [[anatomy|cardiomediastinal silhouette]] normal.",
        "Dextroscoliosis with apex at [[vertebral_level|T8]], Cobb angle [[measurement|24 degrees]].",
        "Degenerative change at [[vertebral_level|C6-C7]] with [[measurement|2 mm]] anterolisthesis.",
    ],
    "MG": [
        "Irregular mass [[measurement|9 mm]] at the [[anatomy|left breast 2 o'clock position]], [[score|BI-RADS 4]].",
        "Heterogeneously dense tissue, [[score|ACR density C]].",
        "Stable benign-appearing calcifications, [[score|BI-RADS 2]].",
        "Grouped amorphous calcifications spanning [[measurement|8 mm]], [[score|BI-RADS 4B]].",
        "Focal asymmetry in the [[anatomy|right upper outer quadrant]], [[score|BI-RADS 0]].",
    ],
}
EXAMS = {
    "CT": ["[[modality|CT]] chest without contrast", "[[modality|CT]] abdomen and pelvis with contrast",
           "low-dose [[modality|CT]] lung screening", "[[modality|PET/CT]] skull base to thigh",
           "[[modality|CT]] head without contrast", "[[modality|CT]] angiography of the chest"],
    "MR": ["[[modality|MRI]] brain with and without contrast", "[[modality|MRI]] lumbar spine",
           "[[modality|MRI]] prostate (multiparametric)", "[[modality|MRI]] right shoulder",
           "[[modality|MRI]] cervical spine", "[[modality|MRI]] liver with gadoxetate"],
    "US": ["[[modality|US]] thyroid", "[[modality|US]] right upper quadrant", "[[modality|US]] renal",
           "[[modality|US]] pelvis, transvaginal", "[[modality|US]] venous duplex, left leg"],
    "XR": ["[[modality|XR]] chest PA and lateral", "[[modality|XR]] left knee, 3 views", "[[modality|XR]] wrist",
           "[[modality|XR]] pelvis AP", "[[modality|XR]] cervical spine"],
    "MG": ["screening [[modality|mammogram]]", "diagnostic [[modality|mammogram]], left",
           "[[modality|tomosynthesis]] bilateral"],
}
IMPRESSIONS = ["No acute abnormality.", "Findings as above; recommend clinical correlation.",
               "Stable compared with the prior examination.", "Recommend follow-up imaging in [[measurement|6 months]]."]
CREDENTIALS = ["MD", "MD", "DO", "RN", "RT(R)(CT)", "RDMS", "PA-C", "NP", "PhD", "RT(R)(MR)", "BSN, RN", "MBBS", "FRCR"]
HEADERS = ["FINDINGS", "IMPRESSION", "COMPARISON", "TECHNIQUE", "HISTORY", "INDICATION", "RECOMMENDATION"]


def finding(rng, mod, lower=False):
    """A finding sentence; lower=True starts it in lower case where it continues a spoken or written sentence."""
    f = rng.choice(FINDINGS[mod])
    if lower and f[0].isupper() and f[1].islower():
        f = f[0].lower() + f[1:]
    return f


def findings(rng, mod, k):
    return rng.sample(FINDINGS[mod], min(k, len(FINDINGS[mod])))


def exam(rng, mod):
    return rng.choice(EXAMS[mod])


def cred(rng, doctor=False):
    return ("credential", rng.choice(["MD", "DO", "MD", "MBBS"]) if doctor else rng.choice(CREDENTIALS))


def age_under(rng, lo=18, hi=89, adj=False):
    a = rng.randrange(lo, hi + 1)
    if adj:
        return ("age_under_90", rng.choice([f"{a}-year-old", f"{a}-yr-old", f"{a} y/o", f"{a}yo"]))
    return ("age_under_90", rng.choice([f"{a}-year-old", f"{a} y/o", f"{a}Y", f"{a} years old", f"{a}-yr-old", f"{a} yo"]))


def nurse_cred(rng):
    return ("credential", rng.choice(["RN", "BSN, RN", "MSN, RN", "RN, CHPN", "RN, CRN"]))


def tech_cred(rng):
    return ("credential", rng.choice(["RT(R)", "RT(R)(CT)", "RT(R)(MR)", "RDMS", "RT(R)(M)", "CNMT"]))


def year(rng):
    return ("year", str(rng.randrange(1998, 2024)))


def header(name, colon=":"):
    return [("section_header", name), colon]
