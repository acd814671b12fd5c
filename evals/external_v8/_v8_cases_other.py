"""Hand-written mammography, nuclear medicine and interventional cases of the v8 set."""

from _v8_model import NP, N, O, P, cases_of

MG = cases_of(
    "mg",
    [
        {  # diagnostic, breast center
            "practice": "breast center, diagnostic",
            "ind": "Palpable lump right breast, 52 years.",
            "comp": "None.",
            "find": (
                "Heterogeneously dense breasts. Right breast upper outer quadrant, at the palpable marker: irregular "
                "spiculated mass measuring 1.6 cm, with associated fine pleomorphic calcifications. No suspicious "
                "axillary lymph nodes. Left breast: scattered benign-appearing round calcifications. No suspicious "
                "mass in the left breast."
            ),
            "imp": [
                NP(
                    "{size} irregular spiculated mass in the {side} upper outer quadrant with pleomorphic "
                    "calcifications, highly suggestive of malignancy (BI-RADS 5)",
                    "{side} breast UOQ spiculated mass, {size}, with fine pleomorphic calcifications. BI-RADS 5",
                    side="right",
                    size=(16,),
                    absent="breast mass",
                ),
                N("suspicious axillary lymph nodes"),
                P(
                    "Benign-appearing calcifications in the {side} breast",
                    "{Side} breast: benign round calcifications",
                    side="left",
                    absent="calcifications",
                    key=False,
                ),
                O("Ultrasound-guided biopsy recommended", "Recommend tissue sampling under ultrasound guidance"),
            ],
            "fabs": [
                ("distortion", "architectural distortion in the left breast"),
                ("skin thickening", "skin thickening of the right breast"),
            ],
        },
        {  # screening with prior, new calcifications
            "practice": "screening program, double reading",
            "prior": True,
            "ind": "Annual screening mammogram.",
            "comp": "Screening mammograms from 2 years ago.",
            "find": (
                "Scattered fibroglandular density. Left breast, upper inner quadrant, posterior depth: new group of "
                "fine pleomorphic calcifications spanning 8 mm. No associated mass. Right breast: stable benign "
                "findings, no new abnormality. Intramammary lymph node in the right upper outer quadrant, "
                "unchanged."
            ),
            "imp": [
                P(
                    "New {size} group of fine pleomorphic calcifications in the {side} upper inner quadrant "
                    "(BI-RADS 4B)",
                    "{Side} breast UIQ: new fine pleomorphic calcifications spanning {size}; suspicious, BI-RADS 4B",
                    side="left",
                    size=(8,),
                    absent="suspicious calcifications",
                ),
                N("associated mass"),
                P(
                    "Unchanged {side} intramammary lymph node",
                    "Stable intramammary node, {side} UOQ",
                    side="right",
                    absent="intramammary lymph node",
                    key=False,
                ),
                O("Stereotactic biopsy is recommended", "Recommend stereotactic core biopsy"),
            ],
            "fabs": [("asymmetry", "focal asymmetry in the right breast"), ("implant", "subpectoral implants")],
        },
        {  # developing asymmetry, community
            "practice": "community mammography",
            "ind": "Recall from screening, right breast asymmetry.",
            "comp": "None.",
            "find": (
                "Spot compression views: the asymmetry in the right breast at 12 o'clock, middle depth, persists as "
                "a developing asymmetry measuring 1.1 cm. Ultrasound correlate: 9 mm hypoechoic oval mass at "
                "12 o'clock. Left breast not imaged today."
            ),
            "imp": [
                P(
                    "Persistent {size} developing asymmetry in the {side} breast at 12 o'clock",
                    "{Side} breast 12 o'clock developing asymmetry ({size}), persists on spot compression",
                    side="right",
                    size=(11,),
                    absent="developing asymmetry",
                ),
                P(
                    "Sonographic correlate: {size} oval hypoechoic mass",
                    "Corresponding oval hypoechoic mass on ultrasound measuring {size}",
                    size=(9,),
                    absent="sonographic correlate",
                ),
                O(
                    "BI-RADS 4A; ultrasound-guided biopsy recommended",
                    "Low suspicion (BI-RADS 4A). Recommend ultrasound-guided biopsy",
                ),
            ],
            "fabs": [("calcifications", "amorphous calcifications"), ("axillary", "enlarged right axillary node")],
        },
        {  # post-lumpectomy with prior
            "practice": "academic breast, surveillance",
            "prior": True,
            "ind": "Right breast cancer, lumpectomy and radiation 2 years ago.",
            "comp": "Diagnostic mammogram 1 year ago.",
            "find": (
                "Right breast: post-lumpectomy architectural distortion at the surgical site, decreased. Oil cyst "
                "with rim calcification at the lumpectomy bed measuring 9 mm, previously 12 mm. Mild skin "
                "thickening, improved. Left breast: no suspicious findings."
            ),
            "imp": [
                P(
                    "Expected post-surgical change in the {side} breast, decreasing",
                    "{Side} lumpectomy site distortion, improving, consistent with post-treatment change",
                    side="right",
                    absent="post-surgical change",
                ),
                P(
                    "Fat necrosis (oil cyst) at the lumpectomy bed, now {size} (previously {prior})",
                    "Oil cyst at the surgical bed, smaller at {size} versus {prior}",
                    size=(9,),
                    prior=(12,),
                    absent="fat necrosis",
                ),
                P(
                    "{Sev} residual skin thickening, improved",
                    "Skin thickening has improved, now {sev}",
                    sev="mild",
                    absent="skin thickening",
                    key=False,
                ),
                N("suspicious finding in the left breast"),
                O("BI-RADS 2, benign", "Benign (BI-RADS 2)"),
            ],
            "fabs": [
                ("lymph node", "enlarged left axillary lymph node"),
                ("spiculated", "spiculated mass in the left breast"),
            ],
        },
        {  # probably benign, dense breasts
            "practice": "teleradiology mammography",
            "layout": "numbered",
            "ind": "Baseline screening, 41 years, family history.",
            "comp": "None.",
            "find": (
                "Extremely dense breasts, which lowers sensitivity. Left breast upper inner quadrant, anterior "
                "depth: 7 mm circumscribed oval mass, with ultrasound showing a corresponding 7 mm probable "
                "fibroadenoma. Right breast: no mass, calcification or distortion."
            ),
            "imp": [
                P(
                    "{size} circumscribed oval mass in the {side} upper inner quadrant, probably benign (BI-RADS 3)",
                    "Probably benign {side} UIQ mass ({size}), likely fibroadenoma, BI-RADS 3",
                    side="left",
                    size=(7,),
                    absent="breast mass",
                ),
                O(
                    "Diagnostic follow-up of the left breast in 6 months",
                    "6-month follow-up of the left breast recommended",
                ),
                P(
                    "Extremely dense breast tissue",
                    "Breast density category D (extremely dense)",
                    absent="dense breast tissue",
                    key=False,
                ),
                N("suspicious abnormality in the right breast"),
            ],
            "fabs": [("calcifications", "pleomorphic calcifications"), ("nipple", "nipple retraction")],
        },
        {  # benign, terse
            "practice": "community screening, terse",
            "ind": "Screening.",
            "comp": "None.",
            "find": (
                "Scattered areas of fibroglandular density. Coarse popcorn calcification in the right breast "
                "measuring 1.2 cm, typical of a degenerating fibroadenoma. Scattered vascular calcifications "
                "bilaterally. No suspicious masses or calcifications."
            ),
            "imp": [
                NP(
                    "{size} degenerating fibroadenoma in the {side} breast (popcorn calcification)",
                    "{side} breast popcorn calcification, {size}, typical for involuting fibroadenoma",
                    side="right",
                    size=(12,),
                    absent="fibroadenoma",
                ),
                NP(
                    "vascular calcifications",
                    "benign vascular calcification in both breasts",
                    absent="vascular calcifications",
                ),
                N("suspicious mass or calcification"),
                O("BI-RADS 2: benign. Routine annual screening", "Benign findings, BI-RADS 2; annual screening"),
            ],
            "fabs": [("asymmetry", "global asymmetry"), ("lymphadenopathy", "axillary lymphadenopathy")],
        },
    ],
)

NM = cases_of(
    "nm",
    [
        {  # bone scan
            "practice": "nuclear medicine, oncology",
            "ind": "Prostate cancer, PSA 22.",
            "comp": "None.",
            "find": (
                "Whole-body Tc-99m MDP images: focal intense uptake in the right 6th rib posteriorly and in the L3 "
                "vertebral body. Symmetric mild uptake in both knees, degenerative. Kidneys and bladder visualized "
                "normally. No superscan pattern."
            ),
            "imp": [
                NP(
                    "focal uptake in the {side} posterior 6th rib and L3 vertebral body, suspicious for osseous "
                    "metastases",
                    "suspected skeletal metastases: {side} 6th rib (posterior) and L3",
                    side="right",
                    absent="osseous metastases",
                ),
                NP(
                    "{sev} degenerative uptake at both knees",
                    "{sev} symmetric knee uptake, degenerative",
                    sev="mild",
                    absent="knee uptake",
                    key=False,
                ),
                N("superscan pattern"),
                O("Correlation with CT or MRI of L3 suggested", "Suggest MRI of the lumbar spine for correlation"),
            ],
            "fabs": [("skull", "skull vault lesion"), ("sternal", "sternal uptake")],
        },
        {  # V/Q
            "practice": "community nuclear medicine",
            "ind": "Dyspnea, contrast allergy, chest radiograph clear.",
            "comp": "None.",
            "find": (
                "Perfusion: large wedge-shaped segmental defects in the left lower lobe and lingula with normal "
                "ventilation (mismatched). Small matched defect in the right upper zone. Chest radiograph clear."
            ),
            "imp": [
                P(
                    "Mismatched segmental perfusion defects in the {side} lower lobe and lingula",
                    "Large mismatched defects of the {side} lower lobe and lingula",
                    side="left",
                    absent="mismatched perfusion defect",
                ),
                O("High probability for pulmonary embolism", "High probability V/Q scan for PE"),
                P(
                    "{Sev} matched defect in the {side} upper zone",
                    "{Side} upper zone {sev} matched defect",
                    sev="small",
                    side="right",
                    absent="matched defect",
                    key=False,
                ),
            ],
            "fabs": [("effusion", "left pleural effusion"), ("shunt", "right-to-left shunt")],
        },
        {  # PET/CT lymphoma with prior
            "practice": "PET/CT, academic",
            "prior": True,
            "ind": "Hodgkin lymphoma, interim PET after 2 cycles.",
            "comp": "Baseline PET/CT 2 months ago.",
            "find": (
                "Left supraclavicular node measures 2.2 cm, SUVmax 6.1, previously 3.5 cm, SUVmax 18.4, with "
                "uptake above liver. Right axillary node 1.1 cm, previously 1.4 cm, uptake below mediastinal "
                "blood pool. "
                "Mediastinal nodes have resolved. Spleen normal size, no focal uptake, "
                "previously diffuse uptake. Bone marrow physiologic."
            ),
            "imp": [
                P(
                    "Decreased {side} supraclavicular node, {size} (previously {prior}), uptake still above liver",
                    "Residual FDG-avid {side} supraclavicular node, {size} from {prior}; uptake above liver",
                    side="left",
                    size=(22,),
                    prior=(35,),
                    absent="FDG-avid lymph node",
                ),
                O("Deauville 4, partial metabolic response", "Partial metabolic response (Deauville 4)"),
                O("Resolved mediastinal adenopathy", "Mediastinal nodal disease has resolved"),
                P(
                    "{Side} axillary node {size} (previously {prior}), uptake below blood pool",
                    "Smaller {side} axillary node, {size} from {prior}, with uptake below mediastinal blood pool",
                    side="right",
                    size=(11,),
                    prior=(14,),
                    absent="axillary node",
                    key=False,
                ),
                N("splenic involvement"),
            ],
            "fabs": [("pleural", "FDG-avid pleural thickening"), ("pulmonary", "FDG-avid pulmonary nodule")],
        },
        {  # thyroid scan
            "practice": "endocrine nuclear medicine",
            "ind": "Hyperthyroidism, suppressed TSH.",
            "comp": "None.",
            "find": (
                "I-123 scan: diffusely increased homogeneous uptake in an enlarged gland. 24-hour uptake 58%. "
                "Photopenic (cold) 1.5 cm area in the right lobe corresponding to a palpable nodule. Pyramidal lobe "
                "visualized."
            ),
            "imp": [
                NP(
                    "diffusely increased uptake, 24-hour uptake 58%, consistent with Graves disease",
                    "Graves disease pattern: diffuse homogeneous uptake, 58% at 24 hours",
                    absent="Graves disease",
                ),
                NP(
                    "{size} cold nodule in the {side} lobe",
                    "{side} lobe photopenic nodule measuring {size}",
                    side="right",
                    size=(15,),
                    absent="cold nodule",
                ),
                O("Ultrasound and FNA of the cold nodule advised", "Recommend ultrasound with FNA of the cold nodule"),
                NP("pyramidal lobe", "visualized pyramidal lobe", absent="pyramidal lobe", key=False),
            ],
            "fabs": [("ectopic", "ectopic lingual thyroid"), ("toxic", "toxic adenoma in the left lobe")],
        },
        {  # HIDA
            "practice": "hospital nuclear medicine",
            "ind": "RUQ pain, equivocal ultrasound.",
            "comp": "None.",
            "find": (
                "Tc-99m mebrofenin: prompt hepatic uptake. Activity in the common bile duct and small bowel by 45 "
                "minutes. The gallbladder is not visualized at 60 minutes nor after morphine augmentation at 90 "
                "minutes. Mild delayed hepatic clearance."
            ),
            "imp": [
                P(
                    "Nonvisualization of the gallbladder after morphine augmentation, consistent with acute "
                    "cholecystitis",
                    "Acute cholecystitis: gallbladder not seen despite morphine",
                    absent="acute cholecystitis",
                ),
                N("common bile duct obstruction"),
                NP(
                    "{sev} delayed hepatic clearance",
                    "{sev} slow hepatic washout",
                    sev="mild",
                    absent="delayed hepatic clearance",
                ),
            ],
            "fabs": [("leak", "bile leak"), ("reflux", "duodenogastric reflux")],
        },
        {  # myocardial perfusion
            "practice": "cardiology nuclear lab",
            "ind": "Exertional chest pain, unable to exercise.",
            "comp": "None.",
            "find": (
                "Regadenoson SPECT: moderate-size, severe reversible perfusion defect in the inferior and "
                "inferolateral walls. Gated images: LVEF 48%, mild inferior hypokinesis. TID ratio 1.1. No fixed "
                "defects."
            ),
            "imp": [
                NP(
                    "{sev} reversible inferior and inferolateral perfusion defect, consistent with ischemia",
                    "inducible ischemia of the inferior and inferolateral walls ({sev}, reversible)",
                    sev="severe",
                    absent="reversible perfusion defect",
                ),
                NP(
                    "{sev} inferior hypokinesis, LVEF 48%",
                    "LVEF 48% with {sev} inferior hypokinesis",
                    sev="mild",
                    absent="wall motion abnormality",
                ),
                N("infarct", "Fixed defect indicating infarct"),
            ],
            "fabs": [("dilation", "transient ischemic dilation"), ("lung uptake", "increased lung uptake")],
        },
    ],
)

IR = cases_of(
    "ir",
    [
        {  # tunneled catheter
            "practice": "IR procedure note",
            "ind": "End-stage renal disease, needs hemodialysis access.",
            "comp": "None.",
            "find": (
                "Right internal jugular vein patent and compressible; ultrasound-guided access. 14.5 Fr tunneled "
                "dialysis catheter placed, tip in the right atrium, 23 cm tip-to-cuff. No pneumothorax on the "
                "final image. Mild oozing at the exit site, controlled with manual pressure."
            ),
            "imp": [
                P(
                    "Successful placement of a {side} internal jugular tunneled dialysis catheter",
                    "{Side} IJ tunneled hemodialysis catheter placed",
                    side="right",
                    absent="tunneled dialysis catheter",
                ),
                O("Catheter tip in the right atrium, 23 cm tip to cuff", "Tip in the right atrium; 23 cm tip-to-cuff"),
                NP(
                    "{sev} exit-site oozing, controlled with pressure",
                    "{sev} oozing at the exit site, controlled",
                    sev="mild",
                    absent="exit-site bleeding",
                    key=False,
                ),
                N("pneumothorax"),
                O("Catheter ready for immediate use", "The catheter may be used immediately"),
            ],
            "fabs": [("hematoma", "neck hematoma"), ("stenosis", "central venous stenosis")],
        },
        {  # nephrostomy
            "practice": "IR, hospital",
            "ind": "Obstructing left ureteral stone, sepsis.",
            "comp": "None.",
            "find": (
                "Moderate left hydronephrosis on ultrasound. Left lower pole calyx accessed. Purulent urine "
                "aspirated and sent for culture. 10 Fr locking nephrostomy placed in the left renal pelvis. "
                "Obstructing 7 mm stone in the proximal left ureter on nephrostogram."
            ),
            "imp": [
                P(
                    "{Side} percutaneous nephrostomy placement for {sev} hydronephrosis",
                    "Successful {side} PCN (10 Fr) for {sev} obstructive hydronephrosis",
                    side="left",
                    sev="moderate",
                    absent="nephrostomy",
                ),
                P(
                    "Purulent urine, sent for culture",
                    "Pus aspirated from the collecting system; culture sent",
                    absent="purulent urine",
                ),
                P(
                    "Obstructing {size} proximal ureteral stone",
                    "{size} obstructing stone in the proximal ureter",
                    size=(7,),
                    absent="ureteral stone",
                ),
            ],
            "fabs": [("extravasation", "contrast extravasation"), ("hemorrhage", "perinephric hemorrhage")],
        },
        {  # abscess drainage
            "practice": "IR, CT-guided",
            "ind": "Post-operative fever, pelvic collection after sigmoid resection.",
            "comp": "None.",
            "find": (
                "CT-guided transgluteal approach. Rim-enhancing collection in the left pelvis measuring 6.2 x 4.1 "
                "cm. 12 Fr locking drain placed. 40 mL purulent fluid aspirated. Small residual collection on "
                "post-procedure images."
            ),
            "imp": [
                P(
                    "CT-guided drainage of a {size} {side} pelvic abscess with a 12 Fr drain",
                    "{Side} pelvic abscess ({size}) drained; 12 Fr catheter kept in place",
                    side="left",
                    size=(62, 41),
                    absent="pelvic abscess",
                ),
                P("40 mL of purulent fluid aspirated", "Aspirate: 40 mL pus", absent="purulent fluid"),
                NP(
                    "{sev} residual collection",
                    "{sev} residual fluid",
                    sev="small",
                    absent="residual collection",
                    key=False,
                ),
            ],
            "fabs": [("fistula", "colovesical fistula"), ("bleeding", "active bleeding")],
        },
        {  # TIPS revision with prior
            "practice": "IR, hepatology",
            "prior": True,
            "ind": "Recurrent ascites, TIPS dysfunction suspected.",
            "comp": "TIPS venogram 1 year ago.",
            "find": (
                "Stenosis of the hepatic venous end of the TIPS, 4 mm diameter, previously widely patent. "
                "Portosystemic gradient 18 mmHg before and 7 mmHg after 10 mm balloon angioplasty and "
                "extension stent. Gastric varices no longer fill. Moderate ascites."
            ),
            "imp": [
                P(
                    "Stenosis of the hepatic venous end of the TIPS ({size}), new since the prior venogram",
                    "New {size} stenosis at the hepatic vein end of the shunt",
                    size=(4,),
                    absent="TIPS stenosis",
                ),
                O(
                    "Successful angioplasty and extension stent, gradient reduced from 18 to 7 mmHg",
                    "Gradient 18 -> 7 mmHg after balloon angioplasty and stent extension",
                ),
                O("Gastric varices no longer fill", "No filling of gastric varices after revision"),
                NP("{sev} ascites", "{sev} volume ascites", sev="amount:moderate", absent="ascites"),
            ],
            "fabs": [("hepatic infarct", "hepatic infarct"), ("encephalopathy", "hepatic encephalopathy")],
        },
        {  # peripheral angioplasty
            "practice": "vascular IR",
            "ind": "Lifestyle-limiting claudication, left calf.",
            "comp": "None.",
            "find": (
                "Severe focal stenosis (80%) of the left superficial femoral artery at the adductor canal, 3 cm "
                "long. Treated with a 5 mm drug-coated balloon, residual stenosis 20%. Three-vessel runoff to the "
                "left foot. Right iliac arteries patent."
            ),
            "imp": [
                P(
                    "{Sev} focal stenosis of the {side} superficial femoral artery at the adductor canal ({size} long)",
                    "{side} SFA {sev} stenosis, {size} segment, adductor canal",
                    side="left",
                    sev="severe",
                    size=(30,),
                    absent="superficial femoral artery stenosis",
                ),
                O(
                    "Drug-coated balloon angioplasty with 20% residual stenosis",
                    "Angioplasty (drug-coated balloon), residual 20%",
                ),
                P(
                    "Three-vessel runoff to the {side} foot",
                    "{Side} foot: three-vessel runoff",
                    side="left",
                    absent="runoff",
                    key=False,
                ),
            ],
            "fabs": [("dissection", "flow-limiting dissection"), ("embolus", "distal embolus")],
        },
        {  # liver biopsy, academic IR
            "practice": "academic IR, biopsy service",
            "ind": "Suspected metastatic disease, liver lesion for tissue diagnosis.",
            "comp": "None.",
            "find": (
                "Ultrasound-guided targeting of the 3.6 cm hypoechoic lesion in the right hepatic lobe (segment 6). "
                "Four 18-gauge core samples obtained. Post-procedure images: small perihepatic hematoma measuring "
                "2 cm, not enlarging over 10 minutes. No active extravasation. Mild post-procedural pain."
            ),
            "imp": [
                P(
                    "Ultrasound-guided core biopsy of a {size} segment 6 lesion in the {side} hepatic lobe",
                    "Successful US-guided biopsy (4 cores) of the {side} lobe segment 6 lesion measuring {size}",
                    side="right",
                    size=(36,),
                    absent="hepatic lesion",
                ),
                NP(
                    "{sev} perihepatic hematoma ({size}), not enlarging",
                    "{sev} non-expanding perihepatic hematoma measuring {size}",
                    sev="small",
                    size=(20,),
                    absent="perihepatic hematoma",
                ),
                N("active extravasation"),
                O("Four core samples sent to pathology", "Specimens (4 cores) sent for histology"),
            ],
            "fabs": [("pneumothorax", "right pneumothorax"), ("biloma", "biloma")],
        },
    ],
)

CASES = MG + NM + IR
