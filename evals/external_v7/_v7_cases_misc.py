"""Hand-written synthetic mammography (MG), nuclear medicine (NM) and interventional (IR) cases of the v7 set."""

from _v7_model import N, P, case

MISC_CASES = (
    case("mg-01", "breast", "breast imaging", prior=True,
         indication="Screening mammogram, 58 F.",
         comparison="Screening mammograms 2022 and 2023.",
         findings="Scattered fibroglandular density. New 9 mm group of fine pleomorphic calcifications in the "
                  "right breast upper outer quadrant, middle depth. Stable benign-appearing calcified oil cyst in "
                  "the left breast. No suspicious masses.",
         stmts=[
             P("new {m} group of fine pleomorphic calcifications in the {side} upper outer quadrant, BI-RADS 0; "
               "diagnostic magnification views recommended", "{side} breast UOQ: new fine pleomorphic "
               "calcifications spanning {m}; recall for magnification views (BI-RADS 0)",
               no="no suspicious calcifications", side="right", size=9),
             P("stable benign calcified oil cyst in the {side} breast", "{side} breast oil cyst, benign, "
               "unchanged", no="no oil cyst", side="left"),
             N("no suspicious mass", "no suspicious masses", yes="suspicious mass"),
         ]),
    case("mg-02", "breast", "community", prior=False,
         indication="Diagnostic mammogram, palpable lump right breast, 44 F, no prior imaging.",
         comparison="None available.",
         findings="Heterogeneously dense. At the palpable marker, right breast 11 o'clock: 21 mm irregular "
                  "spiculated mass. Associated skin retraction. No suspicious calcifications. Left breast negative.",
         stmts=[
             P("{m} irregular spiculated mass at {side} breast 11 o'clock, corresponding to the palpable lump, "
               "BI-RADS 5", "{side} breast 11:00 spiculated irregular mass ({m}) at the palpable site; highly "
               "suggestive of malignancy", no="no mammographic correlate for the palpable finding",
               side="right", size=21),
             P("associated skin retraction", "overlying skin retraction", no="no skin retraction"),
             N("no suspicious calcifications", "no suspicious calcs", yes="associated pleomorphic calcifications"),
         ]),
    case("mg-03", "breast", "teleradiology", prior=True,
         indication="Screening, implants.",
         comparison="Prior mammogram 2 years ago.",
         findings="Bilateral subpectoral silicone implants. Left implant contour bulge at 2 o'clock, new, "
                  "possible rupture. Developing asymmetry in the right breast lower inner quadrant, 12 mm.",
         stmts=[
             P("new contour bulge of the {side} implant, possible rupture; MRI suggested", "{side} implant "
               "contour abnormality (new), cannot exclude rupture - recommend MRI",
               no="implants intact", side="left"),
             P("{m} developing asymmetry in the {side} lower inner quadrant, BI-RADS 0",
               "developing asymmetry of {m}, {side} breast LIQ; recall for diagnostic imaging",
               no="no asymmetry", side="right", size=12),
         ]),
    case("mg-04", "breast", "breast imaging", prior=False,
         indication="Baseline screening, 40 F.",
         comparison="No prior mammograms.",
         findings="Extremely dense tissue, which lowers sensitivity. Two circumscribed oval masses in the left "
                  "breast, largest 8 mm, probably benign. Right breast normal. No calcifications.",
         stmts=[
             P("two circumscribed oval {side} breast masses, largest {m}, likely benign; ultrasound recall",
               "{side} breast: 2 oval circumscribed masses (up to {m}), probably benign, recall for US",
               no="no breast masses", side="left", size=8),
             P("extremely dense breasts, lowering mammographic sensitivity", "breast density category D "
               "(extremely dense)", no="fatty breasts"),
             N("no suspicious calcifications", "no calcifications", yes="suspicious calcifications"),
         ]),
    case("mg-05", "breast", "academic", prior=True,
         indication="Post lumpectomy surveillance, right breast cancer 2021.",
         comparison="Diagnostic mammograms yearly since 2021.",
         findings="Right breast: expected post-surgical architectural distortion and dystrophic calcifications at "
                  "the lumpectomy site, stable. Moderate skin thickening, decreased. Left breast: no suspicious "
                  "findings.",
         stmts=[
             P("stable post-surgical changes in the {side} breast", "{side} lumpectomy site: unchanged expected "
               "postoperative distortion and dystrophic calcifications", no="no post-surgical change",
               side="right"),
             P("{sev} skin thickening, decreased", "decreased {sev} skin thickening", no="no skin thickening",
               sev="moderate", scale="grade"),
             N("no evidence of recurrence", "no suspicious findings in either breast", yes="suspicious recurrence"),
         ]),
    case("mg-06", "breast", "breast imaging", prior=False,
         indication="Male, 62, tender left subareolar swelling.",
         comparison="None.",
         findings="Left breast: flame-shaped subareolar density consistent with gynecomastia, 32 mm. No discrete "
                  "mass or suspicious calcifications. Right breast normal.",
         stmts=[
             P("{side} gynecomastia ({m})", "{m} flame-shaped subareolar density on the {side}, in keeping with "
               "gynecomastia", no="no gynecomastia", side="left", size=32),
             N("no suspicious mass", "no discrete mass", yes="suspicious subareolar mass"),
         ]),
    case("nm-01", "chest", "academic nuclear medicine", prior=False,
         indication="Pregnant, dyspnea, suspected PE.",
         comparison="Chest radiograph today, clear.",
         findings="Perfusion: two segmental perfusion defects in the right lower lobe and one in the left upper "
                  "lobe, with normal ventilation (mismatched). Chest radiograph clear.",
         stmts=[
             P("mismatched segmental perfusion defects in the {side} lower lobe", "{S}LL segmental mismatched "
               "defects", no="no perfusion defects", side="right"),
             P("mismatched segmental defect in the {side} upper lobe", "{S}UL mismatched segmental defect",
               no="no {side} upper lobe defect", side="left"),
             P("high probability for pulmonary embolism", "high probability V/Q scan", no="no PE"),
         ]),
    case("nm-02", "spine", "community", prior=True,
         indication="Prostate cancer, rising PSA.",
         comparison="Bone scan 8 months ago.",
         findings="New foci of increased uptake in the T9 vertebral body, right sixth rib posteriorly and right "
                  "iliac wing. Previously seen L3 focus unchanged. Degenerative uptake in the knees.",
         stmts=[
             P("new osseous metastases in T9, the {side} sixth rib and the {side} iliac wing",
               "new foci in T9, posterior {side} 6th rib and {side} ilium, consistent with metastatic progression",
               no="no new osseous lesions", side="right"),
             P("stable L3 metastasis", "unchanged L3 focus", no="no L3 lesion"),
             P("degenerative uptake in the knees", "knee uptake, degenerative", no="no knee uptake"),
         ]),
    case("nm-03", "chest", "academic nuclear medicine", prior=True,
         indication="Lymphoma, end of treatment PET-CT.",
         comparison="Baseline PET-CT 5 months ago.",
         findings="Previously FDG-avid mediastinal mass decreased from 62 x 40 mm to 28 x 15 mm with residual "
                  "uptake below liver (Deauville 3). Resolved left supraclavicular nodal uptake. Physiologic "
                  "uptake elsewhere. Mild diffuse marrow uptake, post-therapy.",
         stmts=[
             P("decreased mediastinal mass, {m} (previously {p}), Deauville 3",
               "mediastinal mass down to {m} from {p}, Deauville score 3, complete metabolic response",
               no="no residual mediastinal mass", size=(28, 15), prior=(62, 40)),
             P("resolved {side} supraclavicular nodal uptake", "{side} supraclavicular uptake resolved",
               no="persistent supraclavicular uptake", side="left"),
             P("{sev} diffuse marrow uptake, likely post-therapy", "{sev} reactive marrow uptake",
               no="no marrow uptake", sev="mild"),
         ]),
    case("nm-04", "abdomen", "community", prior=False,
         indication="RUQ pain, equivocal ultrasound.",
         comparison="Ultrasound yesterday.",
         findings="HIDA: prompt hepatic uptake; small bowel activity at 30 minutes. Gallbladder not visualized at "
                  "60 minutes nor 30 minutes after morphine. Normal bile duct.",
         stmts=[
             P("nonvisualization of the gallbladder, consistent with acute cholecystitis",
               "gallbladder not seen after morphine augmentation, acute cholecystitis",
               no="normal gallbladder filling"),
             N("patent common bile duct", "normal biliary drainage into the small bowel",
               yes="common bile duct obstruction"),
         ]),
    case("nm-05", "neck", "endocrine", prior=False,
         indication="Hyperthyroidism, low TSH.",
         comparison="None.",
         findings="Tc-99m scan: focal intense uptake in a 26 mm right lower pole nodule with suppression of the "
                  "remaining gland. 24-h uptake 38%.",
         stmts=[
             P("{m} hyperfunctioning {side} lower pole nodule (toxic adenoma) with suppression of the rest of the "
               "gland", "toxic {side} lower pole adenoma, {m}, suppressing the remaining thyroid",
               no="no hyperfunctioning nodule", side="right", size=26),
             P("elevated 24-hour uptake of 38%", "24-h RAIU elevated (38%)", no="normal uptake"),
         ]),
    case("ir-01", "abdomen", "interventional", prior=False,
         indication="Obstructive jaundice, hilar cholangiocarcinoma.",
         comparison="None.",
         findings="Percutaneous transhepatic cholangiogram via right-sided access: high-grade stricture at the "
                  "hilum involving the right and left hepatic ducts. 10.2 Fr internal-external drain placed "
                  "through the right system into the duodenum. No immediate complications.",
         stmts=[
             P("high-grade hilar biliary stricture", "severe stricture at the biliary confluence",
               no="no biliary stricture"),
             P("{side} internal-external biliary drain placed into the duodenum", "successful placement of a "
               "{side} internal/external biliary drain", no="no drain placed", side="right"),
             N("no immediate complications", "no complications", yes="hemobilia complicating the procedure"),
         ]),
    case("ir-02", "vascular", "interventional", prior=False,
         indication="Massive hemoptysis.",
         comparison="CTA chest same day.",
         findings="Bronchial arteriography: hypertrophied right bronchial artery with hypervascular blush in the "
                  "right upper lobe. Embolized with 500 micron particles to stasis. No spinal artery "
                  "opacification. Left bronchial artery normal.",
         stmts=[
             P("hypertrophied {side} bronchial artery with hypervascular {side} upper lobe blush",
               "enlarged {side} bronchial artery and hypervascularity in the {S}UL", no="normal bronchial arteries",
               side="right"),
             P("successful particle embolization to stasis", "embolized to stasis with 500 micron particles",
               no="no embolization performed"),
             N("no spinal artery opacification", "no spinal arterial supply seen", yes="spinal artery opacification"),
         ]),
    case("ir-03", "abdomen", "interventional", prior=True,
         indication="Renal mass biopsy.",
         comparison="CT abdomen 2 weeks ago.",
         findings="CT-guided biopsy of the left renal lower pole mass, 38 mm. Three 18G cores obtained. Small "
                  "perinephric hematoma after the procedure, stable on delayed images. No pneumothorax.",
         stmts=[
             P("CT-guided core biopsy of the {m} {side} lower pole renal mass", "{side} renal mass ({m}) "
               "sampled with three 18G cores under CT", no="biopsy not performed", side="left", size=38),
             P("{sev} perinephric hematoma, stable on delayed imaging", "{sev} post-biopsy perinephric hematoma, "
               "not enlarging", no="no hematoma", sev="small"),
             N("no pneumothorax", "no PTX", yes="pneumothorax"),
         ]),
    case("ir-04", "vascular", "interventional", prior=False,
         indication="PE with contraindication to anticoagulation.",
         comparison="None.",
         findings="Cavogram: IVC 22 mm, single right and left renal veins. No IVC thrombus. Retrievable filter "
                  "placed via right internal jugular access with apex at the level of the renal veins.",
         stmts=[
             P("retrievable infrarenal IVC filter placed via {side} internal jugular access",
               "successful IVC filter placement through the {side} IJ, infrarenal, retrievable",
               no="no filter placed", side="right"),
             N("IVC of normal caliber ({m})", "normal-caliber cava measuring {m}", yes="megacava", size=22),
             N("no IVC thrombus", "no caval thrombus", yes="IVC thrombus"),
         ]),
    case("ir-05", "pelvis", "interventional", prior=False,
         indication="Symptomatic uterine fibroids, heavy bleeding.",
         comparison="Pelvic MRI 1 month ago.",
         findings="Bilateral uterine artery embolization with 500-700 micron microspheres to near stasis. "
                  "Dominant fibroid 74 mm. Hypertrophied left uterine artery. No ovarian collateral supply.",
         stmts=[
             P("bilateral uterine artery embolization to near stasis", "successful bilateral UAE with "
               "microspheres", no="no embolization"),
             P("dominant fibroid {m}", "{m} dominant fibroid", no="no fibroid", size=74),
             P("hypertrophied {side} uterine artery", "{side} uterine artery enlarged", no="normal uterine arteries",
               side="left"),
             N("no ovarian collateral supply", "no utero-ovarian collaterals", yes="ovarian artery supply"),
         ]),
)
