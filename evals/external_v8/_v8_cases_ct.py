"""Hand-written CT cases of the v8 set (academic, community, ED, teleradiology, pediatric, vascular, neuro)."""

from _v8_model import NP, N, O, P, cases_of

CASES = cases_of(
    "ct",
    [
        {  # academic chest, PE protocol
            "practice": "academic chest",
            "ind": "54-year-old woman with pleuritic chest pain, tachycardia and elevated D-dimer.",
            "comp": "None.",
            "find": (
                "PULMONARY ARTERIES: Adequate opacification. Occlusive and nonocclusive filling defects in the right "
                "lower lobe segmental and subsegmental arteries. No saddle embolus. RV/LV ratio 0.8, no septal "
                "bowing. LUNGS: Peripheral wedge-shaped opacity in the posterior basal right lower lobe, likely "
                "infarct. No pneumothorax. PLEURA: Small right pleural effusion. HEART: Normal size, no pericardial "
                "effusion. UPPER ABDOMEN: Unremarkable."
            ),
            "imp": [
                NP(
                    "acute pulmonary emboli in the {side} lower lobe segmental and subsegmental arteries",
                    "{side} lower lobe segmental and subsegmental pulmonary emboli",
                    "acute segmental/subsegmental PE involving the {side} lower lobe",
                    side="right",
                    absent="pulmonary embolism",
                ),
                N("right heart strain"),
                P(
                    "Wedge-shaped peripheral opacity in the {side} lower lobe, likely a pulmonary infarct",
                    "Peripheral {side} lower lobe opacity. This likely represents infarction",
                    "Probable small {side} lower lobe pulmonary infarct",
                    side="right",
                    absent="pulmonary infarct",
                ),
                NP(
                    "{sev} {side} pleural effusion",
                    "{sev} effusion on the {side}",
                    sev="small",
                    side="right",
                    absent="pleural effusion",
                ),
            ],
            "fabs": [
                ("lymphadenopathy", "mediastinal lymphadenopathy"),
                ("nodule", "5 mm left upper lobe pulmonary nodule"),
            ],
        },
        {  # community ED head trauma
            "practice": "community ED",
            "ind": "Fall down stairs, on anticoagulation, GCS 14.",
            "comp": "None available.",
            "find": (
                "There is an acute holohemispheric subdural hematoma along the right cerebral convexity measuring "
                "up to 8 mm in thickness. Mass effect with effacement of the right lateral ventricle and 3 mm of "
                "leftward midline shift. Basal cisterns are patent. No intraventricular blood. Small right parietal "
                "scalp hematoma. Calvarium intact, no skull fracture. Sinuses and mastoids clear."
            ),
            "imp": [
                NP(
                    "acute {side} holohemispheric subdural hematoma measuring {size} in maximal thickness",
                    "{size} thick acute subdural hematoma over the {side} convexity",
                    "acute {side} convexity subdural hematoma, {size} thick",
                    side="right",
                    size=(8,),
                    absent="subdural hematoma",
                ),
                NP(
                    "{size} of midline shift",
                    "midline shift of {size}",
                    "associated {size} midline shift",
                    size=(3,),
                    absent="midline shift",
                ),
                NP(
                    "{sev} {side} parietal scalp hematoma",
                    "{sev} scalp hematoma over the {side} parietal bone",
                    sev="small",
                    side="right",
                    absent="scalp hematoma",
                ),
                N("skull fracture"),
                N("intraventricular hemorrhage"),
            ],
            "fabs": [
                ("contusion", "hemorrhagic contusion of the left frontal lobe"),
                ("herniation", "early uncal herniation"),
            ],
        },
        {  # community body, terse
            "practice": "community body",
            "ind": "RLQ pain, fever, leukocytosis.",
            "comp": "None.",
            "find": (
                "Appendix is dilated to 11 mm with wall hyperenhancement, periappendiceal fat stranding and an "
                "obstructing appendicolith at its base. No periappendiceal abscess or extraluminal gas. Small "
                "amount of free fluid in the pelvis. Liver, spleen, pancreas, adrenals and kidneys unremarkable. "
                "Bowel otherwise normal caliber."
            ),
            "imp": [
                P(
                    "Acute appendicitis with an obstructing appendicolith; the appendix measures {size}",
                    "Findings consistent with acute appendicitis. Appendix is dilated to {size} with an appendicolith",
                    "Acute appendicitis (appendix {size}, appendicolith present)",
                    size=(11,),
                    absent="acute appendicitis",
                ),
                N("abscess"),
                N("extraluminal gas"),
                NP(
                    "{sev} amount of free pelvic fluid",
                    "{sev} volume free fluid in the pelvis",
                    sev="small",
                    absent="free pelvic fluid",
                ),
            ],
            "fabs": [("diverticulitis", "sigmoid diverticulitis"), ("hernia", "fat-containing umbilical hernia")],
        },
        {  # ED renal colic
            "practice": "ED renal stone protocol",
            "ind": "Left flank pain radiating to groin, hematuria.",
            "comp": "N/A",
            "find": (
                "Noncontrast technique. 5 mm calculus at the left ureterovesical junction with moderate left "
                "hydroureteronephrosis and perinephric stranding. Nonobstructing 3 mm calculus in the lower pole of "
                "the right kidney. No right hydronephrosis. Bladder partially distended. Appendix normal."
            ),
            "imp": [
                P(
                    "{size} obstructing {side} UVJ calculus with {sev} {side} hydroureteronephrosis",
                    "{Sev} {side} hydroureteronephrosis due to a {size} stone at the {side} ureterovesical junction",
                    "Obstructing {size} {side} ureterovesical junction stone causing {sev} "
                    "hydroureteronephrosis on the {side}",
                    side="left",
                    size=(5,),
                    sev="moderate",
                    absent="obstructing ureteral calculus",
                ),
                NP(
                    "{size} nonobstructing {side} lower pole renal calculus",
                    "nonobstructing {side} renal stone, {size}, lower pole",
                    side="right",
                    size=(3,),
                    absent="renal calculus",
                ),
                N("right hydronephrosis"),
            ],
            "fabs": [("adrenal", "1.5 cm left adrenal adenoma"), ("cholelithiasis", "cholelithiasis")],
        },
        {  # community chest, incidental nodule
            "practice": "community outpatient",
            "ind": "Chronic cough, 30 pack-year smoker.",
            "comp": "None.",
            "find": (
                "Lungs: 8 mm solid nodule in the right upper lobe (series 3, image 42). Mild centrilobular "
                "emphysema, upper lobe predominant. No consolidation or effusion. Mediastinum: No adenopathy. "
                "Heart: Normal size. Coronary artery calcifications. Osseous structures: degenerative changes."
            ),
            "imp": [
                NP(
                    "{size} solid {side} upper lobe pulmonary nodule",
                    "solid nodule, {side} upper lobe, {size}",
                    "{side} upper lobe solid nodule measuring {size}",
                    side="right",
                    size=(8,),
                    absent="pulmonary nodule",
                ),
                O(
                    "Per Fleischner Society guidelines, CT in 6-12 months is recommended",
                    "Recommend chest CT in 6 to 12 months per Fleischner criteria",
                    "Fleischner: follow-up CT at 6-12 months recommended",
                ),
                NP(
                    "{sev} centrilobular emphysema",
                    "{sev} upper lobe predominant emphysema",
                    sev="mild",
                    absent="emphysema",
                ),
                NP(
                    "coronary artery calcifications",
                    "coronary atherosclerotic calcification",
                    absent="coronary artery calcification",
                    key=False,
                ),
                N("mediastinal adenopathy"),
            ],
            "fabs": [
                ("bronchiectasis", "cylindrical bronchiectasis in the lower lobes"),
                ("thyroid", "1.2 cm right thyroid nodule"),
            ],
        },
        {  # academic oncology, with prior
            "practice": "academic oncology",
            "ind": "Metastatic colon cancer on FOLFOX. Restaging.",
            "comp": "CT abdomen and pelvis 3 months ago.",
            "prior": True,
            "find": (
                "Liver: The segment 7 metastasis measures 2.1 x 1.8 cm, previously 3.4 x 2.9 cm. The segment 4a "
                "metastasis measures 9 mm, previously 15 mm. No new hepatic lesions. Portal veins patent. "
                "Lymph nodes: No new adenopathy. Peritoneum: No ascites or nodularity. Lung bases: Unchanged 6 mm "
                "left lower lobe nodule."
            ),
            "imp": [
                P(
                    "Decreased segment 7 hepatic metastasis, now {size}, previously {prior}",
                    "Segment 7 liver metastasis has decreased to {size} (from {prior})",
                    "Interval decrease of the segment 7 metastasis: {size} versus {prior}",
                    size=(21, 18),
                    prior=(34, 29),
                    absent="segment 7 hepatic metastasis",
                ),
                P(
                    "Segment 4a metastasis decreased to {size} from {prior}",
                    "Smaller segment 4a lesion, {size} (was {prior})",
                    size=(9,),
                    prior=(15,),
                    absent="segment 4a metastasis",
                ),
                N("new hepatic or nodal metastases"),
                P(
                    "Unchanged {size} {side} lower lobe nodule",
                    "{Side} lower lobe nodule stable at {size}",
                    size=(6,),
                    side="left",
                    absent="lung nodule",
                    key=False,
                ),
                O(
                    "Overall findings consistent with treatment response",
                    "Findings indicate partial response to therapy",
                ),
            ],
            "fabs": [("splenomegaly", "mild splenomegaly"), ("biliary", "intrahepatic biliary dilatation")],
        },
        {  # teleradiology C-spine, upper case numbered
            "practice": "teleradiology prelim",
            "layout": "numbered",
            "upper": True,
            "ind": "MVC, NECK PAIN. NEXUS POSITIVE.",
            "comp": "NONE.",
            "find": (
                "ACUTE NONDISPLACED FRACTURE THROUGH THE RIGHT C6 LAMINA. NO FACET DISLOCATION. VERTEBRAL BODY "
                "HEIGHTS MAINTAINED. NO MALALIGNMENT. PREVERTEBRAL SOFT TISSUES WITHIN NORMAL LIMITS. MILD "
                "MULTILEVEL DEGENERATIVE DISC DISEASE, WORST AT C5-C6."
            ),
            "imp": [
                NP(
                    "acute nondisplaced fracture of the {side} C6 lamina",
                    "nondisplaced {side} C6 laminar fracture",
                    "{side} C6 lamina fracture, acute and nondisplaced",
                    side="right",
                    absent="cervical spine fracture",
                ),
                N("malalignment"),
                N("prevertebral soft tissue swelling"),
                NP(
                    "{sev} multilevel degenerative disc disease, worst at C5-C6",
                    "{sev} degenerative disc disease at multiple levels, most pronounced at C5-C6",
                    sev="mild",
                    absent="degenerative disc disease",
                ),
                O(
                    "CTA of the neck may be considered to evaluate the vertebral arteries",
                    "Consider CT angiography of the neck to assess the vertebral arteries",
                ),
            ],
            "fabs": [("epidural", "epidural hematoma at C6"), ("odontoid", "type II odontoid fracture")],
        },
        {  # neuro stroke code
            "practice": "academic neuro stroke",
            "ind": "Code stroke. Right hemiparesis and aphasia, last known well 90 minutes.",
            "comp": "None.",
            "find": (
                "Noncontrast head: Hyperdense left MCA sign. Early loss of gray-white differentiation in the left "
                "insula and frontal operculum, ASPECTS 8. No intracranial hemorrhage. Mild chronic small vessel "
                "ischemic disease. CTA: Abrupt occlusion of the left M1 segment of the middle cerebral artery with "
                "good collaterals. Cervical carotids without significant stenosis."
            ),
            "imp": [
                NP(
                    "occlusion of the {side} M1 segment of the middle cerebral artery",
                    "{side} M1 MCA occlusion with good collaterals",
                    "acute {side} middle cerebral artery M1 occlusion",
                    side="left",
                    absent="large vessel occlusion",
                ),
                P(
                    "Early ischemic change in the {side} insula and frontal operculum (ASPECTS 8)",
                    "ASPECTS 8, with early ischemia involving the {side} insula and frontal operculum",
                    side="left",
                    absent="early ischemic change",
                ),
                N("intracranial hemorrhage"),
                NP(
                    "{sev} chronic small vessel ischemic disease",
                    "{sev} chronic microangiopathic changes",
                    sev="mild",
                    absent="small vessel ischemic disease",
                    key=False,
                ),
                O(
                    "Findings discussed with the stroke team at the time of interpretation",
                    "Results communicated to the stroke neurologist",
                ),
            ],
            "fabs": [
                ("aneurysm", "3 mm right ICA terminus aneurysm"),
                ("dissection", "left vertebral artery dissection"),
            ],
        },
        {  # body, pancreatitis
            "practice": "academic body",
            "ind": "Epigastric pain radiating to back, lipase 2400.",
            "comp": "None.",
            "find": (
                "PANCREAS: Diffusely edematous with peripancreatic fat stranding and a small volume of "
                "peripancreatic fluid. Homogeneous enhancement, no necrosis. HEPATOBILIARY: Multiple gallstones. "
                "Common bile duct measures 6 mm. No intrahepatic ductal dilatation. VESSELS: Splenic and portal "
                "veins patent. OTHER: No free air."
            ),
            "imp": [
                NP(
                    "acute interstitial edematous pancreatitis",
                    "acute pancreatitis, interstitial edematous type",
                    absent="acute pancreatitis",
                ),
                N("pancreatic necrosis"),
                NP(
                    "{sev} volume of peripancreatic fluid",
                    "{sev} amount of peripancreatic fluid",
                    sev="small",
                    absent="peripancreatic fluid",
                ),
                NP("cholelithiasis", "multiple gallstones", absent="cholelithiasis"),
                P(
                    "Common bile duct measures {size}",
                    "CBD {size}",
                    "The common bile duct is {size} in caliber",
                    size=(6,),
                    absent="common bile duct dilatation",
                    key=False,
                ),
                N("splenic or portal vein thrombosis"),
            ],
            "fabs": [("pseudocyst", "4 cm pancreatic tail pseudocyst"), ("pneumatosis", "pneumatosis of the colon")],
        },
        {  # community chest, lung cancer with prior
            "practice": "community oncology",
            "ind": "Right upper lobe adenocarcinoma, post chemoradiation, rising CEA.",
            "comp": "CT chest 4 months ago.",
            "prior": True,
            "find": (
                "The right upper lobe mass measures 4.2 x 3.1 cm, previously 3.0 x 2.4 cm. Right hilar lymph node "
                "measures 1.6 cm in short axis, previously 0.9 cm. Moderate right pleural effusion, previously "
                "small. No contralateral nodules. Osseous structures without destructive lesion."
            ),
            "imp": [
                P(
                    "Enlarging {side} upper lobe mass, {size} (previously {prior})",
                    "The {side} upper lobe mass has grown to {size}, from {prior}",
                    "Increased size of the {side} upper lobe primary, now {size} versus {prior} before",
                    side="right",
                    size=(42, 31),
                    prior=(30, 24),
                    absent="lung mass",
                ),
                P(
                    "Enlarged {side} hilar node, {size} short axis, previously {prior}",
                    "{Side} hilar lymph node increased to {size} short axis (from {prior})",
                    side="right",
                    size=(16,),
                    prior=(9,),
                    absent="hilar adenopathy",
                ),
                P(
                    "Increased {side} pleural effusion, now {sev}",
                    "{Sev} {side} pleural effusion, larger than before",
                    side="right",
                    sev="amount:moderate",
                    absent="pleural effusion",
                ),
                O("Findings compatible with disease progression", "Overall, progression of disease"),
                N("osseous metastases"),
            ],
            "fabs": [("pericardial", "small pericardial effusion"), ("adrenal", "2 cm left adrenal nodule")],
        },
        {  # ED SBO, numbered
            "practice": "ED, numbered",
            "layout": "numbered",
            "ind": "Vomiting, abdominal distension, prior hysterectomy.",
            "comp": "None.",
            "find": (
                "Multiple dilated fluid-filled small bowel loops measuring up to 3.8 cm with a transition point in "
                "the right lower quadrant, likely an adhesion. Distal ileum and colon decompressed. Bowel walls "
                "enhance normally, no pneumatosis or portal venous gas. Small volume ascites. No free air."
            ),
            "imp": [
                P(
                    "Small bowel obstruction with a transition point in the {side} lower quadrant, likely adhesive",
                    "Adhesive small bowel obstruction, transition in the {side} lower quadrant",
                    "SBO with transition point in the {side} lower quadrant. Likely adhesion",
                    side="right",
                    absent="small bowel obstruction",
                ),
                P(
                    "Small bowel dilated up to {size}",
                    "Dilated small bowel loops measure up to {size}",
                    size=(38,),
                    absent="small bowel dilatation",
                    key=False,
                ),
                N("pneumatosis or portal venous gas", "Pneumatosis and portal venous gas are present"),
                NP("{sev} volume ascites", "{sev} amount of ascites", sev="small", absent="ascites"),
                N("free air"),
            ],
            "fabs": [("volvulus", "cecal volvulus"), ("intussusception", "jejunal intussusception")],
        },
        {  # vascular, AAA
            "practice": "vascular surgery referral",
            "ind": "Pulsatile abdominal mass on exam.",
            "comp": "None.",
            "find": (
                "Infrarenal abdominal aortic aneurysm measuring 5.6 x 5.4 cm with eccentric mural thrombus. "
                "Aneurysm neck length 18 mm. No periaortic stranding or retroperitoneal hematoma. Right common "
                "iliac artery aneurysm measuring 2.2 cm. Left common iliac artery normal caliber. Renal arteries "
                "single bilaterally and patent."
            ),
            "imp": [
                NP(
                    "infrarenal abdominal aortic aneurysm measuring {size} with mural thrombus",
                    "{size} infrarenal AAA containing eccentric mural thrombus",
                    "infrarenal aortic aneurysm, {size}, with mural thrombus",
                    size=(56, 54),
                    absent="abdominal aortic aneurysm",
                ),
                N("rupture or retroperitoneal hematoma"),
                NP(
                    "{size} {side} common iliac artery aneurysm",
                    "aneurysmal {side} common iliac artery, {size}",
                    side="right",
                    size=(22,),
                    absent="iliac artery aneurysm",
                ),
                O("Vascular surgery consultation is recommended", "Recommend vascular surgery referral"),
            ],
            "fabs": [("dissection", "aortic dissection flap"), ("horseshoe", "horseshoe kidney")],
        },
        {  # pediatric neck
            "practice": "children's hospital",
            "unit": "mm",
            "ind": "4-year-old boy with fever, neck stiffness and torticollis.",
            "comp": "None.",
            "find": (
                "Rim-enhancing fluid collection in the left retropharyngeal space measuring 24 x 16 mm, consistent "
                "with abscess. Mild narrowing of the oropharyngeal airway. Enlarged bilateral level II lymph nodes, "
                "likely reactive. No jugular vein thrombosis. Mastoids clear."
            ),
            "imp": [
                NP(
                    "{size} {side} retropharyngeal abscess",
                    "rim-enhancing {side} retropharyngeal collection measuring {size}, consistent with abscess",
                    side="left",
                    size=(24, 16),
                    absent="retropharyngeal abscess",
                ),
                NP(
                    "{sev} narrowing of the oropharyngeal airway",
                    "{sev} oropharyngeal airway narrowing",
                    sev="mild",
                    absent="airway narrowing",
                ),
                NP(
                    "reactive-appearing bilateral cervical lymphadenopathy",
                    "bilateral level II nodes, likely reactive",
                    absent="cervical lymphadenopathy",
                    key=False,
                ),
                N("internal jugular vein thrombosis"),
            ],
            "fabs": [("mastoiditis", "acute mastoiditis"), ("epiglottis", "swollen epiglottis")],
        },
        {  # renal mass, academic GU
            "practice": "academic GU",
            "ind": "Microscopic hematuria.",
            "comp": "None.",
            "find": (
                "Kidneys: 2.8 cm heterogeneously enhancing solid mass arising from the interpolar right kidney, "
                "enhancing from 25 to 110 HU. Renal veins patent. Left kidney contains a 1.5 cm simple cyst. No "
                "hydronephrosis. Adrenals normal. No retroperitoneal adenopathy."
            ),
            "imp": [
                NP(
                    "{size} enhancing solid {side} renal mass, suspicious for renal cell carcinoma",
                    "solid enhancing mass in the interpolar {side} kidney ({size}), concerning for RCC",
                    "{side} interpolar renal mass, {size}, enhancing; suspicious for renal cell carcinoma",
                    side="right",
                    size=(28,),
                    absent="renal mass",
                ),
                N("renal vein invasion"),
                N("retroperitoneal adenopathy"),
                NP(
                    "{size} simple {side} renal cyst, Bosniak 1",
                    "simple cyst of the {side} kidney measuring {size}",
                    side="left",
                    size=(15,),
                    absent="renal cyst",
                    key=False,
                ),
            ],
            "fabs": [
                ("angiomyolipoma", "fat-containing angiomyolipoma"),
                ("pheochromocytoma", "left pheochromocytoma"),
            ],
        },
        {  # teleradiology chest prelim
            "practice": "overnight teleradiology",
            "ind": "Fever and hypoxia.",
            "comp": "None.",
            "find": (
                "Dense consolidation with air bronchograms in the left lower lobe. Small left pleural effusion "
                "without loculation. Remaining lungs clear. No cavitation. No pneumothorax. Heart size normal. "
                "Mildly enlarged left hilar nodes up to 11 mm."
            ),
            "imp": [
                NP(
                    "{side} lower lobe consolidation, consistent with pneumonia",
                    "{side} lower lobe pneumonia with air bronchograms",
                    "pneumonia of the {side} lower lobe",
                    side="left",
                    absent="pneumonia",
                ),
                NP(
                    "{sev} {side} pleural effusion",
                    "{sev} non-loculated effusion on the {side}",
                    sev="small",
                    side="left",
                    absent="pleural effusion",
                ),
                N("cavitation"),
                P(
                    "Hilar nodes up to {size}, likely reactive",
                    "Mildly enlarged hilar nodes measuring up to {size}, presumably reactive",
                    size=(11,),
                    absent="hilar adenopathy",
                    key=False,
                ),
            ],
            "fabs": [("empyema", "early empyema"), ("embolism", "pulmonary embolism")],
        },
        {  # neuro, SDH follow-up with prior
            "practice": "neurosurgery follow-up",
            "ind": "Follow-up of right subdural hematoma, conservative management.",
            "comp": "CT head 5 days ago.",
            "prior": True,
            "find": (
                "The right frontoparietal subdural hematoma has decreased in thickness, now 6 mm, previously 11 mm, "
                "with evolving hypodense components. Midline shift has resolved (previously 4 mm). No new "
                "hemorrhage. Ventricles normal in size. No hydrocephalus. Mild generalized cerebral volume loss."
            ),
            "imp": [
                P(
                    "Decreasing {side} frontoparietal subdural hematoma, {size} (previously {prior})",
                    "{Side} frontoparietal SDH now measures {size}, down from {prior}",
                    "Smaller evolving {side} subdural hematoma: {size}, was {prior}",
                    side="right",
                    size=(6,),
                    prior=(11,),
                    absent="subdural hematoma",
                ),
                O("Resolved midline shift", "Midline shift has resolved", "No residual midline shift"),
                N("new hemorrhage"),
                N("hydrocephalus"),
                NP(
                    "{sev} generalized cerebral volume loss",
                    "{sev} global cerebral atrophy",
                    sev="mild",
                    absent="cerebral volume loss",
                    key=False,
                ),
            ],
            "fabs": [("contusion", "left temporal contusion"), ("infarct", "right PCA territory infarct")],
        },
        {  # facial trauma, non-native English style
            "practice": "community ED, non-native writer",
            "ind": "Assault with punch to the face. Pain left cheek.",
            "comp": "None.",
            "find": (
                "Is seen a minimally displaced fracture of the left zygomatic arch. Fluid level in left maxillary "
                "sinus, hemosinus probably. The orbital floors are intact bilaterally. Soft tissue swelling over "
                "left malar region, moderate. Mandible and nasal bones normal. Globes are intact."
            ),
            "imp": [
                NP(
                    "minimally displaced fracture of the {side} zygomatic arch",
                    "{side} zygomatic arch fracture, minimally displaced",
                    side="left",
                    absent="zygomatic arch fracture",
                ),
                NP(
                    "{side} maxillary sinus hemosinus",
                    "blood in the {side} maxillary sinus",
                    side="left",
                    absent="hemosinus",
                ),
                N("orbital floor fracture"),
                NP(
                    "{sev} {side} malar soft tissue swelling",
                    "{sev} swelling of the {side} cheek soft tissues",
                    sev="moderate",
                    side="left",
                    absent="soft tissue swelling",
                ),
                N("globe injury"),
            ],
            "fabs": [("emphysema", "orbital emphysema"), ("tripod", "tripod fracture")],
        },
    ],
)
