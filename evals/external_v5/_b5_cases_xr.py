"""Radiography cases: chest, extremities, pediatric (hand-written, synthetic)."""

from _b5_spec import case

CASES = [
    case("xr", 38, "chest", ind="cough fever x3d", findings="""
        PA/lat. Consolidation [RLL] w/ air bronchograms. No effusion, no PTX. Heart nl size. Mediastinum nl.
        Bones intact.""",
         imp="""
        + [RLL] pneumonia. | [Right] lower lobe pneumonia. | Consolidation in the [right] lower lobe c/w pneumonia.
        | Airspace disease of the [R] lower lobe, consistent with pneumonia.
        - No effusion or PTX. | No pleural effusion; no pneumothorax. | Pleural spaces clear.
        ! No effusion. {Small} pneumothorax.
        * Hilar lymphadenopathy. @ hilar
        * Cavitation within the consolidation. @ cavitation, cavity
        & Otherwise no acute cardiopulmonary process.
        & Otherwise NAD.
        """),
    case("xr", 39, "chest", fmt="numbered", ind="SOB, leg swelling, hx CHF.", findings="""
        Portable AP. The cardiac silhouette is enlarged. {Moderate} interstitial and alveolar pulmonary edema with
        Kerley B lines and vascular cephalization. {Small} bilateral pleural effusions. No pneumothorax.
        Sternotomy wires intact.""",
         imp="""
        + Cardiomegaly with {moderate} pulmonary edema. | Enlarged heart and {moderate} pulmonary edema.
        | {Moderate} CHF: cardiomegaly, interstitial and alveolar edema.
        + {Small} bilateral pleural effusions. | {Small} effusions on both sides.
        | Bilateral pleural fluid, {small}.
        - No pneumothorax. | No collapsed lung. | PTX: none.
        ! {Small} apical pneumothorax.
        * Rib fracture. @ rib
        * Mediastinal widening. @ widening, widened
        """),
    case("xr", 40, "chest", prior=True, ind="F/u [right] PTX, chest tube in place.", comp="CXR 1 day earlier.",
         findings="""
        [Right] chest tube in stable position. [Right] apical pneumothorax smaller, now <1.2 cm> apical pleural
        separation, previously <^3.0 cm>. No mediastinal shift. Subcutaneous emphysema in the [right] chest wall,
        {mild}, similar. [Left] lung clear.""",
         imp="""
        + Decreased [right] apical pneumothorax, <1.2 cm> (was <^3.0 cm>), chest tube in place.
        | Smaller [R] PTX: <12 mm> apical separation, previously <^3.0 cm>. Tube unchanged.
        | The [right] lung is re-expanding: residual apical pneumothorax <1.2 cm> vs <^30 mm>; chest tube stable.
        + {Mild} [right] chest wall subcutaneous emphysema, unchanged.
        | Unchanged {mild} subcutaneous air in the [right] chest wall.
        - No tension physiology. | No mediastinal shift.
        ! Mediastinal shift to the [left], concerning for tension.
        * [Left] pleural effusion. @ effusion
        * [Right] lower lobe atelectasis. @ atelectasis
        """),
    case("xr", 41, "chest pediatric", ind="3 yo fever 39.5, tachypnea.", findings="""
        Round opacity in the [right] upper lobe, <3.5 cm>, c/w round pneumonia. Peribronchial cuffing. No pleural
        fluid. Cardiothymic silhouette normal. No hyperinflation.""",
         imp="""
        + Round pneumonia in the [right] upper lobe (<3.5 cm>).
        | [RUL] round pneumonia, <35 mm>. | A <3.5 cm> round consolidation in the [right] upper lobe, likely
          pneumonia in this child.
        + Peribronchial cuffing. | Peribronchial thickening.
        | Thickened bronchial walls (peribronchial cuffing).
        - No pleural effusion. | Pleural spaces clear. | No fluid around the lungs.
        ! {Small} parapneumonic effusion.
        = Follow-up radiograph after treatment to confirm clearing.
        | Recommend follow-up CXR after treatment to ensure clearing.
        * Foreign body in the [right] main bronchus. @ foreign body
        * Lytic lesion of the [right] humerus. @ humerus
        """),
    case("xr", 42, "msk", ind="FOOSH, [L] wrist deformity.", findings="""
        3 views [left] wrist. Comminuted intra-articular fracture of the distal radius with <4 mm> dorsal
        displacement and 20 degrees dorsal angulation. Ulnar styloid fracture. Radiocarpal joint involved. Carpal
        alignment maintained. {Moderate} soft tissue swelling.""",
         imp="""
        + Comminuted intra-articular distal radius fracture with <4 mm> dorsal displacement and 20 degrees dorsal
          angulation.
        | Intra-articular comminuted fx of the distal radius, dorsally displaced <4 mm>, angulated 20 degrees.
        | The distal radius is broken into several pieces into the joint, displaced <0.4 cm> and tilted 20
          degrees dorsally.
        + Associated ulnar styloid fracture. | Ulnar styloid fx.
        - Carpal alignment maintained. | No carpal malalignment or dislocation.
        ! Perilunate dislocation.
        * Scaphoid waist fracture. @ scaphoid
        * Foreign body in the soft tissues. @ foreign body
        """),
    case("xr", 43, "msk", ind="Twisted R ankle, can't bear weight (Ottawa +).", findings="""
        Nondisplaced oblique fracture of the distal fibula at the level of the syndesmosis (Weber B). Ankle mortise
        congruent, medial clear space <3 mm>. {Moderate} lateral soft tissue swelling. No talar dome lesion.""",
         imp="""
        + Nondisplaced Weber B distal fibular fracture. | Weber B fracture of the distal fibula, not displaced.
        | Oblique nondisplaced fx of the lateral malleolus at the syndesmosis (Weber B).
        - Mortise congruent, medial clear space <3 mm>. | Medial clear space <3 mm> with an intact mortise.
        ! Widened medial clear space, mortise incongruent.
        + {Moderate} lateral soft tissue swelling. | Soft tissue swelling laterally, {moderate}.
        * Avulsion fracture at the base of the fifth metatarsal. @ fifth metatarsal, 5th metatarsal
        * Posterior malleolar fracture. @ posterior malleol
        """),
    case("xr", 44, "msk pediatric", ind="6 yo fell off monkey bars, [left] elbow pain, won't move arm.", findings="""
        Elevated anterior and posterior fat pads. Anterior humeral line passes anterior to the capitellum.
        Subtle cortical break of the distal humeral metaphysis, c/w supracondylar fracture, Gartland type 2.
        Radiocapitellar alignment normal. Ossification centers normal for age.""",
         imp="""
        + Supracondylar humerus fracture, Gartland type 2, with joint effusion.
        | Gartland II supracondylar fx; positive fat pads.
        | The distal humerus is fractured above the condyles (Gartland type 2) and the elbow has a joint effusion
          (elevated fat pads).
        - Radiocapitellar alignment normal. | No radial head dislocation.
        ! Radial head dislocation.
        * Medial epicondyle avulsion. @ epicondyle
        * Olecranon fracture. @ olecranon
        """),
    case("xr", 45, "msk", ind="Chronic knee pain, 67 yo.", findings="""
        Bilateral standing AP and lateral knees. [Right]: {moderate} medial compartment joint space narrowing with
        marginal osteophytes and subchondral sclerosis. {Small} suprapatellar effusion. [Left]: {mild} medial
        compartment narrowing. No fracture. Patellofemoral joints preserved.""",
         imp="""
        + {Moderate} medial compartment osteoarthritis of the [right] knee with a {small} effusion.
        | [R] knee: medial compartment OA, {moderate}; {small} joint effusion.
        | {Moderately} advanced medial tibiofemoral degenerative change at the [right] knee, {small} effusion.
        + {Mild} medial compartment osteoarthritis of the [left] knee.
        | [L] knee medial OA, {mild}. | {Mild} degenerative narrowing, medial compartment, [left] knee.
        * Chondrocalcinosis. @ chondrocalcinosis
        * Loose body in the [right] knee joint. @ loose body
        """),
    case("xr", 46, "pediatric chest", ind="2 yo swallowed coin, drooling.", findings="""
        Single AP and lateral chest/neck. Round metallic <2.1 cm> foreign body projecting over the upper
        esophagus at the level of the thoracic inlet, en face on AP, consistent with a coin in the esophagus.
        No double-ring sign. No pneumomediastinum. Lungs clear. Bowel gas pattern nonobstructive.""",
         imp="""
        + <2.1 cm> coin lodged in the upper esophagus at the thoracic inlet.
        | Esophageal coin (<21 mm>) at the thoracic inlet. | A coin, <2.1 cm>, is stuck in the proximal esophagus.
        - No double-ring sign to suggest button battery. | No double-halo sign; not a button battery.
        ! Double-ring sign, concerning for a button battery.
        - No pneumomediastinum. | No free mediastinal air.
        ! Small pneumomediastinum.
        = Gastroenterology/ENT notified for removal. | GI/ENT aware for retrieval.
        * Second foreign body in the stomach. @ stomach
        * Aspiration pneumonia in the [right] lower lobe. @ aspiration
        """),
    case("xr", 47, "msk", fmt="caps", ind="Elderly F fall, can't bear weight [left] leg, shortened and ext rotated.",
         findings="""
        [LEFT] HIP: DISPLACED SUBCAPITAL FEMORAL NECK FRACTURE (GARDEN IV) WITH SUPERIOR MIGRATION OF THE SHAFT.
        PELVIC RING INTACT. {MODERATE} [RIGHT] HIP OSTEOARTHRITIS. DIFFUSE OSTEOPENIA.""",
         imp="""
        + Displaced subcapital [left] femoral neck fracture, Garden IV.
        | Garden IV [L] subcapital hip fracture, displaced.
        | [Left] femoral neck fx: subcapital, fully displaced (Garden 4).
        - Pelvic ring intact. | No pelvic ring fracture.
        ! Associated [left] superior pubic ramus fracture.
        + {Moderate} [right] hip osteoarthritis and osteopenia.
        | Osteopenia; {moderate} OA of the [right] hip.
        * Lytic lesion in the femoral neck suggesting pathologic fracture. @ lytic, pathologic
        * Acetabular fracture. @ acetabul
        """),
    case("xr", 48, "chest", fmt="numbered", ind="Post intubation and line placement, ICU.", findings="""
        Endotracheal tube tip <4 cm> above the carina. [Right] internal jugular central venous catheter with tip at
        the cavoatrial junction. Enteric tube tip in the stomach. Patchy [left] basilar opacity, likely
        atelectasis. No pneumothorax. No large effusion.""",
         imp="""
        + ETT tip <4 cm> above the carina. | Endotracheal tube in good position, <4 cm> above carina.
        | The breathing tube ends <40 mm> above the carina.
        + [Right] IJ catheter tip at the cavoatrial junction; enteric tube in the stomach.
        | [RIJ] CVC terminates at the cavoatrial junction. Enteric tube tip in stomach.
        + [Left] basilar opacity, probably atelectasis. | [L] base atelectasis likely.
        | Patchy [left] basilar opacity, likely representing atelectasis.
        - No pneumothorax. | No PTX after line placement.
        ! {Small} [right] apical pneumothorax after line placement.
        * Right mainstem intubation. @ mainstem
        * Pneumoperitoneum. @ pneumoperitoneum
        """),
    case("xr", 49, "chest oncologic", ind="Weight loss, hemoptysis, 70 yo smoker.", findings="""
        <3.5 x 3.0 cm> spiculated mass in the [left] upper lobe. [Left] hilar fullness. No effusion. No pneumothorax.
        Heart size normal. Degenerative changes of the thoracic spine.""",
         imp="""
        + <3.5 x 3.0 cm> spiculated [left] upper lobe mass with [left] hilar fullness, suspicious for
          bronchogenic carcinoma.
        | Suspicious [LUL] spiculated mass (<3.5 x 3.0 cm>) and [L] hilar fullness, c/w lung cancer until proven
          otherwise.
        | [Left] upper lobe spiculated lesion <35 x 30 mm> plus [left] hilar prominence, highly suspicious for
          primary lung malignancy.
        - No pleural effusion. | Pleura clear.
        ! Moderate [left] pleural effusion.
        = Recommend contrast-enhanced chest CT. | CT chest w/ contrast recommended.
        * Rib destruction adjacent to the mass. @ rib
        * [Right] lung nodules, likely metastases. @ metastas
        """),
    case("xr", 50, "msk", ind="Inversion injury, lateral foot pain.", findings="""
        [Right] foot 3 views: transverse fracture at the metadiaphyseal junction of the fifth metatarsal base (Jones
        fracture), nondisplaced. Lisfranc alignment normal. {Mild} soft tissue swelling. Os peroneum noted.""",
         imp="""
        + Nondisplaced Jones fracture of the [right] fifth metatarsal.
        | [R] 5th metatarsal Jones fx, nondisplaced.
        | Transverse fracture at the metadiaphyseal junction of the [right] fifth metatarsal base, not displaced
          (Jones).
        - Lisfranc alignment normal. | No Lisfranc injury.
        ! Lisfranc malalignment.
        * Calcaneal fracture. @ calcane
        * Cuboid fracture. @ cuboid
        """),
]
