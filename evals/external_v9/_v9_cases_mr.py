"""Hand-written synthetic MR cases of the v9 set (neuro, MSK, body, breast, pelvic, pediatric practices)."""
from _v9_model import C, F, I, N, P

CASES = [
    C("mr", "academic neuro", True,
      "Relapsing-remitting multiple sclerosis on ocrelizumab, annual surveillance.",
      "MRI brain with and without contrast 11 months ago.",
      "Two new T2/FLAIR hyperintense ovoid lesions in the right periventricular white matter, perpendicular to the "
      "ventricle. One new enhancing lesion in the left centrum semiovale measuring 6 mm. Remaining juxtacortical and "
      "callosal lesions unchanged. No infratentorial lesions. No abnormal diffusion restriction.",
      [P("Two new T2/FLAIR hyperintense lesions in the {s} periventricular white matter, compatible with new "
         "demyelinating disease activity. | "
         "New periventricular lesions (n=2) on the {s}, consistent with active demyelination. | "
         "Interval development of 2 {s} periventricular FLAIR lesions, in keeping with new disease activity.",
         neg="No new T2/FLAIR lesions.", side="right"),
       P("One new enhancing lesion in the {s} centrum semiovale measuring {size}. | "
         "Enhancing {s} centrum semiovale lesion, {size}, new. | New {size} enhancing focus in the {s} centrum "
         "semiovale.", neg="No enhancing lesions.", side="left", size=(6,)),
       I("Remaining lesion burden stable. | Other lesions unchanged."),
       N("No infratentorial lesions. | Posterior fossa without lesions.",
         neg="New lesion in the right middle cerebellar peduncle.")],
      [F("Small pineal cyst.", "pineal"),
       F("Chiari I malformation.", "chiari/tonsil"),
       F("Left mastoid effusion.", "mastoid")]),

    C("mr", "community MSK", False,
      "Twisting injury playing soccer, right knee instability.",
      "None.",
      "Complex tear of the posterior horn of the medial meniscus. The anterior cruciate ligament is completely torn "
      "with fiber discontinuity. Bone contusions in the lateral femoral condyle and posterolateral tibial plateau. "
      "Moderate joint effusion. Lateral meniscus intact. PCL, MCL and LCL intact.",
      [P("Complex tear of the posterior horn of the medial meniscus. | Medial meniscus posterior horn complex tear. | "
         "Complex tear involving the posterior horn of the MM.", neg="Intact medial meniscus."),
       P("Complete tear of the anterior cruciate ligament. | Complete ACL tear. | ACL completely torn.",
         neg="Intact ACL."),
       P("Bone contusions of the lateral femoral condyle and posterolateral tibial plateau. | "
         "Bone bruising: lateral femoral condyle and posterolateral tibial plateau (pivot-shift pattern).",
         neg="No bone contusion."),
       P("{Sev} joint effusion. | {Sev} knee effusion. | Joint effusion, {sev}.", neg="No joint effusion.",
         sev="moderate", scale="extent"),
       N("Lateral meniscus intact. | Intact lateral meniscus.", neg="Tear of the lateral meniscus.")],
      [F("Baker cyst.", "baker/popliteal"),
       F("Patellar tendinosis.", "patellar"),
       F("Osteochondral defect of the medial femoral condyle.", "osteochondral")]),

    C("mr", "community spine", False,
      "Low back pain radiating to the left leg, foot drop concerns.",
      "None.",
      "L4-L5: Left paracentral disc extrusion compressing the traversing left L5 nerve root, with moderate spinal "
      "canal stenosis. L5-S1: Disc bulge and facet arthropathy with mild right neural foraminal narrowing. "
      "Conus terminates normally at L1. Marrow signal normal.",
      [P("L4-L5 {s} paracentral disc extrusion with compression of the traversing {s} L5 nerve root. | "
         "{S} paracentral L4-5 extrusion compressing the {s} L5 root. | "
         "Disc extrusion at L4-5, {s} paracentral, impinging the traversing {s} L5 nerve root.",
         neg="No disc herniation at L4-L5.", side="left"),
       P("{Sev} spinal canal stenosis at L4-L5. | {Sev} central canal stenosis, L4-5. | "
         "L4-5: {sev} canal narrowing.", neg="No spinal canal stenosis.", sev="moderate"),
       P("{Sev} {s} neural foraminal narrowing at L5-S1. | {S} L5-S1 foraminal stenosis, {sev}.",
         neg="Patent neural foramina at L5-S1.", side="right", sev="mild"),
       N("Conus terminates normally at L1. | Normal conus position.", neg="Low-lying conus at L3.")],
      [F("Hemangioma in the L2 vertebral body.", "hemangioma"),
       F("Tarlov cyst at S2.", "tarlov/perineural"),
       F("Modic type 1 endplate changes at L3-L4.", "modic/endplate")]),

    C("mr", "academic neuro-oncology", True,
      "Glioblastoma, status post resection and chemoradiation; new headaches.",
      "MRI brain 8 weeks ago.",
      "Right frontal craniotomy and resection cavity. New nodular enhancement along the posterior cavity margin "
      "measuring 14 x 9 mm. Moderate vasogenic edema in the right frontal lobe, increased. Midline shift of 5 mm to "
      "the left, previously 2 mm. No restricted diffusion along the cavity.",
      [I("Status post right frontal craniotomy and glioblastoma resection. | Postoperative right frontal changes."),
       P("New nodular enhancement along the posterior margin of the resection cavity measuring {size}, concerning "
         "for tumor progression. | "
         "New {size} nodular enhancement at the posterior cavity margin, suspicious for progression.",
         neg="No abnormal enhancement at the resection cavity.", size=(14, 9)),
       P("{Sev} vasogenic edema in the {s} frontal lobe, increased. | Increased {sev} {s} frontal vasogenic edema.",
         neg="No vasogenic edema.", side="right", sev="moderate"),
       P("Midline shift of {size} to the {s}, previously {prior}. | {size} {s}ward midline shift (was {prior}).",
         neg="No midline shift.", side="left", size=(5,), prior=(2,)),
       N("No restricted diffusion to suggest infarct or abscess. | No diffusion restriction.",
         neg="Restricted diffusion along the cavity wall.")],
      [F("Subdural hygroma.", "hygroma/subdural"),
       F("Hydrocephalus.", "hydroceph/ventric"),
       F("Leptomeningeal enhancement.", "leptomening")], numbered=True),

    C("mr", "academic MSK", False,
      "Chronic shoulder pain and weakness with overhead activity.",
      "None.",
      "Full-thickness tear of the supraspinatus tendon with 15 mm of retraction. Mild fatty atrophy of the "
      "supraspinatus muscle. The long head of the biceps tendon is subluxed medially. Moderate acromioclavicular "
      "joint arthrosis. Glenoid labrum intact.",
      [P("Full-thickness tear of the supraspinatus tendon with {size} of retraction. | "
         "Full-thickness supraspinatus tear, retracted {size}. | "
         "Supraspinatus: complete-thickness tear, {size} retraction.", neg="Intact supraspinatus tendon.",
         size=(15,)),
       P("{Sev} fatty atrophy of the supraspinatus muscle. | Supraspinatus muscle atrophy, {sev} (fatty).",
         neg="No muscle atrophy.", sev="mild"),
       P("Subluxation of the long head of the biceps tendon. | Biceps long head tendon medially subluxed.",
         neg="Biceps tendon normally located."),
       P("{Sev} acromioclavicular joint arthrosis. | AC joint osteoarthritis, {sev}.", neg="No AC joint arthrosis.",
         sev="moderate", minor=True)],
      [F("Paralabral cyst in the spinoglenoid notch.", "paralabral/spinoglenoid"),
       F("Hill-Sachs lesion.", "hill-sachs"),
       F("Tear of the subscapularis tendon.", "subscapularis")]),

    C("mr", "academic body", False,
      "PSA 7.2 ng/mL, no prior biopsy.",
      "None.",
      "Prostate volume 48 mL (PSA density 0.15). Left mid-gland posterolateral peripheral zone lesion with marked "
      "diffusion restriction, 11 x 8 mm, PI-RADS 4. No extraprostatic extension. Seminal vesicles not involved. "
      "Moderate transition zone hyperplasia. No pelvic lymphadenopathy or suspicious bone lesion.",
      [P("PI-RADS 4 lesion in the {s} peripheral zone at the mid gland, posterolateral, measuring {size}. | "
         "{S} mid-gland posterolateral PZ lesion, {size}, PI-RADS 4. | "
         "PI-RADS 4: {size} lesion, {s} peripheral zone (mid, posterolateral).",
         neg="No PI-RADS 3 or higher lesion.", side="left", size=(11, 8)),
       N("No extraprostatic extension. | No EPE. | No evidence of extraprostatic extension.",
         neg="Focal extraprostatic extension at the lesion."),
       N("Seminal vesicles are not involved. | No seminal vesicle invasion.", neg="Seminal vesicle invasion."),
       I("Prostate volume 48 mL, PSA density 0.15. | Gland volume 48 mL (PSAD 0.15)."),
       P("{Sev} benign prostatic hyperplasia of the transition zone. | BPH, {sev}.", neg="No BPH.",
         sev="moderate", minor=True),
       N("No pelvic lymphadenopathy or bone lesions. | No adenopathy, no suspicious osseous lesion.",
         neg="Enlarged right external iliac lymph node.")],
      [F("Bladder diverticulum.", "diverticul"),
       F("Inguinal hernia.", "hernia"),
       F("Hydrocele.", "hydrocele")], numbered=True),

    C("mr", "pediatric neuro", False,
      "7-year-old with focal seizures of the left arm.",
      "None.",
      "Blurring of the gray-white junction and cortical thickening in the right superior frontal gyrus with a "
      "transmantle sign, consistent with focal cortical dysplasia. Hippocampi symmetric with normal signal. "
      "Incidental 8 mm pineal cyst. Myelination appropriate for age.",
      [P("Focal cortical dysplasia in the {s} superior frontal gyrus. | {S} superior frontal gyrus FCD. | "
         "Cortical dysplasia, focal, {s} superior frontal gyrus (transmantle sign).",
         neg="No cortical malformation.", side="right"),
       N("Hippocampi are symmetric and normal in signal. | Normal hippocampi. | No mesial temporal sclerosis.",
         neg="Left mesial temporal sclerosis."),
       P("Incidental {size} pineal cyst. | Pineal cyst, {size}, incidental. | {size} incidental pineal cyst.",
         neg="No pineal lesion.", size=(8,), minor=True),
       N("Myelination is appropriate for age. | Age-appropriate myelination.", neg="Delayed myelination.")],
      [F("Arachnoid cyst in the middle cranial fossa.", "arachnoid"),
       F("Cavernous malformation in the pons.", "cavernous/cavernoma"),
       F("Tonsillar ectopia.", "tonsil")]),

    C("mr", "neurovascular", True,
      "Follow-up of known intracranial aneurysm.",
      "MRA head 1 year ago.",
      "Saccular aneurysm of the left supraclinoid internal carotid artery measuring 4 x 3 mm, previously 4 x 3 mm. "
      "No additional aneurysm. Mild stenosis of the right P2 segment. Incidental fenestration of the basilar artery.",
      [P("Stable {size} saccular aneurysm of the {s} supraclinoid internal carotid artery, previously {prior}. | "
         "{S} supraclinoid ICA aneurysm, {size}, unchanged from {prior}. | "
         "Saccular aneurysm, {s} supraclinoid ICA, {size} (prior {prior}).",
         neg="No intracranial aneurysm.", side="left", size=(4, 3), prior=(4, 3)),
       N("No new aneurysm. | No additional aneurysm.",
         neg="New 2 mm aneurysm at the anterior communicating artery."),
       P("{Sev} stenosis of the {s} P2 segment. | {S} PCA P2 stenosis, {sev}.", neg="No intracranial stenosis.",
         side="right", sev="mild"),
       P("Incidental basilar artery fenestration. | Basilar fenestration, incidental.", minor=True)],
      [F("Persistent trigeminal artery.", "trigeminal"),
       F("Moyamoya collaterals.", "moyamoya"),
       F("Hypoplastic right A1 segment.", "a1")]),

    C("mr", "academic body", True,
      "Hepatitis C cirrhosis, new lesion on surveillance ultrasound.",
      "Ultrasound abdomen 3 weeks ago.",
      "LIVER: Cirrhotic morphology. Segment VIII observation measuring 2.6 cm with nonrim arterial phase "
      "hyperenhancement, nonperipheral washout and enhancing capsule (LR-5). Portal vein patent. "
      "SPLEEN: 14.5 cm, mildly enlarged. Gastroesophageal varices. Small volume ascites.",
      [P("{size} arterially enhancing observation in segment VIII with washout and capsule, LI-RADS 5. | "
         "Segment 8 observation, {size}, APHE + washout + capsule: LR-5. | "
         "LR-5 observation in segment VIII measuring {size}.", neg="No LI-RADS 4 or 5 observation.", size=(26,)),
       P("Cirrhotic liver with {sev} splenomegaly (spleen {size}). | Cirrhosis; spleen enlarged to {size} ({sev}). | "
         "Cirrhotic liver and {sev} splenomegaly, {size}.", neg="Normal spleen size.", sev="mild", size=(145,),
         organ=True),
       N("Portal vein patent. | Patent portal vein. | No portal vein thrombus.", neg="Portal vein thrombosis."),
       P("{Sev} ascites. | Ascites, {sev}.", neg="No ascites.", sev="small"),
       P("Gastroesophageal varices. | Esophageal and gastric varices.", neg="No varices.")],
      [F("Gallbladder adenomyomatosis.", "gallbladder"),
       F("Right renal cyst.", "renal/kidney"),
       F("Hepatic hemangioma in segment II.", "hemangioma")], unit="cm"),

    C("mr", "academic neuro", False,
      "Progressive hand clumsiness and gait imbalance.",
      "None.",
      "C5-C6: Severe spinal canal stenosis due to disc osteophyte complex and ossification of the posterior "
      "longitudinal ligament, with cord compression and T2 hyperintense intramedullary signal. OPLL extends from C4 "
      "to C6. C6-C7: Moderate left neural foraminal stenosis. No abnormal enhancement.",
      [P("{Sev} spinal canal stenosis at C5-C6 with cord compression and T2 hyperintense cord signal. | "
         "C5-6: {sev} canal stenosis, cord compressed, with T2 cord signal abnormality (myelopathy). | "
         "{Sev} C5-C6 central stenosis compressing the cord, with intramedullary T2 hyperintensity.",
         neg="No cord compression.", sev="severe"),
       P("{Sev} {s} foraminal stenosis at C6-C7. | {S} C6-7 neural foraminal narrowing, {sev}.",
         neg="Neural foramina patent at C6-C7.", side="left", sev="moderate"),
       P("Ossification of the posterior longitudinal ligament from C4 to C6. | OPLL spanning C4-C6.",
         neg="No OPLL."),
       N("No abnormal enhancement. | No pathologic enhancement.", neg="Enhancing intramedullary lesion.")],
      [F("Syrinx in the upper thoracic cord.", "syrinx"),
       F("Vertebral artery dissection.", "vertebral artery"),
       F("Thyroid nodule.", "thyroid")]),

    C("mr", "sports MSK", False,
      "Runner with left groin pain, on long-term steroids.",
      "None.",
      "Left femoral head: geographic subchondral signal abnormality with double-line sign, no subchondral collapse "
      "(ARCO II). Small left hip joint effusion. Anterosuperior labral tear on the left. Right femoral head normal.",
      [P("Avascular necrosis of the {s} femoral head without collapse (ARCO II). | "
         "{S} femoral head osteonecrosis, precollapse, ARCO stage II. | AVN {s} femoral head, no subchondral collapse.",
         neg="No avascular necrosis.", side="left"),
       P("{Sev} {s} hip joint effusion. | {S} hip effusion, {sev}.", neg="No hip effusion.", side="left",
         sev="small"),
       P("Anterosuperior labral tear of the {s} hip. | {S} anterosuperior acetabular labral tear.",
         neg="Intact labrum.", side="left"),
       N("The {s} femoral head is normal. | Normal {s} femoral head.", side="right",
         neg="Avascular necrosis of the {s} femoral head as well.")],
      [F("Gluteus medius tendon tear.", "gluteus"),
       F("Iliopsoas bursitis.", "iliopsoas"),
       F("Sacral insufficiency fracture.", "sacral")]),

    C("mr", "breast imaging", True,
      "Newly diagnosed left breast invasive ductal carcinoma, extent of disease.",
      "Diagnostic mammogram and ultrasound 2 weeks ago.",
      "LEFT: Irregular enhancing mass at 10 o'clock, 6 cm from the nipple, 17 x 12 mm, corresponding to the "
      "biopsy-proven cancer (clip present). Segmental non-mass enhancement extending 28 mm anterior to the mass. "
      "Left axillary lymph node with cortical thickening of 6 mm. RIGHT: No suspicious enhancement.",
      [P("{size} irregular enhancing mass in the {s} breast at 10 o'clock, 6 cm from the nipple, consistent with "
         "known malignancy. | {S} breast 10 o'clock mass, {size}, irregular, enhancing, 6 cm FN (known cancer). | "
         "Irregular enhancing {s} breast mass at 10:00 (6 cm from nipple), {size}, biopsy-proven.",
         neg="No suspicious enhancing mass.", side="left", size=(17, 12)),
       P("Segmental non-mass enhancement extending {size} anterior to the mass. | "
         "Segmental NME extending {size} anterior to the index mass.", neg="No non-mass enhancement.", size=(28,)),
       P("Abnormal {s} axillary lymph node with cortical thickening of {size}. | {S} axillary node, cortex {size}.",
         neg="Normal axillary lymph nodes.", side="left", size=(6,)),
       N("{S} breast without suspicious enhancement. | No suspicious findings in the {s} breast.", side="right",
         neg="Suspicious enhancing focus in the {s} breast."),
       I("BI-RADS 6. MRI-guided biopsy of the non-mass enhancement recommended if it would change surgery. | "
         "BI-RADS 6; consider MR-guided biopsy of the NME if management would change.")],
      [F("Implant rupture.", "implant"),
       F("Fat necrosis in the right breast.", "fat necrosis"),
       F("Sternal lesion.", "stern")]),

    C("mr", "community body", False,
      "RUQ pain and elevated bilirubin.",
      "None.",
      "MRCP: 7 mm filling defect in the distal common bile duct consistent with a stone. The common bile duct is "
      "dilated to 11 mm. Mild intrahepatic biliary ductal dilatation. Multiple small gallstones without "
      "pericholecystic fluid or wall thickening. Pancreatic duct normal.",
      [P("Choledocholithiasis with a {size} stone in the distal common bile duct. | {size} stone in the distal CBD. | "
         "Distal CBD calculus measuring {size}.", neg="No choledocholithiasis.", size=(7,)),
       P("Common bile duct dilated to {size}. | CBD dilatation to {size}. | Dilated common duct, {size}.",
         neg="Normal caliber common bile duct.", size=(11,)),
       P("{Sev} intrahepatic biliary ductal dilatation. | {Sev} intrahepatic biliary dilation.",
         neg="No intrahepatic ductal dilatation.", sev="mild"),
       P("Cholelithiasis without cholecystitis. | Gallstones, no cholecystitis.", neg="No gallstones."),
       N("Pancreatic duct normal. | Normal pancreatic duct.", neg="Dilated pancreatic duct.")],
      [F("Pancreas divisum.", "divisum"),
       F("Intraductal papillary mucinous neoplasm.", "ipmn/papillary"),
       F("Choledochal cyst.", "choledochal")]),

    C("mr", "community MSK", False,
      "Inversion injury 3 weeks ago, persistent lateral ankle pain.",
      "None.",
      "Complete tear of the anterior talofibular ligament. Mild sprain of the calcaneofibular ligament with "
      "periligamentous edema. Osteochondral lesion of the medial talar dome measuring 9 x 6 mm with underlying "
      "marrow edema, stable-appearing. Small tibiotalar joint effusion. Achilles tendon intact.",
      [P("Complete tear of the anterior talofibular ligament. | ATFL completely torn. | Full-thickness ATFL tear.",
         neg="Intact ATFL."),
       P("{Sev} sprain of the calcaneofibular ligament. | CFL sprain, {sev}.",
         neg="Intact calcaneofibular ligament.", sev="mild"),
       P("Osteochondral lesion of the medial talar dome measuring {size}. | Medial talar dome OCL, {size}.",
         neg="No osteochondral lesion.", size=(9, 6)),
       P("{Sev} tibiotalar joint effusion. | Ankle joint effusion, {sev}.", neg="No joint effusion.", sev="small"),
       N("Achilles tendon intact. | Intact Achilles.", neg="Partial tear of the Achilles tendon.")],
      [F("Os trigonum.", "trigonum"),
       F("Plantar fasciitis.", "plantar"),
       F("Peroneal tendon split tear.", "peroneal")]),

    C("mr", "teleradiology neuro", False,
      "Sudden right-sided weakness, CT negative.",
      "None.",
      "Focus of restricted diffusion in the left posterior limb of the internal capsule with corresponding FLAIR "
      "signal. No hemorrhage on SWI. Moderate periventricular and deep white matter FLAIR hyperintensities. "
      "MRA: no large vessel occlusion.",
      [P("Acute infarct in the {s} posterior limb of the internal capsule. | Acute {s} PLIC infarct. | "
         "Restricted diffusion in the {s} posterior limb of the internal capsule, acute infarct.",
         neg="No acute infarct.", side="left"),
       N("No hemorrhagic transformation. | No hemorrhage.", neg="Petechial hemorrhagic transformation."),
       P("{Sev} chronic microvascular ischemic changes. | {Sev} small vessel disease.",
         neg="No microvascular disease.", sev="moderate", minor=True),
       N("No large vessel occlusion on MRA. | MRA: no LVO.", neg="Occlusion of the left MCA on MRA.")],
      [F("Chronic right occipital infarct.", "occipital"),
       F("Partially empty sella.", "sella"),
       F("Cerebellar tonsillar ectopia.", "tonsil")]),

    C("mr", "academic pelvic", False,
      "Chronic pelvic pain and dysmenorrhea, evaluate for endometriosis.",
      "None.",
      "Right ovary: T1 hyperintense, T2 shading cyst measuring 42 x 35 mm, consistent with endometrioma. "
      "Nodular T2 hypointense thickening of the left uterosacral ligament, consistent with deep infiltrating "
      "endometriosis. Intramural fibroid in the fundus measuring 31 mm. No hydrosalpinx.",
      [P("{size} endometrioma in the {s} ovary. | {S} ovarian endometrioma measuring {size}. | "
         "Endometrioma, {s} ovary, {size}.", neg="No endometrioma.", side="right", size=(42, 35)),
       P("Deep infiltrating endometriosis of the {s} uterosacral ligament. | {S} uterosacral ligament DIE. | "
         "Endometriosis, deep, involving the {s} uterosacral ligament.", neg="No deep endometriosis.",
         side="left"),
       P("Intramural fibroid in the fundus measuring {size}. | {size} fundal intramural leiomyoma.",
         neg="No fibroids.", size=(31,)),
       N("No hydrosalpinx. | Fallopian tubes not dilated.", neg="Right hydrosalpinx.")],
      [F("Adenomyosis.", "adenomyosis/junctional"),
       F("Nabothian cysts.", "nabothian/cervi"),
       F("Moderate ascites.", "ascites")], unit="cm"),
]
