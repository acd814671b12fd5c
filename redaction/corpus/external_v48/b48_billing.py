"""Billing code pools for blind48: CPT/HCPCS, ICD-10-CM, revenue codes, CARC/RARC.  None of these is PHI."""

from __future__ import annotations

# cpt, CDM description, modality, revenue code, wRVU (professional), gross charge, clinical key, lateral?
EXAMS = [
    ("71250", "CT CHEST WO CONTRAST", "CT", "0350", 1.16, 1187.00, "lung_nodule", False),
    ("71271", "CT THORAX LOW DOSE LUNG CA SCREEN", "CT", "0350", 1.00, 642.00, "lung_screen", False),
    ("74177", "CT ABD & PELVIS W CONTRAST", "CT", "0350", 1.82, 2455.00, "crohn", False),
    ("74178", "CT ABD & PELV 1+ SECTION/REGNS", "CT", "0350", 2.01, 2790.00, "bosniak", False),
    ("70450", "CT HEAD/BRAIN WO CONTRAST", "CT", "0351", 0.85, 905.00, "head_ct", False),
    ("72148", "MRI LUMBAR SPINE WO CONTRAST", "MR", "0612", 1.48, 2140.00, "lumbar", False),
    ("72141", "MRI NECK SPINE WO CONTRAST", "MR", "0612", 1.48, 2140.00, "cervical", False),
    ("73721", "MRI JNT OF LWR EXTRE WO DYE", "MR", "0614", 1.35, 1980.00, "knee", True),
    ("70553", "MRI BRAIN STEM W/O & W/DYE", "MR", "0611", 2.29, 3310.00, "brain", False),
    ("72197", "MRI PELVIS W/O & W/DYE", "MR", "0614", 2.20, 3025.00, "prostate", False),
    ("74183", "MRI ABDOMEN W/O & W/DYE", "MR", "0610", 2.20, 3025.00, "liver", False),
    ("77067", "SCR MAMMO BI INCL CAD", "MG", "0403", 0.76, 388.00, "mammo_screen", False),
    ("77066", "DX MAMMO INCL CAD BI", "MG", "0401", 1.02, 512.00, "mammo_dx", False),
    ("76642", "ULTRASOUND BREAST LIMITED", "US", "0402", 0.68, 436.00, "breast_us", True),
    ("76536", "US EXAM OF HEAD AND NECK", "US", "0402", 0.56, 410.00, "thyroid", False),
    ("76856", "US EXAM PELVIC COMPLETE", "US", "0402", 0.69, 498.00, "ovary", False),
    ("73110", "X-RAY EXAM OF WRIST 3+ VIEWS", "XR", "0320", 0.17, 214.00, "wrist", True),
    ("73030", "X-RAY EXAM OF SHOULDER", "XR", "0320", 0.18, 220.00, "shoulder", True),
    ("71046", "X-RAY EXAM CHEST 2 VIEWS", "XR", "0324", 0.22, 246.00, "chf", False),
    ("78815", "PET IMAGE W/CT SKULL-THIGH", "CT", "0404", 2.44, 6120.00, "hodgkin", False),
    ("36561", "INSERT TUNNELED CV CATH W PORT", "XR", "0361", 6.04, 4870.00, "port", False),
]
# add-on / supply lines that ride with an exam: code, description, revenue code, wRVU, unit price, unit, units
_CONTRAST_CT = ("Q9967", "LOCM 300-399MG/ML IODINE,1ML", "0636", 0.0, 2.10, "UN", 100)
_CONTRAST_MR = ("A9579", "GAD-BASE MR CONTRAST NOS,1ML", "0636", 0.0, 9.80, "ML", 15)
_ADDON_BY_CPT = {
    "74177": _CONTRAST_CT, "74178": _CONTRAST_CT, "70553": _CONTRAST_MR, "72197": _CONTRAST_MR, "74183": _CONTRAST_MR,
    "77066": ("G0279", "TOMOSYNTHESIS, MAMMO", "0403", 0.60, 145.00, "UN", 1),
    "77067": ("77063", "BREAST TOMOSYNTHESIS BI", "0403", 0.60, 145.00, "UN", 1),
    "36561": ("C1788", "PORT, INDWELLING (IMP)", "0278", 0.0, 1325.00, "UN", 1),
    "78815": ("A9552", "F18 FDG PER STUDY DOSE", "0343", 0.0, 410.00, "UN", 1),
}


def addon_for(exam):
    """The supply / add-on line that rides with ``exam``, or None."""
    return _ADDON_BY_CPT.get(exam[0])


ICD = {
    "lung_nodule": [("R91.1", "Solitary pulmonary nodule"), ("R91.8", "Other nonspecific abnormal finding of lung field")],
    "lung_screen": [("Z87.891", "Personal history of nicotine dependence"), ("Z12.2", "Encounter for screening for malignant neoplasm of respiratory organs"), ("F17.210", "Nicotine dependence, cigarettes, uncomplicated")],
    "crohn": [("K50.90", "Crohn's disease, unspecified, without complications"), ("R10.31", "Right lower quadrant pain")],
    "bosniak": [("N28.1", "Cyst of kidney, acquired"), ("R31.9", "Hematuria, unspecified")],
    "head_ct": [("R51.9", "Headache, unspecified"), ("S06.0X0A", "Concussion without loss of consciousness, initial encounter"), ("W19.XXXA", "Unspecified fall, initial encounter")],
    "lumbar": [("M54.16", "Radiculopathy, lumbar region"), ("M51.26", "Other intervertebral disc displacement, lumbar region"), ("M48.061", "Spinal stenosis, lumbar region without neurogenic claudication")],
    "cervical": [("M50.121", "Cervical disc disorder at C4-C5 level with radiculopathy"), ("M54.12", "Radiculopathy, cervical region")],
    "knee": [("M23.221", "Derangement of posterior horn of medial meniscus due to old tear, right knee"), ("M71.21", "Synovial cyst of popliteal space [Baker], right knee"), ("M25.561", "Pain in right knee")],
    "brain": [("Q07.00", "Arnold-Chiari syndrome without spina bifida or hydrocephalus"), ("R51.9", "Headache, unspecified"), ("G35", "Multiple sclerosis")],
    "prostate": [("R97.20", "Elevated prostate specific antigen [PSA]"), ("N40.0", "Benign prostatic hyperplasia without LUTS")],
    "liver": [("K74.60", "Unspecified cirrhosis of liver"), ("K76.89", "Other specified diseases of liver"), ("B18.2", "Chronic viral hepatitis C")],
    "mammo_screen": [("Z12.31", "Encounter for screening mammogram for malignant neoplasm of breast")],
    "mammo_dx": [("N63.10", "Unspecified lump in the right breast, unspecified quadrant"), ("R92.8", "Other abnormal and inconclusive findings on diagnostic imaging of breast")],
    "breast_us": [("N63.21", "Unspecified lump in the left breast, upper outer quadrant"), ("R92.8", "Other abnormal and inconclusive findings on diagnostic imaging of breast")],
    "thyroid": [("E04.1", "Nontoxic single thyroid nodule"), ("E06.3", "Autoimmune thyroiditis")],
    "ovary": [("N83.201", "Unspecified ovarian cyst, right side"), ("R10.2", "Pelvic and perineal pain")],
    "wrist": [("S52.531A", "Colles' fracture of right radius, initial encounter for closed fracture"), ("W01.XXXA", "Fall on same level from slipping, tripping and stumbling")],
    "shoulder": [("S43.014A", "Anterior dislocation of right humerus, initial encounter"), ("M24.411", "Recurrent dislocation, right shoulder")],
    "chf": [("I50.9", "Heart failure, unspecified"), ("R06.02", "Shortness of breath")],
    "hodgkin": [("C81.90", "Hodgkin lymphoma, unspecified, unspecified site"), ("Z08", "Encounter for follow-up exam after completed treatment for malignant neoplasm")],
    "port": [("C50.911", "Malignant neoplasm of unspecified site of right female breast"), ("Z51.11", "Encounter for antineoplastic chemotherapy")],
}

MODIFIERS = {
    "pro": ["26"], "tech": ["TC"], "lat": ["RT", "LT", "50"], "other": ["59", "XS", "GA", "GG", "76", "77", "52", "Q0", "33"],
}

# group code, reason code, text
CARC = [
    ("CO", "197", "Precertification/authorization/notification/pre-treatment absent"),
    ("CO", "16", "Claim/service lacks information or has submission/billing error(s)"),
    ("CO", "50", "Non-covered: not deemed a medical necessity by the payer"),
    ("CO", "97", "Payment included in the allowance for another service/procedure"),
    ("CO", "4", "Procedure code inconsistent with the modifier used"),
    ("CO", "11", "Diagnosis inconsistent with the procedure"),
    ("CO", "18", "Exact duplicate claim/service"),
    ("CO", "29", "Time limit for filing has expired"),
    ("CO", "22", "May be covered by another payer per coordination of benefits"),
    ("OA", "23", "Impact of prior payer(s) adjudication"),
    ("CO", "B7", "Provider not certified/eligible to be paid for this procedure/service on this date"),
]
PATIENT_RESP = [("PR", "1", "Deductible amount"), ("PR", "2", "Coinsurance amount"), ("PR", "3", "Co-payment amount")]
RARC = ["N290", "M76", "N657", "MA130", "N4", "N54", "M127", "N522", "MA04"]
POS = [("22", "On-campus outpatient hospital"), ("11", "Office"), ("19", "Off-campus outpatient hospital"),
       ("23", "Emergency room - hospital"), ("21", "Inpatient hospital")]
TAXONOMY = ["2085R0202X", "2085R0204X", "2085N0700X", "2085B0100X"]
DENIAL_ACTIONS = [
    "retro-auth requested", "appeal level 1 drafted", "corrected claim (freq 7) sent", "wrote off per contract",
    "sent to coding for review", "records requested by payer", "rebilled to secondary", "patient responsibility - statement",
]


def exam_by_key(key: str):
    for e in EXAMS:
        if e[6] == key:
            return e
    raise KeyError(key)
