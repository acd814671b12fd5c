"""MR cases, musculoskeletal, abdomen/pelvis and breast (hand-written, synthetic)."""

from _b5_spec import case

CASES = [
    case("mr", 29, "msk", fmt="numbered", ind="Twisting injury [right] knee playing soccer, locking.", findings="""
        MENISCI: Bucket-handle tear of the medial meniscus with a displaced fragment in the intercondylar notch.
        Lateral meniscus intact.
        LIGAMENTS: Complete tear of the ACL at its femoral attachment. PCL intact. {Grade 2} sprain of the MCL.
        LCL complex intact.
        CARTILAGE: Preserved.
        BONE: Bone contusions of the lateral femoral condyle and posterolateral tibial plateau.
        OTHER: {Moderate} joint effusion. Popliteal (Baker) cyst <3.1 x 1.2 cm>.""",
         imp="""
        + Complete ACL tear with pivot-shift bone contusions.
        | Torn anterior cruciate ligament (complete), with the typical pivot-shift bone bruise pattern.
        | ACL: complete rupture; bone bruises at the lateral femoral condyle and posterolateral tibia.
        + Bucket-handle tear of the medial meniscus, fragment displaced into the notch.
        | Displaced bucket-handle medial meniscal tear (fragment in intercondylar notch).
        + {Grade 2} MCL sprain. | MCL sprain, {grade II}. | Medial collateral ligament: {grade 2} injury.
        + {Moderate} effusion and <3.1 x 1.2 cm> Baker cyst.
        | {Moderate} joint fluid; popliteal cyst measuring <3.1 x 1.2 cm>.
        | Baker's cyst (<31 x 12 mm>) and {moderate} knee effusion.
        * Patellar tendinosis. @ patellar
        * Osteochondral defect of the medial femoral condyle. @ osteochondral
        """),
    case("mr", 30, "msk", ind="[R] shoulder pain, weak abduction, 61 yo.", findings="""
        Full-thickness tear of the supraspinatus tendon at the footprint, <1.2 cm> AP x <1.5 cm> retraction.
        No muscle atrophy (Goutallier 1). Infraspinatus and subscapularis intact. Biceps long head in the groove,
        {mild} tendinosis. {Moderate} AC joint arthrosis with inferior osteophytes. Fluid in the subacromial
        bursa. Labrum grossly intact.""",
         imp="""
        + {Full-thickness} supraspinatus tear, <1.2 cm> AP with <1.5 cm> retraction, no muscle atrophy.
        | Supraspinatus: {full-thickness} tear (<1.2 cm> wide, retracted <1.5 cm>); no atrophy.
        | {Full-thickness} tear of the supraspinatus tendon measuring <12 mm> in AP width and retracted <15 mm>;
          muscle bulk preserved.
        + {Moderate} AC joint arthrosis. | {Moderate} acromioclavicular osteoarthritis.
        | AC joint degenerative change, {moderate}.
        + {Mild} biceps tendinosis. | {Mild} tendinopathy of the long head of biceps.
        * Hill-Sachs lesion. @ hill-sachs
        * Paralabral cyst in the spinoglenoid notch. @ paralabral
        """),
    case("mr", 31, "msk", ind="Runner, [left] groin pain with weight bearing x 4 wks.", findings="""
        Linear T1 hypointense line along the inferomedial (compression side) [left] femoral neck extending <8 mm>
        into the bone, with surrounding marrow edema. No cortical break laterally. [Right] hip normal. No joint
        effusion. Labrum normal. Muscles and tendons intact.""",
         imp="""
        + Compression-side stress fracture of the [left] femoral neck, fracture line <8 mm>.
        | [L] femoral neck stress fx at the inferomedial cortex, line extends <8 mm>, with marrow edema.
        | Stress fracture on the compression side of the [left] femoral neck (<0.8 cm> fracture line).
        - No tension-side (lateral) cortical involvement. | Lateral cortex intact.
        ! Lateral cortical break on the tension side.
        = Recommend non-weight bearing and orthopedic follow-up.
        | Non-weightbearing and ortho f/u advised.
        * Avascular necrosis of the femoral head. @ avascular, necrosis
        * Iliopsoas bursitis. @ iliopsoas
        """),
    case("mr", 32, "msk", ind="Inversion injury [left] ankle 10 days ago, ongoing instability.", comp="None.",
         findings="""
        ATFL: thickened and discontinuous fibers, {high-grade} partial tear. CFL: {low-grade} sprain.
        Deltoid ligament intact. Peroneal tendons: {mild} tenosynovitis, no split tear. Achilles normal.
        {Small} tibiotalar joint effusion. No osteochondral lesion of the talar dome. No fracture.""",
         imp="""
        + {High-grade} partial ATFL tear and {low-grade} CFL sprain.
        | Anterior talofibular ligament {high-grade} partial-thickness tear; calcaneofibular ligament {low-grade}
          sprain.
        | ATFL: {high-grade} partial tear. CFL: {low-grade} sprain.
        + {Mild} peroneal tenosynovitis without split tear.
        | Peroneal tendons: {mild} tenosynovitis, no split.
        - No osteochondral lesion or fracture. | No fracture; talar dome OCL absent.
        ! Osteochondral lesion of the medial talar dome.
        * Os trigonum syndrome. @ trigonum
        * Sinus tarsi edema. @ sinus tarsi
        """),
    case("mr", 33, "abdomen", fmt="numbered", ind="Indeterminate liver lesion on US.", findings="""
        Segment 6: <2.4 x 2.1 cm> T2 hyperintense lesion with peripheral nodular discontinuous enhancement and
        centripetal fill-in on delayed phases, no restricted diffusion. Several simple hepatic cysts,
        largest <1.1 cm> in segment 2. Liver otherwise normal signal, no steatosis. Spleen, pancreas normal.""",
         imp="""
        + <2.4 x 2.1 cm> segment 6 hemangioma.
        | Hepatic hemangioma in segment 6 measuring <2.4 x 2.1 cm>.
        | Typical segment 6 liver hemangioma (<24 x 21 mm>), benign.
        + Simple hepatic cysts, largest <1.1 cm>. | Benign liver cysts, up to <11 mm>.
        = No follow-up imaging needed. | No further imaging required for these benign lesions.
        * Focal nodular hyperplasia in segment 8. @ nodular hyperplasia, segment 8
        * Gallbladder adenomyomatosis. @ adenomyomatosis
        """),
    case("mr", 34, "breast oncologic", ind="High-risk screening, BRCA1 carrier, age 38.", findings="""
        Breast composition: scattered fibroglandular tissue, {moderate} background parenchymal enhancement.
        [Left] breast 2 o'clock, middle depth: <1.4 x 1.1 cm> irregular enhancing mass with washout kinetics.
        [Right] breast: no suspicious enhancement. Axillae: no abnormal lymph nodes.""",
         imp="""
        + [Left] breast 2 o'clock <1.4 x 1.1 cm> irregular mass with washout, suspicious.
        | Suspicious irregular enhancing mass, [L] breast 2:00, <1.4 x 1.1 cm>, type III curve.
        | An irregular <14 x 11 mm> mass with washout at 2 o'clock in the [left] breast is suspicious for malignancy.
        - No suspicious findings in the [right] breast. No axillary adenopathy.
        | [Right] breast negative; axillary nodes normal.
        ! [Right] breast non-mass enhancement, suspicious; axillary nodes normal.
        = BI-RADS 4: MR-guided biopsy recommended. | BI-RADS 4, recommend MRI-guided biopsy.
        * Internal mammary lymph node. @ internal mammary
        * Skin thickening of the [left] breast. @ skin thickening
        """),
    case("mr", 35, "abdomen oncologic", ind="PSA 8.4, negative DRE.", findings="""
        Prostate volume 48 mL. [Left] posterolateral peripheral zone at the mid gland: <1.1 cm> lesion, markedly
        hypointense on ADC, focal early enhancement, PI-RADS 4. No extraprostatic extension. Seminal vesicles
        normal. No pelvic lymphadenopathy. {Mild} BPH changes in the transition zone.""",
         imp="""
        + PI-RADS 4 <1.1 cm> lesion in the [left] posterolateral peripheral zone, mid gland.
        | [Left] mid-gland peripheral zone lesion (<1.1 cm>), PI-RADS 4.
        | Likely clinically significant cancer: PI-RADS 4 focus in the [L] PZ, posterolateral mid gland, <11 mm>.
        - No extraprostatic extension or adenopathy. | No EPE; no pelvic lymph nodes.
        ! Focal extraprostatic extension at the [left] posterolateral margin.
        + {Mild} BPH. | {Mild} benign prostatic hyperplasia.
        * Seminal vesicle invasion. @ invasion
        * Sclerotic bone metastasis in the pelvis. @ sclerotic, bone metast
        """),
    case("mr", 36, "oncologic abdomen", prior=True, ind="Rectal adenocarcinoma, restaging after neoadjuvant therapy.",
         comp="Baseline pelvic MRI 3 months earlier.", findings="""
        Mid rectal tumor, 7 cm from the anal verge, decreased to <2.1 cm> in length from <^4.5 cm>, with
        predominant low T2 signal (fibrosis), mrTRG 2. Mesorectal fascia clear by <5 mm>. Previously seen
        mesorectal node (<^9 mm>) now <4 mm>. No extramural venous invasion. No new adenopathy.""",
         imp="""
        + Good response of mid rectal tumor: <2.1 cm> length (was <^4.5 cm>), mostly fibrosis, mrTRG 2.
        | Mid rectal cancer decreased to <21 mm> from <^4.5 cm>, largely fibrotic (mrTRG 2).
        + Mesorectal node decreased, <4 mm> from <^9 mm>. | Shrunken mesorectal node, <4 mm> (previously <^9 mm>).
        - Clear mesorectal fascia; no EMVI. | No EMVI, CRM clear.
        ! Extramural venous invasion present.
        * Anal sphincter involvement. @ sphincter
        * Liver metastasis. @ liver
        """),
    case("mr", 37, "msk pediatric", ind="13 yo with [right] knee pain after sports, intermittent swelling.",
         findings="""
        Osteochondritis dissecans lesion of the lateral aspect of the medial femoral condyle, <1.6 x 1.0 cm>.
        T2 hyperintense rim with a cyst beneath the fragment, concerning for instability. Overlying cartilage
        intact. {Small} joint effusion. Physes open. Menisci and ligaments intact.""",
         imp="""
        + <1.6 x 1.0 cm> OCD lesion of the medial femoral condyle with features of instability.
        | Osteochondritis dissecans, medial femoral condyle (<1.6 x 1.0 cm>), likely unstable: T2 bright rim and
          subjacent cyst.
        | Unstable-appearing OCD of the MFC, <16 x 10 mm>.
        + {Small} joint effusion. | {Small} knee effusion.
        - Menisci and ligaments intact. | Intact menisci and ligaments.
        ! Tear of the posterior horn of the medial meniscus.
        * Loose body in the suprapatellar recess. @ loose body
        * Discoid lateral meniscus. @ discoid
        """),
]
