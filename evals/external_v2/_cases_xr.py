"""Radiography cases of the blind set."""
from _spec import C, I, N

CASES = [
    C("xr", "xr-icu-lines", "Intubated, post-op day 1. Line and tube check.",
      """Endotracheal tube tip 3 cm above the carina. Right internal jugular central venous catheter tip at the
      cavoatrial junction. Enteric tube courses below the diaphragm. Moderate left pleural effusion with left basilar
      opacity, atelectasis versus consolidation. Mild pulmonary vascular congestion. No pneumothorax.""",
      [I("endotracheal tube tip {size} above the carina|ETT terminates {size} above the carina", size="30", unit="cm"),
       I("{side} internal jugular central venous catheter tip at the cavoatrial junction|{side} IJ central line "
         "terminating at the cavoatrial junction", side="right"),
       I("{grade} {side} pleural effusion with {side} basilar opacity, atelectasis or consolidation|{grade} {side} "
         "effusion and {side} basilar opacity (atelectasis versus consolidation)", side="left", grade="vol:moderate",
         flip="no pleural effusion"),
       I("{grade} pulmonary vascular congestion|{grade} vascular congestion", grade="sev:mild",
         flip="no vascular congestion"),
       N("no pneumothorax|no PTX", flip="small apical pneumothorax")],
      [("right upper lobe collapse", "collapse"), ("pneumomediastinum", "pneumomediastinum")], style="caps"),
    C("xr", "xr-peds-rul", "3 yo, fever and cough x 3 days, SpO2 93%.",
      """Dense consolidation in the right upper lobe with bulging minor fissure. Mild bilateral peribronchial
      thickening. No pleural effusion. Normal cardiothymic silhouette.""",
      [I("{side} upper lobe pneumonia|{side} upper lobe consolidation, compatible with pneumonia", side="right",
         flip="no focal consolidation"),
       I("{grade} bilateral peribronchial thickening, suggesting viral airway disease|{grade} bilateral peribronchial wall "
         "thickening, in keeping with viral airway disease", grade="sev:mild"),
       N("no pleural effusion|no parapneumonic effusion", flip="small parapneumonic effusion")],
      [("round 2 cm radiopaque foreign body in the stomach", "foreign body"), ("left-sided pneumothorax",
                                                                              "pneumothorax")]),
    C("xr", "xr-hip-fracture", "86F fall at nursing home, shortened externally rotated L leg.",
      """Displaced subcapital fracture of the left femoral neck with 12 mm proximal migration of the distal fragment.
      Moderate right hip osteoarthritis. Diffuse osteopenia. Pelvic ring intact.""",
      [I("displaced {side} subcapital femoral neck fracture with {size} proximal migration|{side} femoral neck "
         "fracture, subcapital, displaced, with the shaft migrated {size} proximally", side="left", size="12",
         flip="no {side} hip fracture"),
       I("{grade} osteoarthritis of the {side} hip|{grade} {side} hip osteoarthritis", side="right",
         grade="sev:moderate"),
       I("diffuse osteopenia|generalized osteopenia", flip="normal bone mineralization"),
       N("intact pelvic ring|no pelvic ring fracture", flip="fracture of the pelvic ring")],
      [("left pubic ramus fracture", "ramus"), ("right acetabular fracture", "acetabular")]),
    C("xr", "xr-wrist-fracture", "FOOSH, right wrist deformity.",
      """Extra-articular fracture of the distal radius with 8 mm dorsal displacement of the distal fragment. Ulnar
      styloid fracture. Moderate soft tissue swelling. Carpal alignment maintained. Right hand bones otherwise
      intact.""",
      [I("extra-articular fracture of the {side} distal radius with {size} dorsal displacement|{side} distal radial "
         "fracture, extra-articular, displaced dorsally by {size}", side="right", size="8",
         flip="no fracture of the distal radius"),
       I("associated ulnar styloid fracture|ulnar styloid fracture as well", flip="ulnar styloid intact"),
       I("{grade} soft tissue swelling|{grade} swelling of the soft tissues", grade="sev:moderate"),
       N("no carpal dislocation|carpal alignment maintained", flip="perilunate dislocation")],
      [("scaphoid waist fracture", "scaphoid"), ("fracture of the base of the fifth metacarpal", "metacarpal")]),
    C("xr", "xr-knees-oa", "Bilat knee pain, worse R.",
      """Right knee: severe medial compartment joint space narrowing with subchondral sclerosis and osteophytes.
      6 mm loose body in the suprapatellar recess. Small effusion. Left knee: mild medial compartment joint space
      narrowing.""",
      [I("{grade} {side} knee medial compartment osteoarthritis|{grade} medial compartment OA, {side} knee",
         side="right", grade="sev:severe"),
       I("{size} loose body in the {side} suprapatellar recess|{side} suprapatellar recess loose body, {size}",
         side="right", size="6", flip="no intra-articular loose body"),
       I("{grade} {side} knee effusion|{grade} effusion, {side} knee", side="right", grade="vol:small",
         flip="no {side} knee effusion"),
       I("{grade} {side} knee medial compartment osteoarthritis|{grade} medial compartment OA, {side} knee",
         side="left", grade="sev:mild")],
      [("chondrocalcinosis of the menisci", "chondrocalcinosis"), ("nondisplaced lateral tibial plateau fracture", "plateau")]),
    C("xr", "xr-ankle-weber", "Inversion injury L ankle, Ottawa positive.",
      """Nondisplaced oblique fracture of the left lateral malleolus at the level of the syndesmosis (Weber B).
      Medial clear space 3 mm, normal. Moderate lateral soft tissue swelling. Small plantar calcaneal spur.""",
      [I("nondisplaced Weber B fracture of the {side} lateral malleolus|{side} lateral malleolar fracture, Weber B, "
         "nondisplaced", side="left", flip="no {side} ankle fracture"),
       I("medial clear space preserved at {size}, no widening|medial clear space {size}, not widened", size="3"),
       I("{grade} lateral soft tissue swelling|{grade} soft tissue swelling laterally", grade="sev:moderate"),
       I("{grade} plantar calcaneal spur|{grade} plantar enthesophyte of the calcaneus", grade="size:small")],
      [("avulsion fracture of the base of the fifth metatarsal", "metatarsal"), ("talar dome osteochondral lesion",
                                                                                 "talar")]),
    C("xr", "xr-abdo-sbo", "Vomiting, distension. KUB + upright.",
      """Multiple dilated small bowel loops up to 4.2 cm in the left upper quadrant and mid abdomen with air-fluid
      levels on the upright view. Paucity of colonic gas. No free air under the diaphragm. 9 mm calcific density in
      the right upper quadrant.""",
      [I("small bowel obstruction pattern with loops dilated up to {size}|dilated small bowel up to {size} with "
         "air-fluid levels, consistent with obstruction", size="42", unit="cm", flip="nonobstructive bowel gas pattern"),
       N("no free air|no pneumoperitoneum", flip="free air under the diaphragm"),
       I("{size} calcific density in the {side} upper quadrant, likely a gallstone|probable gallstone, {size}, "
         "{side} upper quadrant", side="right", size="9")],
      [("calcified abdominal aortic aneurysm", "aneurysm"), ("left renal calculus", "renal")]),
    C("xr", "xr-cxr-nodule", "Pre-op chest film, 61M smoker.",
      """8 mm nodular opacity in the left mid lung zone. Mildly enlarged cardiac silhouette. No pleural effusion
      or pneumothorax. Degenerative changes of the thoracic spine.""",
      [I("{size} {side} mid lung nodular opacity; CT chest recommended for further characterization|{side} mid "
         "zone nodular opacity measuring {size}, recommend chest CT", side="left", size="8",
         flip="no pulmonary nodule"),
       I("{grade} cardiomegaly|{grade} enlargement of the cardiac silhouette", grade="sev:mild",
         flip="normal heart size"),
       N("no pleural effusion or pneumothorax|no effusion or pneumothorax", flip="small pleural effusion"),
       I("thoracic spondylosis|degenerative changes of the thoracic spine")],
      [("widened mediastinum", "mediastinum"), ("right hilar enlargement", "hilar")]),
    C("xr", "xr-peds-coin", "2 y/o swallowed a coin, drooling resolved.",
      """Round 23 mm radiopaque foreign body projecting over the left upper quadrant in the expected region of the
      stomach. No double-ring or step-off sign. Nonobstructive bowel gas pattern. No free air.""",
      [I("{size} round radiopaque foreign body in the stomach, {side} upper quadrant, consistent with a coin|coin-like "
         "{size} foreign body projecting over the stomach in the {side} upper quadrant", side="left", size="23",
         flip="no radiopaque foreign body"),
       N("no double-ring sign to suggest a button battery|no halo or step-off to indicate a button battery",
         flip="double-ring sign suggesting a button battery"),
       N("no bowel obstruction or free air|nonobstructive bowel gas pattern without free air",
         flip="small bowel obstruction")],
      [("second foreign body in the esophagus", "esophagus"), ("right lower lobe pneumonia", "pneumonia")]),
    C("xr", "xr-cxr-chf", "sob, leg edema",
      """moderate cardiomegaly period interstitial edema with kerley b lines period small bilateral pleural effusions
      comma larger on the right period no focal consolidation period""",
      [I("{grade} cardiomegaly|{grade} enlargement of the cardiac silhouette", grade="sev:moderate",
         flip="normal heart size"),
       I("interstitial pulmonary edema|interstitial edema with Kerley B lines", flip="no pulmonary edema"),
       I("{grade} bilateral pleural effusions, larger on the {side}|bilateral {grade} pleural effusions, more on the "
         "{side}", side="right", grade="vol:small", flip="no pleural effusions"),
       N("no focal consolidation|no consolidation", flip="focal consolidation")],
      [("left upper lobe mass", "mass"), ("displaced rib fracture", "rib")], style="dictation"),
    C("xr", "xr-shoulder-dislocation", "Fell skiing, R shoulder deformity.",
      """Anterior dislocation of the right glenohumeral joint. Hill-Sachs impaction of the posterolateral humeral
      head. 10 mm osseous fragment at the anteroinferior glenoid (bony Bankart). Greater tuberosity intact.""",
      [I("anterior {side} shoulder dislocation|anterior dislocation of the {side} glenohumeral joint", side="right",
         flip="no dislocation"),
       I("Hill-Sachs impaction|Hill-Sachs lesion of the posterolateral humeral head", flip="no Hill-Sachs lesion"),
       I("{size} bony Bankart fragment|osseous Bankart fracture fragment, {size}", size="10"),
       N("no greater tuberosity fracture|greater tuberosity intact", flip="greater tuberosity fracture")],
      [("acromioclavicular joint separation", "acromioclavicular"), ("left clavicle fracture", "clavicle")]),
    C("xr", "xr-lspine-nonnative", "back pain after lifting, osteoporosis known",
      """Loss of height of L1 vertebral body anterior about 40%, compression fracture, age undetermined. Moderate
      degenerative disc disease L4-5 and L5-S1. Anterolisthesis of L4 on L5 about 6 mm. Mild scoliosis of lumbar
      spine convex to left.""",
      [I("compression fracture L1 with anterior height loss about 40%, age undetermined|L1 compression fracture "
         "(about 40% anterior height loss) of undetermined age", flip="no vertebral fracture"),
       I("{grade} degenerative disc disease L4-5 and L5-S1|{grade} disc degeneration at L4-5 and L5-S1",
         grade="sev:moderate"),
       I("anterolisthesis L4 on L5 of {size}|{size} anterolisthesis of L4 over L5", size="6"),
       I("{grade} lumbar scoliosis convex to {side}|{grade} scoliosis, lumbar, convex to {side}", side="left",
         grade="sev:mild")],
      [("pars defect at L5", "pars"), ("sclerotic metastasis in the right iliac bone", "sclerotic")]),
    C("xr", "xr-hands-ra", "Seropositive RA, baseline hand films.",
      """Marginal erosions at the right second and third MCP joints, the largest 4 mm at the second MCP. Moderate
      periarticular osteopenia. Left hand: no erosions. Symmetric soft tissue swelling at the MCP joints.""",
      [I("erosions at the {side} second and third MCP joints, largest {size}, consistent with rheumatoid arthritis"
         "|{side} second and third MCP marginal erosions (largest {size}), consistent with rheumatoid arthritis",
         side="right", size="4", flip="no erosions"),
       I("{grade} periarticular osteopenia|{grade} juxta-articular osteopenia", grade="sev:moderate"),
       N("no erosions in the left hand|left hand without erosions", flip="erosions in the left hand"),
       I("symmetric MCP soft tissue swelling|soft tissue swelling at the MCP joints, symmetric")],
      [("ulnar deviation at the MCP joints", "ulnar deviation"), ("right scaphoid fracture", "scaphoid")]),
    C("xr", "xr-ptx-fu", "Right pneumothorax, chest tube placed. Follow-up.",
      """Right chest tube in place. Right apical pneumothorax decreased, now 12 mm at the apex (previously 28 mm).
      Mild subcutaneous emphysema of the right chest wall, unchanged. Left lung clear.""",
      [I("decreasing {side} apical pneumothorax, now {size} (previously {prior})|{side} pneumothorax decreased to "
         "{size} from {prior} at the apex", side="right", size="12", prior="28", flip="resolved pneumothorax"),
       I("{side} chest tube in place|{side}-sided chest tube in satisfactory position", side="right"),
       I("unchanged {grade} {side} chest wall subcutaneous emphysema|{grade} subcutaneous emphysema of the {side} "
         "chest wall, unchanged", side="right", grade="sev:mild", flip="resolved subcutaneous emphysema"),
       N("clear left lung|left lung clear", flip="left lower lobe opacity")],
      [("new right basilar consolidation", "consolidation"), ("pneumomediastinum", "pneumomediastinum")],
      comparison="Chest radiograph 6 hours earlier.", style="numbered"),
    C("xr", "xr-tka-fu", "Pain 2 years after right TKA.",
      """Right total knee arthroplasty. New 2 mm lucency at the bone-cement interface of the medial tibial component,
      not present on the prior study. Moderate joint effusion, new. Component alignment unchanged. No periprosthetic
      fracture.""",
      [I("new {size} lucency at the medial tibial bone-cement interface of the {side} knee arthroplasty, concerning "
         "for early loosening|{side} TKA: new {size} medial tibial bone-cement lucency, suspicious for early "
         "loosening", side="right", size="2", flip="no periprosthetic lucency"),
       I("new {grade} joint effusion|{grade} joint effusion, new", grade="vol:moderate", flip="no joint effusion"),
       I("stable component alignment|component alignment unchanged"),
       N("no periprosthetic fracture|periprosthetic fracture is not seen", flip="periprosthetic fracture")],
      [("polyethylene wear with asymmetric joint space", "polyethylene"), ("patellar component dislocation",
                                                                           "patellar")],
      comparison="Right knee radiographs 1 year earlier."),
]
