"""Clinical wording with keep-spans: eponyms, anatomy, levels, measurements, scores, sequences, modalities.

These are the look-alikes a de-identifier must leave alone; they sit in the same documents as the PHI.
"""

from __future__ import annotations

import random

from b8_markup import keep

EXAMS = {
    "CT": [
        "CT abdomen and pelvis with contrast",
        "CT head without contrast",
        "CTA chest (PE protocol)",
        "CT cervical spine",
        "CT chest low-dose screening",
        "CT renal stone protocol",
    ],
    "MR": [
        "MRI brain with and without contrast",
        "MRI lumbar spine",
        "MRI right knee",
        "MRI prostate multiparametric",
        "MR liver (gadoxetate)",
        "MRI left shoulder arthrogram",
    ],
    "US": [
        "US thyroid",
        "US right upper quadrant",
        "US pelvis transvaginal",
        "US renal",
        "US left lower extremity venous",
    ],
    "XR": ["XR chest 2 views", "XR left wrist 3 views", "XR right ankle", "XR pelvis AP", "XR knee bilateral standing"],
    "MG": ["MG diagnostic mammogram bilateral", "MG screening tomosynthesis", "US/MG left breast workup"],
}

_CLOCK = "12 o'clock"
MODALITY_WORD = {
    "CT": ["CT", "CTA"],
    "MR": ["MRI", "MR"],
    "US": ["US", "ultrasound"],
    "XR": ["XR", "radiograph"],
    "MG": ["mammogram", "MG"],
}


def _m(rng: random.Random, unit: str = "cm", dims: int | None = None) -> str:
    dims = dims or rng.choice([1, 2, 2, 3])
    vals = [f"{rng.uniform(0.3, 6.5):.1f}" if unit == "cm" else str(rng.randint(2, 19)) for _ in range(dims)]
    return keep("measurement", " x ".join(vals) + f" {unit}")


def _level(rng: random.Random) -> str:
    return keep(
        "vertebral_level",
        rng.choice(["C5-C6", "C6-C7", "L4-L5", "L5-S1", "T12", "L1", "C2", "T11-T12", "L3-4", "C4/5"]),
    )


def _e(value: str) -> str:
    return keep("eponym", value)


def _a(value: str) -> str:
    return keep("anatomy", value)


def _s(value: str) -> str:
    return keep("score", value)


def _q(value: str) -> str:
    return keep("sequence", value)


FINDINGS = {
    "CT": [
        lambda r: f"{_m(r)} hypodense lesion in the {_a('caudate lobe')}, indeterminate.",
        lambda r: f"{_s('Bosniak IIF')} cyst in the {_a('left renal interpolar region')} measuring {_m(r)}.",
        lambda r: f"Small amount of fluid in {_e('Morison pouch')}. No free air.",
        lambda r: f"{_e('Klatskin tumor')} not excluded; hilar ductal dilatation to {_m(r, 'mm', 1)}.",
        lambda r: f"Solid nodule {_m(r, 'mm', 1)} in the {_a('right lower lobe')}, {_s('Lung-RADS 4A')}.",
        lambda r: f"Per {_s('Fleischner')} guidelines, follow-up CT in 6-12 months.",
        lambda r: f"{_e('Meckel diverticulum')} with surrounding stranding in the {_a('right lower quadrant')}.",
        lambda r: f"Acute {_e('Chance fracture')} of {_level(r)} with {_m(r, 'mm', 1)} retropulsion.",
        lambda r: f"Hyperdense {_a('left MCA')} sign; {_s('ASPECTS 8')}.",
        lambda r: f"Enlarged {_e('Virchow node')} {_m(r, 'cm', 2)}; findings compatible with {_e('Hodgkin lymphoma')}.",
        lambda r: f"Non-obstructing {_m(r, 'mm', 1)} calculus at the {_a('right ureterovesical junction')}.",
        lambda r: f"{_e('Zenker diverticulum')} incidentally noted posterior to the {_a('cricopharyngeus')}.",
    ],
    "MR": [
        lambda r: (
            f"Disc extrusion at {_level(r)} contacting the traversing nerve root; {_e('Schmorl node')} at {_level(r)}."
        ),
        lambda r: (
            f"Focus of restricted diffusion on {_q('DWI')} with low {_q('ADC')} in the {_a('left corona radiata')}."
        ),
        lambda r: f"Scattered {_q('T2 FLAIR')} hyperintensities; no blooming on {_q('SWI')}.",
        lambda r: (
            f"{_e('Baker cyst')} {_m(r, 'cm', 3)} with {_q('STIR')} hyperintense edema in the "
            f"{_a('medial femoral condyle')}."
        ),
        lambda r: f"{_e('Hill-Sachs lesion')} and anteroinferior {_e('Bankart lesion')}.",
        lambda r: f"{_s('PI-RADS 4')} lesion in the {_a('left peripheral zone')} measuring {_m(r, 'mm', 2)}.",
        lambda r: (
            f"{_s('LI-RADS 3')} observation in {_a('segment 7')}, {_m(r, 'mm', 1)}, enhancing on "
            f"{_q('T1 post-contrast')}."
        ),
        lambda r: f"{_e('Chiari I malformation')} with tonsillar descent of {_m(r, 'mm', 1)}.",
        lambda r: f"Findings favor {_e('Parkinson disease')}-related nigral change; loss of swallow tail sign.",
        lambda r: f"Marrow signal compatible with {_e('Paget disease')} of the {_a('left iliac wing')}.",
        lambda r: f"{_e('Segond fracture')} with complete {_a('ACL')} tear.",
        lambda r: f"{_e('Osgood-Schlatter disease')} changes at the {_a('tibial tubercle')}.",
    ],
    "US": [
        lambda r: f"{_s('TI-RADS 4')} solid nodule in the {_a('right thyroid lobe')}, {_m(r, 'cm', 3)}.",
        lambda r: f"Diffusely heterogeneous gland consistent with {_e('Hashimoto thyroiditis')}.",
        lambda r: f"Gallbladder wall {_m(r, 'mm', 1)}; positive sonographic {_e('Murphy sign')}.",
        lambda r: f"{_s('O-RADS 3')} unilocular cyst in the {_a('left ovary')} measuring {_m(r)}.",
        lambda r: f"Occlusive thrombus in the {_a('left popliteal vein')}; {_e('Baker cyst')} {_m(r, 'cm', 2)}.",
        lambda r: f"Common bile duct {_m(r, 'mm', 1)}. {_e('Pouch of Douglas')} free fluid, small.",
        lambda r: f"Renal length {_m(r, 'cm', 1)}; no hydronephrosis.",
        lambda r: f'Marked hypervascularity ("thyroid inferno") suggests {_e("Graves disease")}.',
    ],
    "XR": [
        lambda r: f"Displaced {_e('Colles fracture')} of the {_a('distal radius')}.",
        lambda r: f"{_e('Kerley B lines')} and small bilateral effusions.",
        lambda r: f"{_e('Monteggia fracture')} pattern; radial head dislocated.",
        lambda r: f"{_e('Jones fracture')} at the {_a('fifth metatarsal')} base, {_m(r, 'mm', 1)} gap.",
        lambda r: f"{_e('Smith fracture')} with volar angulation.",
        lambda r: f"{_e('Salter-Harris II fracture')} of the {_a('distal tibia')}.",
        lambda r: f"Lucency at {_level(r)} endplate; degenerative changes most marked at {_level(r)}.",
        lambda r: f"Nodular opacity {_m(r, 'cm', 1)} projecting over the {_a('left hilum')}.",
        lambda r: f"Widened {_a('scapholunate interval')}, {_m(r, 'mm', 1)}.",
        lambda r: f"{_e('Bennett fracture')} at the base of the {_a('first metacarpal')}.",
    ],
    "MG": [
        lambda r: (
            f"Irregular spiculated mass {_m(r, 'cm', 2)} in the {_a('left upper outer quadrant')}, {_s('BI-RADS 4')}."
        ),
        lambda r: f"Grouped amorphous calcifications over {_m(r, 'cm', 1)}, {_s('BI-RADS 4B')}.",
        lambda r: f"Scattered fibroglandular density. {_s('BI-RADS 2')}: benign.",
        lambda r: f"Focal asymmetry {_a(_CLOCK)} {_m(r, 'cm', 1)} from the nipple, {_s('BI-RADS 0')}.",
    ],
}

IMPRESSIONS = [
    lambda r: f"Findings as above; {_s(r.choice(['BI-RADS 3', 'LI-RADS 4', 'Lung-RADS 3', 'TI-RADS 3', 'O-RADS 2']))}.",
    lambda r: "No other acute abnormality.",
    lambda r: f"Stable since {keep('year', str(r.randint(2015, 2024)))}; no further imaging needed.",
    lambda r: "Recommend clinical correlation and follow-up in 3 months.",
    lambda r: (
        f"{_e(r.choice(['Crohn disease', 'Wilms tumor', 'Cushing syndrome', 'Addison disease', 'Bell palsy']))}"
        " is in the differential."
    ),
]


def modality_word(rng: random.Random, mod: str) -> str:
    return keep("modality", rng.choice(MODALITY_WORD[mod]))


def exam_name(rng: random.Random, mod: str) -> str:
    """Exam description; its leading modality word is a keep-span."""
    name = rng.choice(EXAMS[mod])
    head, _, rest = name.partition(" ")
    if head in {"CT", "CTA", "MRI", "MR", "US", "XR", "MG"}:
        return keep("modality", head) + " " + rest
    return name


def findings(rng: random.Random, mod: str, n: int) -> list[str]:
    return [f(rng) for f in rng.sample(FINDINGS[mod], min(n, len(FINDINGS[mod])))]


def impression(rng: random.Random) -> str:
    return rng.choice(IMPRESSIONS)(rng)


def header(rng: random.Random, word: str, case: str = "upper") -> str:
    """Section header word as a keep-span (the colon stays outside)."""
    value = word.upper() if case == "upper" else word.title() if case == "title" else word
    return keep("section_header", value)


def credential(rng: random.Random, pool: tuple[str, ...] = ("MD", "MD", "DO", "MD, PhD", "MBBS")) -> str:
    """One or more credentials, each its own keep-span."""
    return ", ".join(keep("credential", c) for c in rng.choice(pool).split(", "))


def history(rng: random.Random) -> str:
    return rng.choice(
        [
            f"Fall on outstretched hand in {keep('year', str(rng.randint(2010, 2024)))}, now pain.",
            "RUQ pain, fever.",
            "Headache, r/o bleed.",
            "Low back pain radiating to left leg.",
            f"Known {_e('Crohn disease')}, abdominal pain.",
            "Palpable lump.",
            "SOB, elevated D-dimer.",
            f"h/o {_e('Hodgkin lymphoma')} treated {keep('year', str(rng.randint(2005, 2020)))}.",
            "Trauma, MVC.",
            "Screening.",
        ]
    )


ECHO = {
    "Baker": "Small {} behind the knee, unchanged.",
    "Paget": "Cortical thickening typical of {}.",
    "Graves": "Enlarged hyperemic thyroid; known {}.",
    "Bennett": "Healed {} of the thumb.",
    "Morton": "{} in the third intermetatarsal space.",
    "Douglas": "Trace fluid in the {}.",
    "Parkinson": "History of {}; motion artifact.",
    "Chance": "Old {} at the thoracolumbar junction.",
    "Wilson": "Basal ganglia signal; ? {}.",
    "Hill": "Small {} of the humeral head.",
    "Bell": "Clinical {} on the left.",
}
_ECHO_TERM = {
    "Baker": "Baker cyst",
    "Paget": "Paget disease",
    "Graves": "Graves disease",
    "Bennett": "Bennett fracture",
    "Morton": "Morton neuroma",
    "Douglas": "pouch of Douglas",
    "Parkinson": "Parkinson disease",
    "Chance": "Chance fracture",
    "Wilson": "Wilson disease",
    "Hill": "Hill-Sachs lesion",
    "Bell": "Bell palsy",
}


def echo(surname: str) -> str:
    """A sentence with the eponym that shares the patient's surname (the Baker cyst of patient Baker), or ''."""
    if surname not in ECHO:
        return ""
    sentence = ECHO[surname].format("\0")
    before, _, after = sentence.partition("\0")
    return before + _e(_ECHO_TERM[surname]) + after
