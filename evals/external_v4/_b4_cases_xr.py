"""Radiography cases of the v4 blind set (hand-written, synthetic)."""
# ruff: noqa: E501 - hand-written report sentences are kept whole for reading

from _b4_spec import C, N, S  # noqa: I001

CASES = [
    C("xr", "chest", "terse ED prelim", "Fever, productive cough.", """
      PA/lat. RLL airspace opacity. No effusion. No PTX. Heart size normal.""",
      [S("{L:Right} lower lobe pneumonia.", "{L:RLL} consolidation, likely pneumonia.",
         "Airspace opacity in the {L:right} lower lobe, probably pneumonia.", neg="No focal consolidation.",
         org="Lungs"),
       N("No pleural effusion or pneumothorax.", "No effusion. No collapsed lung.",
         neg="Small {L:right} pleural effusion; no pneumothorax.", org="Pleura"),
       N("Normal heart size.", "Heart not enlarged.", neg="Cardiomegaly.", org="Heart")],
      [("{L:Left} basilar atelectasis.", "atelectasis"), ("Hilar lymphadenopathy.", "hilar")],
      ("No other acute cardiopulmonary abnormality.",)),
    C("xr", "chest", "follow-up after chest tube", "Left pneumothorax, chest tube day 2.", """
      Left chest tube in place. Small residual left apical pneumothorax, 8 mm apex-to-cupola, previously 25 mm.
      No mediastinal shift. Left basilar atelectasis.""",
      [S("Decreased {G:vol:small} {L:left} apical pneumothorax, {Z:8 mm} (previously {P:25 mm}).",
         "{L:Left} PTX smaller, now {G:vol:small}: {Z:8 mm} at the apex, was {P:25 mm}.", neg="No residual pneumothorax.", org="Pleura"),
       S("{L:Left} chest tube in place.", "Chest drain on the {L:left} in position.", org="Devices"),
       S("{L:Left} basilar atelectasis.", "Collapse of the {L:left} lung base (atelectasis), subsegmental.",
         org="Lungs"),
       N("No mediastinal shift.", "Mediastinum midline.", neg="Mediastinal shift to the right.", org="Mediastinum")],
      [("Subcutaneous emphysema along the {L:left} chest wall.", "subcutaneous"), ("{L:Left} pleural effusion.",
                                                                                 "effusion")],
      comparison="Chest radiograph yesterday.", prior=True),
    C("xr", "chest", "portable ICU, prose", "Dyspnea, edema.", """
      AP portable. The heart is enlarged. There is pulmonary vascular congestion with interstitial edema.
      Moderate bilateral pleural effusions. No pneumothorax.""",
      [S("Cardiomegaly with interstitial pulmonary edema.", "Enlarged heart; fluid in the lung interstitium.",
         "Congestive heart failure pattern: cardiomegaly, vascular congestion and interstitial edema.",
         neg="Normal heart size without edema.", org="Heart"),
       S("{G:vol:Moderate} bilateral pleural effusions.", "Bilateral pleural effusions, {G:vol:moderate}.",
         neg="No pleural effusions.", org="Pleura"),
       N("No pneumothorax.", "No collapsed lung.", neg="Small apical pneumothorax.", org="Pleura")],
      [("Alveolar edema with air bronchograms.", "bronchograms"), ("Kerley B lines.", "kerley")]),
    C("xr", "pediatric chest", "pediatric", "3-year-old, fever and cough for 3 days.", """
      Round opacity in the left lower lobe, 3.5 cm, consistent with round pneumonia. No pleural effusion.
      Normal cardiothymic silhouette.""",
      [S("{Z:3.5 cm} round pneumonia in the {L:left} lower lobe.", "{L:LLL} round pneumonia measuring {Z:3.5 cm}.",
         neg="No pneumonia.", org="Lungs"),
       N("No pleural effusion.", "No effusion.", neg="Small {L:left} parapneumonic effusion.", org="Pleura")],
      [("Hyperinflation.", "hyperinflation"), ("Foreign body.", "foreign body")],
      ("Cardiothymic silhouette normal.",)),
    C("xr", "msk", "ED prelim, telegraphic", "Twisted ankle.", """
      R ankle 3 views: Oblique fracture lateral malleolus at level of syndesmosis (Weber B), displaced 2 mm.
      Mortise congruent. Soft tissue swelling lateral.""",
      [S("Weber B {L:right} lateral malleolus fracture, {Z:2 mm} displacement.",
         "{L:R} distal fibula (lateral malleolus) fracture at the syndesmosis, Weber B, displaced {Z:2 mm}.",
         neg="No fracture.", org="Fibula"),
       N("Ankle mortise congruent.", "Mortise intact.", neg="Widening of the medial clear space.", org="Mortise")],
      [("Posterior malleolus fracture.", "posterior malleolus"), ("Fifth metatarsal base fracture.", "metatarsal")]),
    C("xr", "msk", "dictation style", "Elderly fall, cannot bear weight.", """
      Subcapital fracture of the left femoral neck with moderate displacement. The right hip is unremarkable.
      Moderate degenerative changes of the lower lumbar spine.""",
      [S("Displaced {L:left} subcapital femoral neck fracture.", "{L:Left} hip fracture, subcapital, displaced.",
         "Broken {L:left} femoral neck (subcapital), with displacement.", neg="No hip fracture.", org="Hip"),
       S("{G:sev:Moderate} lower lumbar degenerative changes.", "{G:sev:Moderate} lumbar spondylosis.",
         org="Spine")],
      [("Pubic ramus fracture.", "ramus"), ("Avascular necrosis of the femoral head.", "necrosis")]),
    C("xr", "pediatric msk", "pediatric", "6-year-old fell on outstretched hand.", """
      Buckle fracture of the distal right radial metaphysis. The ulna is intact. Growth plates normal.""",
      [S("Buckle fracture of the distal {L:right} radius.", "{L:Right} distal radial metaphyseal torus fracture.",
         "{L:Rt} distal radius buckle (torus) fracture.", neg="No fracture.", org="Radius"),
       N("Ulna intact; no physeal injury.", "Intact ulna. Growth plates normal.", neg="Salter-Harris II fracture of the ulna.",
         org="Ulna")],
      [("Elbow joint effusion.", "elbow"), ("Scaphoid fracture.", "scaphoid")]),
    C("xr", "msk", "numbered report with grades", "Knee pain, both sides.", """
      Bilateral weightbearing knees: Right knee severe medial compartment joint space narrowing with osteophytes.
      Left knee mild medial narrowing. Small right suprapatellar effusion. No fracture.""",
      [S("{G:sev:Severe} {L:right} medial compartment osteoarthritis.",
         "{L:Right} knee: {G:sev:severe} medial joint space narrowing with osteophytes (osteoarthritis).",
         org="Knees"),
       S("{G:sev:Mild} {L:left} medial compartment osteoarthritis.", "{G:sev:Mild} arthritis of the {L:left} knee, medial.",
         org="Knees"),
       S("{G:vol:Small} {L:right} knee effusion.", "{G:vol:Small} {L:right} suprapatellar effusion.", org="Knees"),
       N("No fracture.", "No acute fracture.", neg="Tibial plateau fracture.", org="Bones")],
      [("Chondrocalcinosis.", "chondrocalcinosis"), ("Loose body.", "loose")]),
    C("xr", "abdomen", "ED abdominal series", "Vomiting, distension, prior laparotomy.", """
      Multiple dilated small bowel loops up to 4.2 cm with air-fluid levels. Paucity of colonic gas. No free air
      under the diaphragm.""",
      [S("Small bowel obstruction, loops up to {Z:4.2 cm}.", "Dilated small bowel ({Z:4.2 cm}) with air-fluid levels and little colonic gas: SBO.",
         neg="Nonobstructive bowel gas pattern.", org="Bowel"),
       N("No pneumoperitoneum.", "No free air.", neg="Free air under the right hemidiaphragm.", org="Peritoneum")],
      [("Sigmoid volvulus.", "volvulus"), ("Portal venous gas.", "portal")]),
    C("xr", "msk", "terse", "Shoulder injury playing rugby.", """
      L shoulder: anterior glenohumeral dislocation. Hill-Sachs impaction. No glenoid fracture seen.""",
      [S("Anterior {L:left} shoulder dislocation with a Hill-Sachs lesion.",
         "{L:Left} glenohumeral joint dislocated anteriorly; Hill-Sachs impaction.", neg="No dislocation.",
         org="Shoulder"),
       N("No glenoid fracture.", "No bony Bankart lesion.", neg="Bony Bankart fracture.", org="Shoulder")],
      [("Greater tuberosity fracture.", "tuberosity"), ("Clavicle fracture.", "clavicle")]),
    C("xr", "chest", "ICU lines and tubes", "Intubated, line check.", """
      ETT tip 4 cm above the carina. Right IJ central line tip at the cavoatrial junction. NG tube in the stomach.
      Left retrocardiac opacity. No pneumothorax.""",
      [S("ETT tip {Z:4 cm} above the carina.", "Endotracheal tube in good position, {Z:4 cm} above the carina.",
         org="Devices"),
       S("{L:Right} IJ line tip at the cavoatrial junction; NG tube in the stomach.",
         "{L:R} internal jugular catheter ends at the cavoatrial junction. Nasogastric tube in stomach.", org="Devices"),
       S("{L:Left} retrocardiac opacity.", "Opacity behind the heart on the {L:left}.", org="Lungs"),
       N("No pneumothorax.", "No PTX.", neg="Small {L:right} apical pneumothorax.", org="Pleura")],
      [("Pulmonary edema.", "edema"), ("Right mainstem intubation.", "mainstem")]),
    C("xr", "pediatric msk", "pediatric", "5-year-old, fell from monkey bars, elbow pain.", """
      Supracondylar fracture of the left humerus, extension type, posterior displacement of the distal fragment
      (Gartland type 2). Posterior fat pad sign present. Radial head aligned.""",
      [S("{L:Left} supracondylar humeral fracture, extension type, Gartland 2.",
         "Extension-type supracondylar fracture, {L:left} humerus (Gartland II).", neg="No fracture.",
         org="Humerus"),
       S("Posterior fat pad sign.", "Elbow joint effusion with a posterior fat pad.", org="Joint"),
       N("Radial head aligned.", "Radiocapitellar alignment normal.", neg="Radial head dislocation.", org="Radius")],
      [("Lateral condyle fracture.", "condyle"), ("Medial epicondyle avulsion.", "epicondyle")]),
    C("xr", "msk", "non-native English", "Back pain after fall, osteoporosis.", """
      There is compression of L1 vertebral body with mild loss of height about 20 percent. Others vertebrae
      normal height. Alignment is normal.""",
      [S("{G:sev:Mild} L1 compression fracture (about 20% height loss).",
         "L1 vertebral compression fracture, {G:sev:mild}, about twenty percent loss of height.",
         neg="No compression fracture.", org="Spine"),
       N("Alignment normal.", "Normal alignment.", neg="Retrolisthesis of L1 on L2.", org="Spine")],
      [("Burst fracture with retropulsion.", "retropulsion"), ("Spondylolisthesis.", "spondylolisthesis")]),
    C("xr", "chest oncology", "oncologic follow-up", "Metastatic renal cell carcinoma, on immunotherapy.", """
      Left upper lobe nodule 2.1 cm, previously 1.4 cm. Right lower zone nodule 11 mm, previously 10 mm. No
      effusion.""",
      [S("Enlarging {L:left} upper lobe nodule, {Z:2.1 cm} (previously {P:1.4 cm}).",
         "{L:LUL} metastasis has grown to {Z:2.1 cm} from {P:1.4 cm}.", org="Lungs"),
       S("{L:Right} lower zone nodule {Z:11 mm}, previously {P:10 mm}, essentially unchanged.",
         "Essentially unchanged {L:right} lower zone nodule: {Z:11 mm} (was {P:10 mm}).", org="Lungs"),
       N("No pleural effusion.", "No effusion.", neg="New {L:left} pleural effusion.", org="Pleura")],
      [("New nodule in the {L:right} upper zone.", "upper zone"), ("Lytic rib lesion.", "lytic")],
      comparison="Chest radiograph 2 months ago.", prior=True),
]
