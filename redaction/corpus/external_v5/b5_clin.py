"""Clinical phrase tables with keep-spans in the short «label:value» form.

Rich in clinical words that look like names (Morison pouch, Hunter canal, pouch of Douglas, Bishop score,
circle of Willis) so a detector that redacts them is caught.
"""

from __future__ import annotations

import random

from b5_markup import expand_keeps

FINDINGS = {
    "CT": (
        "Small volume free fluid in «anatomy:Morison pouch» and the «anatomy:pouch of Douglas».",
        "Hypoattenuating lesion in «anatomy:Couinaud segment 7» measuring «measurement:1.4 x 1.1 cm», "
        "«measurement:9 Hounsfield units», consistent with a cyst.",
        "Left renal cyst with a thin enhancing septation, «score:Bosniak IIF», «measurement:2.6 cm».",
        "Fat-containing «eponym:Spigelian hernia» in the left lower quadrant, neck «measurement:1.8 cm».",
        "Enlarged left supraclavicular «eponym:Virchow node», «measurement:1.3 cm» short axis.",
        "Subcapsular hematoma along «anatomy:Glisson capsule», up to «measurement:11 mm» thick.",
        "Dense calcification at the «anatomy:ampulla of Vater»; the «anatomy:ligament of Treitz» is normal in "
        "position.",
        "Calculus impacted in the «anatomy:Hartmann pouch» with gallbladder wall thickening to «measurement:5 mm».",
        "Perinephric stranding tracks to «anatomy:Gerota fascia».",
        "Solid nodule in the right upper lobe, «measurement:7 mm»; «score:Lung-RADS 3».",
        "Compression deformity of «vertebral_level:L1» with «measurement:30%» height loss; «vertebral_level:T12-L1» "
        "alignment preserved.",
        "Interlobular septal thickening with «eponym:Kerley B lines» and small effusions.",
        "Wedge-shaped peripheral opacity suggesting a «eponym:Hampton hump».",
        "Aneurysmal dilatation of the «anatomy:sinus of Valsalva», «measurement:4.4 cm».",
    ),
    "MR": (
        "Scattered «sequence:T2 FLAIR» hyperintensities in the periventricular white matter.",
        "Focus of restricted diffusion on «sequence:DWI» with low «sequence:ADC» in the left «anatomy:insula».",
        "Tonsillar ectopia of «measurement:7 mm», «eponym:Chiari I malformation».",
        "«eponym:Schmorl node» at «vertebral_level:T11» and «eponym:Modic type 1» changes at «vertebral_level:L4-L5».",
        "Marrow edema on «sequence:STIR» in the «anatomy:Hunter canal» region of the distal thigh.",
        "Posterior disc protrusion at «vertebral_level:C5-C6» narrowing the left «anatomy:neural foramen».",
        "The «anatomy:circle of Willis» is patent on «sequence:TOF MRA»; the «anatomy:foramen of Monro» is not "
        "obstructed.",
        "Sacral «eponym:Tarlov cyst», «measurement:1.7 cm», on «sequence:T2 SPACE».",
        "Anteroinferior labral tear, «eponym:Bankart lesion», with a «eponym:Hill-Sachs lesion».",
        "«sequence:SWI» shows several microhemorrhages in the «anatomy:basal ganglia».",
        "Enhancing prostate lesion, «score:PI-RADS 4», «measurement:1.2 cm», on «sequence:T1 post-contrast».",
        "Interspinous bursitis at «vertebral_level:L3-L4», «eponym:Baastrup disease».",
    ),
    "US": (
        "Gallbladder with shadowing stones and a positive sonographic «eponym:Murphy sign».",
        "Solid hypoechoic thyroid nodule, «measurement:1.5 x 1.0 x 0.9 cm», «score:TI-RADS 4».",
        "«eponym:Baker cyst» in the right popliteal fossa, «measurement:3.1 cm».",
        "Complex left adnexal cyst, «score:O-RADS 3», with free fluid in the «anatomy:pouch of Douglas».",
        "Several «eponym:Nabothian cysts» in the cervix, the largest «measurement:6 mm».",
        "Dilated «anatomy:Wharton duct» with a «measurement:4 mm» echogenic calculus.",
        "Fluid in «anatomy:Morison pouch»; spleen «measurement:11.8 cm».",
        "Cervical length «measurement:3.4 cm»; «score:Bishop score 5» documented by obstetrics.",
    ),
    "XR": (
        "Distal radius fracture with dorsal angulation, «eponym:Colles fracture».",
        "Small avulsion at the lateral tibial plateau, «eponym:Segond fracture».",
        "Physeal fracture of the distal radius, «eponym:Salter-Harris II».",
        "Intra-articular base of first metacarpal fracture, «eponym:Bennett fracture».",
        "Widening of the first and second metatarsal bases suspicious for «eponym:Lisfranc injury».",
        "Peripheral oligemia, «eponym:Westermark sign», without consolidation.",
        "Bone age consistent with «score:Tanner stage 3» development.",
        "Mild scoliosis centered at «vertebral_level:T8», «measurement:14 degrees» Cobb angle.",
        "Proximal fibula fracture with ankle widening, «eponym:Maisonneuve fracture».",
        "«eponym:Kerley B lines» and cephalization; heart size upper normal.",
    ),
    "NEURO": (
        "Hyperdense left «anatomy:MCA» sign; occlusion of the «anatomy:M1 segment», «score:ASPECTS 8».",
        "No large-vessel occlusion; the «anatomy:circle of Willis» is complete.",
        "Right «anatomy:ICA» terminus occlusion with poor collaterals, «score:ASPECTS 6».",
        "Chronic lacune in the left «anatomy:internal capsule»; no hemorrhage.",
    ),
    "MG": (
        "Irregular mass in the «anatomy:upper outer quadrant» of the left breast, «measurement:9 mm».",
        "Grouped amorphous calcifications spanning «measurement:6 mm», «score:BI-RADS 4».",
        "Architectural distortion tethering «anatomy:Cooper ligaments».",
        "Benign-appearing intramammary lymph node; «score:BI-RADS 2».",
        "Stable postsurgical changes in the «anatomy:retroareolar region»; «score:BI-RADS 3» short-interval follow-up.",
    ),
}
HISTORY = (
    "«score:Gleason 7» prostate cancer treated in «year:2019».",
    "«eponym:Hodgkin lymphoma» in «year:2008», s/p mantle radiation.",
    "«eponym:Crohn disease» since «year:2011».",
    "«eponym:Graves disease» on methimazole.",
    "«eponym:Parkinson disease», frequent falls.",
    "Prior cholecystectomy in «year:2016».",
    "«eponym:Hashimoto thyroiditis».",
    "Right knee replacement in «year:2021».",
    "«eponym:Paget disease» of the pelvis.",
    "Type 2 diabetes, CKD stage 3.",
)
IMPRESSIONS = (
    "No acute abnormality.",
    "Findings as above; recommend follow-up in «measurement:3 months».",
    "Suspicious finding; tissue sampling recommended.",
    "Interval improvement compared with prior.",
    "Stable; no further imaging needed for this finding.",
)
MODALITY_WORD = {"CT": "CT", "MR": "MRI", "US": "US", "XR": "XR", "MG": "mammogram"}
EXAMS = {
    "CT": ("abdomen and pelvis with IV contrast", "chest without contrast", "head without contrast",
           "angiogram chest (PE protocol)", "cardiac calcium score"),
    "MR": ("brain with and without contrast", "lumbar spine without contrast", "prostate multiparametric",
           "left shoulder arthrogram", "cervical spine"),
    "US": ("right upper quadrant", "thyroid", "pelvis transvaginal", "venous duplex right lower extremity",
           "obstetric, second trimester"),
    "XR": ("wrist 3 views", "chest 2 views", "ankle 3 views", "bone age", "DXA hip and spine"),
    "NEURO": (
        "Hyperdense left «anatomy:MCA» sign; occlusion of the «anatomy:M1 segment», «score:ASPECTS 8».",
        "No large-vessel occlusion; the «anatomy:circle of Willis» is complete.",
        "Right «anatomy:ICA» terminus occlusion with poor collaterals, «score:ASPECTS 6».",
        "Chronic lacune in the left «anatomy:internal capsule»; no hemorrhage.",
    ),
    "MG": ("diagnostic mammogram left", "screening mammogram bilateral with tomosynthesis"),
}


def findings(rng: random.Random, mod: str, n: int) -> list[str]:
    """``n`` distinct finding sentences for the modality, as marked text."""
    pool = FINDINGS[mod]
    return [expand_keeps(s) for s in rng.sample(pool, min(n, len(pool)))]


def history(rng: random.Random) -> str:
    return expand_keeps(rng.choice(HISTORY))


def impression(rng: random.Random) -> str:
    return expand_keeps(rng.choice(IMPRESSIONS))


def exam(rng: random.Random, mod: str) -> str:
    """Exam title with the modality word as a keep-span, e.g. 'CT abdomen and pelvis with IV contrast'."""
    return expand_keeps(f"«modality:{MODALITY_WORD[mod]}» {rng.choice(EXAMS[mod])}")
