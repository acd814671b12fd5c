"""Hand-written radiography cases of the v10 set (chest, MSK, pediatric, portable ICU; short community styles)."""

from _v10_model import N, P, case

XR = [
    case("xr", "community chest", "Cough, fever.", "None.",
         """PA and lateral chest. Consolidation in the right lower lobe. Small right pleural effusion. Left lung
         clear. Heart size normal. No pneumothorax.""",
         [P("{Side} lower lobe pneumonia | {Side} lower lobe consolidation, consistent with pneumonia | Pneumonia in"
            " the {side} lower lobe", "No consolidation | Clear {side} lower lobe", side="right"),
          P("{Sev} {side} pleural effusion | {Side} effusion, {sev} | {Sev} {side}-sided pleural effusion",
            "No pleural effusion | No {side} effusion", side="right", sev="small"),
          N("No pneumothorax | No PTX", "Pneumothorax | Apical pneumothorax"),
          N("Normal heart size | Heart not enlarged", "Cardiomegaly | Enlarged cardiac silhouette")],
         ["Left upper lobe nodule.|nodule",
          "Old healed left rib fractures.|fracture,rib"]),
    case("xr", "ICU portable", "Intubated, line placement.", "Portable chest yesterday.",
         """AP portable chest. Endotracheal tube tip 4 cm above the carina. Right internal jugular central venous
         catheter tip in the lower SVC. Enteric tube below the diaphragm, tip in the stomach. New left lower lobe
         opacity, atelectasis versus aspiration. Moderate left pleural effusion, increased. Mild pulmonary edema,
         unchanged. No pneumothorax.""",
         [P("ETT 4 cm above the carina, appropriate | Endotracheal tube in good position, 4 cm above carina",
            "Endotracheal tube is not visualized | No endotracheal tube"),
          P("{Side} IJ catheter tip in the lower SVC | {Side} internal jugular line terminating in the lower SVC",
            "No central venous catheter", side="right"),
          P("New {side} lower lobe opacity, atelectasis or aspiration | {Side} basilar opacity, new: atelectasis vs"
            " aspiration", "Clear {side} lung base", side="left"),
          P("Increased {sev} {side} pleural effusion | {Side} effusion, now {sev}, increased", "No pleural effusion",
            side="left", sev="moderate*"),
          P("Stable {sev} pulmonary edema | Unchanged {sev} interstitial edema", "No pulmonary edema | Edema"
            " resolved", sev="mild"),
          N("No pneumothorax | No PTX after line placement", "Pneumothorax | Right pneumothorax after line"
            " placement")],
         ["Pneumomediastinum.|pneumomediastinum",
          "Displaced right clavicle fracture.|clavicle"], numbered=True),
    case("xr", "urgent care MSK", "Fell on ice, wrist deformity.", "None.",
         """Left wrist, 3 views. Acute extra-articular fracture of the distal radius with 8 mm dorsal displacement and
         dorsal angulation. Ulnar styloid fracture. Soft tissue swelling. Carpal bones aligned.""",
         [P("Displaced extra-articular distal radius fracture, {side} wrist, {size} dorsal displacement | {Side} distal"
            " radius fracture, extra-articular, dorsally displaced {size} and angulated (Colles type) | Colles-type"
            " fracture of the {side} distal radius, {size} dorsal displacement", "No distal radius fracture | Intact"
            " {side} radius", side="left", size=(8,), unit="mm"),
          P("Ulnar styloid fracture | Associated fracture of the ulnar styloid", "Intact ulnar styloid"),
          N("Carpal alignment normal | No carpal dislocation", "Perilunate dislocation | Carpal malalignment")],
         ["Scaphoid fracture.|scaphoid",
          "Radiocarpal osteoarthritis.|osteoarthritis,arthr"]),
    case("xr", "pediatric", "2-year-old, cough, wheeze.", "No prior.",
         """Chest AP/lateral. Bilateral perihilar peribronchial thickening. Hyperinflation. No focal consolidation.
         No effusion. Cardiothymic silhouette normal.""",
         [P("Peribronchial thickening and hyperinflation, viral or reactive airway disease | Findings of viral lower"
            " respiratory infection / reactive airways: peribronchial cuffing, hyperinflation", "Normal lungs | No"
            " peribronchial thickening"),
          N("No focal pneumonia | No focal consolidation", "Focal consolidation | Lobar pneumonia"),
          N("No pleural effusion | No effusion", "Pleural effusion"),
          N("Normal cardiothymic silhouette | Cardiothymic silhouette normal", "Cardiomegaly | Enlarged"
            " cardiothymic silhouette")],
         ["Right upper lobe atelectasis.|atelectasis",
          "Aspirated foreign body in the right main bronchus.|foreign"]),
    case("xr", "orthopedic follow-up", "ORIF ankle 6 weeks ago.", "Ankle radiographs 6 weeks ago.",
         """Right ankle 3 views. Plate and screw fixation of a distal fibular fracture, hardware intact. Healing
         fracture with bridging callus. Medial clear space 3 mm, mortise congruent. Mild soft tissue swelling
         laterally.""",
         [P("Healing {side} distal fibular fracture after plate-and-screw fixation, hardware intact | ORIF of the"
            " {side} distal fibula, healing with callus; intact hardware", "No fracture | No hardware",
            side="right"),
          N("Congruent mortise | Ankle mortise congruent, medial clear space normal", "Widened medial clear space |"
            " Mortise incongruity"),
          N("No hardware complication | No hardware loosening or fracture", "Hardware fracture | Loosening around"
            " screws"),
          P("{Sev} lateral soft tissue swelling | Lateral swelling, {sev}", "No soft tissue swelling", sev="mild",
            minor=True)],
         ["Talar dome osteochondral lesion.|talar,talus",
          "Fifth metatarsal base fracture.|metatarsal"]),
    case("xr", "emergency chest", "Sudden chest pain, tall young male.", "None.",
         """Chest PA. Large left pneumothorax with partial left lung collapse, no mediastinal shift. Right lung clear.
         No effusion. Heart size normal.""",
         [P("{Sev} {side} pneumothorax | {Side} pneumothorax, {sev} | {Sev} {side} PTX with partial lung collapse",
            "No pneumothorax", side="left", sev="large"),
          N("No mediastinal shift | No tension; mediastinum midline", "Mediastinal shift suggesting tension |"
            " Tension pneumothorax"),
          N("Clear {side} lung | {Side} lung clear", "{Side} lung opacity | Consolidation of the {side} lung",
            side="right"),
          N("No effusion | No pleural effusion", "Pleural effusion")],
         ["Subcutaneous emphysema.|subcutaneous",
          "Right apical bulla.|bulla"]),
    case("xr", "community MSK knee", "Chronic knee pain.", "Knee radiographs 3 years ago.",
         """Bilateral standing knees. Right knee: severe medial compartment joint space narrowing with osteophytes and
         subchondral sclerosis, progressed. Left knee: mild medial compartment narrowing. Small right suprapatellar
         effusion. No fracture.""",
         [P("{Sev} {side} medial compartment osteoarthritis, progressed | Progressive {sev} osteoarthritis of the"
            " {side} knee, medial compartment", "No {side} knee osteoarthritis", side="right", sev="severe"),
          P("{Sev} {side} medial compartment osteoarthritis | {Side} knee: {sev} medial narrowing",
            "Normal {side} knee", side="left", sev="mild"),
          P("{Sev} {side} knee effusion | {Sev} suprapatellar effusion, {side} knee", "No effusion", side="right",
            sev="small"),
          N("No fracture | No acute osseous abnormality", "Fracture | Tibial plateau fracture")],
         ["Chondrocalcinosis.|chondrocalcinosis",
          "Loose body in the left knee.|loose"]),
    case("xr", "abdominal", "Abdominal pain, constipation.", "N/A.",
         """Abdomen supine and upright. Multiple dilated small bowel loops up to 4.2 cm with air-fluid levels.
         Paucity of colonic gas. No free air under the diaphragm. Moderate stool burden in the rectum.""",
         [P("Dilated small bowel to {size} with air-fluid levels, suspicious for obstruction | Small bowel"
            " obstruction pattern, loops up to {size} | Small bowel dilatation ({size}) with air-fluid levels,"
            " concerning for SBO", "Normal bowel gas pattern | No bowel dilatation", size=(42,)),
          N("No free air | No pneumoperitoneum", "Free air under the diaphragm | Pneumoperitoneum"),
          P("{Sev} rectal stool burden | Rectal stool, {sev} amount", "No stool burden", sev="moderate*",
            minor=True)],
         ["Calcified gallstones.|gallstone,calcif",
          "Lumbar scoliosis.|scoliosis"]),
    case("xr", "pediatric MSK", "9-year-old, elbow pain after fall.", "None.",
         """Right elbow, 2 views. Elevated anterior and posterior fat pads. Subtle lucency of the lateral condyle,
         minimally displaced lateral condylar fracture, 2 mm. Radiocapitellar line intact.""",
         [P("Minimally displaced {side} lateral condylar fracture, {size} | {Side} elbow lateral condyle fracture,"
            " {size} displacement | {Side} lateral humeral condyle fx, minimally displaced ({size})", "No fracture |"
            " Intact {side} elbow", side="right", size=(2,), unit="mm"),
          P("Joint effusion with elevated fat pads | Elevated anterior and posterior fat pads (effusion)",
            "No elbow effusion | Normal fat pads"),
          N("Radiocapitellar line intact | No radial head dislocation", "Radial head dislocation | Disrupted"
            " radiocapitellar line")],
         ["Supracondylar fracture.|supracondylar",
          "Olecranon fracture.|olecranon"]),
    case("xr", "teleradiology chest", "CHF exacerbation.", "Chest radiograph 2 weeks ago.",
         """AP chest. Cardiomegaly, stable. Moderate interstitial edema with Kerley B lines, increased. Small bilateral
         pleural effusions, new. Cephalization. Left subclavian pacemaker with leads in the right atrium and
         right ventricle.""",
         [P("Stable cardiomegaly | Cardiomegaly, unchanged", "Normal heart size"),
          P("{Sev} interstitial pulmonary edema, increased | Worsened {sev} interstitial edema", "No pulmonary edema",
            sev="moderate"),
          P("New {sev} bilateral pleural effusions | Bilateral pleural effusions, {sev}, new", "No pleural"
            " effusions", sev="small"),
          P("Left subclavian pacemaker with leads in the right atrium and right ventricle | Pacemaker, left"
            " subclavian approach, leads in the right atrium and ventricle", "No pacemaker", minor=True)],
         ["Right upper lobe mass.|mass",
          "Pneumothorax on the left.|pneumothorax"], numbered=True),
    case("xr", "shoulder", "Shoulder pain after seizure.", "None.",
         """Left shoulder, 3 views. Posterior glenohumeral dislocation with a reverse Hill-Sachs impaction fracture of
         the anteromedial humeral head. No glenoid fracture. AC joint normal.""",
         [P("Posterior {side} glenohumeral dislocation | {Side} shoulder posterior dislocation | Posteriorly"
            " dislocated {side} humeral head", "No dislocation | Normal alignment of the {side} shoulder",
            side="left"),
          P("Reverse Hill-Sachs impaction fracture | Reverse Hill-Sachs lesion of the anteromedial humeral head",
            "No humeral head fracture"),
          N("No glenoid fracture | Glenoid intact", "Glenoid rim fracture | Bony Bankart fracture"),
          N("Normal AC joint | AC joint intact", "AC joint separation")],
         ["Calcific tendinitis.|calcific",
          "Os acromiale.|acromiale"]),
    case("xr", "screening chest", "Pre-employment.", "No prior studies.",
         """PA chest. 1.2 cm calcified granuloma in the left upper lobe. Lungs otherwise clear. No effusion or
         pneumothorax. Normal heart and mediastinum. Mild thoracic spondylosis.""",
         [P("{size} calcified granuloma, {side} upper lobe, benign | Benign calcified {side} upper lobe granuloma"
            " ({size}) | Calcified {size} granuloma in the {side} upper lobe", "No pulmonary nodule", side="left",
            size=(12,)),
          N("No active lung disease | No acute cardiopulmonary disease", "Active tuberculosis | Acute lung"
            " consolidation"),
          N("No effusion or pneumothorax | No pleural effusion or PTX", "Pleural effusion | Pneumothorax"),
          P("{Sev} thoracic spondylosis | {Sev} degenerative change of the thoracic spine", "Normal thoracic spine",
            sev="mild", minor=True)],
         ["Cervical rib on the right.|cervical",
          "Widened mediastinum.|widen"]),
    case("xr", "hip trauma", "Elderly, fall, cannot bear weight.", "None.",
         """Pelvis and right hip. Displaced subcapital fracture of the right femoral neck, Garden IV. Moderate
         degenerative change of both hips. No pelvic ring fracture. Vascular calcification.""",
         [P("Displaced {side} subcapital femoral neck fracture, Garden IV | {Side} femoral neck fracture, subcapital,"
            " displaced (Garden IV) | Garden IV {side} subcapital hip fracture", "No hip fracture | Intact {side}"
            " femoral neck", side="right"),
          P("{Sev} bilateral hip osteoarthritis | {Sev} degenerative change of both hips", "No hip osteoarthritis",
            sev="moderate"),
          N("No pelvic ring fracture | Pelvic ring intact", "Pelvic ring fracture | Pubic rami fractures"),
          P("Vascular calcification | Atherosclerotic vascular calcification", "No vascular calcification",
            minor=True)],
         ["Paget disease of the left iliac bone.|paget",
          "Sclerotic lesion in the left acetabulum.|sclerotic,lesion"]),
    case("xr", "spine", "Back pain after fall.", "Lumbar radiographs 1 year ago.",
         """Lumbar spine, 3 views. New compression fracture of L1 with approximately 40% anterior height loss. Mild
         retropulsion is not evident. Grade 1 anterolisthesis of L4 on L5, unchanged. Moderate multilevel
         degenerative disc disease. Osteopenia.""",
         [P("New L1 compression fracture, about 40% anterior height loss | Acute-appearing L1 compression deformity"
            " with ~40% loss of anterior height, new since prior", "No compression fracture"),
          P("Stable grade 1 L4-5 anterolisthesis | Grade 1 anterolisthesis of L4 on L5, unchanged",
            "Normal alignment"),
          P("{Sev} multilevel degenerative disc disease | {Sev} DDD at multiple levels", "No degenerative disc"
            " disease", sev="moderate"),
          P("Osteopenia | Diffuse osteopenia", "Normal bone mineralization", minor=True)],
         ["Spondylolysis at L5.|spondylolysis,pars",
          "Aortic aneurysm.|aneurysm"]),
    case("xr", "foot", "Stepped on a nail; swelling.", "None.",
         """Right foot 3 views. Radiopaque foreign body, 6 mm, in the plantar soft tissues near the 2nd metatarsal
         head. Soft tissue swelling. No fracture. No bone destruction or periosteal reaction.""",
         [P("{size} radiopaque foreign body in the plantar soft tissues of the {side} foot, near the 2nd metatarsal"
            " head | {Side} foot: {size} metallic-density foreign body, plantar aspect at the 2nd MT head",
            "No radiopaque foreign body", side="right", size=(6,), unit="mm"),
          P("Soft tissue swelling | Swelling of the soft tissues", "No swelling", minor=True),
          N("No osteomyelitis radiographically | No bone destruction or periosteal reaction", "Osteomyelitis |"
            " Periosteal reaction with bone destruction"),
          N("No fracture | No fx", "Fracture | Metatarsal fracture")],
         ["Soft tissue gas.|gas",
          "Hallux valgus.|hallux"]),
]
