"""Hand-written synthetic CT cases of the v9 set (neuro, chest, body, trauma, vascular, MSK, pediatric practices)."""
from _v9_model import C, F, I, N, P

CASES = [
    C("ct", "teleradiology neuro", False,
      "Fall from standing, on apixaban, GCS 14.",
      "None available.",
      "Acute crescentic hyperdense extra-axial collection along the right cerebral convexity, up to 8 mm thick. "
      "4 mm of leftward midline shift. Mild effacement of the right lateral ventricle. No hydrocephalus. "
      "No intraparenchymal hemorrhage. Calvarium intact without fracture.",
      [P("Acute {s} holohemispheric subdural hematoma measuring up to {size} in thickness. | "
         "Acute {s} SDH, maximal thickness {size}. | {S}-sided acute subdural hematoma up to {size} thick. | "
         "Acute subdural blood over the {s} convexity, up to {size}.",
         neg="No subdural hematoma. | No acute SDH.", side="right", size=(8,)),
       P("{size} of {s}ward midline shift. | Midline shift to the {s} of {size}. | "
         "{S}ward shift of midline structures by {size}.", neg="No midline shift.", side="left", size=(4,)),
       N("No hydrocephalus. | Ventricles are not enlarged. | No ventriculomegaly.",
         neg="Hydrocephalus is present. | Early hydrocephalus."),
       N("No calvarial fracture. | No skull fx. | Calvarium intact without fracture.",
         neg="Nondisplaced calvarial fracture. | Skull fracture present.")],
      [F("Small left frontal subgaleal hematoma.", "subgaleal/scalp"),
       F("Chronic lacunar infarct in the right basal ganglia.", "lacun/infarct"),
       F("Opacification of the left maxillary sinus.", "sinus")]),

    C("ct", "academic chest", False,
      "Acute dyspnea and tachycardia, elevated D-dimer.",
      "No prior chest imaging.",
      "PULMONARY ARTERIES: Occlusive and nonocclusive filling defects in the right main pulmonary artery extending "
      "into the right lower lobe lobar and segmental branches. RV/LV ratio 1.4 with reflux of contrast into the IVC "
      "and hepatic veins. LUNGS: Peripheral wedge-shaped opacity in the right lower lobe. AIRWAYS: Patent. "
      "PLEURA: Small left pleural effusion. No pneumothorax. HEART: Normal size.",
      [P("Acute pulmonary embolism in the {s} main and {s} lower lobe pulmonary arteries. | "
         "Acute PE involving the {s} main and {s} lower lobe PAs. | "
         "Acute clot in the {s} main pulmonary artery extending into the {s} lower lobe artery. | "
         "Blood clots in the {s} lung arteries (main and lower lobe branches), acute.",
         neg="No pulmonary embolism. | No evidence of PE.", side="right"),
       P("Right heart strain with RV to LV ratio of 1.4 and reflux of contrast into the IVC. | "
         "Right heart strain (RV/LV 1.4, contrast reflux into IVC). | "
         "RV/LV ratio 1.4 with IVC contrast reflux, consistent with right heart strain.",
         neg="No CT evidence of right heart strain."),
       P("Wedge-shaped peripheral opacity in the {s} lower lobe, likely pulmonary infarct. | "
         "Probable {R}LL pulmonary infarct. | "
         "Peripheral wedge-shaped {s} lower lobe opacity, favored to represent infarction.",
         neg="No pulmonary infarct.", side="right"),
       P("{Sev} {s} pleural effusion. | {Sev} {s}-sided pleural effusion. | {S} effusion, {sev}.",
         neg="No {s} pleural effusion. | No pleural effusion.", side="left", sev="small"),
       I("Findings discussed with Dr. Patel at 14:20. | Critical result communicated to Dr. Patel at 14:20.")],
      [F("Small pericardial effusion.", "pericardial"),
       F("Mildly enlarged subcarinal lymph node.", "lymph/node"),
       F("4 mm nodule in the left upper lobe.", "nodule")], numbered=True),

    C("ct", "pediatric body", False,
      "9-year-old with right lower quadrant pain, fever and leukocytosis.",
      "None.",
      "The appendix is dilated to 11 mm with wall thickening, mucosal hyperenhancement and periappendiceal fat "
      "stranding. A 6 mm appendicolith is present at the appendiceal base. No extraluminal gas or rim-enhancing "
      "fluid collection. Small volume free fluid in the pelvis. Liver, spleen and kidneys are unremarkable. "
      "Bowel otherwise normal in caliber.",
      [P("Acute appendicitis with a dilated appendix measuring {size} in diameter. | "
         "Dilated, inflamed appendix ({size}) consistent with acute appendicitis. | "
         "Acute appendicitis; appendiceal diameter {size}. | "
         "Inflamed appendix measuring {size}. Findings are compatible with acute appendicitis.",
         neg="No CT evidence of appendicitis. | Normal appendix.", size=(11,)),
       P("Obstructing appendicolith at the base. | Appendicolith at the appendiceal base. | "
         "A stone (appendicolith) sits at the base of the appendix.", neg="No appendicolith."),
       N("No perforation or abscess. | No periappendiceal abscess or free air. | No drainable abscess; no free air.",
         neg="Small periappendiceal abscess. | Findings suggest perforation with a periappendiceal abscess."),
       P("{Sev} free fluid in the pelvis. | {Sev} amount of pelvic free fluid. | {Sev} simple-appearing pelvic fluid.",
         neg="No free fluid.", sev="small", minor=True)],
      [F("Enlarged mesenteric lymph nodes in the right lower quadrant.", "lymph/node"),
       F("Ileocolic intussusception.", "intussusception"),
       F("Meckel diverticulum.", "meckel/diverticul")]),

    C("ct", "academic chest", True,
      "Lung cancer screening follow-up; 38 pack-year former smoker.",
      "Low-dose CT chest 03/12/2025.",
      "Lungs: The part-solid nodule in the right upper lobe now measures 18 x 14 mm (previously 12 x 10 mm), with "
      "its solid component increased to 9 mm. Moderate centrilobular emphysema, upper lobe predominant, unchanged. "
      "No new nodules. Mediastinum: No mediastinal or hilar lymphadenopathy. Heart size normal.",
      [P("Enlarging {s} upper lobe part-solid nodule, now {size}, previously {prior}. | "
         "{R}UL part-solid nodule has grown to {size} (was {prior}). | "
         "The part-solid nodule in the {s} upper lobe measures {size}, increased from {prior}.",
         neg="No pulmonary nodule.", side="right", size=(18, 14), prior=(12, 10)),
       I("Lung-RADS 4B. PET/CT or tissue sampling recommended. | "
         "Lung-RADS category 4B; recommend PET/CT or tissue sampling."),
       P("Stable {sev} centrilobular emphysema. | {Sev} centrilobular emphysema, unchanged. | "
         "Emphysema, centrilobular, {sev} and stable.", neg="No emphysema.", sev="moderate", minor=True),
       N("No mediastinal or hilar lymphadenopathy. | No enlarged mediastinal or hilar nodes. | "
         "No thoracic adenopathy.", neg="Enlarged right hilar lymph node. | Mediastinal lymphadenopathy.")],
      [F("Small left pleural effusion.", "effusion/pleura"),
       F("Coronary artery calcifications.", "coronary"),
       F("Compression deformity of T8.", "compression/t8")]),

    C("ct", "community emergency", False,
      "Left flank pain and hematuria.",
      "None.",
      "Noncontrast CT. A 5 mm calculus at the left ureterovesical junction with mild left hydroureteronephrosis and "
      "perinephric stranding. A 4 mm nonobstructing calculus in the right lower pole. Appendix normal. "
      "Bladder decompressed.",
      [P("{size} obstructing stone at the {s} ureterovesical junction. | Obstructing {s} UVJ calculus, {size}. | "
         "{S} ureterovesical junction stone measuring {size}, obstructing. | "
         "A {size} kidney stone is stuck where the {s} ureter enters the bladder.",
         neg="No ureteral calculus.", side="left", size=(5,)),
       P("{Sev} {s} hydroureteronephrosis. | {Sev} hydronephrosis and hydroureter on the {s}. | "
         "{S} hydroureteronephrosis, {sev}.", neg="No hydronephrosis. | No {s} hydronephrosis.",
         side="left", sev="mild"),
       P("Nonobstructing {size} {s} lower pole renal calculus. | {size} nonobstructing stone in the {s} lower pole. | "
         "Additional nonobstructing {s} lower pole stone, {size}.", neg="No additional renal calculi.",
         side="right", size=(4,), minor=True),
       N("Normal appendix. | The appendix is normal.", neg="Acute appendicitis. | Findings of appendicitis.")],
      [F("Small fat-containing umbilical hernia.", "hernia"),
       F("Simple cyst in the left kidney upper pole measuring 2 cm.", "cyst"),
       F("Sigmoid diverticulosis without diverticulitis.", "diverticul")]),

    C("ct", "academic body", True,
      "Known acute pancreatitis, worsening abdominal pain and fever.",
      "CT abdomen and pelvis 12 days ago.",
      "PANCREAS: Nonenhancement of approximately 30% of the pancreatic body, new. Peripancreatic fat stranding. "
      "A heterogeneous collection in the lesser sac measures 9.2 x 6.4 cm, previously 7.0 x 4.8 cm, without gas. "
      "VESSELS: Nonocclusive thrombus in the splenic vein. No pseudoaneurysm. Splenic artery patent. "
      "LIVER: Unremarkable. KIDNEYS: Normal enhancement.",
      [P("Acute necrotizing pancreatitis with approximately 30% necrosis of the pancreatic body. | "
         "Necrotizing pancreatitis involving about 30% of the gland (body). | "
         "Pancreatic body necrosis, approximately 30%, consistent with necrotizing pancreatitis.",
         neg="No pancreatic necrosis."),
       P("Acute necrotic collection in the lesser sac measuring {size}, enlarged from {prior}. | "
         "Lesser sac acute necrotic collection, now {size} (previously {prior}). | "
         "The lesser sac ANC has increased to {size} from {prior}.", neg="No peripancreatic collection.",
         size=(92, 64), prior=(70, 48)),
       P("Nonocclusive thrombus in the splenic vein. | Partial splenic vein thrombosis. | "
         "Nonocclusive splenic vein thrombus.", neg="Patent splenic vein. | No splenic vein thrombosis."),
       N("No pseudoaneurysm. | No arterial pseudoaneurysm identified.", neg="Splenic artery pseudoaneurysm."),
       N("No gas within the collection. | No gas in the collection to suggest infection.",
         neg="Gas within the collection, concerning for infection.")],
      [F("Cholelithiasis.", "cholelith/gallstone"),
       F("Small left renal infarct.", "infarct"),
       F("Mild intrahepatic biliary dilatation.", "biliary/bile duct")], unit="cm", numbered=True),

    C("ct", "teleradiology trauma", False,
      "MVC, neck pain, midline tenderness.",
      "None.",
      "Acute nondisplaced fracture of the left C6 lamina extending into the left transverse foramen. Vertebral body "
      "heights preserved. Alignment is maintained. Moderate multilevel degenerative disc disease, most pronounced at "
      "C5-C6. Facets aligned.",
      [P("Acute nondisplaced fracture of the {s} C6 lamina. | Nondisplaced {s} C6 laminar fx, acute. | "
         "Acute fracture through the {s} lamina of C6, nondisplaced.",
         neg="No cervical spine fracture. | No C6 fracture.", side="left"),
       P("Extension into the {s} C6 transverse foramen; CTA neck recommended to evaluate the vertebral artery. | "
         "Fracture involves the {s} C6 foramen transversarium - recommend CTA for the {s} vertebral artery.",
         neg="Transverse foramina spared.", side="left"),
       N("No malalignment. | Alignment is maintained. | Normal alignment, no subluxation.",
         neg="Anterolisthesis of C6 on C7. | Malalignment at C6-C7."),
       P("{Sev} multilevel degenerative disc disease, most pronounced at C5-C6. | {Sev} spondylosis, worst at C5-6. | "
         "Degenerative disc disease, {sev}, maximal at C5-C6.", neg="No significant degenerative change.",
         sev="moderate", minor=True)],
      [F("Prevertebral soft tissue swelling.", "prevertebral"),
       F("Fracture of the right first rib.", "rib"),
       F("Left apical pneumothorax.", "pneumothorax/apical")]),

    C("ct", "academic neuro", False,
      "Code stroke: acute right hemiparesis and aphasia, last known well 90 minutes ago.",
      "None.",
      "NCCT: Subtle loss of gray-white differentiation in the left insular cortex; ASPECTS 9. No hemorrhage. "
      "Mild periventricular white matter hypoattenuation. CTA: Abrupt occlusion of the left M1 segment of the MCA "
      "with moderate collaterals. CTP: core (CBF<30%) 12 mL, Tmax>6s 98 mL, mismatch volume 86 mL, ratio 8.2.",
      [P("Occlusion of the {s} M1 segment of the middle cerebral artery. | {S} MCA M1 occlusion. | "
         "Acute occlusion, {s} proximal MCA (M1).", neg="No large vessel occlusion.", side="left"),
       P("ASPECTS 9 with early hypodensity in the {s} insular cortex. | "
         "Early ischemic change limited to the {s} insula (ASPECTS 9). | "
         "Loss of gray-white differentiation in the {s} insular ribbon; ASPECTS 9.",
         neg="No early ischemic change; ASPECTS 10.", side="left"),
       I("Perfusion: core 12 mL, mismatch volume 86 mL (ratio 8.2). | Core 12 mL; penumbra mismatch 86 mL, ratio 8.2."),
       N("No intracranial hemorrhage. | No ICH. | No acute hemorrhage.",
         neg="Small focus of acute subarachnoid hemorrhage."),
       P("{Sev} chronic small vessel ischemic disease. | "
         "{Sev} periventricular white matter hypoattenuation, likely chronic microangiopathy.",
         neg="No chronic small vessel disease.", sev="mild", minor=True),
       I("Results called to the stroke team at 08:42. | Stroke team notified at 08:42.")],
      [F("Chronic right cerebellar infarct.", "cerebell"),
       F("3 mm anterior communicating artery aneurysm.", "aneurysm"),
       F("Calcified meningioma along the falx.", "meningioma")], numbered=True),

    C("ct", "community trauma", False,
      "Motorcycle collision, left chest wall pain, hypotension.",
      "None.",
      "CHEST: Moderate left hemothorax. Acute displaced fractures of the left 5th through 8th ribs. No pneumothorax. "
      "ABDOMEN: Splenic laceration measuring 3.5 cm in length extending to the hilum, AAST grade III, without "
      "active extravasation. Small hemoperitoneum in the left upper quadrant and pelvis. Liver intact.",
      [P("{Sev} {s} hemothorax. | {S} hemothorax, {sev}. | {Sev} amount of blood in the {s} pleural space.",
         neg="No hemothorax.", side="left", sev="moderate", scale="extent"),
       P("Acute displaced fractures of the {s} 5th through 8th ribs. | Displaced {s} rib fx 5-8. | "
         "{S} ribs 5-8 are fractured and displaced.", neg="No rib fractures.", side="left"),
       P("Splenic laceration measuring {size} in length, AAST grade III, without active extravasation. | "
         "Grade III splenic laceration ({size}), no active bleeding. | "
         "Splenic laceration, {size} long, grade III; no contrast blush.", neg="No splenic injury.", size=(35,)),
       N("No pneumothorax. | No PTX.", neg="Small pneumothorax. | Pneumothorax present."),
       P("{Sev} hemoperitoneum. | Hemoperitoneum, {sev}. | {Sev} volume of blood in the abdomen.",
         neg="No hemoperitoneum.", sev="small")],
      [F("Nondisplaced fracture of the left L2 transverse process.", "transverse process/l2"),
       F("Left adrenal hematoma.", "adrenal"),
       F("Contusion of the left lower lobe.", "contusion")], unit="cm"),

    C("ct", "community ENT", False,
      "Facial pressure and purulent drainage for 3 weeks.",
      "None.",
      "Moderate mucosal thickening of the right maxillary sinus with an air-fluid level. The right ostiomeatal unit "
      "is obstructed. The ethmoid air cells are clear. Nasal septum deviates to the left with a small spur. "
      "Orbits and visualized brain unremarkable.",
      [P("{Sev} {s} maxillary sinus mucosal thickening with an air-fluid level, compatible with acute sinusitis. | "
         "Acute {s} maxillary sinusitis ({sev} mucosal thickening, air-fluid level). | "
         "{S} maxillary sinus: {sev} mucosal thickening and air-fluid level, consistent with acute sinusitis.",
         neg="No maxillary sinus disease.", side="right", sev="moderate"),
       P("Obstruction of the {s} ostiomeatal unit. | {S} OMU is obstructed. | Occluded {s} ostiomeatal complex.",
         neg="Patent ostiomeatal units.", side="right"),
       P("Nasal septal deviation to the {s} with a spur. | Septum deviated to the {s}, with spur. | "
         "{S}ward septal deviation and septal spur.", neg="Nasal septum is midline.", side="left", minor=True),
       N("No orbital or intracranial extension. | No complication into the orbit or brain.",
         neg="Extension into the orbit with a subperiosteal abscess.")],
      [F("Mucous retention cyst in the left maxillary sinus.", "retention/cyst"),
       F("Concha bullosa on the right.", "concha"),
       F("Opacified frontal sinus.", "frontal")]),

    C("ct", "vascular surgery", True,
      "Surveillance of known abdominal aortic aneurysm.",
      "CTA abdomen 14 months ago.",
      "The infrarenal abdominal aorta is aneurysmal, measuring 5.4 cm in maximal diameter (previously 4.8 cm), with "
      "circumferential mural thrombus. No periaortic stranding or retroperitoneal hematoma. Moderate stenosis at the "
      "origin of the right common iliac artery. Left common iliac artery aneurysm measuring 2.2 cm. Renal arteries "
      "single and patent.",
      [P("Infrarenal abdominal aortic aneurysm measuring {size} in maximal diameter, previously {prior}. | "
         "Infrarenal AAA, {size} (prior {prior}). | AAA below the renal arteries has grown to {size} from {prior}.",
         neg="No abdominal aortic aneurysm.", size=(54,), prior=(48,)),
       N("No retroperitoneal hematoma or signs of rupture. | No evidence of rupture.",
         neg="Retroperitoneal hematoma, concerning for rupture."),
       P("{Sev} stenosis at the origin of the {s} common iliac artery. | {S} CIA origin stenosis, {sev}.",
         neg="No iliac stenosis.", side="right", sev="moderate"),
       P("{S} common iliac artery aneurysm, {size}. | {size} aneurysm of the {s} common iliac artery.",
         neg="No iliac artery aneurysm.", side="left", size=(22,)),
       I("Vascular surgery consultation recommended. | Recommend vascular surgery referral given interval growth.")],
      [F("Accessory left renal artery.", "accessory"),
       F("Celiac artery stenosis.", "celiac"),
       F("Horseshoe kidney.", "horseshoe")], unit="cm"),

    C("ct", "community body", False,
      "Nausea, vomiting, distension; prior hysterectomy.",
      "None.",
      "Multiple dilated small bowel loops measuring up to 4.2 cm with air-fluid levels. Transition point in the right "
      "lower quadrant without a mass, likely adhesive. Decompressed distal ileum and colon. No pneumatosis or portal "
      "venous gas. No closed-loop configuration. Small volume ascites. Bowel wall enhancement preserved.",
      [P("High-grade small bowel obstruction with a transition point in the {s} lower quadrant, likely adhesive. | "
         "High-grade SBO, transition point {R}LQ, probably adhesions. | "
         "Small bowel obstruction (high grade) with transition in the {s} lower abdomen, likely due to adhesions.",
         neg="No bowel obstruction.", side="right"),
       P("Dilated small bowel loops up to {size}. | Small bowel dilated up to {size}. | "
         "Maximal small bowel diameter {size}.", size=(42,)),
       N("No pneumatosis or portal venous gas. | No pneumatosis; no portal venous gas.",
         neg="Pneumatosis intestinalis."),
       N("No closed-loop configuration. | Not a closed loop.", neg="Closed-loop obstruction configuration."),
       P("{Sev} ascites. | {Sev} free fluid. | {Sev} volume ascites.", neg="No ascites.", sev="small")],
      [F("Left inguinal hernia containing fat.", "inguinal/hernia"),
       F("Gallbladder wall thickening.", "gallbladder"),
       F("Bilateral adrenal nodules.", "adrenal")], unit="cm"),

    C("ct", "academic ICU", True,
      "ICU patient, persistent fever on antibiotics.",
      "CT chest 5 days prior.",
      "Multifocal patchy airspace opacities have progressed, now with dense consolidation in the left lower lobe. "
      "New 24 mm thick-walled cavity in the right upper lobe. Moderate left pleural effusion, increased. "
      "Endotracheal tube and right IJ catheter in good position. No pneumothorax.",
      [P("Interval worsening of multifocal pneumonia, now with dense consolidation in the {s} lower lobe. | "
         "Multifocal pneumonia, worse, with new dense {R}LL consolidation. | "
         "Worsening multifocal pneumonia; {s} lower lobe now densely consolidated.",
         neg="No consolidation.", side="left"),
       P("{Sev} {s} pleural effusion, increased. | {S} effusion, {sev}, larger than before. | "
         "Increased {sev} {s} pleural effusion.", neg="No pleural effusion.", side="left", sev="moderate",
         scale="extent"),
       P("New {size} cavitary lesion in the {s} upper lobe, concerning for abscess or necrotizing infection. | "
         "New {size} cavity in the {R}UL, likely abscess or necrotizing pneumonia.", neg="No cavitation.",
         side="right", size=(24,)),
       I("Support devices appropriately positioned. | Tubes and lines in good position."),
       N("No pneumothorax. | No PTX.", neg="Small pneumothorax.")],
      [F("Enlarged main pulmonary artery.", "pulmonary artery"),
       F("Pericardial effusion.", "pericardial"),
       F("Thyroid nodule.", "thyroid")]),

    C("ct", "pediatric emergency", False,
      "4-year-old fell from bunk bed, right-sided scalp swelling, one episode of emesis.",
      "None.",
      "Nondisplaced linear fracture of the right parietal bone with overlying subgaleal hematoma. No epidural or "
      "subdural collection. No intraparenchymal hemorrhage. No pneumocephalus. Ventricles normal.",
      [P("Nondisplaced linear fracture of the {s} parietal bone. | "
         "{S} parietal skull fracture, linear and nondisplaced. | Linear nondisplaced fx, {s} parietal bone.",
         neg="No skull fracture.", side="right"),
       P("Overlying {s} parietal scalp hematoma. | {S} parietal subgaleal hematoma. | "
         "Scalp swelling (hematoma) over the {s} parietal bone.", neg="No scalp hematoma.", side="right"),
       N("No intracranial hemorrhage. | No ICH. | No bleeding inside the skull.", neg="Small epidural hematoma."),
       N("No pneumocephalus. | No intracranial air.", neg="Small pneumocephalus.")],
      [F("Mild diffuse cerebral edema.", "edema"),
       F("Diastasis of the lambdoid suture.", "suture/lambdoid"),
       F("Mastoid opacification.", "mastoid")]),

    C("ct", "academic oncology", True,
      "Metastatic colon cancer on FOLFOX; restaging.",
      "CT abdomen and pelvis 3 months prior.",
      "LIVER: Multiple hypoattenuating metastases have increased; index segment VII lesion 4.1 x 3.3 cm "
      "(previously 2.8 x 2.2 cm). PERITONEUM: New 1.2 cm soft-tissue nodule in the left paracolic gutter. "
      "New small ascites. BONES: Sclerotic focus in the L3 vertebral body, unchanged.",
      [P("Increase in size of hepatic metastases; index segment VII lesion now {size}, previously {prior}. | "
         "Progressive liver metastases: segment 7 index lesion {size} (was {prior}). | "
         "Hepatic metastatic disease has progressed, with the segment VII target measuring {size} versus {prior}.",
         neg="No hepatic metastases.", size=(41, 33), prior=(28, 22)),
       P("New {size} peritoneal nodule in the {s} paracolic gutter, suspicious for peritoneal metastasis. | "
         "New {s} paracolic gutter peritoneal implant, {size}. | "
         "{size} nodule, new, in the {s} paracolic gutter - concerning for peritoneal spread.",
         neg="No peritoneal disease.", side="left", size=(12,)),
       P("{Sev} ascites, new. | New {sev} ascites.", neg="No ascites.", sev="small"),
       P("Stable sclerotic lesion in the L3 vertebral body. | L3 sclerotic focus, unchanged.",
         neg="No osseous lesion.", minor=True),
       I("Overall progressive disease by RECIST 1.1. | Progressive disease (RECIST 1.1).")],
      [F("Portal vein thrombosis.", "portal vein"),
       F("Small bowel obstruction.", "obstruction"),
       F("Left hydronephrosis.", "hydroneph")], unit="cm", numbered=True),

    C("ct", "teleradiology vascular", False,
      "Tearing back pain, hypertensive.",
      "None.",
      "CTA chest/abdomen/pelvis. Intimal flap beginning just distal to the left subclavian artery origin, extending "
      "to the infrarenal aorta. Ascending aorta and arch not involved. Maximal descending thoracic aortic diameter "
      "46 mm. The left renal artery arises from the false lumen with a delayed left nephrogram. Celiac, SMA and right "
      "renal artery arise from the true lumen. No periaortic hematoma. No hemothorax.",
      [P("Stanford type B aortic dissection beginning just distal to the {s} subclavian artery origin and extending "
         "to the infrarenal aorta. | "
         "Type B dissection from just beyond the {s} subclavian origin down to the infrarenal aorta.",
         neg="No aortic dissection.", side="left"),
       P("The {s} renal artery arises from the false lumen with delayed nephrogram. | "
         "{S} renal artery off the false lumen; delayed {s} nephrogram. | "
         "Delayed {s} nephrogram, with the {s} renal artery supplied by the false lumen.",
         neg="Renal arteries arise from the true lumen.", side="left"),
       N("Ascending aorta not involved. | No involvement of the ascending aorta.",
         neg="Dissection flap extends into the ascending aorta."),
       P("Maximal descending aortic diameter {size}. | Descending thoracic aorta measures up to {size}.", size=(46,)),
       N("No periaortic hematoma or hemothorax. | No hemothorax; no periaortic blood.",
         neg="Small left hemothorax. | Periaortic hematoma.")],
      [F("Bovine aortic arch.", "bovine"),
       F("Pulmonary embolus in the right lower lobe.", "embol"),
       F("Mesenteric ischemia with bowel wall thickening.", "bowel")]),

    C("ct", "community emergency", False,
      "Assault, punched in the left eye, diplopia on upgaze.",
      "None.",
      "Fracture of the left orbital floor with herniation of orbital fat into the left maxillary sinus. The inferior "
      "rectus muscle is not entrapped. Nondisplaced fracture of the left zygomatic arch. Small amount of blood in the "
      "left maxillary sinus. Globes intact. Left periorbital soft tissue swelling.",
      [P("Acute {s} orbital floor fracture with herniation of orbital fat. | "
         "{S} orbital floor fx, orbital fat herniating into the maxillary sinus. | "
         "Blowout fracture of the {s} orbital floor with fat herniation.", neg="No orbital fracture.", side="left"),
       N("No inferior rectus entrapment. | Inferior rectus muscle not entrapped.",
         neg="Entrapment of the inferior rectus muscle."),
       P("Nondisplaced fracture of the {s} zygomatic arch. | {S} zygomatic arch fracture, nondisplaced.",
         neg="Zygomatic arches intact.", side="left"),
       P("Hemosinus in the {s} maxillary sinus. | Blood in the {s} maxillary sinus.",
         neg="Maxillary sinuses clear.", side="left", minor=True),
       N("Globes intact. | Intact globes. | No globe rupture.", neg="Globe rupture.")],
      [F("Nasal bone fracture.", "nasal bone"),
       F("Mandibular condyle fracture.", "mandib"),
       F("Retrobulbar hematoma.", "retrobulbar")]),

    C("ct", "community outpatient", False,
      "Chronic cough for 2 months, former smoker.",
      "None.",
      "There is a 7 mm solid nodule in the left lower lobe. Mild bronchial wall thickening, diffuse. No consolidation. "
      "Small hiatal hernia. No mediastinal lymphadenopathy.",
      [P("Solid pulmonary nodule in the {s} lower lobe measuring {size}. | {size} solid {R}LL nodule. | "
         "A solid nodule ({size}) is present in the {s} lower lobe.", neg="No pulmonary nodules.",
         side="left", size=(7,)),
       I("Follow-up CT at 6-12 months per Fleischner Society guidelines. | Fleischner: CT in 6-12 months."),
       P("{Sev} bronchial wall thickening, suggesting bronchitis or reactive airways disease. | "
         "{Sev} bronchial wall thickening (bronchitis/reactive airways).", neg="No bronchial wall thickening.",
         sev="mild"),
       P("{Sev} hiatal hernia. | Hiatal hernia, {sev}.", neg="No hiatal hernia.", sev="small", minor=True),
       N("No consolidation. | No pneumonia. | Lungs without consolidation.",
         neg="Patchy consolidation in the lingula.")],
      [F("Thyroid goiter with tracheal deviation.", "thyroid/goiter"),
       F("Mild cardiomegaly.", "cardiomegaly/heart"),
       F("Bronchiectasis in the right middle lobe.", "bronchiectasis")]),

    C("ct", "community body", True,
      "LLQ pain and fever; history of diverticulitis.",
      "CT abdomen/pelvis 2025, uncomplicated sigmoid diverticulitis.",
      "Sigmoid diverticulosis with wall thickening and pericolic fat stranding. Rim-enhancing pericolic fluid "
      "collection measuring 3.2 x 2.5 cm. No free intraperitoneal air. Mild left hydronephrosis with the "
      "inflammatory process abutting the distal left ureter.",
      [P("Acute sigmoid diverticulitis with a {size} pericolic abscess. | "
         "Sigmoid diverticulitis complicated by a {size} pericolic abscess. | "
         "Acute diverticulitis of the sigmoid with pericolic abscess measuring {size}.",
         neg="No diverticulitis.", size=(32, 25)),
       N("No free intraperitoneal air. | No pneumoperitoneum. | No free air.",
         neg="Small volume pneumoperitoneum."),
       I("Recurrent episode; the 2025 episode was uncomplicated. | Recurrence of previously uncomplicated disease."),
       P("{Sev} {s} hydronephrosis from inflammatory involvement of the distal ureter. | "
         "{Sev} {s} hydronephrosis; the distal {s} ureter is involved by the inflammation.",
         neg="No hydronephrosis.", side="left", sev="mild")],
      [F("Colovesical fistula with gas in the bladder.", "fistula/bladder"),
       F("Liver hemangioma.", "hemangioma/liver"),
       F("Acute appendicitis.", "appendi")], unit="cm"),

    C("ct", "MSK spine", False,
      "Fall from ladder, back pain.",
      "None.",
      "Acute compression fracture of L1 with moderate anterior height loss and 4 mm retropulsion of the posterior "
      "superior cortex into the canal. Posterior elements intact. Chronic-appearing left L5 pars defect without "
      "spondylolisthesis. Remaining vertebral heights preserved.",
      [P("Acute compression fracture of L1 with {sev} height loss. | L1 compression fx, acute, {sev} loss of height. | "
         "Acute L1 compression fracture ({sev} height loss).", neg="No lumbar fracture.", sev="moderate"),
       P("Retropulsion of {size} into the spinal canal. | {size} retropulsed fragment narrowing the canal. | "
         "Bony retropulsion measuring {size}.", neg="No retropulsion.", size=(4,)),
       N("Posterior elements intact. | No posterior element fracture.", neg="Fracture of the posterior elements."),
       P("{S} L5 pars defect without listhesis. | Spondylolysis of L5 on the {s}, no spondylolisthesis. | "
         "{S}-sided L5 spondylolysis.", neg="No pars defect.", side="left", minor=True)],
      [F("Right renal mass.", "renal/kidney"),
       F("Schmorl node at L3.", "schmorl"),
       F("Sacroiliitis.", "sacroili")]),
]
