"""Hand-written MR cases of the v8 set (MSK, neuro, spine, body, breast, prostate, pediatric)."""

from _v8_model import NP, N, O, P, cases_of

CASES = cases_of(
    "mr",
    [
        {  # sports medicine knee
            "practice": "sports medicine MSK",
            "ind": "Twisting injury playing soccer, effusion and instability.",
            "comp": "None.",
            "find": (
                "Anterior cruciate ligament: complete tear of the midsubstance with anterior tibial translation. "
                "Posterior cruciate ligament intact. Medial meniscus: horizontal tear of the posterior horn "
                "extending to the inferior articular surface. Lateral meniscus intact. Bone marrow: contusions of "
                "the lateral femoral condyle and posterolateral tibial plateau. Collateral ligaments intact. "
                "Moderate joint effusion. Cartilage preserved."
            ),
            "imp": [
                NP(
                    "complete tear of the anterior cruciate ligament",
                    "complete midsubstance ACL tear",
                    "full-thickness anterior cruciate ligament rupture",
                    absent="anterior cruciate ligament tear",
                ),
                NP(
                    "bone contusions of the lateral femoral condyle and posterolateral tibial plateau",
                    "pivot-shift type bone bruising (lateral femoral condyle and posterolateral tibial plateau)",
                    absent="bone contusion",
                ),
                NP(
                    "horizontal tear of the posterior horn of the medial meniscus",
                    "medial meniscus posterior horn tear, horizontal, reaching the inferior surface",
                    absent="medial meniscal tear",
                ),
                NP("{sev} joint effusion", "{sev} knee effusion", sev="amount:moderate", absent="joint effusion"),
                N("lateral meniscal tear"),
            ],
            "fabs": [("baker", "small Baker cyst"), ("osteochondral", "osteochondral defect of the patella")],
        },
        {  # neuro-oncology with prior
            "practice": "academic neuro-oncology",
            "prior": True,
            "ind": "Glioblastoma, status post resection and chemoradiation. Surveillance.",
            "comp": "MRI brain 8 weeks ago.",
            "find": (
                "The enhancing mass along the resection cavity in the left temporal lobe measures 3.2 x 2.6 cm, "
                "previously 2.4 x 2.0 cm. Surrounding FLAIR hyperintensity has increased. New 8 mm enhancing "
                "focus in the left thalamus. Midline shift 4 mm to the right, previously none. No hydrocephalus. "
                "No hemorrhage."
            ),
            "imp": [
                P(
                    "Enlarging enhancing {side} temporal mass, {size} (previously {prior})",
                    "Increase of the enhancing {side} temporal lesion to {size} from {prior}",
                    "The {side} temporal enhancing mass now measures {size}, compared with {prior}",
                    side="left",
                    size=(32, 26),
                    prior=(24, 20),
                    absent="enhancing mass",
                ),
                P(
                    "New {size} enhancing focus in the {side} thalamus",
                    "{Side} thalamic enhancing lesion, {size}, new",
                    side="left",
                    size=(8,),
                    absent="thalamic lesion",
                ),
                P(
                    "New {size} midline shift",
                    "Midline shift of {size}, not present before",
                    size=(4,),
                    absent="midline shift",
                ),
                O(
                    "Findings favor tumor progression over treatment effect",
                    "Overall, progression is favored over pseudoprogression",
                ),
                N("hydrocephalus"),
                N("hemorrhage"),
            ],
            "fabs": [("infarct", "acute right frontal infarct"), ("leptomeningeal", "leptomeningeal enhancement")],
        },
        {  # community lumbar spine, dictated
            "practice": "community spine, dictated",
            "ind": "Low back pain radiating to right leg, 6 weeks, failed conservative therapy.",
            "comp": "None.",
            "find": (
                "L4-L5: Disc desiccation. Broad-based disc bulge with a superimposed right paracentral extrusion "
                "measuring 9 mm in AP dimension, contacting the traversing right L5 nerve root. Moderate spinal "
                "canal stenosis. Mild bilateral neural foraminal narrowing. L5-S1: Mild facet arthropathy, no "
                "stenosis. Conus terminates normally at L1. Marrow signal normal."
            ),
            "imp": [
                P(
                    "L4-L5 {side} paracentral disc extrusion ({size}) contacting the traversing {side} L5 nerve root",
                    "{Side} paracentral extrusion at L4-L5 measuring {size}, which contacts the {side} L5 root",
                    "At L4-L5 there is a {size} {side} paracentral disc extrusion abutting the descending {side} L5 "
                    "nerve root",
                    side="right",
                    size=(9,),
                    absent="disc extrusion",
                ),
                P(
                    "{Sev} spinal canal stenosis at L4-L5",
                    "{Sev} central canal narrowing at L4-L5",
                    sev="moderate",
                    absent="spinal canal stenosis",
                ),
                P(
                    "{Sev} bilateral foraminal narrowing at L4-L5",
                    "L4-L5 {sev} bilateral neural foraminal stenosis",
                    sev="mild",
                    absent="foraminal narrowing",
                    key=False,
                ),
                P(
                    "{Sev} L5-S1 facet arthropathy",
                    "{Sev} facet degenerative change at L5-S1",
                    sev="mild",
                    absent="facet arthropathy",
                    key=False,
                ),
            ],
            "fabs": [
                ("spondylolisthesis", "grade 1 anterolisthesis (spondylolisthesis) of L5 on S1"),
                ("schmorl", "Schmorl node at L2"),
            ],
        },
        {  # stroke MRI
            "practice": "stroke unit, neuro",
            "ind": "Left arm weakness since this morning.",
            "comp": "None.",
            "find": (
                "DWI: Restricted diffusion in the right corona radiata and posterior limb of the internal capsule, "
                "measuring 2.5 cm, with corresponding low ADC, consistent with acute infarct. No hemorrhagic "
                "transformation on SWI. FLAIR: Mild periventricular white matter hyperintensities. MRA: Right "
                "MCA patent. Ventricles normal."
            ),
            "imp": [
                NP(
                    "acute {side} corona radiata and internal capsule infarct measuring {size}",
                    "{size} acute infarct in the {side} corona radiata extending to the posterior limb of the internal "
                    "capsule",
                    "acute ischemic infarct, {side} corona radiata/internal capsule, {size}",
                    side="right",
                    size=(25,),
                    absent="acute infarct",
                ),
                N("hemorrhagic transformation"),
                NP(
                    "{sev} chronic small vessel ischemic change",
                    "{sev} periventricular white matter disease",
                    sev="mild",
                    absent="small vessel ischemic change",
                    key=False,
                ),
                N("right middle cerebral artery occlusion", "Occlusion of the right middle cerebral artery"),
            ],
            "fabs": [
                ("microhemorrhages", "multiple cerebral microhemorrhages"),
                ("meningioma", "small falcine meningioma"),
            ],
        },
        {  # teleradiology shoulder
            "practice": "teleradiology MSK",
            "layout": "numbered",
            "ind": "Shoulder pain and weakness after a fall. 63 years.",
            "comp": "None.",
            "find": (
                "Supraspinatus: full-thickness tear at the footprint measuring 1.4 cm in AP width with 2 cm of "
                "medial retraction. Mild fatty infiltration of the supraspinatus muscle. Infraspinatus and "
                "subscapularis intact. Biceps tendon in the groove. Labrum unremarkable. Moderate "
                "acromioclavicular osteoarthritis. Small amount of fluid in the subacromial-subdeltoid bursa."
            ),
            "imp": [
                P(
                    "Full-thickness supraspinatus tear, {size} wide, with 2 cm retraction",
                    "Full-thickness tear of the supraspinatus tendon measuring {size} in width, retracted 2 cm",
                    size=(14,),
                    absent="supraspinatus tear",
                ),
                NP(
                    "{sev} supraspinatus fatty infiltration",
                    "{sev} fatty atrophy of the supraspinatus muscle",
                    sev="mild",
                    absent="fatty infiltration",
                    key=False,
                ),
                NP(
                    "{sev} acromioclavicular osteoarthritis",
                    "{sev} AC joint arthrosis",
                    sev="moderate",
                    absent="acromioclavicular osteoarthritis",
                ),
                NP(
                    "subacromial-subdeltoid bursitis",
                    "fluid in the subacromial-subdeltoid bursa",
                    absent="subacromial bursitis",
                    key=False,
                ),
                N("labral tear"),
            ],
            "fabs": [("hill-sachs", "Hill-Sachs lesion"), ("cyst", "paralabral cyst")],
        },
        {  # body liver, LI-RADS
            "practice": "academic body, hepatology",
            "ind": "Cirrhosis (hepatitis C). Surveillance, AFP rising.",
            "comp": "None.",
            "find": (
                "Cirrhotic liver morphology. Segment 8 observation measuring 2.3 cm with nonrim arterial phase "
                "hyperenhancement, nonperipheral washout and an enhancing capsule (LR-5). No tumor in vein. "
                "Portal vein patent. Spleen enlarged, 15.8 cm. Moderate ascites. Esophageal varices."
            ),
            "imp": [
                NP(
                    "{size} LI-RADS 5 observation in segment 8, definite hepatocellular carcinoma",
                    "segment 8 LR-5 observation measuring {size}, consistent with hepatocellular carcinoma",
                    "hepatocellular carcinoma (LR-5) in segment 8, {size}",
                    size=(23,),
                    absent="hepatocellular carcinoma",
                ),
                N("tumor in vein"),
                NP(
                    "splenomegaly ({size})",
                    "enlarged spleen measuring {size}",
                    size=(158,),
                    organ=True,
                    absent="splenomegaly",
                ),
                NP("{sev} ascites", "{sev} volume ascites", sev="amount:moderate", absent="ascites"),
                NP("esophageal varices", "varices at the distal esophagus", absent="esophageal varices", key=False),
            ],
            "fabs": [("cholangiocarcinoma", "intrahepatic cholangiocarcinoma"), ("hemangioma", "segment 2 hemangioma")],
        },
        {  # prostate
            "practice": "GU radiology, structured",
            "ind": "PSA 9.1 ng/mL, negative systematic biopsy.",
            "comp": "None.",
            "find": (
                "Prostate volume 48 mL. Left posterolateral peripheral zone at the midgland: 1.2 cm lesion with "
                "markedly hypointense T2 signal, marked diffusion restriction and early enhancement. PI-RADS 4. "
                "Capsule intact, no extraprostatic extension. Seminal vesicles normal. Mild BPH. No pelvic "
                "adenopathy. No suspicious bone lesions."
            ),
            "imp": [
                NP(
                    "PI-RADS 4 lesion in the {side} posterolateral peripheral zone at the midgland, {size}",
                    "{size} {side} midgland posterolateral peripheral zone lesion, PI-RADS 4",
                    "{side} peripheral zone (posterolateral, midgland) PI-RADS 4 lesion measuring {size}",
                    side="left",
                    size=(12,),
                    absent="suspicious prostate lesion",
                ),
                N("extraprostatic extension"),
                NP(
                    "{sev} benign prostatic hyperplasia",
                    "{sev} BPH",
                    sev="mild",
                    absent="benign prostatic hyperplasia",
                    key=False,
                ),
                N("pelvic adenopathy or bone lesions"),
                O("Targeted biopsy recommended", "Recommend MR-targeted biopsy"),
            ],
            "fabs": [("hydronephrosis", "left hydronephrosis"), ("bladder", "bladder wall thickening")],
        },
        {  # breast MRI
            "practice": "breast imaging center",
            "ind": "Newly diagnosed right breast cancer, extent of disease.",
            "comp": "None.",
            "find": (
                "Right breast: Irregular heterogeneously enhancing mass at 10 o'clock, 6 cm from the nipple, "
                "measuring 1.8 x 1.5 cm, corresponding to the biopsy-proven carcinoma, with biopsy clip. "
                "No additional suspicious enhancement. Left breast: No suspicious enhancement. Moderate background "
                "parenchymal enhancement. Axillae: Right level I lymph node with 5 mm cortical thickening."
            ),
            "imp": [
                P(
                    "Known {side} breast carcinoma at 10 o'clock, {size} (BI-RADS 6)",
                    "Biopsy-proven malignancy in the {side} breast at 10 o'clock measuring {size}. BI-RADS 6",
                    side="right",
                    size=(18, 15),
                    absent="breast mass",
                ),
                N("additional suspicious enhancement in either breast"),
                P(
                    "{Side} level I axillary node with {size} cortical thickening, indeterminate",
                    "Indeterminate {side} axillary lymph node (level I), cortex {size}",
                    side="right",
                    size=(5,),
                    absent="abnormal axillary lymph node",
                ),
                NP(
                    "{sev} background parenchymal enhancement",
                    "{sev} BPE",
                    sev="moderate",
                    absent="background parenchymal enhancement",
                    key=False,
                ),
            ],
            "fabs": [("implant", "intracapsular implant rupture"), ("sternal", "sternal bone lesion")],
        },
        {  # pediatric posterior fossa
            "practice": "pediatric neuro",
            "unit": "mm",
            "ind": "7-year-old with morning headaches and vomiting for three weeks, ataxia.",
            "comp": "None.",
            "find": (
                "There is a 41 x 36 mm cystic and solid mass centered in the cerebellar vermis with an enhancing "
                "mural nodule. The fourth ventricle is compressed, with moderate obstructive hydrocephalus and "
                "transependymal CSF flow. Tonsils at the foramen magnum. No restricted diffusion in the solid "
                "component. Spine not imaged."
            ),
            "imp": [
                NP(
                    "{size} cystic and solid vermian mass with an enhancing mural nodule, favoring pilocytic "
                    "astrocytoma",
                    "cerebellar vermis mass ({size}), cystic with mural nodule; pilocytic astrocytoma favored",
                    size=(41, 36),
                    absent="posterior fossa mass",
                ),
                NP(
                    "{sev} obstructive hydrocephalus with transependymal flow",
                    "{sev} obstructive hydrocephalus due to compression of the fourth ventricle",
                    sev="moderate",
                    absent="hydrocephalus",
                ),
                NP(
                    "low-lying cerebellar tonsils at the foramen magnum",
                    "tonsils reach the foramen magnum",
                    absent="tonsillar descent",
                    key=False,
                ),
                O("Recommend spine MRI for staging", "Spinal MRI is advised to complete staging"),
            ],
            "fabs": [("syrinx", "cervical syrinx"), ("hemorrhage", "intratumoral hemorrhage")],
        },
        {  # MS follow-up with prior
            "practice": "academic neuro MS clinic",
            "prior": True,
            "ind": "Relapsing-remitting multiple sclerosis on natalizumab.",
            "comp": "MRI brain one year ago.",
            "find": (
                "Two new T2/FLAIR hyperintense lesions: 6 mm in the right frontal periventricular white matter, "
                "which enhances, and 4 mm in the left middle cerebellar peduncle, nonenhancing. The remaining "
                "lesions are unchanged in number and size. Mild generalized volume loss, unchanged. No other "
                "enhancing lesions."
            ),
            "imp": [
                P(
                    "New enhancing {size} {side} frontal periventricular lesion",
                    "{Side} frontal periventricular lesion, {size}, new and enhancing",
                    side="right",
                    size=(6,),
                    absent="enhancing lesion",
                ),
                P(
                    "New nonenhancing {size} {side} middle cerebellar peduncle lesion",
                    "{Side} middle cerebellar peduncle: new {size} lesion without enhancement",
                    side="left",
                    size=(4,),
                    absent="cerebellar peduncle lesion",
                ),
                O("Findings indicate active demyelinating disease", "Consistent with radiologic disease activity"),
                P(
                    "{Sev} generalized volume loss, unchanged",
                    "Unchanged {sev} global volume loss",
                    sev="mild",
                    absent="volume loss",
                    key=False,
                ),
            ],
            "fabs": [("pml", "findings suspicious for PML"), ("optic", "right optic neuritis")],
        },
        {  # female pelvis
            "practice": "community women's imaging",
            "ind": "Menorrhagia and pelvic pressure.",
            "comp": "None.",
            "find": (
                "The uterus is enlarged, measuring 11.2 cm in length, with multiple fibroids. The largest is "
                "intramural in the posterior body, measuring 4.5 cm. Endometrium 7 mm. Left ovary contains a "
                "3.8 cm T1 hyperintense lesion with T2 shading, an endometrioma. Right ovary normal. Small amount "
                "of free fluid."
            ),
            "imp": [
                NP(
                    "enlarged fibroid uterus, {size} in length",
                    "fibroid uterus, enlarged ({size} long)",
                    "enlarged uterus measuring {size} with multiple fibroids",
                    absent="uterine fibroids",
                    size=(112,),
                    organ=True,
                ),
                P(
                    "Largest fibroid {size}, intramural, posterior body",
                    "The dominant fibroid is intramural in the posterior body and measures {size}",
                    size=(45,),
                    absent="dominant fibroid",
                ),
                NP(
                    "{size} {side} ovarian endometrioma",
                    "endometrioma of the {side} ovary, {size}",
                    side="left",
                    size=(38,),
                    absent="ovarian endometrioma",
                ),
                NP(
                    "{sev} amount of free fluid",
                    "{sev} volume pelvic free fluid",
                    sev="small",
                    absent="free fluid",
                    key=False,
                ),
            ],
            "fabs": [("adenomyosis", "diffuse adenomyosis"), ("hydrosalpinx", "right hydrosalpinx")],
        },
        {  # MRCP
            "practice": "body MRCP, hospital",
            "ind": "Jaundice and RUQ pain. Bilirubin 5.2.",
            "comp": "None.",
            "find": (
                "7 mm filling defect in the distal common bile duct, consistent with a stone. The common bile duct "
                "is dilated to 11 mm. Mild intrahepatic biliary ductal dilatation. Multiple small gallstones. "
                "Gallbladder wall normal. Pancreatic duct normal caliber. No pancreatic mass."
            ),
            "imp": [
                NP(
                    "choledocholithiasis: {size} stone in the distal common bile duct",
                    "{size} distal CBD stone (choledocholithiasis)",
                    size=(7,),
                    absent="choledocholithiasis",
                ),
                P(
                    "Common bile duct dilated to {size}",
                    "Dilated CBD measuring {size}",
                    size=(11,),
                    absent="biliary dilatation",
                ),
                NP(
                    "{sev} intrahepatic biliary ductal dilatation",
                    "{sev} intrahepatic duct dilatation",
                    sev="mild",
                    absent="intrahepatic biliary dilatation",
                ),
                NP("cholelithiasis", "small gallstones", absent="cholelithiasis", key=False),
                N("pancreatic mass"),
            ],
            "fabs": [("cholangitis", "findings of cholangitis"), ("pancreas divisum", "pancreas divisum")],
        },
        {  # hip MRI, occult fracture
            "practice": "orthopedic hospital",
            "ind": "82-year-old, fall, hip pain, radiographs negative.",
            "comp": "None.",
            "find": (
                "Nondisplaced subcapital fracture of the right femoral neck with surrounding marrow edema. Small "
                "hip joint effusion. Left hip intact. Mild degenerative changes of both hips. Moderate edema of the "
                "right gluteus medius muscle, likely strain. No pelvic fracture."
            ),
            "imp": [
                NP(
                    "nondisplaced subcapital {side} femoral neck fracture",
                    "occult nondisplaced fracture of the {side} femoral neck (subcapital)",
                    side="right",
                    absent="femoral neck fracture",
                ),
                NP(
                    "{sev} {side} gluteus medius strain",
                    "{sev} muscle strain of the {side} gluteus medius",
                    sev="moderate",
                    side="right",
                    absent="gluteus medius strain",
                ),
                NP(
                    "{sev} hip joint effusion",
                    "{sev} effusion of the hip",
                    sev="small",
                    absent="hip effusion",
                    key=False,
                ),
                N("pelvic fracture"),
            ],
            "fabs": [
                ("avascular", "avascular necrosis of the left femoral head"),
                ("labral", "anterosuperior labral tear"),
            ],
        },
        {  # pituitary, dictation artefacts
            "practice": "neuroendocrine, dictated",
            "ind": "Elevated prolactin comma galactorrhea.",
            "comp": "None.",
            "find": (
                "Dynamic pituitary protocol. Hypoenhancing lesion in the left aspect of the pituitary gland "
                "measuring 6 mm period. The infundibulum is midline. Optic chiasm is normal, no mass effect. "
                "Cavernous sinuses are normal. Mild mucosal thickening of the maxillary sinuses."
            ),
            "imp": [
                NP(
                    "{size} {side} pituitary microadenoma",
                    "pituitary microadenoma on the {side}, {size}",
                    "hypoenhancing {size} lesion in the {side} pituitary gland, consistent with microadenoma",
                    side="left",
                    size=(6,),
                    absent="pituitary microadenoma",
                ),
                N("mass effect on the optic chiasm"),
                N("cavernous sinus invasion"),
                NP(
                    "{sev} maxillary sinus mucosal thickening",
                    "{sev} mucosal disease of the maxillary sinuses",
                    sev="mild",
                    absent="sinus mucosal thickening",
                    key=False,
                ),
            ],
            "fabs": [("rathke", "Rathke cleft cyst"), ("empty sella", "partially empty sella")],
        },
    ],
)
