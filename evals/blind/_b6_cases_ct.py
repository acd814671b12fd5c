"""Blind set v6, CT cases (hand-written, synthetic). Mark-up: see `_b6_model`."""

from _b6_model import case

CASES = [
    case("ct", "001", "neuro", ind="fall on warfarin, headache", style="numbered", findings="""
        Acute right convexity subdural hematoma measuring 7 mm in maximal thickness with 3 mm of leftward
        midline shift. No intraventricular extension. Basal cisterns are patent. No calvarial fracture.
        Mild chronic small vessel ischemic change. Paranasal sinuses and mastoids are clear.""",
         imp=["Acute {L:right} subdural hematoma, {M:7 mm} thick | Acute {L:right}-sided SDH measuring {M:7 mm}"
              " | ~Fresh blood collection over the {L:right} hemisphere in the subdural space, up to {M:7 mm}",
              "{M:3 mm} of midline shift | Midline shift of {M:3 mm} | ~The midline is displaced by {M:3 mm}"
              " ## No midline shift",
              "-No skull fracture | No calvarial fracture | ~Calvarium intact"
              " ## Nondisplaced calvarial fracture"],
         fab=["Small amount of subarachnoid hemorrhage in the sylvian fissure @subarachnoid",
              "Hyperdense MCA sign suggesting acute thrombus @hyperdense MCA"],
         extra=("No other acute intracranial abnormality.",)),
    case("ct", "002", "neuro vascular", ind="code stroke, aphasia, LKW 1h", style="oneline", findings="""
        CT head: no hemorrhage. Subtle loss of gray-white differentiation in the left insular ribbon, ASPECTS 9.
        CTA: occlusion of the proximal left M1 segment of the middle cerebral artery with moderate
        collateral filling. Cervical carotid arteries patent without significant stenosis. Vertebral arteries
        codominant and patent.""",
         imp=["{L:Left} M1 occlusion | Occlusion of the {L:left} M1 MCA segment | ~Proximal {L:left} middle"
              " cerebral artery is blocked (M1) ## No large vessel occlusion",
              "{S:moderate} collaterals | {S:moderate} collateral filling distally | ~Collateral flow is"
              " {S:moderate}",
              "early ischemic change in the {L:left} insula, ASPECTS 9 | {L:left} insular ribbon sign, ASPECTS 9"
              " | ~Loss of gray-white differentiation at the {L:left} insula (ASPECTS 9)",
              "-no intracranial hemorrhage | no ICH | ~No bleed in the head ## Small intracranial hemorrhage"],
         fab=["Critical stenosis of the cervical internal carotid artery origin @critical stenosis",
              "Dense basilar artery suspicious for thrombosis @basilar"]),
    case("ct", "003", "neuro peds", ind="7 yo, fell from monkey bars, vomiting x2", findings="""
        Nondisplaced linear fracture of the left parietal bone. Overlying scalp hematoma. No epidural or
        subdural collection. Brain parenchyma normal for age. Ventricles normal in size. No pneumocephalus.""",
         imp=["Nondisplaced linear {L:left} parietal bone fracture with overlying scalp hematoma"
              " | Linear nondisplaced fracture of the {L:left} parietal bone, scalp hematoma over it"
              " | ~Hairline crack through the {L:left} parietal skull, with a bump of the scalp above it",
              "-No intracranial hemorrhage | No epidural or subdural blood | ~No bleeding inside the skull"
              " ## Thin epidural hematoma beneath the fracture"],
         fab=["Depressed fragment displaced inward @depressed",
              "Small focus of contusion in the frontal lobe @contusion"],
         extra=("Brain otherwise normal for age.",)),
    case("ct", "004", "chest vascular", ind="SOB, tachycardia, postpartum day 5", style="numbered", findings="""
        Pulmonary arteries: Filling defects in the right lower lobe segmental and subsegmental arteries and in the
        left upper lobe segmental artery. Main pulmonary artery 27 mm. RV/LV ratio 0.8, no septal bowing.
        Lungs: Small wedge-shaped peripheral opacity in the right lower lobe, likely infarct. No effusion.
        Heart normal size. No pericardial effusion.""",
         imp=["Acute pulmonary emboli in the {L:right} lower lobe and {L:left} upper lobe segmental arteries"
              " | Segmental PE in the {L:RLL} and {L:LUL} | ~Blood clots in the lung arteries of the {L:right}"
              " lower and {L:left} upper lobes ## No pulmonary embolism",
              "-No CT evidence of RV strain | No RV strain (RV/LV 0.8) | ~The RV is not dilated relative to the LV,"
              " so no strain ## Findings of RV strain",
              "Probable small {L:right} lower lobe pulmonary infarct | Likely small infarct in the {L:RLL}"
              " | ~Small peripheral wedge in the {L:right} lower lobe, probably lung infarction"],
         fab=["Saddle embolus at the main pulmonary artery bifurcation @saddle",
              "Small pericardial effusion @small pericardial effusion"]),
    case("ct", "005", "chest onc", prior=True, ind="lung adenocarcinoma on osimertinib, restaging",
         comp="CT chest 2026-07-14", findings="""
        Right upper lobe spiculated mass now measures 2.1 x 1.6 cm, previously 3.4 x 2.8 cm. Subcarinal node
        9 mm short axis (prior 14 mm). No new pulmonary nodules. No pleural effusion. Small sclerotic focus in the
        T8 vertebral body, unchanged. Adrenals normal.""",
         imp=["Decrease in size of the {L:right} upper lobe primary, now {M:2.1 x 1.6 cm} (previously"
              " {P:3.4 x 2.8 cm}) | {L:RUL} primary smaller at {M:2.1 x 1.6 cm}, was {P:3.4 x 2.8 cm}"
              " | ~The {L:right} upper lobe tumor has shrunk to {M:2.1 x 1.6 cm} from {P:3.4 x 2.8 cm}",
              "Subcarinal node decreased to {M:9 mm} from {P:14 mm} | Smaller subcarinal lymph node, {M:9 mm}"
              " (prior {P:14 mm}) | ~Node below the carina has regressed ({P:14 mm} then, {M:9 mm} now)",
              "-No new pulmonary nodules or pleural effusion | No new nodule, no effusion | ~Lungs show no new"
              " nodules and the pleural spaces are dry ## New small pleural effusion",
              "Stable sclerotic T8 focus | Unchanged sclerotic lesion at T8 | ~T8 sclerotic focus is the same"],
         fab=["New lytic lesion in the left iliac bone @lytic",
              "Enlarging left adrenal nodule @adrenal nodule"],
         extra=("Findings consistent with treatment response.",)),
    case("ct", "006", "abdomen", ind="RLQ pain, fever, WBC 16", style="oneline", findings="""
        The appendix is dilated to 13 mm with wall thickening, periappendiceal fat stranding and an
        appendicolith at its base. Small amount of free fluid in the pelvis. No extraluminal gas or drainable
        fluid collection. Liver, spleen, pancreas, adrenals and kidneys are unremarkable. Bowel otherwise
        normal caliber.""",
         imp=["Acute appendicitis with an appendicolith, appendix {M:13 mm} | Appendix dilated to {M:13 mm} with"
              " appendicolith, c/w acute appendicitis | ~Inflamed appendix ({M:13 mm}) with a calcified"
              " stone (appendicolith) at its base ## No acute appendicitis",
              "-No perforation or abscess | No free air or drainable collection | ~No evidence of rupture or"
              " abscess formation ## Contained perforation with small abscess",
              "{S:small} pelvic free fluid | {S:small} amount of free fluid in the pelvis | ~Little free fluid"
              " in the pelvis ({S:small})"],
         fab=["Terminal ileal wall thickening suggesting Crohn disease @Crohn",
              "Right ovarian cyst measuring 3 cm @ovarian"],
         extra=("No other acute abnormality.",)),
    case("ct", "007", "abdomen", ind="L flank pain, hematuria", findings="""
        KIDNEYS: 5 mm obstructing calculus at the left ureterovesical junction with mild left
        hydroureteronephrosis and perinephric stranding. Nonobstructing 3 mm calculus in the lower pole of the
        right kidney. LIVER: normal. GALLBLADDER: normal. PANCREAS: normal. SPLEEN: normal. APPENDIX:
        normal. BLADDER: decompressed.""",
         imp=["{M:5 mm} obstructing stone at the {L:left} UVJ with {S:mild} {L:left} hydroureteronephrosis"
              " | {L:Left} UVJ calculus ({M:5 mm}) causing {S:mild} {L:left}-sided hydroureteronephrosis"
              " | ~{S:mild} swelling of the {L:left} kidney and ureter due to a {M:5 mm} stone stuck at the"
              " {L:left} ureterovesical junction",
              "Nonobstructing {M:3 mm} {L:right} lower pole stone | {M:3 mm} nonobstructing calculus, {L:right}"
              " kidney lower pole | ~Small ({M:3 mm}) stone sits in the {L:right} renal lower pole without"
              " blockage ## No renal calculi on the {L:right}"],
         fab=["Appendix is thickened and hyperemic @hyperemic",
              "Bladder wall thickening suggesting cystitis @cystitis"],
         extra=("No other acute abdominal abnormality.",)),
    case("ct", "008", "abdomen onc", prior=True, ind="colon ca s/p resection, liver mets on FOLFOX",
         comp="CT abdomen/pelvis 2026-06-02", style="caps", findings="""
        LIVER: Segment 7 metastasis 4.2 x 3.5 cm (prior 3.1 x 2.6 cm). Segment 4 lesion 18 mm (prior 12 mm).
        New 8 mm hypodensity segment 2 suspicious for metastasis. No biliary dilatation. PERITONEUM: No
        ascites. LYMPH NODES: No adenopathy. ANASTOMOSIS: intact, no recurrence. LUNG BASES: clear.""",
         imp=["Progressive hepatic metastases: segment 7 {M:4.2 x 3.5 cm} (was {P:3.1 x 2.6 cm}), segment 4"
              " {M:18 mm} (was {P:12 mm}) | Liver mets have grown, seg 7 now {M:4.2 x 3.5 cm} from"
              " {P:3.1 x 2.6 cm} and seg 4 {M:18 mm} from {P:12 mm} | ~Enlarging metastases in the liver"
              " (segment 7: {P:3.1 x 2.6 cm} to {M:4.2 x 3.5 cm}; segment 4: {P:12 mm} to {M:18 mm})",
              "New {M:8 mm} segment 2 lesion suspicious for metastasis | {M:8 mm} new hypodensity in segment 2,"
              " suspicious for met | ~An additional {M:8 mm} focus has appeared in liver segment 2, likely a"
              " metastasis",
              "-No ascites or adenopathy | No ascites, no lymphadenopathy | ~Peritoneum and nodes are clear"
              " ## Small volume ascites",
              "-No local recurrence at the anastomosis | Anastomosis without recurrence | ~Surgical join is"
              " intact with no tumor regrowth ## Soft tissue at the anastomosis suspicious for recurrence"],
         fab=["New peritoneal implants in the pelvis @implants", "Portal vein tumor thrombus @portal vein"],
         extra=("Overall progression of disease.",)),
    case("ct", "009", "vascular", ind="tearing back pain, HTN 210/120", style="numbered", findings="""
        Intimal flap beginning just distal to the left subclavian artery origin extending to the aortic
        bifurcation, consistent with Stanford type B dissection. Ascending aorta 38 mm, no flap. Celiac and SMA
        arise from the true lumen. Left renal artery arises from the false lumen; left kidney enhances
        normally. No periaortic hematoma. Maximal descending aortic diameter 42 mm.""",
         imp=["Stanford type B aortic dissection from the {L:left} subclavian origin to the bifurcation"
              " | Type B dissection, {L:left} subclavian artery origin to aortic bifurcation | ~Dissection of the"
              " descending aorta (type B) starting beyond the {L:left} subclavian and running to the aortic"
              " bifurcation ## No aortic dissection",
              "{L:Left} renal artery from the false lumen with normal {L:left} renal enhancement | {L:Left} renal"
              " artery supplied by the false lumen; {L:left} kidney perfuses normally | ~The {L:left} kidney"
              " enhances normally although the {L:left} renal artery comes off the false lumen",
              "Descending aorta {M:42 mm} | Max descending aortic diameter {M:42 mm} | ~Descending thoracic aorta"
              " reaches {M:42 mm} across",
              "-Ascending aorta not involved, no periaortic hematoma | No ascending involvement or periaortic"
              " blood | ~Ascending aorta spared; no hematoma around the aorta ## Periaortic hematoma"],
         fab=["Malperfusion of the left kidney with delayed nephrogram @delayed nephrogram",
              "Pericardial effusion suspicious for rupture @pericardial"]),
    case("ct", "010", "chest", ind="chronic cough, smoker 40 pack-years", findings="""
        Centrilobular and paraseptal emphysema, moderate, upper lobe predominant. Solid 6 mm nodule in the
        left lower lobe (series 3, image 112). Mild bronchial wall thickening. No consolidation, effusion or
        pneumothorax. Coronary artery calcification. Heart size normal.""",
         imp=["{S:Moderate} upper lobe predominant centrilobular and paraseptal emphysema | {S:Moderate}"
              " emphysema, upper lobes most affected | ~Emphysematous change of {S:moderate} degree, mainly in"
              " the upper zones",
              "Solid {M:6 mm} {L:left} lower lobe nodule; per Fleischner, optional CT at 12 months in a high-risk"
              " patient | {M:6 mm} solid nodule {L:LLL}, follow-up CT in 12 months may be considered (Fleischner)"
              " | ~A {M:6 mm} solid nodule sits in the {L:left} lower lobe; a 12-month CT is reasonable given"
              " smoking history",
              "Coronary artery calcification | Coronary calcifications | ~Calcified coronary arteries"
              " ## No coronary artery calcification",
              "-No consolidation, effusion or pneumothorax | No consolidation, pleural effusion or PTX"
              " | ~No pneumonia, fluid or collapsed lung ## Small effusion; no consolidation or pneumothorax"],
         fab=["Mediastinal lymphadenopathy @lymphadenopathy",
              "Bronchiectasis in the right middle lobe @bronchiectasis"]),
    case("ct", "011", "abdomen", ind="epigastric pain radiating to back, lipase 2400", findings="""
        Pancreas is edematous with peripancreatic fat stranding and a small amount of peripancreatic fluid,
        without necrosis (uniform parenchymal enhancement). No walled-off collection. Gallbladder contains
        several small stones without wall thickening. Common bile duct 5 mm. Splenic and portal veins patent.""",
         imp=["Acute interstitial edematous pancreatitis | Interstitial edematous pancreatitis, acute"
              " | ~Inflamed, swollen pancreas (acute pancreatitis, interstitial type) ## Pancreas normal",
              "-No necrosis or organized collection | No pancreatic necrosis or walled-off collection"
              " | ~Parenchyma enhances uniformly; no necrotic or walled-off areas ## Partial pancreatic necrosis",
              "Cholelithiasis without cholecystitis, CBD {M:5 mm} | Gallstones, no cholecystitis; CBD {M:5 mm}"
              " | ~Stones in the gallbladder but no inflammation of it; bile duct {M:5 mm}"],
         fab=["Splenic vein thrombosis @thrombosis", "Choledocholithiasis in the distal CBD @choledocholithiasis"]),
    case("ct", "012", "msk", ind="MVC, R hip pain, unable to bear weight", style="caps", findings="""
        Comminuted fracture of the right acetabulum involving the posterior wall with 4 mm step-off.
        Femoral head is located. Small right hip joint effusion. No femoral neck fracture. Sacroiliac joints
        and pubic symphysis intact. Bladder unremarkable.""",
         imp=["Comminuted {L:right} acetabular posterior wall fracture with {M:4 mm} step-off | {L:R} posterior"
              " wall acetabular fx, comminuted, {M:4 mm} step-off | ~Posterior wall of the {L:right} acetabulum is"
              " broken into several pieces, offset by {M:4 mm}",
              "-Femoral head located; no femoral neck fracture | No dislocation or femoral neck fracture"
              " | ~Hip is in joint and the femoral neck is intact ## Posterior hip dislocation",
              "-Pelvic ring otherwise intact | SI joints and symphysis intact | ~No other pelvic ring injury"
              " ## Diastasis of the pubic symphysis"],
         fab=["Extraperitoneal bladder rupture @rupture", "Sciatic nerve entrapment by fragment @sciatic"]),
    case("ct", "013", "onc abdomen", prior=True, ind="DLBCL after 4 cycles R-CHOP", comp="CT 2026-05-20",
         findings="""Retroperitoneal conglomerate nodal mass decreased to 4.5 x 2.9 cm from 8.1 x 6.0 cm. Left
        external iliac node 11 mm short axis, previously 22 mm. Spleen 12 cm, previously 15 cm. No new
        adenopathy. No ascites. Bones unremarkable.""",
         imp=["Marked decrease of the retroperitoneal nodal mass, now {M:4.5 x 2.9 cm} (prior {P:8.1 x 6.0 cm})"
              " | Retroperitoneal conglomerate down to {M:4.5 x 2.9 cm} from {P:8.1 x 6.0 cm} | ~The nodal mass"
              " behind the peritoneum has regressed a lot: {P:8.1 x 6.0 cm} before, {M:4.5 x 2.9 cm} today",
              "{L:Left} external iliac node smaller, {M:11 mm} short axis (prior {P:22 mm}) | {L:L} ext iliac LN"
              " {M:11 mm}, was {P:22 mm} | ~Node along the {L:left} external iliac vessels shrank from {P:22 mm}"
              " to {M:11 mm}",
              "Spleen decreased to {M:12 cm} from {P:15 cm} | Splenomegaly improved: {M:12 cm} (was {P:15 cm})"
              " | ~The spleen has shrunk to {M:12 cm} ({P:15 cm} before)",
              "-No new adenopathy | No new lymph nodes | ~No additional enlarged nodes ## New mesenteric adenopathy"],
         fab=["New splenic hypodense lesions @splenic hypodense", "Small bowel wall thickening @bowel wall"],
         extra=("Overall partial response.",)),
    case("ct", "014", "neuro onc", prior=True, ind="GBM s/p resection, new confusion", comp="CT head 2026-10-01",
         findings="""Postoperative changes of right frontal craniotomy. Vasogenic edema in the right frontal
        lobe increased, with 6 mm leftward midline shift (previously 2 mm). Ventricles stable in size. No acute
        hemorrhage. No hydrocephalus.""",
         imp=["Increased {L:right} frontal vasogenic edema with midline shift now {M:6 mm} (previously {P:2 mm})"
              " | More {L:right} frontal edema; midline shift {M:6 mm}, was {P:2 mm} | ~Swelling around the"
              " {L:right} frontal surgical bed is worse and pushes the midline {M:6 mm} (was {P:2 mm})",
              "-No hemorrhage or hydrocephalus | No acute bleed; no hydrocephalus | ~No blood and ventricles not"
              " dilated ## Acute hemorrhage in the resection cavity",
              "+MRI with contrast recommended to assess for recurrence | Recommend contrast MRI to evaluate for"
              " tumor recurrence | ~Contrast-enhanced MR would help tell recurrence apart"],
         fab=["Subfalcine herniation with uncal herniation @uncal", "Extra-axial empyema at the craniotomy @empyema"]),
    case("ct", "015", "vascular abdomen", ind="AAA, preop planning", findings="""
        Infrarenal abdominal aortic aneurysm measuring 5.8 cm in maximal diameter with eccentric mural thrombus.
        Neck length 18 mm. Common iliac arteries 14 mm right, 16 mm left. Single renal arteries bilaterally,
        patent. No periaortic stranding or retroperitoneal hematoma.""",
         imp=["Infrarenal AAA, {M:5.8 cm} maximal diameter, with mural thrombus | {M:5.8 cm} infrarenal abdominal"
              " aortic aneurysm w/ eccentric thrombus | ~The aorta below the kidneys is aneurysmal to {M:5.8 cm},"
              " lined by clot",
              "Aneurysm neck {M:18 mm} | Infrarenal neck length {M:18 mm} | ~Landing zone neck measures {M:18 mm}",
              "Common iliacs {M:14 mm} {L:right} and {M:16 mm} {L:left} | CIA {M:14 mm} {L:R}, {M:16 mm} {L:L}"
              " | ~Iliac arteries: {L:right} {M:14 mm}, {L:left} {M:16 mm}",
              "-No evidence of rupture | No retroperitoneal hematoma or periaortic stranding | ~Nothing to suggest"
              " leak ## Retroperitoneal hematoma suspicious for rupture"],
         fab=["Accessory left renal artery arising from the aneurysm @accessory", "Horseshoe kidney @horseshoe"]),
    case("ct", "016", "chest", ind="chest pain after fall, elderly", style="numbered", findings="""
        Acute nondisplaced fractures of the left 5th through 7th ribs laterally. Small left pneumothorax,
        apex-to-cupola distance 12 mm. Small left hemothorax. No flail segment. Right lung clear. No
        sternal fracture. Thoracic spine alignment normal.""",
         imp=["Nondisplaced {L:left} 5th-7th rib fractures | Acute {L:left} ribs 5-7 fractures, nondisplaced"
              " | ~Three broken ribs on the {L:left} (5 to 7) without displacement",
              "{S:Small} {L:left} pneumothorax ({M:12 mm}) | {S:Small} {L:left} PTX, {M:12 mm} apex to cupola"
              " | ~{S:Small} collapsed lung on the {L:left}, {M:12 mm} at the apex ## No pneumothorax",
              "{S:Small} {L:left} hemothorax | {S:Small} {L:left}-sided hemothorax | ~{S:small} amount of blood"
              " in the {L:left} pleural space ## No hemothorax",
              "-No flail segment or sternal fracture | No flail chest, sternum intact | ~Sternum not broken and"
              " no flail segment ## Flail segment"],
         fab=["Pulmonary contusion in the lingula @contusion", "Pneumomediastinum @pneumomediastinum"]),
    case("ct", "017", "chest", ind="progressive dyspnea, dry cough, 67M", style="oneline", findings="""
        LUNGS: Subpleural, basal-predominant reticulation with traction bronchiectasis and honeycombing in both
        lower lobes, consistent with a UIP pattern, moderate in extent. No ground-glass predominance. No
        consolidation. MEDIASTINUM: Mildly enlarged reactive mediastinal nodes up to 12 mm short axis. Main
        pulmonary artery 34 mm. HEART: normal size. PLEURA: no effusion.""",
         imp=["Usual interstitial pneumonia pattern, {S:moderate} in extent, with honeycombing and traction"
              " bronchiectasis | UIP pattern ({S:moderate}): basal subpleural reticulation, honeycombing,"
              " traction bronchiectasis | ~Lung scarring typical of UIP, {S:moderate} extent, with honeycomb"
              " cysts at the bases ## No fibrotic lung disease",
              "Enlarged main pulmonary artery ({M:34 mm}), may reflect pulmonary hypertension | MPA {M:34 mm},"
              " r/o pulmonary HTN | ~Pulmonary trunk is wide ({M:34 mm}), raising the question of pulmonary"
              " hypertension",
              "Reactive mediastinal nodes to {M:12 mm} | Mildly enlarged mediastinal lymph nodes up to {M:12 mm},"
              " likely reactive | ~Mediastinal nodes up to {M:12 mm}, probably reactive to the fibrosis",
              "-No consolidation or effusion | No consolidation, no pleural effusion | ~Lungs without pneumonia;"
              " pleura dry ## Small pleural effusion"],
         fab=["Esophageal dilatation suggesting scleroderma @esophageal", "Pulmonary nodule @nodule"]),
    case("ct", "018", "neuro", ind="chronic sinus congestion, pre-FESS", findings="""
        Moderate mucosal thickening of the right maxillary sinus with obstruction of the right ostiomeatal
        unit. Mild mucosal thickening of the left maxillary sinus; left OMU patent. Frontal and sphenoid sinuses
        clear. Ethmoid air cells with minimal mucosal thickening. Nasal septum deviates to the left with a spur.
        Lamina papyracea intact. Cribriform plate symmetric, Keros type 2.""",
         imp=["{S:Moderate} {L:right} maxillary sinus disease with {L:right} OMU obstruction | {S:Moderate}"
              " {L:R} maxillary mucosal thickening, {L:R} ostiomeatal unit obstructed | ~Blocked {L:right}"
              " ostiomeatal complex with {S:moderate} inflammatory thickening in the {L:right} maxillary sinus",
              "{S:Mild} {L:left} maxillary mucosal thickening | {S:Mild} {L:L} maxillary sinus disease"
              " | ~{L:Left} maxillary sinus: {S:mild} thickening of its lining",
              "Nasal septal deviation to the {L:left} with a spur | Septum deviated {L:left}, with spur"
              " | ~Bent nasal septum toward the {L:left}, spur present",
              "-Lamina papyracea intact; Keros 2 | Intact lamina papyracea, Keros type 2 | ~Orbital wall intact,"
              " olfactory fossa depth Keros 2 ## Dehiscent lamina papyracea"],
         fab=["Fungal ball with hyperdense material @fungal", "Concha bullosa @concha"]),
]
