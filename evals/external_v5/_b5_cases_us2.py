"""Ultrasound cases: pelvis, thyroid, breast, vessels, pediatric (hand-written, synthetic)."""

from _b5_spec import case

CASES = [
    case("us", 60, "abdomen", ind="Acute [R] pelvic pain, 24 yo, hCG negative.", findings="""
        Uterus normal size, endometrium <7 mm>. [Right] ovary contains a <3.8 x 3.2 cm> cyst with lacy reticular
        internal echoes and no internal vascularity, typical of hemorrhagic cyst. Arterial and venous flow present
        in the [right] ovary. [Left] ovary normal. {Small} free fluid in the cul-de-sac.""",
         imp="""
        + <3.8 x 3.2 cm> hemorrhagic cyst of the [right] ovary.
        | [R] ovarian hemorrhagic cyst measuring <3.8 x 3.2 cm>.
        | The [right] ovary has a <38 x 32 mm> cyst with a lacy internal pattern, typical of a hemorrhagic cyst.
        - No sonographic evidence of [right] ovarian torsion; normal arterial and venous flow.
        | [Right] ovarian arterial and venous flow present, no torsion.
        ! Absent venous flow in the [right] ovary, suspicious for torsion.
        + {Small} free fluid. | {Small} amount of pelvic free fluid.
        = Follow-up pelvic US in 6-12 weeks to confirm resolution.
        | Recommend repeat US in 6-12 wks to document resolution.
        * Endometrioma of the [left] ovary. @ endometrioma
        * Hydrosalpinx. @ hydrosalpinx
        """),
    case("us", 61, "oncologic", prior=True, ind="Thyroid nodule surveillance.", comp="Thyroid US 1 year earlier.",
         findings="""
        [Left] lobe mid nodule: solid, hypoechoic, wider-than-tall, smooth margins, no echogenic foci (TI-RADS 4),
        now <1.6 x 1.2 x 1.1 cm>, previously <^1.1 x 0.9 x 0.8 cm>. [Right] lobe: <4 mm> spongiform nodule.
        No abnormal cervical lymph nodes.""",
         imp="""
        + Growing TI-RADS 4 [left] thyroid nodule, now <1.6 x 1.2 x 1.1 cm> (was <^1.1 x 0.9 x 0.8 cm>).
        | [L] lobe TR4 nodule has enlarged to <1.6 x 1.2 x 1.1 cm> from <^1.1 x 0.9 x 0.8 cm>.
        | TI-RADS 4 nodule in the [left] lobe: <16 x 12 x 11 mm>, up from <^1.1 x 0.9 x 0.8 cm>.
        - No suspicious cervical lymph nodes. | Cervical nodes normal.
        ! Suspicious [left] level IV lymph node.
        = FNA recommended. | Recommend fine-needle aspiration.
        * Parathyroid adenoma. @ parathyroid
        * Microcalcifications in the nodule. @ microcalcification
        """),
    case("us", 62, "breast oncologic", fmt="numbered", ind="Palpable lump [R] breast, 52 yo.", findings="""
        Targeted US [right] breast 10 o'clock, 4 cm from the nipple: irregular hypoechoic mass with angular margins
        and posterior shadowing, <1.1 x 0.9 x 0.8 cm>, corresponding to the palpable finding. Internal vascularity.
        [Right] axilla: normal lymph nodes with fatty hila.""",
         imp="""
        + <1.1 x 0.9 x 0.8 cm> irregular shadowing mass at [right] breast 10 o'clock, 4 cm FN, corresponds to
          the palpable lump.
        | Palpable [R] breast mass, 10:00, 4 cm from nipple: irregular, angular, shadowing, <1.1 x 0.9 x 0.8 cm>.
        | The lump in the [right] breast (10 o'clock, 4 cm from the nipple) is an irregular hypoechoic mass with
          shadowing, <11 x 9 x 8 mm>.
        - Normal [right] axillary nodes. | [Right] axilla negative.
        ! Abnormal [right] axillary lymph node with cortical thickening.
        = BI-RADS 4C: US-guided core biopsy recommended. | BI-RADS 4C; recommend ultrasound-guided biopsy.
        * Satellite lesion at 11 o'clock. @ satellite
        * Skin retraction. @ retraction
        """),
    case("us", 63, "breast", ind="Focal tenderness [left] breast 3 o'clock.", findings="""
        [Left] breast 3 o'clock, 6 cm from the nipple: anechoic oval circumscribed mass with posterior acoustic
        enhancement, <1.8 x 1.2 cm>, no internal echoes or flow, c/w simple cyst. No solid component.
        Two additional smaller simple cysts nearby, up to <5 mm>.""",
         imp="""
        + <1.8 x 1.2 cm> simple cyst at [left] 3 o'clock corresponds to the area of tenderness.
        | Simple cyst, [L] breast 3:00, <1.8 x 1.2 cm>, at the tender site.
        | The tender spot in the [left] breast (3 o'clock) is a benign simple cyst, <18 x 12 mm>.
        + Additional small simple cysts up to <5 mm>. | Two more small simple cysts, largest <5 mm>.
        = BI-RADS 2, benign. | Benign (BI-RADS 2).
        * Intraductal papilloma. @ papilloma
        * Dilated ducts in the retroareolar region. @ ducts
        """),
    case("us", 64, "msk vascular", ind="Swelling behind [L] knee, r/o DVT.", findings="""
        [Left] popliteal fossa: <4.2 x 1.9 x 2.5 cm> anechoic collection between the medial gastrocnemius head
        and the semimembranosus tendon, with a neck to the joint, c/w popliteal (Baker) cyst. No rupture: no fluid
        tracking into the calf. [Left] femoral and popliteal veins fully compressible with normal flow.""",
         imp="""
        + <4.2 x 1.9 x 2.5 cm> [left] Baker cyst without rupture.
        | Intact popliteal cyst, [left], <4.2 x 1.9 x 2.5 cm>.
        | [L] Baker's cyst <42 x 19 x 25 mm>, no evidence of rupture.
        - No DVT in the [left] leg. | [Left] femoropopliteal veins patent, no DVT.
        | No [left] lower extremity deep venous thrombosis.
        ! Nonocclusive thrombus in the [left] popliteal vein.
        * Meniscal cyst. @ meniscal
        * Popliteal artery aneurysm. @ aneurysm
        """),
    case("us", 65, "vascular", ind="[Right] arm swelling, PICC in place.", findings="""
        [Right] upper extremity venous duplex. Occlusive thrombus in the [right] basilic and brachial veins
        surrounding the PICC. [Right] axillary and subclavian veins patent with normal respiratory phasicity.
        [Right] internal jugular vein compressible.""",
         imp="""
        + Occlusive PICC-associated DVT of the [right] brachial and basilic veins.
        | [R] brachial and basilic vein thrombosis around the PICC, occlusive.
        | Blood clot fully blocking the [right] brachial vein and basilic vein along the PICC line.
        - Patent [right] axillary and subclavian veins. | No thrombus in the [right] axillary or subclavian vein.
        ! Thrombus extending into the [right] subclavian vein.
        * Cephalic vein thrombophlebitis. @ cephalic
        * Fluid collection at the PICC insertion site. @ collection
        """),
    case("us", 66, "msk pediatric", ind="6 wk old breech delivery, [L] hip click.", findings="""
        [Left] hip: alpha angle 49 degrees, femoral head coverage 35%, subluxable with stress. Graf IIc.
        [Right] hip: alpha angle 63 degrees, coverage 55%, not subluxable, Graf I.""",
         imp="""
        + Developmental dysplasia of the [left] hip, Graf IIc (alpha 49 degrees, 35% coverage), unstable.
        | [L] hip DDH: Graf IIc, alpha angle 49 degrees, head coverage 35%, subluxable.
        | The [left] hip is dysplastic and unstable (Graf IIc; alpha 49 degrees; 35% coverage).
        - Normal [right] hip (Graf I). | [R] hip normal, Graf I.
        ! Dysplastic [right] hip.
        = Pediatric orthopedic referral. | Refer to pediatric orthopedics.
        * Hip joint effusion. @ effusion
        * Femoral head avascular necrosis. @ necrosis
        """),
    case("us", 67, "pediatric", ind="14 yo sudden [left] scrotal pain 4 hours.", findings="""
        [Left] testis enlarged and heterogeneous, horizontal lie, with absent intratesticular arterial and venous
        flow. Twisted spermatic cord (whirlpool sign) above the testis. {Small} [left] reactive hydrocele.
        [Right] testis normal size and echotexture with normal flow. Epididymides otherwise unremarkable.""",
         imp="""
        + [Left] testicular torsion: absent flow, whirlpool sign of the cord.
        | Torsion of the [L] testis (no flow, twisted cord).
        | The [left] testicle is twisted, with no blood flow and a whirlpool cord.
        + {Small} [left] hydrocele. | {Small} reactive hydrocele on the [left].
        - Normal [right] testis. | [Right] testicle normal with normal flow.
        ! [Right] testis with decreased flow.
        = Findings called to urology for emergent exploration. | Urology notified emergently.
        * Inguinal hernia. @ hernia
        * Varicocele. @ varicocele
        """),
]
