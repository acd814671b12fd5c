"""Clinical (non-PHI) content with keep-span markup for blind23."""

from __future__ import annotations

import random

from b23_doc import tag

# (modality code, exam markup, region)
EXAMS = [
    ("CT", "«CT|modality» chest without contrast", "chest"),
    ("CT", "«CT|modality» abdomen and pelvis with IV contrast", "abd"),
    ("CT", "«CTA|modality» chest, PE protocol", "chest"),
    ("CT", "«CT|modality» head without contrast", "neuro"),
    ("CT", "«CT|modality» lumbar spine", "spine"),
    ("MR", "«MRI|modality» brain with and without gadolinium", "neuro"),
    ("MR", "«MRI|modality» lumbar spine without contrast", "spine"),
    ("MR", "«MRI|modality» right knee", "msk"),
    ("MR", "«MR|modality» cervical spine", "spine"),
    ("MR", "«MRI|modality» pelvis, prostate protocol", "pelvis"),
    ("MR", "«MRCP|modality»", "abd"),
    ("US", "«US|modality» abdomen complete", "abd"),
    ("US", "«Ultrasound|modality» thyroid", "neck"),
    ("US", "«US|modality» renal/bladder", "abd"),
    ("US", "«Doppler ultrasound|modality» left lower extremity veins", "msk"),
    ("XR", "«XR|modality» chest 2 views", "chest"),
    ("XR", "«Radiograph|modality» left wrist, 3 views", "msk"),
    ("XR", "«X-ray|modality» right foot", "msk"),
    ("MG", "diagnostic «mammogram|modality», left", "breast"),
    ("MG", "«US|modality»-guided core biopsy, right breast", "breast"),
]

FINDINGS = {
    "chest": [
        "«Kerley B lines|eponym» at the «lung bases|anatomy» suggest interstitial edema.",
        "A «6 mm|measurement» solid nodule in the «right upper lobe|anatomy», «Lung-RADS 3|score».",
        "Ground-glass opacity in the «left lower lobe|anatomy» measuring «2.4 x 1.8 cm|measurement».",
        "No filling defect in the «main pulmonary artery|anatomy».",
        "Small left pleural effusion; «Fleischner|eponym» criteria do not apply.",
        "Mildly enlarged «Virchow node|eponym» region lymph node, «11 mm|measurement» short axis.",
    ],
    "abd": [
        "«Bosniak IIF|score» cyst in the «left kidney|anatomy», «1.9 cm|measurement».",
        "Common bile duct measures «7 mm|measurement»; no choledocholithiasis.",
        "Hepatic lesion, «LI-RADS 4|score», «2.2 cm|measurement» in «segment VII|anatomy».",
        "Terminal ileal wall thickening compatible with «Crohn disease|eponym» activity.",
        "A «Meckel diverticulum|eponym» is suspected in the right lower quadrant.",
        "Appendix is normal, «5 mm|measurement» in diameter.",
        "Gallbladder wall «4 mm|measurement», positive sonographic «Murphy sign|eponym».",
    ],
    "neuro": [
        "Tonsillar descent of «7 mm|measurement» consistent with «Chiari I malformation|eponym».",
        "Restricted diffusion on «DWI|sequence» with low «ADC|sequence» in the «left insula|anatomy».",
        "Scattered «T2 FLAIR|sequence» hyperintensities, «Fazekas 2|score».",
        "No hemorrhage on «SWI|sequence»; «ASPECTS 9|score».",
        "Enhancement of the «facial nerve|anatomy» canalicular segment, a pattern seen in «Bell palsy|eponym».",
    ],
    "spine": [
        "Disc protrusion at «L4-L5|vertebral_level» narrowing the left lateral recess.",
        "«Schmorl node|eponym» at the superior endplate of «L2|vertebral_level».",
        "Mild compression deformity of «T12|vertebral_level», «20%|measurement» height loss.",
        "«STIR|sequence» hyperintensity at «C5-6|vertebral_level» without cord signal change.",
        "Grade 1 anterolisthesis of «L5|vertebral_level» on «S1|vertebral_level».",
    ],
    "msk": [
        "Popliteal «Baker cyst|eponym» measuring «3.1 x 1.2 cm|measurement».",
        "Nondisplaced «Jones fracture|eponym» of the fifth metatarsal base.",
        "Intermetatarsal soft-tissue mass compatible with «Morton neuroma|eponym».",
        "Distal radius fracture with dorsal angulation, a «Colles fracture|eponym».",
        "«Segond fracture|eponym» at the lateral tibial plateau; ACL tear.",
        "Occlusive thrombus in the «popliteal vein|anatomy».",
        "Coarsened trabeculae of the iliac wing, typical of «Paget disease|eponym».",
    ],
    "neck": [
        "Right lobe nodule «1.4 cm|measurement», «TI-RADS 4|score».",
        "Diffusely heterogeneous gland, consistent with «Hashimoto thyroiditis|eponym».",
        "Diffuse hypervascularity, which can be seen with «Graves disease|eponym».",
    ],
    "pelvis": [
        "Peripheral zone lesion, «PI-RADS 4|score», «1.1 cm|measurement» on «T2|sequence».",
        "Prostate volume «48 mL|measurement».",
        "No extraprostatic extension on «DCE|sequence» images.",
    ],
    "breast": [
        "Irregular mass at 10 o'clock, «1.3 cm|measurement», «BI-RADS 4C|score».",
        "Grouped amorphous calcifications spanning «8 mm|measurement», «BI-RADS 4B|score».",
        "Post-biopsy clip in good position in the «upper outer quadrant|anatomy».",
        "Heterogeneously dense tissue, «BI-RADS density C|score».",
    ],
}

IMPRESSIONS = {
    "chest": ["Interstitial edema.", "Indeterminate nodule; follow-up «CT|modality» in 6 months.", "No pulmonary embolism."],
    "abd": ["«Bosniak IIF|score» renal cyst; follow-up recommended.", "Findings suggest active «Crohn disease|eponym».",
            "«LI-RADS 4|score» observation."],
    "neuro": ["Acute left «MCA|anatomy» territory infarct.", "«Chiari I malformation|eponym».", "Chronic small-vessel disease."],
    "spine": ["«L4-L5|vertebral_level» protrusion.", "Subacute «T12|vertebral_level» compression fracture."],
    "msk": ["Ruptured «Baker cyst|eponym».", "«Jones fracture|eponym».", "Acute DVT of the «popliteal vein|anatomy»."],
    "neck": ["«TI-RADS 4|score» nodule; FNA recommended."],
    "pelvis": ["«PI-RADS 4|score» lesion."],
    "breast": ["«BI-RADS 4C|score». Biopsy recommended.", "Benign concordant pathology, «BI-RADS 2|score»."],
}

HEADERS = ["FINDINGS", "IMPRESSION", "HISTORY", "TECHNIQUE", "COMPARISON", "INDICATION", "CONCLUSION",
           "RECOMMENDATION", "ASSESSMENT", "PLAN"]


def H(rng: random.Random, name: str) -> str:
    txt = rng.choice([name, name.title(), name.upper()])
    return tag(txt, "section_header")


def exam(rng: random.Random, mod: str | None = None):
    pool = [e for e in EXAMS if mod is None or e[0] == mod]
    return rng.choice(pool)


def findings(rng: random.Random, region: str, n: int = 2) -> list[str]:
    pool = FINDINGS[region]
    return rng.sample(pool, min(n, len(pool)))


def impression(rng: random.Random, region: str) -> str:
    return rng.choice(IMPRESSIONS[region])


def year(y: int) -> str:
    return tag(str(y), "year")
