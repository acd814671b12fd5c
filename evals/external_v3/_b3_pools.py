"""Plausible invented findings by body region, and invented comparisons.

A fabrication is used only when none of its keywords occurs in the case's source or reference, so the source
neither reports the finding nor denies it (``make_pairs`` asserts this for every fabricated candidate).
Keywords therefore include the usual synonyms and the organ itself where a normal statement about the organ
would count as a mention.
"""

from __future__ import annotations

FABRICATIONS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "chest": (
        ("Small hiatal hernia.", ("hiatal", "hernia")),
        ("Healed fracture of the left posterior sixth rib.", ("rib", "fracture", "osseous", "bon")),
        ("Calcified granuloma in the right upper lobe.", ("granuloma", "calcif", "nodul", "upper lobe")),
        ("Mild thoracic spondylosis.", ("spondyl", "degenerat", "spine", "osseous")),
        ("Subsegmental atelectasis at the left lung base.", ("atelecta", "base", "basilar")),
        ("Atherosclerotic calcification of the thoracic aorta.", ("aort", "atheroscl", "calcif")),
        ("Mildly dilated main pulmonary artery, which can be seen with pulmonary hypertension.",
         ("pulmonary arter", "pulmonary hypertension", "pulmonary trunk")),
    ),
    "abdomen": (
        ("Hepatic steatosis.", ("steato", "fatty", "liver", "hepat")),
        ("Simple cyst in the left kidney, no follow-up needed.", ("cyst", "renal", "kidney")),
        ("Sigmoid diverticulosis without diverticulitis.", ("diverticul", "sigmoid", "colon")),
        ("Cholelithiasis without evidence of acute cholecystitis.", ("chole", "gallbladder", "gallstone")),
        ("Small fat-containing umbilical hernia.", ("hernia", "umbilic")),
        ("Mild splenomegaly.", ("splen",)),
        ("Small volume of free fluid in the pelvis.", ("free fluid", "ascites", "fluid")),
        ("Atherosclerotic calcification of the abdominal aorta.", ("aort", "atheroscl", "calcif")),
        ("Left adrenal nodule, likely an adenoma.", ("adrenal", "adenoma")),
    ),
    "pelvis": (
        ("Small intramural fibroid.", ("fibroid", "leiomyom", "uter")),
        ("Small left ovarian follicle.", ("ovar", "follic", "adnex")),
        ("Trace free fluid in the cul-de-sac.", ("free fluid", "cul-de-sac", "fluid")),
        ("Mild bladder wall thickening.", ("bladder",)),
        ("Nabothian cysts in the cervix.", ("naboth", "cervi")),
    ),
    "head": (
        ("Chronic lacunar infarct in the left basal ganglia.", ("lacun", "infarct", "basal ganglia", "stroke")),
        ("Mild chronic small vessel ischemic change.", ("small vessel", "white matter", "microvascular", "ischemi")),
        ("Mucosal thickening in the maxillary sinuses.", ("sinus", "mucosa")),
        ("Partially empty sella.", ("sella", "pituitar")),
        ("Mild generalized parenchymal volume loss.", ("volume loss", "atroph", "parenchymal")),
        ("Developmental venous anomaly in the right frontal lobe.", ("venous anomaly", "dva", "frontal")),
    ),
    "spine": (
        ("Incidental hemangioma in the L2 vertebral body.", ("hemangioma", "l2")),
        ("Small Tarlov cyst at S2.", ("tarlov", "perineural", "s2")),
        ("Schmorl node at the T12 inferior endplate.", ("schmorl", "t12", "endplate")),
        ("Small left renal cyst, incompletely imaged.", ("renal", "kidney", "cyst")),
        ("Mild bilateral facet arthropathy at L5-S1.", ("facet", "l5-s1", "l5")),
    ),
    "knee": (
        ("Small joint effusion.", ("effusion", "fluid")),
        ("Small Baker cyst.", ("baker", "popliteal cyst", "cyst")),
        ("Mild chondromalacia of the patella.", ("chondr", "patell", "cartilage")),
        ("Bone contusion of the lateral femoral condyle.", ("contusion", "bruise", "marrow", "edema")),
        ("Mild quadriceps tendinosis.", ("quadriceps", "tendin")),
    ),
    "shoulder": (
        ("Moderate subacromial-subdeltoid bursitis.", ("bursa", "bursitis", "subacromial")),
        ("Acromioclavicular joint osteoarthritis.", ("acromioclavicular", "ac joint", "arthr")),
        ("Tenosynovitis of the long head of the biceps tendon.", ("biceps", "tenosynov")),
        ("Small glenohumeral joint effusion.", ("effusion", "glenohumeral", "fluid")),
    ),
    "limb": (
        ("Small joint effusion.", ("effusion", "fluid")),
        ("Soft tissue swelling.", ("soft tissue", "swelling", "edema")),
        ("Mild degenerative change.", ("degenerat", "arthr", "osteophyt")),
        ("Small well-corticated ossicle, likely an old avulsion injury.", ("ossic", "avulsion", "fragment")),
    ),
    "neck": (
        ("Several subcentimeter reactive-appearing cervical lymph nodes.", ("lymph", "node", "adenopath")),
        ("Small colloid cyst in the left thyroid lobe.", ("colloid", "cyst", "thyroid")),
        ("Mild diffuse heterogeneity of the thyroid parenchyma.", ("heterogene", "thyroid", "parenchym")),
        ("Partially imaged calcified plaque at the carotid bifurcation.", ("carotid", "plaque", "calcif")),
        ("Small calculus in the submandibular gland.", ("submandibular", "calcul", "stone")),
    ),
    "vascular": (
        ("Small Baker cyst in the popliteal fossa.", ("baker", "popliteal fossa", "cyst")),
        ("Superficial thrombophlebitis of the great saphenous vein.", ("saphenous", "superficial", "phlebitis")),
        ("Subcutaneous edema of the calf.", ("edema", "subcutaneous", "swelling")),
        ("Partially occlusive thrombus in the posterior tibial vein.", ("tibial", "thromb", "occlus")),
    ),
    "breast": (
        ("Benign-appearing intramammary lymph node.", ("intramammary", "lymph", "node")),
        ("Scattered benign-appearing calcifications.", ("calcif",)),
        ("Mild skin thickening.", ("skin", "thicken")),
        ("Simple cyst at 3 o'clock, benign.", ("cyst", "3 o'clock")),
    ),
    "obstetric": (
        ("Marginal cord insertion.", ("cord insertion", "marginal", "umbilical cord")),
        ("Echogenic intracardiac focus.", ("echogenic", "intracardiac", "focus")),
        ("Mild fetal pyelectasis.", ("pyelect", "renal pelvis", "kidney", "hydroneph")),
        ("Low-lying placenta.", ("low-lying", "previa", "internal os", "placental edge")),
    ),
    "nuclear": (
        ("Focal uptake in the left thyroid lobe.", ("thyroid",)),
        ("Degenerative uptake in both knees.", ("knee", "degenerat")),
        ("Mild uptake in the sacroiliac joints.", ("sacroiliac", "si joint")),
        ("Uptake in the right sternoclavicular joint, likely degenerative.", ("sternoclavicular", "degenerat")),
    ),
}

COMPARISON_CLAUSES = (
    ", new since the prior study",
    ", unchanged from the previous examination",
    ", increased compared with prior",
    ", stable compared to prior imaging",
    ", which is new compared with the last exam",
    ", slightly larger than on the prior study",
    ", decreased since the previous study",
)

COMPARISON_SENTENCES = (
    "No significant interval change since the prior study.",
    "Otherwise stable compared with the previous examination.",
    "Findings are similar to the prior exam.",
    "Appearance is unchanged from the prior study.",
    "Overall improved compared with prior.",
)
