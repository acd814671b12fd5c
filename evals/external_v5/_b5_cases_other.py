"""Mammography, fluoroscopy, nuclear medicine and interventional cases (hand-written, synthetic)."""

from _b5_spec import case

CASES = [
    case("mg", 68, "breast", ind="Screening, 49 yo, no symptoms.", findings="""
        Breast density: heterogeneously dense (C). [Right] breast: <9 mm> focal asymmetry in the upper outer
        quadrant, posterior depth, seen on CC and MLO views only. [Left] breast: no suspicious mass, calcification
        or architectural distortion. Scattered benign vascular calcifications bilaterally.""",
         imp="""
        + <9 mm> focal asymmetry, [right] breast upper outer quadrant, posterior depth: additional imaging needed.
        | [R] breast UOQ focal asymmetry (<9 mm>, posterior) requires diagnostic workup.
        | Recall for the [right] breast: a <0.9 cm> focal asymmetry in the upper outer quadrant, posterior third.
        - [Left] breast negative. | No suspicious findings on the [left].
        ! Suspicious grouped calcifications in the [left] breast.
        = BI-RADS 0: incomplete, recall for diagnostic mammogram and possible US.
        | BI-RADS 0 - call back for diagnostic views and ultrasound as needed.
        * Enlarged [right] axillary lymph node. @ axillary
        * Skin thickening. @ skin
        """),
    case("mg", 69, "breast oncologic", prior=True, fmt="numbered", ind="6-month follow-up of probably benign calcs.",
         comp="Diagnostic mammogram 6 months earlier.", findings="""
        [Left] breast upper inner quadrant: group of amorphous calcifications now spanning <1.5 cm>, previously
        <^0.8 cm>, with more calcifications than before. No associated mass. [Right] breast: no suspicious
        findings. Density B.""",
         imp="""
        + Increasing amorphous calcifications in the [left] upper inner quadrant, now spanning <1.5 cm> (previously
          <^0.8 cm>).
        | [L] UIQ amorphous calcs increased in number and extent: <15 mm>, was <^8 mm>.
        - No associated mass. | No mass with the calcifications.
        ! Associated irregular mass.
        = BI-RADS 4: stereotactic biopsy recommended. | BI-RADS 4, recommend stereotactic core biopsy.
        * Architectural distortion in the [right] breast. @ distortion
        * Axillary lymphadenopathy. @ axillary
        """),
    case("mg", 70, "breast", ind="screening", findings="""
        Scattered fibroglandular densities (B). [Right] breast 6 o'clock: coarse popcorn calcifications in a
        <1.3 cm> circumscribed mass, typical of involuting fibroadenoma. Benign-appearing intramammary lymph node,
        [left] upper outer quadrant. No suspicious mass, calcification or distortion.""",
         imp="""
        + Benign calcified fibroadenoma in the [right] breast (<1.3 cm>).
        | [R] breast 6:00 involuting fibroadenoma with popcorn calcifications, <13 mm>.
        + Benign [left] intramammary lymph node. | Intramammary node, [L] UOQ, benign.
        - No mammographic evidence of malignancy. | No suspicious findings.
        ! Suspicious spiculated mass in the [right] breast.
        = BI-RADS 2: benign. Routine annual screening. | BI-RADS 2, return to yearly screening.
        * Fat necrosis with oil cysts. @ oil cyst, fat necrosis
        * Milk of calcium in cysts. @ milk of calcium
        """),
    case("mg", 71, "breast oncologic", ind="Palpable mass [left] breast 12 o'clock, 63 yo.", findings="""
        Diagnostic mammogram and US. [Left] breast 12 o'clock, 5 cm from the nipple: <2.2 x 1.9 cm> irregular
        spiculated high-density mass with associated fine pleomorphic calcifications, corresponding to the palpable
        lump; on US irregular hypoechoic mass with angular margins. [Left] axilla: one lymph node with cortical
        thickening to <5 mm>. [Right] breast unremarkable.""",
         imp="""
        + <2.2 x 1.9 cm> spiculated [left] breast mass at 12 o'clock with fine pleomorphic calcifications, highly
          suggestive of malignancy.
        | Highly suspicious [L] breast 12:00 mass, spiculated, <2.2 x 1.9 cm>, with fine pleomorphic calcs.
        | The palpable [left] 12 o'clock lump is a spiculated <22 x 19 mm> mass with pleomorphic calcifications,
          very likely cancer.
        + Abnormal [left] axillary node, cortex <5 mm>. | [Left] axillary lymph node with <5 mm> cortical
          thickening.
        = BI-RADS 5: US-guided biopsy of the mass and the axillary node.
        | BI-RADS 5; recommend ultrasound-guided core biopsy of the breast mass and the node.
        * Nipple retraction. @ nipple retraction
        * Satellite lesion in the [left] upper outer quadrant. @ satellite
        """),
    case("mg", 72, "breast oncologic", prior=True, ind="Annual after [right] lumpectomy and radiation.",
         comp="Mammogram 1 year earlier.", findings="""
        [Right] lumpectomy site upper outer quadrant: postsurgical architectural distortion and dystrophic
        calcifications, decreasing in density, no new mass. {Mild} [right] breast skin thickening, less than
        before, post-radiation. [Left] breast: no suspicious findings. Density B.""",
         imp="""
        + Expected post-lumpectomy and post-radiation changes in the [right] breast, evolving as expected.
        | [R] breast: postsurgical distortion and dystrophic calcs at the lumpectomy site, improving.
        + {Mild} [right] skin thickening, decreased. | Less [right] skin thickening, now {mild}.
        - No evidence of recurrence. | No new mass or suspicious calcifications.
        ! Suspicious mass at the lumpectomy site, concerning for recurrence.
        = BI-RADS 2. | Benign, BI-RADS 2.
        * Seroma at the lumpectomy site. @ seroma
        * Axillary adenopathy. @ adenopathy
        """),
    case("mg", 80, "breast", ind="screening, implants", findings="""
        Bilateral retropectoral silicone implants; implant-displaced views obtained. Extremely dense breasts (D).
        [Left] breast: <6 mm> oval circumscribed mass at 4 o'clock, middle depth. [Right] breast negative. Implant
        contours smooth, no extracapsular silicone.""",
         imp="""
        + <6 mm> oval circumscribed [left] breast mass at 4 o'clock needs further evaluation.
        | [L] breast 4:00 mass (<6 mm>, oval, circumscribed) - targeted US recommended.
        - Intact implants, no extracapsular silicone. | Implants intact; no free silicone.
        ! Extracapsular silicone in the [left] breast.
        = BI-RADS 0: targeted ultrasound of the [left] breast. | BI-RADS 0, recall for [left] breast US.
        * Intracapsular implant rupture. @ rupture
        * Calcified [right] axillary node. @ axillary
        """),
    case("fl", 73, "pediatric", ind="2 yo girl, second febrile UTI.", findings="""
        VCUG. Bladder normal capacity for age, smooth wall. Reflux into the [left] ureter, pelvis and calyces with
        {mild} dilatation of the ureter and calyces, {grade 3} reflux, occurring during filling. No reflux on the
        [right]. Urethra normal on voiding. No post-void residual.""",
         imp="""
        + {Grade 3} [left] vesicoureteral reflux. | [L] VUR, {grade III}.
        | Reflux from the bladder up into the [left] kidney, {grade 3}.
        - No [right] reflux. Normal urethra. | No VUR on the [right]; urethra normal.
        ! {Grade 2} [right] vesicoureteral reflux.
        * Posterior urethral valves. @ valves
        * Bladder diverticulum. @ diverticulum
        """),
    case("fl", 74, "abdomen", ind="dysphagia, heartburn", findings="""
        Barium esophagram. {Small} sliding hiatal hernia, <2.5 cm>. Gastroesophageal reflux to the mid esophagus
        with provocation. Normal primary peristalsis. No stricture, ring or mass. Tablet passed freely.""",
         imp="""
        + {Small} <2.5 cm> sliding hiatal hernia with reflux to the mid esophagus.
        | Sliding HH, {small} (<25 mm>), GE reflux up to the mid esophagus.
        | There is a {small} sliding hiatus hernia measuring <2.5 cm>, and reflux reaches the mid esophagus.
        - No stricture or mass; normal peristalsis. | Peristalsis normal. No stricture, ring or mass.
        ! Short distal esophageal stricture.
        * Zenker diverticulum. @ zenker
        * Esophageal candidiasis. @ candid
        """),
    case("nm", 75, "oncologic", prior=True, fmt="numbered", ind="Hodgkin lymphoma, interim PET after 2 cycles.",
         comp="Baseline PET/CT 2 months earlier.", findings="""
        Mediastinal nodal mass decreased to <3.2 x 2.1 cm> from <^6.8 x 4.9 cm>, SUVmax 2.1 (previously 14.2),
        below liver (SUVmax 2.8). [Left] supraclavicular node no longer FDG avid. Spleen: diffuse uptake
        resolved. No new FDG avid lesions. Physiologic marrow uptake.""",
         imp="""
        + Complete metabolic response, Deauville 2: mediastinal mass <3.2 x 2.1 cm> (previously <^6.8 x 4.9 cm>),
          SUVmax 2.1 from 14.2.
        | Deauville 2 (complete metabolic response). Mediastinal residual mass <3.2 x 2.1 cm>, was
          <^6.8 x 4.9 cm>; SUV 2.1 vs 14.2.
        + Resolved uptake in the [left] supraclavicular node and spleen.
        | No longer FDG avid: [L] supraclavicular node and spleen.
        - No new FDG avid disease. | No new hypermetabolic lesions.
        ! New FDG avid [right] axillary node.
        * FDG avid lung nodule. @ lung nodule
        * Focal bone marrow lesion in the sacrum. @ sacrum
        """),
    case("nm", 76, "oncologic msk", ind="Prostate cancer, PSA rising, bone pain.", findings="""
        Whole-body bone scan. Multiple foci of intense uptake: T7, L2, [right] iliac bone, [left] 6th rib
        posteriorly, [right] proximal femur. Symmetric degenerative uptake at both knees. Kidneys visualized,
        no obstruction.""",
         imp="""
        + Multiple osseous metastases: T7, L2, [right] iliac bone and [right] proximal femur.
        | Widespread bone metastases (T7, L2, [R] ilium, [R] proximal femur).
        | Metastatic disease to bone in T7, L2, the [right] iliac bone and the [right] proximal femur.
        + Additional metastasis in the [left] posterior 6th rib. | [L] 6th rib (posterior) metastasis.
        | The posterior [left] sixth rib is also involved.
        + Degenerative uptake at both knees. | Bilateral knee arthropathy uptake, degenerative.
        = Consider radiographs of the [right] femur to assess fracture risk.
        | Recommend [right] femur x-ray for fracture risk.
        * Superscan pattern. @ superscan
        * Skull metastasis. @ skull
        """),
    case("nm", 77, "abdomen", ind="RUQ pain, equivocal US.", findings="""
        Hepatobiliary scintigraphy. Prompt hepatic uptake. Common bile duct and small bowel visualized by 30
        minutes. Gallbladder not visualized at 60 minutes or 30 minutes after morphine. No bile leak.""",
         imp="""
        + Nonvisualization of the gallbladder despite morphine, consistent with acute cholecystitis (cystic duct
          obstruction).
        | Acute cholecystitis: gallbladder not seen at 60 min or after morphine augmentation.
        | Findings indicate cystic duct obstruction (acute cholecystitis): no gallbladder filling, even with
          morphine.
        - Patent common bile duct. | CBD patent with bowel activity at 30 min.
        ! Common bile duct obstruction.
        * Duodenogastric reflux. @ duodenogastric
        * Gallbladder ejection fraction of 15%. @ ejection
        """),
    case("ir", 78, "vascular abdomen", ind="Lower GI bleed, tagged RBC positive in the [right] colon.", findings="""
        Superior mesenteric angiogram: active contrast extravasation from a distal branch of the ileocolic artery
        in the cecum. Superselective microcatheter coil embolization with two microcoils. Post-embolization
        angiogram: no further extravasation, colic collaterals preserved. [Right] common femoral access closed
        with a closure device. No complications.""",
         imp="""
        + Active bleeding from a distal ileocolic artery branch in the cecum, treated with superselective coil
          embolization (two microcoils).
        | Cecal hemorrhage from a distal ileocolic branch: superselective embolization with 2 coils.
        | Bleeding site in the cecum (ileocolic artery branch) was embolized superselectively with two microcoils.
        - No residual extravasation after embolization. | Completion angiogram without further extravasation.
        ! Ongoing extravasation after embolization.
        - No complications. | Uncomplicated procedure.
        ! Access site hematoma at the [right] groin.
        * Angiodysplasia in the ascending colon. @ angiodysplasia
        * Superior mesenteric artery stenosis. @ stenosis
        """),
    case("ir", 79, "abdomen", ind="Post-op fever, day 6 after sigmoid resection, pelvic collection on CT.", findings="""
        CT-guided drainage of the pelvic collection via a [left] transgluteal approach. 10 Fr locking pigtail
        drain placed. 60 mL purulent fluid aspirated and sent for culture. Post-procedure CT: collection nearly
        completely decompressed, drain in good position. No complications.""",
         imp="""
        + Successful CT-guided [left] transgluteal drainage of the pelvic abscess, 10 Fr drain, 60 mL pus.
        | [L] transgluteal 10 Fr pigtail drain placed into the pelvic abscess, 60 mL purulent fluid aspirated.
        | Pelvic abscess drained under CT via a [left] transgluteal route (10 French drain), 60 mL of pus removed.
        - No complications. | Without complication.
        ! Small hematoma along the drain tract.
        = Sample sent for culture; flush drain q8h. | Fluid sent for culture.
        * Enteric fistula to the collection. @ fistula
        * Gas in the portal venous system. @ portal
        """),
]
