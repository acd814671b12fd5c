"""Invented findings and invented comparisons used by the v7 error injector.

A decoy is a clinically plausible sentence for the body region plus the key words that would mean the source
already talks about it; a decoy is only used when none of its keys occurs in the source or the reference, so it
states a finding the source never mentions, present or absent.
"""

from __future__ import annotations

DECOYS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "chest": (
        ("small hiatal hernia", ("hiatal", "hernia")),
        ("8 mm nodule in the {side} upper lobe", ("nodule", "upper lobe")),
        ("mild dilatation of the main pulmonary artery to 34 mm", ("pulmonary artery",)),
        ("calcified granuloma in the {side} lower lobe", ("granuloma",)),
        ("acute fracture of the {side} sixth rib", ("rib", "fracture")),
        ("small pericardial effusion", ("pericardial",)),
        ("mild thoracic aortic ectasia", ("aorta", "aortic")),
        ("patchy airspace opacity at the {side} base suspicious for early pneumonia", ("consolidation", "opacit",
                                                                                      "pneumonia", "airspace")),
        ("enlarged subcarinal lymph node measuring 14 mm", ("lymph", "node", "mediastin")),
        ("compression deformity of T8 with mild height loss", ("vertebra", "compression", "spine")),
    ),
    "abdomen": (
        ("small sliding hiatal hernia", ("hiatal", "hernia")),
        ("7 mm nonobstructing calculus in the {side} renal lower pole", ("calcul", "stone", "lithiasis")),
        ("mild splenomegaly", ("spleen", "splen")),
        ("1.2 cm indeterminate {side} adrenal nodule", ("adrenal",)),
        ("diffuse hepatic steatosis", ("steatosis", "fatty")),
        ("sigmoid diverticulosis without diverticulitis", ("diverticul",)),
        ("small fat-containing umbilical hernia", ("hernia", "umbilic")),
        ("gallbladder sludge", ("gallbladder", "sludge", "cholecyst")),
        ("mild dilatation of the pancreatic duct to 4 mm", ("pancrea",)),
        ("small volume free fluid in the pelvis", ("free fluid", "ascites")),
        ("aortic aneurysm measuring 3.4 cm", ("aort", "aneurysm")),
    ),
    "pelvis": (
        ("small {side} ovarian cyst", ("ovar", "adnex")),
        ("small volume free fluid in the cul-de-sac", ("free fluid", "cul-de-sac")),
        ("intramural fibroid measuring 2 cm", ("fibroid", "myom", "uter")),
        ("mild bladder wall thickening", ("bladder",)),
        ("enlarged {side} external iliac lymph node", ("lymph", "node", "iliac")),
        ("sclerotic lesion in the {side} iliac bone", ("sclerotic", "osseous", "bone", "iliac")),
        ("prostatomegaly", ("prostat",)),
    ),
    "neuro": (
        ("small chronic lacunar infarct in the {side} thalamus", ("lacun", "thalam", "infarct")),
        ("mucosal thickening in the {side} maxillary sinus", ("sinus",)),
        ("6 mm {side} frontal convexity meningioma", ("meningioma", "extra-axial")),
        ("partially empty sella", ("sella", "pituitar")),
        ("mild chronic microvascular white matter disease", ("white matter", "microvascular", "small vessel")),
        ("opacification of the {side} mastoid air cells", ("mastoid",)),
        ("small developmental venous anomaly in the {side} cerebellum", ("venous anomaly", "cerebell")),
        ("acute infarct in the {side} occipital lobe", ("infarct", "occipital", "ischemi")),
    ),
    "spine": (
        ("hemangioma in the L2 vertebral body", ("hemangioma",)),
        ("small {side} renal cyst in the field of view", ("renal", "kidney")),
        ("moderate facet arthropathy at L5-S1", ("facet",)),
        ("Tarlov cyst at S2", ("tarlov", "perineural", "sacr")),
        ("mild retrolisthesis of L3 on L4", ("listhesis",)),
        ("Schmorl node at the T12 inferior endplate", ("schmorl", "endplate")),
    ),
    "msk": (
        ("small joint effusion", ("effusion",)),
        ("subchondral cyst in the lateral tibial plateau", ("subchondral", "cyst")),
        ("osteochondral lesion of the medial femoral condyle", ("osteochondral", "condyle")),
        ("moderate tenosynovitis of the flexor tendons", ("tenosynov", "flexor")),
        ("nondisplaced fracture of the ulnar styloid", ("styloid", "ulna")),
        ("small Baker cyst", ("baker", "popliteal cyst")),
        ("partial-thickness tear of the distal supraspinatus tendon", ("supraspinatus", "rotator")),
        ("enchondroma in the proximal phalanx", ("enchondroma", "phalan")),
    ),
    "breast": (
        ("new cluster of fine pleomorphic calcifications in the {side} breast", ("calcification",)),
        ("enlarged {side} axillary lymph node with cortical thickening", ("axill", "lymph")),
        ("architectural distortion in the {side} upper inner quadrant", ("distortion",)),
        ("8 mm oval circumscribed mass in the {side} breast at 3 o'clock", ("3 o'clock", "oval")),
        ("skin thickening of the {side} breast", ("skin",)),
    ),
    "vascular": (
        ("nonocclusive thrombus in the {side} popliteal vein", ("thromb", "popliteal")),
        ("moderate stenosis of the {side} external iliac artery", ("iliac",)),
        ("small {side} inguinal hematoma", ("hematoma", "inguinal")),
        ("4 cm {side} popliteal artery aneurysm", ("aneurysm", "popliteal")),
        ("moderate {side} renal artery stenosis", ("renal artery",)),
        ("superficial thrombophlebitis of the great saphenous vein", ("saphenous",)),
    ),
    "neck": (
        ("9 mm hypoechoic nodule in the {side} thyroid lobe", ("thyroid", "nodule")),
        ("enlarged {side} level II lymph node", ("lymph", "node", "level")),
        ("small {side} parotid lesion", ("parotid",)),
        ("moderate atherosclerotic plaque at the {side} carotid bifurcation", ("carotid", "plaque")),
        ("enlarged {side} parathyroid gland", ("parathyroid",)),
    ),
}

CLAUSES = (
    ", new since the prior study", ", unchanged from the previous examination", ", increased compared with prior",
    ", stable relative to the prior study", ", slightly smaller than on the previous exam",
    ", not present on the prior imaging", ", progressed since the last study", ", similar to prior",
    " (previously smaller)", ", new compared with the outside study",
)
SENTENCES = (
    "no significant interval change compared with the prior study", "findings are stable since the previous exam",
    "overall appearance is unchanged from prior imaging", "interval progression compared with the prior study",
    "compared with the previous examination, the findings have improved", "stable appearance since the last CT",
)

COMPARISON_WORDS = ("prior", "previous", "interval", "unchanged", "stable", "since the", "compared with",
                    "previously", "progress")


def decoys_for(region: str, text: str) -> list[str]:
    """The region's decoys whose keys never occur in ``text`` (the source and reference together)."""
    lower = text.lower()
    return [decoy for decoy, keys in DECOYS[region] if not any(key in lower for key in keys)]
