"""Hand-written synthetic radiography (XR) cases of the v7 set (chest, ICU, MSK, paediatric, abdomen)."""

from _v7_model import N, P, case

XR_CASES = (
    case("xr-01", "chest", "community", prior=False,
         indication="Cough and fever x3 days.",
         comparison="None.",
         findings="PA and lateral. Consolidation in the right middle lobe obscuring the right heart border. Small "
                  "right pleural effusion. Heart size normal. No pneumothorax.",
         stmts=[
             P("{side} middle lobe pneumonia", "{S}ML consolidation, likely pneumonia",
               "airspace consolidation in the {side} middle lobe consistent with pneumonia",
               no="no focal consolidation", side="right"),
             P("{sev} {side} pleural effusion", "{sev} {side}-sided effusion", no="no pleural effusion",
               side="right", sev="small"),
             N("no pneumothorax", "no PTX", yes="pneumothorax"),
             N("normal heart size", "cardiac silhouette normal", yes="cardiomegaly"),
         ]),
    case("xr-02", "chest", "ICU", prior=True,
         indication="Intubated, line placement check.",
         comparison="Portable chest radiograph yesterday.",
         findings="Endotracheal tube tip 4 cm above the carina. Right internal jugular central venous catheter "
                  "with tip at the cavoatrial junction. Enteric tube below the diaphragm. Increased bilateral "
                  "perihilar opacities and moderate bilateral pleural effusions, worse. No pneumothorax.",
         stmts=[
             P("endotracheal tube tip {m} above the carina", "ETT in good position, {m} above carina",
               no="no endotracheal tube", size=40),
             P("{side} internal jugular central venous catheter tip at the cavoatrial junction",
               "{side} IJ CVC terminates at the cavoatrial junction", no="no central venous catheter",
               side="right"),
             P("worsening bilateral perihilar opacities, likely pulmonary edema",
               "increased bilateral perihilar airspace opacities, probably edema", no="lungs clear"),
             P("{sev} bilateral pleural effusions, increased", "increased {sev} bilateral effusions",
               no="no pleural effusions", sev="moderate", scale="size"),
             N("no pneumothorax", "no PTX", yes="new pneumothorax"),
         ], unit="cm"),
    case("xr-03", "msk", "emergency", prior=False,
         indication="FOOSH, wrist pain.",
         comparison="None",
         findings="Left wrist three views. Transverse fracture of the distal radial metaphysis with 4 mm dorsal "
                  "displacement and dorsal angulation. Ulnar styloid fracture. Carpal alignment maintained.",
         stmts=[
             P("distal {side} radius fracture with {m} dorsal displacement and dorsal angulation",
               "{side} distal radial fracture, dorsally displaced {m} and angulated",
               "Colles-type fracture of the {side} distal radius ({m} dorsal displacement)",
               no="no distal radius fracture", side="left", size=4),
             P("ulnar styloid fracture", "fracture of the ulnar styloid process", no="no ulnar styloid fracture"),
             N("no carpal malalignment", "carpal alignment preserved", yes="perilunate dislocation"),
         ]),
    case("xr-04", "chest", "teleradiology", prior=False,
         indication="SOB, chest pain after central line attempt.",
         comparison="none",
         findings="Large left pneumothorax with 3 cm apical pleural separation and mild mediastinal shift to the "
                  "right. No pleural effusion. Lungs otherwise clear.",
         stmts=[
             P("{sev} {side} pneumothorax", "{side} PTX, {sev}", "{sev} pneumothorax on the {side}",
               no="no pneumothorax", side="left", sev="large"),
             P("{sev} mediastinal shift away from the pneumothorax", "{sev} contralateral mediastinal shift",
               no="no mediastinal shift", sev="mild"),
             N("no pleural effusion", "no effusion", yes="pleural effusion"),
         ]),
    case("xr-05", "msk", "paediatric", prior=False,
         indication="5 yo fell from monkey bars, elbow swelling.",
         comparison="None.",
         findings="Right elbow: elevated anterior and posterior fat pads. Supracondylar humeral fracture, "
                  "Gartland type II, anterior humeral line passes anterior to the capitellum. No radial head "
                  "dislocation.",
         stmts=[
             P("Gartland type II supracondylar fracture of the {side} humerus",
               "{side} supracondylar humeral fracture (Gartland II)", "type II supracondylar fracture, {side} "
               "elbow", no="no supracondylar fracture", side="right"),
             P("elevated anterior and posterior fat pads", "joint effusion with posterior fat pad sign",
               no="no fat pad elevation"),
             N("no radial head dislocation", "radiocapitellar alignment normal", yes="radial head dislocation"),
         ]),
    case("xr-06", "abdomen", "community", prior=False,
         indication="Vomiting, distension, prior laparotomy.",
         comparison="None.",
         findings="Multiple dilated small bowel loops up to 42 mm with air-fluid levels. Paucity of colonic "
                  "gas. No free air under the diaphragm on upright view.",
         stmts=[
             P("dilated small bowel loops up to {m} with air-fluid levels, consistent with small bowel obstruction",
               "small bowel obstruction: loops to {m}, air-fluid levels, little colonic gas",
               no="no bowel obstruction", size=42),
             N("no free air", "no pneumoperitoneum", yes="free intraperitoneal air"),
         ]),
    case("xr-07", "msk", "MSK subspecialty", prior=True,
         indication="Osteoarthritis, pre-op planning.",
         comparison="Knee radiographs 2 years ago.",
         findings="Right knee: severe medial compartment joint space narrowing with bone-on-bone contact, "
                  "progressed. Mild lateral compartment narrowing. Moderate patellofemoral osteoarthritis. Small "
                  "effusion.",
         stmts=[
             P("{sev} {side} medial compartment osteoarthritis, progressed", "progressive {sev} medial "
               "compartment OA of the {side} knee", no="no medial compartment narrowing", side="right",
               sev="severe"),
             P("{sev} patellofemoral osteoarthritis", "{sev} patellofemoral OA", no="no patellofemoral arthrosis",
               sev="moderate", scale="grade"),
             P("{sev} effusion", "{sev} suprapatellar effusion", no="no effusion", sev="small"),
         ]),
    case("xr-08", "chest", "academic", prior=True,
         indication="Heart failure, dyspnea.",
         comparison="Chest radiograph 2 months ago.",
         findings="Moderate cardiomegaly, unchanged. Cephalization and Kerley B lines, new. Small bilateral "
                  "pleural effusions. Left chest pacemaker with leads in the right atrium and right ventricle.",
         stmts=[
             P("new interstitial pulmonary edema", "new cephalization and septal lines indicating interstitial "
               "edema", no="no pulmonary edema"),
             P("{sev} cardiomegaly, unchanged", "stable {sev} cardiomegaly", no="normal heart size",
               sev="moderate", scale="grade"),
             P("{sev} bilateral pleural effusions", "bilateral {sev} effusions", no="no pleural effusion",
               sev="small"),
             P("{side} chest wall pacemaker with leads in expected position", "{side}-sided pacemaker, leads in "
               "satisfactory position", no="no cardiac device", side="left"),
         ]),
    case("xr-09", "msk", "emergency", prior=False,
         indication="Elderly woman, fall, cannot bear weight.",
         comparison="None.",
         findings="Displaced subcapital fracture of the left femoral neck with varus angulation. No dislocation. "
                  "Moderate degenerative change of the lumbar spine partially imaged. Vascular calcifications.",
         stmts=[
             P("displaced subcapital fracture of the {side} femoral neck", "{side} femoral neck fracture, "
               "subcapital and displaced", "{side} hip: displaced subcapital femoral neck fx",
               no="no hip fracture", side="left"),
             N("no dislocation", "hip joint located", yes="hip dislocation"),
         ]),
    case("xr-10", "chest", "paediatric", prior=False,
         indication="2 yo choking episode, wheeze on the right.",
         comparison="None.",
         findings="Inspiratory and expiratory views: hyperlucent right lung with air trapping on expiration, "
                  "suggestive of an obstructing right mainstem bronchial foreign body. No radiopaque foreign "
                  "body. No pneumothorax.",
         stmts=[
             P("air trapping of the {side} lung suggesting a {side} mainstem bronchial foreign body",
               "{side} lung air trapping on expiration, concerning for aspirated foreign body in the {side} "
               "main bronchus", no="no air trapping", side="right"),
             N("no radiopaque foreign body", "no radio-opaque FB seen", yes="radiopaque foreign body"),
             N("no pneumothorax", "no PTX", yes="pneumothorax"),
         ]),
    case("xr-11", "spine", "community", prior=True,
         indication="Osteoporosis, acute back pain.",
         comparison="Thoracolumbar radiographs 1 year ago.",
         findings="New compression fracture of L2 with approximately 30% height loss. Chronic mild T12 wedge "
                  "compression, unchanged. Diffuse osteopenia. Moderate degenerative disc disease at L4-5.",
         stmts=[
             P("new L2 compression fracture, approximately 30% height loss", "acute-appearing L2 compression "
               "fracture (about 30% loss of height), new", no="no L2 fracture"),
             P("chronic {sev} T12 wedge compression, stable", "{sev} T12 wedge deformity, unchanged",
               no="no T12 deformity", sev="mild"),
             P("{sev} degenerative disc disease at L4-5", "{sev} L4-5 disc degeneration", no="no disc disease",
               sev="moderate", scale="grade"),
         ]),
    case("xr-12", "msk", "sports medicine", prior=False,
         indication="Inversion injury, lateral ankle pain, Ottawa positive.",
         comparison="None.",
         findings="Right ankle: nondisplaced oblique fracture of the distal fibula at the level of the "
                  "syndesmosis (Weber B). Ankle mortise congruent, medial clear space 3 mm. Moderate lateral soft "
                  "tissue swelling.",
         stmts=[
             P("nondisplaced Weber B fracture of the {side} distal fibula", "{side} distal fibular fracture, "
               "Weber B, nondisplaced", no="no fibular fracture", side="right"),
             N("medial clear space {m}, mortise congruent", "congruent mortise with normal medial clear space "
               "({m})", yes="mortise widened", size=3),
             P("{sev} lateral soft tissue swelling", "{sev} soft tissue swelling laterally", no="no swelling",
               sev="moderate", scale="grade"),
         ]),
    case("xr-13", "chest", "academic", prior=False,
         indication="Pre-operative, asymptomatic.",
         comparison="No prior.",
         findings="Lungs clear. 14 mm nodule projecting over the left lower zone. Heart normal size. Old healed "
                  "right clavicle fracture.",
         stmts=[
             P("{m} nodule projecting over the {side} lower zone; CT recommended",
               "{side} lower zone nodular opacity of {m}, suggest CT", no="no pulmonary nodule", side="left",
               size=14),
             P("healed {side} clavicle fracture", "old healed fracture of the {side} clavicle",
               no="no clavicle fracture", side="right"),
             N("no consolidation", "lungs otherwise clear", yes="focal consolidation"),
         ]),
    case("xr-14", "msk", "paediatric", prior=False,
         indication="Limp, 7-year-old boy.",
         comparison="None.",
         findings="AP and frog-leg pelvis: flattening and sclerosis of the left femoral epiphysis with "
                  "subchondral fracture line, consistent with Legg-Calve-Perthes disease. Right hip normal. No "
                  "slipped capital femoral epiphysis.",
         stmts=[
             P("{side} Legg-Calve-Perthes disease", "Perthes disease of the {side} hip (epiphyseal flattening and "
               "sclerosis with subchondral fracture)", "{side} femoral epiphysis flattening and sclerosis, "
               "consistent with Legg-Calve-Perthes", no="no Perthes disease", side="left"),
             N("no slipped capital femoral epiphysis", "no SCFE", yes="slipped capital femoral epiphysis"),
         ]),
)
