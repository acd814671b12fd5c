"""Clinical sentences for the synthetic reports, in the corpus markup ([[label|keep]], <<slot>>).

They carry the clinical content a redactor must leave alone: eponyms (many of them look like
surnames), anatomy, vertebral levels, measurements, scoring systems, MR sequences. Holdout has
its own extra sentences and eponyms on top of the shared ones.
"""

from __future__ import annotations

SHARED = {
    "ct_chest": [
        "There is a <<m1>> solid nodule in the [[anatomy|right upper lobe]] (series 4, image <<img>>).",
        "Interlobular septal thickening with [[eponym|Kerley B lines]] at the lung bases, suggesting interstitial edema.",
        "Bulky mediastinal lymphadenopathy, the largest node <<m2>>, compatible with known [[eponym|Hodgkin lymphoma]].",
        "Per [[score|Fleischner]] society guidelines, follow-up [[modality|CT]] in 6 to 12 months is recommended.",
        "Bilateral adrenal hyperplasia, in keeping with the history of [[eponym|Cushing syndrome]].",
        "Small atrophic adrenal glands, consistent with the known [[eponym|Addison disease]].",
        "Mild centrilobular emphysema in the upper lobes. The [[anatomy|central airways]] are patent.",
        "Small right pleural effusion. No pneumothorax.",
    ],
    "ct_abd": [
        "Wall thickening of the [[anatomy|terminal ileum]] with mucosal hyperenhancement, consistent with active [[eponym|Crohn disease]].",
        "A <<m2>> arterially enhancing observation in hepatic segment 7, categorized [[score|LI-RADS 3]].",
        "Heterogeneous <<m3>> mass arising from the [[anatomy|left kidney]], with claw sign, favoring recurrent [[eponym|Wilms tumor]].",
        "Simple cortical cysts in both kidneys; no hydronephrosis.",
        "The [[anatomy|pancreas]], [[anatomy|spleen]] and [[anatomy|gallbladder]] are unremarkable.",
        "Moderate atherosclerotic calcification of the [[anatomy|abdominal aorta]], normal caliber.",
    ],
    "mr_brain": [
        "Scattered foci of increased signal on [[sequence|T2 FLAIR]] in the periventricular white matter.",
        "No restricted diffusion on [[sequence|DWI]] to suggest acute infarct.",
        "Loss of the swallow tail sign in the [[anatomy|substantia nigra]], as can be seen in [[eponym|Parkinson disease]].",
        "Enhancement of the labyrinthine segment of the [[anatomy|left facial nerve]], compatible with [[eponym|Bell palsy]].",
        "The ventricles and sulci are normal in size for age. No midline shift.",
    ],
    "mr_spine": [
        "At [[vertebral_level|L4-L5]], a broad-based disc bulge causes moderate [[anatomy|central canal]] stenosis.",
        "At [[vertebral_level|C5-C6]], uncovertebral hypertrophy causes moderate left neural foraminal narrowing.",
        "Compression deformity of [[vertebral_level|T12]] with marrow edema on [[sequence|STIR]], suggesting an acute fracture.",
        "The [[anatomy|conus medullaris]] terminates normally at [[vertebral_level|L1]].",
    ],
    "mr_knee": [
        "A <<m2>> [[eponym|Baker cyst]] is present in the [[anatomy|popliteal fossa]].",
        "Oblique tear of the posterior horn of the [[anatomy|medial meniscus]] extending to the inferior articular surface.",
        "The [[anatomy|anterior cruciate ligament]] is intact. Small joint effusion.",
    ],
    "mr_prostate": [
        "A [[score|PI-RADS 4]] lesion in the left peripheral zone measures <<m1>>, hypointense on the ADC map.",
        "No extraprostatic extension. The [[anatomy|seminal vesicles]] are unremarkable.",
    ],
    "us_thyroid": [
        "The gland is heterogeneous and hypoechoic with increased vascularity, compatible with [[eponym|Hashimoto thyroiditis]].",
        "A <<m3>> solid hypoechoic nodule in the [[anatomy|right thyroid lobe]] is [[score|TI-RADS 4]].",
    ],
    "us_abd": [
        "Multiple shadowing gallstones. The [[anatomy|common bile duct]] measures <<m1:mm>>.",
        "The liver is echogenic, in keeping with steatosis. No focal lesion.",
        "A <<m2>> [[eponym|Baker cyst]] is seen posterior to the [[anatomy|medial femoral condyle]].",
    ],
    "xr": [
        "Fracture of the proximal ulna with anterior dislocation of the radial head, a [[eponym|Monteggia fracture]].",
        "Dorsally angulated fracture of the [[anatomy|distal radius]], a [[eponym|Colles fracture]].",
        "Cardiomegaly with [[eponym|Kerley B lines]] and small bilateral effusions, in keeping with pulmonary edema.",
        "No acute osseous abnormality. Mild degenerative change at [[vertebral_level|L5-S1]].",
    ],
    "mammo": [
        "Grouped amorphous calcifications in the [[anatomy|upper outer quadrant]] of the left breast spanning <<m1>>.",
        "An irregular <<m1>> mass with spiculated margins at 10 o'clock, 4 cm from the nipple.",
        "The breasts are heterogeneously dense, which may obscure small masses.",
        "No suspicious masses, calcifications or architectural distortion.",
    ],
}

HOLDOUT_EXTRA = {
    "ct_chest": [
        "Diffuse thyroid enlargement, in keeping with the history of [[eponym|Graves disease]].",
        "A <<m1>> part-solid nodule in the [[anatomy|left lower lobe]], [[score|Lung-RADS 4A]].",
    ],
    "ct_abd": [
        "Hilar cholangiocarcinoma ([[eponym|Klatskin tumor]]) with biliary dilatation.",
        "A [[score|Bosniak IIF]] cyst in the [[anatomy|right kidney]] measures <<m1>>.",
        "Blind-ending tubular structure in the right lower quadrant, likely a [[eponym|Meckel diverticulum]].",
    ],
    "mr_brain": [
        "Tonsillar descent of 7 mm, a [[eponym|Chiari I malformation]]. Foci of blooming on [[sequence|SWI]].",
        "No abnormal enhancement on [[sequence|T1 post-contrast]] images.",
    ],
    "mr_spine": [
        "[[eponym|Schmorl node]] at the superior endplate of [[vertebral_level|L3]]. Disc desiccation at [[vertebral_level|L5-S1]].",
        "At [[vertebral_level|C6-C7]], a left paracentral protrusion contacts the exiting nerve root.",
        "Expansion and coarse trabeculation of [[vertebral_level|T4]], favoring [[eponym|Paget disease]].",
    ],
    "mr_knee": [
        "A [[eponym|Segond fracture]] is present with a complete tear of the [[anatomy|anterior cruciate ligament]].",
        "Edema in [[anatomy|Hoffa fat pad]]. The [[anatomy|lateral meniscus]] is intact.",
    ],
    "mr_prostate": ["Diffusion restriction on [[sequence|DWI]] corresponds to a [[score|PI-RADS 5]] lesion measuring <<m1>>."],
    "us_thyroid": ["Diffusely enlarged hypervascular gland, consistent with [[eponym|Graves disease]]; [[score|TI-RADS 3]] nodule of <<m1>>."],
    "us_abd": ["Complex adnexal cyst measuring <<m3>>, [[score|O-RADS 3]]."],
    "xr": [
        "Transverse fracture of the base of the fifth metatarsal, a [[eponym|Jones fracture]].",
        "Volarly angulated distal radius fracture, a [[eponym|Smith fracture]].",
        "Impaction of the posterolateral humeral head, a [[eponym|Hill-Sachs lesion]], with a bony [[eponym|Bankart lesion]].",
        "Fragmentation of the tibial tubercle, compatible with [[eponym|Osgood-Schlatter disease]].",
    ],
    "mammo": ["Focal asymmetry in the [[anatomy|retroareolar region]] of the right breast, [[score|BI-RADS 3]]."],
}

# (exam title markup, topics, accession prefix modality)
EXAMS = {
    "CT": [("[[modality|CT]] CHEST WITHOUT CONTRAST", ["ct_chest"]),
           ("[[modality|CT]] ABDOMEN AND PELVIS WITH CONTRAST", ["ct_abd"]),
           ("[[modality|CT]] CHEST, ABDOMEN AND PELVIS WITH CONTRAST", ["ct_chest", "ct_abd"])],
    "MR": [("[[modality|MRI]] BRAIN WITH AND WITHOUT CONTRAST", ["mr_brain"]),
           ("[[modality|MRI]] LUMBAR SPINE WITHOUT CONTRAST", ["mr_spine"]),
           ("[[modality|MRI]] CERVICAL SPINE WITHOUT CONTRAST", ["mr_spine"]),
           ("[[modality|MRI]] LEFT KNEE WITHOUT CONTRAST", ["mr_knee"]),
           ("[[modality|MRI]] PROSTATE MULTIPARAMETRIC", ["mr_prostate"])],
    "US": [("[[modality|US]] THYROID", ["us_thyroid"]), ("[[modality|US]] ABDOMEN COMPLETE", ["us_abd"])],
    "XR": [("[[modality|XR]] CHEST 2 VIEWS", ["xr"]), ("[[modality|XR]] LEFT WRIST 3 VIEWS", ["xr"]), ("[[modality|XR]] RIGHT FOREARM 2 VIEWS", ["xr"])],
    "MG": [("MAMMOGRAM BILATERAL SCREENING WITH TOMOSYNTHESIS", ["mammo"]),
           ("MAMMOGRAM LEFT DIAGNOSTIC", ["mammo"])],
}

IMPRESSIONS = {
    "ct_chest": ["[[score|Lung-RADS 3]] nodule; follow-up as above.", "Interstitial edema.", "No acute cardiopulmonary process."],
    "ct_abd": ["Active inflammatory bowel disease as described.", "[[score|LI-RADS 3]] observation; multiphase [[modality|MRI]] suggested."],
    "mr_brain": ["Nonspecific white matter changes, likely chronic small vessel ischemic disease.", "No acute intracranial abnormality."],
    "mr_spine": ["Multilevel degenerative change, worst at [[vertebral_level|L4-L5]].", "Acute [[vertebral_level|T12]] compression fracture."],
    "mr_knee": ["Medial meniscal tear. [[eponym|Baker cyst]]."],
    "mr_prostate": ["[[score|PI-RADS 4]]: clinically significant cancer is likely."],
    "us_thyroid": ["[[score|TI-RADS 4]] nodule: fine-needle aspiration recommended if at least 1.5 cm."],
    "us_abd": ["Cholelithiasis without cholecystitis."],
    "xr": ["Acute fracture as described.", "No acute osseous abnormality."],
    "mammo": ["[[score|BI-RADS 4]]: Suspicious abnormality. Biopsy should be considered.",
              "[[score|BI-RADS 2]]: Benign. Routine screening in one year.",
              "[[score|BI-RADS 0]]: Incomplete. Additional imaging evaluation needed."],
}

HISTORIES = [
    "cough and weight loss", "abdominal pain", "headache and dizziness", "low back pain radiating to the left leg",
    "knee pain after a fall", "rising PSA", "palpable neck nodule", "right upper quadrant pain",
    "fall on an outstretched hand", "routine screening",
]
