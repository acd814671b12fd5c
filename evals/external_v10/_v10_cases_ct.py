"""Hand-written CT cases of the v10 set (neuro, chest, body, vascular, MSK; academic to teleradiology styles)."""

from _v10_model import N, P, case

CT = [
    case("ct", "academic emergency neuro", "Fall on apixaban, headache.", "None.",
         """Noncontrast CT head. There is an acute right frontoparietal subdural hematoma measuring up to 8 mm in
         thickness, with 4 mm of leftward midline shift. No intraventricular extension of blood. The basal cisterns
         are patent. Small left frontal scalp hematoma. No calvarial fracture. Mild periventricular white matter
         hypoattenuation, likely chronic small vessel ischemic change.""",
         [P("Acute {side} frontoparietal subdural hematoma, {size} in maximal thickness | Acute {side} frontoparietal"
            " SDH measuring {size} thick | {Side}-sided acute subdural collection over the frontoparietal convexity,"
            " {size} thick", "No {side} subdural hematoma | No acute subdural collection on the {side}",
            side="right", size=(8,), unit="mm"),
          P("{size} {side}ward midline shift | Midline shift of {size} to the {side} | Associated {side}ward shift"
            " of the midline measuring {size}", "No midline shift | Midline structures are not shifted",
            side="left", size=(4,), unit="mm"),
          N("No intraventricular extension | No intraventricular blood | Blood does not extend into the ventricles",
            "Intraventricular extension of hemorrhage | Blood extends into the ventricles"),
          N("No calvarial fracture | Calvarium intact | No skull fracture", "Calvarial fracture | Skull fracture"
            " present"),
          P("{Sev} chronic small vessel ischemic change | Chronic microvascular change, {sev}",
            "No small vessel ischemic change | No chronic microvascular disease", sev="mild", minor=True)],
         ["Small acute infarct in the left cerebellar hemisphere.|infarct,cerebell",
          "Air-fluid level in the right maxillary sinus.|maxillary,sinus"]),
    case("ct", "community chest", "Shortness of breath, elevated D-dimer.", "No prior imaging.",
         """CTA chest. Filling defects in the right lower lobe segmental and subsegmental pulmonary arteries consistent
         with acute pulmonary emboli. The main pulmonary artery is normal in caliber. RV/LV ratio 0.8, no evidence of
         right heart strain. Small right pleural effusion. Patchy opacity in the right lower lobe, could represent
         early infarct or atelectasis. Heart size normal. No pericardial effusion. Upper abdomen unremarkable.""",
         [P("Acute segmental and subsegmental pulmonary emboli in the {side} lower lobe | Acute PE involving {side}"
            " lower lobe segmental and subsegmental branches | Segmental/subsegmental emboli, {side} lower lobe,"
            " acute", "No pulmonary embolism | No filling defect in the {side} lower lobe arteries", side="right"),
          N("No CT evidence of right heart strain | RV/LV ratio normal without right heart strain | No right heart"
            " strain", "CT signs of right heart strain | Right heart strain present"),
          P("{Sev} {side} pleural effusion | {Side} pleural effusion, {sev}", "No {side} pleural effusion | No"
            " pleural effusion", side="right", sev="small"),
          P("Patchy {side} lower lobe opacity, infarct versus atelectasis | Opacity in the {side} lower lobe, which"
            " may be early infarction or atelectasis", "Clear {side} lower lobe | No {side} lower lobe opacity",
            side="right")],
         ["Enlarged mediastinal lymph nodes up to 1.8 cm.|mediastinal,node",
          "Small hiatal hernia.|hiatal,hernia"], numbered=True),
    case("ct", "academic body", "Right lower quadrant pain, fever.", "None available.",
         """CT abdomen and pelvis with IV contrast. The appendix is dilated to 13 mm with wall thickening and
         periappendiceal fat stranding. An appendicolith is present at the base. No extraluminal gas or drainable
         fluid collection. Small amount of free fluid in the pelvis. Liver, spleen, pancreas, kidneys unremarkable.
         Simple left renal cyst measuring 2.1 cm.""",
         [P("Acute appendicitis with an appendicolith, appendix {size} | Findings consistent with acute appendicitis:"
            " appendix dilated to {size} with appendicolith | Appendicolith with a {size} dilated inflamed appendix,"
            " consistent with acute appendicitis", "No acute appendicitis | Normal appendix", size=(13,), unit="mm"),
          N("No perforation or abscess | No extraluminal gas or drainable collection to suggest perforation | Without"
            " perforation or abscess", "Perforation with periappendiceal abscess | Signs of perforation present"),
          P("{Sev} pelvic free fluid | {Sev} volume free fluid in the pelvis", "No free fluid | No pelvic free fluid",
            sev="small", minor=True),
          P("{Side} renal cyst, {size}, simple | Simple {side} renal cyst measuring {size} | {size} simple cyst of the"
            " {side} kidney", "No {side} renal lesion | {Side} kidney normal", side="left", size=(21,), minor=True)],
         ["Small fat-containing umbilical hernia.|umbilical,hernia",
          "Sigmoid diverticulosis without diverticulitis.|diverticul"]),
    case("ct", "teleradiology body", "Abdominal distension, vomiting. Prior laparotomy.", "CT abdomen 14 months ago.",
         """CT abdomen/pelvis with contrast. Multiple dilated fluid-filled small bowel loops measuring up to 3.8 cm with
         a transition point in the right lower quadrant, with collapsed distal ileum and colon. No pneumatosis,
         portal venous gas or free air. Moderate ascites, new since the prior study. Unchanged 1.2 cm hypodensity in
         hepatic segment 7, previously 1.2 cm, likely a cyst. Postsurgical changes of midline laparotomy.""",
         [P("High-grade small bowel obstruction with transition point in the {side} lower quadrant, bowel to {size},"
            " likely adhesive | Small bowel obstruction, high grade, transition in the {side} lower quadrant; loops up"
            " to {size}; adhesions likely", "No small bowel obstruction | Nonobstructed small bowel", side="right",
            size=(38,)),
          N("No pneumatosis, portal venous gas or free air | No signs of ischemia or perforation (no pneumatosis,"
            " portal venous gas or free air)", "Pneumatosis and portal venous gas | Free intraperitoneal air"),
          P("{Sev} ascites, new since the prior study | New {sev} volume ascites compared with the prior",
            "No ascites | No free fluid", sev="moderate*"),
          P("Stable {size} hepatic segment 7 hypodensity, likely cyst (previously {prior}) | Segment 7 liver lesion"
            " of {size}, unchanged from {prior}, probably a cyst", "No liver lesion | Segment 7 lesion has resolved",
            size=(12,), prior=(12,), minor=True)],
         ["Gallstones without cholecystitis.|gallstone,cholelith,gallbladder",
          "Left inguinal hernia containing fat.|inguinal"]),
    case("ct", "academic chest oncology", "Lung adenocarcinoma on chemotherapy, restaging.", "CT chest 3 months ago.",
         """CT chest with contrast. Left upper lobe spiculated mass measures 3.4 x 2.6 cm, previously 4.8 x 3.5 cm.
         Left hilar node 1.1 cm short axis, previously 1.9 cm. No new pulmonary nodules. Moderate left pleural
         effusion, increased from small. No pneumothorax. Sclerotic lesion in T8 unchanged. Moderate centrilobular
         emphysema.""",
         [P("Decreased {side} upper lobe primary mass, {size} (previously {prior}) | {Side} upper lobe mass smaller,"
            " now {size}, was {prior} | Interval decrease of the {side} upper lobe mass to {size} from {prior}",
            "No {side} upper lobe mass | {Side} upper lobe mass has resolved", side="left", size=(34, 26),
            prior=(48, 35)),
          P("Decreased {side} hilar node, {size} short axis (previously {prior}) | {Side} hilar lymph node now"
            " {size}, down from {prior}", "No {side} hilar adenopathy | {Side} hilar node resolved", side="left",
            size=(11,), prior=(19,)),
          P("Increased {side} pleural effusion, now {sev} | {Sev} {side} pleural effusion, larger than before",
            "No {side} pleural effusion | {Side} pleural effusion resolved", side="left", sev="moderate*"),
          N("No new pulmonary nodules | No new lung nodules", "New pulmonary nodules | New bilateral lung nodules"),
          P("Stable sclerotic T8 lesion | Unchanged sclerotic focus in T8", "No osseous lesion | T8 lesion resolved",
            minor=True)],
         ["New right adrenal nodule measuring 1.5 cm.|adrenal",
          "Small pericardial effusion.|pericard"], numbered=True),
    case("ct", "vascular", "Pulsatile abdominal mass.", "None.",
         """CTA abdomen and pelvis. Infrarenal abdominal aortic aneurysm measuring 5.6 x 5.4 cm with eccentric mural
         thrombus. No periaortic stranding or retroperitoneal hematoma. The aneurysm extends to the aortic
         bifurcation; the iliac arteries are not aneurysmal. Right common iliac artery moderate stenosis from
         calcified plaque. Renal arteries single and patent bilaterally.""",
         [P("Infrarenal abdominal aortic aneurysm, {size}, with mural thrombus | {size} infrarenal AAA with eccentric"
            " mural thrombus | Infrarenal aortic aneurysm measuring {size}; mural thrombus present",
            "No abdominal aortic aneurysm | Normal caliber aorta", size=(56, 54)),
          N("No signs of rupture | No periaortic stranding or retroperitoneal hematoma to suggest rupture or leak",
            "Findings of contained rupture with retroperitoneal hematoma | Retroperitoneal hematoma from rupture"),
          P("{Sev} {side} common iliac artery stenosis | {Sev} stenosis of the {side} common iliac artery due to"
            " calcified plaque", "No iliac stenosis | Patent {side} common iliac artery without stenosis",
            side="right", sev="moderate"),
          N("Patent renal arteries | Renal arteries patent bilaterally", "Occluded renal artery | Renal artery"
            " occlusion")],
         ["Dissection flap in the left common iliac artery.|dissection,flap",
          "Horseshoe kidney.|horseshoe"]),
    case("ct", "trauma academic", "MVC, chest wall pain.", "No comparison.",
         """CT chest abdomen pelvis with contrast, trauma protocol. Acute nondisplaced fractures of the left 5th
         through 7th ribs laterally. Small left pneumothorax. Left lower lobe contusion. No mediastinal hematoma,
         aortic contour normal. Grade II splenic laceration with small perisplenic hematoma, no active extravasation.
         Liver, kidneys, bowel unremarkable. No pelvic fracture.""",
         [P("Nondisplaced fractures of {side} ribs 5-7 | Acute {side} 5th to 7th rib fractures, nondisplaced |"
            " {Side} lateral rib fractures (5-7), nondisplaced", "No rib fractures | Intact {side} ribs", side="left"),
          P("{Sev} {side} pneumothorax | {Side} pneumothorax, {sev}", "No pneumothorax | No {side} pneumothorax",
            side="left", sev="small"),
          P("{Side} lower lobe pulmonary contusion | Contusion in the {side} lower lobe", "No pulmonary contusion |"
            " Clear {side} lower lobe", side="left"),
          P("Grade II splenic laceration with {sev} perisplenic hematoma, no active extravasation | Splenic laceration"
            " (grade II), {sev} perisplenic hematoma, no active bleeding", "Intact spleen | No splenic injury",
            sev="small"),
          N("No traumatic aortic injury | No mediastinal hematoma; aorta normal", "Traumatic aortic injury with"
            " mediastinal hematoma | Mediastinal hematoma")],
         ["Sternal fracture.|stern",
          "Small left hemothorax.|hemothorax"]),
    case("ct", "community body", "Flank pain, hematuria.", "CT KUB 2 years ago.",
         """Noncontrast CT abdomen/pelvis (stone protocol). 6 mm obstructing calculus at the right ureterovesical
         junction with moderate right hydroureteronephrosis and perinephric stranding. Nonobstructing 4 mm left
         lower pole renal calculus, unchanged from prior. No left hydronephrosis. Appendix normal. Bladder
         decompressed.""",
         [P("{size} obstructing {side} UVJ stone | Obstructing {size} calculus at the {side} ureterovesical junction"
            " | {Side} UVJ calculus, {size}, obstructing", "No ureteral calculus | No {side} ureteral stone",
            side="right", size=(6,), unit="mm"),
          P("{Sev} {side} hydroureteronephrosis | {Side} hydroureteronephrosis, {sev} | {Sevly} dilated {side}"
            " collecting system and ureter", "No hydronephrosis | No {side} hydroureteronephrosis", side="right",
            sev="moderate"),
          P("Stable nonobstructing {size} {side} lower pole renal stone | Unchanged {size} {side} renal calculus,"
            " nonobstructing", "No {side} renal calculi | {Side} kidney stone has passed", side="left", size=(4,),
            unit="mm", minor=True),
          N("No {side} hydronephrosis | {Side} collecting system not dilated", "{Side} hydronephrosis | Dilated {side}"
            " collecting system", side="left")],
         ["Gallbladder sludge.|gallbladder,sludge",
          "Small fat-containing umbilical hernia.|umbilical"]),
    case("ct", "neuro stroke", "Left-sided weakness, last known well 2 hours ago.", "None.",
         """CT head without contrast, CTA head and neck, CT perfusion. Hyperdense right MCA sign. Occlusion of the right
         M1 segment. Perfusion: core infarct 14 mL, penumbra 96 mL in the right MCA territory. ASPECTS 8. No
         intracranial hemorrhage. Cervical carotids with mild atherosclerotic plaque, less than 50% stenosis on the
         right. Left internal carotid normal.""",
         [P("Occlusion of the {side} M1 segment of the middle cerebral artery | {Side} MCA M1 occlusion | Acute {side}"
            " M1 occlusion", "No large vessel occlusion | Patent {side} MCA", side="right"),
          P("Core infarct 14 mL with 96 mL penumbra in the {side} MCA territory | {Side} MCA territory: 14 mL core,"
            " 96 mL penumbra | {Side} MCA penumbra of 96 mL with a 14 mL core", "No perfusion deficit |"
            " No core or penumbra", side="right"),
          N("No intracranial hemorrhage | No hemorrhage | Negative for intracranial bleed", "Intracranial hemorrhage"
            " present | Acute intracranial hemorrhage"),
          P("{Sev} {side} carotid bulb plaque, less than 50% stenosis | {Side} cervical carotid: {sev} plaque without"
            " hemodynamically significant stenosis", "No carotid plaque | Normal {side} carotid", side="right",
            sev="mild", minor=True)],
         ["Meningioma along the left frontal convexity, 1 cm.|meningioma",
          "Aneurysm of the anterior communicating artery, 3 mm.|aneurysm,communicating"], numbered=True),
    case("ct", "community chest screening", "Lung cancer screening, 30 pack-years.", "Low-dose CT 1 year ago.",
         """Low-dose CT chest. Solid nodule in the right middle lobe measures 9 mm, previously 6 mm. Stable 4 mm
         left upper lobe nodule. Mild centrilobular emphysema. Moderate coronary artery calcification. No
         lymphadenopathy. No pleural effusion.""",
         [P("Enlarging solid {side} middle lobe nodule, {size} (previously {prior}), Lung-RADS 4A | Growing {size}"
            " {side} middle lobe nodule, was {prior}; Lung-RADS 4A", "No {side} middle lobe nodule | {Side} middle"
            " lobe nodule resolved", side="right", size=(9,), prior=(6,), unit="mm"),
          P("Stable {size} {side} upper lobe nodule | {Side} upper lobe nodule unchanged at {size}", "No {side} upper"
            " lobe nodule", side="left", size=(4,), unit="mm", minor=True),
          P("{Sev} centrilobular emphysema | Emphysema, centrilobular, {sev}", "No emphysema", sev="mild"),
          P("{Sev} coronary artery calcification | Coronary calcification, {sev}", "No coronary calcification",
            sev="moderate"),
          N("No lymphadenopathy | No enlarged lymph nodes", "Mediastinal lymphadenopathy | Enlarged lymph nodes")],
         ["Small hiatal hernia.|hiatal",
          "Thyroid nodule measuring 1.4 cm.|thyroid"]),
    case("ct", "pediatric body", "7-year-old, vomiting and abdominal pain.", "None.",
         """CT abdomen pelvis with contrast (pediatric low dose). Ileocolic intussusception in the right upper
         quadrant, measuring 3.2 cm in diameter. Several enlarged mesenteric lymph nodes. No bowel obstruction.
         Small volume free fluid. No pneumoperitoneum. Appendix not visualized.""",
         [P("Ileocolic intussusception, {size} in diameter, {side} upper quadrant | {size} ileocolic intussusception"
            " in the {side} upper quadrant | Intussusception (ileocolic) in the {side} upper abdomen, {size}",
            "No intussusception | Normal bowel without intussusception", side="right", size=(32,)),
          P("Enlarged mesenteric lymph nodes | Mesenteric lymphadenopathy", "No mesenteric lymphadenopathy"),
          N("No bowel obstruction | No obstruction | No dilated bowel to suggest obstruction", "Small bowel"
            " obstruction | Obstructed bowel"),
          N("No pneumoperitoneum | No free air", "Pneumoperitoneum | Free intraperitoneal air"),
          P("{Sev} volume free fluid | {Sev} amount of free fluid", "No free fluid", sev="small", minor=True)],
         ["Meckel diverticulum.|meckel,diverticul",
          "Left ovarian cyst measuring 2.5 cm.|ovar"]),
    case("ct", "MSK", "Fall on outstretched hand, wrist pain, radiographs equivocal.", "Wrist radiographs same day.",
         """CT left wrist without contrast. Nondisplaced fracture through the waist of the scaphoid. The distal
         radius is intact. Mild radiocarpal osteoarthritis. No carpal malalignment; scapholunate interval 2 mm.
         Soft tissue swelling dorsally.""",
         [P("Nondisplaced {side} scaphoid waist fracture | Nondisplaced fracture of the {side} scaphoid waist, occult"
            " on radiographs | {Side} scaphoid waist fx, nondisplaced", "No {side} scaphoid fracture | Intact"
            " scaphoid", side="left"),
          N("Intact distal radius | No distal radius fracture", "Distal radius fracture | Fracture of the distal"
            " radius"),
          N("No carpal malalignment | Normal carpal alignment", "Scapholunate dissociation | Carpal malalignment"),
          P("{Sev} radiocarpal osteoarthritis | Radiocarpal degenerative change, {sev}", "No osteoarthritis |"
            " Radiocarpal joint preserved", sev="mild", minor=True),
          P("Dorsal soft tissue swelling | Swelling of the dorsal soft tissues", "No soft tissue swelling")],
         ["Ulnar styloid fracture.|ulna,styloid",
          "Ganglion cyst at the dorsal wrist.|ganglion"]),
    case("ct", "teleradiology neuro", "Headache, worst of life.", "NONE.",
         """CT head without contrast. Diffuse subarachnoid hemorrhage in the basal cisterns and bilateral sylvian
         fissures, more prominent on the left. Mild hydrocephalus with temporal horn dilation. No intraparenchymal
         hematoma. No midline shift. CTA: 7 x 5 mm aneurysm of the left posterior communicating artery.""",
         [P("Diffuse subarachnoid hemorrhage, {side} predominant | Diffuse SAH in the basal cisterns, more on the"
            " {side} | Subarachnoid blood, diffuse, {side} sylvian predominance", "No subarachnoid hemorrhage | No"
            " SAH", side="left"),
          P("{size} {side} posterior communicating artery aneurysm | Aneurysm of the {side} PCOM, {size} | {Side}"
            " posterior communicating artery aneurysm measuring {size}, the likely source", "No intracranial aneurysm"
            " | No aneurysm identified", side="left", size=(7, 5), unit="mm"),
          P("{Sev} hydrocephalus | {Sev} communicating hydrocephalus with temporal horn dilation", "No hydrocephalus"
            " | Ventricles normal in size", sev="mild"),
          N("No midline shift | No shift", "Midline shift | Rightward midline shift"),
          N("No intraparenchymal hematoma | No parenchymal hemorrhage", "Intraparenchymal hematoma")],
         ["Vasospasm of the right middle cerebral artery.|vasospasm",
          "Right frontal contusion.|contusion"]),
    case("ct", "academic body oncology", "Colon cancer, surveillance.", "CT abdomen pelvis 6 months ago.",
         """CT abdomen/pelvis with contrast. New hypoattenuating lesions in the liver: segment 4A 2.2 cm and segment 6
         1.4 cm, suspicious for metastases. Postsurgical changes of right hemicolectomy without local recurrence.
         Stable 8 mm periportal lymph node. Mild splenomegaly, 14.2 cm, unchanged. No ascites.""",
         [P("New {size} segment 4A hepatic lesion, suspicious for metastasis | New hypoattenuating liver lesion in"
            " segment 4A, {size}, concerning for metastatic disease", "No liver lesions | No hepatic metastases",
            size=(22,)),
          P("New {size} segment 6 hepatic lesion, also suspicious | Second new lesion in segment 6 measuring {size}",
            "No segment 6 lesion", size=(14,)),
          N("No local recurrence at the right hemicolectomy site | Right hemicolectomy without local recurrence",
            "Local recurrence at the anastomosis | Soft tissue mass at the hemicolectomy site"),
          P("Stable {sev} splenomegaly, {size} | {Sev} splenomegaly unchanged at {size}", "Normal spleen size |"
            " No splenomegaly", sev="mild", size=(142,), organ=True, minor=True),
          N("No ascites | No free fluid", "Ascites | New ascites")],
         ["Peritoneal nodule in the left lower quadrant.|peritoneal,nodule",
          "Bilateral adrenal nodules.|adrenal"], numbered=True),
    case("ct", "community emergency", "Left lower quadrant pain.", "None.",
         """CT A/P w/ contrast. Sigmoid diverticulitis with a 2.8 cm pericolic abscess. Wall thickening and
         surrounding fat stranding of the sigmoid colon over 9 cm. No free air. Moderate hepatic steatosis. Left
         renal cortical scarring. Bladder unremarkable.""",
         [P("Acute sigmoid diverticulitis over a 9 cm segment | Sigmoid diverticulitis, acute, over a 9 cm"
            " segment", "No diverticulitis"
            " | Normal sigmoid colon"),
          P("{size} pericolic abscess | Associated pericolic abscess measuring {size} | Complicated by a {size}"
            " abscess", "No abscess | No drainable collection", size=(28,)),
          N("No free air | No pneumoperitoneum", "Free air | Pneumoperitoneum present"),
          P("{Sev} hepatic steatosis | {Sev} fatty infiltration of the liver", "No steatosis | Normal liver"
            " attenuation", sev="moderate"),
          P("{Side} renal cortical scarring | Cortical scarring of the {side} kidney", "No renal scarring",
            side="left", minor=True)],
         ["Enlarged prostate.|prostat",
          "Small bowel obstruction.|obstruct"]),
    case("ct", "academic chest ILD", "Progressive dyspnea, crackles.", "HRCT 18 months ago.",
         """HRCT chest. Subpleural, basal-predominant reticulation with traction bronchiectasis and honeycombing,
         progressed since prior, usual interstitial pneumonia pattern. Mild mediastinal lymph node enlargement,
         reactive, up to 12 mm, unchanged. Main pulmonary artery 3.4 cm, enlarged. No consolidation.""",
         [P("Usual interstitial pneumonia pattern, progressed | UIP pattern fibrosis with honeycombing, worse than the"
            " prior | Progressive basal subpleural fibrosis with honeycombing (UIP)", "No fibrotic lung disease |"
            " No interstitial lung disease"),
          P("Enlarged main pulmonary artery, {size}, suggesting pulmonary hypertension | Main PA dilated to {size}",
            "Normal caliber pulmonary artery", size=(34,)),
          P("Stable reactive mediastinal nodes up to {size} | Unchanged enlarged mediastinal nodes, up to"
            " {size}, reactive", "No mediastinal lymphadenopathy", size=(12,), unit="mm", minor=True),
          N("No consolidation | No airspace consolidation", "Consolidation | Lobar consolidation")],
         ["Right lower lobe pulmonary nodule of 6 mm.|nodule",
          "Small left pleural effusion.|effusion,pleural effusion"]),
    case("ct", "academic pancreas", "Epigastric pain, lipase 1200.", "N/A.",
         """CT abdomen with IV contrast, pancreatic phase. Pancreas diffusely enlarged with peripancreatic fat
         stranding and fluid, consistent with acute interstitial edematous pancreatitis. No pancreatic necrosis.
         Acute peripancreatic fluid collection, 4.5 x 2.0 cm, anterior to the pancreatic tail. Cholelithiasis,
         no gallbladder wall thickening. CBD 5 mm. Splenic vein patent.""",
         [P("Acute interstitial edematous pancreatitis | Findings consistent with acute edematous pancreatitis",
            "No acute pancreatitis | Normal pancreas"),
          N("No necrosis | No pancreatic necrosis", "Pancreatic necrosis | Necrotizing pancreatitis"),
          P("Acute peripancreatic fluid collection, {size} | {size} peripancreatic fluid collection near the tail",
            "No peripancreatic collection", size=(45, 20)),
          P("Cholelithiasis without cholecystitis | Gallstones, no signs of cholecystitis", "No gallstones"),
          N("Patent splenic vein | No splenic vein thrombosis", "Splenic vein thrombosis | Occluded splenic vein")],
         ["Pseudoaneurysm of the splenic artery.|pseudoaneurysm,artery",
          "Right renal mass measuring 2 cm.|renal,kidney"], numbered=True),
    case("ct", "community neuro sinus", "Chronic sinus congestion.", "None.",
         """CT sinuses without contrast. Near-complete opacification of the left maxillary sinus with obstruction of
         the left ostiomeatal unit. Mild mucosal thickening of the right ethmoid air cells. Nasal septum deviated to
         the right. No bony erosion. Frontal and sphenoid sinuses clear.""",
         [P("Near-complete opacification of the {side} maxillary sinus with {side} ostiomeatal unit obstruction |"
            " {Side} maxillary sinusitis, nearly opacified, OMU obstructed on the {side}", "Clear {side} maxillary"
            " sinus | No maxillary sinus disease", side="left"),
          P("{Sev} {side} ethmoid mucosal thickening | {Side} ethmoid air cells: {sev} mucosal thickening",
            "Clear ethmoid air cells | No ethmoid disease", side="right", sev="mild"),
          P("Nasal septal deviation to the {side} | Septum deviated {side}ward", "Midline nasal septum", side="right",
            minor=True),
          N("No bony erosion | No osseous erosion", "Bony erosion of the sinus wall | Osseous erosion")],
         ["Retention cyst in the right maxillary sinus.|retention",
          "Concha bullosa on the left.|concha"]),
    case("ct", "academic vascular aorta", "Known type B dissection, follow-up.", "CTA chest 6 months ago.",
         """CTA chest and abdomen. Chronic type B aortic dissection beginning distal to the left subclavian artery
         extending to the aortic bifurcation. Maximum descending aortic diameter 4.6 cm, previously 4.1 cm. False
         lumen partially thrombosed. Celiac and SMA arise from the true lumen; left renal artery from the false
         lumen, left kidney perfuses normally. No periaortic hematoma.""",
         [P("Chronic type B aortic dissection with enlarging descending aorta, {size} (previously {prior}) | Type B"
            " dissection; descending thoracic aorta grew to {size} from {prior}", "No aortic dissection | Normal"
            " caliber aorta", size=(46,), prior=(41,)),
          P("{Side} renal artery from the false lumen with normal {side} renal perfusion | False lumen supplies the"
            " {side} renal artery; {side} kidney perfuses normally", "All renal arteries arise from the true lumen",
            side="left"),
          N("No periaortic hematoma | No signs of rupture", "Periaortic hematoma | Contained rupture"),
          P("Partially thrombosed false lumen | False lumen partly thrombosed", "Fully patent false lumen",
            minor=True)],
         ["Occluded right common iliac artery.|iliac",
          "Small right pleural effusion.|pleural"]),
    case("ct", "teleradiology chest", "Cough and fever, immunocompromised.", "None",
         """CT chest without contrast. Multifocal nodular consolidations in the right upper and lower lobes, largest
         2.7 cm, some with surrounding ground-glass halo. Small right pleural effusion. Mediastinal nodes not
         enlarged. No cavitation. Left lung clear.""",
         [P("Multifocal nodular consolidation in the {side} lung, largest {size}, with halo sign, concerning for"
            " fungal infection | {Side} upper and lower lobe nodular consolidations (up to {size}) with halos,"
            " suspicious for invasive fungal pneumonia", "No consolidation | Clear {side} lung", side="right",
            size=(27,)),
          P("{Sev} {side} pleural effusion | {Side} pleural effusion, {sev}", "No pleural effusion", side="right",
            sev="small"),
          N("No cavitation | No cavitary lesion", "Cavitation | Cavitary nodules"),
          N("Clear {side} lung | {Side} lung clear", "{Side} lung consolidation | Consolidation in the {side} lung",
            side="left")],
         ["Right adrenal nodule.|adrenal",
          "Pericardial effusion.|pericard"]),
]
