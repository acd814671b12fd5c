"""MR cases of the v4 blind set (hand-written, synthetic)."""
# ruff: noqa: E501 - hand-written report sentences are kept whole for reading

from _b4_spec import C, N, S  # noqa: I001

CASES = [
    C("mr", "neuro", "neuro MR follow-up", "Multiple sclerosis, annual follow-up.", """
      Compared with the MRI of one year ago, there are two new T2/FLAIR hyperintense periventricular lesions
      in the left frontal white matter, the largest 6 mm. One of them enhances. The remaining lesions are unchanged.
      No brain atrophy beyond age.""",
      [S("Two new {L:left} frontal periventricular lesions, largest {Z:6 mm}, one enhancing.",
         "{L:Left} frontal white matter: 2 new demyelinating plaques (up to {Z:6 mm}); one shows enhancement.",
         neg="No new lesions.", org="White matter"),
       S("Other lesions unchanged.", "The remaining plaques are stable.", org="White matter"),
       N("No atrophy beyond age.", "Brain volume appropriate for age.", neg="Moderate generalized atrophy.",
         org="Parenchyma")],
      [("New lesion in the cervical cord.", "cord"), ("Enhancing lesion in the {L:right} cerebellar peduncle.",
                                                   "peduncle")],
      ("Findings indicate active disease.",), comparison="MRI brain one year ago.", prior=True),
    C("mr", "neuro", "academic stroke MR", "Sudden right arm weakness.", """
      There is restricted diffusion in the left precentral gyrus and corona radiata measuring 2.1 cm, with
      corresponding FLAIR signal, in keeping with an acute infarct. No hemorrhagic transformation on SWI.
      Flow voids of the major intracranial arteries are preserved. Mild chronic small vessel ischemic change.""",
      [S("Acute {L:left} precentral gyrus and corona radiata infarct, {Z:2.1 cm}.",
         "{Z:2.1 cm} acute stroke in the {L:left} precentral gyrus extending to the corona radiata.",
         "Acute ischemic infarct ({L:left} motor cortex and corona radiata), {Z:2.1 cm}.",
         neg="No acute infarct.", org="Diffusion"),
       N("No hemorrhagic transformation.", "No bleeding into the infarct.", neg="Petechial hemorrhagic transformation.",
         org="SWI"),
       S("{G:sev:Mild} chronic small vessel ischemic change.", "{G:sev:Mild} chronic microvascular disease.",
         org="White matter")],
      [("Occlusion of the {L:left} MCA.", "occlusion"), ("Cavernoma in the {L:right} temporal lobe.", "cavernoma")]),
    C("mr", "neuro oncology", "oncologic follow-up", "Glioblastoma, post resection and chemoradiation.", """
      Nodular enhancement along the posterior margin of the right temporal resection cavity now 18 x 12 mm,
      previously 9 x 7 mm. Surrounding FLAIR signal increased. No hydrocephalus. No new distant lesions.""",
      [S("Enlarging nodular enhancement at the {L:right} temporal resection cavity, {Z:18 x 12 mm} (was {P:9 x 7 mm}).",
         "Increased nodular enhancement ({Z:18 x 12 mm}, previously {P:9 x 7 mm}) along the {L:right} temporal cavity.",
         org="Resection bed"),
       S("Increased surrounding FLAIR signal.", "More FLAIR hyperintensity around the cavity.",
         neg="Surrounding FLAIR signal has decreased.", org="Resection bed"),
       N("No hydrocephalus or new distant lesions.", "No hydrocephalus. No new lesions elsewhere.",
         neg="New enhancing lesion in the {L:left} frontal lobe.", org="Brain")],
      [("Leptomeningeal enhancement.", "leptomeningeal"), ("Subependymal spread.", "subependymal")],
      comparison="MRI 8 weeks earlier.", prior=True),
    C("mr", "neuro msk", "spine with levels and grades", "Low back pain radiating to left leg.", """
      L4-5: disc bulge with left paracentral extrusion contacting the traversing left L5 root. Moderate spinal
      canal stenosis. L5-S1: mild disc desiccation, no stenosis. Conus normal at L1.""",
      [S("L4-5 {L:left} paracentral disc extrusion contacting the traversing {L:left} L5 nerve root.",
         "{L:Left} paracentral extrusion at L4-L5 touching the {L:left} L5 root.", neg="No disc herniation at L4-5.",
         org="L4-5"),
       S("{G:sev:Moderate} spinal canal stenosis at L4-5.", "{G:sev:Moderate} central stenosis, L4-L5.",
         neg="No canal stenosis at L4-5.", org="L4-5"),
       N("No stenosis at L5-S1.", "L5-S1 without stenosis.", neg="Severe stenosis at L5-S1.", org="L5-S1")],
      [("Pars defect at L5.", "pars"), ("Modic type 1 endplate change at L4-5.", "modic")]),
    C("mr", "neuro", "non-native English cervical", "Hand numbness, gait change.", """
      At C5-6 there is disc osteophyte complex with severe canal stenosis and cord compression. In the cord at
      this level is T2 hyperintense signal 8 mm long. C4-5 and C6-7 mild foraminal narrowing both side.""",
      [S("{G:sev:Severe} C5-6 canal stenosis with cord compression.",
         "C5-C6 disc osteophyte complex causing {G:sev:severe} stenosis and compressing the spinal cord.",
         neg="No cord compression.", org="C5-6"),
       S("T2 hyperintense cord signal at C5-6, {Z:8 mm} long, compatible with myelopathy.",
         "{Z:8 mm} segment of T2 bright cord signal at C5-6 (compressive myelopathy).", org="Cord"),
       S("{G:sev:Mild} bilateral foraminal narrowing at C4-5 and C6-7.",
         "C4-5 and C6-7: {G:sev:mild} narrowing of both neural foramina.", org="Foramina")],
      [("Syrinx.", "syrinx"), ("Ossification of the posterior longitudinal ligament.", "ossification")]),
    C("mr", "msk", "MSK MR with grades", "Twisting injury, knee swelling.", """
      Complete tear of the anterior cruciate ligament. Grade 1 sprain of the MCL. Horizontal tear of the posterior
      horn medial meniscus. Moderate joint effusion. Popliteal cyst 3.4 x 1.2 cm. Bone bruise lateral femoral
      condyle. Lateral meniscus and PCL intact.""",
      [S("Complete ACL tear.", "The anterior cruciate ligament is completely torn.", "ACL: full rupture.",
         neg="Intact ACL.", org="Ligaments"),
       S("Horizontal tear of the medial meniscus posterior horn.", "Posterior horn medial meniscus: horizontal tear.",
         neg="Menisci intact.", org="Menisci"),
       S("{G:grade:Grade 1} MCL sprain.", "MCL sprain, {G:grade:grade 1}.", org="Ligaments"),
       S("{G:vol:Moderate} effusion and a {Z:3.4 x 1.2 cm} Baker cyst.",
         "{G:vol:Moderate} joint effusion; {Z:3.4 x 1.2 cm} popliteal cyst.", org="Joint"),
       N("PCL and lateral meniscus intact.", "Intact posterior cruciate ligament and lateral meniscus.",
         neg="Partial PCL tear.", org="Ligaments")],
      [("Segond fracture.", "segond"), ("Displaced bucket-handle fragment in the notch.", "bucket")]),
    C("mr", "msk", "MSK MR shoulder, numbered", "Right shoulder pain, weakness on abduction.", """
      1. Full-thickness tear of the supraspinatus tendon, 14 mm in AP dimension, 2 cm retraction.
      2. Mild supraspinatus fatty atrophy. 3. Moderate AC joint arthrosis. 4. Small subacromial bursal fluid.
      5. Labrum and biceps intact.""",
      [S("{G:tear:Full-thickness} supraspinatus tear, {Z:14 mm} AP, retracted {Z:2 cm}.",
         "{G:tear:Full-thickness} tear of the supraspinatus ({Z:14 mm} anteroposterior) with {Z:2 cm} retraction.",
         neg="Supraspinatus tendinosis without tear.", org="Rotator cuff"),
       S("{G:sev:Mild} supraspinatus fatty atrophy.", "{G:sev:Mild} fatty infiltration of the supraspinatus muscle.",
         neg="No muscle atrophy.", org="Rotator cuff"),
       S("{G:sev:Moderate} AC joint arthrosis.", "{G:sev:Moderate} acromioclavicular osteoarthritis.", org="AC joint"),
       N("Labrum and biceps tendon intact.", "Intact labrum and biceps.", neg="SLAP tear.", org="Labrum")],
      [("Hill-Sachs lesion.", "Hill-Sachs"), ("Subscapularis tear.", "subscapularis")]),
    C("mr", "msk", "MSK MR ankle, telegraphic", "Inversion injury 3 weeks ago.", """
      ATFL: thickened, partial tear, grade 2. CFL intact. Deltoid intact. Peroneal tendons: small fluid in sheath.
      Bone: contusion medial talar dome 7 mm, no osteochondral fracture.""",
      [S("{G:grade:Grade 2} ATFL sprain (partial tear).", "Partial tear of the anterior talofibular ligament, {G:grade:grade 2}.",
         neg="ATFL intact.", org="Lateral ligaments"),
       S("{Z:7 mm} medial talar dome contusion without osteochondral fracture.",
         "Bone bruise of the medial talar dome ({Z:7 mm}); no osteochondral fracture.", org="Bone"),
       N("CFL and deltoid intact.", "Calcaneofibular and deltoid ligaments intact.", neg="CFL tear.",
         org="Ligaments")],
      [("Anterior talofibular ligament avulsion fragment.", "avulsion"), ("Sinus tarsi edema.", "sinus tarsi")]),
    C("mr", "pediatric msk", "pediatric MSK", "13-year-old, knee pain with sport.", """
      Osteochondritis dissecans of the lateral aspect of the medial femoral condyle, 14 x 9 mm. Fragment in situ:
      no fluid undermining and no cyst, so no signs of instability. Physes open. No effusion.""",
      [S("{Z:14 x 9 mm} osteochondritis dissecans lesion of the medial femoral condyle without signs of instability.",
         "OCD lesion, medial femoral condyle ({Z:14 x 9 mm}), in situ - no fluid undermining it.",
         neg="Unstable osteochondritis dissecans fragment.", org="Cartilage"),
       N("No joint effusion.", "No effusion.", neg="Small joint effusion.", org="Joint")],
      [("Loose body in the intercondylar notch.", "loose body"), ("Discoid lateral meniscus.", "discoid")],
      ("Otherwise normal knee for age.",)),
    C("mr", "abdomen", "structured liver MR", "Cirrhosis, HCC surveillance.", """
      LIVER: Cirrhotic morphology. Segment 6 observation 23 mm with arterial phase hyperenhancement, washout and
      capsule. PORTAL VEIN: patent. SPLEEN: 14 cm. ASCITES: trace.""",
      [S("{Z:23 mm} segment 6 LI-RADS 5 observation, consistent with HCC.",
         "Segment 6: {Z:23 mm} lesion with APHE, washout and capsule (LR-5, HCC).",
         neg="No LI-RADS 5 observation.", org="Liver"),
       N("Patent portal vein.", "No portal vein thrombus.", neg="Tumor thrombus in the portal vein.",
         org="Portal vein"),
       S("Cirrhosis with splenomegaly ({Z:14 cm}) and {G:vol:trace} ascites.",
         "Cirrhotic liver, spleen {Z:14 cm}, {G:vol:trace} ascites.", org="Liver")],
      [("Esophageal varices.", "varices"), ("Second arterially enhancing lesion in segment 2.", "segment 2")]),
    C("mr", "abdomen", "prostate MR", "PSA 9.2.", """
      Prostate volume 48 mL. Left peripheral zone posterolateral midgland lesion 13 mm with marked diffusion
      restriction, PI-RADS 5. No extraprostatic extension. Seminal vesicles clear. No adenopathy.""",
      [S("PI-RADS 5 lesion in the {L:left} posterolateral peripheral zone midgland, {Z:13 mm}.",
         "{Z:13 mm} {L:left} PZ midgland lesion, PI-RADS 5.", neg="No PI-RADS 4 or 5 lesion.", org="Prostate"),
       N("No extraprostatic extension or seminal vesicle invasion.", "No EPE; seminal vesicles spared.",
         neg="Extraprostatic extension at the {L:left} posterolateral margin.", org="Staging"),
       N("No lymphadenopathy.", "No enlarged pelvic nodes.", neg="{L:Left} external iliac lymphadenopathy.",
         org="Nodes")],
      [("Bone metastasis in the {L:left} iliac wing.", "iliac wing"), ("Bladder wall thickening.", "bladder")]),
    C("mr", "breast", "breast MR BI-RADS", "High-risk screening, BRCA1.", """
      Minimal background enhancement. Right breast 12 o'clock, 5 cm from nipple: irregular enhancing mass 11 mm
      with washout kinetics. Left breast negative. No axillary adenopathy. BI-RADS 4.""",
      [S("{Z:11 mm} irregular enhancing mass in the {L:right} breast at 12 o'clock, washout kinetics.",
         "{L:Right} breast, 12:00: irregular {Z:11 mm} mass with washout.", neg="No suspicious enhancement.",
         org="Breast"),
       N("No suspicious findings in the {L:left} breast; no axillary adenopathy.",
         "{L:Left} breast negative. Axillae normal.", neg="Enlarged {L:left} axillary lymph node.", org="Contralateral breast"),
       S("BI-RADS 4: suspicious; biopsy recommended.", "BI-RADS category 4 (suspicious). MR-guided biopsy advised.",
         org="Assessment")],
      [("Non-mass enhancement in the {L:right} lower inner quadrant.", "non-mass"), ("Skin thickening.", "skin")]),
    C("mr", "abdomen oncology", "rectal cancer restaging", "Rectal adenocarcinoma after neoadjuvant therapy.", """
      Versus baseline MRI: tumour at 7 cm from anal verge now 19 mm in thickness, previously 34 mm, with
      fibrotic low T2 signal. Mesorectal fascia clear (3 mm). No suspicious mesorectal nodes; previous 8 mm node
      now 4 mm. No EMVI.""",
      [S("Treated rectal tumor now {Z:19 mm} thick (baseline {P:34 mm}), mostly fibrotic.",
         "Response of the rectal tumour: {Z:19 mm}, was {P:34 mm}; predominantly fibrotic T2 signal.", org="Tumor"),
       S("Mesorectal node decreased to {Z:4 mm} from {P:8 mm}.", "Smaller mesorectal node, {Z:4 mm} (was {P:8 mm}).",
         org="Nodes"),
       N("Clear mesorectal fascia; no EMVI.", "No extramural venous invasion; fascia not involved.",
         neg="Tumor abuts the mesorectal fascia.", org="Staging")],
      [("New liver metastasis.", "liver"), ("Lateral pelvic sidewall node.", "sidewall")],
      comparison="Baseline MRI pelvis.", prior=True),
    C("mr", "neuro vascular", "MR venography", "Headache, papilledema, postpartum.", """
      Absent flow-related signal and filling defect in the left transverse and sigmoid sinuses extending to the
      left internal jugular bulb. Small left temporal venous infarct 15 mm without hemorrhage.""",
      [S("Thrombosis of the {L:left} transverse and sigmoid sinuses to the jugular bulb.",
         "{L:Left} transverse-sigmoid sinus thrombosis reaching the jugular bulb (blood clot in the dural sinuses).",
         neg="Patent dural venous sinuses.", org="Venous sinuses"),
       S("{Z:15 mm} {L:left} temporal venous infarct without hemorrhage.",
         "Non-hemorrhagic venous infarct, {L:left} temporal lobe, {Z:15 mm}.", org="Parenchyma")],
      [("Superior sagittal sinus thrombosis.", "sagittal"), ("Subarachnoid hemorrhage.", "subarachnoid")]),
    C("mr", "pediatric neuro", "pediatric neuro MR", "7-year-old with headaches.", """
      Cerebellar tonsils extend 9 mm below the foramen magnum with peg-like configuration. No syrinx in the
      imaged cord. Ventricles normal. No other abnormality.""",
      [S("Chiari I malformation with {Z:9 mm} tonsillar ectopia.",
         "Cerebellar tonsils {Z:9 mm} below the foramen magnum, peg-like: Chiari I.", neg="No Chiari malformation.",
         org="Posterior fossa"),
       N("No syrinx or hydrocephalus.", "No syringomyelia; ventricles normal.", neg="Cervical syrinx.", org="Cord")],
      [("Basilar invagination.", "basilar"), ("Tectal glioma.", "glioma")], ("No other intracranial abnormality.",)),
]
