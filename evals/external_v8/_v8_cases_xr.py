"""Hand-written radiography cases of the v8 set (ED, ICU, pediatric, MSK, community, teleradiology)."""

from _v8_model import NP, N, O, P, cases_of

CASES = cases_of(
    "xr",
    [
        {  # ED chest, terse
            "practice": "ED chest, terse",
            "ind": "Cough, fever 39.",
            "comp": "None.",
            "find": (
                "PA and lateral. Airspace opacity in the right middle lobe obscuring the right heart border. No "
                "pleural effusion. No pneumothorax. Heart size normal. Mild hyperinflation."
            ),
            "imp": [
                NP(
                    "{side} middle lobe pneumonia",
                    "airspace disease in the {side} middle lobe, consistent with pneumonia",
                    "{side} middle lobe consolidation compatible with pneumonia",
                    side="right",
                    absent="pneumonia",
                ),
                N("pleural effusion"),
                N("pneumothorax"),
                NP(
                    "{sev} hyperinflation",
                    "{sev} pulmonary hyperinflation",
                    sev="mild",
                    absent="hyperinflation",
                    key=False,
                ),
            ],
            "fabs": [("cardiomegaly", "cardiomegaly"), ("rib", "healed left rib fractures")],
        },
        {  # ICU portable, teleradiology upper case
            "practice": "ICU portable, teleradiology",
            "layout": "numbered",
            "upper": True,
            "unit": "cm",
            "ind": "INTUBATED, LINE PLACEMENT.",
            "comp": "NONE AVAILABLE.",
            "find": (
                "ENDOTRACHEAL TUBE TIP 4 CM ABOVE THE CARINA. ENTERIC TUBE COURSES BELOW THE DIAPHRAGM, TIP IN "
                "THE STOMACH. RIGHT INTERNAL JUGULAR CENTRAL VENOUS CATHETER WITH TIP AT THE CAVOATRIAL JUNCTION. "
                "SMALL LEFT APICAL PNEUMOTHORAX. BIBASILAR OPACITIES, ATELECTASIS VERSUS ASPIRATION. MODERATE "
                "BILATERAL PLEURAL EFFUSIONS."
            ),
            "imp": [
                P(
                    "Endotracheal tube tip {size} above the carina",
                    "ETT terminates {size} above the carina",
                    size=(40,),
                    absent="endotracheal tube",
                    key=False,
                ),
                P(
                    "{Side} internal jugular catheter tip at the cavoatrial junction",
                    "{Side} IJ central line terminating at the cavoatrial junction",
                    side="right",
                    absent="central venous catheter",
                    key=False,
                ),
                NP(
                    "{sev} {side} apical pneumothorax",
                    "{sev} pneumothorax at the {side} apex",
                    sev="small",
                    side="left",
                    absent="pneumothorax",
                ),
                NP(
                    "bibasilar opacities, atelectasis versus aspiration",
                    "bibasilar atelectasis or aspiration",
                    absent="bibasilar opacities",
                ),
                NP(
                    "{sev} bilateral pleural effusions",
                    "{sev} pleural effusions bilaterally",
                    sev="amount:moderate",
                    absent="pleural effusion",
                ),
            ],
            "fabs": [("pneumoperitoneum", "pneumoperitoneum"), ("mediastinum", "widened mediastinum")],
        },
        {  # pediatric wrist
            "practice": "pediatric ED",
            "ind": "8-year-old, fall on outstretched hand.",
            "comp": "None.",
            "find": (
                "Buckle (torus) fracture of the distal left radial metaphysis, 2 cm proximal to the physis. No "
                "displacement or angulation. Physes normal. Distal ulna intact. Mild dorsal soft tissue swelling."
            ),
            "imp": [
                NP(
                    "buckle fracture of the distal {side} radial metaphysis",
                    "torus fracture, distal {side} radius",
                    "{side} distal radius buckle fracture",
                    side="left",
                    absent="fracture",
                ),
                N("displacement or angulation"),
                N("ulnar fracture"),
                NP(
                    "{sev} dorsal soft tissue swelling",
                    "{sev} swelling of the dorsal soft tissues",
                    sev="mild",
                    absent="soft tissue swelling",
                    key=False,
                ),
            ],
            "fabs": [("scaphoid", "scaphoid fracture"), ("salter", "Salter-Harris II fracture of the ulna")],
        },
        {  # pneumothorax follow-up with prior
            "practice": "thoracic surgery ward",
            "prior": True,
            "ind": "Follow-up of right pneumothorax after chest tube placement.",
            "comp": "Chest radiograph yesterday.",
            "find": (
                "Right chest tube in place. The right apical pneumothorax has decreased, now small with a 1.5 cm "
                "apical pleural separation, previously moderate at 3.2 cm. Subcutaneous emphysema in the right "
                "chest wall, unchanged. No mediastinal shift. Left lung clear."
            ),
            "imp": [
                P(
                    "Decreased {side} pneumothorax, now {sev} ({size} apical), previously {prior}",
                    "{Side} apical pneumothorax smaller: {size}, down from {prior}; now {sev}",
                    "{Sev} residual {side} pneumothorax measuring {size} at the apex (was {prior})",
                    side="right",
                    sev="small",
                    size=(15,),
                    prior=(32,),
                    absent="pneumothorax",
                ),
                P(
                    "{Side} chest tube in place",
                    "Chest tube on the {side} in position",
                    side="right",
                    absent="chest tube",
                    key=False,
                ),
                P(
                    "Unchanged {side} chest wall subcutaneous emphysema",
                    "Subcutaneous emphysema of the {side} chest wall, similar to before",
                    side="right",
                    absent="subcutaneous emphysema",
                ),
                N("mediastinal shift"),
            ],
            "fabs": [("effusion", "small left pleural effusion"), ("atelectasis", "right basilar atelectasis")],
        },
        {  # MSK ankle
            "practice": "urgent care MSK",
            "ind": "Inversion injury, lateral ankle pain, cannot bear weight.",
            "comp": "None.",
            "find": (
                "Nondisplaced oblique fracture of the distal fibula at the level of the syndesmosis (Weber B). "
                "Medial clear space 3 mm, mortise congruent. Moderate lateral soft tissue swelling. Small ankle "
                "joint effusion. Talar dome intact."
            ),
            "imp": [
                NP(
                    "nondisplaced Weber B fracture of the distal fibula",
                    "Weber B distal fibular fracture, nondisplaced",
                    "oblique nondisplaced lateral malleolus fracture at the syndesmosis (Weber B)",
                    absent="fibular fracture",
                ),
                O("Mortise is congruent (medial clear space 3 mm)", "Congruent ankle mortise, medial clear space 3 mm"),
                NP(
                    "{sev} lateral soft tissue swelling",
                    "{sev} swelling over the lateral malleolus",
                    sev="moderate",
                    absent="soft tissue swelling",
                ),
                NP(
                    "{sev} ankle joint effusion",
                    "{sev} effusion of the ankle",
                    sev="small",
                    absent="ankle effusion",
                    key=False,
                ),
                N("talar dome fracture"),
            ],
            "fabs": [("calcaneus", "fracture of the calcaneus"), ("os trigonum", "os trigonum")],
        },
        {  # community CHF
            "practice": "community inpatient",
            "ind": "Shortness of breath, leg swelling.",
            "comp": "None.",
            "find": (
                "Portable AP. Cardiomegaly. Mild interstitial pulmonary edema with Kerley B lines. Small bilateral "
                "pleural effusions. Patchy left basilar opacity, most likely atelectasis. Sternotomy wires."
            ),
            "imp": [
                NP("cardiomegaly", "enlarged cardiac silhouette", absent="cardiomegaly"),
                NP(
                    "{sev} interstitial pulmonary edema",
                    "{sev} interstitial edema",
                    sev="mild",
                    absent="pulmonary edema",
                ),
                NP(
                    "{sev} bilateral pleural effusions",
                    "{sev} effusions on both sides",
                    sev="small",
                    absent="pleural effusion",
                ),
                P(
                    "{Side} basilar opacity, likely atelectasis",
                    "Patchy {side} basilar atelectasis",
                    side="left",
                    absent="basilar opacity",
                ),
                NP("median sternotomy", "sternotomy wires", absent="sternotomy", key=False),
            ],
            "fabs": [("pneumothorax", "small right pneumothorax"), ("hiatal", "large hiatal hernia")],
        },
        {  # geriatric hip
            "practice": "geriatric ED",
            "ind": "Fall at nursing home, shortened externally rotated leg.",
            "comp": "None.",
            "find": (
                "Displaced subcapital fracture of the left femoral neck with superior migration of the femoral "
                "shaft. Severe osteoarthritis of the contralateral right hip. Diffuse osteopenia. Pubic rami "
                "intact. Vascular calcifications."
            ),
            "imp": [
                NP(
                    "displaced subcapital {side} femoral neck fracture",
                    "{side} femoral neck fracture, subcapital and displaced",
                    "displaced {side} subcapital hip fracture",
                    side="left",
                    absent="hip fracture",
                ),
                NP(
                    "{sev} {side} hip osteoarthritis",
                    "{sev} degenerative arthritis of the {side} hip",
                    sev="severe",
                    side="right",
                    absent="hip osteoarthritis",
                ),
                NP("diffuse osteopenia", "generalized osteopenia", absent="osteopenia", key=False),
                N("pubic ramus fracture"),
            ],
            "fabs": [("dislocation", "posterior hip dislocation"), ("lytic", "lytic lesion of the femur")],
        },
        {  # pediatric abdomen
            "practice": "children's hospital",
            "ind": "5-year-old with vomiting and abdominal pain.",
            "comp": "None.",
            "find": (
                "Supine and upright views. Multiple dilated small bowel loops up to 3 cm with air-fluid levels. "
                "Paucity of colonic gas. 8 mm oval calcification in the right lower quadrant, possibly an "
                "appendicolith. No free intraperitoneal air."
            ),
            "imp": [
                NP(
                    "dilated small bowel loops up to {size} with air-fluid levels, concerning for obstruction",
                    "small bowel obstruction pattern, loops to {size}",
                    size=(30,),
                    absent="small bowel dilatation",
                ),
                P(
                    "{size} {side} lower quadrant calcification, possible appendicolith",
                    "Possible appendicolith: {size} calcification in the {side} lower quadrant",
                    side="right",
                    size=(8,),
                    absent="calcification",
                ),
                N("free air"),
                O("Ultrasound recommended to evaluate for appendicitis", "Suggest ultrasound of the appendix"),
            ],
            "fabs": [("intussusception", "target sign suggesting intussusception"), ("pneumatosis", "pneumatosis")],
        },
        {  # community knee
            "practice": "community orthopedics",
            "ind": "Chronic knee pain, 67-year-old.",
            "comp": "None.",
            "find": (
                "Right knee, 3 views: Moderate medial compartment joint space narrowing with marginal osteophytes "
                "and subchondral sclerosis. Mild patellofemoral degenerative change. Small suprapatellar "
                "effusion. No fracture. Chondrocalcinosis of the menisci."
            ),
            "imp": [
                NP(
                    "{sev} medial compartment osteoarthritis of the {side} knee",
                    "{sev} {side} knee medial compartment degenerative arthritis",
                    sev="moderate",
                    side="right",
                    absent="medial compartment osteoarthritis",
                ),
                NP(
                    "{sev} patellofemoral degenerative change",
                    "{sev} patellofemoral osteoarthritis",
                    sev="mild",
                    absent="patellofemoral osteoarthritis",
                    key=False,
                ),
                NP("{sev} suprapatellar effusion", "{sev} knee joint effusion", sev="small", absent="effusion"),
                NP("chondrocalcinosis", "meniscal chondrocalcinosis", absent="chondrocalcinosis"),
                N("fracture"),
            ],
            "fabs": [("loose body", "intra-articular loose body"), ("osteochondroma", "distal femoral osteochondroma")],
        },
        {  # chest nodule with prior
            "practice": "pulmonary clinic",
            "prior": True,
            "unit": "mm",
            "ind": "Follow-up of left upper lobe nodule.",
            "comp": "Chest radiograph 6 months ago.",
            "find": (
                "The left upper lobe nodule measures 18 mm, previously 12 mm. No new nodules. Mild biapical "
                "pleural thickening, unchanged. No effusion. Heart and mediastinum normal."
            ),
            "imp": [
                P(
                    "Enlarging {side} upper lobe nodule, {size} (previously {prior})",
                    "{Side} upper lobe nodule has increased to {size} from {prior}",
                    side="left",
                    size=(18,),
                    prior=(12,),
                    absent="lung nodule",
                ),
                O("CT chest recommended for further evaluation", "Recommend CT of the chest"),
                P(
                    "Unchanged {sev} biapical pleural thickening",
                    "{Sev} apical pleural thickening on both sides, stable",
                    sev="mild",
                    absent="pleural thickening",
                    key=False,
                ),
                N("pleural effusion"),
            ],
            "fabs": [("hilar", "left hilar enlargement"), ("fracture", "right rib fracture")],
        },
        {  # shoulder dislocation, non-native
            "practice": "ED, non-native writer",
            "ind": "Shoulder pain after fall from bicycle, deformity.",
            "comp": "None.",
            "find": (
                "Anterior dislocation of right glenohumeral joint is present, humeral head is subcoracoid. "
                "Impaction of posterolateral humeral head, Hill-Sachs lesion, approximately 9 mm depth. Glenoid "
                "rim is intact. No fracture of clavicle. Acromioclavicular joint normal."
            ),
            "imp": [
                NP(
                    "anterior dislocation of the {side} shoulder, subcoracoid",
                    "subcoracoid anterior {side} glenohumeral dislocation",
                    side="right",
                    absent="shoulder dislocation",
                ),
                NP(
                    "Hill-Sachs impaction of the humeral head, {size} deep",
                    "Hill-Sachs lesion ({size} depth)",
                    size=(9,),
                    absent="Hill-Sachs lesion",
                ),
                N("glenoid rim fracture", "Bony Bankart fracture of the glenoid rim"),
                N("clavicle fracture"),
            ],
            "fabs": [("greater tuberosity", "greater tuberosity fracture"), ("scapula", "scapular body fracture")],
        },
        {  # pediatric foreign body
            "practice": "pediatric ED",
            "ind": "2-year-old, possible coin ingestion, drooling.",
            "comp": "None.",
            "find": (
                "Round radiopaque foreign body measuring 2.1 cm at the level of the thoracic inlet, in the "
                "proximal esophagus, seen en face on frontal view. No double-ring sign. Lungs: mild peribronchial "
                "thickening. No pneumomediastinum."
            ),
            "imp": [
                NP(
                    "{size} coin-like foreign body in the proximal esophagus",
                    "radiopaque foreign body ({size}) lodged in the proximal esophagus at the thoracic inlet",
                    size=(21,),
                    absent="esophageal foreign body",
                ),
                N("double-ring sign to suggest a button battery", "Double-ring sign, suggesting a button battery"),
                NP(
                    "{sev} peribronchial thickening",
                    "{sev} peribronchial cuffing",
                    sev="mild",
                    absent="peribronchial thickening",
                    key=False,
                ),
                N("pneumomediastinum"),
            ],
            "fabs": [
                ("bronchus", "aspirated foreign body in the right main bronchus"),
                ("pneumonia", "left pneumonia"),
            ],
        },
        {  # foot fracture, podiatry
            "practice": "podiatry clinic",
            "ind": "Lateral foot pain after inversion.",
            "comp": "None.",
            "find": (
                "Left foot: Transverse fracture at the metaphyseal-diaphyseal junction of the fifth metatarsal "
                "base (Jones fracture), 2 mm diastasis. Mild hallux valgus. Plantar calcaneal enthesophyte. "
                "Moderate soft tissue swelling laterally."
            ),
            "imp": [
                NP(
                    "Jones fracture of the {side} fifth metatarsal, {size} diastasis",
                    "{side} fifth metatarsal proximal metadiaphyseal fracture (Jones) with {size} of diastasis",
                    side="left",
                    size=(2,),
                    absent="metatarsal fracture",
                ),
                NP(
                    "{sev} lateral soft tissue swelling",
                    "{sev} swelling of the lateral foot",
                    sev="moderate",
                    absent="soft tissue swelling",
                ),
                NP(
                    "{sev} hallux valgus",
                    "{sev} bunion deformity (hallux valgus)",
                    sev="mild",
                    absent="hallux valgus",
                    key=False,
                ),
                NP("plantar calcaneal spur", "plantar calcaneal enthesophyte", absent="calcaneal spur", key=False),
            ],
            "fabs": [("lisfranc", "Lisfranc injury"), ("gout", "gouty erosions")],
        },
        {  # lumbar spine, academic
            "practice": "academic MSK",
            "ind": "Back pain after minor fall, osteoporosis.",
            "comp": "None.",
            "find": (
                "Compression deformity of the L1 vertebral body with approximately 25% anterior height loss, mild. "
                "Posterior vertebral body line preserved. Moderate multilevel lumbar spondylosis. Aortic "
                "calcification. Alignment normal."
            ),
            "imp": [
                NP(
                    "{sev} L1 compression fracture (about 25% anterior height loss)",
                    "L1 vertebral compression deformity, {sev}, approximately 25% height loss",
                    sev="mild",
                    absent="compression fracture",
                ),
                N("retropulsion"),
                NP(
                    "{sev} multilevel lumbar spondylosis",
                    "{sev} degenerative change throughout the lumbar spine",
                    sev="moderate",
                    absent="lumbar spondylosis",
                    key=False,
                ),
                NP("aortic calcification", "calcified aorta", absent="aortic calcification", key=False),
            ],
            "fabs": [("spondylolysis", "L5 spondylolysis"), ("scoliosis", "levoconvex scoliosis")],
        },
    ],
)
