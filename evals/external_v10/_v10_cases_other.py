"""Hand-written mammography, nuclear medicine and interventional cases of the v10 set."""

from _v10_model import N, P, case

OTHER = [
    case("mg", "breast screening", "Screening mammogram, age 52.", "Screening mammograms 2021 and 2022.",
         """Bilateral digital screening mammography with tomosynthesis. Heterogeneously dense breasts. New 9 mm
         irregular mass with spiculated margins in the right breast upper outer quadrant, posterior depth. No
         suspicious calcifications. Left breast stable, benign-appearing calcifications. BI-RADS 0.""",
         [P("New {size} spiculated mass, {side} upper outer quadrant, needs diagnostic workup; BI-RADS 0 | {Side}"
            " breast UOQ: new irregular spiculated {size} mass, recall for additional imaging (BI-RADS 0)",
            "No suspicious {side} breast mass | Negative {side} breast", side="right", size=(9,), unit="mm"),
          N("No suspicious calcifications | No suspicious microcalcifications", "Suspicious pleomorphic"
            " calcifications"),
          P("Stable benign {side} breast calcifications | {Side} breast: benign calcifications, unchanged",
            "No calcifications in the {side} breast", side="left", minor=True),
          P("Heterogeneously dense breasts | Breast density C (heterogeneously dense)", "Fatty breasts")],
         ["Architectural distortion in the left breast.|distortion",
          "Enlarged right axillary lymph node.|axill"], numbered=True),
    case("mg", "diagnostic breast", "Diagnostic callback, left breast calcifications.", "None.",
         """Left diagnostic mammogram with magnification views. Grouped fine pleomorphic calcifications spanning
         1.6 cm in the left breast at 3 o'clock, middle depth. No associated mass. Skin and nipple normal.
         BI-RADS 4C.""",
         [P("{size} group of fine pleomorphic calcifications, {side} breast 3 o'clock; BI-RADS 4C, stereotactic biopsy"
            " recommended | Suspicious grouped calcifications in the {side} breast at 3:00 spanning {size}, BI-RADS 4C"
            " | {Side} breast 3 o'clock: fine pleomorphic calcifications over {size}, highly suspicious (4C)",
            "No suspicious calcifications | Benign {side} breast calcifications", side="left", size=(16,)),
          N("No associated mass | No mass", "Associated mass | Underlying mass"),
          N("Normal skin and nipple | Skin and nipple unremarkable", "Skin thickening and nipple retraction")],
         ["Intramammary lymph node.|intramammary",
          "Asymmetry in the right breast.|asymmetry"]),
    case("mg", "breast post-surgical", "History of left lumpectomy 2019.", "Mammogram 1 year ago.",
         """Bilateral diagnostic mammogram. Postlumpectomy changes in the left upper inner quadrant with stable
         architectural distortion and dystrophic calcifications. Right breast: 7 mm oval circumscribed mass at 10
         o'clock, stable for 3 years. Scattered fibroglandular density. BI-RADS 2.""",
         [P("Stable {side} postlumpectomy changes, no evidence of recurrence | Expected, stable postsurgical changes"
            " in the {side} upper inner quadrant", "No postsurgical changes | Recurrent mass at the {side}"
            " lumpectomy site", side="left"),
          P("Stable {size} {side} breast mass, benign | {Side} 10 o'clock circumscribed mass, {size}, stable 3 years",
            "No {side} breast mass", side="right", size=(7,), unit="mm"),
          P("Benign findings, BI-RADS 2 | BI-RADS 2: benign", "Suspicious findings, BI-RADS 4")],
         ["Left axillary adenopathy.|adenopathy,axill",
          "Right breast skin thickening.|skin"]),
    case("mg", "breast implants", "Implant evaluation, screening.", "None available.",
         """Bilateral screening mammography with implant displacement views. Bilateral subpectoral saline implants.
         Right implant with contour irregularity along the lateral aspect. Scattered fibroglandular tissue. No
         suspicious mass or calcification. BI-RADS 1.""",
         [P("Contour irregularity of the {side} implant laterally, likely folding | {Side} saline implant: lateral"
            " contour irregularity, probably a fold", "Intact {side} implant contour", side="right", minor=True),
          N("No suspicious mass or calcifications | No mammographic evidence of malignancy", "Suspicious mass |"
            " Suspicious calcifications"),
          P("Bilateral subpectoral saline implants | Saline implants, subpectoral, bilateral", "No implants")],
         ["Silicone in the left axillary nodes.|silicone",
          "Skin thickening of the left breast.|skin"]),
    case("mg", "breast density", "Screening, prior outside films.", "Outside mammogram 2 years ago.",
         """Bilateral screening mammography. Extremely dense breasts. Left breast focal asymmetry in the lower inner
         quadrant, anterior depth, new since prior. Right breast unremarkable. BI-RADS 0.""",
         [P("New focal asymmetry, {side} lower inner quadrant; recall, BI-RADS 0 | {Side} breast LIQ: new focal"
            " asymmetry requiring diagnostic evaluation", "No {side} breast asymmetry", side="left"),
          N("{Side} breast negative | Unremarkable {side} breast", "{Side} breast mass", side="right"),
          P("Extremely dense breasts, lowering sensitivity | Density D (extremely dense)", "Fatty breasts")],
         ["Calcified oil cyst.|oil",
          "Enlarged left axillary node.|axill"]),
    case("nm", "nuclear cardiology", "Chest pain, stress test.", "None.",
         """Regadenoson SPECT myocardial perfusion. Moderate-sized, severe intensity reversible perfusion defect in
         the inferior wall. Normal perfusion elsewhere. LVEF 58% at rest. No transient ischemic dilation.""",
         [P("{Sev}-sized reversible inferior wall defect, consistent with ischemia | Inferior wall ischemia: reversible"
            " defect of {sev} size | Reversible inferior perfusion defect ({sev} extent), ischemia", "Normal"
            " myocardial perfusion | No ischemia", sev="moderate*"),
          P("Normal LVEF 58% | Preserved left ventricular function (EF 58%)", "Reduced LV function"),
          N("No transient ischemic dilation | No TID", "Transient ischemic dilation")],
         ["Fixed apical defect consistent with infarct.|infarct,apical",
          "Increased lung uptake.|lung"]),
    case("nm", "bone scan", "Prostate cancer, PSA 14.", "Bone scan 1 year ago.",
         """Whole-body bone scintigraphy. New foci of increased uptake in the right 6th posterior rib, L3 vertebral
         body and left ilium, suspicious for osseous metastases. Degenerative uptake in both knees, unchanged.
         Kidneys visualized normally.""",
         [P("New foci in the right 6th posterior rib, L3 and left ilium, suspicious for bone metastases | Osseous"
            " metastatic disease likely: new uptake at right posterior 6th rib, L3 and the left iliac bone",
            "No scintigraphic evidence of osseous metastases"),
          P("Stable degenerative uptake in both knees | Bilateral knee uptake, degenerative, unchanged",
            "No degenerative uptake", minor=True),
          N("Normal renal visualization | Kidneys normal", "Nonvisualized kidney | Hydronephrosis")],
         ["Superscan pattern.|superscan",
          "Uptake in a healing rib fracture on the left.|fracture"]),
    case("nm", "PET oncology", "Lymphoma, end-of-treatment.", "PET/CT 4 months ago (baseline).",
         """FDG PET/CT. Left supraclavicular node decreased from 2.4 cm SUVmax 14 to 1.1 cm with SUVmax 2.1, below
         liver. Mediastinal nodes resolved. Spleen 11 cm, no focal uptake. No new FDG-avid disease. Deauville 2.""",
         [P("Complete metabolic response, Deauville 2 | Deauville 2: complete metabolic response", "Residual active"
            " lymphoma, Deauville 5"),
          P("{Side} supraclavicular node decreased to {size} (previously {prior}), SUVmax 2.1 | Residual {size} {side}"
            " supraclavicular node, was {prior}, not FDG avid", "No {side} supraclavicular node", side="left",
            size=(11,), prior=(24,)),
          N("No new FDG-avid disease | No new hypermetabolic lesions", "New FDG-avid lesions"),
          N("No splenic involvement | Spleen without focal uptake", "Focal splenic uptake")],
         ["FDG-avid thyroid nodule.|thyroid",
          "Hypermetabolic right hilar node.|hilar"], numbered=True),
    case("nm", "hepatobiliary", "RUQ pain, equivocal ultrasound.", "None.",
         """Tc-99m mebrofenin hepatobiliary scan. Prompt hepatic uptake. Common bile duct and small bowel visualized
         by 25 minutes. Gallbladder not visualized at 60 minutes or 30 minutes after morphine. Rim sign of increased
         pericholecystic hepatic activity.""",
         [P("Nonvisualization of the gallbladder despite morphine, consistent with acute cholecystitis | Acute"
            " cholecystitis: gallbladder not seen after morphine augmentation", "Normal gallbladder filling |"
            " Gallbladder visualized"),
          P("Rim sign, raising concern for complicated cholecystitis | Pericholecystic rim sign (possible gangrenous"
            " cholecystitis)", "No rim sign"),
          N("Patent common bile duct with normal bowel transit | CBD and bowel visualized promptly", "Common bile"
            " duct obstruction | No bowel activity")],
         ["Bile leak into the right paracolic gutter.|leak",
          "Duodenogastric reflux.|reflux"]),
    case("nm", "thyroid uptake", "Hyperthyroidism.", "N/A.",
         """I-123 thyroid uptake and scan. 24-hour uptake 68%, elevated. Diffusely increased homogeneous uptake in an
         enlarged gland. No cold or hot nodules. Pyramidal lobe visualized.""",
         [P("Graves disease: diffusely increased uptake, 24-hour uptake 68% | Elevated 24-h uptake (68%) with diffuse"
            " homogeneous enlargement, consistent with Graves disease", "Normal thyroid uptake"),
          N("No focal nodules | No hot or cold nodules", "Cold nodule | Toxic nodule"),
          P("Pyramidal lobe visualized | Visible pyramidal lobe", "No pyramidal lobe", minor=True)],
         ["Substernal extension of the thyroid.|substernal",
          "Ectopic lingual thyroid tissue.|lingual"]),
    case("ir", "interventional", "Malignant biliary obstruction, cholangiocarcinoma.", "MRCP 1 week ago.",
         """Percutaneous transhepatic cholangiogram and drainage, right-sided approach. Cholangiogram: high-grade
         stricture of the common hepatic duct involving the confluence (Bismuth II). Moderate intrahepatic ductal
         dilatation. 10 Fr internal-external biliary drain placed from the right, tip in the duodenum. No
         complications.""",
         [P("High-grade hilar stricture, Bismuth II | Bismuth type II stricture of the common hepatic duct/confluence,"
            " high grade", "No biliary stricture"),
          P("{Sev} intrahepatic biliary dilatation | Intrahepatic ducts {sevly} dilated", "No ductal dilatation",
            sev="moderate"),
          P("Successful {side}-sided 10 Fr internal-external biliary drain, tip in the duodenum | 10 Fr"
            " internal/external biliary catheter placed via a {side} approach, tip in duodenum",
            "Drain placement unsuccessful", side="right"),
          N("No immediate complications | No complications", "Hemobilia complicating the procedure | Bile leak")],
         ["Contrast extravasation from the hepatic artery.|extravasation",
          "Left biliary duct occlusion.|occlusion"]),
    case("ir", "vascular IR", "Left leg claudication.", "CTA runoff 1 month ago.",
         """Left lower extremity angiogram and intervention via right common femoral access. 8 cm occlusion of the left
         superficial femoral artery, treated with angioplasty and stent; 10% residual stenosis. Three-vessel runoff.
         Right CFA closure device placed, no hematoma.""",
         [P("{Side} SFA occlusion (8 cm) treated with angioplasty and stenting, 10% residual | Successful stent of an"
            " 8 cm {side} superficial femoral artery occlusion (residual 10%)", "No SFA occlusion", side="left"),
          N("Three-vessel runoff | Three-vessel runoff to the foot", "Single-vessel runoff | Tibial occlusion"),
          N("No hematoma at the {side} CFA access site | {Side} CFA closure without hematoma",
            "Groin hematoma at the access site",
            side="right")],
         ["Distal embolization to the anterior tibial artery.|emboli",
          "Arteriovenous fistula at the access site.|fistula"]),
    case("ir", "IR oncology", "HCC, chemoembolization.", "MRI 3 weeks ago.",
         """Transarterial chemoembolization of a 3.8 cm segment 7 HCC via the right posterior hepatic artery. Dense
         lipiodol deposition in the tumor at the end of the procedure. No nontarget embolization. Portal vein
         patent.""",
         [P("TACE of the {size} segment 7 HCC, dense lipiodol uptake | Successful chemoembolization of the {size}"
            " segment 7 tumor with dense lipiodol deposition", "Tumor not embolized", size=(38,)),
          N("No nontarget embolization | No nontarget deposition", "Nontarget embolization to the gallbladder"),
          N("Patent portal vein | Portal vein patent", "Portal vein occlusion")],
         ["Arterioportal shunt.|shunt",
          "Hepatic artery dissection.|dissection"]),
    case("ir", "IR drainage", "Postoperative fever, pelvic collection.", "None.",
         """CT-guided drainage of a 6.5 x 4.0 cm left pelvic abscess via a left gluteal approach; 8 Fr pigtail drain
         placed, 60 mL purulent fluid aspirated. Residual collection minimal. No complication.""",
         [P("CT-guided placement of an 8 Fr drain in a {size} {side} pelvic abscess, 60 mL pus | Successful drainage"
            " of the {side} pelvic abscess ({size}), 8 Fr pigtail, 60 mL purulent fluid", "No abscess identified",
            side="left", size=(65, 40)),
          P("{Sev} residual collection | Residual fluid, {sev}", "No residual fluid", sev="small", minor=True),
          N("No complication | Procedure without complication", "Bowel perforation during the procedure")],
         ["Second collection in the right paracolic gutter.|paracolic",
          "Hematoma along the drain tract.|hematoma"]),
]
