"""Hand-written synthetic radiography cases of the v9 set (chest, ICU, MSK, pediatric, NICU, spine practices)."""
from _v9_model import C, F, I, N, P

CASES = [
    C("xr", "community emergency", False,
      "Cough and fever for 4 days.",
      "None.",
      "PA and lateral chest. Airspace opacity in the right lower lobe. Small right pleural effusion. "
      "No pneumothorax. Cardiomediastinal silhouette within normal limits.",
      [P("{S} lower lobe pneumonia. | {R}LL consolidation compatible with pneumonia. | "
         "Airspace opacity in the {s} lower lobe, consistent with pneumonia. | Pneumonia, {s} lower lobe.",
         neg="No focal consolidation. | Lungs are clear.", side="right"),
       P("{Sev} {s} pleural effusion. | {S} effusion, {sev}. | {Sev} {s}-sided effusion.",
         neg="No pleural effusion.", side="right", sev="small"),
       N("No pneumothorax. | No PTX. | No collapsed lung.", neg="Small apical pneumothorax."),
       N("Heart size normal. | Normal cardiac silhouette. | No cardiomegaly.", neg="Cardiomegaly.")],
      [F("Healed left rib fractures.", "rib"),
       F("Hiatal hernia.", "hiatal/hernia"),
       F("Calcified granuloma in the left upper lobe.", "granuloma")]),

    C("xr", "academic ICU", True,
      "Intubated, hypoxemia worsening.",
      "Portable chest radiograph from yesterday.",
      "ETT tip 4 cm above the carina. Right IJ central venous catheter tip in the distal SVC. Increased bilateral "
      "perihilar airspace opacities. Moderate left pleural effusion, increased. No pneumothorax.",
      [P("Endotracheal tube tip {size} above the carina. | ETT terminates {size} above the carina.", size=(40,)),
       P("{S} internal jugular central venous catheter with tip in the distal SVC. | {R} IJ CVC, tip in distal SVC.",
         side="right"),
       P("Increased bilateral perihilar airspace opacities, likely pulmonary edema. | "
         "Worsening bilateral perihilar opacities, favor edema.", neg="No pulmonary edema."),
       P("{Sev} {s} pleural effusion, increased. | Increased {sev} {s} effusion.", neg="No pleural effusion.",
         side="left", sev="moderate", scale="extent"),
       N("No pneumothorax. | No PTX.", neg="Small apical pneumothorax.")],
      [F("Nasogastric tube coiled in the esophagus.", "nasogastric/enteric"),
       F("Subcutaneous emphysema.", "subcutaneous"),
       F("Pneumomediastinum.", "pneumomediast")], unit="cm"),

    C("xr", "community emergency", False,
      "FOOSH injury, left wrist pain and deformity.",
      "None.",
      "Left wrist, 3 views. Acute intra-articular fracture of the distal radius with 4 mm dorsal displacement of the "
      "distal fragment. Ulnar styloid fracture. Scaphoid intact. Moderate soft tissue swelling.",
      [P("Acute intra-articular fracture of the {s} distal radius with dorsal displacement of {size}. | "
         "{S} distal radius fx, intra-articular, displaced dorsally by {size}. | "
         "Intra-articular {s} distal radial fracture, {size} dorsal displacement.",
         neg="No distal radius fracture.", side="left", size=(4,)),
       P("Ulnar styloid fracture. | Associated fracture of the ulnar styloid. | Ulnar styloid fx.",
         neg="Ulnar styloid intact."),
       N("No scaphoid fracture. | Scaphoid intact.", neg="Scaphoid waist fracture."),
       P("{Sev} soft tissue swelling. | Soft tissue swelling, {sev}.", neg="No soft tissue swelling.",
         sev="moderate", minor=True)],
      [F("Lunate dislocation.", "lunate"),
       F("Radiopaque foreign body in the soft tissues.", "foreign body"),
       F("Scapholunate widening.", "scapholunate")]),

    C("xr", "pediatric", False,
      "18-month-old with wheeze and cough, afebrile.",
      "None.",
      "Hyperinflated lungs with peribronchial thickening. Subsegmental atelectasis in the right upper lobe. "
      "No focal consolidation. No pleural effusion.",
      [P("Peribronchial thickening and hyperinflation, consistent with viral lower respiratory tract infection or "
         "reactive airways disease. | Hyperinflation with peribronchial cuffing - viral/reactive airway pattern.",
         neg="Normal lung volumes without peribronchial thickening."),
       P("Subsegmental atelectasis in the {s} upper lobe. | {R}UL subsegmental atelectasis. | "
         "Minor {s} upper lobe atelectasis.", neg="No atelectasis.", side="right"),
       N("No focal consolidation to suggest bacterial pneumonia. | No lobar pneumonia.",
         neg="Focal consolidation suspicious for bacterial pneumonia."),
       N("No pleural effusion. | No effusions.", neg="Small pleural effusion.")],
      [F("Prominent thymic shadow.", "thym"),
       F("Air trapping suggesting a foreign body in the right main bronchus.", "foreign body"),
       F("Pneumatocele.", "pneumatocele")]),

    C("xr", "community emergency", False,
      "Elderly woman, fall at home, shortened externally rotated right leg.",
      "None.",
      "AP pelvis and right hip. Displaced subcapital fracture of the right femoral neck, Garden IV. Moderate left hip "
      "osteoarthritis. Pelvic ring intact. Diffuse osteopenia.",
      [P("Acute displaced fracture of the {s} femoral neck (Garden IV). | {S} femoral neck fx, displaced, Garden IV. | "
         "Displaced subcapital fracture of the {s} femoral neck.", neg="No hip fracture.", side="right"),
       P("{Sev} osteoarthritis of the {s} hip. | {S} hip OA, {sev}.", neg="No hip osteoarthritis.", side="left",
         sev="moderate", minor=True),
       N("Pelvic ring intact. | No pelvic fracture.", neg="Fracture of the right superior pubic ramus."),
       P("Diffuse osteopenia. | Osteopenic bones.", neg="Normal bone density.", minor=True)],
      [F("Lytic lesion in the left iliac wing.", "lytic/iliac"),
       F("Vascular calcifications.", "vascular"),
       F("Heterotopic ossification.", "heterotopic")]),

    C("xr", "community emergency", False,
      "Abdominal distension and vomiting.",
      "None.",
      "Supine and upright abdomen. Multiple dilated loops of small bowel measuring up to 3.8 cm with air-fluid "
      "levels. Paucity of colonic gas. No free intraperitoneal air. Surgical clips in the right upper quadrant.",
      [P("Multiple dilated loops of small bowel up to {size} with air-fluid levels, consistent with small bowel "
         "obstruction. | SBO: dilated small bowel loops to {size} with air-fluid levels. | "
         "Dilated small bowel (up to {size}) with air-fluid levels; findings consistent with small bowel obstruction.",
         neg="Nonobstructive bowel gas pattern.", size=(38,)),
       N("No free intraperitoneal air. | No pneumoperitoneum.", neg="Free air under the diaphragm."),
       P("Paucity of colonic gas. | Little gas in the colon.", neg="Normal colonic gas.", minor=True),
       P("Surgical clips in the {s} upper quadrant. | {R}UQ surgical clips.", side="right", minor=True)],
      [F("Calcified abdominal aortic wall.", "aort"),
       F("Left renal calculus.", "calcul/stone"),
       F("Sclerotic lesion in L3.", "sclerotic")], unit="cm"),

    C("xr", "orthopedic clinic", True,
      "Chronic left knee pain, worsening.",
      "Left knee radiographs 2 years ago.",
      "Left knee, standing AP, lateral and sunrise. Severe medial compartment joint space narrowing with "
      "subchondral sclerosis and osteophytes, progressed. Small joint effusion. 8 mm ossified loose body in the "
      "posterior joint recess. No acute fracture.",
      [P("{Sev} medial compartment osteoarthritis of the {s} knee, progressed since prior. | "
         "{S} knee OA, medial compartment, {sev}, worse than before. | "
         "Progressive {sev} {s} medial tibiofemoral osteoarthritis.", neg="No osteoarthritis.", side="left",
         sev="severe"),
       P("{Sev} joint effusion. | Joint effusion, {sev}.", neg="No effusion.", sev="small"),
       P("Loose body in the posterior joint recess measuring {size}. | {size} intra-articular loose body, posterior "
         "recess.", neg="No loose bodies.", size=(8,)),
       N("No acute fracture. | No fracture.", neg="Nondisplaced tibial plateau fracture.")],
      [F("Chondrocalcinosis.", "chondrocalcinosis"),
       F("Patella alta.", "alta"),
       F("Osteochondroma of the distal femur.", "osteochondroma")]),

    C("xr", "teleradiology trauma", False,
      "Stab wound left chest, short of breath.",
      "None.",
      "Portable AP chest. Moderate left pneumothorax. Displaced fractures of the left 3rd and 4th ribs. "
      "Subcutaneous emphysema along the left chest wall. No mediastinal shift. Mediastinum not widened.",
      [P("{Sev} {s} pneumothorax. | {S} PTX, {sev}. | {Sev} {s}-sided pneumothorax.", neg="No pneumothorax.",
         side="left", sev="moderate", scale="extent"),
       P("Displaced fractures of the {s} 3rd and 4th ribs. | {S} rib fx 3-4, displaced.", neg="No rib fractures.",
         side="left"),
       N("No mediastinal shift to suggest tension. | No tension physiology; mediastinum midline.",
         neg="Mediastinal shift suggesting tension pneumothorax."),
       N("Mediastinum not widened. | Normal mediastinal width.", neg="Widened mediastinum."),
       P("Subcutaneous emphysema along the {s} chest wall. | {S} chest wall subcutaneous air.",
         neg="No subcutaneous emphysema.", side="left")],
      [F("Clavicle fracture.", "clavic"),
       F("Pulmonary contusion.", "contusion"),
       F("Elevated hemidiaphragm.", "diaphragm")]),

    C("xr", "podiatry", False,
      "Inversion injury, lateral midfoot pain.",
      "None.",
      "Right foot, 3 views. Acute transverse fracture of the proximal diaphysis of the fifth metatarsal at the "
      "metaphyseal-diaphyseal junction (Jones fracture). Mild hallux valgus. Lisfranc joint aligned. Plantar "
      "calcaneal spur.",
      [P("Acute Jones fracture at the base of the {s} fifth metatarsal. | Jones fx, {s} 5th metatarsal. | "
         "{S} fifth metatarsal proximal diaphyseal fracture (Jones).", neg="No metatarsal fracture.", side="right"),
       P("{Sev} hallux valgus. | Hallux valgus, {sev}.", neg="No hallux valgus.", sev="mild", minor=True),
       N("No Lisfranc malalignment. | Lisfranc joint aligned.", neg="Widening of the Lisfranc interval."),
       P("Plantar calcaneal spur. | Plantar heel spur.", neg="No calcaneal spur.", minor=True)],
      [F("Accessory navicular.", "navicular"),
       F("Gouty erosions of the first MTP joint.", "gout/erosion"),
       F("Stress fracture of the second metatarsal.", "second")]),

    C("xr", "pediatric", False,
      "5-year-old fell from monkey bars, left elbow pain and swelling.",
      "None.",
      "Left elbow. Supracondylar fracture of the humerus with posterior angulation and intact posterior cortex, "
      "Gartland type II. Elevated anterior and posterior fat pads. Radiocapitellar line intact. No lateral condyle "
      "fracture.",
      [P("Supracondylar fracture of the {s} humerus, Gartland type II. | {S} supracondylar humerus fx, Gartland II. | "
         "Gartland type II supracondylar fracture, {s} elbow.", neg="No supracondylar fracture.", side="left"),
       P("Elevated anterior and posterior fat pads. | Positive fat pad sign (anterior and posterior). | "
         "Joint effusion with raised fat pads.", neg="Normal fat pads."),
       N("Radiocapitellar alignment is maintained. | Normal radiocapitellar line.", neg="Radial head dislocation."),
       N("No lateral condyle fracture. | Lateral condyle intact.", neg="Lateral condyle fracture.")],
      [F("Medial epicondyle avulsion.", "epicondyle"),
       F("Olecranon fracture.", "olecranon"),
       F("Osteochondritis dissecans of the capitellum.", "osteochondritis")]),

    C("xr", "community spine", True,
      "Neck pain; follow-up of known listhesis.",
      "Cervical spine radiographs 18 months ago.",
      "Neutral, flexion and extension views. Grade 1 anterolisthesis of C4 on C5 measuring 4 mm, previously 2 mm, "
      "without abnormal motion on flexion or extension. Moderate degenerative disc disease at C5-C6 and C6-C7. "
      "Prevertebral soft tissues normal.",
      [P("Grade 1 anterolisthesis of C4 on C5 measuring {size}, previously {prior}. | "
         "C4-5 anterolisthesis, {size} (was {prior}). | {size} anterolisthesis at C4-C5, up from {prior}.",
         neg="No listhesis.", size=(4,), prior=(2,)),
       P("{Sev} degenerative disc disease at C5-C6 and C6-C7. | {Sev} DDD, C5-7.", neg="Disc spaces preserved.",
         sev="moderate"),
       N("No abnormal motion on flexion and extension. | No dynamic instability.",
         neg="Abnormal translation on flexion."),
       N("Prevertebral soft tissues normal. | Normal prevertebral soft tissues.",
         neg="Prevertebral soft tissue swelling.")],
      [F("Congenital C2-C3 block vertebra.", "block/fused/fusion"),
       F("Carotid calcification.", "carotid"),
       F("Cervical rib.", "rib")]),

    C("xr", "academic cardiothoracic", True,
      "Shortness of breath, history of CABG and heart failure.",
      "Chest radiograph 6 months ago.",
      "Heart moderately enlarged, unchanged. Median sternotomy wires and CABG clips. New small right pleural "
      "effusion. Interstitial edema with Kerley B lines.",
      [P("Stable {sev} cardiomegaly. | Cardiomegaly, {sev}, unchanged. | Heart is {sev}ly enlarged, stable.",
         neg="Normal heart size.", sev="moderate"),
       P("Median sternotomy wires and CABG clips. | Post-CABG changes with sternotomy wires.", minor=True),
       P("{Sev} {s} pleural effusion, new. | New {sev} {s} effusion.", neg="No pleural effusion.", side="right",
         sev="small"),
       P("Interstitial edema with Kerley B lines. | Interstitial pulmonary edema (Kerley B lines).",
         neg="No interstitial edema.")],
      [F("Left upper lobe mass.", "mass"),
       F("Prosthetic aortic valve.", "valve"),
       F("Calcified pleural plaques.", "plaque")]),

    C("xr", "community emergency", False,
      "Fall onto outstretched arm, right shoulder deformity.",
      "None.",
      "Right shoulder, 3 views. Anterior glenohumeral dislocation. Hill-Sachs impaction at the posterolateral humeral "
      "head. No glenoid rim fracture. AC joint intact.",
      [P("Anterior dislocation of the {s} glenohumeral joint. | {S} shoulder anterior dislocation. | "
         "Anteriorly dislocated {s} humeral head.", neg="No dislocation.", side="right"),
       P("Hill-Sachs impaction fracture. | Associated Hill-Sachs deformity.", neg="No Hill-Sachs lesion."),
       N("No fracture of the glenoid rim. | No bony Bankart lesion.", neg="Bony Bankart fracture."),
       N("Acromioclavicular joint intact. | AC joint normal.", neg="AC joint separation.")],
      [F("Greater tuberosity fracture.", "tuberosity"),
       F("Calcific tendinitis.", "calcific"),
       F("Os acromiale.", "acromiale")]),

    C("xr", "NICU", False,
      "Preterm neonate, 28 weeks, respiratory distress; line and tube check.",
      "None.",
      "ETT tip 1 cm above the carina. Umbilical venous catheter tip at the junction of the IVC and right atrium. "
      "Moderate diffuse granular opacities with air bronchograms. No pneumothorax. Bowel gas pattern normal, "
      "no pneumatosis.",
      [P("Umbilical venous catheter tip at the junction of the IVC and right atrium. | UVC tip at the IVC-RA "
         "junction."),
       P("{Sev} diffuse granular opacities, compatible with respiratory distress syndrome. | "
         "Diffuse granular lungs ({sev}), consistent with RDS.", neg="Clear lungs.", sev="moderate"),
       N("No pneumothorax. | No air leak.", neg="Small left pneumothorax."),
       P("Endotracheal tube tip {size} above the carina. | ETT {size} above carina.", size=(10,)),
       N("Bowel gas pattern normal. | Nonobstructive bowel gas; no pneumatosis.", neg="Pneumatosis intestinalis.")],
      [F("Pneumomediastinum.", "pneumomediast"),
       F("Right upper lobe collapse.", "collapse"),
       F("Dextrocardia.", "dextrocardia")], unit="cm"),

    C("xr", "community spine", False,
      "Chronic low back pain.",
      "None.",
      "Lumbar spine, 5 views. Grade 1 anterolisthesis of L4 on L5. Severe disc space narrowing at L4-L5 and L5-S1. "
      "Moderate lower lumbar facet arthropathy. Vertebral body heights maintained.",
      [P("Grade 1 anterolisthesis of L4 on L5. | L4-5 grade I spondylolisthesis.", neg="Normal alignment."),
       P("{Sev} disc space narrowing at L4-L5 and L5-S1. | {Sev} loss of disc height at L4-5 and L5-S1.",
         neg="Disc heights preserved.", sev="severe"),
       P("{Sev} facet arthropathy in the lower lumbar spine. | Lower lumbar facet arthrosis, {sev}.",
         neg="No facet arthropathy.", sev="moderate"),
       N("No compression fracture. | Vertebral body heights maintained.", neg="Compression fracture of L1.")],
      [F("Transitional lumbosacral vertebra.", "transitional"),
       F("Aortic calcification.", "aort"),
       F("Spina bifida occulta.", "spina bifida")]),

    C("xr", "academic chest", True,
      "Preoperative chest radiograph.",
      "Chest radiograph 2 years ago.",
      "New 15 mm nodular opacity in the left mid lung zone. Calcified granuloma in the right upper lobe, unchanged. "
      "No pleural effusion or pneumothorax.",
      [P("New {size} nodular opacity in the {s} mid lung zone. | {S} mid-lung nodule, {size}, not present "
         "previously.", neg="No pulmonary nodule.", side="left", size=(15,)),
       I("CT chest recommended for further characterization. | Recommend chest CT."),
       P("Stable calcified granuloma in the {s} upper lobe. | {R}UL calcified granuloma, unchanged.", side="right",
         minor=True),
       N("No pleural effusion or pneumothorax. | No effusion, no PTX.", neg="Small pleural effusion.")],
      [F("Hilar lymphadenopathy.", "hilar/lymph"),
       F("Lytic rib lesion.", "rib"),
       F("Cardiomegaly.", "cardio/heart")]),
]
