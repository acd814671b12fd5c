"""Mammography, nuclear medicine, fluoroscopy and interventional cases of the v4 blind set (synthetic)."""
# ruff: noqa: E501 - hand-written report sentences are kept whole for reading

from _b4_spec import C, N, S  # noqa: I001

CASES = [
    C("mg", "breast", "screening mammogram", "Screening, age 52.", """
      Heterogeneously dense breasts. Left breast upper outer quadrant focal asymmetry seen on CC and MLO, middle
      depth, 12 mm. Right breast no suspicious mass or calcifications.""",
      [S("{Z:12 mm} focal asymmetry in the {L:left} upper outer quadrant; BI-RADS 0, diagnostic workup advised.",
         "{L:Left} UOQ focal asymmetry ({Z:12 mm}) - incomplete, BI-RADS 0; recall for spot views and US.",
         neg="No suspicious finding in the {L:left} breast.", org="Asymmetry"),
       N("{L:Right} breast negative.", "Nothing suspicious in the {L:right} breast.",
         neg="Suspicious calcifications in the {L:right} breast.", org="Contralateral"),
       S("Heterogeneously dense breasts.", "Breast density category C.", org="Density")],
      [("Architectural distortion.", "distortion"), ("Skin thickening.", "skin")]),
    C("mg", "breast", "diagnostic mammogram", "Palpable right breast mass.", """
      Right breast 10 o'clock: irregular high-density mass with spiculated margins, 21 mm, at the palpable marker.
      Associated pleomorphic calcifications. No axillary adenopathy. BI-RADS 5.""",
      [S("{Z:21 mm} spiculated {L:right} breast mass at 10 o'clock with pleomorphic calcifications, BI-RADS 5.",
         "Highly suggestive of malignancy (BI-RADS 5): irregular spiculated mass, {L:right} breast 10:00, {Z:21 mm}, with calcifications.",
         neg="Benign-appearing mass.", org="Breast"),
       N("No axillary lymphadenopathy.", "Axillary nodes normal.", neg="Enlarged {L:right} axillary node.",
         org="Axilla")],
      [("Nipple retraction.", "nipple"), ("Second mass in the {L:left} breast.", "second mass")]),
    C("mg", "breast", "calcifications, non-native English", "Recall from screening.", """
      In left breast upper inner there is cluster of fine linear branching calcifications on 9 mm area. No mass.
      Right breast normal.""",
      [S("{Z:9 mm} cluster of fine linear branching calcifications in the {L:left} upper inner quadrant; BI-RADS 4C, stereotactic biopsy.",
         "{L:Left} UIQ: fine linear branching calcifications spanning {Z:9 mm} - suspicious (BI-RADS 4C), biopsy advised.",
         neg="Benign-appearing calcifications.", org="Calcifications"),
       N("No associated mass.", "No mass.", neg="Associated {Z:9 mm} mass.", org="Calcifications")],
      [("Axillary adenopathy.", "axillary"), ("Developing asymmetry.", "developing")]),
    C("mg", "breast", "benign with prior", "Screening.", """
      Compared with 2 prior studies. Scattered fibroglandular density. Right breast: unchanged coarse calcification
      consistent with involuting fibroadenoma. No new masses or suspicious calcifications. BI-RADS 2.""",
      [S("Unchanged involuting fibroadenoma in the {L:right} breast (coarse calcification).",
         "Stable benign coarse calcification, {L:right} breast - involuting fibroadenoma.", org="Findings"),
       N("No new masses or suspicious calcifications.", "No new mass; no suspicious calcifications.",
         neg="New {L:right} breast mass.", org="Both"),
       S("BI-RADS 2, benign.", "Benign (BI-RADS 2); routine screening.", org="Assessment")],
      [("Enlarging asymmetry.", "enlarging"), ("Skin calcifications.", "skin")],
      comparison="Two prior screening mammograms.", prior=True),
    C("mg", "breast oncology", "post-lumpectomy follow-up", "Left lumpectomy and radiation 2 years ago.", """
      Left breast post-surgical changes with architectural distortion and fat necrosis at the lumpectomy site,
      decreased compared to prior. Seroma now 18 mm, previously 32 mm. No new mass. Right breast negative.""",
      [S("Post-lumpectomy changes in the {L:left} breast with fat necrosis, improving.",
         "Expected treatment changes at the {L:left} lumpectomy site (distortion, fat necrosis), decreased.",
         org="Lumpectomy site"),
       S("{L:Left} seroma decreasing, {Z:18 mm} (previously {P:32 mm}).",
         "Smaller seroma ({Z:18 mm}, was {P:32 mm}) in the {L:left} breast.", org="Lumpectomy site"),
       N("No evidence of recurrence.", "No new mass to suggest recurrence.", neg="Findings suspicious for recurrence.",
         org="Lumpectomy site")],
      [("Suspicious calcifications at the scar.", "calcifications"), ("Axillary node enlargement.", "axillary")],
      comparison="Mammogram one year ago.", prior=True),
    C("mg", "breast", "male breast", "Tender swelling behind left nipple, man 64.", """
      Left: flame-shaped subareolar fibroglandular density, 3.1 cm, consistent with gynecomastia. Right: fatty
      tissue only. No mass or calcifications.""",
      [S("{Z:3.1 cm} {L:left} subareolar gynecomastia.", "{L:Left} gynaecomastia ({Z:3.1 cm} subareolar density).",
         neg="No gynecomastia.", org="Gynecomastia"),
       N("No suspicious mass or calcifications; BI-RADS 2.", "Benign, BI-RADS 2 - no mass, no calcifications.",
         neg="Suspicious mass in the {L:left} subareolar region.", org="Assessment")],
      [("Nipple retraction.", "retraction"), ("Axillary lymphadenopathy.", "axillary")]),
    C("mg", "breast", "probably benign follow-up with prior", "6-month follow-up of BI-RADS 3 mass.", """
      Right breast 7 o'clock circumscribed oval mass 8 x 6 mm, previously 8 x 6 mm. Stable. Left negative.""",
      [S("Unchanged {Z:8 x 6 mm} circumscribed {L:right} breast mass at 7 o'clock, BI-RADS 3.",
         "{L:Right} breast 7:00 oval mass, {Z:8 x 6 mm}, stable - probably benign (BI-RADS 3); continue follow-up.",
         neg="Resolved {L:right} breast mass.", org="Mass"),
       N("{L:Left} breast negative.", "Nothing suspicious on the {L:left}.", neg="New {L:left} breast mass.",
         org="Contralateral")],
      [("Associated calcifications.", "calcifications"), ("Increase in size.", "increase")],
      comparison="Diagnostic mammogram 6 months ago.", prior=True),
    C("nm", "oncology msk", "bone scan follow-up", "Prostate cancer, rising PSA.", """
      Compared with the bone scan of 6 months ago, there are new foci of increased uptake in the right 6th rib
      and L3. Previously seen T9 focus unchanged. Degenerative uptake both knees.""",
      [S("New osseous metastases in the {L:right} sixth rib and L3.",
         "Two new metastatic foci: {L:right} 6th rib, L3 vertebra.", neg="No new osseous lesions.", org="Skeleton"),
       S("Unchanged T9 metastasis.", "T9 lesion stable.", org="Skeleton"),
       S("Degenerative knee uptake.", "Uptake in both knees, degenerative.", org="Joints")],
      [("Superscan pattern.", "superscan"), ("Pathologic fracture of the {L:right} femur.", "femur")],
      ("Findings indicate osseous progression.",), comparison="Bone scan 6 months ago.", prior=True),
    C("nm", "chest vascular", "V/Q scan", "Pregnant, dyspnea.", """
      Perfusion: two segmental wedge-shaped defects in the right lower lobe with normal ventilation (mismatched).
      Left lung normal. Chest radiograph clear.""",
      [S("High probability for pulmonary embolism: mismatched {L:right} lower lobe segmental perfusion defects.",
         "Two mismatched segmental defects in the {L:RLL}; high probability of PE (clot in the lung arteries).",
         neg="Normal perfusion; PE excluded.", org="Perfusion"),
       N("{L:Left} lung normal.", "No perfusion defect on the {L:left}.", neg="Matched {L:left} upper lobe defect.",
         org="Other lung")],
      [("Matched defect in the {L:right} upper lobe.", "upper lobe"), ("Pleural effusion.", "effusion")]),
    C("nm", "oncology chest", "PET-CT lymphoma follow-up", "DLBCL interim PET.", """
      Mediastinal node SUVmax 3.1, previously 14.2, now 15 mm from 38 mm, uptake below liver (Deauville 3).
      No new FDG-avid lesions. Spleen normal uptake.""",
      [S("Mediastinal node {Z:15 mm} (previously {P:38 mm}), SUVmax 3.1 from 14.2: Deauville 3, favorable response.",
         "Deauville 3 complete metabolic response pattern: mediastinal node {Z:15 mm}, was {P:38 mm}, SUVmax 3.1 (14.2 before).",
         org="Nodes"),
       N("No new FDG-avid disease.", "No new hypermetabolic lesions.", neg="New FDG-avid {L:left} axillary node.",
         org="Body")],
      [("Splenic FDG uptake.", "splenic"), ("Bone marrow involvement.", "marrow")],
      comparison="Baseline PET-CT.", prior=True),
    C("fl", "abdomen", "fluoroscopy esophagram", "Dysphagia.", """
      Smooth tapering of the distal esophagus (bird beak) with delayed emptying of barium column 7 cm height at
      5 minutes. Dilated esophagus 4.1 cm. No mucosal irregularity. No leak.""",
      [S("Achalasia pattern: bird-beak narrowing, esophagus dilated to {Z:4.1 cm}, {Z:7 cm} barium column at 5 min.",
         "Findings typical of achalasia - distal bird-beak taper, {Z:4.1 cm} dilated esophagus and a {Z:7 cm} column at five minutes.",
         neg="Normal esophageal emptying.", org="Esophagus"),
       N("No mucosal irregularity.", "Mucosa smooth.", neg="Irregular mucosa suspicious for tumor.", org="Esophagus")],
      [("Hiatal hernia.", "hiatal"), ("Zenker diverticulum.", "Zenker")]),
    C("fl", "pediatric abdomen", "pediatric VCUG", "Febrile UTI, 8 months old girl.", """
      Reflux into the left ureter and renal pelvis with mild calyceal blunting, grade 3 vesicoureteral reflux.
      No right-sided reflux. Bladder normal. Urethra normal.""",
      [S("{G:grade:Grade 3} {L:left} vesicoureteral reflux.", "{L:Left} VUR, {G:grade:grade 3}.",
         "Reflux of contrast into the {L:left} ureter and pelvis with calyceal blunting ({G:grade:grade 3} VUR).",
         neg="No vesicoureteral reflux.", org="Ureters"),
       N("No reflux on the {L:right}.", "{L:Right} side: no reflux.", neg="{G:grade:Grade 1} {L:right} reflux.",
         org="Ureters")],
      [("Bladder diverticulum.", "diverticulum"), ("Posterior urethral valves.", "valves")]),
    C("ir", "abdomen", "interventional procedure report", "Pelvic abscess after surgery.", """
      CT-guided placement of a 10 French pigtail drain into the 6.2 cm right pelvic collection via transgluteal
      approach. 80 mL of purulent fluid aspirated, sent for culture. No immediate complication.""",
      [S("10 French drain placed into the {Z:6.2 cm} {L:right} pelvic abscess.",
         "Successful CT-guided transgluteal drainage of the {L:right} pelvic collection ({Z:6.2 cm}) with a 10 Fr pigtail.",
         org="Procedure"),
       S("Purulent fluid aspirated; sent for culture.", "Pus aspirated and sent to microbiology.", org="Procedure"),
       N("No immediate complication.", "No complications.", neg="Small hematoma at the access site.",
         org="Procedure")],
      [("Bowel injury.", "bowel"), ("Residual collection requiring second drain.", "second drain")]),
    C("ir", "vascular abdomen", "angiography and embolization", "Lower GI bleed, CTA positive.", """
      Selective SMA angiography: active contrast extravasation from a distal ileocolic branch. Superselective coil
      embolization performed with cessation of bleeding. No bowel ischemia on completion run.""",
      [S("Active bleeding from a distal ileocolic branch, embolized with coils.",
         "Extravasation from an ileocolic artery branch, successfully treated by coil embolization.",
         neg="No active extravasation.", org="Angiography"),
       N("No ischemia on completion angiography.", "Completion run without ischemia.",
         neg="Segmental ischemia on completion angiography.", org="Angiography")],
      [("Pseudoaneurysm.", "pseudoaneurysm"), ("Access site hematoma.", "hematoma")]),
]
