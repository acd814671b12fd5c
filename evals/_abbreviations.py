"""Abbreviations and anatomical adjectives spelled out, for statements the lexicon does not cover (issue 5, round 6).

Writers abbreviate freely ("NT 1.8 mm" for "nuchal translucency 1.8 mm", "no EPE" for "no extraprostatic
extension") and switch between an organ's noun and its adjective ("hepatic disease" / "liver metastases"). Word
overlap between a statement and its counterpart then fails on wording alone. These tables are written from general
radiology usage, not from any evaluation set; lobe abbreviations carry their side separately (`_anatomy`).
"""

from __future__ import annotations

from collections.abc import Iterable

# Abbreviation -> the words it stands for (lower case, as tokens).
ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    # pregnancy and pelvis
    "nt": ("nuchal", "translucency"), "crl": ("crown", "rump", "length"), "iup": ("intrauterine", "pregnancy"),
    "bpd": ("biparietal", "diameter"), "efw": ("estimated", "fetal", "weight"), "fhr": ("fetal", "heart", "rate"),
    "epe": ("extraprostatic", "extension"), "svi": ("seminal", "vesicle", "invasion"),
    "pz": ("peripheral", "zone"), "tz": ("transition", "zone"), "psa": ("prostate", "specific", "antigen"),
    # vessels
    "sfa": ("superficial", "femoral", "artery"), "cfa": ("common", "femoral", "artery"),
    "cfv": ("common", "femoral", "vein"), "gsv": ("great", "saphenous", "vein"), "ivc": ("inferior", "vena", "cava"),
    "svc": ("superior", "vena", "cava"), "ica": ("internal", "carotid", "artery"),
    "cca": ("common", "carotid", "artery"), "eca": ("external", "carotid", "artery"),
    "mca": ("middle", "cerebral", "artery"), "aca": ("anterior", "cerebral", "artery"),
    "pca": ("posterior", "cerebral", "artery"), "sma": ("superior", "mesenteric", "artery"),
    "ima": ("inferior", "mesenteric", "artery"), "lad": ("left", "anterior", "descending"),
    "rca": ("right", "coronary", "artery"),
    # heart, chest, abdomen
    "rv": ("right", "ventricle"), "lv": ("left", "ventricle"),
    "cbd": ("common", "bile", "duct"), "gb": ("gallbladder",), "ruq": ("right", "upper", "quadrant"),
    "rlq": ("right", "lower", "quadrant"), "luq": ("left", "upper", "quadrant"), "llq": ("left", "lower", "quadrant"),
    "gej": ("gastroesophageal", "junction"), "sbo": ("small", "bowel", "obstruction"),
    # joints and ligaments
    "acl": ("anterior", "cruciate", "ligament"), "pcl": ("posterior", "cruciate", "ligament"),
    "mcl": ("medial", "collateral", "ligament"), "lcl": ("lateral", "collateral", "ligament"),
    "atfl": ("anterior", "talofibular", "ligament"), "cfl": ("calcaneofibular", "ligament"),
    "ptfl": ("posterior", "talofibular", "ligament"), "tfcc": ("triangular", "fibrocartilage", "complex"),
    "ac": ("acromioclavicular",), "si": ("sacroiliac",), "tmj": ("temporomandibular",),
    "mcp": ("metacarpophalangeal",), "pip": ("proximal", "interphalangeal"), "dip": ("distal", "interphalangeal"),
    "mtp": ("metatarsophalangeal",), "ssp": ("supraspinatus",), "isp": ("infraspinatus",),
    # brain and spine
    "csf": ("cerebrospinal", "fluid"), "gwd": ("gray", "white", "differentiation"), "swi": ("susceptibility",),
    "dwi": ("diffusion",), "adc": ("apparent", "diffusion", "coefficient"), "flair": ("flair",),
    # lobes (the side is read separately)
    "rul": ("upper", "lobe"), "rml": ("middle", "lobe"), "rll": ("lower", "lobe"), "lul": ("upper", "lobe"),
    "lll": ("lower", "lobe"),
}

# An organ's noun and its adjectives: one place, two wordings ("hepatic disease" / "liver metastases").
ANATOMY_FORMS: tuple[frozenset[str], ...] = tuple(frozenset(g.split()) for g in (
    "liver hepatic hepato", "kidney renal nephric", "lung pulmonary pulmonic", "heart cardiac", "bone osseous",
    "brain cerebral", "spleen splenic", "stomach gastric", "colon colonic", "bowel intestinal enteric",
    "bladder vesical", "testis testicular testicle", "ovary ovarian", "uterus uterine", "breast mammary",
    "thyroid thyroidal", "pancrea pancreatic", "bile biliary", "vein venous", "artery arterial",
    "chest thoracic thorax", "belly abdominal abdomen", "neck cervical", "skull cranial", "rib costal",
    "blood hemorrhagic haemorrhagic", "joint articular", "muscle muscular", "skin cutaneous", "nerve neural"))
_FORMS_OF = {word: group for group in ANATOMY_FORMS for word in group}


def spell_out(words: Iterable[str]) -> list[str]:
    """The words with each known abbreviation replaced by the words it stands for."""
    return [x for w in words for x in ABBREVIATIONS.get(w, (w,))]


def anatomy_forms(word: str) -> frozenset[str]:
    """Other wordings of the same organ ("hepatic" -> liver, hepato), empty for any other word."""
    return _FORMS_OF.get(word, frozenset())
