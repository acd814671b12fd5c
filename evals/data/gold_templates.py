"""Synthetic report templates for the RadGate gold set (written by the team; no patient data, no
third-party report text). Each study lists slots; a slot is normal or one of its abnormal variants.

Variant = (findings sentence, impression sentence or None). Placeholders: {side}/{Side} (left/right),
{sev_s} (small/moderate/large), {sev_m} (mild/moderate/severe), {size} (e.g. "1.4 cm", "2.3 x 1.9 cm"),
{small} (a size under 1 cm), {lobe} (upper/lower), {level} (spine level), {n} (a small number).
"""

from __future__ import annotations

CHEST_XR = {
    "modality": "XR", "body_part": "chest", "ages": ["pediatric", "adult", "older_adult"],
    "indications": ["Cough and fever.", "Shortness of breath.", "Chest pain.", "Preoperative evaluation.",
                 "Fever, evaluate for pneumonia.", "Follow-up of known effusion.", "Hypoxia.", "Fall, chest wall pain."],
    "prior": ["Chest radiograph dated {date}.", "Prior frontal and lateral chest radiographs from {date}.",
           "Portable chest radiograph of {date}."],
    "slots": [
        {"p": 0.35, "normal": ["No focal consolidation.", "No focal airspace disease.", "No consolidation."],
             "abnormal": [("There is {side} lower lobe consolidation.", "{Side} lower lobe pneumonia."),
                       ("Patchy airspace opacity in the {side} lower lobe.", "{Side} lower lobe airspace opacity, possibly pneumonia."),
                       ("Bibasilar linear opacities, likely atelectasis.", "Mild bibasilar atelectasis."),
                       ("There is {side} upper lobe consolidation with air bronchograms.", "{Side} upper lobe pneumonia.")]},
        {"p": 0.3, "normal": ["No pleural effusion.", "There is no pleural effusion.", "The costophrenic angles are sharp."],
             "abnormal": [("There is a {sev_s} {side} pleural effusion.", "{Sev_s} {side} pleural effusion."),
                       ("{Sev_s} bilateral pleural effusions.", "{Sev_s} bilateral pleural effusions."),
                       ("Blunting of the {side} costophrenic angle, consistent with a small effusion.", "Small {side} pleural effusion.")]},
        {"p": 0.15, "normal": ["No pneumothorax.", "There is no pneumothorax."],
             "abnormal": [("There is a {sev_s} {side} apical pneumothorax.", "{Sev_s} {side} pneumothorax."),
                       ("A small {side} pneumothorax is present.", "Small {side} pneumothorax.")]},
        {"p": 0.3, "normal": ["The heart size is normal.", "Normal heart size.", "The cardiomediastinal silhouette is normal."],
             "abnormal": [("The heart is {sev_m}ly enlarged.", "{Sev_m} cardiomegaly."),
                       ("{Sev_m} cardiomegaly.", "{Sev_m} cardiomegaly."),
                       ("The cardiac silhouette is enlarged.", "Cardiomegaly.")]},
        {"p": 0.2, "normal": ["No pulmonary edema.", "There is no pulmonary vascular congestion."],
             "abnormal": [("There is {sev_m} interstitial pulmonary edema.", "{Sev_m} pulmonary edema."),
                       ("Pulmonary vascular congestion with {sev_m} interstitial edema.", "{Sev_m} pulmonary edema.")]},
        {"p": 0.15, "normal": [],
             "abnormal": [("There is a {size} nodule in the {side} {lobe} lobe.", "{Size} {side} {lobe} lobe pulmonary nodule."),
                       ("A {size} mass is seen in the {side} hilar region.", "{Size} {side} hilar mass, concerning for malignancy.")]},
        {"p": 0.15, "normal": ["No acute osseous abnormality.", "The osseous structures are intact."],
             "abnormal": [("Acute fracture of the {side} lateral {n}th rib.", "Acute {side} {n}th rib fracture."),
                       ("Mild degenerative changes of the thoracic spine.", None)]},
        {"p": 0.2, "normal": [],
             "abnormal": [("Endotracheal tube terminates {n} cm above the carina.", "Endotracheal tube in satisfactory position."),
                       ("A {side} internal jugular central venous catheter terminates in the superior vena cava.", "{Side} internal jugular central line in good position."),
                       ("Left chest wall pacemaker with leads in the right atrium and right ventricle.", None),
                       ("Nasogastric tube courses below the diaphragm with the tip in the stomach.", "Nasogastric tube in the stomach.")]},
    ],
    "normal_impression": ["No acute cardiopulmonary process.", "No acute cardiopulmonary abnormality."],
}

CT_CHEST = {
    "modality": "CT", "body_part": "chest", "ages": ["adult", "older_adult"],
    "indications": ["Lung cancer screening.", "Shortness of breath, evaluate for pulmonary embolism.",
                 "Follow-up of pulmonary nodule.", "Chronic cough.", "Staging of known malignancy."],
    "prior": ["CT chest dated {date}.", "Prior CT of the chest from {date}."],
    "slots": [
        {"p": 0.45, "normal": ["No suspicious pulmonary nodules.", "No pulmonary nodule or mass."],
             "abnormal": [("There is a {size} solid nodule in the {side} {lobe} lobe.", "{Size} solid {side} {lobe} lobe nodule."),
                       ("A {small} ground glass nodule is present in the {side} upper lobe.", "{Small} {side} upper lobe ground glass nodule."),
                       ("Spiculated {size} mass in the {side} upper lobe.", "{Size} spiculated {side} upper lobe mass, suspicious for malignancy.")]},
        {"p": 0.25, "normal": ["No pulmonary embolism.", "The pulmonary arteries are well opacified without filling defect."],
             "abnormal": [("Filling defects in the {side} lower lobe segmental pulmonary arteries.", "Acute {side} lower lobe segmental pulmonary embolism."),
                       ("Saddle pulmonary embolus extending into both main pulmonary arteries.", "Saddle pulmonary embolism.")]},
        {"p": 0.3, "normal": ["No pleural effusion.", "No pleural or pericardial effusion."],
             "abnormal": [("{Sev_s} {side} pleural effusion with adjacent compressive atelectasis.", "{Sev_s} {side} pleural effusion."),
                       ("Trace pericardial effusion.", None)]},
        {"p": 0.35, "normal": ["No emphysema."],
             "abnormal": [("{Sev_m} centrilobular emphysema, upper lobe predominant.", "{Sev_m} emphysema."),
                       ("Paraseptal emphysema in both upper lobes.", "Emphysema.")]},
        {"p": 0.25, "normal": ["No mediastinal or hilar lymphadenopathy.", "No thoracic lymphadenopathy."],
             "abnormal": [("Enlarged {side} hilar lymph node measuring {size} in short axis.", "{Size} {side} hilar lymphadenopathy.")]},
        {"p": 0.2, "normal": [],
             "abnormal": [("Coronary artery calcifications.", None),
                       ("The ascending aorta is dilated to {n}.5 cm.", "Ascending aortic aneurysm measuring {n}.5 cm.")]},
        {"p": 0.15, "normal": ["No consolidation."],
             "abnormal": [("Consolidation in the {side} lower lobe.", "{Side} lower lobe consolidation, likely pneumonia.")]},
    ],
    "normal_impression": ["No acute intrathoracic abnormality.", "Negative for pulmonary embolism. No acute findings in the chest."],
}

CT_HEAD = {
    "modality": "CT", "body_part": "head", "ages": ["adult", "older_adult"],
    "indications": ["Headache.", "Fall with head strike.", "Altered mental status.", "Acute left-sided weakness.",
                 "Dizziness."],
    "prior": ["CT head dated {date}.", "Noncontrast head CT from {date}."],
    "slots": [
        {"p": 0.25, "normal": ["No intracranial hemorrhage.", "There is no acute intracranial hemorrhage."],
             "abnormal": [("{Sev_s} acute subdural hematoma along the {side} cerebral convexity, measuring {small} in thickness.",
                        "Acute {side} subdural hematoma measuring {small}."),
                       ("Small focus of subarachnoid hemorrhage in the {side} frontal sulci.", "Small {side} frontal subarachnoid hemorrhage.")]},
        {"p": 0.25, "normal": ["Gray-white matter differentiation is preserved.", "No CT evidence of acute infarct."],
             "abnormal": [("Hypoattenuation with loss of gray-white differentiation in the {side} MCA territory, consistent with acute infarct.",
                        "Acute {side} MCA territory infarct."),
                       ("Chronic lacunar infarct in the {side} basal ganglia.", "Chronic {side} basal ganglia lacunar infarct.")]},
        {"p": 0.2, "normal": ["No mass effect or midline shift."],
             "abnormal": [("There is {n} mm of rightward midline shift.", "Midline shift of {n} mm.")]},
        {"p": 0.3, "normal": ["The ventricles are normal in size."],
             "abnormal": [("{Sev_m} periventricular white matter hypoattenuation, likely chronic small vessel ischemic disease.",
                        "{Sev_m} chronic small vessel ischemic disease."),
                       ("Generalized cerebral volume loss.", None)]},
        {"p": 0.1, "normal": ["No calvarial fracture."],
             "abnormal": [("Nondisplaced fracture of the {side} parietal bone.", "Nondisplaced {side} parietal bone fracture.")]},
    ],
    "normal_impression": ["No acute intracranial abnormality.", "No acute intracranial process."],
}

CT_ABDOMEN = {
    "modality": "CT", "body_part": "abdomen_pelvis", "ages": ["adult", "older_adult"],
    "indications": ["Right lower quadrant pain.", "Left lower quadrant pain and fever.", "Flank pain and hematuria.",
                 "Abdominal pain and distension.", "Weight loss."],
    "prior": ["CT abdomen and pelvis dated {date}.", "Prior contrast-enhanced CT from {date}."],
    "slots": [
        {"p": 0.25, "normal": ["The appendix is normal.", "Normal appendix."],
             "abnormal": [("The appendix is dilated to {small} with periappendiceal fat stranding.", "Acute appendicitis.")]},
        {"p": 0.25, "normal": ["No diverticulitis."],
             "abnormal": [("Sigmoid diverticulosis with pericolic fat stranding, consistent with acute diverticulitis.", "Acute sigmoid diverticulitis."),
                       ("Scattered colonic diverticulosis without diverticulitis.", None)]},
        {"p": 0.3, "normal": ["No hydronephrosis.", "No hydronephrosis or nephrolithiasis."],
             "abnormal": [("{Small} obstructing stone in the {side} proximal ureter with {sev_m} hydronephrosis.",
                        "{Small} obstructing {side} ureteral stone with {sev_m} hydronephrosis."),
                       ("Nonobstructing {small} stone in the {side} kidney.", "Nonobstructing {side} renal stone.")]},
        {"p": 0.25, "normal": ["The liver is normal in size.", "No focal liver lesion."],
             "abnormal": [("{Size} hypodense lesion in the right hepatic lobe.", "{Size} indeterminate liver lesion."),
                       ("Diffuse hepatic steatosis.", "Hepatic steatosis.")]},
        {"p": 0.15, "normal": ["No free fluid.", "No ascites."],
             "abnormal": [("Small volume of free fluid in the pelvis.", None), ("Moderate ascites.", "Moderate ascites.")]},
        {"p": 0.1, "normal": ["No bowel obstruction.", "No free air."],
             "abnormal": [("Dilated small bowel loops with a transition point in the {side} lower quadrant.", "Small bowel obstruction.")]},
        {"p": 0.2, "normal": ["No abdominal aortic aneurysm."],
             "abnormal": [("Infrarenal abdominal aortic aneurysm measuring {n}.2 cm.", "{N}.2 cm infrarenal abdominal aortic aneurysm.")]},
    ],
    "normal_impression": ["No acute abnormality in the abdomen or pelvis.", "No acute intra-abdominal process."],
}

MR_BRAIN = {
    "modality": "MR", "body_part": "brain", "ages": ["adult", "older_adult"],
    "indications": ["Headache.", "Seizure.", "Transient aphasia.", "Follow-up of known lesion.", "Memory loss."],
    "prior": ["MRI brain dated {date}.", "Prior brain MRI from {date}."],
    "slots": [
        {"p": 0.25, "normal": ["No restricted diffusion to suggest acute infarct.", "No acute infarct."],
             "abnormal": [("Focus of restricted diffusion in the {side} frontal lobe, consistent with acute infarct.", "Acute {side} frontal lobe infarct.")]},
        {"p": 0.25, "normal": ["No intracranial mass.", "No abnormal enhancement."],
             "abnormal": [("{Size} enhancing mass in the {side} temporal lobe with surrounding vasogenic edema.",
                        "{Size} enhancing {side} temporal lobe mass with vasogenic edema.")]},
        {"p": 0.35, "normal": ["No significant white matter disease."],
             "abnormal": [("Scattered T2 FLAIR white matter hyperintensities, consistent with {sev_m} chronic small vessel ischemic disease.",
                        "{Sev_m} chronic small vessel ischemic disease.")]},
        {"p": 0.15, "normal": ["The ventricles are normal in size.", "No hydrocephalus."],
             "abnormal": [("The lateral ventricles are enlarged, consistent with {sev_m} hydrocephalus.", "{Sev_m} hydrocephalus.")]},
        {"p": 0.2, "normal": ["No intracranial hemorrhage."],
             "abnormal": [("Mucosal thickening in the {side} maxillary sinus.", None)]},
    ],
    "normal_impression": ["No acute intracranial abnormality.", "Normal MRI of the brain."],
}

MR_KNEE = {
    "modality": "MR", "body_part": "knee", "ages": ["adult", "pediatric", "older_adult"],
    "indications": ["Knee pain after twisting injury.", "Locking and medial knee pain.", "Instability after sports injury."],
    "prior": ["MRI knee dated {date}.", "Prior MRI of the same knee from {date}."],
    "slots": [
        {"p": 0.45, "normal": ["The menisci are intact.", "No meniscal tear."],
             "abnormal": [("Oblique tear of the posterior horn of the medial meniscus.", "Medial meniscus posterior horn tear."),
                       ("Bucket handle tear of the lateral meniscus.", "Lateral meniscus bucket handle tear.")]},
        {"p": 0.3, "normal": ["The cruciate ligaments are intact.", "The anterior cruciate ligament is intact."],
             "abnormal": [("Complete tear of the anterior cruciate ligament.", "Complete ACL tear."),
                       ("{Sev_m} sprain of the medial collateral ligament.", "{Sev_m} MCL sprain.")]},
        {"p": 0.35, "normal": ["No joint effusion."],
             "abnormal": [("{Sev_s} joint effusion.", "{Sev_s} joint effusion.")]},
        {"p": 0.25, "normal": ["No bone marrow edema."],
             "abnormal": [("Bone marrow edema in the lateral femoral condyle, consistent with bone contusion.", "Lateral femoral condyle bone contusion.")]},
        {"p": 0.3, "normal": [],
             "abnormal": [("{Sev_m} chondral loss in the medial compartment.", "{Sev_m} medial compartment osteoarthritis."),
                       ("{Size} Baker cyst.", "{Size} Baker cyst.")]},
    ],
    "normal_impression": ["Normal MRI of the knee.", "No internal derangement."],
}

MR_SPINE = {
    "modality": "MR", "body_part": "lumbar_spine", "ages": ["adult", "older_adult"],
    "indications": ["Low back pain radiating to the {side} leg.", "Chronic low back pain.", "Sciatica."],
    "prior": ["MRI lumbar spine dated {date}.", "Prior lumbar spine MRI from {date}."],
    "slots": [
        {"p": 0.55, "normal": ["No disc herniation.", "No focal disc protrusion."],
             "abnormal": [("At {level}, {side} paracentral disc protrusion contacts the traversing nerve root.", "{Side} paracentral disc protrusion at {level}."),
                       ("At {level}, broad-based disc bulge with {sev_m} central canal stenosis.", "{Sev_m} central canal stenosis at {level} due to disc bulge.")]},
        {"p": 0.35, "normal": ["No neural foraminal narrowing."],
             "abnormal": [("{Sev_m} {side} neural foraminal narrowing at {level}.", "{Sev_m} {side} foraminal narrowing at {level}.")]},
        {"p": 0.2, "normal": ["Vertebral body heights are maintained.", "No compression fracture."],
             "abnormal": [("Mild compression deformity of the L1 vertebral body.", "Mild L1 compression fracture.")]},
        {"p": 0.2, "normal": ["Alignment is normal."],
             "abnormal": [("Grade 1 anterolisthesis of L4 on L5.", "Grade 1 L4-L5 anterolisthesis.")]},
    ],
    "normal_impression": ["No significant degenerative disease of the lumbar spine.", "Normal MRI of the lumbar spine."],
}

MR_SHOULDER = {
    "modality": "MR", "body_part": "shoulder", "ages": ["adult", "older_adult"],
    "indications": ["Shoulder pain and weakness.", "Pain with overhead activity."],
    "prior": ["MRI shoulder dated {date}."],
    "slots": [
        {"p": 0.55, "normal": ["The rotator cuff is intact.", "No rotator cuff tear."],
             "abnormal": [("Full-thickness tear of the supraspinatus tendon measuring {small} in width.", "Full-thickness supraspinatus tear measuring {small}."),
                       ("Partial-thickness articular surface tear of the supraspinatus.", "Partial-thickness supraspinatus tear.")]},
        {"p": 0.3, "normal": ["No subacromial bursitis."],
             "abnormal": [("Fluid in the subacromial bursa, consistent with bursitis.", "Subacromial bursitis.")]},
        {"p": 0.3, "normal": ["No joint effusion."],
             "abnormal": [("{Sev_m} acromioclavicular joint osteoarthritis.", "{Sev_m} acromioclavicular osteoarthritis.")]},
    ],
    "normal_impression": ["Normal MRI of the shoulder."],
}

US_RUQ = {
    "modality": "US", "body_part": "abdomen", "ages": ["adult", "older_adult"],
    "indications": ["Right upper quadrant pain.", "Elevated liver enzymes.", "Nausea after meals."],
    "prior": ["Abdominal ultrasound dated {date}."],
    "slots": [
        {"p": 0.45, "normal": ["No gallstones.", "The gallbladder is unremarkable."],
             "abnormal": [("Multiple shadowing gallstones, the largest measuring {small}.", "Cholelithiasis."),
                       ("Gallstones with gallbladder wall thickening and pericholecystic fluid. Positive sonographic Murphy sign.",
                        "Acute calculous cholecystitis.")]},
        {"p": 0.3, "normal": ["The liver has normal echotexture.", "No focal liver lesion."],
             "abnormal": [("The liver is diffusely echogenic, consistent with hepatic steatosis.", "Hepatic steatosis."),
                       ("{Size} simple cyst in the right hepatic lobe.", "{Size} simple hepatic cyst.")]},
        {"p": 0.2, "normal": ["No biliary ductal dilatation."],
             "abnormal": [("The common bile duct is dilated to {small}.", "Biliary dilatation.")]},
        {"p": 0.15, "normal": ["The spleen is normal in size."],
             "abnormal": [("The spleen is enlarged, measuring 1{n}.5 cm.", "Splenomegaly.")]},
    ],
    "normal_impression": ["Normal right upper quadrant ultrasound.", "No acute abnormality."],
}

US_RENAL = {
    "modality": "US", "body_part": "kidneys", "ages": ["pediatric", "adult", "older_adult"],
    "indications": ["Acute kidney injury.", "Flank pain.", "Recurrent urinary tract infections."],
    "prior": ["Renal ultrasound dated {date}."],
    "slots": [
        {"p": 0.4, "normal": ["No hydronephrosis."],
             "abnormal": [("{Sev_m} {side} hydronephrosis.", "{Sev_m} {side} hydronephrosis.")]},
        {"p": 0.3, "normal": ["No renal calculi."],
             "abnormal": [("Nonobstructing {small} stone in the {side} lower pole.", "Nonobstructing {side} nephrolithiasis.")]},
        {"p": 0.3, "normal": ["No renal mass."],
             "abnormal": [("Simple cyst in the {side} kidney measuring {size}.", "{Size} simple {side} renal cyst."),
                       ("Solid {size} mass in the {side} upper pole.", "{Size} solid {side} renal mass, suspicious for renal cell carcinoma.")]},
    ],
    "normal_impression": ["Normal renal ultrasound."],
}

US_THYROID = {
    "modality": "US", "body_part": "thyroid", "ages": ["adult", "older_adult"],
    "indications": ["Palpable neck nodule.", "Follow-up of thyroid nodule."],
    "prior": ["Thyroid ultrasound dated {date}."],
    "slots": [
        {"p": 0.7, "normal": ["No thyroid nodules."],
             "abnormal": [("Solid hypoechoic nodule in the {side} lobe measuring {size}.", "{Size} solid {side} thyroid nodule, recommend fine needle aspiration."),
                       ("Spongiform {size} nodule in the {side} lobe.", "{Size} spongiform {side} thyroid nodule, likely benign.")]},
        {"p": 0.2, "normal": ["No cervical lymphadenopathy."],
             "abnormal": [("Enlarged {side} level III lymph node measuring {small} in short axis.", "{Small} {side} cervical lymphadenopathy.")]},
    ],
    "normal_impression": ["Normal thyroid ultrasound."],
}

US_PELVIS = {
    "modality": "US", "body_part": "pelvis", "ages": ["adult"], "sex": "F",
    "indications": ["Pelvic pain.", "Abnormal uterine bleeding.", "Follow-up of ovarian cyst."],
    "prior": ["Pelvic ultrasound dated {date}."],
    "slots": [
        {"p": 0.4, "normal": ["No uterine fibroids."],
             "abnormal": [("Intramural fibroid in the fundus measuring {size}.", "{Size} intramural fibroid.")]},
        {"p": 0.4, "normal": ["The ovaries are normal.", "No adnexal mass."],
             "abnormal": [("{Size} simple cyst in the {side} ovary.", "{Size} simple {side} ovarian cyst."),
                       ("Hemorrhagic cyst in the {side} ovary measuring {size}.", "{Size} hemorrhagic {side} ovarian cyst.")]},
        {"p": 0.2, "normal": ["No free fluid."],
             "abnormal": [("Small amount of free fluid in the pelvis.", None)]},
    ],
    "normal_impression": ["Normal pelvic ultrasound."],
}

US_VENOUS = {
    "modality": "US", "body_part": "lower_extremity_veins", "ages": ["adult", "older_adult"],
    "indications": ["{Side} leg swelling.", "Calf pain, evaluate for DVT."],
    "prior": ["Venous duplex ultrasound dated {date}."],
    "slots": [
        {"p": 0.4, "normal": ["The deep veins are compressible with normal flow.", "No deep vein thrombosis."],
             "abnormal": [("Noncompressible {side} femoral and popliteal veins with occlusive thrombus.", "Acute {side} femoropopliteal deep vein thrombosis."),
                       ("Nonocclusive thrombus in the {side} popliteal vein.", "{Side} popliteal deep vein thrombosis.")]},
        {"p": 0.2, "normal": [],
             "abnormal": [("{Size} {side} Baker cyst.", "{Size} {side} Baker cyst.")]},
    ],
    "normal_impression": ["No deep vein thrombosis.", "Negative for deep venous thrombosis."],
}

XR_EXTREMITY = {
    "modality": "XR", "body_part": "extremity", "ages": ["pediatric", "adult", "older_adult"],
    "indications": ["Fall on outstretched hand.", "Ankle injury.", "Knee pain.", "Wrist pain after fall."],
    "prior": ["Radiographs of the same region dated {date}."],
    "slots": [
        {"p": 0.45, "normal": ["No acute fracture or dislocation.", "No fracture."],
             "abnormal": [("Nondisplaced fracture of the {side} distal radius.", "Nondisplaced {side} distal radius fracture."),
                       ("Displaced fracture of the {side} lateral malleolus.", "Displaced {side} lateral malleolus fracture."),
                       ("Transverse fracture of the {side} fifth metatarsal base.", "{Side} fifth metatarsal base fracture.")]},
        {"p": 0.3, "normal": ["Soft tissues are unremarkable."],
             "abnormal": [("{Sev_m} soft tissue swelling.", None)]},
        {"p": 0.3, "normal": ["Joint spaces are preserved."],
             "abnormal": [("{Sev_m} joint space narrowing and osteophytes, consistent with osteoarthritis.", "{Sev_m} osteoarthritis."),
                       ("{Sev_s} joint effusion.", "{Sev_s} joint effusion.")]},
    ],
    "normal_impression": ["No acute osseous abnormality.", "No fracture."],
}

STUDIES = {
    "xr_chest": (CHEST_XR, 50), "ct_chest": (CT_CHEST, 25), "ct_head": (CT_HEAD, 20),
    "ct_abdomen": (CT_ABDOMEN, 25), "mr_brain": (MR_BRAIN, 16), "mr_knee": (MR_KNEE, 14),
    "mr_spine": (MR_SPINE, 14), "mr_shoulder": (MR_SHOULDER, 8), "us_ruq": (US_RUQ, 14),
    "us_renal": (US_RENAL, 12), "us_thyroid": (US_THYROID, 10), "us_pelvis": (US_PELVIS, 8),
    "us_venous": (US_VENOUS, 10), "xr_extremity": (XR_EXTREMITY, 20),
}
