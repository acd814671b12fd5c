"""CT cases of the blind set."""
from _spec import C, I, N

CASES = [
    C("ct", "ct-pe-infarct", "Acute pleuritic chest pain and tachycardia; evaluate for pulmonary embolism.",
      """Pulmonary arteries: Filling defects are present in the right lower lobe segmental and subsegmental
      arteries. The main and left pulmonary arteries are patent. The RV/LV ratio is 0.8.
      Lungs: A wedge-shaped peripheral opacity in the right lower lobe measures 2.4 x 1.8 cm, compatible with
      infarct. A small right pleural effusion is present. No pneumothorax.
      Heart and mediastinum: Normal heart size. No pericardial effusion.""",
      [I("acute pulmonary embolism in the {side} lower lobe segmental and subsegmental arteries"
         "|acute segmental and subsegmental pulmonary embolism, {side} lower lobe"
         "|acute {side} lower lobe segmental and subsegmental pulmonary emboli",
         side="right", flip="no pulmonary embolism in the {side} lower lobe arteries"),
       I("{size} peripheral {side} lower lobe opacity, consistent with pulmonary infarct"
         "|peripheral wedge-shaped opacity in the {side} lower lobe measuring {size}, compatible with infarction",
         side="right", size="24x18", unit="cm", flip="no pulmonary infarct"),
       I("{grade} {side} pleural effusion|{grade} {side}-sided pleural effusion", side="right", grade="vol:small",
         flip="no {side} pleural effusion"),
       N("no right heart strain (RV/LV ratio 0.8)|RV/LV ratio 0.8 without CT signs of right heart strain",
         flip="CT signs of right heart strain")],
      [("4 mm left upper lobe pulmonary nodule", "nodule"), ("mildly enlarged 14 mm subcarinal lymph node", "lymph node")]),
    C("ct", "ct-appendicitis", "RLQ pain, fever, WBC 14. ?appy",
      """Appendix dilated to 11 mm with periappendiceal fat stranding and a 6 mm appendicolith at the base.
      No periappendiceal abscess or free air. Small volume free fluid in the pelvis.
      Liver, spleen, pancreas, adrenals unremarkable. 3 mm nonobstructing right renal calculus.""",
      [I("acute appendicitis with appendix dilated to {size} and an appendicolith"
         "|acute appendicitis: appendix {size}, appendicolith present", size="11", flip="normal appendix"),
       N("no abscess or free air|no periappendiceal abscess or pneumoperitoneum",
         flip="periappendiceal abscess present"),
       I("{grade} free fluid in the pelvis|{grade} pelvic free fluid", grade="vol:small",
         flip="no free fluid in the pelvis"),
       I("{size} nonobstructing {side} renal calculus|nonobstructing {side} kidney stone, {size}",
         side="right", size="3", flip="no {side} renal calculus")],
      [("mild hepatic steatosis", "steatosis"), ("small fat-containing umbilical hernia", "hernia")]),
    C("ct", "ct-kub-stone", "L flank pain, hematuria.",
      """7 x 5 mm calculus at the left ureterovesical junction with moderate left hydroureteronephrosis and
      perinephric stranding. Right kidney and ureter without calculi. Bladder decompressed.""",
      [I("{size} obstructing {side} UVJ calculus|obstructing {side} ureterovesical junction stone measuring {size}",
         side="left", size="7x5", flip="no {side} ureteral calculus"),
       I("{grade} {side} hydroureteronephrosis|{side} hydroureteronephrosis, {grade}", side="left",
         grade="sev:moderate", flip="no {side} hydronephrosis"),
       N("no right renal or ureteral calculus|right kidney and ureter clear of stones",
         flip="right renal calculus present")],
      [("small left renal cyst", "cyst"), ("mild sigmoid diverticulosis", "diverticulosis")],
      style="numbered"),
    C("ct", "ct-head-sdh", "Fall on anticoagulation, GCS 14.",
      """Acute left frontoparietal subdural hematoma measuring up to 9 mm in thickness with 4 mm rightward
      midline shift. Mild effacement of the left lateral ventricle. No intraventricular hemorrhage. Basal
      cisterns patent. No calvarial fracture.""",
      [I("acute {side} frontoparietal subdural hematoma, {size} thick"
         "|acute {side} frontoparietal SDH measuring {size} in thickness"
         "|{size} acute subdural hematoma over the {side} frontoparietal convexity",
         side="left", size="9", flip="no acute {side} subdural hematoma"),
       I("{size} of rightward midline shift|rightward midline shift of {size}", size="4", flip="no midline shift"),
       I("{grade} effacement of the {side} lateral ventricle|{grade} {side} lateral ventricular effacement",
         side="left", grade="sev:mild"),
       N("no calvarial fracture|calvarium intact without fracture", flip="nondisplaced calvarial fracture")],
      [("small amount of subarachnoid hemorrhage in the right sylvian fissure", "subarachnoid"),
       ("right maxillary sinus mucosal thickening", "sinus")]),
    C("ct", "ct-diverticulitis", "LLQ pain and fever.",
      """Sigmoid colon wall thickening with pericolonic fat stranding and multiple diverticula.
      A 2.8 x 2.1 cm rim-enhancing fluid collection adjacent to the sigmoid colon.
      No free intraperitoneal air. Mild left hydroureter where the ureter crosses the inflamed segment.
      Kidneys enhance symmetrically.""",
      [I("acute sigmoid diverticulitis|acute diverticulitis of the sigmoid colon", flip="no acute diverticulitis"),
       I("{size} pericolic abscess|pericolic abscess measuring {size}", size="28x21", unit="cm",
         flip="no pericolic abscess"),
       N("no free air|no pneumoperitoneum", flip="free intraperitoneal air present"),
       I("{grade} {side} hydroureter, likely reactive|{grade} {side}-sided hydroureter, likely reactive",
         side="left", grade="sev:mild", flip="no {side} hydroureter")],
      [("small hiatal hernia", "hiatal"), ("dilated fluid-filled small bowel loops suggesting early obstruction",
                                           "small bowel")],
      style="numbered"),
    C("ct", "ct-chest-incidentals", "Lung cancer screening eligible smoker, 40 pack-years; chronic cough.",
      """Lungs: Solid 7 mm nodule in the right upper lobe (series 3, image 45). Mild centrilobular emphysema,
      upper lobe predominant. No pleural effusion.
      Heart: Coronary artery calcifications.
      Upper abdomen: A 1.4 cm hypodense left adrenal nodule measuring 8 HU.""",
      [I("{size} solid {side} upper lobe nodule; per Fleischner guidelines CT at 6-12 months is recommended in a "
         "high-risk patient|solid {side} upper lobe nodule measuring {size}, follow-up CT at 6-12 months recommended "
         "(Fleischner, high risk)", side="right", size="7", flip="no pulmonary nodule"),
       I("{grade} centrilobular emphysema|{grade} upper lobe predominant centrilobular emphysema", grade="sev:mild",
         flip="no emphysema"),
       I("{size} {side} adrenal nodule with attenuation of 8 HU, consistent with a benign adenoma; no follow-up "
         "needed|{side} adrenal adenoma ({size}, 8 HU); no further imaging required", side="left", size="14",
         unit="cm"),
       I("coronary artery calcifications|coronary arterial calcification", flip="no coronary artery calcification")],
      [("mildly enlarged 12 mm right hilar lymph node", "hilar"), ("small sliding hiatal hernia", "hiatal")]),
    C("ct", "ct-sbo", "ABDO DISTENSION, VOMITING. HX APPENDECTOMY.",
      """Dilated small bowel loops up to 3.6 cm with a transition point in the right lower quadrant; distal ileum
      and colon decompressed. Small amount of free fluid between loops. No pneumatosis or portal venous gas.
      No free air. Status post appendectomy.""",
      [I("high-grade small bowel obstruction with transition point in the {side} lower quadrant"
         "|small bowel obstruction, high grade, transition in the {side} lower quadrant", side="right",
         flip="no small bowel obstruction"),
       I("small bowel dilated up to {size}|dilated small bowel loops measuring up to {size}", size="36", unit="cm"),
       I("{grade} free fluid between loops|{grade} interloop free fluid", grade="vol:small", flip="no free fluid"),
       N("no pneumatosis, portal venous gas or free air|no pneumatosis or portal venous gas; no free air",
         flip="pneumatosis intestinalis present")],
      [("closed-loop configuration with mesenteric swirl", "swirl"),
       ("small left inguinal hernia containing fat", "inguinal")], style="caps"),
    C("ct", "ct-cta-aaa", "Pulsatile abdominal mass, back pain. CTA.",
      """Infrarenal abdominal aortic aneurysm measuring 5.6 x 5.4 cm with eccentric mural thrombus. No periaortic
      stranding or retroperitoneal hematoma. Moderate stenosis of the right common iliac artery. Left renal artery
      patent.""",
      [I("{size} infrarenal abdominal aortic aneurysm with mural thrombus; vascular surgery consultation "
         "recommended|infrarenal AAA measuring {size} with eccentric mural thrombus, vascular surgery referral "
         "recommended", size="56x54", unit="cm", flip="no abdominal aortic aneurysm"),
       N("no evidence of rupture|no periaortic stranding or retroperitoneal hematoma to suggest rupture",
         flip="retroperitoneal hematoma, consistent with rupture"),
       I("{grade} stenosis of the {side} common iliac artery|{grade} {side} common iliac artery stenosis",
         side="right", grade="sev:moderate", flip="no {side} common iliac stenosis")],
      [("occlusion of the left renal artery", "occlusion"), ("horseshoe kidney", "horseshoe")]),
    C("ct", "ct-pancreatitis", "epigastric pain radiate to back, lipase 1200",
      """Pancreas is edematous with peripancreatic fat stranding and fluid, mainly in left anterior pararenal
      space. No necrosis of pancreatic parenchyma. Gallbladder contain multiple stones, largest 12 mm, no wall
      thickening. Common bile duct is 6 mm. Small left pleural effusion.""",
      [I("acute interstitial edematous pancreatitis with peripancreatic fluid in {side} anterior pararenal space"
         "|acute edematous pancreatitis, peripancreatic fluid in the {side} anterior pararenal space", side="left",
         flip="no sign of acute pancreatitis"),
       N("no pancreatic necrosis|no necrosis of pancreas", flip="pancreatic necrosis is present"),
       I("cholelithiasis, largest stone {size}, without cholecystitis|gallstones up to {size} without signs of "
         "cholecystitis", size="12", flip="no gallstones"),
       I("common bile duct not dilated ({size})|CBD {size}, not dilated", size="6"),
       I("{grade} {side} pleural effusion|{grade} pleural effusion on {side} side", side="left", grade="vol:small")],
      [("walled-off necrotic collection in the lesser sac", "lesser sac"), ("splenic vein thrombosis", "splenic vein")]),
    C("ct", "ct-trauma-ribs", "MVC, R chest wall pain.",
      """Acute nondisplaced fractures of the right 5th through 7th ribs laterally. Small right apical pneumothorax
      measuring approximately 8 mm. Right lower lobe pulmonary contusion. No hemothorax. Liver and spleen intact.""",
      [I("acute nondisplaced {side} 5th-7th rib fractures|acute nondisplaced fractures of the {side} fifth through "
         "seventh ribs", side="right", flip="no acute rib fractures"),
       I("{grade} {side} apical pneumothorax measuring {size}|{grade} apical pneumothorax on the {side}, {size}",
         side="right", grade="vol:small", size="8", flip="no pneumothorax"),
       I("{side} lower lobe pulmonary contusion|pulmonary contusion in the {side} lower lobe", side="right",
         flip="no pulmonary contusion"),
       N("no hemothorax or solid organ injury|no hemothorax; liver and spleen intact", flip="small hemothorax")],
      [("nondisplaced fracture of the right clavicle", "clavicle"), ("small splenic laceration", "laceration")]),
    C("ct", "ct-neck-abscess", "Sore throat, trismus, L neck swelling.",
      """Rim-enhancing fluid collection in the left peritonsillar space measuring 2.3 x 1.6 cm. Mild narrowing of
      the oropharyngeal airway. Reactive left level II lymph nodes, largest 11 mm in short axis. The
      retropharyngeal space is clear.""",
      [I("{size} {side} peritonsillar abscess|{side} peritonsillar abscess measuring {size}", side="left",
         size="23x16", unit="cm", flip="{side} peritonsillitis without drainable abscess"),
       I("{grade} narrowing of the oropharyngeal airway|{grade} oropharyngeal airway narrowing", grade="sev:mild"),
       I("reactive {side} level II lymph nodes, largest {size} short axis|reactive {side} level II cervical nodes "
         "up to {size} in short axis", side="left", size="11"),
       N("no retropharyngeal extension|no extension into the retropharyngeal space",
         flip="extension into the retropharyngeal space")],
      [("thrombosis of the left internal jugular vein", "jugular"), ("right parotid gland mass", "parotid")]),
    C("ct", "ct-head-stroke", "Code stroke: right-sided weakness and aphasia, last known well 90 minutes ago.",
      """Hyperdense left MCA sign. Loss of gray-white differentiation in the left insular cortex, ASPECTS 8.
      CTA: occlusion of the left M1 segment of the middle cerebral artery. No intracranial hemorrhage.
      Moderate chronic small vessel ischemic changes.""",
      [I("acute occlusion of the {side} M1 middle cerebral artery segment|{side} M1 MCA occlusion, acute",
         side="left", flip="no large vessel occlusion"),
       I("early ischemic change in the {side} insula, ASPECTS 8|{side} insular early ischemic changes (ASPECTS 8)",
         side="left"),
       N("no intracranial hemorrhage|no ICH", flip="intracranial hemorrhage present"),
       I("{grade} chronic small vessel ischemic disease|{grade} chronic microvascular ischemic changes",
         grade="sev:moderate")],
      [("right frontal meningioma", "meningioma"), ("dense calcification of the left carotid siphon", "carotid")]),
    C("ct", "ct-liver-hcc", "Cirrhosis (HCV), HCC surveillance, AFP rising.",
      """Liver: cirrhotic morphology. 1.8 cm arterially enhancing observation in segment 6 with washout and capsule
      on delayed phase (LI-RADS 5). Portal vein patent.
      Spleen: moderate splenomegaly, 15.5 cm. Small volume ascites.
      Kidneys: 2.5 cm simple cyst in the right kidney.""",
      [I("{size} LI-RADS 5 observation in segment 6, consistent with hepatocellular carcinoma"
         "|segment 6 LR-5 observation measuring {size}, consistent with HCC", size="18", unit="cm",
         flip="no LI-RADS 5 observation"),
       I("cirrhosis with {grade} splenomegaly ({size})|cirrhotic liver, {grade} splenomegaly measuring {size}",
         grade="sev:moderate", size="155", unit="cm"),
       I("{grade} ascites|ascites, {grade}", grade="vol:small", flip="no ascites"),
       N("patent portal vein|no portal vein thrombosis", flip="portal vein thrombosis"),
       I("{size} simple {side} renal cyst, no follow-up needed|simple cyst of the {side} kidney ({size}), requires "
         "no follow-up", side="right", size="25", unit="cm")],
      [("splenic infarct", "infarct"), ("enlarged 2.1 cm porta hepatis lymph node", "porta hepatis")]),
    C("ct", "ct-chest-pneumonia", "fever cough hypoxia",
      """consolidation in the left lower lobe with air bronchograms comma moderate left pleural effusion. 9 mm
      right paratracheal lymph node. no pneumothorax. no suspicious pulmonary nodule.""",
      [I("{side} lower lobe consolidation, consistent with pneumonia|{side} lower lobe pneumonia", side="left",
         flip="no focal consolidation"),
       I("{grade} {side} pleural effusion|{grade} {side}-sided pleural effusion", side="left", grade="vol:moderate",
         flip="no pleural effusion"),
       I("{size} {side} paratracheal lymph node, likely reactive|reactive-appearing {side} paratracheal node "
         "measuring {size}", side="right", size="9"),
       N("no pneumothorax|pneumothorax is not seen", flip="small pneumothorax")],
      [("small pericardial effusion", "pericardial"), ("right upper lobe cavitary lesion", "cavitary")],
      style="dictation"),
    C("ct", "ct-renal-mass-fu", "Known right renal mass on active surveillance.",
      """Right kidney lower pole enhancing solid mass measures 3.4 x 3.0 cm, previously 2.6 x 2.4 cm. No renal vein
      invasion. Mild right hydronephrosis, not present before. Left kidney: 9 mm simple cyst, unchanged.""",
      [I("interval growth of the enhancing {side} lower pole renal mass, now {size} (previously {prior})"
         "|enlarging enhancing {side} renal lower pole mass, {size} from {prior}", side="right", size="34x30",
         prior="26x24", unit="cm", flip="no enhancing {side} renal mass"),
       N("no renal vein invasion|renal vein without tumour thrombus", flip="tumour thrombus in the renal vein"),
       I("{grade} {side} hydronephrosis, new|new {grade} {side} hydronephrosis", side="right", grade="sev:mild",
         flip="no {side} hydronephrosis"),
       I("stable {size} {side} renal cyst|{side} renal simple cyst, {size}, unchanged", side="left", size="9")],
      [("enlarged 1.5 cm retroperitoneal lymph node", "retroperitoneal"), ("right adrenal nodule", "adrenal")],
      comparison="CT abdomen with and without contrast, 11 months earlier."),
    C("ct", "ct-ich-fu", "Follow-up of right basal ganglia hemorrhage, new headache.",
      """Right basal ganglia intraparenchymal hematoma now measures 3.2 x 2.5 cm, previously 2.8 x 2.2 cm.
      Surrounding vasogenic edema mildly increased. Midline shift 3 mm, previously 2 mm. Small amount of new
      intraventricular extension into the right lateral ventricle. No hydrocephalus.""",
      [I("interval enlargement of the {side} basal ganglia hematoma to {size} (from {prior})"
         "|{side} basal ganglia intraparenchymal hemorrhage enlarged, {size} versus {prior}", side="right",
         size="32x25", prior="28x22", unit="cm"),
       I("{gradely} increased perihematomal edema|perihematomal edema, {gradely} increased", grade="sev:mild"),
       I("new {grade} intraventricular extension into the {side} lateral ventricle|{grade} new intraventricular "
         "hemorrhage in the {side} lateral ventricle", side="right", grade="vol:small",
         flip="no intraventricular extension"),
       I("midline shift {size}, previously {prior}|{size} midline shift (previously {prior})", size="3", prior="2"),
       N("no hydrocephalus|ventricles not enlarged; no hydrocephalus", flip="early hydrocephalus")],
      [("new left cerebellar infarct", "cerebellar"), ("acute subarachnoid hemorrhage in the basal cisterns",
                                                      "subarachnoid")],
      comparison="Noncontrast CT head 6 hours earlier.", style="numbered"),
    C("ct", "ct-nodule-fu", "Follow-up of part-solid nodule.",
      """Left lower lobe part-solid nodule now 14 mm with a 6 mm solid component, previously 12 mm with a 3 mm solid
      component. Right middle lobe 4 mm solid nodule, unchanged. Mild bronchial wall thickening.""",
      [I("enlarging part-solid {side} lower lobe nodule, now {size} (previously {prior}), with growing solid "
         "component; suspicious for adenocarcinoma, recommend PET-CT or tissue sampling|growing {size} part-solid "
         "nodule in the {side} lower lobe (was {prior}) with increasing solid component, suspicious for "
         "adenocarcinoma; PET-CT or biopsy recommended", side="left", size="14", prior="12"),
       I("stable {size} {side} middle lobe nodule|{side} middle lobe nodule, {size}, unchanged", side="right", size="4"),
       I("{grade} bronchial wall thickening|{grade} nonspecific bronchial wall thickening", grade="sev:mild")],
      [("new small right pleural effusion", "pleural"), ("enlarged 13 mm subcarinal lymph node", "subcarinal")],
      comparison="CT chest 12 months prior."),
]
