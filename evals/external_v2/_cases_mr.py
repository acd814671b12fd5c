"""MR cases of the blind set."""
from _spec import C, I, N

CASES = [
    C("mr", "mr-brain-infarct", "Sudden right arm weakness, resolved partially. Rule out infarct.",
      """DWI: 2.1 x 1.4 cm focus of restricted diffusion in the left corona radiata with low ADC values.
      FLAIR: mild periventricular and deep white matter hyperintensities. SWI: no hemorrhage.
      Vessels: normal flow voids. Incidental 8 mm developmental venous anomaly in the right frontal lobe.""",
      [I("acute infarct in the {side} corona radiata measuring {size}|{size} acute {side} corona radiata infarct",
         side="left", size="21x14", unit="cm", flip="no acute infarct"),
       I("{grade} chronic microangiopathic white matter changes|{grade} chronic small vessel disease of the white "
         "matter", grade="sev:mild", flip="no white matter disease"),
       N("no hemorrhagic transformation|no hemorrhage", flip="petechial hemorrhagic transformation"),
       I("incidental {size} {side} frontal developmental venous anomaly|{side} frontal developmental venous "
         "anomaly ({size}), incidental", side="right", size="8")],
      [("enhancing left cerebellopontine angle mass", "cerebellopontine"),
       ("small right frontal subdural hygroma", "hygroma")]),
    C("mr", "mr-lspine-extrusion", "LBP radiating down L leg x 6 wks.",
      """L4-5: broad-based bulge with superimposed left paracentral extrusion migrating 6 mm caudally, compressing
      the traversing left L5 nerve root. Moderate central canal stenosis.
      L5-S1: mild bilateral facet arthropathy. No stenosis. Conus normal, terminates at L1.""",
      [I("L4-5 {side} paracentral extrusion with {size} caudal migration, compressing the traversing {side} L5 root"
         "|{side} paracentral L4-5 extrusion migrating {size} caudally, impinging on the {side} L5 nerve root",
         side="left", size="6", flip="no L4-5 disc extrusion"),
       I("{grade} central canal stenosis at L4-5|{grade} L4-5 spinal canal stenosis", grade="sev:moderate",
         flip="no central canal stenosis at L4-5"),
       I("{grade} bilateral L5-S1 facet arthropathy without stenosis|L5-S1: {grade} bilateral facet arthropathy, "
         "no stenosis", grade="sev:mild")],
      [("right foraminal protrusion at L3-4", "L3-4"), ("Schmorl node at T12", "schmorl")], style="numbered"),
    C("mr", "mr-knee-acl", "Twisting injury playing football, knee giving way.",
      """ACL: complete tear, no intact fibers. PCL intact. Medial meniscus: complex tear of the posterior horn.
      Lateral meniscus intact. MCL: mild periligamentous edema, fibers intact (sprain). Bone marrow: contusions of
      the lateral femoral condyle and posterolateral tibial plateau. Moderate joint effusion. Popliteal cyst
      3.2 x 1.1 cm.""",
      [I("complete tear of the anterior cruciate ligament|complete ACL tear", flip="intact anterior cruciate ligament"),
       I("complex tear of the posterior horn of the medial meniscus|medial meniscus posterior horn complex tear",
         flip="no medial meniscal tear"),
       I("bone contusions of the lateral femoral condyle and posterolateral tibial plateau|lateral femoral condyle "
         "and posterolateral tibial plateau bone bruises", flip="no bone marrow edema"),
       I("{grade} sprain of the medial collateral ligament|{grade} MCL sprain", grade="sev:mild"),
       I("{grade} joint effusion|{grade} knee joint effusion", grade="vol:moderate", flip="no joint effusion"),
       I("{size} popliteal cyst|popliteal (Baker) cyst measuring {size}", size="32x11", unit="cm")],
      [("osteochondral defect of the medial femoral condyle", "osteochondral"), ("patellar tendinopathy", "patellar")]),
    C("mr", "mr-prostate", "PSA 9.4, rising. Biopsy naive.",
      """Prostate volume 52 mL. A 12 x 9 mm lesion in the left posterolateral peripheral zone at the mid gland,
      markedly hypointense on ADC, focal on DWI, with early enhancement (PI-RADS 5). The lesion abuts the capsule
      without extraprostatic extension. Seminal vesicles preserved. No pelvic lymphadenopathy. Mild benign
      prostatic hyperplasia changes of the transition zone.""",
      [I("PI-RADS 5 lesion in the {side} posterolateral peripheral zone, mid gland, {size}; targeted biopsy "
         "recommended|{size} PI-RADS 5 lesion of the {side} mid-gland posterolateral peripheral zone, targeted "
         "biopsy recommended", side="left", size="12x9", flip="no clinically significant lesion (PI-RADS 2)"),
       N("no extraprostatic extension|no evidence of extraprostatic extension", flip="extraprostatic extension"),
       N("no pelvic lymphadenopathy|no enlarged pelvic lymph nodes", flip="pelvic lymphadenopathy"),
       I("{grade} benign prostatic hyperplasia|{grade} BPH changes of the transition zone", grade="sev:mild")],
      [("sclerotic lesion in the right iliac bone", "iliac"), ("right seminal vesicle invasion", "invasion")]),
    C("mr", "mr-pituitary", "Galactorrhea, prolactin 85.",
      """Dynamic post-contrast images show a 6 mm hypoenhancing lesion in the left aspect of the pituitary gland.
      Optic chiasm not compressed. Infundibulum midline. Cavernous sinuses normal. Mild mucosal thickening in the
      right maxillary sinus.""",
      [I("{size} {side} pituitary microadenoma|{side}-sided pituitary microadenoma measuring {size}", side="left",
         size="6", flip="no pituitary adenoma"),
       N("no mass effect on the optic chiasm|optic chiasm not compressed", flip="compression of the optic chiasm"),
       N("no cavernous sinus invasion|cavernous sinuses are not invaded", flip="invasion of the cavernous sinus"),
       I("{grade} {side} maxillary sinus mucosal thickening|{grade} mucosal thickening of the {side} maxillary sinus",
         side="right", grade="sev:mild")],
      [("Rathke cleft cyst", "rathke"), ("partially empty sella", "empty sella")]),
    C("mr", "mr-shoulder-rc", "pain and weakness abduction after fall",
      """Full-thickness tear of supraspinatus tendon anterior part, retraction 15 mm. Mild fatty atrophy of
      supraspinatus muscle. Long head of biceps tendon is in place in the groove. Moderate acromioclavicular joint
      arthrosis. Small amount of fluid in subacromial-subdeltoid bursa.""",
      [I("full-thickness tear of supraspinatus tendon with retraction {size}|full thickness supraspinatus tear, "
         "retracted {size}", size="15", flip="no full-thickness rotator cuff tear"),
       I("{grade} fatty atrophy of supraspinatus muscle|{grade} supraspinatus muscle fatty atrophy", grade="sev:mild"),
       I("{grade} acromioclavicular joint arthrosis|{grade} AC joint osteoarthritis", grade="sev:moderate"),
       I("{grade} fluid in subacromial-subdeltoid bursa|{grade} subacromial-subdeltoid bursal effusion",
         grade="vol:small", flip="no bursal fluid"),
       N("biceps tendon in normal position|long head of biceps tendon located normally",
         flip="medial dislocation of the long head of biceps tendon")],
      [("SLAP tear of the superior labrum", "labrum"), ("Hill-Sachs lesion", "hill-sachs")]),
    C("mr", "mr-brain-ms", "Optic neuritis episode; evaluate for demyelination.",
      """Multiple T2/FLAIR hyperintense lesions in periventricular, juxtacortical and infratentorial locations, the
      largest 9 mm in the right centrum semiovale. One 7 mm enhancing lesion in the left periventricular white
      matter. No restricted diffusion. Mild generalized parenchymal volume loss.""",
      [I("multiple periventricular, juxtacortical and infratentorial lesions, largest {size} in the {side} centrum "
         "semiovale, fulfilling dissemination in space|lesions in periventricular, juxtacortical and infratentorial "
         "regions (largest {size}, {side} centrum semiovale), meeting dissemination in space", side="right",
         size="9", flip="no demyelinating lesions"),
       I("one {size} enhancing lesion in the {side} periventricular white matter, indicating active demyelination"
         "|active demyelination: single enhancing {size} {side} periventricular lesion", side="left", size="7",
         flip="no enhancing lesions"),
       I("{grade} generalized volume loss|{grade} global parenchymal volume loss", grade="sev:mild")],
      [("left optic nerve enhancement", "optic nerve"), ("Chiari I malformation", "chiari")]),
    C("mr", "mr-liver-incidental", "Indeterminate liver lesion on ultrasound.",
      """Segment 4a: 2.3 cm T2 hyperintense lesion with peripheral nodular discontinuous enhancement and progressive
      centripetal fill-in. Segment 7: 9 mm T2 bright non-enhancing cyst. Moderate hepatic steatosis (fat fraction
      18%). Right adrenal: 11 mm nodule with signal drop on opposed-phase imaging. Spleen and pancreas
      unremarkable.""",
      [I("{size} segment 4a hemangioma|typical hemangioma in segment 4a measuring {size}", size="23", unit="cm",
         flip="no hemangioma"),
       I("{size} simple hepatic cyst in segment 7|segment 7 simple cyst ({size})", size="9"),
       I("{grade} hepatic steatosis (fat fraction 18%)|{grade} steatosis, fat fraction 18%", grade="sev:moderate",
         flip="no hepatic steatosis"),
       I("{size} lipid-rich {side} adrenal adenoma; no follow-up needed|{side} adrenal adenoma, {size}, lipid rich, "
         "requires no follow-up", side="right", size="11")],
      [("dilated intrahepatic bile ducts", "bile duct"), ("solid left renal mass", "renal mass")],
      style="numbered"),
    C("mr", "mr-breast-staging", "Newly diagnosed invasive ductal carcinoma, left breast, staging.",
      """Left breast 12 o'clock: 1.6 x 1.1 cm irregular spiculated enhancing mass with washout kinetics, corresponding
      to the biopsy-proven carcinoma (clip in place). Moderate background parenchymal enhancement.
      Right breast: no suspicious enhancement. Left axilla: one lymph node with 5 mm eccentric cortical
      thickening.""",
      [I("{size} biopsy-proven malignancy in the {side} breast at 12 o'clock (BI-RADS 6)|known {side} breast "
         "carcinoma at 12 o'clock, {size}, BI-RADS 6", side="left", size="16x11", unit="cm"),
       I("{grade} background parenchymal enhancement|background parenchymal enhancement is {grade}",
         grade="sev:moderate"),
       N("no suspicious findings in the right breast|right breast negative", flip="suspicious mass in the right breast"),
       I("{side} axillary node with {size} cortical thickening; ultrasound-guided sampling suggested|{size} eccentric "
         "cortical thickening of a {side} axillary lymph node, recommend ultrasound-guided biopsy", side="left",
         size="5", flip="no suspicious axillary lymph nodes")],
      [("non-mass enhancement in the right breast", "non-mass"), ("enlarged internal mammary lymph node",
                                                                  "internal mammary")]),
    C("mr", "mr-cspine-foraminal", "Neck pain with left arm paresthesia.",
      """C5-6: left foraminal disc osteophyte complex with severe left neural foraminal narrowing. Mild central
      canal stenosis, AP diameter 9 mm, without cord compression. C6-7: moderate right neural foraminal narrowing.
      Cord signal normal.""",
      [I("{grade} {side} neural foraminal narrowing at C5-6|C5-6 {side} foraminal stenosis, {grade}", side="left",
         grade="sev:severe", flip="no significant foraminal narrowing at C5-6"),
       I("{grade} central canal stenosis at C5-6 (AP diameter {size}) without cord compression|C5-6 {grade} "
         "canal stenosis, AP {size}, no cord compression", grade="sev:mild", size="9"),
       I("{grade} {side} neural foraminal narrowing at C6-7|C6-7 {side} foraminal stenosis, {grade}", side="right",
         grade="sev:moderate"),
       N("no abnormal cord signal|normal cord signal", flip="T2 hyperintense cord signal at C5-6")],
      [("right C4-5 facet joint effusion", "C4-5"), ("prevertebral soft tissue swelling", "prevertebral")],
      style="numbered"),
    C("mr", "mr-peds-osteomyelitis", "7-year-old, limp and fever, CRP 96.",
      """Marrow edema and enhancement of the right proximal femoral metaphysis with a 1.8 x 0.9 cm rim-enhancing
      subperiosteal collection. Moderate right hip joint effusion. Left hip normal. Surrounding myositis.""",
      [I("acute osteomyelitis of the {side} proximal femoral metaphysis|{side} proximal femoral metaphyseal "
         "osteomyelitis", side="right", flip="no osteomyelitis"),
       I("{size} subperiosteal abscess|subperiosteal abscess measuring {size}", size="18x9", unit="cm",
         flip="no subperiosteal abscess"),
       I("{grade} {side} hip joint effusion; septic arthritis cannot be excluded|{grade} effusion of the {side} hip, "
         "septic arthritis not excluded", side="right", grade="vol:moderate"),
       N("normal left hip|left hip unremarkable", flip="left hip effusion")],
      [("avascular necrosis of the left femoral head", "avascular"), ("slipped capital femoral epiphysis",
                                                                       "slipped")]),
    C("mr", "mr-iac-schwannoma", "Asymmetric R sensorineural hearing loss.",
      """Enhancing 7 x 5 mm intracanalicular lesion in the right internal auditory canal. No extension into the
      cerebellopontine angle. Left internal auditory canal normal. Mild scattered white matter hyperintensities.""",
      [I("{size} {side} intracanalicular vestibular schwannoma|{side} intracanalicular vestibular schwannoma, {size}",
         side="right", size="7x5", flip="no enhancing lesion in the {side} internal auditory canal"),
       N("no cerebellopontine angle extension|no extension into the cerebellopontine angle",
         flip="extension into the cerebellopontine angle"),
       N("normal left internal auditory canal|left IAC normal", flip="enhancing lesion in the left internal auditory "
                                                                      "canal"),
       I("{grade} nonspecific white matter hyperintensities|{grade} scattered nonspecific white matter changes",
         grade="sev:mild")],
      [("left petrous apex cephalocele", "petrous"), ("tentorial meningioma", "meningioma")]),
    C("mr", "mr-glioma-fu", "Glioblastoma after resection and chemoradiation; surveillance.",
      """Enhancing component along the left temporal resection cavity measures 2.6 x 1.9 cm, previously 1.7 x 1.2 cm.
      Surrounding FLAIR signal moderately increased. New 6 mm enhancing focus in the left thalamus. Mild mass
      effect on the left lateral ventricle, unchanged.""",
      [I("enlarging enhancement at the {side} temporal resection cavity, now {size} (previously {prior}), "
         "concerning for tumor progression|{side} temporal resection cavity enhancement increased to {size} from "
         "{prior}, concerning for progression", side="left", size="26x19", prior="17x12", unit="cm",
         flip="no enhancement at the {side} temporal resection cavity"),
       I("{gradely} increased surrounding FLAIR signal|surrounding FLAIR hyperintensity, {gradely} increased",
         grade="sev:moderate"),
       I("new {size} enhancing focus in the {side} thalamus|{size} new enhancing lesion, {side} thalamus",
         side="left", size="6", flip="no new enhancing lesion"),
       I("unchanged {grade} mass effect on the {side} lateral ventricle|{grade} mass effect on the {side} lateral "
         "ventricle, stable", side="left", grade="sev:mild")],
      [("leptomeningeal enhancement along the brainstem", "leptomeningeal"), ("new right frontal lesion", "frontal")],
      comparison="MRI brain with contrast 3 months earlier."),
    C("mr", "mr-liver-tace-fu", "HCC s/p TACE segment 8, follow-up.",
      """Segment 8 (right lobe) treated observation measures 3.0 cm (previously 3.4 cm) without arterial phase hyperenhancement or
      washout. New 1.5 cm arterially enhancing observation with washout in segment 2 of the left lobe, LR-5. Small
      ascites, increased. Portal veins patent.""",
      [I("treated segment 8 observation ({side} lobe) decreased to {size} from {prior}, nonviable (LR-TR nonviable)"
         "|nonviable treated observation in segment 8 of the {side} lobe, now {size} (was {prior})",
         side="right", size="30", prior="34", unit="cm", flip="viable tumor in the treated segment 8 observation"),
       I("new {size} LR-5 observation in segment 2 of the {side} lobe|{size} new segment 2 ({side} lobe) LR-5 "
         "observation", side="left", size="15", unit="cm", flip="no new observation"),
       I("increased {grade} ascites|{grade} ascites, increased", grade="vol:small"),
       N("patent portal veins|no portal vein tumor thrombus", flip="portal vein tumor thrombus")],
      [("new observation in segment 6", "segment 6"), ("new right pleural effusion", "pleural")],
      comparison="MRI liver 3 months earlier (post-TACE baseline)."),
]
