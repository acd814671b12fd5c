"""Hand-written MR cases of the v10 set (neuro, spine, MSK, body, pelvis, pediatric; terse to verbose styles)."""

from _v10_model import N, P, case

MR = [
    case("mr", "academic neuro-oncology", "New seizure.", "None.",
         """MRI brain with and without gadolinium. Heterogeneously enhancing mass in the right temporal lobe measuring
         4.1 x 3.3 cm with central necrosis and surrounding vasogenic edema. Mass effect with effacement of the right
         lateral ventricle and 6 mm leftward midline shift. No hydrocephalus. No additional enhancing lesions. Mild
         uncal herniation is not present. Incidental small left maxillary mucous retention cyst.""",
         [P("{size} necrotic enhancing {side} temporal mass, most consistent with high-grade glioma | Enhancing"
            " necrotic mass in the {side} temporal lobe ({size}), likely glioblastoma | {Side} temporal lobe mass"
            " measuring {size} with central necrosis; high-grade glial neoplasm favored", "No intracranial mass |"
            " No enhancing lesion in the {side} temporal lobe", side="right", size=(41, 33)),
          P("Surrounding vasogenic edema with {size} of {oside}ward midline shift | Mass effect with {size} midline"
            " shift to the {oside} and vasogenic edema", "No mass effect or midline shift | No midline shift",
            side="right", size=(6,), unit="mm"),
          N("No hydrocephalus | Ventricles not dilated", "Hydrocephalus | Obstructive hydrocephalus"),
          N("No additional enhancing lesions | Solitary lesion; no other enhancing foci", "Additional enhancing"
            " lesions | Multiple other enhancing lesions"),
          P("Small {side} maxillary mucous retention cyst | {Side} maxillary retention cyst, small, incidental",
            "Clear paranasal sinuses", side="left", minor=True)],
         ["Acute infarct in the left occipital lobe.|infarct,occipital",
          "Dural venous sinus thrombosis.|thromb"], numbered=True),
    case("mr", "community neuro", "Multiple sclerosis, annual follow-up.", "MRI brain 1 year ago.",
         """MRI brain with and without contrast. Numerous periventricular, juxtacortical and infratentorial T2/FLAIR
         hyperintense lesions, compatible with known demyelinating disease. Two new lesions compared with prior:
         left centrum semiovale and right middle cerebellar peduncle. One new lesion in the left centrum semiovale
         enhances. Mild generalized volume loss.""",
         [P("Two new demyelinating lesions since the prior exam (left centrum semiovale, right middle cerebellar"
            " peduncle) | Interval increase in disease burden: 2 new T2/FLAIR lesions (left centrum semiovale and right"
            " middle cerebellar peduncle)", "No new lesions | Stable"
            " lesion burden, no new lesions"),
          P("Active enhancing lesion in the {side} centrum semiovale | Enhancement of the new {side} centrum"
            " semiovale lesion, indicating active demyelination", "No enhancing lesions | No active demyelination",
            side="left"),
          P("Known multiple sclerosis with numerous periventricular, juxtacortical and infratentorial lesions |"
            " Extensive known MS plaques (periventricular, juxtacortical, infratentorial)", "No demyelinating"
            " lesions"),
          P("{Sev} generalized volume loss | {Sev} global brain atrophy", "No volume loss | Normal brain volume",
            sev="mild", minor=True)],
         ["Developmental venous anomaly in the right frontal lobe.|venous,anomaly",
          "Cavernoma in the pons.|cavern,pons"]),
    case("mr", "MSK sports", "Twisting injury, knee instability.", "None.",
         """MRI right knee without contrast. Complete tear of the anterior cruciate ligament at its femoral attachment.
         Bone contusions of the lateral femoral condyle and posterolateral tibial plateau. Vertical longitudinal tear
         of the posterior horn of the medial meniscus. Grade 2 sprain of the medial collateral ligament. Moderate
         joint effusion. Posterior cruciate ligament and lateral meniscus intact.""",
         [P("Complete ACL tear, {side} knee | Full-thickness tear of the anterior cruciate ligament of the {side}"
            " knee | {Side} knee: ACL completely torn at the femoral attachment", "Intact ACL | No ACL tear",
            side="right"),
          P("Pivot-shift bone contusions of the lateral femoral condyle and posterolateral tibial plateau | Bone"
            " bruises in a pivot-shift pattern (lateral femoral condyle, posterolateral tibia)", "No bone contusion"),
          P("Vertical tear of the posterior horn of the medial meniscus | Medial meniscus posterior horn tear,"
            " vertical longitudinal", "Intact menisci | No meniscal tear"),
          P("Grade 2 MCL sprain | Medial collateral ligament grade 2 sprain", "Intact MCL | No MCL injury"),
          P("{Sev} joint effusion | {Sev} knee effusion", "No joint effusion", sev="moderate", minor=True),
          N("Intact PCL and lateral meniscus | PCL and lateral meniscus intact", "Torn posterior cruciate ligament |"
            " Tear of the lateral meniscus")],
         ["Baker cyst measuring 3 cm.|baker,popliteal cyst",
          "Patellar tendinosis.|patella"]),
    case("mr", "academic MSK shoulder", "Shoulder pain, weakness on abduction.", "Radiograph 1 month ago.",
         """MRI left shoulder. Full-thickness tear of the supraspinatus tendon with 1.8 cm retraction and 2.0 cm
         anteroposterior width. Mild fatty atrophy of the supraspinatus muscle. Moderate infraspinatus tendinosis
         without tear. Moderate acromioclavicular joint osteoarthritis. Small subacromial-subdeltoid bursal
         effusion. Biceps tendon normal in the groove.""",
         [P("Full-thickness supraspinatus tear, {size} AP width, retracted 1.8 cm, {side} shoulder | {Side} shoulder:"
            " full-thickness supraspinatus tendon tear, {size} wide with 1.8 cm retraction", "Intact rotator cuff |"
            " No supraspinatus tear", side="left", size=(20,)),
          P("{Sev} supraspinatus fatty atrophy | {Sev} fatty atrophy of the supraspinatus muscle", "No muscle"
            " atrophy", sev="mild"),
          P("{Sev} infraspinatus tendinosis without tear | Infraspinatus tendinosis, {sev}, no tear", "Normal"
            " infraspinatus tendon", sev="moderate"),
          P("{Sev} acromioclavicular osteoarthritis | {Sev} AC joint arthrosis", "Normal AC joint",
            sev="moderate", minor=True),
          N("Normal biceps tendon | Biceps tendon intact and located", "Biceps tendon tear | Medially dislocated"
            " biceps tendon")],
         ["SLAP tear of the superior labrum.|labrum,slap",
          "Hill-Sachs lesion.|hill"]),
    case("mr", "community spine", "Low back pain radiating to the left leg.", "None.",
         """MRI lumbar spine without contrast. L4-5: disc bulge with a left paracentral extrusion contacting the
         traversing left L5 nerve root; moderate spinal canal stenosis. L5-S1: mild disc desiccation, mild bilateral
         neural foraminal narrowing. Conus terminates normally at L1. No fracture or marrow edema.""",
         [P("L4-5 {side} paracentral disc extrusion contacting the traversing {side} L5 nerve root | {Side}"
            " paracentral extrusion at L4-5 abutting the {side} L5 root", "No disc herniation at L4-5 | No nerve"
            " root compression", side="left"),
          P("{Sev} spinal canal stenosis at L4-5 | L4-5: {sev} central canal stenosis", "No spinal canal stenosis",
            sev="moderate"),
          P("{Sev} bilateral neural foraminal narrowing at L5-S1 | L5-S1 foramina {sevly} narrowed bilaterally",
            "Patent neural foramina at L5-S1", sev="mild"),
          N("No fracture or marrow edema | No acute osseous abnormality", "Compression fracture with marrow edema |"
            " Acute vertebral fracture"),
          N("Normal conus | Conus medullaris normal", "Conus lesion | Abnormal conus signal")],
         ["Synovial cyst at the right L4-5 facet.|synovial",
          "Hemangioma in the L2 vertebral body.|hemangioma"], numbered=True),
    case("mr", "academic neuro spine", "Hand clumsiness, gait difficulty.", "MRI cervical spine 2 years ago.",
         """MRI cervical spine. C5-6: broad disc osteophyte complex with severe spinal canal stenosis, cord
         compression and T2 hyperintense intramedullary signal, new since prior. C6-7: moderate left foraminal
         stenosis, unchanged. Remaining levels mild degenerative change. Alignment preserved.""",
         [P("{Sev} spinal canal stenosis at C5-6 with cord compression | C5-6 disc osteophyte complex causing {sev}"
            " canal stenosis and cord compression", "No spinal canal stenosis | No cord compression", sev="severe"),
          P("New T2 cord signal at C5-6, consistent with compressive myelopathy | Intramedullary T2 hyperintensity at"
            " C5-6, new, compatible with myelopathy", "Normal cord signal | No myelopathy"),
          P("Stable {sev} {side} C6-7 foraminal stenosis | {Sev} {side} neural foraminal narrowing at C6-7, unchanged",
            "Patent foramina at C6-7", side="left", sev="moderate"),
          N("Alignment preserved | Normal alignment", "Anterolisthesis | Malalignment")],
         ["Syrinx in the upper thoracic cord.|syrinx",
          "Chiari malformation.|chiari"]),
    case("mr", "academic body liver", "Cirrhosis, HCC surveillance; ultrasound showed a liver lesion.",
         "No prior MRI available.",
         """MRI abdomen with hepatobiliary contrast. Cirrhotic liver morphology. Segment 8 observation measuring 2.4 cm
         with arterial phase hyperenhancement, washout and an enhancing capsule: LI-RADS 5. Portal vein patent.
         Moderate splenomegaly, 16.5 cm. Small volume ascites. Esophageal varices.""",
         [P("{size} segment 8 observation, LI-RADS 5, diagnostic of hepatocellular carcinoma | LR-5 lesion in segment"
            " 8 measuring {size}, consistent with HCC | Segment 8: {size} arterially enhancing lesion with washout and"
            " capsule (LI-RADS 5)", "No focal liver lesion | No LI-RADS observation", size=(24,)),
          N("Patent portal vein | No portal vein thrombosis or tumor in vein", "Portal vein thrombosis | Tumor in"
            " the portal vein"),
          P("Cirrhosis with portal hypertension: {sev} splenomegaly ({size}), varices | Cirrhotic liver, varices, and"
            " {sev} splenomegaly measuring {size}", "No splenomegaly | Normal spleen", sev="moderate",
            size=(165,), organ=True),
          P("{Sev} ascites | {Sev} volume ascites", "No ascites", sev="small*")],
         ["Cholelithiasis.|cholelith,gallstone",
          "Simple right renal cyst.|renal,kidney"]),
    case("mr", "community prostate", "PSA 8.2, rising.", "None.",
         """Multiparametric MRI prostate. Prostate volume 52 mL. Left peripheral zone posterolateral midgland lesion,
         1.3 cm, markedly hypointense on ADC with focal early enhancement: PI-RADS 4. No extraprostatic extension.
         Seminal vesicles clear. No pelvic lymphadenopathy. Mild benign prostatic hyperplasia.""",
         [P("PI-RADS 4 lesion in the {side} peripheral zone midgland, {size} | {size} {side} posterolateral peripheral"
            " zone lesion, PI-RADS 4 | {Side} PZ midgland lesion ({size}): PI-RADS 4, clinically significant cancer"
            " likely", "No suspicious prostate lesion | PI-RADS 1, no focal lesion", side="left", size=(13,)),
          N("No extraprostatic extension | No EPE", "Extraprostatic extension | Capsular breach with EPE"),
          N("No seminal vesicle invasion or pelvic lymphadenopathy | Seminal vesicles and pelvic nodes normal",
            "Seminal vesicle invasion | Pelvic lymphadenopathy"),
          P("{Sev} benign prostatic hyperplasia, volume 52 mL | {Sev} BPH (52 mL)", "No BPH", sev="mild",
            minor=True)],
         ["Sclerotic bone metastasis in the right iliac bone.|metasta,iliac",
          "Bladder diverticulum.|bladder"]),
    case("mr", "women's imaging", "Heavy menstrual bleeding.", "Pelvic ultrasound 2 months ago.",
         """MRI pelvis. Enlarged fibroid uterus. Dominant intramural fibroid in the posterior fundus 6.2 x 5.1 cm,
         previously 6.0 cm on ultrasound. Submucosal fibroid 2.3 cm in the anterior body distorting the endometrial
         cavity. No degeneration. Ovaries normal. Small amount of free fluid, physiologic.""",
         [P("Dominant posterior fundal intramural fibroid, {size} | Posterior fundal intramural leiomyoma measuring"
            " {size}, similar to prior ultrasound", "No dominant fibroid", size=(62, 51)),
          P("{size} submucosal fibroid distorting the endometrial cavity, likely cause of bleeding | Submucosal"
            " leiomyoma ({size}) of the anterior body deforming the cavity", "No submucosal fibroid", size=(23,)),
          N("Normal ovaries | Ovaries unremarkable", "Ovarian mass | Complex ovarian cyst"),
          N("No fibroid degeneration | No degenerating fibroid", "Fibroid degeneration | Red degeneration")],
         ["Adenomyosis.|adenomyosis",
          "Hydrosalpinx on the left.|hydrosalpinx"], numbered=True),
    case("mr", "academic MRCP", "Jaundice, RUQ pain.", "Ultrasound yesterday.",
         """MRCP. Two filling defects in the distal common bile duct, largest 7 mm, consistent with
         choledocholithiasis. Common bile duct dilated to 11 mm. Mild intrahepatic biliary dilatation. Cholelithiasis
         with mild gallbladder wall thickening. Pancreatic duct normal. No pancreatic mass.""",
         [P("Choledocholithiasis, largest stone {size} | Distal CBD stones (two), largest {size} | Two common duct"
            " stones measuring up to {size}", "No choledocholithiasis | No filling defects in the CBD", size=(7,),
            unit="mm"),
          P("Dilated common bile duct, {size} | CBD dilated to {size}", "Normal caliber CBD", size=(11,), unit="mm"),
          P("{Sev} intrahepatic biliary dilatation | Intrahepatic ducts {sevly} dilated", "No intrahepatic biliary"
            " dilatation", sev="mild"),
          P("Cholelithiasis with {sev} gallbladder wall thickening | Gallstones; GB wall {sevly} thickened",
            "No gallstones | Normal gallbladder", sev="mild"),
          N("No pancreatic mass | Pancreas without mass; duct normal", "Pancreatic head mass | Mass in the pancreas")],
         ["Liver abscess in segment 6.|abscess",
          "Pancreas divisum.|divisum"]),
    case("mr", "pediatric neuro", "4-year-old, morning vomiting, ataxia.", "None.",
         """MRI brain. Cystic and solid mass centered in the left cerebellar hemisphere measuring 4.0 x 3.6 x 3.2 cm,
         enhancing mural nodule. Compression of the fourth ventricle with moderate obstructive hydrocephalus and
         transependymal flow. Mild tonsillar descent. No leptomeningeal enhancement.""",
         [P("{size} cystic and solid {side} cerebellar mass with enhancing mural nodule, likely pilocytic astrocytoma"
            " | {Side} cerebellar hemisphere mass ({size}), cyst with mural nodule; pilocytic astrocytoma favored",
            "No posterior fossa mass | Normal cerebellum", side="left", size=(40, 36, 32)),
          P("{Sev} obstructive hydrocephalus with transependymal flow | {Sev} hydrocephalus due to fourth ventricular"
            " compression", "No hydrocephalus", sev="moderate"),
          P("{Sev} tonsillar descent | Cerebellar tonsils: {sev} descent from mass effect", "No tonsillar"
            " herniation", sev="mild"),
          N("No leptomeningeal enhancement | No leptomeningeal spread", "Leptomeningeal enhancement |"
            " Leptomeningeal spread")],
         ["Syrinx of the cervical cord.|syrinx",
          "Right frontal subdural hygroma.|subdural,hygroma"]),
    case("mr", "MSK hip", "Hip pain, long-term steroids.", "Pelvis radiograph 3 weeks ago.",
         """MRI pelvis and hips. Avascular necrosis of the right femoral head with a serpiginous band involving 40% of
         the weight-bearing surface, no subchondral collapse. Moderate right hip effusion. Left femoral head early
         avascular necrosis without collapse. No fracture.""",
         [P("{Side} femoral head avascular necrosis, about 40% of the weight-bearing surface, without collapse |"
            " AVN of the {side} femoral head (40% involvement), no collapse", "No avascular necrosis on the {side}",
            side="right"),
          P("Early {side} femoral head avascular necrosis without collapse | {Side} hip: early AVN, no collapse",
            "Normal {side} femoral head", side="left"),
          P("{Sev} {side} hip effusion | {Side} hip joint effusion, {sev}", "No hip effusion", side="right",
            sev="moderate*"),
          N("No fracture | No fractures", "Fracture | Femoral neck fracture")],
         ["Labral tear of the right hip.|labr",
          "Gluteus medius tendon tear.|gluteus"]),
    case("mr", "foot and ankle", "Heel pain after jump.", "None.",
         """MRI right ankle. Complete rupture of the Achilles tendon 5 cm above the calcaneal insertion with a 2.6 cm
         tendon gap. Moderate edema in Kager fat pad. Plantar fascia normal. Mild tibiotalar joint effusion. No
         osseous abnormality.""",
         [P("Complete {side} Achilles tendon rupture with {size} gap, 5 cm above the insertion | Full-thickness"
            " rupture of the {side} Achilles tendon 5 cm above the insertion, gap {size}",
            "Intact Achilles tendon | No Achilles tear",
            side="right", size=(26,)),
          P("{Sev} Kager fat pad edema | Edema in Kager's fat pad, {sev}", "No Kager fat pad edema",
            sev="moderate"),
          P("{Sev} tibiotalar effusion | {Sev} ankle joint effusion", "No ankle effusion", sev="mild", minor=True),
          N("Normal plantar fascia | Plantar fascia intact", "Plantar fasciitis | Plantar fascia tear"),
          N("No osseous abnormality | Bones normal", "Calcaneal fracture | Osseous injury")],
         ["Os trigonum syndrome.|trigonum",
          "Peroneus brevis split tear.|peroneus,peroneal"]),
    case("mr", "cardiac", "Chest pain, troponin rise, normal coronaries.", "Echo 3 days ago.",
         """Cardiac MRI. LV ejection fraction 52%. Subepicardial late gadolinium enhancement of the basal and mid
         inferolateral wall with corresponding T2 edema, consistent with acute myocarditis. Small pericardial
         effusion. No LV thrombus. Right ventricle normal size and function.""",
         [P("Acute myocarditis: subepicardial inferolateral LGE with edema | Subepicardial late enhancement and edema"
            " in the basal-mid inferolateral wall, consistent with acute myocarditis", "No myocarditis | No late"
            " gadolinium enhancement"),
          P("Low-normal LV function, EF 52% | LVEF 52%, low normal", "Normal LV function"),
          P("{Sev} pericardial effusion | Pericardial effusion, {sev}", "No pericardial effusion", sev="small"),
          N("No LV thrombus | No left ventricular thrombus", "LV apical thrombus | Left ventricular thrombus"),
          N("Normal RV | Right ventricle normal", "RV dilatation | Right ventricular dysfunction")],
         ["Bicuspid aortic valve.|bicuspid,valve",
          "Left pleural effusion.|pleural"], numbered=True),
    case("mr", "neuro pituitary", "Galactorrhea, prolactin 180.", "MRI pituitary 1 year ago.",
         """MRI sella with dynamic contrast. Hypoenhancing lesion in the right aspect of the pituitary gland measuring
         8 x 6 mm, previously 6 x 5 mm, consistent with microadenoma. Pituitary stalk deviated slightly to the left.
         Optic chiasm not compressed. Cavernous sinuses normal.""",
         [P("Enlarging {size} {side} pituitary microadenoma (previously {prior}) | {Side}-sided pituitary"
            " microadenoma, now {size}, was {prior} | Microadenoma on the {side} of the gland, grown to {size} from"
            " {prior}", "No pituitary adenoma | Normal pituitary gland", side="right", size=(8, 6), prior=(6, 5),
            unit="mm"),
          P("Slight deviation of the stalk to the {side} | Pituitary stalk slightly deviated {side}ward",
            "Midline pituitary stalk", side="left", minor=True),
          N("No chiasmal compression | Optic chiasm not compressed", "Compression of the optic chiasm | Chiasmal"
            " compression"),
          N("No cavernous sinus invasion | Cavernous sinuses normal", "Cavernous sinus invasion")],
         ["Rathke cleft cyst.|rathke",
          "Empty sella.|empty"]),
    case("mr", "teleradiology neuro", "Sudden aphasia.", "None available.",
         """MRI brain without contrast. Restricted diffusion in the left frontal operculum and insula consistent with
         acute infarct, approximately 3.5 cm. No hemorrhagic transformation. Moderate chronic small vessel ischemic
         disease. Flow voids preserved. Old lacunar infarct in the right basal ganglia.""",
         [P("Acute {side} MCA territory infarct (frontal operculum and insula), about {size} | Acute infarct in the"
            " {side} frontal operculum/insula, approximately {size} | {size} area of restricted diffusion, {side}"
            " frontal operculum and insula: acute infarction", "No acute infarct | No restricted diffusion",
            side="left", size=(35,)),
          N("No hemorrhagic transformation | No hemorrhage", "Hemorrhagic transformation | Petechial hemorrhage in"
            " the infarct"),
          P("{Sev} chronic small vessel ischemic disease | Chronic microangiopathy, {sev}", "No small vessel"
            " disease", sev="moderate"),
          P("Old {side} basal ganglia lacune | Chronic lacunar infarct, {side} basal ganglia", "No old infarcts",
            side="right", minor=True)],
         ["Right vertebral artery dissection.|vertebral,dissection",
          "Microbleeds in the cerebellum.|microbleed"]),
]
