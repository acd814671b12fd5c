"""Wording tables of the v8 set (wrappers, abbreviations, synonyms, comparison phrases) and size text.

Every table here is applied alike to controls and to error candidates, so that wording distance says nothing
about the label.
"""

from __future__ import annotations

import re

POS_WRAP = ("{X}", "{X}", "{X}", "{X} noted", "{X} identified", "{X} seen", "{X} demonstrated", "{X} present")
NEG_WRAP = (
    "No {x}",
    "No {x}",
    "No evidence of {x}",
    "No {x} is seen",
    "No {x} identified",
    "Negative for {x}",
    "There is no {x}",
    "No sign of {x}",
)
NEG_JOIN = ("No {list}", "No {list}", "No evidence of {list}", "Negative for {list}")
PRESENT_WRAP = ("{X}", "{X} is present", "There is {x}", "Positive for {x}", "{X} noted")

HEADINGS = (
    "",
    "",
    "",
    "IMPRESSION:",
    "Impression:",
    "IMPRESSION",
    "Conclusion:",
    "Summary:",
    "Impression -",
    "IMP:",
    "Opinion:",
)
LAYOUTS = ("prose", "prose", "prose", "lines", "numbered", "numbered", "paren", "bullets")
MERGE_JOINS = ("; ", ", and ", "; ", " and ")
SIZE_JOINS = (" x ", " x ", " x ", "x", " by ", " \u00d7 ")

ABBREVIATIONS = (
    ("right upper lobe", "RUL"),
    ("right middle lobe", "RML"),
    ("right lower lobe", "RLL"),
    ("left upper lobe", "LUL"),
    ("left lower lobe", "LLL"),
    ("right upper quadrant", "RUQ"),
    ("right lower quadrant", "RLQ"),
    ("left upper quadrant", "LUQ"),
    ("left lower quadrant", "LLQ"),
    ("pulmonary embolism", "PE"),
    ("pulmonary emboli", "PE"),
    ("common bile duct", "CBD"),
    ("subdural hematoma", "SDH"),
    ("subarachnoid hemorrhage", "SAH"),
    ("intracranial hemorrhage", "ICH"),
    ("middle cerebral artery", "MCA"),
    ("internal carotid artery", "ICA"),
    ("anterior cruciate ligament", "ACL"),
    ("medial collateral ligament", "MCL"),
    ("deep venous thrombosis", "DVT"),
    ("deep vein thrombosis", "DVT"),
    ("inferior vena cava", "IVC"),
    ("pneumothorax", "PTX"),
    ("fracture", "fx"),
    ("fractures", "fxs"),
    ("without", "w/o"),
    ("hepatocellular carcinoma", "HCC"),
    ("small bowel obstruction", "SBO"),
    ("abdominal aortic aneurysm", "AAA"),
    ("degenerative disc disease", "DDD"),
    ("endotracheal tube", "ETT"),
    ("nasogastric tube", "NG tube"),
    ("peripherally inserted central catheter", "PICC"),
    ("superior mesenteric artery", "SMA"),
    ("ground-glass opacity", "GGO"),
    ("ground-glass opacities", "GGOs"),
    ("congestive heart failure", "CHF"),
    ("cerebrospinal fluid", "CSF"),
    ("approximately", "approx."),
    ("lymph node", "LN"),
    ("lymph nodes", "LNs"),
    ("hepatic steatosis", "steatosis"),
    ("common femoral vein", "CFV"),
    ("transjugular intrahepatic portosystemic shunt", "TIPS"),
    ("posterior cruciate ligament", "PCL"),
    ("magnetic resonance", "MR"),
    ("follow-up", "f/u"),
)
SYNONYMS = (
    ("consistent with", ("compatible with", "in keeping with")),
    ("cholelithiasis", ("gallstones",)),
    ("nephrolithiasis", ("kidney stones",)),
    ("calculus", ("stone",)),
    ("calculi", ("stones",)),
    ("splenomegaly", ("splenic enlargement",)),
    ("hepatomegaly", ("hepatic enlargement",)),
    ("cardiomegaly", ("cardiac enlargement", "enlarged cardiac silhouette")),
    ("thrombus", ("clot",)),
    ("stenosis", ("narrowing",)),
    ("dilatation", ("dilation",)),
    ("lesion", ("abnormality",)),
    ("measuring", ("measuring approximately",)),
    ("recommend", ("suggest", "advise")),
    ("recommended", ("suggested", "advised")),
    ("is seen", ("is identified", "is present")),
    ("involving", ("affecting",)),
    ("hemorrhage", ("bleed",)),
    ("nondisplaced", ("non-displaced", "undisplaced")),
    ("findings", ("appearances",)),
    ("likely", ("probably", "most likely")),
)
BRITISH = (
    ("hemorrhage", "haemorrhage"),
    ("hematoma", "haematoma"),
    ("edema", "oedema"),
    ("tumor", "tumour"),
    ("esophag", "oesophag"),
    ("anemia", "anaemia"),
    ("fetal", "foetal"),
    ("pediatric", "paediatric"),
    ("ischemi", "ischaemi"),
    ("leukocyt", "leucocyt"),
)

COMPARISON_CLAUSES = (
    ", new since the prior study",
    ", unchanged from the previous examination",
    ", increased compared with the prior exam",
    ", stable since the last study",
    ", decreased from the earlier examination",
    ", not present on the previous study",
    ", similar to the prior",
    ", slightly larger than before",
    ", as on the prior exam",
    ", interval development since the previous study",
)
COMPARISON_SENTENCES = (
    "No significant interval change compared with the prior study",
    "Overall appearance is stable relative to the previous examination",
    "Findings are similar to the prior exam",
    "Interval progression since the last study",
    "Unchanged from the comparison study",
    "No change since the previous imaging",
    "Improved compared with the prior examination",
    "Appearance is essentially stable versus the earlier study",
)

COMPARISON_WORDS = re.compile(
    r"\b(prior|previous(ly)?|compared|comparison|interval(ly)?|unchanged|stable|new|"
    r"since|again|redemonstrat\w*|before|earlier|progress\w*|improv\w*)\b",
    re.IGNORECASE,
)
SIDE_WORDS = re.compile(r"\b(left|right)\b", re.IGNORECASE)
SIDE_ABBREVIATIONS = {
    "rul": "right upper lobe",
    "rml": "right middle lobe",
    "rll": "right lower lobe",
    "lul": "left upper lobe",
    "lll": "left lower lobe",
    "ruq": "right upper quadrant",
    "rlq": "right lower quadrant",
    "luq": "left upper quadrant",
    "llq": "left lower quadrant",
}

_NUM = r"(?<![\w.\-])\d+(?:\.\d+)?"
_UNIT = r"(?:mm|cm|millimeters?|centimeters?)(?![a-z0-9/])"
_CHAIN = re.compile(rf"{_NUM}(?:\s*{_UNIT})?(?:\s*(?:x|\u00d7|by)\s*\d+(?:\.\d+)?(?:\s*{_UNIT})?)*", re.IGNORECASE)
_PART = re.compile(rf"(\d+(?:\.\d+)?)\s*({_UNIT})?", re.IGNORECASE)


def sizes_mm(text: str) -> list[int]:
    """Every dimension written with a mm/cm unit in `text`, in whole mm (for size-keeping checks)."""
    out = []
    for chain in _CHAIN.finditer(text):
        parts = _PART.findall(chain.group(0))
        units = [u.lower() for _, u in parts if u]
        if not units:
            continue
        for value, unit in parts:
            unit = (unit or units[-1]).lower()
            out.append(round(float(value) * (10 if unit.startswith("c") else 1)))
    return sorted(out)


def side_words(text: str) -> list[str]:
    """Side words of `text` with lobe/quadrant abbreviations expanded, sorted (for side-keeping checks)."""
    low = text.lower()
    for short, long in SIDE_ABBREVIATIONS.items():
        low = re.sub(rf"\b{short}\b", long, low)
    return sorted(SIDE_WORDS.findall(low))


def format_size(dims: tuple[int, ...], unit: str, join: str, spelled: bool, each: bool, strip: bool) -> str:
    """Dimensions in whole mm as text: '2.3 x 1.7 cm', '23 by 17 mm', '2 cm x 1.5 cm', '12 millimeters'."""
    if unit == "mm":
        nums = [str(d) for d in dims]
        name = "millimeters" if spelled else "mm"
    else:
        nums = [f"{d / 10:.1f}" for d in dims]
        if strip:
            nums = [n.removesuffix(".0") for n in nums]
        name = "centimeters" if spelled else "cm"
    if each:
        return (join if join.startswith(" ") else " x ").join(f"{n} {name}" for n in nums)
    return f"{join.join(nums)} {name}"


def tokens(text: str) -> set[str]:
    """Lower-case word tokens (for the crude Jaccard wording baseline in --stats)."""
    return set(re.findall(r"[a-z0-9]+", text.lower()))
