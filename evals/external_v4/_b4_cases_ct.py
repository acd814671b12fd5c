"""CT cases of the v4 blind set (hand-written, synthetic)."""
# ruff: noqa: E501 - hand-written report sentences are kept whole for reading

from _b4_spec import C, N, S  # noqa: I001

CASES = [
    C("ct", "chest vascular", "terse ED prelim", "SOB, tachycardic, D-dimer high.", """
      PE study adequate. Acute filling defects R lower lobe segmental + subsegmental PAs.
      RV/LV under 1, no right heart strain. No pleural effusion. No pneumothorax. Lungs clear. Rest unremarkable.""",
      [S("Acute segmental and subsegmental pulmonary emboli in the {L:right} lower lobe.",
         "Blood clots in the {L:right} lower lobe lung arteries, segmental and subsegmental.",
         "{L:RLL} segmental/subsegmental PE, acute.", neg="No pulmonary embolism.", org="Pulmonary arteries"),
       N("No right heart strain.", "No CT signs of right heart strain.", neg="CT signs of right heart strain.",
         org="Heart"),
       N("No pleural effusion or pneumothorax.", "No effusion. No collapsed lung.", "Pleural spaces clear.",
         neg="Small {L:right} pleural effusion; no pneumothorax.", org="Pleura")],
      [("Small {L:right} lower lobe pulmonary infarct.", "infarct"), ("Mild cardiomegaly.", "cardiomegaly")],
      ("No other acute abnormality in the chest.",)),
    C("ct", "neuro", "structured template with headings", "Fall on anticoagulation, confusion.", """
      BRAIN: Acute left frontoparietal subdural hematoma, maximal thickness 9 mm. Mild mass effect with 4 mm
      rightward midline shift. No intraventricular extension.
      VENTRICLES: Normal size. No hydrocephalus.
      CALVARIUM: No fracture.""",
      [S("Acute {L:left} frontoparietal subdural hematoma measuring up to {Z:9 mm}.",
         "{Z:9 mm} acute SDH over the {L:left} frontoparietal convexity.",
         "Acute subdural bleed along the {L:left} frontoparietal region, {Z:9 mm} thick.",
         neg="No subdural hematoma.", org="Brain"),
       S("{G:sev:Mild} mass effect with {Z:4 mm} midline shift.", "Midline shift of {Z:4 mm} with {G:sev:mild} mass effect.",
         neg="No mass effect or midline shift.", org="Brain"),
       N("No hydrocephalus or skull fracture.", "Ventricles normal in size; calvarium intact.",
         neg="Hydrocephalus; no skull fracture.", org="Ventricles")],
      [("Small {L:left} temporal contusion.", "contusion"), ("Subarachnoid hemorrhage in the sylvian fissure.",
                                                             "subarachnoid")]),
    C("ct", "abdomen", "academic prose", "RLQ pain, fever, leukocytosis.", """
      The appendix is dilated to 12 mm with wall thickening, mucosal hyperenhancement and periappendiceal fat
      stranding. An appendicolith is present at its base. There is no extraluminal gas and no organized fluid
      collection to suggest perforation or abscess. The liver, gallbladder, pancreas, spleen, adrenal glands and
      kidneys are within normal limits. No free fluid.""",
      [S("Acute appendicitis with an appendicolith; the appendix measures {Z:12 mm}.",
         "Findings of acute appendicitis: the appendix is dilated to {Z:12 mm} and an appendicolith is seen.",
         "Acutely inflamed appendix ({Z:12 mm}) with an obstructing stone at the base (appendicolith).",
         neg="Normal appendix.", org="Appendix"),
       N("No perforation or abscess.", "No extraluminal gas or fluid collection to suggest perforation.",
         "Not perforated; no abscess.", neg="Perforation with a small periappendiceal abscess.", org="Appendix")],
      [("Mesenteric lymphadenitis.", "lymphadenitis"), ("Small right ovarian cyst.", "ovarian")],
      ("Solid abdominal organs unremarkable.", "Otherwise unremarkable CT of the abdomen and pelvis.")),
    C("ct", "abdomen", "ED prelim, abbreviations", "Flank pain R, hematuria.", """
      6 mm calculus R UVJ. Mild R hydroureteronephrosis with perinephric stranding.
      L kidney: no stone, no hydro. Bladder: unremarkable. Appendix normal.""",
      [S("{Z:6 mm} obstructing stone at the {L:right} ureterovesical junction.",
         "{L:R} UVJ calculus measuring {Z:6 mm}, obstructing.",
         "Obstructing {Z:6 mm} kidney stone lodged at the {L:right} UVJ.", neg="No ureteral calculus.",
         org="Ureters"),
       S("{G:sev:Mild} {L:right} hydroureteronephrosis.", "{G:sev:mild} dilatation of the {L:right} kidney and ureter.",
         neg="No hydronephrosis.", org="Kidneys"),
       N("No stone or hydronephrosis on the {L:left}.", "{L:Left} kidney: no calculus, no hydronephrosis.",
         neg="{L:Left} renal calculus without hydronephrosis.", org="Kidneys")],
      [("Small bladder stone.", "bladder stone"), ("Nonobstructing {L:left} lower pole calculus.", "lower pole")]),
    C("ct", "vascular", "CT angiography, report with numbered conclusions", "Pulsatile abdominal mass.", """
      Infrarenal abdominal aortic aneurysm, maximal diameter 5.4 cm, neck length 18 mm. Eccentric mural thrombus.
      No periaortic stranding or retroperitoneal hematoma. Common iliac arteries 14 mm right, 13 mm left.
      Renal arteries patent.""",
      [S("Infrarenal abdominal aortic aneurysm measuring {Z:5.4 cm} with mural thrombus.",
         "{Z:5.4 cm} infrarenal AAA, partly lined by thrombus.",
         "Aneurysm of the abdominal aorta below the renal arteries, {Z:5.4 cm} across, with mural thrombus.",
         org="Aorta"),
       N("No evidence of rupture.", "No periaortic stranding or retroperitoneal hematoma to suggest rupture.",
         "Not ruptured.", neg="Findings suspicious for contained rupture.", org="Aorta"),
       N("Renal arteries patent.", "Patent renal arteries.", "The renal arteries are open.",
         neg="Occluded {L:left} renal artery.", org="Branches")],
      [("Aortic dissection flap in the infrarenal segment.", "dissection"),
       ("Horseshoe kidney.", "horseshoe")]),
    C("ct", "chest oncology", "oncologic follow-up, cm and mm mixed", "NSCLC on chemo, restaging.", """
      RUL spiculated mass now 3.2 x 2.5 cm (previously 4.1 x 3.3 cm). Right hilar node 11 mm short axis,
      previously 17 mm. No new pulmonary nodules. Small right pleural effusion, unchanged.
      No bone lesions.""",
      [S("Decreased {L:RUL} mass, now {Z:3.2 x 2.5 cm}, previously {P:4.1 x 3.3 cm}.",
         "{L:Right} upper lobe tumor smaller: {Z:3.2 x 2.5 cm} (was {P:4.1 x 3.3 cm}).",
         "Interval decrease of the {L:right} upper lobe mass to {Z:3.2 x 2.5 cm} from {P:4.1 x 3.3 cm}.",
         org="Lungs"),
       S("{L:Right} hilar node decreased to {Z:11 mm} short axis from {P:17 mm}.",
         "Smaller {L:right} hilar lymph node ({Z:11 mm}, previously {P:17 mm}).", org="Nodes"),
       S("Unchanged {G:vol:small} {L:right} pleural effusion.", "Stable {G:vol:small} {L:right} effusion.",
         neg="{L:Right} pleural effusion has resolved.", org="Pleura"),
       N("No new nodules or osseous metastases.", "No new lung nodules; no bone lesions.",
         neg="New osseous metastasis in T8.", org="Bones")],
      [("New {L:left} adrenal nodule.", "adrenal"), ("Lymphangitic spread in the {L:right} lower lobe.",
                                                   "lymphangitic")], comparison="CT chest 3 months earlier.",
      prior=True),
    C("ct", "abdomen oncology", "oncologic follow-up, long prose", "Colorectal cancer, liver metastases, on FOLFOX.",
      """Compared with the CT of 10 weeks ago, the dominant segment 8 liver metastasis measures 42 x 35 mm,
      previously 31 x 27 mm. A new 9 mm lesion is present in segment 3. The portal and hepatic veins are patent.
      There is no ascites. No lymphadenopathy. Spleen, pancreas and kidneys unremarkable.""",
      [S("Enlarging segment 8 liver metastasis, {Z:42 x 35 mm} (previously {P:31 x 27 mm}).",
         "Dominant hepatic metastasis in segment 8 has grown to {Z:42 x 35 mm} from {P:31 x 27 mm}.", org="Liver"),
       S("New {Z:9 mm} segment 3 metastasis.", "A new segment 3 liver lesion of {Z:9 mm}, consistent with metastasis.",
         neg="No new hepatic lesions.", org="Liver"),
       N("No ascites or lymphadenopathy.", "No ascites; no enlarged nodes.", neg="Small volume ascites.",
         org="Peritoneum")],
      [("Peritoneal nodularity suggesting carcinomatosis.", "carcinomatosis"),
       ("Tumor thrombus in the right portal vein.", "thrombus")],
      ("Findings indicate progression of hepatic disease.",), comparison="CT abdomen/pelvis 10 weeks prior.",
      prior=True),
    C("ct", "pediatric neuro", "pediatric, non-native English", "4 year old boy fall from bunk bed, vomit x2.", """
      There is nondisplaced fracture of left parietal bone. Subgaleal hematoma over left parietal, thickness
      8 mm. No epidural or subdural collection is seen. Brain parenchyma is normal for age. Ventricles normal.""",
      [S("Nondisplaced {L:left} parietal skull fracture.", "Non-displaced fracture of the {L:left} parietal bone.",
         "{L:Left} parietal bone fracture, not displaced.", neg="No skull fracture.", org="Skull"),
       S("{L:Left} parietal subgaleal hematoma, {Z:8 mm} thick.", "Scalp hematoma ({Z:8 mm}) over the {L:left} parietal bone.",
         org="Scalp"),
       N("No intracranial hemorrhage.", "No bleeding inside the skull.", "No epidural or subdural hematoma.",
         neg="Small {L:left} epidural hematoma.", org="Brain")],
      [("Pneumocephalus.", "pneumocephalus"), ("Diastasis of the lambdoid suture.", "diastasis")],
      ("Brain otherwise normal for age.",)),
    C("ct", "neuro vascular", "stroke code CTA, telegraphic", "Code stroke, R hemiparesis, aphasia, LKW 1 h.", """
      NCCT: no hemorrhage. ASPECTS 9 (left insula hypodensity).
      CTA: occlusion of left M1 MCA segment. Collaterals moderate. Cervical carotids: mild calcified plaque
      both bulbs, no significant stenosis. Basilar patent.""",
      [S("Occlusion of the {L:left} M1 segment of the MCA.", "{L:Left} MCA M1 occlusion.",
         "The {L:left} middle cerebral artery is blocked at M1.", neg="No large vessel occlusion.", org="CTA"),
       N("No intracranial hemorrhage.", "No bleed on noncontrast CT.", neg="Acute intraparenchymal hemorrhage.",
         org="NCCT"),
       S("ASPECTS 9.", "ASPECTS of nine.", org="NCCT"),
       N("No significant cervical carotid stenosis.", "Cervical carotid arteries without significant narrowing.",
         neg="Significant stenosis of the {L:left} ICA origin.", org="CTA")],
      [("Hyperdense {L:left} MCA sign with thrombus extending to M2.", "M2"), ("Dissection of the {L:left} ICA.",
                                                                            "dissection")]),
    C("ct", "chest", "non-native English incidental", "Cough 3 weeks, smoker 20 pack-years.", """
      In right lower lobe there is solid nodule of 6 mm, smooth margin. No other nodule. No consolidation,
      no effusion. Mediastinum lymph nodes are not enlarged. Mild centrilobular emphysema upper lobes.""",
      [S("{Z:6 mm} solid nodule in the {L:right} lower lobe.", "Solid {L:RLL} nodule, {Z:6 mm}, smooth.",
         "One solid {Z:6 mm} lung nodule ({L:right} lower lobe).", org="Lungs"),
       S("{G:sev:Mild} centrilobular emphysema.", "{G:sev:Mild} upper lobe centrilobular emphysema.",
         neg="No emphysema.", org="Lungs"),
       N("No consolidation, effusion or lymphadenopathy.", "No consolidation. No effusion. Nodes not enlarged.",
         neg="Patchy consolidation in the {L:right} lower lobe; no effusion or lymphadenopathy.", org="Chest")],
      [("Ground-glass nodule in the {L:left} upper lobe.", "ground-glass"), ("Bronchiectasis.", "bronchiectasis")]),
    C("ct", "abdomen", "teleradiology upper case", "EPIGASTRIC PAIN, LIPASE 3000.", """
      PANCREAS EDEMATOUS WITH PERIPANCREATIC FAT STRANDING. NO NECROSIS. SMALL PERIPANCREATIC FLUID,
      NOT ENCAPSULATED. GALLBLADDER WITH SEVERAL STONES, NO CBD DILATATION. SPLENIC VEIN PATENT.""",
      [S("Acute interstitial edematous pancreatitis.", "Acute pancreatitis, interstitial edematous type.",
         "Inflamed, swollen pancreas consistent with acute pancreatitis.", neg="Normal pancreas.", org="Pancreas"),
       N("No pancreatic necrosis.", "No necrosis of the pancreas.", neg="Pancreatic head necrosis.", org="Pancreas"),
       S("{G:vol:Small} nonencapsulated peripancreatic fluid.", "A {G:vol:small} amount of peripancreatic fluid without a wall.",
         org="Pancreas"),
       S("Cholelithiasis without biliary dilatation.", "Gallstones; common bile duct not dilated.",
         neg="No gallstones.", org="Biliary")],
      [("Splenic vein thrombosis.", "thrombosis"), ("Pseudocyst in the pancreatic tail.", "pseudocyst")]),
    C("ct", "msk neuro", "trauma spine with levels", "MVC, neck pain, neuro intact.", """
      Nondisplaced fracture through the right C6 superior articular facet. No subluxation. Vertebral body heights
      preserved. Prevertebral soft tissues normal. Mild C5-6 disc degeneration.""",
      [S("Nondisplaced {L:right} C6 superior articular facet fracture.",
         "Fracture of the {L:right} C6 superior facet, without displacement.",
         "{L:Rt} C6 facet fx, nondisplaced.", neg="No cervical spine fracture.", org="C6"),
       N("No subluxation.", "Alignment maintained.", "Normal alignment.", neg="Anterolisthesis of C6 on C7.",
         org="Alignment"),
       S("{G:sev:Mild} C5-6 disc degeneration.", "{G:sev:Mild} degenerative disc disease at C5-C6.", org="Discs")],
      [("Perched facet at C5-6.", "perched"), ("Widening of the {L:right} C6-7 facet joint.", "widening")]),
    C("ct", "msk", "dictation artefacts", "Pedestrian struck, left hip pain.", """
      there is a comminuted fracture of the left acetabulum involving the posterior wall comma with a 14 mm
      displaced fragment period. the femoral head is located period. the right hip and pelvic ring intact period.
      small left hip joint hemarthrosis period.""",
      [S("Comminuted {L:left} posterior wall acetabular fracture with a {Z:14 mm} displaced fragment.",
         "{L:Left} acetabulum: comminuted posterior wall fracture; a {Z:14 mm} fragment is displaced.",
         neg="No acetabular fracture.", org="Acetabulum"),
       N("Femoral head located.", "No hip dislocation.", neg="Posterior dislocation of the femoral head.",
         org="Hip"),
       S("{G:vol:Small} {L:left} hip hemarthrosis.", "{G:vol:Small} amount of blood in the {L:left} hip joint.",
         org="Hip")],
      [("Nondisplaced {L:left} superior pubic ramus fracture.", "ramus"), ("Sacral fracture.", "sacral")]),
    C("ct", "pediatric abdomen", "pediatric, academic", "9-year-old girl, 4 days of abdominal pain, fever.", """
      The appendix is inflamed with a defect in its wall, and there is a rim-enhancing right lower quadrant
      collection measuring 3.2 x 2.4 cm consistent with abscess. Small volume free fluid in the pelvis.
      No bowel obstruction. The ovaries are normal.""",
      [S("Perforated appendicitis with a {Z:3.2 x 2.4 cm} {L:right} lower quadrant abscess.",
         "Ruptured appendix; {Z:3.2 x 2.4 cm} abscess in the {L:RLQ}.",
         "Appendiceal perforation with abscess formation ({Z:3.2 x 2.4 cm}, {L:right} lower quadrant).",
         neg="Appendicitis without perforation or abscess.", org="Appendix"),
       S("{G:vol:Small} pelvic free fluid.", "{G:vol:Small} volume free fluid in the pelvis.", org="Pelvis"),
       N("No bowel obstruction.", "Bowel not obstructed.", neg="Early small bowel obstruction.", org="Bowel")],
      [("Mesenteric lymphadenopathy.", "lymphadenopathy"), ("Meckel diverticulum.", "Meckel")]),
    C("ct", "chest oncology", "oncologic follow-up, lymphoma, structured", "Hodgkin lymphoma after 4 cycles.", """
      MEDIASTINUM: Anterior mediastinal mass 5.1 x 3.0 cm, previously 8.2 x 6.4 cm.
      NODES: Left supraclavicular node 9 mm, previously 21 mm.
      LUNGS: No nodules. No effusion.""",
      [S("Decreasing anterior mediastinal mass, {Z:5.1 x 3.0 cm} from {P:8.2 x 6.4 cm}.",
         "Anterior mediastinal mass has shrunk to {Z:5.1 x 3.0 cm} (was {P:8.2 x 6.4 cm}).", org="Mediastinum"),
       S("{L:Left} supraclavicular node now {Z:9 mm} (previously {P:21 mm}).",
         "Smaller {L:left} supraclavicular lymph node: {Z:9 mm}, down from {P:21 mm}.", org="Nodes"),
       N("No pulmonary nodules or pleural effusion.", "Lungs: no nodules, no effusion.",
         neg="New {L:left} pleural effusion.", org="Lungs")],
      [("Pericardial effusion.", "pericardial"), ("New axillary lymphadenopathy.", "axillary")],
      ("Partial response to treatment.",), comparison="CT chest before therapy.", prior=True),
    C("ct", "abdomen", "dictation, Bosniak", "Incidental renal lesion on US.", """
      Left kidney interpolar cystic lesion 2.8 cm with two thin septa and a 4 mm enhancing mural nodule.
      Right kidney normal. No renal vein invasion. No retroperitoneal lymphadenopathy.""",
      [S("{Z:2.8 cm} {L:left} interpolar cystic renal lesion with an enhancing {Z:4 mm} mural nodule, Bosniak IV.",
         "Bosniak IV cystic mass ({Z:2.8 cm}) in the {L:left} kidney; its {Z:4 mm} mural nodule enhances.",
         neg="Simple {L:left} renal cyst.", org="Kidneys"),
       N("No renal vein invasion or lymphadenopathy.", "Renal vein not invaded; no enlarged nodes.",
         neg="Tumor extension into the {L:left} renal vein.", org="Vessels")],
      [("Angiomyolipoma in the {L:right} kidney.", "angiomyolipoma"), ("Adrenal adenoma.", "adrenal")]),
    C("ct", "abdomen", "community hospital report", "LLQ pain, fever.", """
      Sigmoid diverticulosis with wall thickening and pericolic stranding. Adjacent 2.5 cm gas-containing
      pericolic collection. No free intraperitoneal air. No obstruction.""",
      [S("Acute sigmoid diverticulitis with a {Z:2.5 cm} pericolic abscess.",
         "Complicated sigmoid diverticulitis: {Z:2.5 cm} gas-containing abscess next to the colon.",
         neg="Sigmoid diverticulosis without diverticulitis.", org="Colon"),
       N("No free air or obstruction.", "No pneumoperitoneum; bowel not obstructed.",
         neg="Small amount of free intraperitoneal air.", org="Peritoneum")],
      [("Colovesical fistula.", "fistula"), ("Pylephlebitis.", "pylephlebitis")]),
    C("ct", "vascular", "CT angiography runoff", "Rest pain right foot.", """
      Right superficial femoral artery occluded over 11 cm from its origin with reconstitution of the above-knee
      popliteal artery via collaterals. Left SFA with mild stenosis. Three-vessel runoff on the left, two-vessel
      on the right (peroneal occluded).""",
      [S("{Z:11 cm} occlusion of the {L:right} SFA with above-knee popliteal reconstitution.",
         "{L:Right} superficial femoral artery blocked for {Z:11 cm}; popliteal refills above the knee.",
         org="Runoff"),
       S("{G:sev:Mild} {L:left} SFA stenosis.", "{L:Left} superficial femoral artery: {G:sev:mild} narrowing.",
         neg="No {L:left} SFA stenosis.", org="SFA"),
       S("Two-vessel runoff on the {L:right}, peroneal occluded.", "{L:R} leg: two-vessel runoff (peroneal artery closed).",
         org="Runoff")],
      [("Popliteal artery aneurysm.", "aneurysm"), ("Common iliac stenosis.", "iliac")]),
]
