"""Clinical content with keep spans (eponyms, anatomy, measurements, scores, sequences...) for blind38."""

from __future__ import annotations

from b38_core import sub

EXAMS = [
    ("CT", " abdomen and pelvis with IV contrast", "CT"), ("CT", " chest without contrast", "CT"),
    ("CTA", " head and neck", "CT"), ("MRI", " lumbar spine without contrast", "MR"),
    ("MRI", " brain with and without gadolinium", "MR"), ("MRI", " right knee", "MR"),
    ("US", " right upper quadrant", "US"), ("US", " thyroid", "US"), ("US", " pelvis transvaginal", "US"),
    ("XR", " chest 2 views", "XR"), ("XR", " left ankle 3 views", "XR"), ("MG", " bilateral screening", "MG"),
    ("MRI", " prostate multiparametric", "MR"), ("CT", " cervical spine", "CT"), ("PET/CT", " skull base to thigh", "CT"),
]


def exam(r):
    m, rest, mod = r.choice(EXAMS)
    return [(m, "modality"), rest], mod


def mm(r):
    return r.choice([f"{r.randint(3, 29)} mm", f"{r.randint(1, 9)}.{r.randint(0, 9)} cm",
                     f"{r.randint(1, 6)}.{r.randint(0, 9)} x {r.randint(1, 6)}.{r.randint(0, 9)} cm"])


EPONYMS = ["Baker cyst", "Schmorl node", "Hashimoto thyroiditis", "Graves disease", "Paget disease",
           "Crohn disease", "Kerley B lines", "Bosniak cyst", "Chiari I malformation", "Tarlov cyst", "Hill-Sachs lesion",
           "Bankart lesion", "Segond fracture", "Klatskin tumor", "Wilson disease", "Virchow node", "Monteggia fracture",
           "Pott puffy tumor", "Morton neuroma", "Osgood-Schlatter disease", "Zenker diverticulum"]
LEVELS = ["L4-L5", "L5-S1", "L3-L4", "C5-C6", "C6-7", "T12", "L1", "C4-5", "T8-T9", "S1"]
ANAT = ["right lower lobe", "left adrenal gland", "pancreatic head", "segment 7 of the liver", "left thyroid lobe",
        "medial meniscus", "right hilum", "left parotid", "common bile duct", "right ovary", "splenic flexure",
        "anterior cruciate ligament", "left frontal lobe", "peripheral zone", "upper outer quadrant left breast"]
SCORES = ["BI-RADS 4A", "BI-RADS 2", "LI-RADS 4", "PI-RADS 3", "TI-RADS 4", "Lung-RADS 3", "Bosniak IIF", "O-RADS 3",
          "BI-RADS 0", "PI-RADS 5", "Lung-RADS 2", "TI-RADS 5"]
SEQS = ["T2 FLAIR", "DWI", "STIR", "T1 post-contrast", "SWI", "ADC map", "T2 fat-sat", "GRE"]

FIND = [
    "There is a ⟦m⟧ nodule in the ⟦a⟧.",
    "Stable ⟦m⟧ hypodensity in the ⟦a⟧, likely a cyst.",
    "Small ⟦e⟧ noted, unchanged.",
    "Disc bulge at ⟦l⟧ with mild foraminal narrowing.",
    "Broad-based protrusion at ⟦l⟧ contacts the traversing nerve root.",
    "No restricted diffusion on ⟦s⟧.",
    "Hyperintense signal on ⟦s⟧ in the ⟦a⟧ measuring ⟦m⟧.",
    "Appearance suggests ⟦e⟧, correlate clinically.",
    "Mass in the ⟦a⟧ measures ⟦m⟧, previously smaller.",
    "Compression deformity of ⟦l⟧ with about 20% height loss, chronic.",
    "Nodule in the ⟦a⟧ measuring ⟦m⟧, ⟦sc⟧.",
    "Incidental ⟦e⟧ without complication.",
    "Trace free fluid in ⟦mp⟧.",
    "Lesion in the ⟦a⟧ is ⟦m⟧ with no suspicious enhancement.",
]
IMPR = [
    "⟦sc⟧. Recommend follow-up in 6 months.",
    "⟦e⟧. No acute abnormality otherwise.",
    "⟦m⟧ lesion in the ⟦a⟧, ⟦sc⟧; tissue sampling suggested.",
    "Degenerative change most pronounced at ⟦l⟧.",
    "No acute findings. ⟦e⟧ again seen.",
    "Interval growth of the ⟦a⟧ lesion, now ⟦m⟧.",
]


def _kw(r):
    return dict(m=(mm(r), "measurement"), a=(r.choice(ANAT), "anatomy"), e=(r.choice(EPONYMS), "eponym"),
                l=(r.choice(LEVELS), "vertebral_level"), s=(r.choice(SEQS), "sequence"), sc=(r.choice(SCORES), "score"),
                mp=r.choice([[("Morison pouch", "eponym")], ["the ", ("pouch of Douglas", "eponym")], ["the ", ("pelvis", "anatomy")]]))


def finding(r):
    return sub(r.choice(FIND), **_kw(r))


def findings(r, n=None, sep=" "):
    n = n or r.randint(2, 4)
    out = []
    for i, t in enumerate(r.sample(FIND, n)):
        if i:
            out.append(sep)
        out.extend(sub(t, **_kw(r)))
    return out


def impression(r):
    return sub(r.choice(IMPR), **_kw(r))


def hdr(word):
    return (word, "section_header")


def cred(r):
    return (r.choice(["MD", "MD", "DO", "MBBS", "MD, PhD"]), "credential")


def techcred(r):
    return (r.choice(["RT(R)", "RT(R)(CT)", "RT(MR)", "RDMS", "RT(R)(M)"]), "credential")


def year(r):
    return (str(r.randint(2014, 2024)), "year")
