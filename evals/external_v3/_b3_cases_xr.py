"""Radiography cases: chest (ED prelims, ICU, pediatric), extremities, abdomen. Synthetic; set v3."""

from _b3_spec import NEG, C, N, P

CASES = [
    C("xr", "prose", "chest", "Cough and fever x3 days.", "None.", """
        PA and lateral chest. Focal airspace opacity in the right lower lobe. No pleural effusion or
        pneumothorax. Heart size is normal. Mediastinal contours unremarkable.""",
      P("{S} lower lobe pneumonia.", "{a}LL airspace opacity, consistent with pneumonia.",
        "Focal {a}LL consolidation compatible with pneumonia.", side="right", flip="No focal consolidation."),
      N("pleural effusion or pneumothorax", "No effusion or PTX.", "The pleural spaces are clear."),
      NEG("Normal heart size.", "Heart size normal.", "Cardiac silhouette is not enlarged.", flip="Cardiomegaly."),
      ),
    C("xr", "caps", "chest", "SOB, HX CHF", "None.", """
        PORTABLE AP CHEST. CARDIOMEGALY. PULMONARY VASCULAR CONGESTION WITH INTERSTITIAL EDEMA. MODERATE
        BILATERAL PLEURAL EFFUSIONS. NO PNEUMOTHORAX.""",
      P("Cardiomegaly with interstitial pulmonary edema.", "Enlarged heart and interstitial edema, c/w CHF.",
        "CHF pattern: cardiomegaly, vascular congestion and interstitial edema.",
        flip="No pulmonary edema."),
      P("{G} bilateral pleural effusions.", "Bilateral pleural effusions, {g}.", g="moderate", scale="size"),
      N("pneumothorax"),
      ),
    C("xr", "list", "chest", "Line placement", "None.", """
        AP portable chest. A right internal jugular central venous catheter terminates at the cavoatrial
        junction. Endotracheal tube tip 4.5 cm above the carina. Enteric tube courses below the diaphragm,
        tip in the stomach. Mild left basilar atelectasis. No pneumothorax.""",
      P("{S} IJ central line with tip at the cavoatrial junction.",
        "{S} internal jugular CVC terminating at the cavoatrial junction.", side="right"),
      P("ETT tip {m0} above the carina.", "Endotracheal tube in satisfactory position, {m0} above the carina.",
        mm=(45,), unit="cm"),
      P("Enteric tube in the stomach.", "NG/OG tube tip in the stomach."),
      N("pneumothorax", "No PTX after line placement."),
      P("{G} {s} basilar atelectasis.", "{G} atelectasis at the {s} base.", side="left", g="mild"),
      ),
    C("xr", "prose", "chest", "5 mo infant, wheezing, fever", "None.", """
        Single AP view of the chest. Peribronchial cuffing and mild hyperinflation. No focal consolidation.
        No pleural effusion. Cardiothymic silhouette normal. Osseous structures normal for age.""",
      P("Peribronchial thickening and hyperinflation, consistent with viral bronchiolitis / reactive airway "
        "disease.", "Findings suggest viral small airways disease (peribronchial cuffing, hyperinflation).",
        flip="No peribronchial cuffing or hyperinflation."),
      N("focal consolidation", "No lobar pneumonia."),
      N("pleural effusion"),
      ),
    C("xr", "prose", "limb", "Fall on outstretched hand, wrist pain", "None.", """
        Three views of the left wrist. There is a transverse fracture of the distal radial metaphysis
        approximately 2 cm proximal to the articular surface with 5 mm of dorsal displacement and dorsal
        angulation. Ulnar styloid fracture. No intra-articular extension. Carpal alignment maintained.""",
      P("Extra-articular distal {s} radius fracture with {m0} dorsal displacement and dorsal angulation "
        "(Colles type).", "Colles-type fracture of the {s} distal radius, {m0} dorsal displacement, "
        "no intra-articular extension.", side="left", mm=(5,), unit="mm", flip="No acute fracture."),
      P("Ulnar styloid fracture.", "Associated fracture of the ulnar styloid.", "Fx of the ulnar styloid."),
      NEG("Carpal alignment maintained.", "Normal carpal alignment.", flip="Carpal malalignment."),
      ),
    C("xr", "list", "abdomen", "Abd distension and vomiting, no flatus 2 days", "None.", """
        Supine and upright abdomen. Multiple dilated small bowel loops up to 4 cm with air-fluid levels at
        differing heights. Paucity of colonic gas. No free intraperitoneal air under the diaphragm. No
        pneumatosis.""",
      P("Dilated small bowel loops up to {m0} with air-fluid levels, consistent with small bowel obstruction.",
        "Findings of SBO: dilated small bowel ({m0}) with differential air-fluid levels and little colonic gas.",
        mm=(40,), unit="cm", flip="Nonobstructive bowel gas pattern."),
      N("free air", "No pneumoperitoneum."),
      N("pneumatosis"),
      ),
    C("xr", "prose", "chest", "post op day 1 s/p CABG", "Portable chest radiograph yesterday.", """
        Sternotomy wires and mediastinal drains. Left basilar opacity has increased, likely atelectasis, with
        a small left effusion. Right lung clear. The left chest tube has been removed; no pneumothorax. Swan
        Ganz catheter tip in the right pulmonary artery, unchanged.""",
      P("Increased {s} basilar opacity, likely atelectasis, with a {g} {s} effusion.",
        "Worsening {s} base atelectasis and {g} {s} pleural effusion.", side="left", g="small"),
      N("pneumothorax", "No pneumothorax after chest tube removal.", flip=("Pneumothorax after chest tube "
                                                                          "removal.", "Small pneumothorax.")),
      P("Swan-Ganz catheter tip in the {s} pulmonary artery, unchanged.",
        "PA catheter unchanged in position, tip in the {s} PA.", side="right"),
      prior=True,
      ),
    C("xr", "prose", "limb", "Knee pain, 72yo, difficulty walking", "None.", """
        Standing AP, lateral and sunrise views of the right knee. Severe medial compartment joint space
        narrowing with bone-on-bone contact, subchondral sclerosis and osteophytes. Mild patellofemoral
        degenerative change. No fracture. Small suprapatellar effusion.""",
      P("{G} medial compartment osteoarthritis of the {s} knee.",
        "{S} knee: {g} medial tibiofemoral OA, bone-on-bone.", side="right", g="severe"),
      P("{G} patellofemoral osteoarthritis.", "{G} degenerative change in the patellofemoral compartment.",
        g="mild"),
      P("{G} joint effusion.", "{G} suprapatellar effusion.", g="small"),
      N("fracture"),
      ),
    C("xr", "prose", "chest", "Pneumothorax follow up", "Chest radiograph 6 hours earlier.", """
        Right apical pneumothorax measures 2.8 cm from apex to cupola, previously 1.5 cm. No mediastinal shift.
        Right chest tube has not been placed. Left lung clear.""",
      P("Increase in the {s} apical pneumothorax, now {m0} (previously {p0}).",
        "{S} PTX has increased: {m0} apex to cupola, was {p0}.", side="right", mm=(28,), prior=(15,),
        unit="cm", prior_unit="cm"),
      N("mediastinal shift", "No tension physiology (no mediastinal shift)."),
      prior=True,
      ),
    C("xr", "list", "limb", "7yo fell from monkey bars, elbow swelling", "None.", """
        Left elbow 2 views: elevated anterior and posterior fat pads. Supracondylar humerus fracture with the
        anterior humeral line passing anterior to the capitellum (Gartland type II). No other fracture.
        Radiocapitellar alignment normal.""",
      P("Gartland II supracondylar fracture of the {s} humerus.",
        "{S} supracondylar humeral fracture, Gartland type 2.", "Type II supracondylar fx, {s} elbow.",
        side="left", flip="No fracture."),
      P("Joint effusion (elevated fat pads).", "Elevated anterior and posterior fat pads indicating effusion."),
      NEG("Normal radiocapitellar alignment.", "Radiocapitellar line intact.", flip="Radial head dislocation."),
      ),
    C("xr", "prose", "chest", "pre-op, 66 M, smoker", "None.", """
        PA and lateral. 2.3 cm spiculated nodule in the left upper lobe. Hyperexpanded lungs with flattened
        diaphragms. No consolidation or effusion. Heart normal in size. Degenerative changes thoracic spine.""",
      P("{m0} spiculated {s} upper lobe nodule, suspicious for malignancy; CT chest recommended.",
        "Suspicious {m0} {a}UL spiculated nodule. Recommend CT.", side="left", mm=(23,), unit="cm",
        flip="No suspicious pulmonary nodule."),
      P("Hyperinflation compatible with COPD.", "Hyperexpanded lungs, compatible with COPD."),
      N("consolidation or effusion", "No focal consolidation. No pleural effusion."),
      ),
    C("xr", "prose", "abdomen", "Newborn, bilious vomiting", "None.", """
        Frontal and cross-table lateral abdomen. Dilated stomach and proximal duodenum ("double bubble") with no
        distal bowel gas. No pneumatosis. No free air.""",
      P("Double bubble sign without distal gas, concerning for duodenal atresia.",
        "Dilated stomach and duodenal bulb with absent distal bowel gas (double bubble), suspicious for duodenal "
        "atresia.", flip="Normal bowel gas pattern."),
      N("pneumatosis or free air", "No pneumatosis. No pneumoperitoneum."),
      ),
    C("xr", "list", "limb", "L hip pain after fall, 88F, shortened ext. rotated leg", "None.", """
        AP pelvis and left hip. Displaced subcapital femoral neck fracture on the left with varus angulation.
        No pelvic ring fracture. Moderate degenerative change of the right hip. Vascular calcifications.""",
      P("Displaced {s} subcapital femoral neck fracture.", "{S} femoral neck fracture (subcapital), displaced.",
        "Displaced subcapital fx of the {s} femoral neck.", side="left", flip="No hip fracture."),
      N("pelvic ring fracture"),
      P("{G} {s} hip osteoarthritis.", "{G} degenerative change of the {s} hip.", side="right",
        g="moderate"),
      ),
    C("xr", "prose", "chest", "Trauma, chest wall pain R side", "None.", """
        Displaced fractures of the right 6th and 7th ribs. Small right pneumothorax, apical, 1 cm. No pleural
        effusion. Left hemithorax clear.""",
      P("Displaced {s} 6th and 7th rib fractures.", "{S} ribs 6 and 7 fractured, displaced.", side="right"),
      P("{G} {s} apical pneumothorax ({m0}).", "{S} apical PTX, {g}, {m0}.", side="right", g="small",
        mm=(10,), unit="cm", flip="No pneumothorax."),
      N("pleural effusion"),
      ),
]
