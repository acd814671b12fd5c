"""British-English radiology content with keep-span markup (see b44_doc for the {x:...} letters)."""

from __future__ import annotations

# code: (modality, exam title, indications, findings, conclusions)
EXAMS = {
    "ctkub": ("CT", "{o:CT} KUB", ["left loin to groin pain, ?{a:ureteric} calculus", "frank haematuria, known stone former"],
              ["There is a {m:6 mm} calculus at the {a:left vesicoureteric junction} with mild upstream hydroureteronephrosis.",
               "The {a:right kidney} is unremarkable. No further renal tract calculi.",
               "A {m:14 mm} simple cyst arises from the lower pole of the {a:left kidney} (Bosniak I).",
               "Incidental {e:Schmorl node} at the superior endplate of {v:L2}."],
              ["Obstructing {m:6 mm} left VUJ calculus.", "No obstructing calculus; {s:Bosniak I} cyst needs no follow-up."]),
    "cttap": ("CT", "{o:CT} chest, abdomen and pelvis with contrast", ["staging of newly diagnosed colorectal tumour",
              "weight loss and anaemia, ?occult malignancy", "restaging after neoadjuvant chemotherapy for oesophageal cancer"],
              ["Circumferential thickening of the distal {a:oesophagus} over {m:4.2 cm} with a {m:12 mm} left gastric node.",
               "Two hypodense lesions in {a:segment VII} of the liver, the larger {m:18 x 15 mm}, suspicious for metastases.",
               "A {m:7 mm} solid nodule in the {a:right lower lobe}; {s:Fleischner} guidance applies.",
               "No pleural effusion. The {a:adrenal glands} are normal. No free fluid in the {a:pelvis}."],
              ["Findings in keeping with locally advanced tumour with probable hepatic metastases.",
               "No evidence of metastatic disease. {m:7 mm} pulmonary nodule for interval {o:CT}."]),
    "mrls": ("MR", "{o:MRI} lumbar spine", ["right L5 radiculopathy, 8 weeks of sciatica", "cauda equina symptoms, urinary retention"],
             ["At {v:L4-L5} there is a broad-based disc protrusion narrowing the right lateral recess and contacting the traversing right L5 nerve root.",
              "At {v:L5-S1} mild facet arthropathy without neural compromise.",
              "The {a:conus medullaris} terminates normally at {v:L1}. Marrow signal is normal on {q:STIR}.",
              "{q:T2-weighted} images show loss of disc hydration at {v:L3-L4} and {v:L4-L5}."],
             ["Right paracentral {v:L4-L5} disc protrusion compressing the traversing right L5 root.",
              "No cauda equina compression."]),
    "mriam": ("MR", "{o:MRI} IAMs", ["asymmetric sensorineural hearing loss (left)", "unilateral tinnitus and vertigo"],
              ["No mass in the {a:cerebellopontine angle} or {a:internal acoustic meatus} on high-resolution {q:T2 CISS} images.",
               "A {m:5 mm} enhancing intracanalicular lesion in the {a:left internal acoustic meatus} on {q:T1 post-contrast} imaging, consistent with a vestibular schwannoma.",
               "Scattered {q:T2 FLAIR} white matter hyperintensities, in keeping with small vessel change.",
               "Normal {q:DWI}. The {a:cochlea} and {a:labyrinth} are normal bilaterally."],
              ["Small left intracanalicular vestibular schwannoma.", "No retrocochlear lesion demonstrated."]),
    "ussabdo": ("US", "{o:USS} abdomen", ["deranged LFTs, right upper quadrant pain", "?gallstones, post-prandial pain"],
                ["The {a:gallbladder} contains multiple mobile calculi up to {m:11 mm}; wall thickness {m:2 mm}.",
                 "The {a:common bile duct} measures {m:5 mm}.",
                 "The {a:liver} is of increased echogenicity in keeping with steatosis; span {m:17.2 cm}.",
                 "The {a:spleen} measures {m:10.4 cm}. Both kidneys are normal in size."],
                ["Cholelithiasis without cholecystitis.", "Hepatic steatosis. No biliary dilatation."]),
    "usthy": ("US", "{o:USS} thyroid", ["palpable neck lump", "incidental thyroid nodule on {o:CT}"],
              ["A {m:18 x 12 x 10 mm} solid hypoechoic nodule in the {a:right lobe} with microcalcification ({s:U4}).",
               "The {a:left lobe} contains a {m:6 mm} spongiform nodule ({s:U2}).",
               "No suspicious cervical lymphadenopathy. Background features suggest {e:Hashimoto's thyroiditis}."],
              ["{s:U4} right thyroid nodule: FNA recommended.", "{s:U2} nodule only; no further imaging."]),
    "cxr": ("XR", "{o:CXR} PA", ["cough and fever", "pre-operative assessment", "breathlessness, ?effusion"],
            ["The {a:heart} is not enlarged. The {a:mediastinum} is central.",
             "Patchy consolidation in the {a:right lower zone}.", "Small left {a:pleural} effusion blunting the costophrenic angle.",
             "Septal lines ({e:Kerley B lines}) at both bases."],
            ["Right lower zone consolidation, likely infective. Repeat film in 6 weeks.", "No acute cardiopulmonary abnormality."]),
    "mammo": ("MG", "Bilateral mammogram and {o:USS} left breast", ["new palpable lump left breast", "family history, annual surveillance"],
              ["Breast composition ACR C. A {m:14 mm} irregular spiculated mass at 2 o'clock in the {a:left breast}, {m:6 cm} from the nipple.",
               "On ultrasound the mass is {m:13 x 11 x 9 mm}, hypoechoic with posterior shadowing (U5).",
               "A {m:9 mm} benign-appearing {a:axillary} node. No suspicious features in the {a:right breast}."],
              ["{s:BI-RADS 5} left breast mass; core biopsy arranged.", "{s:BI-RADS 2}: benign findings."]),
    "mrknee": ("MR", "{o:MRI} right knee", ["twisting injury playing football, locking", "medial joint line pain"],
               ["Complex tear of the posterior horn of the {a:medial meniscus} with a displaced flap.",
                "The {a:anterior cruciate ligament} is intact. {q:PD fat-sat} images show bone marrow oedema in the {a:lateral femoral condyle}.",
                "A {m:35 mm} {e:Baker's cyst} in the {a:popliteal fossa}.", "Avulsion fragment at the lateral tibial plateau ({e:Segond fracture})."],
               ["Displaced medial meniscal tear.", "{e:Segond fracture} should prompt review of the ACL on arthroscopy."]),
    "cthead": ("CT", "{o:CT} head non-contrast", ["fall on anticoagulation, GCS 14", "sudden severe headache, ?subarachnoid haemorrhage"],
               ["No intracranial haemorrhage, mass effect or midline shift.",
                "A {m:7 mm} left frontal subdural haematoma without mass effect.",
                "Established infarct in the {a:right middle cerebral artery} territory.",
                "Age-appropriate involutional change. The {a:basal cisterns} are patent."],
               ["Small left subdural haematoma; discuss with neurosurgery.", "No acute intracranial abnormality."]),
    "xrwrist": ("XR", "{o:XR} left wrist", ["FOOSH injury, tenderness over the distal radius", "fall at home, deformity"],
                ["Dorsally angulated fracture of the {a:distal radius} ({e:Colles fracture}) with ulnar styloid avulsion.",
                 "Volar displacement of the distal fragment in keeping with a {e:Smith fracture}.",
                 "The {a:scaphoid} appears intact; repeat views if clinical concern persists."],
                ["Distal radial fracture for orthopaedic review.", "No fracture identified."]),
    "usob": ("US", "{o:USS} pelvis transvaginal", ["post-menopausal bleeding", "pelvic pain, ?ovarian cyst"],
             ["The {a:endometrium} measures {m:9 mm}, thickened for post-menopausal status.",
              "A {m:42 x 38 mm} unilocular cyst in the {a:right ovary} ({s:O-RADS 2}).",
              "The {a:uterus} is anteverted with a {m:2.1 cm} intramural fibroid."],
             ["Thickened endometrium: hysteroscopy advised.", "{s:O-RADS 2} right ovarian cyst."]),
}
CODES = sorted(EXAMS)
CRED_BY_CC = {"UK": ["FRCR", "MBChB, FRCR", "MBBS, FRCR, EDiR", "BM BCh, FRCR"], "IE": ["MB BCh BAO, FFR RCSI", "FFR RCSI"],
              "AU": ["MBBS, FRANZCR", "FRANZCR"], "NZ": ["MBChB, FRANZCR"], "CA": ["MD, FRCPC"],
              "IN": ["MBBS, DNB (Radiodiagnosis)", "MBBS, MD (Radiology)"], "SG": ["MBBS, FRCR, FAMS"],
              "HK": ["FHKCR, FHKAM (Radiology)"], "ZA": ["MBChB, FC Rad Diag (SA)"], "KE": ["MBChB, MMed (Radiology)"],
              "NG": ["MBBS, FWACS"], "GULF": ["MBBS, FRCR", "MD, Arab Board (Radiology)"]}
CREDENTIALS = ["FRCR", "MB BCh BAO, FFR RCSI", "MBBS, FRANZCR", "MBChB, FRCR", "MD, FRCPC", "MBBS, DNB (Radiodiagnosis)",
               "MBBS, MD (Radiology)", "MBBS, FRCR, FAMS", "FHKCR, FHKAM (Radiology)", "MBChB, FC Rad Diag (SA)", "MBBS, FRCR, EDiR"]
HEADERS = {"clin": ["CLINICAL DETAILS", "Clinical details", "CLINICAL HISTORY", "Clinical indication"],
           "find": ["FINDINGS", "REPORT", "Findings", "Report"],
           "conc": ["CONCLUSION", "IMPRESSION", "OPINION", "Conclusion", "COMMENT"]}


FEMALE_ONLY = {"usob", "mammo"}


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def exam(rng, code: str | None = None, sex: str = "F"):
    code = code or rng.choice([x for x in CODES if sex == "F" or x not in FEMALE_ONLY])
    if sex == "M" and code in FEMALE_ONLY:
        code = "cxr"
    mod, title, ind, fnd, con = EXAMS[code]
    k = rng.randint(2, min(4, len(fnd)))
    return {"code": code, "mod": mod, "title": title, "ind": rng.choice(ind), "find": rng.sample(fnd, k), "conc": rng.choice(con)}


def hdr(rng, key: str) -> str:
    return "{h:" + rng.choice(HEADERS[key]) + "}"


def age_phrase(rng, age: int, phi_p, prose: bool = False) -> list:
    """Age as written in a report; under 90 a keep-span, 90 and over only the number is PHI."""
    if age >= 90:
        n = phi_p(str(age), "AGE_OVER_89")
        return [n, "-year-old"] if prose else rng.choice([[n, "-year-old"], [n, " years"], [n, "Y"], [n, " yrs"]])
    if prose:
        return ["{g:" + f"{age}-year-old" + "}"]
    return ["{g:" + rng.choice([f"{age}-year-old", f"{age} years", f"{age}Y", f"{age} yrs"]) + "}"]


def report_body(d, rng, ex: dict, sep: str = "\n\n", prose: bool = False) -> None:
    """Clinical details, findings and conclusion with section headers."""
    if prose:
        d.f("{} " + ex["ind"] + ".{}", hdr(rng, "clin") + ":", sep)
    else:
        d.f(hdr(rng, "clin") + "\n" + cap(ex["ind"]) + "." + sep)
    d.f(hdr(rng, "find") + ("\n" if not prose else ": ") + " ".join(ex["find"]) + sep)
    d.f(hdr(rng, "conc") + ("\n" if not prose else ": ") + ex["conc"])


def trap_line(name) -> str:
    from b44_names import TRAPS
    e = TRAPS.get(name.family)
    return f" Past history includes {{e:{e}}}." if e else ""


def cred(rng, pool: list[str] | None = None) -> str:
    return ", ".join("{c:%s}" % x for x in rng.choice(pool or CREDENTIALS).split(", "))
