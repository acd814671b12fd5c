"""Clinical fragments carrying keep-spans (eponyms, anatomy, levels, measurements, scores, sequences)."""

from __future__ import annotations

EPONYMS = ["Baker cyst", "Graves disease", "Paget disease", "Parkinson disease", "Bell palsy", "Hill-Sachs lesion",
           "Schmorl node", "Chiari I malformation", "Crohn disease", "Hashimoto thyroiditis", "Colles fracture",
           "Osgood-Schlatter disease", "Klatskin tumor", "Meckel diverticulum", "Bankart lesion", "Segond fracture"]
ANATOMY = ["right hepatic lobe", "left adnexa", "medial meniscus", "thyroid isthmus", "pancreatic head",
           "left renal upper pole", "right upper lobe", "supraspinatus tendon", "anterior cruciate ligament",
           "left parotid gland", "common bile duct", "right lobe of the thyroid", "lingula", "sigmoid colon"]
LEVELS = ["L4-L5", "L5-S1", "C5-C6", "C6-C7", "T12", "L3-L4", "T8-T9", "C4-C5"]
SCORES = ["BI-RADS 4", "BI-RADS 3", "LI-RADS 3", "TI-RADS 4", "PI-RADS 4", "Lung-RADS 3", "Bosniak IIF", "O-RADS 3",
          "BI-RADS 0", "Lung-RADS 4A", "TI-RADS 5"]
SEQUENCES = ["T2 FLAIR", "DWI", "STIR", "SWI", "T1 post-contrast", "ADC", "T2 fat-sat", "GRE"]
MODALITIES = {"CT": ["CT", "CT scan", "CTA"], "MR": ["MRI", "MR", "MRI"], "US": ["ultrasound", "US", "sonogram"],
              "XR": ["X-ray", "radiograph", "XR"], "MG": ["mammogram", "screening mammogram", "MG"]}
SECTIONS = ["IMPRESSION", "FINDINGS", "HISTORY", "TECHNIQUE", "COMPARISON", "INDICATION"]


def meas(r) -> str:
    a, b = round(r.uniform(0.4, 6.5), 1), round(r.uniform(0.3, 4.0), 1)
    return r.choice([f"{a} x {b} cm", f"{int(a * 10)} mm", f"{a} cm", f"{int(a * 10)} x {int(b * 10)} mm"])


def finding(r, modality: str) -> list:
    """One sentence describing an imaging finding, with keep spans."""
    k = r.randrange(7)
    if k == 0:
        o, c = r.choice([(" (", ")"), (", graded ", ""), (" - ", "")])
        return ["a ", (meas(r), "measurement"), " nodule in the ", (r.choice(ANATOMY), "anatomy"), o,
                (r.choice(SCORES), "score"), c]
    if k == 1:
        return ["a known ", (r.choice(EPONYMS), "eponym"), r.choice([", unchanged", " without change", ""])]
    if k == 2:
        return [r.choice(["disc protrusion at ", "mild foraminal narrowing at ", "a compression deformity of "]),
                (r.choice(LEVELS), "vertebral_level")]
    if k == 3:
        return ["signal abnormality on ", (r.choice(SEQUENCES), "sequence"), " in the ", (r.choice(ANATOMY), "anatomy")]
    if k == 4:
        return [(r.choice(MODALITIES[modality]), "modality"), " showing a ", (meas(r), "measurement"), " lesion"]
    if k == 5:
        return ["a ", (r.choice(["cyst", "mass", "collection"]), None), " of ", (meas(r), "measurement"),
                " near the ", (r.choice(ANATOMY), "anatomy")]
    return ["findings rated ", (r.choice(SCORES), "score"), " with ", (r.choice(EPONYMS), "eponym"), " noted"]


def modality_word(r, modality: str):
    return (r.choice(MODALITIES[modality]), "modality")
