"""Hand-written synthetic CT cases of the v7 set (emergency, body, neuro, chest, vascular, paediatric)."""

from _v7_model import N, P, case

CT_CASES = (
    case("ct-01", "neuro", "academic emergency", prior=False,
         indication="78-year-old on apixaban, fell at home, now confused.",
         comparison="None.",
         findings="There is an acute right holohemispheric subdural hematoma measuring 8 mm in maximal thickness. "
                  "Mild mass effect with effacement of the right lateral ventricle and 4 mm of midline shift. "
                  "No calvarial fracture. Basal cisterns are patent. Gray-white differentiation is preserved.",
         stmts=[
             P("acute {side} holohemispheric subdural hematoma measuring {m} in maximal thickness",
               "{side} acute SDH up to {m} thick", "acute subdural blood over the {side} convexity, maximal depth {m}",
               no=("no acute subdural hematoma", "no {side} extra-axial collection"), side="right", size=8),
             P("{sev} mass effect on the {side} lateral ventricle with {m} of midline shift",
               "{m} midline shift and {sev} effacement of the {side} lateral ventricle",
               no="no mass effect or midline shift", side="right", sev="mild", size=4),
             N("no calvarial fracture", "no skull fracture", yes=("nondisplaced calvarial fracture",
                                                                  "there is a skull fracture")),
         ]),
    case("ct-02", "chest", "academic body", prior=False,
         indication="Pleuritic chest pain, tachycardia, elevated D-dimer.",
         comparison="No prior imaging available.",
         findings="PULMONARY ARTERIES: Filling defects in the right lower lobe segmental and subsegmental "
                  "arteries. No saddle embolus. RV/LV ratio 0.8. LUNGS: Wedge-shaped peripheral opacity in the "
                  "right lower lobe, 22 mm, likely infarct. PLEURA: Small right pleural effusion. No pneumothorax.",
         stmts=[
             P("acute pulmonary embolism in the {side} lower lobe segmental and subsegmental arteries",
               "segmental and subsegmental PE, {S}LL", "acute {side} lower lobe pulmonary emboli (segmental and "
               "subsegmental)", no="no pulmonary embolism", side="right"),
             N("no CT evidence of right heart strain", "RV/LV ratio normal, no right heart strain",
               yes=("CT signs of right heart strain", "right heart strain is present")),
             P("{m} wedge-shaped peripheral {side} lower lobe opacity, likely pulmonary infarct",
               "peripheral wedge-shaped opacity of {m} in the {S}LL. Findings are likely a pulmonary infarct",
               no="no pulmonary infarct", side="right", size=22),
             P("{sev} {side} pleural effusion", "{side}-sided pleural effusion, {sev}",
               no="no pleural effusion", side="right", sev="small"),
         ]),
    case("ct-03", "abdomen", "community", prior=False,
         indication="RLQ pain, fever, WBC 15.",
         comparison="None",
         findings="The appendix is dilated to 13 mm with periappendiceal fat stranding and an obstructing "
                  "appendicolith. No periappendiceal abscess or extraluminal gas. Small volume free fluid in the "
                  "right paracolic gutter. Liver, spleen, kidneys unremarkable.",
         stmts=[
             P("acute appendicitis with a dilated appendix measuring {m} and an obstructing appendicolith",
               "dilated {m} appendix with appendicolith and periappendiceal stranding, consistent with acute "
               "appendicitis", "findings of acute appendicitis: appendix {m} in diameter, appendicolith present",
               no="normal appendix, no appendicitis", size=13),
             N("no abscess or free air", "no periappendiceal abscess or extraluminal gas",
               yes=("periappendiceal abscess", "extraluminal gas indicating perforation")),
             P("{sev} volume free fluid in the {side} paracolic gutter", "{sev} {side} paracolic free fluid",
               no="no free fluid", side="right", sev="small"),
         ]),
    case("ct-04", "abdomen", "academic body", prior=True,
         indication="Known colorectal cancer, restaging after 6 cycles FOLFOX.",
         comparison="CT chest/abdomen/pelvis 4 months ago.",
         findings="Liver: Segment 7 metastasis now 31 x 24 mm (previously 22 x 18 mm). New 9 mm hypodense "
                  "lesion in segment 3. Portal vein patent. Lymph nodes: No abdominal lymphadenopathy. "
                  "Lung bases: 5 mm right lower lobe nodule, unchanged.",
         stmts=[
             P("enlarging segment 7 hepatic metastasis, now {m}, previously {p}",
               "segment 7 liver metastasis has grown to {m} (was {p})",
               "increase in the segment 7 metastasis from {p} to {m}",
               no="no residual segment 7 metastasis", size=(31, 24), prior=(22, 18)),
             P("new {m} hypodense segment 3 lesion, suspicious for a new metastasis",
               "new segment 3 hypodensity of {m}, concerning for metastatic disease",
               no="no new hepatic lesion", size=9),
             N("no abdominal lymphadenopathy", "no enlarged abdominal lymph nodes",
               yes="new abdominal lymphadenopathy"),
             P("stable {m} {side} lower lobe nodule", "{S}LL nodule, {m}, unchanged",
               no="no pulmonary nodule", side="right", size=5),
         ]),
    case("ct-05", "abdomen", "teleradiology", prior=False,
         indication="L flank pain, hematuria.",
         comparison="none",
         findings="5 mm obstructing calculus at the left UVJ with moderate left hydroureteronephrosis and "
                  "perinephric stranding. 3 mm nonobstructing calculus in the right lower pole. Bladder "
                  "decompressed. Appendix normal.",
         stmts=[
             P("{m} obstructing {side} UVJ calculus with {sev} {side} hydroureteronephrosis",
               "obstructing {m} stone at the {side} ureterovesical junction causing {sev} hydroureteronephrosis "
               "on the {side}", "{sev} {side} hydroureteronephrosis due to a {m} {side} UVJ stone",
               no="no obstructing ureteral calculus or hydronephrosis", side="left", sev="moderate",
               scale="grade", size=5),
             P("{m} nonobstructing {side} lower pole renal calculus", "nonobstructing {side} nephrolithiasis, {m}",
               "small ({m}) stone in the lower pole of the {side} kidney, not obstructing",
               no="no {side} renal calculus", side="right", size=3),
             N("normal appendix", "appendix is unremarkable", yes="findings of appendicitis"),
         ]),
    case("ct-06", "chest", "academic thoracic", prior=True,
         indication="Lung nodule follow-up, former smoker 40 pack-years.",
         comparison="CT chest 12 months prior.",
         findings="Part-solid nodule in the left upper lobe measures 18 mm overall with a 7 mm solid component "
                  "(prior 14 mm, solid component 3 mm). Moderate centrilobular emphysema. No mediastinal or hilar "
                  "lymphadenopathy. No pleural effusion.",
         stmts=[
             P("growing part-solid {side} upper lobe nodule, now {m} (previously {p})",
               "{S}UL part-solid nodule increased from {p} to {m}",
               "enlarging {side} upper lobe part-solid nodule: {m}, formerly {p}",
               no="no {side} upper lobe nodule", side="left", size=18, prior=14),
             P("the solid component measures {m}, increased", "solid component now {m}, larger than before",
               no="no solid component", size=7),
             P("{sev} centrilobular emphysema", "{sev} centrilobular emphysematous change",
               no="no emphysema", sev="moderate", scale="grade"),
             N("no thoracic lymphadenopathy", "no mediastinal or hilar adenopathy",
               yes="mediastinal lymphadenopathy"),
         ]),
    case("ct-07", "vascular", "vascular", prior=True,
         indication="Surveillance of infrarenal AAA.",
         comparison="CTA abdomen 2 years ago.",
         findings="Infrarenal abdominal aortic aneurysm measures 52 mm in maximal diameter, previously 45 mm. "
                  "Mural thrombus without rupture or periaortic stranding. Right common iliac artery aneurysm "
                  "measures 21 mm. Moderate stenosis at the origin of the left renal artery.",
         stmts=[
             P("infrarenal abdominal aortic aneurysm measuring {m}, enlarged from {p}",
               "AAA (infrarenal) now {m}, previously {p}", "infrarenal aortic aneurysm has grown from {p} to {m}",
               no="no abdominal aortic aneurysm", size=52, prior=45),
             N("no rupture", "no evidence of aneurysm rupture or periaortic stranding",
               yes=("contained rupture of the aneurysm", "periaortic stranding indicating leak")),
             P("{m} {side} common iliac artery aneurysm", "aneurysmal {side} common iliac artery, {m}",
               no="no iliac artery aneurysm", side="right", size=21),
             P("{sev} stenosis of the {side} renal artery origin", "{side} renal artery ostial stenosis, {sev}",
               no="patent renal arteries without stenosis", side="left", sev="moderate", scale="grade"),
         ]),
    case("ct-08", "abdomen", "community", prior=False,
         indication="Epigastric pain radiating to back, lipase 1400.",
         comparison="No prior studies.",
         findings="Pancreas: diffuse edematous enlargement with peripancreatic stranding. Acute peripancreatic "
                  "fluid collection adjacent to the tail measuring 41 x 22 mm. No necrosis. Gallbladder contains "
                  "multiple small stones; CBD 5 mm. Splenic and portal veins patent.",
         stmts=[
             P("acute interstitial edematous pancreatitis", "findings consistent with acute edematous pancreatitis",
               "edematous pancreatitis, acute", no="normal pancreas without pancreatitis"),
             P("{m} acute peripancreatic fluid collection near the tail", "peripancreatic fluid collection "
               "adjacent to the pancreatic tail, {m}", no="no peripancreatic collection", size=(41, 22)),
             N("no pancreatic necrosis", "no necrotizing component", yes="pancreatic necrosis"),
             P("cholelithiasis", "multiple small gallstones", no="no gallstones"),
             N("no biliary dilatation", "common bile duct not dilated", yes="biliary dilatation"),
         ]),
    case("ct-09", "neuro", "neuro stroke", prior=False,
         indication="Code stroke. Left-sided weakness and facial droop, last known well 90 min.",
         comparison="None.",
         findings="CT head: loss of gray-white differentiation in the right insula, ASPECTS 8. Hyperdense right "
                  "MCA (M1). No intracranial hemorrhage. CTA: occlusion of the right M1 segment. Moderate "
                  "stenosis of the left ICA origin. Perfusion: core 14 mL, penumbra 96 mL.",
         stmts=[
             P("occlusion of the {side} M1 segment", "{side} MCA M1 occlusion", "occluded {side} middle cerebral "
               "artery at M1", no="no large vessel occlusion", side="right"),
             P("early ischemic change in the {side} insula, ASPECTS 8",
               "ASPECTS 8 with early ischemia in the {side} insular cortex", no="no early ischemic change",
               side="right"),
             N("no intracranial hemorrhage", "no ICH", yes=("intracranial hemorrhage", "acute hemorrhage present")),
             P("{sev} stenosis of the {side} internal carotid artery origin", "{side} ICA origin stenosis, {sev}",
               no="no carotid stenosis", side="left", sev="moderate", scale="grade"),
         ]),
    case("ct-10", "chest", "teleradiology", prior=False,
         indication="Blunt trauma MVC.",
         comparison="none available",
         findings="Small right pneumothorax. Acute displaced fractures of the right 4th through 6th ribs. "
                  "Right lower lobe pulmonary contusion. No mediastinal hematoma. Aorta intact. Small "
                  "right hemothorax.",
         stmts=[
             P("{sev} {side} pneumothorax", "{side} PTX, {sev}", "{sev} pneumothorax on the {side}",
               no="no pneumothorax", side="right", sev="small"),
             P("displaced fractures of the {side} 4th through 6th ribs", "acute displaced {side} rib fractures "
               "(ribs 4-6)", "fractured {side} ribs 4 to 6, displaced", no="no rib fractures", side="right"),
             P("{side} lower lobe pulmonary contusion", "contusion of the {S}LL", no="no pulmonary contusion",
               side="right"),
             P("{sev} {side} hemothorax", "{sev} hemothorax, {side}", no="no hemothorax", side="right",
               sev="small"),
             N("no aortic injury or mediastinal hematoma", "aorta intact without mediastinal hematoma",
               yes="mediastinal hematoma"),
         ]),
    case("ct-11", "abdomen", "academic body", prior=True,
         indication="Cirrhosis, HCC surveillance.",
         comparison="Multiphase CT 6 months prior.",
         findings="Nodular cirrhotic liver. Segment 8 arterially enhancing lesion with washout and capsule, "
                  "24 mm, previously 15 mm (LI-RADS 5). Splenomegaly, spleen 16.5 cm. Moderate ascites. Patent "
                  "portal vein.",
         stmts=[
             P("LI-RADS 5 observation in segment 8 measuring {m}, increased from {p}",
               "segment 8 LR-5 lesion, now {m} (previously {p}), consistent with hepatocellular carcinoma",
               "{m} segment 8 HCC (LI-RADS 5), up from {p}", no="no LI-RADS 5 observation", size=24, prior=15),
             P("splenomegaly measuring {m}", "enlarged spleen, {m}", no="spleen normal in size", size=165,
               organ=True),
             P("{sev} ascites", "{sev} volume ascites", no="no ascites", sev="moderate", scale="size"),
             N("patent portal vein", "no portal vein thrombosis", yes="portal vein thrombosis"),
         ], unit="cm"),
    case("ct-12", "abdomen", "paediatric", prior=False,
         indication="6-year-old, abdominal pain after bicycle handlebar injury.",
         comparison="None.",
         findings="Grade III splenic laceration with a 34 mm perisplenic hematoma. Moderate hemoperitoneum. No "
                  "active extravasation. Pancreas intact. Left kidney normal.",
         stmts=[
             P("grade III splenic laceration with a {m} perisplenic hematoma",
               "splenic laceration (AAST grade III) and perisplenic hematoma of {m}",
               no="no splenic injury", size=34),
             P("{sev} hemoperitoneum", "{sev} amount of hemoperitoneum", no="no hemoperitoneum",
               sev="moderate", scale="size"),
             N("no active extravasation", "no active contrast blush", yes="active contrast extravasation"),
             N("no pancreatic injury", "pancreas intact", yes="pancreatic transection"),
         ]),
    case("ct-13", "neuro", "community", prior=True,
         indication="Headache, known right frontal meningioma.",
         comparison="MRI brain 2021 and CT head 2023.",
         findings="Calcified extra-axial mass along the right frontal convexity measures 27 mm, previously 26 mm. "
                  "Mild surrounding vasogenic edema, new. No hemorrhage. Mild chronic small vessel ischemic "
                  "change.",
         stmts=[
             P("{m} {side} frontal convexity meningioma, previously {p}", "{side} frontal meningioma, {m} "
               "(was {p})", "essentially stable {side} frontal convexity meningioma of {m}; {p} before",
               no="no extra-axial mass", side="right", size=27, prior=26),
             P("new {sev} vasogenic edema around the meningioma", "{sev} perilesional vasogenic edema, new",
               no="no surrounding edema", sev="mild"),
             N("no intracranial hemorrhage", "no hemorrhage", yes="intracranial hemorrhage"),
         ]),
    case("ct-14", "pelvis", "community", prior=False,
         indication="LLQ pain, fever.",
         comparison="No comparison.",
         findings="Sigmoid colon wall thickening with pericolonic fat stranding and inflamed diverticula. A "
                  "pericolonic abscess measures 28 x 19 mm. No free intraperitoneal air. Bladder normal.",
         stmts=[
             P("acute sigmoid diverticulitis", "sigmoid diverticulitis, acute", "findings compatible with acute "
               "diverticulitis of the sigmoid colon", no="no diverticulitis"),
             P("{m} pericolonic abscess", "pericolonic abscess measuring {m}", "associated abscess, {m}",
               no="no abscess", size=(28, 19)),
             N("no free air", "no pneumoperitoneum", yes=("free intraperitoneal air", "pneumoperitoneum")),
         ]),
    case("ct-15", "chest", "academic thoracic", prior=False,
         indication="Dyspnea, weight loss.",
         comparison="None.",
         findings="Spiculated mass in the right upper lobe measuring 42 x 35 mm. Enlarged right paratracheal "
                  "lymph node 17 mm short axis. Large right pleural effusion. 11 mm left adrenal nodule, "
                  "indeterminate.",
         stmts=[
             P("{m} spiculated {side} upper lobe mass, suspicious for primary lung cancer",
               "spiculated {S}UL mass ({m}), concerning for bronchogenic carcinoma",
               no="no lung mass", side="right", size=(42, 35)),
             P("enlarged {side} paratracheal lymph node, {m} short axis", "{side} paratracheal adenopathy "
               "measuring {m} in short axis", no="no mediastinal adenopathy", side="right", size=17),
             P("{sev} {side} pleural effusion", "{sev} {side}-sided effusion", no="no pleural effusion",
               side="right", sev="large"),
             P("indeterminate {m} {side} adrenal nodule", "{side} adrenal nodule of {m}, indeterminate",
               no="normal adrenal glands", side="left", size=11),
         ]),
    case("ct-16", "spine", "teleradiology", prior=False,
         indication="Fall from ladder, back pain.",
         comparison="none",
         findings="Acute burst fracture of L1 with 40% loss of vertebral body height and 6 mm retropulsion "
                  "narrowing the canal. Posterior elements intact. Acute fracture of the left L2 transverse "
                  "process. No other fractures.",
         stmts=[
             P("acute L1 burst fracture with {m} retropulsion", "L1 burst fracture, acute, retropulsed fragment "
               "{m}", "burst fracture of L1 with retropulsion of {m} into the canal",
               no="no L1 fracture", size=6),
             N("posterior elements intact", "no posterior element fracture", yes="fracture of the posterior elements"),
             P("acute fracture of the {side} L2 transverse process", "{side} L2 transverse process fracture",
               no="no transverse process fracture", side="left"),
         ]),
    case("ct-17", "neck", "academic head and neck", prior=False,
         indication="Sore throat, trismus, fever.",
         comparison="None.",
         findings="Rim-enhancing fluid collection in the right peritonsillar space measuring 24 x 16 mm. "
                  "Reactive right level II lymph nodes. Airway patent. No retropharyngeal extension.",
         stmts=[
             P("{m} {side} peritonsillar abscess", "{side} peritonsillar abscess measuring {m}",
               "rim-enhancing {side} peritonsillar collection ({m}), consistent with abscess",
               no="no peritonsillar abscess", side="right", size=(24, 16)),
             P("reactive {side} level II lymph nodes", "{side} level II nodes, reactive",
               no="no cervical lymphadenopathy", side="right"),
             N("airway patent", "no airway compromise", yes="airway narrowing"),
             N("no retropharyngeal extension", "no retropharyngeal abscess", yes="retropharyngeal extension"),
         ]),
    case("ct-18", "abdomen", "academic body", prior=True,
         indication="Incidental renal lesion on outside ultrasound; comparison CT.",
         comparison="CT abdomen 2019.",
         findings="Right upper pole renal lesion, enhancing solid, 32 mm, previously 21 mm, suspicious for renal "
                  "cell carcinoma. Renal vein patent. Simple left renal cyst 18 mm. Mild hepatic steatosis.",
         stmts=[
             P("{m} enhancing solid {side} upper pole renal mass (previously {p}), suspicious for renal cell "
               "carcinoma", "enlarging {side} renal mass, {m}, formerly {p}. Findings are suspicious for RCC",
               no="no solid renal mass", side="right", size=32, prior=21),
             N("renal vein patent", "no renal vein tumor thrombus", yes="renal vein tumor thrombus"),
             P("{m} simple {side} renal cyst", "simple cyst in the {side} kidney, {m}", no="no renal cyst",
               side="left", size=18),
             P("{sev} hepatic steatosis", "{sev} fatty infiltration of the liver", no="no hepatic steatosis",
               sev="mild"),
         ]),
    case("ct-19", "chest", "community", prior=True,
         indication="COPD exacerbation, not improving.",
         comparison="Chest CT 3 weeks ago.",
         findings="New consolidation in the left lower lobe with air bronchograms. Small left pleural effusion, "
                  "new. Severe emphysema, unchanged. Stable 6 mm right middle lobe nodule.",
         stmts=[
             P("new {side} lower lobe consolidation, consistent with pneumonia", "new {S}LL consolidation with air "
               "bronchograms, likely pneumonia", no="no consolidation", side="left"),
             P("new {sev} {side} pleural effusion", "{sev} {side} effusion, new", no="no pleural effusion",
               side="left", sev="small"),
             P("{sev} emphysema, unchanged", "unchanged {sev} emphysema", no="no emphysema", sev="severe"),
             P("stable {m} {side} middle lobe nodule", "{m} nodule in the {S}ML, stable",
               no="no lung nodule", side="right", size=6),
         ]),
    case("ct-20", "vascular", "vascular", prior=False,
         indication="Acute onset tearing chest pain radiating to the back, BP 190/110.",
         comparison="None.",
         findings="Stanford type B aortic dissection beginning distal to the left subclavian artery and extending "
                  "to the right common iliac artery. Maximal aortic diameter 41 mm. Left renal artery arises from "
                  "the false lumen; left kidney perfused. No pericardial effusion.",
         stmts=[
             P("Stanford type B aortic dissection from distal to the {side} subclavian artery",
               "type B dissection starting beyond the {side} subclavian origin", no="no aortic dissection",
               side="left"),
             P("extension into the {side} common iliac artery", "dissection flap extends to the {side} common "
               "iliac artery", no="no iliac extension", side="right"),
             P("maximal aortic diameter {m}", "aorta measures up to {m}", no="aorta normal in caliber", size=41),
             P("{side} renal artery arising from the false lumen, kidney perfused",
               "{side} renal artery supplied by the false lumen with preserved renal perfusion",
               no="renal arteries arise from the true lumen", side="left"),
             N("no pericardial effusion", "no hemopericardium", yes="pericardial effusion"),
         ]),
)
