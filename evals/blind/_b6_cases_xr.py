"""Blind set v6, radiography cases (hand-written, synthetic). Mark-up: see `_b6_model`."""

from _b6_model import case

CASES = [
    case("xr", "001", "chest", ind="fever, cough, 3 days", style="oneline", findings="""
        PA and lateral. Airspace consolidation in the right lower lobe with air bronchograms. Small right pleural
        effusion. Left lung clear. No pneumothorax. Heart size normal. Mediastinal contours normal.""",
         imp=["{L:RLL} pneumonia | {L:Right} lower lobe consolidation c/w pneumonia | ~Lung infection at the"
              " {L:right} base (lower lobe airspace disease with air bronchograms) ## No focal consolidation",
              "{S:small} {L:right} pleural effusion | {S:small} {L:R} effusion | ~A {S:small} amount of fluid"
              " around the {L:right} lung ## No pleural effusion",
              "-no pneumothorax; heart size normal | no PTX, normal cardiac size | ~The heart is not enlarged and"
              " there is no collapsed lung ## Small pneumothorax"],
         fab=["Left hilar mass @hilar mass", "Cavitation within the consolidation @cavitation"]),
    case("xr", "002", "chest", ind="SOB, CHF hx", findings="""
        Portable AP. Cardiomegaly. Bilateral perihilar haziness and Kerley B lines, interstitial edema. Small
        bilateral pleural effusions, left greater than right. No focal consolidation. No pneumothorax.""",
         imp=["Cardiomegaly with interstitial pulmonary edema | Enlarged heart and interstitial edema"
              " | ~Heart is big and there is fluid in the lung interstitium (Kerley lines, perihilar haze)"
              " ## Heart size normal",
              "{S:Small} bilateral effusions, {L:left} more than {L:right} | {S:Small} bilateral pleural effusions,"
              " {L:L} > {L:R} | ~Both pleural spaces hold a {S:small} amount of fluid, more on the {L:left} than"
              " the {L:right}",
              "-No focal consolidation or pneumothorax | No consolidation; no PTX | ~No pneumonia and no"
              " collapsed lung ## Focal consolidation at the base"],
         fab=["Left upper lobe mass @upper lobe mass", "Pneumoperitoneum under the diaphragm @pneumoperitoneum"],
         extra=("Findings consistent with CHF.",)),
    case("xr", "003", "chest", ind="pre-op", findings="""
        Lungs are clear. No pleural effusion or pneumothorax. Cardiomediastinal silhouette within normal limits.
        Degenerative change of the thoracic spine. Old healed fracture of the left 6th rib.""",
         imp=["-No acute cardiopulmonary process | No acute cardiopulmonary abnormality | ~Lungs clear, no"
              " effusion or pneumothorax, normal heart and mediastinum ## Small pleural effusion",
              "Healed {L:left} 6th rib fracture | Old healed fx {L:L} 6th rib | ~Remote, healed break of the"
              " {L:left} sixth rib ## No rib fracture",
              "Thoracic spondylosis | Degenerative thoracic spine | ~Wear-and-tear change of the thoracic spine"],
         fab=["Calcified granuloma in the right upper lobe @granuloma", "Hiatal hernia @hiatal"]),
    case("xr", "004", "chest", prior=True, ind="s/p L chest tube for PTX, f/u", comp="CXR yesterday 06:10",
         style="numbered", findings="""Left chest tube in place. Small residual left apical pneumothorax,
        approximately 1.5 cm at the apex, previously 3 cm. Subcutaneous emphysema along the left chest wall,
        mild. Right lung clear.""",
         imp=["Decreasing {L:left} pneumothorax, now {S:small} ({M:1.5 cm} apical, was {P:3 cm}) | {S:Small}"
              " residual {L:L} apical PTX, {M:1.5 cm} (prior {P:3 cm}) | ~The {L:left} collapsed lung has partly"
              " re-expanded; {S:small} apical air remains ({M:1.5 cm} vs {P:3 cm})",
              "{L:Left} chest tube in place | {L:L} thoracostomy tube in position | ~Chest drain remains on the"
              " {L:left}",
              "{S:Mild} {L:left} chest wall subcutaneous emphysema | {S:Mild} subcutaneous air, {L:left} chest wall"
              " | ~Some ({S:mild}) air under the skin of the {L:left} chest"],
         fab=["Tension physiology with mediastinal shift @mediastinal shift", "Right effusion @effusion"]),
    case("xr", "005", "chest", ind="ICU, line check", style="caps", findings="""
        Endotracheal tube tip 4 cm above the carina. Right internal jugular central venous catheter tip in the
        lower SVC. Nasogastric tube courses below the diaphragm, tip in the stomach. Low lung volumes with
        bibasilar atelectasis. No pneumothorax.""",
         imp=["ETT tip {M:4 cm} above the carina | Endotracheal tube terminates {M:4 cm} above carina"
              " | ~Breathing tube sits well, {M:4 cm} above the carina",
              "{L:Right} IJ catheter tip in the lower SVC | {L:RIJ} CVC tip, low SVC | ~Central line via the"
              " {L:right} internal jugular ends in the lower superior vena cava",
              "NG tube in the stomach | Enteric tube tip in stomach | ~Feeding tube ends in the stomach",
              "Bibasilar atelectasis | Atelectasis at both bases | ~Dependent collapse at both lung bases",
              "-No pneumothorax | No PTX | ~No collapsed lung ## Small apical pneumothorax"],
         fab=["Tube tip in the right mainstem bronchus @mainstem", "Left subclavian line @subclavian"]),
    case("xr", "006", "chest peds", ind="2 yo, cough, fever, r/o pneumonia", findings="""
        Frontal and lateral views. Patchy opacity in the left lower lobe retrocardiac region. Peribronchial
        cuffing bilaterally. No pleural effusion. Normal cardiothymic silhouette. No foreign body.""",
         imp=["{L:Left} lower lobe opacity, possibly pneumonia | Retrocardiac {L:LLL} opacity, could be"
              " pneumonia | ~Patchy shadow behind the heart in the {L:left} lower lobe, maybe a chest infection",
              "Peribronchial cuffing, likely viral airway disease | Bilateral peribronchial thickening suggesting"
              " viral illness | ~Thickened airway walls on both sides, probably a viral process",
              "-No effusion | No pleural fluid | ~Pleural spaces clear ## Small pleural effusion"],
         fab=["Hyperinflation of the right lung from foreign body @hyperinflation", "Round pneumonia @round"]),
    case("xr", "007", "msk peds", ind="5yo FOOSH, elbow swelling", findings="""
        Supracondylar fracture of the left distal humerus with posterior displacement of the capitellum,
        anterior humeral line passing anterior to the capitellum; posterior cortex disrupted. Elevated anterior
        and posterior fat pads. Radiocapitellar alignment maintained.""",
         imp=["Displaced {L:left} supracondylar humeral fracture, likely Gartland type III | {L:L} supracondylar"
              " humerus fx with posterior displacement (Gartland III) | ~Broken lower end of the {L:left} humerus,"
              " pushed backward, posterior cortex disrupted (Gartland 3) ## No fracture",
              "Joint effusion (elevated fat pads) | Positive fat pad sign | ~Both fat pads lifted by elbow fluid",
              "-Radiocapitellar alignment maintained | No radial head dislocation | ~Radial head points at the"
              " capitellum normally ## Radial head dislocation"],
         fab=["Medial epicondyle avulsion @epicondyle", "Olecranon fracture @olecranon"]),
    case("xr", "008", "msk", ind="fall on outstretched hand, 71F", style="numbered", findings="""
        Right wrist: Dorsally angulated intra-articular fracture of the distal radius with 5 mm of radial
        shortening. Ulnar styloid fracture. Diffuse osteopenia. Carpal alignment preserved. Soft tissue
        swelling.""",
         imp=["Dorsally angulated intra-articular distal radius fracture, {L:right}, with {M:5 mm} shortening"
              " | {L:R} distal radius fx: intra-articular, dorsal angulation, {M:5 mm} shortening | ~Colles-type"
              " break of the {L:right} distal radius reaching the joint, dorsally tilted and {M:5 mm} short",
              "Ulnar styloid fracture | Associated ulnar styloid fx | ~Ulnar styloid tip also broken"
              " ## Ulnar styloid intact",
              "Osteopenia | Diffuse osteopenia | ~Bones are thin (osteopenic)"],
         fab=["Scaphoid waist fracture @scaphoid", "Perilunate dislocation @perilunate"]),
    case("xr", "009", "msk", ind="ankle twist, Ottawa positive", findings="""
        right ankle three views comma there is a transverse fracture of the lateral malleolus at the level of
        the mortise comma minimally displaced period medial clear space 3 mm comma normal period soft tissue
        swelling laterally period no other fracture period""",
         imp=["Minimally displaced transverse {L:right} lateral malleolar fracture at the mortise (Weber B)"
              " | {L:R} lateral malleolus fx, transverse, minimally displaced, at the level of the mortise"
              " | ~Fibula broken at the ankle joint level on the {L:right}, barely displaced ## No fracture",
              "-Medial clear space normal ({M:3 mm}) | Normal medial clear space, {M:3 mm} | ~No widening"
              " medially ({M:3 mm}), mortise congruent ## Widened medial clear space"],
         fab=["Posterior malleolus fracture @posterior malleolus", "Talar dome fracture @talar dome"]),
    case("xr", "010", "msk", ind="groin pain, 80M, fall at home", findings="""
        AP pelvis and left hip: Displaced subcapital fracture of the left femoral neck with varus angulation.
        Moderate degenerative change of the right hip. Pubic rami intact. Vascular calcifications.""",
         imp=["Displaced {L:left} subcapital femoral neck fracture | {L:L} displaced subcapital neck of femur"
              " fracture with varus | ~The {L:left} hip is broken just below the femoral head, displaced, in"
              " varus ## No hip fracture",
              "{S:Moderate} {L:right} hip osteoarthritis | {S:Moderate} OA, {L:R} hip | ~Wear-and-tear arthritis"
              " of {S:moderate} degree in the {L:right} hip",
              "-Pubic rami intact | No pubic ramus fracture | ~Pubic bones not broken ## Superior pubic ramus"
              " fracture"],
         fab=["Lytic lesion suggesting pathologic fracture @pathologic", "Avascular necrosis @necrosis"]),
    case("xr", "011", "abdomen", ind="vomiting, distension, prior laparotomy", style="oneline", findings="""
        Supine and upright abdomen. Multiple dilated small bowel loops up to 4.2 cm with air-fluid levels.
        Paucity of colonic gas. No free intraperitoneal air. Surgical clips in the right upper quadrant.""",
         imp=["Dilated small bowel up to {M:4.2 cm} with air-fluid levels and paucity of colonic gas, c/w SBO"
              " | SBO: small bowel loops to {M:4.2 cm}, air-fluid levels, little colonic gas | ~Pattern of small"
              " bowel obstruction (loops to {M:4.2 cm}, fluid levels, gasless colon) ## Normal bowel gas pattern",
              "-No free air | No pneumoperitoneum | ~No gas free in the abdomen ## Free intraperitoneal air",
              "Surgical clips {L:RUQ} | Cholecystectomy clips in the {L:right} upper quadrant | ~Clips in the"
              " {L:RUQ}"],
         fab=["Pneumatosis intestinalis @pneumatosis", "Sigmoid volvulus @volvulus"]),
    case("xr", "012", "msk", prior=True, ind="hx R TKA, pain", comp="XR right knee 2025-11-03", findings="""
        Right total knee arthroplasty. New 2 mm lucency at the bone-cement interface beneath the lateral tibial
        tray, not present before. Alignment unchanged. No periprosthetic fracture. Small effusion.""",
         imp=["New {M:2 mm} lucency under the lateral tibial tray, could be early loosening | {M:2 mm} lucency at"
              " the bone-cement interface of the tibial component (new), possible loosening | ~A thin ({M:2 mm})"
              " lucent line has appeared beneath the lateral tibial tray; early loosening possible",
              "-No periprosthetic fracture; alignment unchanged | Stable alignment, no periprosthetic fx"
              " | ~Prosthesis position same as before and no fracture ## Periprosthetic fracture",
              "{S:Small} effusion | {S:Small} joint effusion | ~Knee joint fluid, {S:small}"],
         fab=["Polyethylene wear with asymmetric joint space @polyethylene", "Patellar component dislocation"
              " @patellar"]),
    case("xr", "013", "peds msk", ind="limp, 8 yo, afebrile", findings="""
        AP and frog-leg pelvis: slight widening and irregularity of the right capital femoral physis with
        medial slippage of the epiphysis on the frog-leg view, Klein line does not intersect the epiphysis.
        Left hip normal.""",
         imp=["{L:Right} slipped capital femoral epiphysis | {L:R} SCFE | ~The {L:right} femoral head has slipped"
              " off its growth plate (SCFE; Klein line misses the epiphysis) ## Normal hips",
              "-{L:Left} hip normal | Normal {L:left} hip | ~Nothing abnormal on the {L:left} ## Early {L:left}"
              " physeal widening"],
         fab=["Perthes fragmentation of the femoral head @Perthes", "Hip joint effusion @joint effusion"]),
    case("xr", "014", "abdomen peds", ind="neonate, bilious vomiting", style="caps", findings="""
        Dilated stomach and proximal duodenum with no distal bowel gas ("double bubble"). No pneumatosis. No
        free air. Umbilical venous catheter tip at the junction of the IVC and right atrium.""",
         imp=["Double bubble with absent distal gas, c/w duodenal atresia | Duodenal atresia pattern: double"
              " bubble, no gas beyond | ~Gas stops at the duodenum (dilated stomach and bulb), typical of duodenal"
              " atresia",
              "-No pneumatosis or free air | No free air, no pneumatosis | ~Bowel wall and peritoneum free of gas"
              " ## Pneumatosis intestinalis",
              "UVC tip at the IVC/{L:right} atrial junction | Umbilical venous catheter ends where the IVC meets"
              " the {L:right} atrium | ~Umbilical venous line in good position at the cavoatrial ({L:right}"
              " atrium) junction"],
         fab=["Malrotation with volvulus corkscrew sign @corkscrew", "Portal venous gas @portal venous"]),
    case("xr", "015", "msk", ind="knee pain, 66F, considering TKA", findings="""
        Bilateral standing knees. Right: severe medial joint space narrowing with bone-on-bone contact,
        subchondral sclerosis and osteophytes; mild lateral narrowing. Left: moderate medial joint space
        narrowing with small osteophytes. Small right suprapatellar effusion. No fracture. Chondrocalcinosis
        absent.""",
         imp=["{S:Severe} {L:right} medial compartment osteoarthritis, bone on bone | {L:R} knee: {S:severe} medial"
              " OA with bone-on-bone contact | ~{L:Right} knee: medial compartment worn through ({S:severe} OA)",
              "{S:Moderate} {L:left} medial compartment osteoarthritis | {S:Moderate} {L:L} medial OA | ~Medial"
              " joint space on the {L:left} shows {S:moderate} narrowing",
              "{S:Small} {L:right} knee effusion | {S:Small} suprapatellar effusion, {L:right} | ~A {S:small}"
              " amount of fluid in the {L:right} knee ## No effusion",
              "-No fracture | No acute fracture | ~Bones intact ## Nondisplaced tibial plateau fracture"],
         fab=["Loose body in the intercondylar notch @loose body", "Chondrocalcinosis of the menisci"
              " @menisci"]),
]
