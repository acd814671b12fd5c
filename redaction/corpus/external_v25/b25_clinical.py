"""Clinical vocabulary with keep-span labels for the blind25 corpus."""

from __future__ import annotations

EPONYMS = ["Baker cyst", "Parkinson disease", "Kerley B lines", "Hodgkin lymphoma", "Cushing syndrome",
           "Bell palsy", "Hashimoto thyroiditis", "Crohn disease", "Wilms tumor", "Colles fracture",
           "Graves disease", "Paget disease", "Segond fracture", "Hill-Sachs lesion", "Bankart lesion",
           "Chiari I malformation", "Schmorl node", "Klatskin tumor", "Meckel diverticulum",
           "Osgood-Schlatter disease", "Morton neuroma", "Arnold-Chiari malformation", "Dandy-Walker malformation",
           "Brodie abscess", "Stener lesion", "Lisfranc injury", "Jefferson fracture", "Maisonneuve fracture",
           "Kienbock disease", "Legg-Calve-Perthes disease", "Sturge-Weber syndrome", "von Hippel-Lindau disease",
           "Li-Fraumeni syndrome", "Tornwaldt cyst", "Rathke cleft cyst", "Virchow node", "Mirizzi syndrome",
           "Budd-Chiari syndrome", "Bochdalek hernia", "Morgagni hernia", "Tarlov cyst", "Modic type 1 changes"]
ANATOMY = ["left lower lobe", "right upper lobe", "lingula", "popliteal fossa", "medial meniscus",
           "anterior cruciate ligament", "supraspinatus tendon", "glenoid labrum", "left kidney", "right kidney",
           "pancreatic head", "common bile duct", "hepatic segment VII", "left adrenal gland", "thyroid isthmus",
           "right thyroid lobe", "corpus callosum", "left basal ganglia", "cerebellar vermis", "pituitary gland",
           "sigmoid colon", "terminal ileum", "right ovary", "endometrium", "prostate peripheral zone",
           "upper outer quadrant", "retroareolar region", "left axilla", "scaphoid", "distal radius",
           "femoral neck", "sacroiliac joints", "mediastinum", "pleural space", "fetal cerebellum",
           "lateral ventricles", "cavum septi pellucidi", "spleen", "gallbladder", "abdominal aorta"]
MASS_EPONYMS = [("Baker cyst", "popliteal fossa"), ("Rathke cleft cyst", "pituitary gland"), ("Tarlov cyst", "sacral canal"),
                ("Tornwaldt cyst", "nasopharynx"), ("Klatskin tumor", "common bile duct"), ("Wilms tumor", "left kidney"),
                ("Morton neuroma", "third intermetatarsal space"), ("Virchow node", "left supraclavicular fossa"),
                ("Brodie abscess", "distal tibia"), ("Meckel diverticulum", "terminal ileum")]
LEVELS = ["C3-C4", "C5-C6", "C6-C7", "T4", "T7-T8", "T11", "T12", "L1", "L2-L3", "L3-L4", "L4-L5", "L5-S1", "S1"]
SCORES = ["BI-RADS 2", "BI-RADS 3", "BI-RADS 4A", "BI-RADS 0", "LI-RADS 3", "LI-RADS 4", "LR-5", "TI-RADS 3",
          "TI-RADS 4", "PI-RADS 4", "PI-RADS 2", "Lung-RADS 2", "Lung-RADS 4A", "Bosniak IIF", "Bosniak III",
          "O-RADS 3", "O-RADS US 4", "Fleischner category", "ASPECTS 9", "Kellgren-Lawrence grade 3",
          "Agatston score 0", "CAD-RADS 2", "Fazekas grade 1", "NI-RADS 2", "Tanner stage 3", "Lugano stage II",
          "ACR density C", "Thal stage 4", "Modified Rankin 2"]
SEQUENCES = ["T2 FLAIR", "DWI", "ADC map", "STIR", "SWI", "T1 post-contrast", "T2-weighted", "HASTE",
             "DCE", "MRCP", "3D SPGR", "GRE", "TOF MRA", "balanced SSFP", "proton density fat-sat"]
MODALITIES = {"CT": ["CT", "CT angiogram", "low-dose CT", "PET/CT", "cone-beam CT"],
              "MR": ["MRI", "MR", "fetal MRI", "MRA", "breast MRI"],
              "US": ["ultrasound", "sonogram", "Doppler ultrasound", "US"],
              "XR": ["radiograph", "X-ray", "fluoroscopy", "DEXA"],
              "MG": ["mammogram", "tomosynthesis", "screening mammography", "diagnostic mammogram"]}
CREDENTIALS = ["MD", "DO", "RN", "RT(R)", "RT(R)(MR)", "RDMS", "PhD", "MPH", "CNMT", "PA-C", "NP", "FACR",
               "RT(R)(M)", "MBBS", "FRCR", "LCSW", "CHC", "MSN", "CIC"]
HEADERS = ["FINDINGS", "IMPRESSION", "HISTORY", "TECHNIQUE", "COMPARISON", "INDICATION", "RECOMMENDATION",
           "CLINICAL HISTORY", "ADDENDUM", "CONCLUSION"]


def measure(rng) -> str:
    kind = rng.randrange(4)
    if kind == 0:
        return f"{rng.randint(2, 29)} mm"
    if kind == 1:
        return f"{rng.randint(1, 6)}.{rng.randint(0, 9)} x {rng.randint(1, 5)}.{rng.randint(0, 9)} cm"
    if kind == 2:
        return f"{rng.randint(1, 9)}.{rng.randint(0, 9)} cm"
    return f"{rng.randint(3, 19)} x {rng.randint(2, 15)} x {rng.randint(2, 12)} mm"


def age_young(rng, lo: int = 18, hi: int = 88) -> tuple[str, str]:
    a = rng.randint(lo, hi)
    return (rng.choice([f"{a}-year-old", f"{a} y/o", f"age {a}", f"{a}Y", f"{a} yo", f"{a} years old"]),
            "age_under_90")


def age_old(rng, a: int) -> list:
    """Parts for an age over 89; only the number is the PHI span."""
    n = (str(a), "AGE_OVER_89")
    form = rng.randrange(8)
    return [[n, "-year-old"], ["aged ", n], [n, " yo"], ["age ", n], [n, "Y"], [n, " years old"],
            [n, "-yr-old"], [n, " y/o"]][form]


def modality(rng, mod: str) -> tuple[str, str]:
    return (rng.choice(MODALITIES[mod]), "modality")


def finding(rng, mod: str | None = None) -> list:
    """One finding sentence as parts with keep spans."""
    t = rng.randrange(12)
    if t == 0:
        ep, an = rng.choice(MASS_EPONYMS)
        return ["A ", (measure(rng), "measurement"), " ", (ep, "eponym"), " is seen in the ", (an, "anatomy"), "."]
    if t == 1:
        return ["Disc protrusion at ", (rng.choice(LEVELS), "vertebral_level"), " with mild foraminal narrowing."]
    if t == 2:
        return ["Nodule in the ", (rng.choice(ANATOMY[:3]), "anatomy"), " measuring ", (measure(rng), "measurement"),
                ", ", (rng.choice(["Lung-RADS 3", "Lung-RADS 4A", "Fleischner category"]), "score"), "."]
    if t == 3:
        return ["Restricted diffusion on ", (rng.choice(["DWI", "ADC map"]), "sequence"), " and signal change on ",
                (rng.choice(["T2 FLAIR", "STIR", "SWI"]), "sequence"), " in the ", (rng.choice(ANATOMY[16:20]), "anatomy"), "."]
    if t == 4:
        return ["Assessment ", (rng.choice(SCORES[:4]), "score"), "; ", (rng.choice(["ACR density B", "ACR density C"]), "score"), "."]
    if t == 5:
        return ["Known ", (rng.choice(EPONYMS), "eponym"), ", stable since ", (str(rng.randint(2009, 2022)), "year"), "."]
    if t == 6:
        return ["Cystic lesion of the ", (rng.choice(["left kidney", "right kidney"]), "anatomy"), ", ",
                (measure(rng), "measurement"), ", ", (rng.choice(["Bosniak IIF", "Bosniak III", "Bosniak II"]), "score"), "."]
    if t == 7:
        return ["Thyroid nodule in the ", (rng.choice(["right thyroid lobe", "thyroid isthmus"]), "anatomy"), ", ",
                (measure(rng), "measurement"), ", ", (rng.choice(["TI-RADS 3", "TI-RADS 4", "TI-RADS 5"]), "score"), "."]
    if t == 8:
        return ["Lesion in ", (rng.choice(["hepatic segment VII", "hepatic segment IVa"]), "anatomy"), " is ",
                (rng.choice(["LI-RADS 3", "LI-RADS 4", "LR-5"]), "score"), " on ", (rng.choice(["DCE", "T1 post-contrast"]), "sequence"), "."]
    if t == 9:
        return ["Adnexal cyst in the ", ("right ovary", "anatomy"), ", ", (measure(rng), "measurement"), ", ",
                (rng.choice(["O-RADS 2", "O-RADS 3", "O-RADS US 4"]), "score"), "."]
    if t == 10:
        return ["Compression deformity of ", (rng.choice(LEVELS[3:9]), "vertebral_level"), " with ",
                (rng.choice(["Schmorl node", "Modic type 1 changes"]), "eponym"), "."]
    return ["Focal lesion in the ", ("prostate peripheral zone", "anatomy"), ", ", (rng.choice(["PI-RADS 3", "PI-RADS 4"]), "score"),
            ", ", (measure(rng), "measurement"), "."]


def findings(rng, n: int, sep: str = " ") -> list:
    out: list = []
    for i in range(n):
        if i:
            out.append(sep)
        out.extend(finding(rng))
    return out


def cred(rng) -> tuple[str, str]:
    return (rng.choice(CREDENTIALS[:2] + ["MD", "MD", "DO", "MBBS"]), "credential")
