"""Blind set v6: mammography, nuclear medicine, fluoroscopy and interventional cases (hand-written,
synthetic). Mark-up: see `_b6_model`."""

from _b6_model import case

CASES = [
    case("mg", "001", "breast", ind="screening, 52F", style="numbered", findings="""
        Breast composition: heterogeneously dense (C). Right breast: new group of fine pleomorphic
        calcifications in the upper outer quadrant spanning 8 mm, middle depth. Left breast: no suspicious mass,
        calcification or distortion. Benign-appearing intramammary lymph node left upper outer quadrant.""",
         imp=["{L:Right} upper outer quadrant fine pleomorphic calcifications spanning {M:8 mm} | Fine"
              " pleomorphic calcs, {L:R} UOQ, {M:8 mm} extent | ~A {M:8 mm} cluster of fine pleomorphic"
              " calcifications in the {L:right} breast, upper outer quadrant ## No suspicious calcifications",
              "+BI-RADS 0: diagnostic magnification views recommended | Incomplete, BI-RADS 0, recall for mag views"
              " | ~Call back for magnification views (category 0)",
              "-{L:Left} breast negative | No suspicious findings in the {L:left} breast | ~Nothing of concern on"
              " the {L:left} ## Suspicious {L:left} breast mass",
              "Heterogeneously dense breasts | Density C | ~Breast tissue is heterogeneously dense"],
         fab=["Focal asymmetry in the right breast @asymmetry", "Skin thickening @skin"]),
    case("mg", "002", "breast", prior=True, ind="6-mo f/u BI-RADS 3 mass", comp="Diagnostic MG/US 2026-05-11",
         findings="""Left breast 10 o'clock: circumscribed oval mass 9 mm, previously 9 mm, no new associated
        features. No new suspicious findings in either breast.""",
         imp=["Stable {M:9 mm} circumscribed {L:left} 10 o'clock mass | {L:L} 10:00 oval mass unchanged at"
              " {M:9 mm} | ~The {M:9 mm} smooth mass at 10 o'clock on the {L:left} has not changed",
              "+BI-RADS 3: continue follow-up at 12 months from the first study | BI-RADS 3, next follow-up 12 months"
              " after baseline | ~Still probably benign (3); see again a year after the initial exam",
              "-No new suspicious findings | Nothing new or suspicious | ~No additional suspicious findings in"
              " either breast ## New suspicious calcifications"],
         fab=["Associated axillary adenopathy @axillary", "Nipple retraction @nipple"]),
    case("mg", "003", "breast", ind="new palpable R breast lump, 58F", findings="""
        Right breast, 11 o'clock, 6 cm from the nipple at the site of the palpable marker: irregular
        spiculated high-density mass 2.2 cm with associated architectural distortion. US correlate: irregular
        hypoechoic mass with angular margins and posterior shadowing, 2.1 x 1.8 x 1.7 cm. Right axilla: one
        node with cortical thickening 4 mm. Left breast negative.""",
         imp=["Spiculated {L:right} breast mass at 11 o'clock, {M:2.1 x 1.8 x 1.7 cm} on US, highly suggestive of"
              " malignancy | Highly suspicious irregular spiculated mass {L:R} breast 11:00 ({M:2.1 x 1.8 x 1.7 cm})"
              " | ~At the palpable {L:right} 11 o'clock site there is an irregular spiculated mass with shadowing"
              " ({M:2.1 x 1.8 x 1.7 cm}), very likely cancer",
              "{L:Right} axillary node with {M:4 mm} cortical thickening | Abnormal {L:R} axillary LN, cortex"
              " {M:4 mm} | ~One {L:right} armpit node has a thickened ({M:4 mm}) cortex ## Normal axillary nodes",
              "+BI-RADS 5; US-guided biopsy of the mass and the node recommended | BI-RADS 5, recommend US core"
              " biopsy of mass and node | ~Category 5; biopsy both under ultrasound"],
         fab=["Additional satellite lesion at 12 o'clock @satellite", "Skin involvement @skin"]),
    case("mg", "004", "breast", ind="screening, 45F", findings="""
        Breast composition: scattered areas of fibroglandular density (B). No suspicious masses,
        calcifications or architectural distortion in either breast. Scattered benign vascular calcifications.
        Normal skin and nipples.""",
         imp=["-No mammographic evidence of malignancy | Negative screening mammogram | ~No signs of breast"
              " cancer on either side ## Suspicious mass",
              "Benign vascular calcifications | Vascular calcifications, benign | ~Calcified blood vessels"
              " (benign)",
              "+BI-RADS 1; routine annual screening | BI-RADS 1, annual screening | ~Negative (category 1),"
              " screen again in a year"],
         fab=["Asymmetry in the left lower inner quadrant @asymmetry", "Enlarged axillary node @axillary"]),
    case("mg", "005", "breast onc", prior=True, ind="hx L lumpectomy 2023, annual", comp="MG 2025-11-02",
         findings="""Post-lumpectomy changes in the left upper outer quadrant with stable scar and fat
        necrosis calcifications. Right breast: no suspicious findings. Skin thickening of the left breast,
        mild, unchanged, post-radiation.""",
         imp=["Stable {L:left} post-lumpectomy scar with fat necrosis calcifications | Benign-appearing"
              " post-surgical changes {L:L} UOQ, unchanged | ~Scar and oil-cyst type calcs at the {L:left}"
              " lumpectomy site, unchanged",
              "{S:Mild} post-radiation {L:left} skin thickening, unchanged | Unchanged {S:mild} {L:L} breast skin"
              " thickening from radiation | ~Skin of the treated {L:left} breast is thick ({S:mild}), same as"
              " before",
              "-No evidence of recurrence | No suspicious findings either breast | ~Nothing to suggest tumor"
              " return ## Suspicious mass at the lumpectomy site"],
         fab=["New clustered calcifications in the right breast @clustered", "Axillary recurrence @axillary"],
         extra=("BI-RADS 2: benign.",)),
    case("mg", "006", "breast", ind="diagnostic, nipple discharge L", findings="""
        Left breast: no mass, calcification or distortion. Targeted US: a dilated retroareolar duct 3 mm with an
        intraductal solid nodule 5 mm at 12 o'clock. Right breast not imaged today.""",
         imp=["{M:5 mm} intraductal nodule in a dilated retroareolar duct, {L:left} breast 12 o'clock, likely"
              " papilloma | Intraductal mass {M:5 mm}, {L:L} 12:00, dilated duct, probable papilloma | ~Small"
              " ({M:5 mm}) solid lesion inside a widened duct behind the {L:left} nipple, probably a papilloma",
              "+BI-RADS 4A: US-guided biopsy | Recommend ultrasound-guided biopsy (BI-RADS 4A) | ~Low suspicion"
              " (4A): biopsy under US",
              "-No mammographic abnormality on the {L:left} | Mammogram negative on the {L:left} | ~No mass or"
              " calcification seen on the {L:left} mammogram ## Suspicious calcifications"],
         fab=["Duct ectasia with calcified secretions @secretions", "Paget disease of the nipple @Paget"]),
    case("nm", "001", "onc", prior=True, ind="Hodgkin lymphoma interim PET", comp="PET/CT 2026-07-01",
         style="numbered", findings="""Previously FDG-avid mediastinal mass now 3.1 x 2.0 cm (was 7.2 x 5.5 cm),
        uptake less than liver (SUVmax 2.1, previously 14.8), Deauville 2. Left supraclavicular node resolved. No
        new FDG-avid lesions. Spleen and marrow physiologic.""",
         imp=["Complete metabolic response, Deauville 2 | Deauville 2: complete metabolic response | ~Uptake now"
              " below liver (score 2), i.e. complete metabolic response ## Residual metabolically active disease",
              "Residual mediastinal mass {M:3.1 x 2.0 cm} (was {P:7.2 x 5.5 cm}) | Mediastinal mass decreased to"
              " {M:3.1 x 2.0 cm} from {P:7.2 x 5.5 cm} | ~The mediastinal mass has shrunk, {P:7.2 x 5.5 cm} to"
              " {M:3.1 x 2.0 cm}",
              "Resolved {L:left} supraclavicular node | {L:L} supraclavicular node no longer seen | ~The"
              " {L:left} supraclavicular node has gone ## Persistent {L:left} supraclavicular node",
              "-No new FDG-avid disease | No new hypermetabolic lesions | ~Nothing new lights up"
              " ## New FDG-avid splenic lesion"],
         fab=["Diffuse marrow uptake suspicious for involvement @marrow uptake", "Brown fat uptake @brown fat"]),
    case("nm", "002", "onc msk", prior=True, ind="prostate ca, rising PSA", comp="Bone scan 2025-09-15",
         findings="""New focal uptake in the right 7th posterior rib and in the L3 vertebral body. Known
        sclerotic uptake in the left iliac bone, unchanged. Degenerative uptake in both knees.""",
         imp=["New foci in the {L:right} 7th posterior rib and L3, suspicious for metastases | New uptake {L:R}"
              " posterior rib 7 and L3 vertebra, likely mets | ~Two new hot spots (L3 and the {L:right} 7th rib"
              " posteriorly), probably metastatic ## No new osseous lesions",
              "Stable {L:left} iliac lesion | Unchanged {L:left} iliac bone uptake | ~{L:Left} iliac focus same as"
              " before",
              "Degenerative knee uptake | Arthritic uptake, both knees | ~Knee joint activity from wear and tear"],
         fab=["Superscan pattern @superscan", "Skull vault metastasis @skull"]),
    case("nm", "003", "chest vascular", ind="SOB, CKD, r/o PE", findings="""
        Perfusion: mismatched wedge-shaped perfusion defects in the right lower lobe (two segments) and left upper
        lobe lingula, with normal ventilation in these regions. Chest radiograph clear.""",
         imp=["High probability for pulmonary embolism | PE: high probability V/Q | ~V/Q scan indicates a"
              " lung blood clot with high probability ## Low probability for pulmonary embolism",
              "Mismatched defects in the {L:right} lower lobe and the lingula | Mismatched perfusion defects:"
              " two {L:RLL} segments and lingula | ~Perfusion missing but ventilation normal in the {L:right}"
              " lower lobe and the lingula"],
         fab=["Matched defect with pleural effusion @pleural effusion", "Right-to-left shunt @shunt"]),
    case("nm", "004", "abdomen", ind="intermittent RUQ pain, no stones", findings="""
        HIDA: prompt hepatic uptake. Gallbladder visualized at 25 minutes. Bowel activity at 30 minutes.
        Gallbladder ejection fraction after CCK 18% (normal greater than 38%). Pain reproduced during infusion.""",
         imp=["Low gallbladder ejection fraction (18%), c/w chronic acalculous gallbladder disease / biliary"
              " dyskinesia | GBEF 18%, abnormal: biliary dyskinesia | ~Gallbladder empties poorly after CCK"
              " (18%), suggesting dyskinesia",
              "-No cystic duct obstruction | Gallbladder fills normally | ~Cystic duct open (gallbladder seen at"
              " 25 min) ## Nonvisualization of the gallbladder, cystic duct obstruction",
              "Pain reproduced with CCK | Symptoms reproduced during infusion | ~The infusion brought on the"
              " patient's pain"],
         fab=["Bile leak @leak", "Duodenogastric reflux @reflux"]),
    case("fl", "001", "peds abdomen", ind="3 yo girl, febrile UTI x2", style="oneline", findings="""
        VCUG: Reflux into the left ureter and renal pelvis with mild dilatation of the collecting system and
        blunting of calyces, grade III. No reflux on the right. Normal urethra. Bladder smooth, no
        diverticulum.""",
         imp=["{L:Left} {S:grade 3} vesicoureteral reflux | {S:Grade 3} VUR, {L:left} | ~Urine goes back up to"
              " the {L:left} kidney with calyceal blunting ({S:grade 3} reflux) ## No vesicoureteral reflux",
              "-No {L:right} reflux | No VUR on the {L:right} | ~{L:Right} side without reflux ## {L:Right}"
              " low-grade reflux",
              "-Normal urethra and bladder | Bladder and urethra normal | ~Lower tract unremarkable"
              " ## Bladder diverticulum"],
         fab=["Posterior urethral valves @valves", "Ureterocele @ureterocele"]),
    case("fl", "002", "abdomen", ind="dysphagia to solids, 68M", findings="""
        Barium esophagram: Smooth tapering narrowing of the distal esophagus at the GE junction with delayed
        emptying and esophageal dilatation to 4 cm (bird beak). Tertiary contractions. No mucosal irregularity or
        mass.""",
         imp=["Bird-beak narrowing at the GE junction with esophageal dilatation to {M:4 cm}, c/w achalasia"
              " | Achalasia pattern: smooth distal taper, dilated esophagus {M:4 cm}, delayed emptying"
              " | ~Esophagus widened to {M:4 cm} above a smooth beak-like narrowing at the GE junction, typical"
              " of achalasia ## Normal esophageal caliber",
              "-No mucosal irregularity or mass | Smooth mucosa, no mass | ~No tumor at the junction"
              " ## Irregular mucosa suspicious for malignancy"],
         fab=["Zenker diverticulum @Zenker", "Hiatal hernia @hiatal"]),
    case("ir", "001", "vascular", ind="GI bleed, CTA with extravasation", style="numbered", findings="""
        Superior mesenteric angiogram: active contrast extravasation from a distal branch of the ileocolic
        artery. Superselective microcatheter embolization with two 2 mm coils. Post-embolization angiogram
        shows no further extravasation. Right common femoral access, closure device.""",
         imp=["Active bleeding from a distal ileocolic branch | Contrast extravasation, distal ileocolic artery"
              " branch | ~The bleeding point is a distal branch of the ileocolic artery",
              "Successful coil embolization ({M:2 mm} coils x2) with no residual extravasation | Superselective"
              " embolization with two {M:2 mm} coils; hemostasis achieved | ~Two {M:2 mm} coils stopped the"
              " bleeding ## Persistent extravasation after embolization",
              "{L:Right} CFA access with closure device | Access {L:R} common femoral, closure device used"
              " | ~Entry via the {L:right} common femoral artery, closed with a device"],
         fab=["Bowel ischemia on completion angiogram @ischemia", "Access site pseudoaneurysm @pseudoaneurysm"]),
    case("ir", "002", "vascular", ind="PE with DVT, anticoagulation contraindicated", findings="""
        Right internal jugular venous access. Cavogram: IVC 21 mm diameter, single renal veins, no IVC thrombus.
        Retrievable infrarenal IVC filter deployed with apex at the level of L1, tilt under 10 degrees. No
        complication.""",
         imp=["Retrievable infrarenal IVC filter placed via {L:right} IJ, apex at L1 | Infrarenal retrievable IVC"
              " filter via {L:RIJ} access, apex L1 | ~Filter in the inferior vena cava below the renal veins"
              " through the {L:right} jugular, tip at L1",
              "IVC {M:21 mm}, no thrombus | Cavogram: IVC {M:21 mm}, no clot | ~Vena cava {M:21 mm} across,"
              " clot-free ## IVC thrombus",
              "-No complication | Uncomplicated | ~Procedure without complications ## Significant filter tilt"],
         fab=["Duplicated IVC @duplicated", "Retroaortic left renal vein @retroaortic"]),
]
