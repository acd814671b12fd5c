"""Nuclear medicine and mammography cases of the blind set."""
from _spec import C, I, N

NM = [
    C("nm", "nm-bone-scan", "Prostate cancer, PSA 38, staging.",
      """Whole-body Tc-99m MDP: intense focal uptake in the right posterolateral 6th rib and in the L3 vertebral body.
      SPECT/CT: 14 mm sclerotic focus in the L3 vertebral body corresponding to the uptake. Mildly increased uptake in
      both knees, degenerative pattern. Kidneys and bladder visualized normally.""",
      [I("intense focal uptake in the {side} posterolateral 6th rib, suspicious for metastasis|suspected metastasis "
         "in the {side} posterolateral 6th rib (intense focal uptake)", side="right", flip="no abnormal rib uptake"),
       I("{size} sclerotic L3 lesion with intense uptake, consistent with metastasis|L3 vertebral body metastasis: "
         "{size} sclerotic focus with corresponding uptake", size="14", flip="no vertebral metastasis"),
       I("{gradely} increased uptake in both knees, degenerative|{grade} degenerative uptake in both knees",
         grade="sev:mild"),
       N("normal renal and bladder activity|kidneys and bladder normally visualized",
         flip="nonvisualized left kidney")],
      [("superscan pattern with absent renal activity", "superscan"), ("focal uptake in the left femoral neck",
                                                                       "femoral")]),
    C("nm", "nm-pet-lymphoma", "Newly diagnosed Hodgkin lymphoma, staging PET-CT.",
      """FDG-avid right cervical level IIa lymph node 2.1 x 1.6 cm, SUVmax 9.8. FDG-avid prevascular mediastinal nodes,
      the largest 1.8 cm, SUVmax 7.4. Spleen mildly enlarged at 14 cm with diffuse uptake greater than liver. No
      focal marrow uptake.""",
      [I("FDG-avid {side} level IIa cervical node, {size}, SUVmax 9.8|{size} hypermetabolic {side} cervical level "
         "IIa lymph node (SUVmax 9.8)", side="right", size="21x16", unit="cm", flip="no FDG-avid cervical nodes"),
       I("FDG-avid prevascular mediastinal nodes up to {size}|hypermetabolic prevascular mediastinal "
         "lymphadenopathy, largest {size}", size="18", unit="cm", flip="no FDG-avid mediastinal nodes"),
       I("{grade} splenomegaly ({size}) with diffuse uptake, consistent with splenic involvement|splenic "
         "involvement: {grade} splenomegaly, {size}, with diffuse FDG uptake", grade="sev:mild", size="140",
         unit="cm"),
       N("no marrow involvement|no focal marrow uptake", flip="focal marrow involvement")],
      [("FDG-avid left axillary lymph node", "axillary"), ("hypermetabolic lung nodule", "lung")]),
    C("nm", "nm-vq", "Dyspnea, pregnant 28 weeks, CXR normal.",
      """Perfusion: wedge-shaped segmental defects in the posterior and lateral basal segments of the right lower lobe
      and a moderate segmental defect in the left upper lobe. Ventilation normal in these regions. Chest radiograph
      clear.""",
      [I("mismatched segmental perfusion defects in the {side} lower lobe|{side} lower lobe segmental perfusion "
         "defects with preserved ventilation", side="right", flip="no perfusion defect in the {side} lower lobe"),
       I("{grade} mismatched segmental defect in the {side} upper lobe|{side} upper lobe {grade} segmental perfusion "
         "defect, mismatched", side="left", grade="size:moderate"),
       I("high probability for pulmonary embolism (PIOPED II)|high-probability scan for pulmonary embolism",
         flip="low probability for pulmonary embolism")],
      [("matched defect in the right middle lobe", "middle lobe"), ("right pleural effusion", "effusion")]),
    C("nm", "nm-thyroid-hot", "Subclinical hyperthyroidism, palpable left thyroid nodule.",
      """Tc-99m pertechnetate: 2.5 cm focal area of intense uptake corresponding to the palpable left lobe nodule with
      suppression of the remaining thyroid tissue. Gland mildly enlarged. 24-hour I-123 uptake 28%.""",
      [I("{size} autonomously functioning (hot) nodule in the {side} lobe|hyperfunctioning {side} lobe nodule, {size}",
         side="left", size="25", unit="cm", flip="no hyperfunctioning nodule"),
       I("suppression of the remaining thyroid tissue|remaining thyroid suppressed",
         flip="normal uptake in the remaining gland"),
       I("{gradely} enlarged gland|{grade} thyroid enlargement", grade="sev:mild"),
       I("24-hour uptake 28%|28% uptake at 24 hours")],
      [("cold nodule in the right lobe", "cold"), ("ectopic lingual thyroid tissue", "lingual")]),
    C("nm", "nm-mag3", "Antenatal hydronephrosis, 4 months old, MAG3 with furosemide.",
      """Left kidney: delayed tracer transit with progressive collecting system retention, not responding to
      furosemide (T1/2 greater than 20 minutes), obstructive pattern. Split function left 38%, right 62%. Right kidney:
      prompt uptake and drainage.""",
      [I("obstructive drainage of the {side} kidney, not responsive to furosemide, consistent with UPJ "
         "obstruction|{side} kidney with obstructed drainage despite furosemide, in keeping with UPJ obstruction",
         side="left", flip="no obstruction of the {side} kidney"),
       I("{gradely} reduced {side} differential function (38%)|{side} split renal function {gradely} reduced at 38%",
         side="left", grade="sev:mild"),
       N("normal right renal uptake and drainage|right kidney drains promptly",
         flip="delayed drainage of the right kidney")],
      [("cortical scar in the upper pole", "scar"), ("vesicoureteral reflux on the right", "reflux")],
      style="numbered"),
    C("nm", "nm-pet-lung", "Biopsy-proven NSCLC, staging PET-CT.",
      """2.8 x 2.2 cm spiculated FDG-avid mass in the left upper lobe, SUVmax 11.2. FDG-avid left hilar lymph node
      13 mm, SUVmax 5.1. No FDG-avid mediastinal nodes. 16 mm right adrenal nodule with uptake greater than liver.
      Moderate centrilobular emphysema.""",
      [I("{size} FDG-avid {side} upper lobe primary|hypermetabolic {side} upper lobe mass, {size}", side="left",
         size="28x22", unit="cm"),
       I("FDG-avid {side} hilar node ({size}), N1|{size} hypermetabolic {side} hilar lymph node (N1)", side="left",
         size="13", flip="no hilar nodal disease"),
       N("no mediastinal nodal uptake (N0 mediastinum)|no FDG-avid mediastinal nodes",
         flip="FDG-avid mediastinal nodes"),
       I("{size} FDG-avid {side} adrenal nodule, suspicious for metastasis; tissue sampling recommended|{side} "
         "adrenal nodule ({size}) with uptake above liver, suspicious for metastasis, sampling advised",
         side="right", size="16", flip="no adrenal metastasis"),
       I("{grade} emphysema|{grade} centrilobular emphysema", grade="sev:moderate")],
      [("FDG-avid lytic lesion in the right femur", "femur"), ("malignant left pleural effusion", "pleural")]),
    C("nm", "nm-pet-lymphoma-fu", "Hodgkin lymphoma, interim PET after 2 cycles ABVD.",
      """Right cervical nodes decreased, largest now 1.1 cm (previously 2.1 cm), uptake below liver (Deauville 2).
      Prevascular mediastinal nodal uptake resolved. Spleen 11 cm, previously 14 cm, with normal uptake. No new
      FDG-avid lesions.""",
      [I("{side} cervical node decreased to {size} from {prior}, Deauville 2|{size} {side} cervical node (previously "
         "{prior}), uptake below liver (Deauville 2)", side="right", size="11", prior="21", unit="cm",
         flip="persistent FDG-avid {side} cervical node"),
       I("resolved mediastinal nodal uptake|mediastinal nodal uptake resolved",
         flip="persistent FDG-avid mediastinal nodes"),
       I("spleen decreased to {size} from {prior} with normal uptake|normalized spleen, {size} (previously {prior})",
         size="110", prior="140", unit="cm"),
       N("no new FDG-avid lesions|no new hypermetabolic disease", flip="new FDG-avid lesions")],
      [("new FDG-avid left axillary node", "axillary"), ("focal marrow uptake in the pelvis", "marrow")],
      comparison="Baseline PET-CT 3 months earlier."),
    C("nm", "nm-bone-scan-fu", "Prostate cancer on ADT, rising PSA.",
      """New foci of intense uptake in the left iliac bone and the T8 vertebral body. The previously noted right 6th rib
      focus is mildly less intense. Mild degenerative uptake in both shoulders, unchanged.""",
      [I("new osseous metastases in the {side} iliac bone and T8|new metastatic foci: T8 and the {side} iliac bone",
         side="left", flip="no new osseous lesions"),
       I("{gradely} decreased uptake at the known {side} 6th rib metastasis|known {side} 6th rib metastasis, "
         "{gradely} less intense", side="right", grade="sev:mild"),
       I("unchanged {grade} degenerative uptake in both shoulders|{grade} degenerative shoulder uptake, unchanged",
         grade="sev:mild")],
      [("new uptake in the skull", "skull"), ("pathologic fracture of the left femur", "femur")],
      comparison="Bone scan 6 months earlier."),
]

MG = [
    C("mg", "mg-screen-callback", "Screening, 52F, no symptoms.",
      """Breast density: heterogeneously dense (C). Right breast: 9 mm irregular mass with indistinct margins at
      10 o'clock, middle depth, seen on CC and MLO. Left breast: scattered benign-appearing calcifications; no
      suspicious mass, distortion or calcification.""",
      [I("{size} irregular {side} breast mass at 10 o'clock; BI-RADS 0, diagnostic mammogram and ultrasound "
         "recommended|BI-RADS 0: {side} breast 10 o'clock irregular mass, {size}, recall for diagnostic mammography "
         "and ultrasound", side="right", size="9", flip="no suspicious {side} breast mass"),
       I("heterogeneously dense breasts (category C)|breast density C, heterogeneously dense"),
       I("scattered benign {side} breast calcifications|benign-appearing calcifications, {side} breast", side="left"),
       N("no suspicious finding in the left breast|left breast otherwise negative",
         flip="suspicious mass in the left breast")],
      [("enlarged right axillary lymph node", "axillary"), ("architectural distortion in the right breast",
                                                            "architectural")]),
    C("mg", "mg-diagnostic-birads5", "Palpable L breast lump, 64F.",
      """Left breast 2 o'clock, 4 cm from the nipple: 1.7 x 1.5 cm irregular spiculated mass. Ultrasound: hypoechoic
      mass with posterior shadowing at the same site. Mild skin thickening over the mass. Left axilla: one lymph
      node with 4 mm cortical thickening.""",
      [I("{size} spiculated {side} breast mass at 2 o'clock, 4 cm from the nipple, highly suggestive of malignancy "
         "(BI-RADS 5); ultrasound-guided biopsy recommended|BI-RADS 5: {side} breast 2 o'clock spiculated mass 4 cm "
         "from the nipple, {size}; recommend US-guided core biopsy", side="left", size="17x15", unit="cm",
         flip="no suspicious {side} breast mass"),
       I("{grade} overlying skin thickening|{grade} skin thickening over the mass", grade="sev:mild",
         flip="no skin thickening"),
       I("{side} axillary node with {size} cortical thickening, sample at time of biopsy|{size} cortical "
         "thickening of a {side} axillary node; sample with the breast biopsy", side="left", size="4",
         flip="normal {side} axillary nodes")],
      [("pleomorphic calcifications extending toward the nipple", "calcifications"),
       ("second mass in the right breast", "right breast")]),
    C("mg", "mg-calcs", "Screening recall for calcifications, R breast.",
      """Right breast upper outer quadrant: small group of fine pleomorphic calcifications spanning 12 mm on
      magnification views. No associated mass or architectural distortion. Left breast: benign vascular
      calcifications.""",
      [I("{grade} group of fine pleomorphic calcifications in the {side} upper outer quadrant spanning {size}, "
         "suspicious (BI-RADS 4C); stereotactic biopsy recommended|BI-RADS 4C: {grade} {side} upper outer quadrant "
         "group of fine pleomorphic calcifications, {size}; recommend stereotactic biopsy", side="right",
         grade="size:small", size="12", flip="no suspicious calcifications"),
       N("no associated mass or distortion|no mass or architectural distortion",
         flip="associated mass with architectural distortion"),
       I("benign vascular calcifications in the {side} breast|{side} breast vascular calcifications, benign",
         side="left")],
      [("skin calcifications in the inframammary fold", "inframammary"), ("enlarged intramammary lymph node",
                                                                          "intramammary")]),
    C("mg", "mg-cyst", "L breast lump 3 o'clock",
      """Scattered fibroglandular density (B). Left breast 3 o'clock: 1.1 cm circumscribed oval mass; US: anechoic
      with posterior enhancement, simple cyst. Right breast: no findings.""",
      [I("{size} simple cyst in the {side} breast at 3 o'clock, benign (BI-RADS 2)|benign {side} breast 3 o'clock "
         "simple cyst, {size}, BI-RADS 2", side="left", size="11", unit="cm", flip="no {side} breast cyst"),
       I("scattered fibroglandular density|breast density B, scattered fibroglandular"),
       N("right breast negative|no abnormality in the right breast", flip="suspicious mass in the right breast")],
      [("left axillary lymphadenopathy", "axillary"), ("fat necrosis in the right breast", "necrosis")]),
    C("mg", "mg-male-gynecomastia", "58M, tender lump behind L nipple, on spironolactone.",
      """Left breast: nodular subareolar density measuring 2.4 cm, consistent with gynecomastia. Right breast: mild
      subareolar fibroglandular density. No suspicious mass or calcification bilaterally.""",
      [I("{size} nodular {side} subareolar gynecomastia|{side} gynecomastia, nodular, {size}", side="left",
         size="24", unit="cm", flip="no {side} gynecomastia"),
       I("{grade} {side} gynecomastia|{grade} subareolar fibroglandular tissue on the {side}", side="right",
         grade="sev:mild"),
       N("no suspicious mass or calcification; BI-RADS 2|BI-RADS 2, no suspicious mass or calcification",
         flip="suspicious retroareolar mass")],
      [("enlarged left axillary node", "axillary"), ("nipple retraction on the left", "retraction")],
      style="caps"),
    C("mg", "mg-asymmetry", "screening recall, density left breast",
      """Left breast upper inner quadrant: focal asymmetry 1.5 cm seen on CC and MLO, persists on spot compression,
      no calcifications. US targeted: no correlate. Breast density heterogeneously dense (C). Right breast
      normal.""",
      [I("{size} focal asymmetry in {side} breast upper inner quadrant, persisting on spot compression, no sonographic "
         "correlate; BI-RADS 3, diagnostic follow-up in 6 months|focal asymmetry of {side} breast upper inner "
         "quadrant ({size}), persists at spot compression, no ultrasound correlate: BI-RADS 3, follow-up in 6 months",
         side="left", size="15", unit="cm", flip="asymmetry resolves on spot compression"),
       I("heterogeneously dense breast (C)|breast density C"),
       N("normal right breast|right breast without findings", flip="suspicious finding in the right breast")],
      [("amorphous calcifications in the left breast", "amorphous"), ("skin thickening of the left breast",
                                                                      "skin")]),
    C("mg", "mg-nipple-discharge", "Spontaneous bloody R nipple discharge.",
      """Right breast retroareolar: mild duct ectasia. Ultrasound: one dilated retroareolar duct containing a 5 mm
      intraductal mass. No suspicious calcifications. Left breast unremarkable.""",
      [I("{size} intraductal mass in a dilated {side} retroareolar duct, likely papilloma; BI-RADS 4A, "
         "ultrasound-guided biopsy recommended|{side} retroareolar dilated duct with a {size} intraductal mass, "
         "probably papilloma: BI-RADS 4A, recommend US-guided biopsy", side="right", size="5",
         flip="no intraductal mass"),
       I("{grade} {side} retroareolar duct ectasia|{grade} duct ectasia, {side} retroareolar region", side="right",
         grade="sev:mild"),
       N("no suspicious calcifications|no suspicious microcalcification", flip="suspicious linear calcifications"),
       N("unremarkable left breast|left breast normal", flip="suspicious mass in the left breast")],
      [("right axillary lymphadenopathy", "axillary"), ("skin retraction near the right nipple", "retraction")]),
    C("mg", "mg-post-lumpectomy", "History of left breast cancer, lumpectomy 3 years ago. Annual.",
      """Left breast 4 o'clock: post-lumpectomy scar with architectural distortion, stable. Coarse dystrophic
      calcifications at the lumpectomy site, increased. Right breast 9 o'clock: new 7 mm circumscribed mass, not seen on
      the previous study; ultrasound shows a solid oval mass.""",
      [I("stable post-lumpectomy changes of the {side} breast|{side} breast lumpectomy site, stable scar",
         side="left", flip="no post-surgical change"),
       I("increasing benign dystrophic calcifications at the {side} lumpectomy site|benign dystrophic "
         "calcifications at the {side} lumpectomy site, increased", side="left", flip="no calcifications"),
       I("new {size} circumscribed solid mass in the {side} breast at 9 o'clock; BI-RADS 4A, ultrasound-guided "
         "biopsy recommended|{side} breast 9 o'clock new solid circumscribed mass, {size}: BI-RADS 4A, recommend "
         "US-guided biopsy", side="right", size="7", flip="no new mass")],
      [("new left axillary lymph node", "axillary"), ("recurrent mass at the left lumpectomy site",
                                                      "recurrent")],
      comparison="Bilateral mammogram 1 year earlier."),
]

CASES = NM + MG
