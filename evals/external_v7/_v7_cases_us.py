"""Hand-written synthetic ultrasound cases of the v7 set (abdomen, vascular, obstetric/pelvic, neck, paediatric)."""

from _v7_model import N, P, case

US_CASES = (
    case("us-01", "abdomen", "community", prior=False,
         indication="RUQ pain after fatty meals, positive Murphy sign.",
         comparison="None.",
         findings="Gallbladder: multiple shadowing stones, largest 14 mm, impacted in the neck. Wall thickened to "
                  "5 mm with pericholecystic fluid. Sonographic Murphy sign positive. CBD 4 mm. Liver normal.",
         stmts=[
             P("acute calculous cholecystitis", "findings consistent with acute cholecystitis, calculous",
               "cholelithiasis with gallbladder wall thickening, pericholecystic fluid and positive Murphy sign, "
               "in keeping with acute cholecystitis", no="no sonographic evidence of cholecystitis"),
             P("largest stone {m}, impacted in the gallbladder neck", "{m} stone lodged in the GB neck",
               no="no impacted stone", size=14),
             P("gallbladder wall thickened to {m}", "{m} gallbladder wall thickening", no="normal wall thickness",
               size=5),
             N("CBD not dilated", "no biliary dilatation", yes="CBD dilatation"),
         ]),
    case("us-02", "vascular", "vascular lab", prior=False,
         indication="Swollen painful left calf.",
         comparison="None.",
         findings="Left lower extremity venous duplex: noncompressible popliteal vein with occlusive echogenic "
                  "thrombus extending into the posterior tibial veins. Common femoral and femoral veins "
                  "compressible with normal flow. Right common femoral vein patent.",
         stmts=[
             P("acute occlusive DVT of the {side} popliteal and posterior tibial veins",
               "occlusive thrombus in the {side} popliteal vein extending into the posterior tibial veins",
               "{side} lower extremity deep vein thrombosis (popliteal and posterior tibial)",
               no="no deep vein thrombosis", side="left"),
             N("femoral veins patent", "no thrombus in the common femoral or femoral vein",
               yes="thrombus extending into the femoral vein"),
         ]),
    case("us-03", "pelvis", "obstetric", prior=False,
         indication="Positive pregnancy test, vaginal bleeding, LMP 7 weeks.",
         comparison="None available.",
         findings="No intrauterine gestational sac. Complex mass in the right adnexa separate from the ovary "
                  "measuring 27 x 22 mm with a ring of fire. Moderate echogenic free fluid in the pelvis. Left "
                  "adnexa normal.",
         stmts=[
             P("{m} complex {side} adnexal mass separate from the ovary, concerning for ectopic pregnancy",
               "{side} adnexal complex mass ({m}) separate from the ovary, suspicious for ectopic pregnancy",
               no="no adnexal mass", side="right", size=(27, 22)),
             N("no intrauterine pregnancy", "no intrauterine gestational sac", yes="intrauterine gestational sac"),
             P("{sev} echogenic pelvic free fluid, likely hemoperitoneum", "{sev} volume complex free fluid in "
               "the pelvis, probably blood", no="no free fluid", sev="moderate", scale="size"),
         ]),
    case("us-04", "neck", "endocrine", prior=True,
         indication="Thyroid nodule follow-up.",
         comparison="Thyroid ultrasound 1 year ago.",
         findings="Right lobe: solid hypoechoic nodule with microcalcifications, 16 x 12 mm, previously "
                  "11 x 10 mm, TI-RADS 5. Left lobe: 8 mm spongiform nodule, TI-RADS 1. No abnormal cervical lymph "
                  "nodes.",
         stmts=[
             P("{m} TI-RADS 5 {side} thyroid nodule, enlarged from {p}; FNA recommended",
               "{side} lobe TR5 nodule, now {m} (was {p}), recommend FNA",
               "enlarging solid hypoechoic {side} thyroid nodule with microcalcifications, {m}; FNA advised",
               no="no suspicious thyroid nodule", side="right", size=(16, 12), prior=(11, 10)),
             P("{m} spongiform {side} thyroid nodule, TI-RADS 1", "benign-appearing {m} {side} lobe spongiform "
               "nodule (TR1)", no="no {side} thyroid nodule", side="left", size=8),
             N("no abnormal cervical lymph nodes", "no suspicious cervical adenopathy",
               yes="abnormal cervical lymph nodes"),
         ]),
    case("us-05", "abdomen", "paediatric", prior=False,
         indication="6-week-old with projectile vomiting.",
         comparison="None.",
         findings="Pyloric muscle thickness 5 mm and channel length 19 mm. No passage of gastric contents through "
                  "the pylorus during the exam. Stomach distended.",
         stmts=[
             P("hypertrophic pyloric stenosis", "findings consistent with HPS", "pyloric stenosis, hypertrophic",
               no="no pyloric stenosis"),
             P("pyloric muscle thickness {m}", "muscle wall {m} thick", no="normal pyloric muscle thickness",
               size=5),
             P("pyloric channel length {m}", "channel {m} long", no="normal channel length", size=19),
         ]),
    case("us-06", "abdomen", "academic body", prior=False,
         indication="Acute kidney injury.",
         comparison="none",
         findings="Right kidney 11.2 cm, left kidney 10.8 cm. Moderate right hydronephrosis. Left kidney without "
                  "hydronephrosis. 12 mm simple cyst in the left upper pole. Bladder distended with volume 650 mL.",
         stmts=[
             P("{sev} {side} hydronephrosis", "{side} hydronephrosis, {sev}", no="no hydronephrosis",
               side="right", sev="moderate", scale="grade"),
             P("{m} simple {side} upper pole renal cyst", "simple cyst in the {side} kidney upper pole, {m}",
               no="no renal cyst", side="left", size=12),
             P("distended bladder, volume 650 mL", "bladder overdistended (650 mL)", no="bladder decompressed"),
         ], unit="cm"),
    case("us-07", "pelvis", "paediatric", prior=False,
         indication="14-year-old, sudden left testicular pain 4 hours.",
         comparison="None.",
         findings="Left testis enlarged and heterogeneous with absent intratesticular flow. Twisted spermatic cord "
                  "(whirlpool sign). Right testis normal with normal flow. Small left hydrocele.",
         stmts=[
             P("{side} testicular torsion", "torsion of the {side} testis with absent flow and whirlpool sign",
               "{side} testis: no intratesticular flow, twisted cord, consistent with torsion",
               no="no testicular torsion", side="left"),
             P("{sev} {side} hydrocele", "{sev} hydrocele on the {side}", no="no hydrocele", side="left",
               sev="small"),
             N("normal contralateral testis", "other testis normal with normal flow", yes="contralateral torsion"),
         ]),
    case("us-08", "abdomen", "teleradiology", prior=True,
         indication="Abnormal LFTs, obesity.",
         comparison="Abdominal US 2022.",
         findings="Liver 18.4 cm, diffusely echogenic, severe steatosis, progressed from moderate. No focal liver "
                  "lesion. Spleen 11 cm. Gallbladder normal.",
         stmts=[
             P("{sev} hepatic steatosis, progressed", "progression to {sev} hepatic steatosis",
               no="no hepatic steatosis", sev="severe"),
             P("hepatomegaly, liver {m}", "enlarged liver measuring {m}", no="liver normal in size", size=184,
               organ=True),
             N("no focal liver lesion", "no focal hepatic lesion", yes="focal liver lesion"),
         ], unit="cm"),
    case("us-09", "vascular", "vascular lab", prior=False,
         indication="Right carotid bruit.",
         comparison="None.",
         findings="Right ICA: heterogeneous plaque, PSV 280 cm/s, EDV 110 cm/s, ICA/CCA ratio 4.6, consistent with "
                  "70-99% stenosis. Left ICA: mild plaque, <50% stenosis. Antegrade vertebral flow bilaterally.",
         stmts=[
             P("70-99% stenosis of the {side} internal carotid artery", "{side} ICA stenosis, 70-99%",
               "high-grade (70-99%) {side} ICA stenosis by velocity criteria",
               no="no hemodynamically significant carotid stenosis", side="right"),
             P("less than 50% stenosis of the {side} ICA", "{side} ICA <50% stenosis", no="no {side} ICA plaque",
               side="left"),
             N("antegrade vertebral flow", "normal vertebral artery flow direction",
               yes="reversed vertebral artery flow"),
         ]),
    case("us-10", "breast", "breast imaging", prior=False,
         indication="Palpable lump in the left breast.",
         comparison="None.",
         findings="At the palpable site, left breast 2 o'clock 4 cm from nipple: irregular hypoechoic mass with "
                  "angular margins and posterior shadowing measuring 17 x 13 mm. Left axilla: lymph node with "
                  "cortical thickening to 5 mm.",
         stmts=[
             P("{m} irregular hypoechoic mass at {side} breast 2 o'clock, BI-RADS 5",
               "{side} 2 o'clock irregular shadowing mass of {m}, highly suggestive of malignancy (BI-RADS 5)",
               no="no sonographic correlate for the palpable lump", side="left", size=(17, 13)),
             P("{side} axillary lymph node with {m} cortical thickening; biopsy advised",
               "abnormal {side} axillary node, cortex {m}, recommend sampling", no="normal axillary lymph nodes",
               side="left", size=5),
         ]),
    case("us-11", "abdomen", "paediatric", prior=False,
         indication="3-year-old, intermittent colicky pain, currant jelly stool.",
         comparison="None.",
         findings="Target sign in the right upper quadrant, ileocolic intussusception measuring 31 mm in "
                  "diameter. Preserved bowel wall flow. No free fluid. No lead point identified.",
         stmts=[
             P("ileocolic intussusception in the {side} upper quadrant, {m} diameter",
               "{m} ileocolic intussusception, {side} upper quadrant (target sign)",
               no="no intussusception", side="right", size=31),
             N("preserved bowel wall perfusion", "normal flow in the bowel wall", yes="absent bowel wall flow"),
             N("no lead point", "no pathologic lead point seen", yes="lead point mass"),
         ]),
    case("us-12", "pelvis", "community", prior=True,
         indication="Postmenopausal bleeding.",
         comparison="Pelvic US 1 year ago.",
         findings="Endometrium thickened to 14 mm, previously 4 mm, with a vascular stalk suggesting a polyp. "
                  "Uterus with a 3 cm posterior intramural fibroid, unchanged. Ovaries not visualized.",
         stmts=[
             P("endometrial thickening to {m} (previously {p}) with a feeding vessel, likely polyp; "
               "sampling advised", "thickened endometrium, now {m} from {p}, probable polyp with vascular stalk",
               no="normal endometrial thickness", size=14, prior=4),
             P("stable {m} posterior intramural fibroid", "posterior intramural fibroid {m}, unchanged",
               no="no fibroid", size=30),
         ]),
    case("us-13", "msk", "MSK subspecialty", prior=False,
         indication="Lateral elbow pain, tennis player.",
         comparison="None.",
         findings="Right elbow: common extensor origin thickened and hypoechoic with a 6 mm partial-thickness "
                  "intrasubstance tear and moderate neovascularity. Radial collateral ligament intact. No joint "
                  "effusion.",
         stmts=[
             P("{side} common extensor tendinosis with a {m} partial-thickness tear",
               "lateral epicondylitis of the {side} elbow, with {m} partial tear of the common extensor origin",
               no="normal common extensor origin", side="right", size=6),
             P("{sev} neovascularity", "{sev} hyperemia on Doppler", no="no neovascularity", sev="moderate",
               scale="grade"),
             N("radial collateral ligament intact", "intact RCL", yes="radial collateral ligament tear"),
         ]),
    case("us-14", "abdomen", "ICU", prior=False,
         indication="Post-op day 3 renal transplant, rising creatinine.",
         comparison="None.",
         findings="Transplant kidney in the right iliac fossa. Resistive indices 0.85-0.90, elevated. Mild "
                  "hydronephrosis. Perinephric fluid collection 46 x 20 mm, likely lymphocele. Main renal artery "
                  "and vein patent.",
         stmts=[
             P("elevated resistive indices (0.85-0.90)", "RIs elevated at 0.85-0.90", no="normal resistive indices"),
             P("{sev} transplant hydronephrosis", "{sev} hydronephrosis of the graft", no="no hydronephrosis",
               sev="mild"),
             P("{m} perinephric collection, likely lymphocele", "perigraft fluid collection ({m}), probably "
               "lymphocele", no="no perinephric collection", size=(46, 20)),
             N("patent transplant renal artery and vein", "graft artery and vein patent",
               yes="transplant renal vein thrombosis"),
         ]),
)
