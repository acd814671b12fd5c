"""Clinical sentences with keep-spans, dense in words that look like names (Morison, Virchow, Bishop, May...).

Shorthand ``{e:Morison pouch}`` becomes a keep-span: e eponym, a anatomy, v vertebral_level, m measurement,
s score, q sequence, y year, o modality, c credential, h section_header.
"""

from __future__ import annotations

import random
import re

from b4_markup import K

LABELS = {"e": "eponym", "a": "anatomy", "v": "vertebral_level", "m": "measurement", "s": "score", "q": "sequence",
          "y": "year", "o": "modality", "c": "credential", "h": "section_header"}
_SHORT = re.compile(r"\{([eavmsqyoch]):([^{}]+)\}")

FINDINGS = {
    "CT": (
        "Small amount of free fluid in {e:Morison pouch}; the {e:Glisson capsule} is smooth.",
        "Left supraclavicular {e:Virchow node} measuring {m:1.4 x 1.1 cm}, new since {y:2023}.",
        "Hypodense lesion in {a:Couinaud segment 7} measuring {m:2.2 cm}, attenuation {m:12 Hounsfield units}.",
        "Right renal cyst, {s:Bosniak IIF}, thin septation, unchanged.",
        "Fat-containing {e:Spigelian hernia} in the {a:left lower quadrant}, no obstruction.",
        "Compression of the {a:left common iliac vein} by the right common iliac artery, compatible with "
        "{e:May-Thurner syndrome}.",
        "Peripheral wedge opacity ({e:Hampton hump}) in the {a:right lower lobe} with segmental filling defect.",
        "{e:Mirizzi syndrome} configuration with a {m:14 mm} stone in the {a:cystic duct}.",
        "Aneurysmal {e:Kommerell diverticulum} at the origin of an aberrant right subclavian artery.",
        "Sigmoid diverticulitis with pericolic abscess, {s:Hinchey Ib}, abscess {m:3.1 x 2.4 cm}.",
        "Acute pancreatitis, {s:Balthazar grade C}; no necrosis.",
        "Sclerotic lesion in the {v:T11} vertebral body, {m:9 mm}, {m:740 Hounsfield units}, likely bone island.",
        "Umbilical soft-tissue nodule ({e:Sister Mary Joseph nodule}) measuring {m:9 mm}.",
        "Solid nodule {m:8 mm} in the {a:left upper lobe}, {s:Lung-RADS 4A}.",
        "Burst fracture of {v:L1} with {m:30%} height loss; {v:T12-L1} alignment preserved.",
    ),
    "MRI": (
        "Scattered {q:T2 FLAIR} hyperintensities, {s:Fazekas grade 2}; no restricted diffusion on {q:DWI}.",
        "Dilated {e:Virchow-Robin spaces} in the basal ganglia; the {e:Sylvian fissures} are symmetric.",
        "{e:Rathke cleft cyst} {m:6 mm}, hyperintense on {q:T1 pre-contrast}.",
        "Tonsillar ectopia {m:7 mm}, {e:Chiari I malformation}, with syrinx from {v:C4} to {v:C7}.",
        "Disc extrusion at {v:L4-L5} with {e:Modic type 1} endplate change; {s:Pfirrmann grade 4}.",
        "{e:Hill-Sachs lesion} and anterior labral tear ({e:Bankart lesion}); {q:STIR} marrow edema.",
        "Popliteal {e:Baker cyst} {m:3.8 x 1.2 cm}; {e:Hoffa fat pad} edema.",
        "Medial femoral condyle chondral loss, {s:Outerbridge grade 3}.",
        "Peripheral zone lesion, {s:PI-RADS 4}, {m:11 mm}, biopsy-proven {s:Gleason 7 (3+4)}.",
        "Enlarged ovaries with peripheral follicles; {s:O-RADS MRI 2}.",
        "Hepatic observation {m:1.9 cm}, {s:LI-RADS 4}, arterial phase hyperenhancement on {q:T1 post-contrast}.",
        "Susceptibility on {q:SWI} in the {a:left frontal lobe}; the {e:circle of Willis} is patent.",
        "Skeletal survey findings of {e:Hunter syndrome} (dysostosis multiplex) noted on prior; dens hypoplasia.",
    ),
    "US": (
        "Gallbladder wall {m:4 mm}; no pericholecystic fluid; fluid in {e:Morison pouch}.",
        "Thyroid nodule {m:1.6 x 1.0 x 0.9 cm}, {s:TI-RADS 4}; background suggests {e:Hashimoto thyroiditis}.",
        "Simple {e:Bartholin cyst} {m:2.1 cm}; multiple {e:Nabothian cysts}.",
        "Adnexal lesion {m:4.2 cm}, {s:O-RADS US 3}.",
        "Cervical length {m:3.2 cm}; {s:Bishop score 4} recorded by the obstetric team.",
        "Common bile duct {m:5 mm}; {e:Riedel lobe} extends below the {a:right kidney}.",
        "Testicular microlithiasis; no varicocele. {e:Peyronie} plaque {m:8 mm} on the dorsal shaft.",
        "Irregular hypoechoic mass at 10 o'clock, {m:1.3 cm}, {s:BI-RADS 4B}.",
    ),
    "XR": (
        "Distal radius fracture, {s:Salter-Harris II}, {m:3 mm} dorsal displacement.",
        "Fifth metatarsal base fracture ({e:Jones fracture}); {e:Lisfranc} joint congruent.",
        "{e:Kerley B lines} and small effusions; cardiothoracic ratio {m:0.58}.",
        "Knee osteoarthritis, {s:Kellgren-Lawrence grade 3}; {e:Segond fracture} not seen.",
        "Bone age {m:11 years 6 months}; {s:Tanner stage 3} per clinic note.",
        "Diagonal earlobe crease ({e:Frank sign}) noted on the lateral skull view.",
        "{e:Wormian bones} along the lambdoid suture; {e:Monteggia fracture} excluded.",
        "Intertrochanteric fracture, {s:Garden III} of the left femoral neck; {e:Shenton line} disrupted.",
        "Mild anterolisthesis of {v:L5} on {v:S1}; {e:Scheuermann} endplate irregularity from {v:T7} to {v:T10}.",
        "{e:Schmorl node} at {v:L2}; disc space narrowing at {v:C5-C6} and {v:C6-C7}.",
        "Ankle fracture, {s:Weber B}, with {e:Tillaux} fragment {m:5 mm}.",
    ),
    "MG": (
        "Heterogeneously dense breasts (category C). Grouped amorphous calcifications over {m:8 mm}, {s:BI-RADS 4A}.",
        "Focal asymmetry in the {a:left upper outer quadrant}, {s:BI-RADS 0}; additional views and US recommended.",
        "Stable benign-appearing calcifications since {y:2021}; {s:BI-RADS 2}.",
        "Spiculated mass {m:1.1 cm} at 2 o'clock, {m:6 cm} from the nipple, {s:BI-RADS 5}.",
    ),
}
IMPRESSIONS = (
    "No acute findings.", "Findings as above; recommend follow-up per {s:Fleischner} guidance.",
    "Recommend tissue sampling.", "Clinical correlation; consider {o:MRI} for problem solving.",
    "Stable compared with {y:2024}.", "Recommend short-interval follow-up {o:US} in {m:6 months}.",
)


def expand(short: str) -> str:
    """Turn ``{e:...}`` shorthand into keep marks."""
    return _SHORT.sub(lambda m: K(LABELS[m.group(1)], m.group(2)), short)


def findings(rng: random.Random, modality: str, n: int = 2) -> list[str]:
    """``n`` distinct marked finding sentences for ``modality``."""
    pool = FINDINGS.get(modality, FINDINGS["CT"])
    return [expand(s) for s in rng.sample(pool, min(n, len(pool)))]


def impression(rng: random.Random) -> str:
    return expand(rng.choice(IMPRESSIONS))


def hdr(word: str) -> str:
    """A section header keep-span (the colon, if any, is written outside)."""
    return K("section_header", word)


def mod(word: str) -> str:
    return K("modality", word)


def cred(word: str) -> str:
    return K("credential", word)
