"""Hand-written synthetic mammography, nuclear medicine and interventional cases of the v9 set."""
from _v9_model import C, F, I, N, P

CASES = [
    C("mg", "community breast screening", True,
      "Screening mammogram, asymptomatic.",
      "Screening mammograms from 2024 and 2025.",
      "Scattered areas of fibroglandular density. LEFT: New group of fine pleomorphic calcifications in the upper "
      "outer quadrant spanning 8 mm. No mass or architectural distortion. RIGHT: No suspicious findings.",
      [P("New {size} group of fine pleomorphic calcifications in the {s} breast upper outer quadrant. | "
         "{S} UOQ: new fine pleomorphic calcifications spanning {size}. | "
         "Fine pleomorphic calcifications, new, {s} breast upper outer quadrant, extent {size}.",
         neg="No suspicious calcifications.", side="left", size=(8,)),
       I("BI-RADS 0: Incomplete. Diagnostic magnification views recommended. | "
         "BI-RADS 0 - recall for magnification views."),
       N("No suspicious mass or architectural distortion. | No mass or distortion.",
         neg="Architectural distortion in the upper outer quadrant."),
       I("Scattered areas of fibroglandular density. | Breast density B (scattered fibroglandular)."),
       N("{S} breast negative. | No suspicious findings on the {s}.", side="right",
         neg="Suspicious mass in the {s} breast.")],
      [F("Enlarged intramammary lymph node.", "lymph/node"),
       F("Skin thickening.", "skin"),
       F("Nipple retraction.", "nipple")]),

    C("mg", "academic breast diagnostic", False,
      "Palpable right breast lump, first mammogram, age 52.",
      "No prior mammograms.",
      "RIGHT: At the palpable site, 12 o'clock middle depth, irregular spiculated mass measuring 21 x 18 mm with "
      "associated fine pleomorphic calcifications. Enlarged dense right axillary lymph node.",
      [P("{size} irregular spiculated mass at the {s} breast 12 o'clock, corresponding to the palpable lump, "
         "BI-RADS 5. | Palpable {s} 12:00 mass, irregular and spiculated, {size} - highly suggestive of "
         "malignancy (BI-RADS 5).", neg="No mammographic abnormality at the palpable site.", side="right",
         size=(21, 18)),
       P("Associated pleomorphic calcifications within the mass. | Pleomorphic calcifications in the mass.",
         neg="No associated calcifications."),
       P("{S} axillary lymph node enlargement. | Enlarged {s} axillary node.", neg="No axillary adenopathy.",
         side="right"),
       I("Ultrasound-guided biopsy recommended. | Recommend US-guided core biopsy.")],
      [F("Skin retraction.", "retraction/skin"),
       F("Second mass in the contralateral breast.", "contralateral/second"),
       F("Intact subpectoral implants.", "implant")]),

    C("mg", "teleradiology screening", False,
      "Baseline screening mammogram.",
      "None.",
      "Heterogeneously dense breasts. LEFT: Coarse popcorn-like calcification 9 mm, consistent with a degenerating "
      "fibroadenoma. No suspicious mass, calcifications, or architectural distortion bilaterally.",
      [P("Benign coarse calcification in the {s} breast measuring {size}, consistent with an involuting "
         "fibroadenoma. | {size} popcorn calcification, {s} breast - degenerating fibroadenoma.",
         neg="No calcifications.", side="left", size=(9,)),
       N("No suspicious mass, calcifications, or architectural distortion. | No suspicious findings.",
         neg="Suspicious grouped amorphous calcifications."),
       I("BI-RADS 2: Benign. Routine annual screening. | BI-RADS 2, annual screening mammogram."),
       I("Heterogeneously dense breasts, which may obscure small masses. | Breast density C (heterogeneously "
         "dense).")],
      [F("Axillary lymphadenopathy.", "axill/lymph"),
       F("Focal asymmetry in the right breast.", "asymmetry"),
       F("Benign-appearing oil cyst.", "oil cyst")]),

    C("mg", "community breast diagnostic", True,
      "6-month follow-up of probably benign left breast mass.",
      "Diagnostic mammogram and ultrasound 6 months ago.",
      "LEFT: Circumscribed oval mass at 3 o'clock measuring 9 x 7 mm, previously 9 x 7 mm. No new mass or "
      "calcifications.",
      [P("Stable {size} circumscribed oval mass in the {s} breast at 3 o'clock, previously {prior}, probably "
         "benign. | {S} 3:00 oval circumscribed mass {size}, unchanged from {prior}; probably benign.",
         neg="No mass.", side="left", size=(9, 7), prior=(9, 7)),
       I("BI-RADS 3: Probably benign. Follow-up in 6 months. | BI-RADS 3, 6-month follow-up."),
       N("No new suspicious findings. | No new mass or calcifications.", neg="New grouped calcifications.")],
      [F("Architectural distortion at 12 o'clock.", "distortion"),
       F("Enlarged left axillary lymph node.", "axill/lymph"),
       F("Skin thickening.", "skin")]),

    C("mg", "academic breast diagnostic", True,
      "Annual mammogram after right lumpectomy and radiation 2 years ago.",
      "Diagnostic mammogram 1 year ago.",
      "RIGHT: Postsurgical changes at the lumpectomy site with mild skin thickening, expected after radiation. "
      "12 mm lucent oil cyst at the lumpectomy site consistent with fat necrosis. No suspicious mass or "
      "calcifications to suggest recurrence.",
      [P("Postsurgical changes in the {s} breast with {sev} skin thickening, expected after radiation. | "
         "Post-lumpectomy and radiation changes, {s} breast, {sev} skin thickening.",
         neg="No post-treatment changes.", side="right", sev="mild"),
       P("Fat necrosis at the lumpectomy site with a {size} oil cyst. | Oil cyst at the lumpectomy bed, {size} "
         "(fat necrosis).", neg="No fat necrosis.", size=(12,)),
       N("No evidence of recurrence. | No suspicious findings to suggest recurrence.",
         neg="Suspicious mass at the lumpectomy site."),
       I("BI-RADS 2. | BI-RADS 2: Benign.")],
      [F("Axillary adenopathy.", "axill/lymph/adenopathy"),
       F("Architectural distortion at 6 o'clock.", "distortion"),
       F("Vascular calcifications.", "vascular")]),

    C("nm", "oncology", True,
      "Prostate cancer, rising PSA.",
      "Bone scan 9 months ago.",
      "New foci of increased radiotracer uptake in the left 6th rib and the L2 vertebral body. Stable uptake in the "
      "right femoral diaphysis. Degenerative uptake in both knees.",
      [P("New foci of increased radiotracer uptake in the {s} 6th rib and L2 vertebral body, suspicious for "
         "osseous metastases. | New {s} 6th rib and L2 uptake - suspicious for metastatic disease. | "
         "Increased uptake, new, in the {s} sixth rib and at L2, concerning for bone metastases.",
         neg="No scintigraphic evidence of osseous metastases.", side="left"),
       P("Stable uptake in the {s} femoral diaphysis. | Unchanged {s} femoral shaft uptake.",
         neg="No femoral uptake.", side="right"),
       P("Degenerative uptake in both knees. | Bilateral knee uptake, degenerative.", minor=True)],
      [F("Superscan pattern.", "superscan"),
       F("Renal obstruction with retained tracer.", "renal/kidney"),
       F("Skull uptake.", "skull/calvar")]),

    C("nm", "community nuclear", False,
      "Pregnant patient with dyspnea; CT contraindicated.",
      "None.",
      "Perfusion: multiple segmental perfusion defects in the right lung. Ventilation: normal. Correlative chest "
      "radiograph clear.",
      [P("High probability for pulmonary embolism with multiple mismatched segmental perfusion defects in the {s} "
         "lung. | High-probability V/Q: several mismatched segmental defects, {s} lung. | "
         "Multiple segmental V/Q mismatches in the {s} lung - high probability for PE.",
         neg="Normal perfusion; PE excluded.", side="right"),
       N("Ventilation normal. | Normal ventilation.", neg="Matched ventilation defects."),
       N("Chest radiograph clear. | Correlative CXR without opacity.", neg="Consolidation on the correlative "
         "radiograph.")],
      [F("Pleural effusion.", "effusion"),
       F("Right-to-left shunt with renal uptake.", "shunt"),
       F("Cardiomegaly.", "cardio/heart")]),

    C("nm", "academic PET", True,
      "Hodgkin lymphoma, interim PET after 2 cycles of ABVD.",
      "Baseline FDG PET/CT 2 months ago.",
      "Index anterior mediastinal node 18 x 12 mm, SUVmax 4.1 (previously 34 x 25 mm, SUVmax 12.3); liver SUVmax "
      "2.6. Previously FDG-avid left cervical nodes have resolved. No new FDG-avid disease. Diffuse marrow uptake.",
      [P("Decrease in size and FDG avidity of mediastinal lymphadenopathy; index node {size}, SUVmax 4.1 "
         "(previously {prior}, SUVmax 12.3). | "
         "Partial metabolic response: index mediastinal node {size} (was {prior}), SUVmax 4.1 from 12.3.",
         neg="No residual mediastinal adenopathy.", size=(18, 12), prior=(34, 25)),
       I("Deauville score 4. | Deauville 4."),
       N("Resolution of FDG-avid {s} cervical adenopathy. | No residual FDG-avid {s} neck nodes.", side="left",
         neg="Persistent FDG-avid {s} cervical adenopathy."),
       N("No new FDG-avid disease. | No new hypermetabolic lesions.", neg="New FDG-avid lesion in the spleen."),
       P("Diffuse marrow uptake, likely reactive to growth factor therapy. | "
         "Diffusely increased marrow activity (reactive, G-CSF).", minor=True)],
      [F("Brown fat uptake.", "brown fat"),
       F("FDG-avid thyroid nodule.", "thyroid"),
       F("Pleural effusion.", "pleural")], numbered=True),

    C("nm", "community nuclear", False,
      "RUQ pain, equivocal ultrasound.",
      "None.",
      "Prompt hepatic uptake. Bowel activity by 30 minutes. Gallbladder not visualized at 60 minutes; morphine "
      "administered; gallbladder still not visualized at 4 hours. Pericholecystic rim sign.",
      [P("Nonvisualization of the gallbladder at 4 hours with morphine augmentation, consistent with acute "
         "cholecystitis. | Gallbladder not seen by 4 h despite morphine - acute cholecystitis. | "
         "Acute cholecystitis: gallbladder nonvisualized at 4 hours after morphine.",
         neg="Normal gallbladder filling."),
       N("Prompt biliary-to-bowel transit. | Bowel activity by 30 minutes; CBD patent.",
         neg="No bowel activity, suggesting CBD obstruction."),
       P("Rim sign in the gallbladder fossa. | Pericholecystic rim sign.", neg="No rim sign.")],
      [F("Bile leak.", "leak"),
       F("Duodenogastric reflux.", "reflux"),
       F("Photopenic hepatic defect.", "defect")]),

    C("nm", "pediatric nuclear", True,
      "Left hydronephrosis, evaluate for obstruction.",
      "MAG3 renogram 6 months ago.",
      "Left kidney: moderate pelvicalyceal dilatation with no significant washout after furosemide (T1/2 > 20 min). "
      "Right kidney: prompt drainage. Differential function: left 38%, right 62% (previously 45% / 55%).",
      [P("Obstructive drainage of the {s} kidney with no significant washout after furosemide. | "
         "{S} kidney: obstructed pattern, poor response to furosemide. | "
         "Impaired {s} renal drainage without washout after furosemide, consistent with obstruction.",
         neg="Normal drainage of the {s} kidney.", side="left"),
       I("Differential renal function: left 38%, right 62% (previously 45% / 55%). | "
         "Split function L 38% / R 62%, previously 45/55."),
       P("{Sev} {s} hydronephrosis on the dynamic images. | {S} pelvicalyceal dilatation, {sev}.",
         neg="No hydronephrosis.", side="left", sev="moderate"),
       N("Prompt drainage from the {s} kidney. | Normal {s} renal drainage.", side="right",
         neg="Delayed drainage from the {s} kidney.")],
      [F("Cortical scar in the right upper pole.", "scar"),
       F("Vesicoureteral reflux.", "reflux"),
       F("Duplex left kidney.", "duplex")]),

    C("ir", "interventional", False,
      "Brisk upper GI bleeding, endoscopy unable to control; hemodynamically unstable.",
      "None.",
      "Celiac and SMA angiography. Replaced right hepatic artery from the SMA. Active contrast extravasation from a "
      "branch of the gastroduodenal artery. Coil embolization of the GDA across the bleeding branch; completion "
      "angiogram without further extravasation. No complications.",
      [P("Active extravasation from a branch of the gastroduodenal artery. | Active bleeding from a GDA branch. | "
         "Contrast extravasation arising from the gastroduodenal artery territory.", neg="No active extravasation."),
       I("Successful coil embolization of the gastroduodenal artery with cessation of bleeding. | "
         "GDA coil embolized; completion angiogram shows no further extravasation."),
       N("No complications. | No immediate complication.", neg="Dissection of the common hepatic artery."),
       P("Replaced {s} hepatic artery arising from the superior mesenteric artery. | {S} hepatic artery replaced "
         "to the SMA.", neg="Conventional hepatic arterial anatomy.", side="right", minor=True)],
      [F("Median arcuate ligament compression of the celiac origin.", "arcuate"),
       F("Splenic artery aneurysm.", "splenic"),
       F("Arterioportal shunting in the liver.", "shunt")]),

    C("ir", "interventional", False,
      "Septic patient with obstructing right proximal ureteral stone.",
      "None.",
      "Moderate right hydronephrosis due to a proximal ureteral stone. Successful placement of a right 10 French "
      "nephrostomy catheter via a lower pole posterior calyx. Purulent urine aspirated and sent for culture. "
      "No perinephric hematoma.",
      [P("{Sev} {s} hydronephrosis due to an obstructing proximal ureteral stone. | "
         "{S} hydronephrosis, {sev}, from a proximal ureteral calculus.", neg="No hydronephrosis.", side="right",
         sev="moderate"),
       I("Successful placement of a right 10 French nephrostomy catheter. | Right 10 Fr PCN placed without "
         "difficulty."),
       P("Purulent urine aspirated, sent for culture. | Aspirate purulent; culture sent.",
         neg="Clear urine aspirated."),
       N("No perinephric hematoma. | No bleeding complication.", neg="Small perinephric hematoma.")],
      [F("Indwelling ureteral stent.", "stent"),
       F("Renal abscess.", "abscess"),
       F("Calyceal diverticulum.", "diverticul")]),

    C("ir", "interventional", True,
      "Postoperative fever after right hemicolectomy; abscess on CT.",
      "CT abdomen and pelvis yesterday.",
      "Planning CT: right lower quadrant rim-enhancing collection measuring 64 x 41 mm. CT-guided placement of a "
      "12 French locking drain; 80 mL of pus aspirated. Post-procedure residual collection 15 mm. No complication.",
      [P("{S} lower quadrant abscess measuring {size} on the planning images. | {size} {R}LQ abscess on planning "
         "CT.", neg="No drainable collection.", side="right", size=(64, 41)),
       I("Successful CT-guided placement of a 12 French drain with aspiration of 80 mL of pus. | "
         "12 Fr drain placed; 80 mL purulent fluid aspirated."),
       P("Residual collection after drainage measuring {size}. | Small residual collection, {size}.", size=(15,)),
       N("No complication. | No immediate complications.", neg="Bowel injury with extraluminal contrast.")],
      [F("Second collection in the left paracolic gutter.", "paracolic"),
       F("Hepatic abscess.", "hepatic/liver"),
       F("Enterocutaneous fistula.", "fistula")]),

    C("ir", "interventional vascular", False,
      "Extensive left leg DVT, anticoagulation contraindicated.",
      "None.",
      "Venography: occlusive thrombus in the left iliac veins extending to the IVC confluence, with compression of "
      "the left common iliac vein (May-Thurner). Renal veins patent. Infrarenal IVC diameter 22 mm. Successful "
      "infrarenal IVC filter placement.",
      [P("Occlusive thrombus in the {s} iliac veins extending to the IVC confluence. | "
         "{S} iliac venous thrombosis (occlusive) up to the IVC confluence.", neg="Patent iliac veins.",
         side="left"),
       P("May-Thurner compression of the {s} common iliac vein. | {S} CIV compression (May-Thurner anatomy).",
         neg="No iliac vein compression.", side="left"),
       I("Successful infrarenal IVC filter placement. | Infrarenal IVC filter deployed."),
       N("Renal veins patent. | Patent renal veins.", neg="Left renal vein thrombosis."),
       P("IVC diameter {size} at the filter site. | Infrarenal IVC measures {size}.", size=(22,))],
      [F("Duplicated IVC.", "duplicat"),
       F("Retroaortic left renal vein.", "retroaortic"),
       F("Gonadal vein reflux with pelvic congestion.", "gonadal")]),
]
