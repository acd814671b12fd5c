"""MR cases: neuro, spine with levels, musculoskeletal with grades, body, pediatric. Synthetic; set v3."""

from _b3_spec import NEG, C, N, P

CASES = [
    C("mr", "list", "knee", "Twisting injury playing football, locking. 24M.", "None.", """
        MENISCI: Complex tear of the posterior horn of the medial meniscus with a displaced bucket-handle
        fragment in the intercondylar notch. Lateral meniscus intact.
        LIGAMENTS: Complete tear of the anterior cruciate ligament. PCL, MCL and LCL intact.
        CARTILAGE: Preserved.
        BONE: Bone contusions of the lateral femoral condyle and posterolateral tibial plateau.
        OTHER: Moderate joint effusion. No Baker cyst.""",
      P("Bucket-handle tear of the medial meniscus with the fragment displaced into the intercondylar notch.",
        "Displaced bucket-handle tear, medial meniscus, fragment in the notch.",
        flip="Intact menisci."),
      P("Complete ACL tear.", "Full-thickness tear of the anterior cruciate ligament.",
        "Complete anterior cruciate ligament rupture.", flip="Intact ACL."),
      P("Pivot-shift bone contusions of the lateral femoral condyle and posterolateral tibial plateau.",
        "Bone bruises (lateral femoral condyle, posterolateral tibial plateau) in a pivot-shift pattern."),
      P("{G} joint effusion.", "Joint effusion, {g}.", g="moderate", scale="size"),
      ),
    C("mr", "prose", "shoulder", "R shoulder pain, weakness on abduction, 61yo", "None.", """
        Right shoulder MRI without contrast. There is a full-thickness tear of the supraspinatus tendon
        measuring 1.8 cm in the anteroposterior dimension with 2.2 cm of retraction. Moderate fatty
        atrophy of the supraspinatus muscle (Goutallier grade 2). Infraspinatus and subscapularis intact.
        Long head of biceps in the groove. Moderate acromioclavicular joint osteoarthritis. Type 2 acromion.
        Small glenohumeral effusion. Labrum grossly intact.""",
      P("Full-thickness {s} supraspinatus tear, {m0} AP, retracted {m1}.",
        "{S} supraspinatus full-thickness tear measuring {m0} anteroposterior with {m1} retraction.",
        side="right", mm=(18, 22), unit=("cm", "cm"), flip="Intact rotator cuff."),
      P("{G} supraspinatus fatty atrophy.", "{G} fatty atrophy of the supraspinatus (Goutallier 2).",
        g="moderate"),
      P("{G} acromioclavicular osteoarthritis.", "{G} AC joint arthrosis.", g="moderate"),
      N("subscapularis or infraspinatus tear", "Subscapularis and infraspinatus are intact."),
      ),
    C("mr", "list", "spine", "Low back pain radiating to the left leg, 6 weeks.", "None.", """
        L3-4: Mild disc bulge, no stenosis.
        L4-5: Left paracentral disc extrusion measuring 9 mm in AP dimension, extending caudally and
        contacting the traversing left L5 nerve root. Moderate left lateral recess stenosis. Mild central
        canal stenosis.
        L5-S1: Mild facet arthropathy. No foraminal stenosis.
        Conus terminates at L1, normal signal. Alignment normal.""",
      P("L4-5 {s} paracentral extrusion ({m0}) contacting the traversing {s} L5 nerve root.",
        "{S} paracentral disc extrusion at L4-5, {m0}, abutting the {s} L5 root.",
        side="left", mm=(9,), unit="mm", flip="No disc herniation."),
      P("{G} {s} lateral recess stenosis at L4-5.", "L4-5: {g} {s} lateral recess narrowing.",
        side="left", g="moderate"),
      P("{G} central canal stenosis at L4-5.", "L4-5 {g} spinal canal stenosis.", g="mild"),
      NEG("Normal conus.", "Conus normal in position and signal.", flip="Abnormal conus signal."),
      ),
    C("mr", "prose", "head", "Headaches, visual disturbance. 44 F.", "None.", """
        There is a homogeneously enhancing extra-axial mass along the right sphenoid wing measuring
        3.2 x 2.8 x 2.5 cm with a dural tail. Mild surrounding vasogenic edema in the right temporal lobe.
        No midline shift. No hydrocephalus. The optic chiasm is not compressed. No restricted diffusion.
        Orbits normal.""",
      P("{m0} extra-axial {s} sphenoid wing mass with a dural tail, most likely a meningioma.",
        "{S} sphenoid wing meningioma, likely, measuring {m0}.",
        "Probable {s} sphenoid wing meningioma ({m0}) with dural tail.",
        side="right", mm=((32, 28, 25),), unit="cm"),
      P("{G} vasogenic edema in the adjacent {s} temporal lobe.", "{G} {s} temporal lobe edema.",
        side="right", g="mild", flip="No edema."),
      N("hydrocephalus or midline shift", "No midline shift or hydrocephalus."),
      N("chiasmal compression", "Optic chiasm not compressed."),
      ),
    C("mr", "prose", "head", "MS follow up on ocrelizumab", "MRI brain with and without contrast 1 year ago.", """
        Multiple periventricular, juxtacortical and infratentorial T2/FLAIR hyperintense lesions compatible
        with demyelination, unchanged in number and distribution. One new 6 mm FLAIR lesion in the left
        centrum semiovale without enhancement. No enhancing lesions. Mild generalized volume loss, unchanged.""",
      P("One new nonenhancing {m0} lesion in the {s} centrum semiovale.",
        "New {m0} T2/FLAIR lesion, {s} centrum semiovale, not enhancing.",
        side="left", mm=(6,), unit="mm", flip="No new lesions."),
      N("enhancing lesions", "No active (enhancing) demyelination.", plural=True),
      P("Otherwise stable demyelinating disease burden.", "Remaining lesion burden unchanged."),
      P("{G} generalized volume loss, unchanged.", "Stable {g} parenchymal volume loss.", g="mild"),
      prior=True,
      ),
    C("mr", "list", "abdomen", "Cirrhosis (HCV), surveillance, AFP rising", "None.", """
        Cirrhotic liver morphology. In segment 8 there is a 2.6 cm observation with nonrim arterial phase
        hyperenhancement, nonperipheral washout and an enhancing capsule: LI-RADS 5. No other observations.
        Main portal vein patent without tumor thrombus. Moderate splenomegaly at 16 cm. Small volume ascites.
        Esophageal varices.""",
      P("{m0} segment 8 observation, LI-RADS 5, definite hepatocellular carcinoma.",
        "LR-5 observation in segment 8 ({m0}) diagnostic of HCC.",
        mm=(26,), unit="cm", flip="No LI-RADS 4 or 5 observation."),
      N("portal vein tumor thrombus", "Portal vein patent, no tumor in vein.", "No tumor in vein."),
      P("Cirrhosis with portal hypertension: {g} splenomegaly ({m0}), small ascites and varices.",
        "Portal hypertension (splenomegaly {m0}, {g}; small volume ascites; esophageal varices) "
        "in a cirrhotic liver.", g="moderate", mm=(160,), unit="cm"),
      ),
    C("mr", "prose", "pelvis", "PSA 9.1, negative TRUS biopsy 2024", "None.", """
        Prostate volume 48 mL. In the left peripheral zone at the mid gland posterolateral there is a 1.4 cm
        lesion with marked diffusion restriction (ADC 650) and early focal enhancement: PI-RADS 5. Capsular
        abutment without definite extraprostatic extension. Seminal vesicles normal. No pelvic adenopathy.
        No suspicious bone lesion.""",
      P("{m0} PI-RADS 5 lesion in the {s} mid peripheral zone.",
        "{S} mid-gland peripheral zone lesion, {m0}, PI-RADS 5.",
        "PI-RADS 5: {s} peripheral zone, midgland, {m0}.", side="left", mm=(14,), unit="cm",
        flip="No clinically significant lesion (PI-RADS 2)."),
      NEG("No definite extraprostatic extension.", "Capsular abutment, no definite EPE.",
          flip="Extraprostatic extension."),
      N("pelvic lymphadenopathy", "No enlarged pelvic lymph nodes."),
      N("osseous metastases", "No suspicious bone lesion.", plural=True),
      ),
    C("mr", "prose", "knee", "knee pain after fall from bicycle (6 yo boy)", "None.", """
        pediatric knee mri. there is a nondisplaced Salter Harris type 2 fracture of the distal femoral
        physis medially, with metaphyseal extension. small hemarthrosis. the physis is otherwise of normal
        width. cruciate and collateral ligaments intact. menisci normal for age. no osteochondral lesion.""",
      P("Nondisplaced Salter-Harris II fracture of the distal femur.",
        "Salter Harris type 2 fracture, distal femoral physis, not displaced.", flip="No fracture."),
      P("{G} hemarthrosis.", "Hemarthrosis, {g}.", g="small"),
      N("ligament injury", "Ligaments intact."),
      ),
    C("mr", "caps", "spine", "MVC, NECK PAIN, NO DEFICIT", "None.", """
        MRI C-SPINE: PREVERTEBRAL EDEMA FROM C2-C5. SEVERE DISC BULGE AT C5-6 WITH MODERATE CENTRAL STENOSIS
        WITHOUT CORD SIGNAL ABNORMALITY. ANTERIOR LONGITUDINAL LIGAMENT DISRUPTION AT C5-6. NO FRACTURE. NO
        EPIDURAL HEMATOMA. INTERSPINOUS LIGAMENT EDEMA C4-C6.""",
      P("Anterior longitudinal ligament disruption at C5-6 with prevertebral edema.",
        "ALL injury at C5-6 and prevertebral edema C2-C5.", flip="Ligaments intact."),
      P("{G} central canal stenosis at C5-6, no cord signal abnormality.",
        "C5-6: {g} canal stenosis, normal cord signal.", g="moderate"),
      N("epidural hematoma"),
      P("Interspinous ligament edema C4-C6.", "Edema of the interspinous ligaments from C4 to C6."),
      ),
    C("mr", "prose", "head", "Sudden hearing loss left ear", "None.", """
        There is a 7 x 5 mm enhancing lesion in the left internal auditory canal without extension into the
        cerebellopontine angle, consistent with an intracanalicular vestibular schwannoma. Right IAC normal.
        Brain parenchyma normal. Mild mucosal thickening of the ethmoid air cells.""",
      P("{m0} enhancing {s} intracanalicular lesion, consistent with vestibular schwannoma.",
        "{S} intracanalicular vestibular schwannoma ({m0}).",
        "Vestibular schwannoma confined to the {s} IAC, measuring {m0}.",
        side="left", mm=((7, 5),), unit="mm", flip="No internal auditory canal lesion."),
      N("cerebellopontine angle extension", "No CPA component."),
      P("{G} ethmoid mucosal thickening.", "{G} mucosal thickening in the ethmoid air cells.", g="mild"),
      ),
    C("mr", "list", "abdomen", "Pancreatic cyst follow-up", "MRCP 1 year ago.", """
        Pancreas: 1.9 cm cystic lesion in the pancreatic body communicating with the main duct, previously
        1.8 cm, without enhancing nodule or wall thickening. Main pancreatic duct 3 mm. Additional 5 mm cysts in
        the tail, unchanged. Liver, spleen, kidneys normal.""",
      P("Branch-duct IPMN in the body, {m0} (previously {p0}), without worrisome features.",
        "Body side-branch IPMN measuring {m0}, was {p0}; no worrisome features or high-risk stigmata.",
        mm=(19,), prior=(18,), unit="cm", prior_unit="cm"),
      NEG("Main duct not dilated.", "Main pancreatic duct normal.", flip="Dilated main pancreatic duct."),
      P("Unchanged small cysts in the tail.", "Tiny tail cysts, unchanged."),
      prior=True,
      ),
    C("mr", "prose", "pelvis", "Pelvic pain, adnexal mass on US", "None.", """
        In the right adnexa there is a 6.2 x 5.0 cm T1 hyperintense cystic lesion which remains hyperintense
        on fat-saturated images with T2 shading, consistent with an endometrioma. No enhancing solid
        component. Left ovary normal. Uterus with a 2.1 cm intramural fibroid. Small amount of free fluid.""",
      P("{m0} {s} ovarian endometrioma without enhancing solid component.",
        "{S} endometrioma measuring {m0}, no solid enhancing tissue.",
        side="right", mm=((62, 50),), unit="cm"),
      P("{m0} intramural fibroid.", "Intramural leiomyoma, {m0}.", mm=(21,), unit="cm"),
      NEG("Normal {s} ovary.", "The {s} ovary is unremarkable.", flip="Abnormal {s} ovary.", side="left"),
      ),
    C("mr", "prose", "limb", "ankle sprain 3 mo ago, persistent lateral pain", "None.", """
        complete tear of the anterior talofibular ligament. high grade partial tear of the calcaneofibular
        ligament. the deltoid ligament is intact. 8 mm osteochondral lesion of the medial talar dome
        without loose fragment. peroneal tendons normal.""",
      P("Complete anterior talofibular ligament tear.", "ATFL full-thickness tear.", "Torn ATFL (complete)."),
      P("High-grade partial calcaneofibular ligament tear.", "High grade partial tear of the CFL."),
      P("{m0} medial talar dome osteochondral lesion without loose fragment.",
        "Osteochondral lesion of the medial talar dome, {m0}, no displaced fragment.",
        mm=(8,), unit="mm", flip="No osteochondral lesion."),
      N("peroneal tendon tear", "Peroneal tendons intact."),
      ),
    C("mr", "list", "head", "seizures, 3 yr old, developmental delay", "None.", """
        Pediatric MRI brain. Focal cortical thickening with blurring of the gray-white junction in the right
        frontal lobe and a transmantle sign, consistent with focal cortical dysplasia type 2. Myelination
        appropriate for age. Hippocampi symmetric and normal in signal. No hemorrhage.""",
      P("{S} frontal focal cortical dysplasia (type II, transmantle sign).",
        "Focal cortical dysplasia in the {s} frontal lobe, likely type 2.", side="right",
        flip="No epileptogenic lesion."),
      NEG("Normal hippocampi.", "Hippocampi normal.", flip="Hippocampal sclerosis."),
      NEG("Myelination appropriate for age.", "Age-appropriate myelination.", flip="Delayed myelination."),
      ),
]
