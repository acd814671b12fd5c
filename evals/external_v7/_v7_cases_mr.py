"""Hand-written synthetic MR cases of the v7 set (neuro, spine, MSK, body, pelvis, breast, paediatric)."""

from _v7_model import N, P, case

MR_CASES = (
    case("mr-01", "msk", "MSK subspecialty", prior=False,
         indication="Twisting injury playing soccer, knee instability.",
         comparison="Radiographs same day.",
         findings="Complete tear of the anterior cruciate ligament. Bone contusions of the lateral femoral condyle "
                  "and posterolateral tibial plateau. Vertical tear of the posterior horn of the lateral meniscus. "
                  "MCL intact. Moderate joint effusion. Right knee.",
         stmts=[
             P("complete {side} ACL tear", "full-thickness tear of the anterior cruciate ligament, {side} knee",
               "{side} knee: complete anterior cruciate ligament rupture", no="intact anterior cruciate ligament",
               side="right"),
             P("pivot-shift bone contusions of the lateral femoral condyle and posterolateral tibial plateau",
               "bone bruises in the lateral femoral condyle and posterolateral tibia (pivot-shift pattern)",
               no="no bone contusion"),
             P("vertical tear of the posterior horn of the lateral meniscus", "lateral meniscus posterior horn "
               "tear, vertical", no="menisci intact"),
             N("intact MCL", "medial collateral ligament intact", yes="MCL tear"),
             P("{sev} joint effusion", "{sev} knee effusion", no="no joint effusion", sev="moderate",
               scale="size"),
         ]),
    case("mr-02", "neuro", "academic neuro", prior=True,
         indication="Multiple sclerosis, annual follow-up on ocrelizumab.",
         comparison="MRI brain 1 year ago.",
         findings="Numerous periventricular and juxtacortical T2/FLAIR lesions, unchanged in number. One new "
                  "6 mm enhancing lesion in the left centrum semiovale. No new infratentorial lesions. Mild "
                  "generalized volume loss.",
         stmts=[
             P("new {m} enhancing lesion in the {side} centrum semiovale, indicating active demyelination",
               "active demyelinating lesion, {side} centrum semiovale, {m}, new", "new enhancing {side} centrum "
               "semiovale plaque ({m}), consistent with active disease", no="no enhancing lesions",
               side="left", size=6),
             P("stable burden of periventricular and juxtacortical T2/FLAIR lesions",
               "T2/FLAIR lesion load otherwise unchanged", no="no T2/FLAIR lesions"),
             N("no new infratentorial lesions", "infratentorial lesions not increased",
               yes="new infratentorial lesions"),
             P("{sev} generalized volume loss", "{sev} global cerebral atrophy", no="brain volume normal",
               sev="mild"),
         ]),
    case("mr-03", "spine", "community", prior=False,
         indication="Left leg radicular pain L5 distribution for 6 weeks.",
         comparison="None.",
         findings="L4-5: left paracentral disc extrusion measuring 9 mm, compressing the traversing left L5 nerve "
                  "root; moderate left lateral recess stenosis. L5-S1: mild disc bulge without stenosis. Conus "
                  "terminates at L1.",
         stmts=[
             P("L4-5 {side} paracentral disc extrusion ({m}) compressing the traversing {side} L5 nerve root",
               "{m} {side} paracentral extrusion at L4-L5 with compression of the {side} L5 root",
               no="no disc extrusion at L4-5", side="left", size=9),
             P("{sev} {side} lateral recess stenosis at L4-5", "{side} lateral recess narrowing at L4-5, {sev}",
               no="no lateral recess stenosis", side="left", sev="moderate", scale="grade"),
             N("no stenosis at L5-S1", "L5-S1 without canal or foraminal stenosis", yes="stenosis at L5-S1"),
         ]),
    case("mr-04", "pelvis", "academic body", prior=False,
         indication="PSA 9.1, rising.",
         comparison="None.",
         findings="Prostate volume 48 mL. 14 mm lesion in the right peripheral zone at the mid gland with marked "
                  "diffusion restriction, PI-RADS 5. Focal capsular bulge without definite extraprostatic "
                  "extension. Seminal vesicles clear. No pelvic lymphadenopathy.",
         stmts=[
             P("PI-RADS 5 lesion in the {side} mid peripheral zone measuring {m}",
               "{m} {side} peripheral zone lesion at mid gland, PI-RADS 5",
               "highly suspicious (PI-RADS 5) {m} lesion, {side} mid PZ", no="no PI-RADS 4 or 5 lesion",
               side="right", size=14),
             N("no definite extraprostatic extension", "no EPE", yes="extraprostatic extension"),
             N("seminal vesicles uninvolved", "no seminal vesicle invasion", yes="seminal vesicle invasion"),
             N("no pelvic lymphadenopathy", "no enlarged pelvic nodes", yes="pelvic lymphadenopathy"),
         ]),
    case("mr-05", "neuro", "academic neuro", prior=False,
         indication="New seizure, 54-year-old.",
         comparison="CT head yesterday, no prior MRI.",
         findings="Heterogeneously enhancing intra-axial mass in the left temporal lobe measuring 38 x 31 mm "
                  "with central necrosis and extensive surrounding FLAIR signal. Moderate mass effect with 5 mm "
                  "rightward midline shift. No hydrocephalus.",
         stmts=[
             P("{m} necrotic enhancing {side} temporal mass, most likely high-grade glioma",
               "{side} temporal lobe ring-enhancing necrotic mass ({m}), favored high-grade glial neoplasm",
               no="no intracranial mass", side="left", size=(38, 31)),
             P("{sev} mass effect with {m} midline shift", "midline shift of {m}, {sev} mass effect",
               no="no midline shift", sev="moderate", scale="grade", size=5),
             N("no hydrocephalus", "ventricles not dilated", yes="obstructive hydrocephalus"),
         ]),
    case("mr-06", "msk", "sports medicine", prior=False,
         indication="Shoulder pain with overhead activity, weakness.",
         comparison="None.",
         findings="Left shoulder. Full-thickness tear of the supraspinatus tendon with 15 mm retraction. Mild "
                  "fatty atrophy of the supraspinatus muscle. Infraspinatus tendinosis. Biceps tendon in place. "
                  "Moderate acromioclavicular arthrosis.",
         stmts=[
             P("full-thickness supraspinatus tear with {m} retraction, {side} shoulder",
               "{side} supraspinatus full-thickness tear, retracted {m}", no="intact rotator cuff",
               side="left", size=15),
             P("{sev} supraspinatus fatty atrophy", "{sev} fatty atrophy of supraspinatus", no="no muscle atrophy",
               sev="mild"),
             P("infraspinatus tendinosis", "tendinosis of the infraspinatus", no="normal infraspinatus"),
             P("{sev} acromioclavicular arthrosis", "{sev} AC joint osteoarthritis", no="no AC joint arthrosis",
               sev="moderate", scale="grade"),
         ]),
    case("mr-07", "abdomen", "academic body", prior=True,
         indication="Incidental pancreatic cyst, surveillance.",
         comparison="MRCP 18 months ago.",
         findings="Branch-duct IPMN in the pancreatic head measures 23 mm, previously 17 mm. New 4 mm enhancing "
                  "mural nodule. Main pancreatic duct 4 mm. No other cysts.",
         stmts=[
             P("branch-duct IPMN in the pancreatic head, now {m} (previously {p})",
               "enlarging pancreatic head side-branch IPMN: {m}, was {p}", no="no pancreatic cyst",
               size=23, prior=17),
             P("new {m} enhancing mural nodule, a high-risk stigma", "enhancing mural nodule of {m}, new",
               no="no mural nodule", size=4),
             N("main duct not dilated", "no main pancreatic duct dilatation", yes="main duct dilatation"),
         ]),
    case("mr-08", "neuro", "paediatric", prior=False,
         indication="8-year-old with headaches and vomiting.",
         comparison="None.",
         findings="Cystic and solid mass in the cerebellar vermis measuring 44 x 38 mm with an enhancing mural "
                  "nodule, compressing the fourth ventricle. Moderate obstructive hydrocephalus with "
                  "transependymal flow. No leptomeningeal enhancement of the spine.",
         stmts=[
             P("{m} cystic and solid vermian mass, likely pilocytic astrocytoma",
               "cerebellar vermis mass ({m}) with cyst and mural nodule, favor pilocytic astrocytoma",
               no="no posterior fossa mass", size=(44, 38)),
             P("{sev} obstructive hydrocephalus", "{sev} hydrocephalus due to fourth ventricular compression",
               no="no hydrocephalus", sev="moderate", scale="grade"),
             N("no leptomeningeal spread", "no drop metastases", yes="leptomeningeal spread"),
         ]),
    case("mr-09", "pelvis", "academic body", prior=False,
         indication="Pelvic pain, dysmenorrhea.",
         comparison="No prior imaging.",
         findings="Right ovarian endometrioma measuring 46 x 38 mm with T1 hyperintensity and T2 shading. "
                  "Posterior cul-de-sac obliteration with deep endometriosis along the left uterosacral ligament. "
                  "Uterus with adenomyosis. Left ovary normal.",
         stmts=[
             P("{m} {side} ovarian endometrioma", "endometrioma of the {side} ovary, {m}",
               "{side} ovary: {m} endometrioma (T1 bright, T2 shading)", no="no endometrioma", side="right",
               size=(46, 38)),
             P("deep endometriosis of the {side} uterosacral ligament with cul-de-sac obliteration",
               "{side} uterosacral ligament deep infiltrating endometriosis, obliterating the posterior "
               "cul-de-sac", no="no deep endometriosis", side="left"),
             P("adenomyosis", "uterine adenomyosis", no="no adenomyosis"),
         ]),
    case("mr-10", "spine", "teleradiology", prior=False,
         indication="Breast ca, new back pain and leg weakness.",
         comparison="None",
         findings="Diffuse osseous metastases. Pathologic fracture of T10 with epidural tumor causing severe "
                  "spinal canal stenosis and cord compression. T2 hyperintense cord signal at T10. L3 "
                  "metastasis without fracture.",
         stmts=[
             P("pathologic T10 fracture with epidural tumor causing {sev} canal stenosis and cord compression",
               "epidural disease at T10 with cord compression, {sev} stenosis, pathologic fracture",
               no="no cord compression", sev="severe"),
             P("T2 cord signal abnormality at T10", "cord edema at T10", no="normal cord signal"),
             P("diffuse osseous metastases", "widespread bone metastases", no="no osseous metastases"),
         ]),
    case("mr-11", "msk", "MSK subspecialty", prior=False,
         indication="Hip pain, runner, 34 F.",
         comparison="Radiograph normal.",
         findings="Right hip: edema in the inferomedial femoral neck with a 12 mm low-signal fracture line, "
                  "compression-side stress fracture. Anterosuperior labral tear. Small joint effusion.",
         stmts=[
             P("compression-side stress fracture of the {side} femoral neck, fracture line {m}",
               "{side} femoral neck stress fracture (compression side), {m} fracture line",
               no="no femoral neck fracture", side="right", size=12),
             P("anterosuperior labral tear", "tear of the anterosuperior labrum", no="labrum intact"),
             P("{sev} joint effusion", "{sev} hip effusion", no="no joint effusion", sev="small"),
         ]),
    case("mr-12", "breast", "breast imaging", prior=True,
         indication="High-risk screening, BRCA1 carrier.",
         comparison="Breast MRI 1 year ago.",
         findings="Minimal background parenchymal enhancement. New 11 mm irregular enhancing mass at 10 o'clock "
                  "in the left breast, 5 cm from the nipple, with washout kinetics. No suspicious axillary "
                  "nodes. Right breast: stable benign-appearing 6 mm focus.",
         stmts=[
             P("new {m} irregular enhancing mass in the {side} breast at 10 o'clock, BI-RADS 4",
               "{side} breast 10 o'clock irregular mass, {m}, new, washout kinetics (BI-RADS 4)",
               no="no suspicious enhancing mass", side="left", size=11),
             N("no suspicious axillary lymph nodes", "axillary nodes unremarkable", yes="suspicious axillary node"),
             P("stable benign-appearing {m} focus in the {side} breast", "{side} breast {m} focus, unchanged "
               "and benign-appearing", no="no enhancing focus", side="right", size=6),
         ]),
    case("mr-13", "neuro", "community", prior=False,
         indication="Sudden right-sided weakness and aphasia.",
         comparison="CT head same day, negative.",
         findings="Restricted diffusion in the left MCA territory involving the frontal operculum and insula, "
                  "approximately 35 mm. No hemorrhagic transformation. Flow void present in the left MCA. Mild "
                  "chronic small vessel ischemic disease.",
         stmts=[
             P("acute {side} MCA territory infarct involving the frontal operculum and insula, about {m}",
               "acute infarction in the {side} middle cerebral artery territory ({m})",
               "{side} MCA acute ischemic stroke, frontal operculum and insula, approximately {m}",
               no="no acute infarct", side="left", size=35),
             N("no hemorrhagic transformation", "no hemorrhage within the infarct",
               yes="hemorrhagic transformation"),
             P("{sev} chronic small vessel ischemic disease", "{sev} chronic microangiopathy",
               no="no small vessel disease", sev="mild"),
         ]),
    case("mr-14", "abdomen", "academic body", prior=False,
         indication="RUQ pain, dilated duct on ultrasound.",
         comparison="Ultrasound 2 days ago.",
         findings="MRCP: 8 mm obstructing stone in the distal common bile duct with CBD dilatation to 11 mm and "
                  "mild intrahepatic biliary dilatation. Cholelithiasis without cholecystitis. Pancreatic duct "
                  "normal.",
         stmts=[
             P("{m} choledocholithiasis in the distal CBD", "distal common bile duct stone measuring {m}",
               "obstructing distal CBD calculus, {m}", no="no choledocholithiasis", size=8),
             P("CBD dilated to {m} with {sev} intrahepatic biliary dilatation",
               "{sev} intrahepatic ductal dilatation; common duct {m}", no="no biliary dilatation",
               size=11, sev="mild"),
             P("cholelithiasis", "gallstones", no="no gallstones"),
             N("no cholecystitis", "no MR features of acute cholecystitis", yes="acute cholecystitis"),
         ]),
    case("mr-15", "msk", "MSK subspecialty", prior=True,
         indication="Ankle sprain 3 months ago, persistent lateral pain.",
         comparison="MRI ankle 2 months ago.",
         findings="Chronic complete tear of the anterior talofibular ligament. Calcaneofibular ligament "
                  "thickened, intact. Osteochondral lesion of the medial talar dome 9 x 7 mm, previously 9 x 6 mm, "
                  "stable. Peroneus brevis split tear. Left ankle.",
         stmts=[
             P("chronic complete ATFL tear, {side} ankle", "{side} anterior talofibular ligament complete tear, "
               "chronic", no="intact ATFL", side="left"),
             P("{m} osteochondral lesion of the medial talar dome, stable ({p})",
               "medial talar dome OCL, {m}, previously {p}", no="no osteochondral lesion", size=(9, 7),
               prior=(9, 6)),
             P("peroneus brevis split tear", "longitudinal split tear of the peroneus brevis",
               no="peroneal tendons intact"),
         ]),
    case("mr-16", "neck", "academic head and neck", prior=True,
         indication="Pituitary macroadenoma, post-transsphenoidal resection.",
         comparison="MRI sella 6 months ago.",
         findings="Residual tumor in the right cavernous sinus measures 12 mm, previously 12 mm. The optic chiasm "
                  "is decompressed. Right ICA flow void preserved, encased 180 degrees. No new enhancing tissue.",
         stmts=[
             P("stable {m} residual adenoma in the {side} cavernous sinus", "{side} cavernous sinus residual "
               "tumor, {m}, unchanged from {p}", no="no residual tumor", side="right", size=12, prior=12),
             N("optic chiasm decompressed", "no chiasmatic compression", yes="compression of the optic chiasm"),
             P("180-degree encasement of the {side} cavernous ICA with preserved flow void",
               "{side} internal carotid artery encased by 180 degrees, patent", no="no carotid encasement",
               side="right"),
         ]),
)
