"""Blind set v6, MR cases (hand-written, synthetic). Mark-up: see `_b6_model`."""

from _b6_model import case

CASES = [
    case("mr", "001", "neuro", ind="sudden R arm weakness 6h", style="numbered", findings="""
        DWI: Restricted diffusion in the left corona radiata and posterior limb of the internal capsule,
        measuring 14 mm, with low ADC, consistent with acute infarct. FLAIR: corresponding faint hyperintensity.
        SWI: no microhemorrhage or hemorrhagic transformation. Scattered periventricular white matter T2
        hyperintensities, mild, likely chronic small vessel disease. Flow voids preserved.""",
         imp=["Acute {M:14 mm} infarct in the {L:left} corona radiata and posterior limb of the internal capsule"
              " | {M:14 mm} acute ischemic infarct, {L:left} corona radiata / PLIC | ~Recent stroke ({M:14 mm})"
              " deep in the {L:left} hemisphere, involving the corona radiata and internal capsule"
              " ## No acute infarct",
              "-No hemorrhagic transformation | No hemorrhagic conversion | ~No bleeding into the infarct"
              " ## Petechial hemorrhagic transformation",
              "{S:Mild} chronic small vessel ischemic disease | {S:Mild} chronic microangiopathy | ~White matter"
              " changes of {S:mild} degree, probably small vessel disease"],
         fab=["Occlusion of the left internal carotid flow void @occlusion",
              "Cavernous malformation in the pons @cavernous"]),
    case("mr", "002", "neuro", ind="hx optic neuritis, paresthesias", findings="""
        Multiple ovoid periventricular T2/FLAIR hyperintense lesions oriented perpendicular to the lateral
        ventricles, juxtacortical lesion in the right frontal lobe and an infratentorial lesion in the left
        middle cerebellar peduncle. One lesion in the left centrum semiovale shows incomplete ring enhancement.
        Total lesion count approximately 12. Cervical cord not imaged.""",
         imp=["Periventricular, {L:right} frontal juxtacortical and {L:left} infratentorial demyelinating lesions"
              " meeting dissemination in space | Demyelinating plaques (periventricular, {L:right} frontal"
              " juxtacortical, {L:left} MCP) fulfilling DIS | ~Lesions typical of MS in periventricular,"
              " juxtacortical ({L:right} frontal) and infratentorial ({L:left} middle cerebellar peduncle) sites"
              " satisfy dissemination in space",
              "One enhancing (active) lesion in the {L:left} centrum semiovale, so dissemination in time is met"
              " | Active enhancing {L:left} centrum semiovale lesion: DIT met | ~The incompletely ring-enhancing"
              " plaque in the {L:left} centrum semiovale is active, fulfilling dissemination in time"
              " ## No enhancing lesions"],
         fab=["Spinal cord lesion at C3 @C3", "Dawson fingers with cortical atrophy @atrophy"],
         extra=("Findings are consistent with multiple sclerosis in the given clinical context.",)),
    case("mr", "003", "neuro onc", prior=True, ind="NSCLC brain mets s/p SRS", comp="MRI brain 2026-08-11",
         style="caps", findings="""Treated right cerebellar metastasis now 6 mm, previously 11 mm, with decreased
        surrounding edema. Left frontal metastasis 9 mm, previously 9 mm. New 4 mm enhancing focus in the left
        occipital lobe. No hydrocephalus. No hemorrhage.""",
         imp=["New {M:4 mm} enhancing {L:left} occipital lesion, suspicious for a new metastasis | {M:4 mm} new"
              " {L:L} occipital enhancing focus, c/w new met | ~A further {M:4 mm} enhancing lesion has"
              " appeared in the {L:left} occipital lobe, most likely metastatic ## No new lesion",
              "Treated {L:right} cerebellar metastasis smaller, {M:6 mm} (was {P:11 mm}) | {L:R} cerebellar met"
              " decreased to {M:6 mm} from {P:11 mm} | ~Post-SRS {L:right} cerebellar deposit has shrunk"
              " ({P:11 mm} to {M:6 mm})",
              "Stable {M:9 mm} {L:left} frontal metastasis | {L:Left} frontal met unchanged, {M:9 mm} | ~No change"
              " in the {L:left} frontal deposit ({M:9 mm})",
              "-No hydrocephalus or hemorrhage | No hemorrhage; no hydrocephalus | ~Ventricles normal and no"
              " blood ## Hemorrhage within the cerebellar metastasis"],
         fab=["Leptomeningeal enhancement along the cerebellar folia @leptomeningeal",
              "Radiation necrosis at the frontal lesion @necrosis"]),
    case("mr", "004", "msk", ind="twisting injury, locking, 34M", style="numbered", findings="""
        MENISCI: Bucket-handle tear of the medial meniscus with displaced fragment in the intercondylar notch
        (double PCL sign). Lateral meniscus intact. LIGAMENTS: Complete ACL tear. PCL intact. MCL grade 1
        sprain. LCL complex intact. CARTILAGE: preserved. BONE: Bone contusions of the lateral femoral condyle
        and posterolateral tibial plateau. Moderate joint effusion. Extensor mechanism intact.""",
         imp=["Complete ACL tear with pivot-shift bone contusions | Full-thickness ACL rupture; lateral femoral"
              " condyle and posterolateral tibial plateau contusions (pivot shift) | ~ACL torn through, with the"
              " bruise pattern of a pivot-shift injury ## ACL intact",
              "Bucket-handle tear of the medial meniscus with fragment in the notch | Displaced bucket-handle"
              " medial meniscal tear (double PCL sign) | ~The medial meniscus has a bucket-handle tear whose"
              " fragment has flipped into the intercondylar notch",
              "MCL {S:grade 1} sprain | {S:Grade 1} MCL sprain | ~Medial collateral ligament: {S:grade 1} sprain",
              "{S:Moderate} effusion | {S:Moderate} joint effusion | ~Joint fluid, {S:moderate}"],
         fab=["Lateral meniscal root tear @root tear", "Baker cyst rupture @Baker"]),
    case("mr", "005", "msk", ind="R shoulder pain, weakness overhead, 61F", findings="""
        Full-thickness tear of the supraspinatus tendon at the footprint measuring 14 mm anteroposterior with
        10 mm medial retraction. Mild fatty infiltration of the supraspinatus muscle (Goutallier 1).
        Infraspinatus and subscapularis tendinosis without tear. Biceps long head in the groove, intact.
        Moderate acromioclavicular osteoarthritis. Small subacromial-subdeltoid bursal fluid.""",
         imp=["Full-thickness supraspinatus tear, {M:14 mm} AP with {M:10 mm} retraction | FT SST tear"
              " {M:14 mm} wide, retracted {M:10 mm} | ~The supraspinatus tendon is torn through its whole"
              " thickness over {M:14 mm}, pulled back {M:10 mm}",
              "{S:Mild} supraspinatus fatty atrophy | Goutallier 1, {S:mild} fatty infiltration | ~Supraspinatus"
              " muscle shows only {S:mild} fat infiltration (Goutallier 1)",
              "{S:Moderate} AC joint osteoarthritis | {S:Moderate} ACJ arthrosis | ~Wear-and-tear arthritis of"
              " the acromioclavicular joint, {S:moderate}",
              "-Biceps tendon intact and located | LHB intact, in the groove | ~Long head of biceps in normal"
              " position without tear ## Medial subluxation of the biceps tendon"],
         fab=["SLAP tear of the superior labrum @SLAP", "Hill-Sachs lesion @Hill-Sachs"]),
    case("mr", "006", "msk neuro", ind="LBP w/ L leg radiculopathy x 6 wk", style="oneline", findings="""
        L3-L4: mild disc bulge, no stenosis. L4-L5: left subarticular disc extrusion extending 7 mm caudally,
        compressing the traversing left L5 nerve root; moderate left lateral recess stenosis; mild central canal
        narrowing. L5-S1: small central protrusion without nerve contact. Conus ends at L1, normal signal. Modic
        1 endplate change at L4-L5.""",
         imp=["L4-L5 {L:left} subarticular extrusion with {M:7 mm} caudal migration compressing the {L:left} L5"
              " root | {L:Left} subarticular disc extrusion at L4-5 (migrated {M:7 mm} down) impinging the"
              " traversing {L:left} L5 nerve root | ~At L4-L5 a disc fragment extruded to the {L:left} and"
              " {M:7 mm} downward presses on the {L:left} L5 root",
              "{S:moderate} {L:left} lateral recess stenosis and {S:mild} central canal narrowing at L4-L5"
              " | L4-5: {S:moderate} {L:left} lateral recess and {S:mild} central stenosis | ~At the same level the"
              " {L:left} lateral recess is narrowed ({S:moderate}), the central canal less so ({S:mild})",
              "L5-S1 central protrusion without neural contact | Small L5-S1 central protrusion, no root contact"
              " | ~Small central bulge of the L5-S1 disc that spares the nerves"],
         fab=["Pars defect at L5 @pars", "Epidural abscess @abscess"]),
    case("mr", "007", "abdomen onc", ind="cirrhosis (HCV), rising AFP", style="numbered", findings="""
        Cirrhotic liver morphology. Segment 8 observation 24 mm with arterial phase hyperenhancement,
        nonperipheral washout and enhancing capsule: LR-5. Segment 3 observation 8 mm, arterial
        hyperenhancement only, LR-3. Portal vein patent, no tumor in vein. Moderate splenomegaly, 15.5 cm.
        Small volume ascites. Varices at the gastroesophageal junction.""",
         imp=["{M:24 mm} segment 8 LR-5 observation, definite HCC | Segment 8 observation, {M:24 mm}, LI-RADS 5"
              " (HCC) | ~A {M:24 mm} lesion in segment 8 meets LR-5 criteria for hepatocellular carcinoma",
              "{M:8 mm} segment 3 LR-3 observation | LR-3, segment 3, {M:8 mm} | ~Indeterminate (LR-3) {M:8 mm}"
              " focus in segment 3",
              "-No tumor in vein | Portal vein patent without tumor thrombus | ~No vascular invasion"
              " ## Tumor in vein (portal)",
              "Portal hypertension: {S:moderate} splenomegaly ({M:15.5 cm}), {S:small} ascites, varices | Signs of"
              " portal HTN with {S:moderate} splenomegaly {M:15.5 cm}, {S:small} volume ascites and GE junction"
              " varices | ~Portal hypertension, shown by a {M:15.5 cm} spleen ({S:moderate} enlargement),"
              " {S:small} ascites and varices"],
         fab=["Biliary hamartomas @hamartoma", "Transient hepatic intensity difference @intensity difference"]),
    case("mr", "008", "onc", ind="PSA 9.2, prior negative biopsy", findings="""
        Prostate volume 48 mL. Left peripheral zone posterolateral midgland lesion 12 mm, markedly
        hypointense on ADC with focal hyperintensity on high b-value, early enhancement: PI-RADS 5. Extends to
        the capsule with broad contact, no gross extraprostatic extension. Seminal vesicles normal. No pelvic
        adenopathy. No suspicious bone lesions.""",
         imp=["{M:12 mm} PI-RADS 5 lesion in the {L:left} posterolateral peripheral zone, midgland | PI-RADS 5,"
              " {L:L} PZ midgland posterolateral, {M:12 mm} | ~Highly suspicious {M:12 mm} lesion (PI-RADS 5),"
              " {L:left} peripheral zone at midgland",
              "-No gross extraprostatic extension | Broad capsular contact without frank EPE | ~Touches the"
              " capsule widely but no definite spread outside the gland ## Gross extraprostatic extension",
              "-No adenopathy or bone lesion | No nodal or osseous metastases | ~Nodes and bones clear"
              " ## Suspicious sclerotic bone lesion"],
         fab=["Seminal vesicle invasion @seminal vesicle invasion", "Bladder neck invasion @bladder neck"]),
    case("mr", "009", "neuro peds", ind="4 yo, headaches, ataxia", findings="""
        Heterogeneous mass centered in the fourth ventricle, 3.8 x 3.2 x 3.0 cm, with restricted diffusion in
        the solid component and heterogeneous enhancement. Obstructive hydrocephalus with transependymal flow.
        Tonsils 6 mm below foramen magnum. No leptomeningeal enhancement in the brain. Spine imaging to follow.""",
         imp=["{M:3.8 x 3.2 x 3.0 cm} fourth ventricular mass with restricted diffusion, most suggestive of"
              " medulloblastoma | Fourth ventricle mass ({M:3.8 x 3.2 x 3.0 cm}) w/ diffusion restriction, likely"
              " medulloblastoma | ~The {M:3.8 x 3.2 x 3.0 cm} diffusion-restricting tumor in the"
              " fourth ventricle is probably a medulloblastoma",
              "Obstructive hydrocephalus with transependymal flow | Obstructive hydrocephalus, transependymal CSF"
              " | ~Ventricles dilated by the block, with CSF seeping through the ependyma ## No hydrocephalus",
              "Tonsillar descent {M:6 mm} | Tonsils {M:6 mm} below the foramen magnum | ~Cerebellar tonsils sit"
              " {M:6 mm} low",
              "-No intracranial leptomeningeal disease | No leptomeningeal enhancement | ~No spread along the"
              " meninges in the head ## Leptomeningeal enhancement along the cerebellum"],
         fab=["Calcification within the mass @calcification", "Hemorrhage within the mass @hemorrhage"]),
    case("mr", "010", "breast onc", ind="new dx L breast IDC, extent of disease", style="numbered", findings="""
        Left breast: irregular enhancing mass at 2 o'clock, 4 cm from the nipple, 2.6 x 2.2 x 2.0 cm, biopsy clip
        in place, corresponding to known cancer. Non-mass enhancement extends 3 cm anteriorly from the mass.
        Right breast: no suspicious enhancement. Minimal background parenchymal enhancement. No axillary
        adenopathy bilaterally.""",
         imp=["Known {L:left} breast cancer at 2 o'clock, {M:2.6 x 2.2 x 2.0 cm} | Biopsy-proven {L:left} breast"
              " malignancy, 2:00, {M:2.6 x 2.2 x 2.0 cm} | ~The index cancer in the {L:left} breast (2 o'clock)"
              " measures {M:2.6 x 2.2 x 2.0 cm}",
              "Associated non-mass enhancement extending {M:3 cm} anteriorly, total extent larger than the mass"
              " | NME extends {M:3 cm} anterior to the mass | ~Enhancement spreads {M:3 cm} in front of the mass"
              " ## No associated non-mass enhancement",
              "-No suspicious enhancement in the {L:right} breast; no axillary adenopathy | {L:Right} breast"
              " negative, axillae negative | ~Contralateral ({L:right}) breast and both axillae clear"
              " ## Suspicious enhancing focus in the {L:right} breast"],
         fab=["Pectoralis muscle invasion @pectoralis", "Internal mammary lymph node @internal mammary"],
         extra=("BI-RADS 6: known biopsy-proven malignancy.",)),
    case("mr", "011", "msk peds", ind="12 yo soccer, ankle inversion, pain 3 wk", findings="""
        Salter-Harris II fracture of the distal fibula with physeal widening. Bone marrow edema in the distal
        fibular metaphysis. ATFL high-grade partial tear. CFL intact. Small tibiotalar effusion. Talar dome
        intact, no osteochondral lesion. Peroneal tendons intact.""",
         imp=["Salter-Harris II fracture of the distal fibula | SH2 distal fibular fracture with physeal"
              " widening | ~Growth plate fracture (Salter-Harris type 2) of the lower fibula",
              "{S:High-grade} partial ATFL tear | {S:High-grade} partial-thickness tear of the anterior talofibular"
              " ligament | ~ATFL partly torn, {S:high-grade}",
              "-No osteochondral lesion of the talus | Talar dome intact | ~Talus cartilage and bone intact"
              " ## Osteochondral lesion of the talar dome"],
         fab=["Peroneus brevis split tear @split tear", "Os trigonum syndrome @trigonum"]),
    case("mr", "012", "abdomen", ind="RUQ pain, LFTs up, US with dilated CBD", findings="""
        MRCP: Common bile duct dilated to 11 mm with two filling defects in the distal CBD, largest 7 mm,
        consistent with choledocholithiasis. Mild intrahepatic biliary dilatation. Gallbladder with multiple
        stones, no wall thickening. Pancreatic duct normal, 2 mm. No pancreatic mass.""",
         imp=["Choledocholithiasis: two distal CBD stones, largest {M:7 mm}, with CBD dilated to {M:11 mm}"
              " | Distal CBD stones x2 (up to {M:7 mm}); CBD {M:11 mm} | ~Two stones in the lower common bile duct"
              " (biggest {M:7 mm}) dilate it to {M:11 mm} ## No choledocholithiasis",
              "{S:Mild} intrahepatic biliary dilatation | {S:Mild} IHBD | ~Bile ducts inside the liver are"
              " dilated, {S:mild}",
              "Cholelithiasis | Gallstones | ~Stones in the gallbladder",
              "-Normal pancreatic duct; no mass | PD normal, no pancreatic mass | ~Pancreas and its duct normal"
              " ## Pancreatic head mass"],
         fab=["Mirizzi syndrome @Mirizzi", "Pancreas divisum @divisum"]),
    case("mr", "013", "neuro", ind="galactorrhea, amenorrhea, prolactin 140", findings="""
        Pituitary gland: 7 mm hypoenhancing lesion in the right aspect of the adenohypophysis on dynamic
        imaging, consistent with microadenoma. Infundibulum midline. Optic chiasm unremarkable. Cavernous sinuses
        normal. Brain otherwise unremarkable.""",
         imp=["{M:7 mm} {L:right} pituitary microadenoma | Pituitary microadenoma, {L:right} side, {M:7 mm}"
              " | ~Small ({M:7 mm}) adenoma of the {L:right} anterior pituitary ## Normal pituitary gland",
              "-No chiasmal compression or cavernous sinus invasion | Chiasm and cavernous sinuses normal"
              " | ~Optic chiasm and cavernous sinuses spared ## Mass effect on the optic chiasm"],
         fab=["Rathke cleft cyst @Rathke", "Empty sella @empty sella"],
         extra=("Brain otherwise unremarkable.",)),
    case("mr", "014", "msk", ind="posterior knee swelling", findings="""
        Popliteal cyst between the medial head of gastrocnemius and semimembranosus tendon, 4.5 x 1.8 cm, with
        fluid tracking inferiorly along the calf suggesting rupture. Degenerative horizontal tear of the
        posterior horn of the medial meniscus. Moderate medial compartment chondrosis. ACL and PCL intact.""",
         imp=["Ruptured popliteal cyst, {M:4.5 x 1.8 cm} | Baker cyst ({M:4.5 x 1.8 cm}) with signs of rupture"
              " | ~Leaking {M:4.5 x 1.8 cm} Baker's cyst with fluid down the calf ## Popliteal cyst intact",
              "Horizontal degenerative tear, posterior horn medial meniscus | Degenerative horizontal tear of the"
              " medial meniscal posterior horn | ~Posterior horn of the medial meniscus: degenerative tear,"
              " horizontal",
              "{S:Moderate} medial compartment chondrosis | {S:Moderate} medial chondral wear | ~Cartilage loss,"
              " medial compartment, {S:moderate}"],
         fab=["Deep vein thrombosis in the popliteal vein @thrombosis", "Loose body in the joint @loose body"]),
]
