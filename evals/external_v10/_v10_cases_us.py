"""Hand-written ultrasound cases of the v10 set (abdomen, vascular, obstetric-adjacent, pediatric, thyroid, scrotal)."""

from _v10_model import N, P, case

US = [
    case("us", "community abdomen", "RUQ pain after fatty meals.", "None.",
         """Right upper quadrant ultrasound. Multiple mobile gallstones, largest 1.6 cm. Gallbladder wall 5 mm,
         thickened,
         with pericholecystic fluid. Positive sonographic Murphy sign. CBD 4 mm. Liver echogenic, consistent with
         moderate steatosis. Right kidney normal.""",
         [P("Acute calculous cholecystitis: gallstones (largest {size}), wall thickening, pericholecystic fluid,"
            " positive Murphy sign | Cholelithiasis with sonographic signs of acute cholecystitis; largest stone"
            " {size} | Findings consistent with acute cholecystitis; gallstones up to {size}", "No cholecystitis |"
            " Normal gallbladder without stones", size=(16,)),
          N("No biliary dilatation, CBD 4 mm | CBD normal at 4 mm", "Dilated common bile duct | Biliary"
            " dilatation"),
          P("{Sev} hepatic steatosis | {Sev} fatty liver", "Normal liver echogenicity", sev="moderate")],
         ["Right renal calculus.|calcul",
          "Hepatic hemangioma, 1 cm.|hemangioma"]),
    case("us", "vascular lab", "Left calf swelling.", "None.",
         """Left lower extremity venous duplex. Occlusive thrombus in the left popliteal vein and posterior tibial
         veins.
         Common femoral and femoral veins compressible with normal flow. Right common femoral vein patent.
         3.5 cm Baker cyst in the left popliteal fossa.""",
         [P("Acute occlusive DVT of the {side} popliteal and posterior tibial veins | Occlusive thrombus, {side}"
            " popliteal and posterior tibial veins | {Side} lower extremity deep vein thrombosis (popliteal,"
            " posterior tibial)", "No {side} deep vein thrombosis | Patent {side} popliteal vein", side="left"),
          N("Femoral veins patent | Common femoral and femoral veins without thrombus", "Femoral vein thrombosis |"
            " Thrombus extends into the femoral vein"),
          P("{size} {side} Baker cyst | {Side} popliteal (Baker) cyst measuring {size}", "No Baker cyst",
            side="left", size=(35,)),
          N("Patent {side} common femoral vein | {Side} CFV patent", "{Side} common femoral vein thrombosis",
            side="right")],
         ["Superficial thrombophlebitis of the great saphenous vein.|saphenous",
          "Enlarged inguinal lymph node.|inguinal,lymph"]),
    case("us", "pediatric", "6-week-old, projectile vomiting.", "None.",
         """Pyloric ultrasound. Pyloric muscle thickness 5 mm, channel length 19 mm, no passage of gastric contents
         during the exam. Stomach distended.""",
         [P("Hypertrophic pyloric stenosis, muscle {size} thick | Pyloric muscle thickened to {size}, consistent with"
            " HPS | Findings of hypertrophic pyloric stenosis (wall {size})", "No pyloric stenosis | Normal pylorus",
            size=(5,), unit="mm"),
          P("Pyloric channel length 19 mm, elongated | Elongated pyloric channel, 19 mm", "Normal channel length"),
          P("Distended stomach without passage of contents | Gastric distension; no gastric emptying seen",
            "Normal gastric emptying")],
         ["Malrotation.|malrotation",
          "Intussusception.|intussusception"]),
    case("us", "thyroid", "Palpable neck nodule.", "Thyroid ultrasound 2 years ago.",
         """Thyroid ultrasound. Right lobe inferior solid hypoechoic nodule 2.1 x 1.6 x 1.4 cm, taller-than-wide,
         microcalcifications, TI-RADS 5, previously 1.3 cm. Left lobe spongiform nodule 9 mm, TI-RADS 1, stable. No
         abnormal cervical lymph nodes.""",
         [P("Enlarging {size} {side} inferior TI-RADS 5 nodule (previously {prior}); FNA recommended | {Side} lobe"
            " solid hypoechoic nodule, TR5, now {size}, was {prior}: fine-needle aspiration advised", "No {side} lobe"
            " nodule", side="right", size=(21, 16, 14), prior=(13,)),
          P("Stable {size} {side} spongiform nodule, TI-RADS 1 | {Side} lobe TR1 spongiform nodule, {size},"
            " unchanged", "No {side} nodule", side="left", size=(9,), unit="mm", minor=True),
          N("No suspicious cervical lymph nodes | No abnormal neck nodes", "Suspicious cervical lymph nodes |"
            " Abnormal lateral neck node")],
         ["Parathyroid adenoma.|parathyroid",
          "Diffuse thyroiditis.|thyroiditis"]),
    case("us", "academic renal", "Acute kidney injury.", "No previous imaging.",
         """Renal ultrasound. Right kidney 11.2 cm with moderate hydronephrosis. Left kidney 10.8 cm without
         hydronephrosis. Bladder distended with volume 780 mL; prostate enlarged. Cortical echogenicity mildly
         increased bilaterally.""",
         [P("{Sev} {side} hydronephrosis | {Side} hydronephrosis, {sev} | {Sevly} dilated {side} collecting system",
            "No hydronephrosis | No {side} hydronephrosis", side="right", sev="moderate"),
          P("Distended bladder, 780 mL, with enlarged prostate, suggesting outlet obstruction | Bladder overdistended"
            " (780 mL); prostatomegaly", "Decompressed bladder"),
          P("{Sevly} increased renal cortical echogenicity, medical renal disease | Bilateral {sev} increase in"
            " cortical echogenicity", "Normal renal echogenicity", sev="mild"),
          N("No {side} hydronephrosis | {Side} kidney not obstructed", "{Side} hydronephrosis", side="left")],
         ["Angiomyolipoma in the right kidney.|angiomyolipoma",
          "Bladder stone.|stone"], numbered=True),
    case("us", "scrotal emergency", "Acute left testicular pain.", "None.",
         """Scrotal ultrasound with Doppler. Left testis enlarged and heterogeneous with absent color flow. Left
         epididymis enlarged. Small left hydrocele. Right testis normal with normal flow.""",
         [P("Absent flow in the {side} testis, consistent with testicular torsion | {Side} testicular torsion: no"
            " color Doppler flow, enlarged heterogeneous testis", "Normal {side} testicular flow | No torsion",
            side="left"),
          P("{Sev} {side} hydrocele | {Side} hydrocele, {sev}", "No hydrocele", side="left", sev="small"),
          N("Normal {side} testis | {Side} testis normal with normal flow", "{Side} testis abnormal with absent flow",
            side="right")],
         ["Right varicocele.|varicocele",
          "Testicular microlithiasis.|microlith"]),
    case("us", "obstetric early pregnancy", "Positive hCG, pelvic pain, bleeding.", "None.",
         """Transvaginal pelvic ultrasound. No intrauterine pregnancy. Complex 2.8 cm adnexal mass in the right adnexa,
         separate from the ovary. Moderate free fluid with echoes in the pelvis. Left ovary normal.""",
         [P("{size} {side} adnexal mass separate from the ovary with no IUP: ectopic pregnancy | Findings concerning"
            " for {side} ectopic pregnancy: complex {size} adnexal mass, no intrauterine pregnancy", "No adnexal mass"
            " | Intrauterine pregnancy present", side="right", size=(28,)),
          P("{Sev} complex pelvic free fluid, likely hemoperitoneum | {Sev} echogenic free fluid (blood likely)",
            "No free fluid", sev="moderate*"),
          N("Normal {side} ovary | {Side} ovary unremarkable", "{Side} ovarian cyst", side="left")],
         ["Uterine fibroid.|fibroid",
          "Hydronephrosis of the left kidney.|hydronephrosis,kidney"]),
    case("us", "carotid", "Left-sided TIA.", "Carotid duplex 1 year ago.",
         """Carotid duplex. Left ICA: heterogeneous plaque, PSV 290 cm/s, EDV 110 cm/s, 70-99% stenosis, progressed
         from 50-69%. Right ICA: mild plaque, less than 50% stenosis, unchanged. Antegrade vertebral flow
         bilaterally.""",
         [P("Severe {side} ICA stenosis, 70-99%, progressed | Progression to severe (70-99%) stenosis of the {side}"
            " internal carotid artery", "No significant {side} ICA stenosis", side="left"),
          P("{Side} ICA: {sev} plaque, less than 50% stenosis, stable | Stable {sev} {side} internal carotid plaque"
            " (<50%)", "Normal {side} ICA", side="right", sev="mild"),
          N("Antegrade vertebral flow bilaterally | Normal vertebral artery flow direction", "Reversed vertebral"
            " flow | Subclavian steal")],
         ["Right vertebral artery occlusion.|occlusion",
          "Thyroid nodule.|thyroid"]),
    case("us", "point-of-care trauma (FAST)", "MVC, hypotension.", "None.",
         """FAST exam. Free fluid in Morison's pouch and the pelvis. No pericardial effusion. Lung sliding present
         bilaterally. Splenorenal fossa without fluid.""",
         [P("Positive FAST: free fluid in Morison's pouch and the pelvis | Hemoperitoneum likely; fluid in the"
            " hepatorenal space and pelvis", "Negative FAST | No free fluid"),
          N("No pericardial effusion | No pericardial fluid", "Pericardial effusion"),
          N("Lung sliding present bilaterally (no pneumothorax) | No sonographic pneumothorax", "Absent lung sliding"
            " on the right, pneumothorax"),
          N("No fluid in the splenorenal fossa | Splenorenal fossa negative", "Fluid in the splenorenal fossa")],
         ["Splenic laceration.|laceration",
          "Right hemothorax.|hemothorax"]),
    case("us", "abdominal aorta", "AAA screening.", "None.",
         """Aorta ultrasound. Infrarenal abdominal aorta 4.1 cm AP. Iliac arteries 1.3 cm right, 1.2 cm left. Mild
         atherosclerotic plaque.""",
         [P("{size} infrarenal abdominal aortic aneurysm | Infrarenal AAA measuring {size} | Abdominal aortic"
            " aneurysm, {size}, infrarenal", "No abdominal aortic aneurysm | Normal caliber aorta", size=(41,)),
          N("Non-aneurysmal iliac arteries | Iliac arteries normal caliber", "Iliac artery aneurysm"),
          P("{Sev} aortic atherosclerosis | {Sev} atherosclerotic plaque", "No atherosclerotic plaque", sev="mild",
            minor=True)],
         ["Horseshoe kidney.|horseshoe",
          "Retroperitoneal hematoma.|hematoma"]),
    case("us", "breast ultrasound", "Palpable lump, left breast, 40 years.", "None.",
         """Targeted left breast ultrasound at 2 o'clock, 4 cm from the nipple. Oval circumscribed hypoechoic parallel
         mass 1.4 x 0.8 x 1.0 cm, consistent with fibroadenoma. No suspicious axillary lymph nodes. BI-RADS 3.""",
         [P("{size} circumscribed oval mass at {side} 2 o'clock, 4 cm from the nipple, probably benign fibroadenoma,"
            " BI-RADS 3 | Probable fibroadenoma, {side} breast 2:00, 4 cm FN, {size}; BI-RADS 3, short-interval"
            " follow-up | {Side} breast 2"
            " o'clock 4 cm FN: {size} benign-appearing mass (BI-RADS 3)", "No {side} breast mass | Negative"
            " targeted ultrasound", side="left", size=(14, 8, 10)),
          N("No suspicious {side} axillary nodes | {Side} axilla negative", "Suspicious {side} axillary lymph node",
            side="left")],
         ["Simple cyst at 9 o'clock in the left breast.|cyst,9 o'clock",
          "Skin thickening.|skin"]),
    case("us", "pediatric hip", "Newborn, breech, clicking left hip.", "None.",
         """Hip ultrasound. Left hip alpha angle 48 degrees, femoral head 30% covered, subluxable with stress. Right
         hip alpha angle 62 degrees, normal coverage.""",
         [P("{Side} developmental dysplasia of the hip: alpha 48 degrees, 30% coverage, subluxable | DDH on the {side}"
            " (alpha 48, coverage 30%, unstable)", "Normal {side} hip", side="left"),
          N("Normal {side} hip (alpha 62 degrees) | {Side} hip normal, alpha angle 62", "{Side} hip dysplasia",
            side="right")],
         ["Joint effusion in the left hip.|effusion",
          "Thickened pulvinar in the left hip.|pulvinar"]),
    case("us", "transplant", "Renal transplant, creatinine rising.", "Transplant ultrasound 3 months ago.",
         """Transplant kidney ultrasound in the right iliac fossa. Mild hydronephrosis, new. Resistive indices 0.82,
         elevated, previously 0.68. Perinephric fluid collection 4.2 x 2.1 cm, likely lymphocele, new. Main renal
         artery and vein patent.""",
         [P("New {sev} hydronephrosis of the transplant kidney | {Sev} transplant hydronephrosis, new",
            "No hydronephrosis", sev="mild"),
          P("Elevated resistive indices, 0.82 (previously 0.68) | RI increased to 0.82 from 0.68",
            "Normal resistive indices"),
          P("New {size} perinephric collection, likely lymphocele | Perinephric fluid collection, probable lymphocele,"
            " {size}, new since prior", "No perinephric collection", size=(42, 21)),
          N("Patent main renal artery and vein | No vascular thrombosis", "Renal vein thrombosis | Occluded main"
            " renal artery")],
         ["Renal artery stenosis at the anastomosis.|stenosis",
          "Stone in the transplant kidney.|stone,calcul"], numbered=True),
    case("us", "soft tissue", "Painful lump, right forearm.", "None.",
         """Soft tissue ultrasound, right volar forearm. Hypoechoic collection with internal debris 2.6 x 1.2 x 1.8 cm,
         peripheral hyperemia, consistent with abscess. Surrounding cobblestoning of subcutaneous fat (cellulitis).
         No foreign body.""",
         [P("{size} abscess in the {side} volar forearm | {Side} forearm volar soft tissue abscess, {size} |"
            " Subcutaneous abscess of the {side} volar forearm measuring {size}", "No abscess | No drainable"
            " collection", side="right", size=(26, 12, 18)),
          P("Surrounding cellulitis | Cellulitic change of the adjacent fat", "No cellulitis"),
          N("No foreign body | No retained foreign body", "Retained foreign body")],
         ["Thrombophlebitis of the cephalic vein.|cephalic",
          "Enlarged axillary lymph node.|axillary"]),
    case("us", "liver Doppler", "Cirrhosis, new ascites.", "Ultrasound 6 months ago.",
         """Liver ultrasound with Doppler. Nodular cirrhotic liver. Main portal vein partially occluded by
         nonocclusive thrombus, new. Hepatopetal flow in the remaining lumen. Moderate ascites, new. Spleen 15.8 cm,
         previously 15.5 cm. No focal liver lesion.""",
         [P("New nonocclusive main portal vein thrombus | Partial thrombosis of the main portal vein, new",
            "Patent portal vein | No portal vein thrombosis"),
          P("New {sev} ascites | {Sev} ascites, new", "No ascites", sev="moderate*"),
          P("Splenomegaly, {size} (previously {prior}) | Enlarged spleen at {size}, was {prior}",
            "Normal spleen size", size=(158,), prior=(155,), organ=True),
          N("No focal liver lesion | No hepatic mass", "Focal liver lesion | Hepatic mass")],
         ["Gallbladder polyp.|polyp",
          "Right pleural effusion.|pleural"]),
]
