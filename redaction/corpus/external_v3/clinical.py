"""Clinical content for blind3: exams and findings with keep-spans on the words a detector tends to get wrong.

The false friends are the point: eponyms and anatomy that read like names (Morison pouch, Glisson capsule,
Virchow node, Hunter canal, Alcock canal, space of Retzius, Chance fracture, Child-Pugh), grading systems with
numbers (Gleason, Bosniak, Tanner, Salter-Harris, Couinaud), and measurements that look like identifiers.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from .markup import kp


def cm(rng: random.Random, dims: int = 2, lo: float = 0.4, hi: float = 6.5) -> str:
    """A measurement keep-span such as ``2.3 x 1.9 cm``."""
    vals = sorted((round(rng.uniform(lo, hi), 1) for _ in range(dims)), reverse=True)
    return kp("measurement", " x ".join(f"{v}" for v in vals) + " cm")


def mm(rng: random.Random, lo: int = 3, hi: int = 24) -> str:
    return kp("measurement", f"{rng.randint(lo, hi)} mm")


def level(rng: random.Random) -> str:
    return kp("vertebral_level", rng.choice(("C5-C6", "C6/7", "T11-T12", "L3-L4", "L4-5", "L5-S1", "T8", "C2")))


def _a(label: str) -> str:
    return kp("anatomy", label)


def _e(label: str) -> str:
    return kp("eponym", label)


def _s(label: str) -> str:
    return kp("score", label)


FINDINGS: dict[str, tuple] = {
    "abdomen": (
        lambda r: f"Small volume free fluid in {_e('Morison pouch')}; no drainable collection.",
        lambda r: f"Subcapsular hematoma along the {_e('Glisson capsule')} measuring {cm(r)}.",
        lambda r: f"Arterially enhancing observation in {_a('Couinaud segment 7')} measures {mm(r, 12, 38)}, "
                  f"{_s('LI-RADS 4')}.",
        lambda r: f"Left renal cyst with thin septation, {_s('Bosniak IIF')}, {cm(r)}.",
        lambda r: f"Adrenal nodule of {mm(r, 9, 22)} with attenuation of {kp('measurement', f'{r.randint(-8, 9)} HU')}"
                  f", consistent with lipid-rich adenoma.",
        lambda r: f"Defect in the {_a('linea semilunaris')} compatible with {_e('Spigelian hernia')} containing fat.",
        lambda r: f"Cirrhotic morphology; clinical {_s('Child-Pugh B')} noted in the history.",
        lambda r: f"Gallstone impacted in {_e('Hartmann pouch')} with wall thickening of {mm(r, 4, 9)}.",
        lambda r: f"Enlarged left supraclavicular {_e('Virchow node')} measuring {mm(r, 11, 26)} short axis.",
        lambda r: f"Fluid tracking along the {_e('Gerota fascia')} without perinephric abscess.",
    ),
    "chest": (
        lambda r: f"Interstitial edema with {_e('Kerley B lines')} and small bilateral effusions.",
        lambda r: f"Solid nodule in the {_a('right upper lobe')} measuring {mm(r, 5, 14)}, {_s('Lung-RADS 4A')}.",
        lambda r: f"Apical mass invading the chest wall, in keeping with a {_e('Pancoast tumor')}.",
        lambda r: f"Ground-glass nodule in the {_a('lingula')} of {mm(r, 4, 8)}; follow {_s('Fleischner')} guidance.",
        lambda r: f"Mediastinal widening; type A dissection by {_e('Stanford classification')} is excluded.",
        lambda r: f"Retrocardiac {_e('Morgagni hernia')} containing omental fat, unchanged.",
    ),
    "neuro": (
        lambda r: f"Restricted diffusion on {kp('sequence', 'DWI')} with low {kp('sequence', 'ADC')} in the "
                  f"{_a('left insula')}; {_s(f'ASPECTS {r.randint(5, 9)}')}.",
        lambda r: f"Scattered {kp('sequence', 'T2 FLAIR')} white matter hyperintensities, {_s('Fazekas 2')}.",
        lambda r: f"Blooming foci on {kp('sequence', 'SWI')} in the {_a('splenium of the corpus callosum')}.",
        lambda r: f"Cystic lesion near the {_e('foramen of Monro')} measuring {mm(r, 5, 14)}.",
        lambda r: f"Diffuse subarachnoid hemorrhage, {_s('modified Fisher grade 3')}, in the {_e('Sylvian fissure')}.",
        lambda r: f"Nonenhancing {_e('Rathke cleft cyst')} on {kp('sequence', 'T1 post-contrast')} images.",
        lambda r: f"Aneurysm of the {_e('circle of Willis')} at the AComm measuring {mm(r, 3, 9)}.",
    ),
    "spine": (
        lambda r: f"Flexion-distraction injury at {level(r)} compatible with a {_e('Chance fracture')}.",
        lambda r: f"Disc extrusion at {level(r)} with narrowing of the left lateral recess; {kp('sequence', 'STIR')} "
                  f"edema in the adjacent endplates.",
        lambda r: f"Thoracolumbar curve with {_e('Cobb angle')} of "
                  f"{kp('measurement', f'{r.randint(12, 48)} degrees')}.",
        lambda r: f"Endplate irregularity across three levels, compatible with {_e('Scheuermann disease')}.",
        lambda r: f"Uncovertebral spurring at the {_e('joints of Luschka')} at {level(r)}.",
    ),
    "msk": (
        lambda r: f"{_e('Salter-Harris II')} fracture of the distal radius, {mm(r, 2, 6)} of dorsal displacement.",
        lambda r: f"Ulnar collateral ligament tear with a {_e('Stener lesion')}.",
        lambda r: f"Distal fibula fracture, {_e('Weber B')}, with medial clear space of {mm(r, 3, 7)}.",
        lambda r: f"Subcapital femoral neck fracture, {_e('Garden III')}.",
        lambda r: f"Edema in {_e('Hoffa fat pad')} and a small {_e('Baker cyst')}.",
        lambda r: f"Ganglion within {_e('Guyon canal')} abutting the ulnar nerve, {cm(r, 2, 0.5, 1.8)}.",
        lambda r: f"Soft tissue mass in the {_e('Hunter canal')} (adductor canal) measuring {cm(r, 3)}.",
        lambda r: f"Osteoarthritis, {_s('Kellgren-Lawrence 3')}, medial compartment.",
        lambda r: f"Widening of the {_e('Lisfranc')} interval to {mm(r, 3, 6)}.",
    ),
    "breast": (
        lambda r: f"Irregular mass at 10 o'clock, {cm(r, 2, 0.6, 2.4)}, {_s('BI-RADS 4C')}.",
        lambda r: f"Grouped amorphous calcifications spanning {mm(r, 6, 18)}, {_s('BI-RADS 4B')}.",
        lambda r: f"Benign-appearing intramammary lymph node, {_s('BI-RADS 2')}.",
        lambda r: f"Focal asymmetry persists on spot compression; {_s('BI-RADS 0')} pending ultrasound.",
    ),
    "pelvis": (
        lambda r: f"Lesion in the left peripheral zone, {_s('PI-RADS 4')}; biopsy showed {_s('Gleason 3+4=7')}.",
        lambda r: f"Fluid in the {_e('space of Retzius')} after prostatectomy, {cm(r)}.",
        lambda r: f"Perineal abscess extending into the {_e('Alcock canal')}, {cm(r, 3)}.",
        lambda r: f"Complex adnexal cyst, {_s('O-RADS US 4')}, {cm(r)}.",
        lambda r: f"Fluid in the {_e('pouch of Douglas')}, small and physiologic.",
        lambda r: f"Left-sided compression of the iliac vein in keeping with {_e('May-Thurner syndrome')}.",
    ),
    "thyroid": (
        lambda r: f"Solid hypoechoic nodule in the {_a('left lobe')} of {cm(r, 3, 0.5, 2.5)}, {_s('TI-RADS TR4')}.",
        lambda r: f"Enlarged gland with heterogeneous echotexture, suggestive of {_e('Hashimoto thyroiditis')}.",
    ),
    "peds": (
        lambda r: f"Bone age consistent with {_s('Tanner stage 3')} development.",
        lambda r: f"Dilated colon with transition zone in the {_a('rectosigmoid')}, concern for "
                  f"{_e('Hirschsprung disease')}.",
        lambda r: f"Flattening of the femoral epiphysis compatible with {_e('Legg-Calvé-Perthes disease')}.",
        lambda r: f"Abnormal position of the duodenojejunal flexure relative to the {_e('ligament of Treitz')}.",
    ),
}

EXAMS = {
    "CT": (("CT abdomen and pelvis with IV contrast", "abdomen"), ("CT chest without contrast", "chest"),
           ("CT head without contrast", "neuro"), ("CT thoracolumbar spine", "spine"), ("CTA chest", "chest")),
    "MR": (("MRI brain with and without contrast", "neuro"), ("MRI lumbar spine", "spine"),
           ("MRI liver with gadoxetate", "abdomen"), ("MRI prostate multiparametric", "pelvis"),
           ("MRI right knee", "msk")),
    "US": (("US thyroid", "thyroid"), ("pelvic US transvaginal", "pelvis"), ("US right upper quadrant", "abdomen"),
           ("US left breast targeted", "breast")),
    "XR": (("XR chest PA and lateral", "chest"), ("XR left wrist 3 views", "msk"), ("XR right ankle", "msk"),
           ("XR scoliosis series", "spine"), ("XR bone age", "peds")),
    "MG": (("diagnostic mammogram bilateral", "breast"), ("screening mammogram with tomosynthesis", "breast")),
}
MODALITY_WORD = {"CT": ("CT", "CTA"), "MR": ("MRI", "MR"), "US": ("US", "ultrasound"), "XR": ("XR", "radiograph"),
                 "MG": ("mammogram", "DBT")}


@dataclass(frozen=True)
class Study:
    modality: str
    exam: str  # marked: the modality word inside is a keep-span
    region: str
    findings: tuple[str, ...]
    impression: str


def _exam_marked(modality: str, exam: str) -> str:
    head, _, rest = exam.partition(" ")
    if head in {"CT", "CTA", "MRI", "US", "XR"}:
        return f"{kp('modality', head)} {rest}"
    return exam


_MALE_ONLY = ("PI-RADS", "prostatectomy", "Gleason")
_FEMALE_ONLY = ("O-RADS", "pouch of Douglas", "adnexal", "BI-RADS")
_PEDS_ONLY = ("Salter-Harris", "Tanner", "Hirschsprung", "Perthes", "Treitz")
_ADULT_ONLY = ("Garden III", "Kellgren", "Child-Pugh", "Pancoast", "prostatectomy", "Virchow", "Gleason")


def fits(sentence: str, sex: str, age: int) -> bool:
    """Whether a finding sentence suits a patient of this sex and age (no PI-RADS for women, no Perthes at 70)."""
    banned = (_MALE_ONLY if sex == "F" else _FEMALE_ONLY) + (_ADULT_ONLY if age < 18 else _PEDS_ONLY)
    return not any(word in sentence for word in banned)


def study(rng: random.Random, sex: str, age: int, modality: str | None = None, region: str | None = None) -> Study:
    """An exam with 2-3 findings that fit the patient's sex and age, and an impression line."""
    skip = {"MG"} if sex == "M" else set()
    modality = modality or rng.choice(tuple(m for m in EXAMS if m not in skip))
    exams = [e for e in EXAMS[modality] if (age < 18) == (e[1] == "peds") or (age < 18 and e[1] in ("msk", "chest"))]
    options = [e for e in exams if region is None or e[1] == region] or exams or list(EXAMS[modality])
    exam, reg = rng.choice(options)
    candidates = [f(rng) for f in FINDINGS[reg]]
    rng.shuffle(candidates)
    fitting = [f for f in candidates if fits(f, sex, age)] or candidates
    found = tuple(fitting[:rng.randint(2, 3)])
    impression = found[0].split(";")[0].rstrip(".") + "."
    return Study(modality, _exam_marked(modality, exam), reg, found, impression)


def header(rng: random.Random, name: str, colon: bool = True) -> str:
    """A section header keep-span (``FINDINGS:``); the colon stays outside."""
    return kp("section_header", name) + (":" if colon else "")


def year_phrase(rng: random.Random, year: int) -> str:
    """``in 2019`` style bare year keep-span, with a small clinical lead-in."""
    lead = rng.choice(("treated for breast cancer in", "cholecystectomy in", "remote fracture in",
                       "prior stroke in", "smoker since", "known since"))
    return f"{lead} {kp('year', str(year))}"
