"""Hand-written synthetic ultrasound cases of the v9 set (body, vascular, obstetric, pediatric, MSK, breast)."""
from _v9_model import C, F, I, N, P

CASES = [
    C("us", "community emergency", False,
      "RUQ pain after fatty meals, now constant, fever.",
      "None.",
      "Gallbladder distended with multiple shadowing stones, one impacted in the neck measuring 14 mm. Wall "
      "thickened to 6 mm with pericholecystic fluid. Sonographic Murphy sign positive. CBD 4 mm. Liver mildly "
      "echogenic, consistent with mild steatosis.",
      [P("Cholelithiasis with findings of acute cholecystitis: gallbladder wall thickening to {size}, "
         "pericholecystic fluid, and positive sonographic Murphy sign. | "
         "Acute calculous cholecystitis (wall {size}, pericholecystic fluid, positive Murphy sign). | "
         "Gallstones with acute cholecystitis; the wall measures {size}, with pericholecystic fluid and a positive "
         "Murphy sign.", neg="No sonographic evidence of acute cholecystitis.", size=(6,)),
       P("{size} stone impacted in the gallbladder neck. | Impacted gallbladder neck stone measuring {size}.",
         neg="No impacted stone.", size=(14,)),
       N("Common bile duct is not dilated, measuring {size}. | CBD {size}, normal caliber.",
         neg="Dilated common bile duct.", size=(4,)),
       P("{Sev} hepatic steatosis. | {Sev} fatty liver. | Fatty infiltration of the liver, {sev}.",
         neg="Normal liver echotexture.", sev="mild", minor=True)],
      [F("Simple hepatic cyst.", "hepatic cyst/liver cyst"),
       F("Right pleural effusion.", "pleural"),
       F("Gallbladder polyp.", "polyp")]),

    C("us", "pediatric urology", True,
      "Prenatally detected left hydronephrosis, 3-month follow-up.",
      "Renal ultrasound at 6 weeks of age.",
      "LEFT KIDNEY: Moderate hydronephrosis with calyceal dilatation (SFU grade 3), increased. Renal pelvis AP "
      "diameter 14 mm, previously 9 mm. Normal parenchymal thickness. RIGHT KIDNEY: Normal. BLADDER: Unremarkable; "
      "no ureterocele.",
      [P("{Sev} {s} hydronephrosis (SFU grade 3), increased from prior. | "
         "{S} hydronephrosis, {sev}, SFU 3, worse than before. | "
         "Increased {sev} hydronephrosis on the {s} (SFU grade 3).", neg="No hydronephrosis.", side="left",
         sev="moderate"),
       P("{S} renal pelvis anteroposterior diameter {size}, previously {prior}. | "
         "APD of the {s} renal pelvis {size} (was {prior}).", side="left", size=(14,), prior=(9,)),
       N("{S} kidney normal. | Normal {s} kidney.", side="right", neg="{S} hydronephrosis as well."),
       N("Bladder unremarkable; no ureterocele. | No ureterocele.", neg="Ureterocele in the bladder.")],
      [F("Duplex collecting system on the right.", "duplex/duplicat"),
       F("Small renal cyst.", "cyst"),
       F("Increased renal parenchymal echogenicity.", "echogenic")]),

    C("us", "vascular lab", False,
      "Left calf swelling and pain after long flight.",
      "None.",
      "LEFT: Noncompressible femoral and popliteal veins with echogenic intraluminal thrombus and absent flow. "
      "Common femoral vein patent and compressible. Great saphenous vein at the calf noncompressible with "
      "surrounding inflammation. Baker cyst measuring 32 x 11 mm.",
      [P("Occlusive deep vein thrombosis of the {s} femoral and popliteal veins. | "
         "Acute occlusive DVT, {s} femoral and popliteal veins. | {S} femoropopliteal DVT, occlusive. | "
         "Blood clot blocking the {s} femoral and popliteal veins.",
         neg="No deep vein thrombosis in the {s} leg.", side="left"),
       N("The {s} common femoral vein is patent and compressible. | {S} CFV patent.", side="left",
         neg="Thrombus extends into the {s} common femoral vein."),
       P("Superficial thrombophlebitis of the {s} great saphenous vein at the calf. | "
         "{S} GSV superficial thrombophlebitis (calf).", neg="No superficial venous thrombosis.", side="left"),
       P("{S} Baker cyst measuring {size}. | {size} Baker cyst on the {s}. | Popliteal (Baker) cyst, {s}, {size}.",
         neg="No Baker cyst.", side="left", size=(32, 11), minor=True)],
      [F("Enlarged inguinal lymph node.", "lymph/node"),
       F("Calf muscle hematoma.", "hematoma"),
       F("Popliteal artery aneurysm.", "aneurysm/artery")]),

    C("us", "endocrine", True,
      "Follow-up of thyroid nodules.",
      "Thyroid ultrasound 1 year ago.",
      "Right lobe: solid hypoechoic nodule with smooth margins, no echogenic foci, 16 x 12 x 11 mm (previously "
      "12 x 10 x 9 mm), TI-RADS 4. Left lobe: spongiform nodule 6 mm, stable, TI-RADS 2. No suspicious cervical "
      "lymph nodes.",
      [P("{size} TI-RADS 4 nodule in the {s} thyroid lobe, previously {prior}. | "
         "{S} lobe nodule, TR4, {size} (was {prior}). | TI-RADS 4 {s} thyroid nodule, now {size}, prior {prior}.",
         neg="No thyroid nodules.", side="right", size=(16, 12, 11), prior=(12, 10, 9)),
       I("Meets criteria for fine-needle aspiration. | FNA recommended. | Recommend FNA of the dominant nodule."),
       P("Stable {size} TI-RADS 2 spongiform nodule in the {s} lobe. | {S} lobe spongiform nodule (TR2), {size}, "
         "stable.", side="left", size=(6,), minor=True),
       N("No suspicious cervical lymph nodes. | No abnormal neck nodes.", neg="Abnormal level IV lymph node.")],
      [F("Parathyroid adenoma.", "parathyroid"),
       F("Heterogeneous gland suggesting thyroiditis.", "thyroiditis/heterogeneous"),
       F("Thyroglossal duct cyst.", "thyroglossal")]),

    C("us", "obstetric", False,
      "Vaginal spotting, LMP 8 weeks ago.",
      "None.",
      "Single intrauterine gestational sac with a live embryo. CRL 17 mm, corresponding to 8 weeks 2 days. "
      "FHR 162 bpm. Small crescentic subchorionic hemorrhage. Right ovary with a 22 mm corpus luteum. "
      "No free fluid.",
      [P("Single live intrauterine pregnancy with crown-rump length of {size}, corresponding to 8 weeks 2 days. | "
         "Live IUP; CRL {size} (8w2d). | "
         "Single living intrauterine gestation, CRL {size}, consistent with 8 weeks 2 days.",
         neg="No intrauterine pregnancy identified.", size=(17,)),
       I("Fetal heart rate 162 bpm. | FHR 162."),
       P("{Sev} subchorionic hemorrhage. | Subchorionic hematoma, {sev}.", neg="No subchorionic hemorrhage.",
         sev="small"),
       P("{S} ovarian corpus luteum measuring {size}. | {size} corpus luteum, {s} ovary.", neg="Normal ovaries.",
         side="right", size=(22,), minor=True),
       N("No free fluid. | No free pelvic fluid.", neg="Moderate free fluid in the cul-de-sac.")],
      [F("Bicornuate uterus.", "bicornuate"),
       F("Twin gestation.", "twin"),
       F("Left ovarian dermoid.", "dermoid")]),

    C("us", "pediatric emergency", False,
      "14-year-old with acute left scrotal pain for 3 hours.",
      "None.",
      "LEFT TESTIS: Enlarged, heterogeneous, with absent intratesticular color Doppler flow. Twisted spermatic cord "
      "(whirlpool sign) at the external ring. Small reactive left hydrocele. RIGHT TESTIS: Normal size, echotexture "
      "and flow.",
      [P("{S} testicular torsion with absent intratesticular flow. | "
         "Absent flow in the {s} testis, consistent with torsion. | Torsion of the {s} testicle (no Doppler flow).",
         neg="No testicular torsion.", side="left"),
       P("Twisted spermatic cord (whirlpool sign) on the {s}. | {S} whirlpool sign.", neg="No whirlpool sign.",
         side="left"),
       N("{S} testis normal with normal flow. | Normal {s} testicle.", side="right",
         neg="Absent flow in the {s} testis."),
       P("{Sev} {s} reactive hydrocele. | {S} hydrocele, {sev}.", neg="No hydrocele.", side="left", sev="small",
         minor=True)],
      [F("Varicocele.", "varicocele"),
       F("Testicular microlithiasis.", "microlith"),
       F("Epididymal head cyst.", "epididym")]),

    C("us", "community vascular", True,
      "AAA surveillance.",
      "Aortic ultrasound 1 year ago.",
      "Infrarenal abdominal aorta aneurysmal, maximal AP diameter 4.3 cm (previously 3.9 cm). Mild atherosclerotic "
      "plaque. Common iliac arteries normal in caliber.",
      [P("Infrarenal abdominal aortic aneurysm measuring {size}, previously {prior}. | AAA {size} (prior {prior}). | "
         "{size} infrarenal AAA, up from {prior}.", neg="No AAA.", size=(43,), prior=(39,)),
       I("Recommend surveillance ultrasound in 12 months. | Follow-up ultrasound in 1 year."),
       P("{Sev} atherosclerotic plaque. | {Sev} aortic atherosclerosis.", sev="mild", minor=True),
       N("Iliac arteries normal in caliber. | No iliac aneurysm.", neg="Right common iliac artery aneurysm.")],
      [F("Horseshoe kidney.", "horseshoe/kidney"),
       F("Gallstones.", "gallstone"),
       F("Retroperitoneal lymphadenopathy.", "lymph")], unit="cm"),

    C("us", "breast imaging", False,
      "Palpable lump in the right breast.",
      "None.",
      "RIGHT BREAST 2 o'clock, 4 cm from the nipple, at the palpable site: irregular hypoechoic mass with angular "
      "margins and posterior shadowing, 14 x 11 x 10 mm. 9 o'clock: simple cyst. RIGHT AXILLA: lymph node with "
      "eccentric cortical thickening to 5 mm.",
      [P("{size} irregular hypoechoic mass with angular margins at the {s} breast 2 o'clock, 4 cm from the nipple, "
         "BI-RADS 4C. | {S} breast 2:00, 4 cm FN: irregular hypoechoic mass, {size}, angular margins (BI-RADS 4C).",
         neg="No sonographic correlate for the palpable lump.", side="right", size=(14, 11, 10)),
       P("Morphologically abnormal {s} axillary lymph node with a cortex of {size}. | "
         "Abnormal {s} axillary node, cortical thickness {size}.", neg="Normal axillary lymph nodes.",
         side="right", size=(5,)),
       I("Ultrasound-guided core biopsy of the mass and node recommended. | "
         "Recommend US-guided biopsy of both the mass and the axillary node."),
       P("Benign simple cyst at 9 o'clock. | Simple cyst, 9:00, benign.", neg="No cysts.", minor=True)],
      [F("Intraductal papilloma.", "papilloma/intraductal"),
       F("Skin thickening.", "skin"),
       F("Duct ectasia.", "ectasia/duct")]),

    C("us", "academic vascular", False,
      "Left amaurosis fugax.",
      "None.",
      "LEFT: Heterogeneous plaque at the carotid bulb extending into the ICA. ICA PSV 310 cm/s, EDV 120 cm/s, "
      "ICA/CCA ratio 4.6, consistent with 70% or greater stenosis. RIGHT: Small plaque; ICA PSV 95 cm/s, less than "
      "50% stenosis. Vertebral arteries: antegrade flow bilaterally.",
      [P("{S} internal carotid artery stenosis of 70% or greater (peak systolic velocity 310 cm/s). | "
         "{S} ICA stenosis at least 70% (PSV 310 cm/s). | 70% or greater {s} ICA stenosis, PSV 310 cm/s.",
         neg="No hemodynamically significant {s} ICA stenosis.", side="left"),
       P("{S} ICA stenosis less than 50%. | Less than 50% stenosis of the {s} ICA.", side="right"),
       P("Heterogeneous plaque at the {s} carotid bulb. | {S} bulb heterogeneous plaque.", neg="No plaque.",
         side="left"),
       N("Antegrade flow in both vertebral arteries. | Vertebral flow antegrade bilaterally.",
         neg="Reversed flow in the left vertebral artery.")],
      [F("Thyroid nodule.", "thyroid"),
       F("Carotid body tumor.", "carotid body"),
       F("Jugular vein thrombosis.", "jugular")]),

    C("us", "pediatric", False,
      "5-week-old with projectile nonbilious vomiting.",
      "None.",
      "Pyloric muscle wall thickness 5 mm, channel length 19 mm. No passage of gastric contents through the pylorus "
      "during the examination. Stomach distended with fluid.",
      [P("Pyloric muscle thickness {size}, consistent with hypertrophic pyloric stenosis. | "
         "Thickened pyloric muscle ({size}) - hypertrophic pyloric stenosis. | HPS: muscle wall thickness {size}.",
         neg="No pyloric stenosis.", size=(5,)),
       P("Pyloric channel length {size}. | Elongated pyloric channel measuring {size}.", size=(19,)),
       P("No passage of gastric contents through the pylorus during the examination. | "
         "Pylorus did not open during imaging.", minor=True)],
      [F("Ileocolic intussusception.", "intussusception"),
       F("Duodenal web.", "web/duoden"),
       F("Hepatic cyst.", "hepatic/liver")]),

    C("us", "academic transplant", True,
      "Renal transplant, rising creatinine.",
      "Transplant ultrasound 2 months ago.",
      "Transplant kidney in the right iliac fossa. Mild hydronephrosis, new. Resistive indices 0.78-0.86, "
      "previously 0.68-0.72. Perinephric anechoic collection with septations measuring 58 x 34 mm, previously "
      "31 x 20 mm, likely lymphocele. Transplant renal artery and vein patent.",
      [I("Resistive indices increased to 0.86 (previously 0.72). | RI up to 0.86, was 0.72."),
       P("{Sev} hydronephrosis of the transplant kidney, new. | New {sev} transplant hydronephrosis.",
         neg="No hydronephrosis.", sev="mild"),
       P("Perinephric fluid collection measuring {size}, likely lymphocele, increased from {prior}. | "
         "{size} peritransplant collection (probable lymphocele), previously {prior}.",
         neg="No perinephric collection.", size=(58, 34), prior=(31, 20)),
       N("Patent transplant renal artery and vein. | Transplant artery and vein patent.",
         neg="Thrombosis of the transplant renal vein.")],
      [F("Pseudoaneurysm.", "pseudoaneurysm"),
       F("Arteriovenous fistula.", "arteriovenous/fistula"),
       F("Renal calculus.", "calcul/stone")], numbered=True),

    C("us", "MSK", False,
      "Felt a pop in the right heel playing squash.",
      "None.",
      "Right Achilles tendon: full-thickness tear 50 mm proximal to the calcaneal insertion with an 18 mm gap in "
      "neutral position. Small hematoma in the gap. Plantaris tendon intact.",
      [P("Complete tear of the {s} Achilles tendon located {size} proximal to the calcaneal insertion. | "
         "{S} Achilles full-thickness rupture, {size} above the insertion.", neg="Intact Achilles tendon.",
         side="right", size=(50,)),
       P("Tendon gap of {size} in neutral position. | Gap between tendon ends {size} (neutral).", size=(18,)),
       N("Plantaris tendon intact. | Intact plantaris.", neg="Plantaris tendon torn."),
       P("{Sev} hematoma at the rupture site. | {Sev} surrounding hematoma.", neg="No hematoma.", sev="small")],
      [F("Retrocalcaneal bursitis.", "bursitis/bursa"),
       F("Haglund deformity.", "haglund"),
       F("Calcific enthesopathy.", "calcif")]),

    C("us", "pediatric emergency", False,
      "11-year-old with periumbilical pain migrating to the RLQ.",
      "None.",
      "Noncompressible blind-ending tubular structure in the RLQ measuring 9 mm in diameter with mural hyperemia "
      "and echogenic surrounding fat. No periappendiceal fluid collection. Mildly enlarged right lower quadrant "
      "mesenteric lymph nodes.",
      [P("Noncompressible appendix measuring {size} in diameter with hyperemia, consistent with acute appendicitis. | "
         "Acute appendicitis: noncompressible, hyperemic appendix, {size}. | "
         "Appendix {size}, noncompressible with increased flow - acute appendicitis.",
         neg="Normal appendix.", size=(9,)),
       P("Echogenic periappendiceal fat. | Inflamed echogenic fat around the appendix.",
         neg="No periappendiceal fat change."),
       N("No abscess. | No periappendiceal fluid collection.", neg="Periappendiceal abscess."),
       P("Mildly enlarged {s} lower quadrant mesenteric lymph nodes, likely reactive. | Reactive {R}LQ mesenteric "
         "nodes.", neg="No lymphadenopathy.", side="right", minor=True)],
      [F("Ovarian torsion.", "ovar"),
       F("Intussusception.", "intussusception"),
       F("Meckel diverticulum.", "meckel")]),

    C("us", "community body", True,
      "Fatty liver, elevated ALT; fibrosis assessment.",
      "Abdominal ultrasound 2 years ago.",
      "Liver enlarged, 19.2 cm craniocaudal (previously 17.8 cm), with moderately increased echogenicity. Shear wave "
      "elastography median 8.9 kPa. No focal liver lesion. Portal vein patent with hepatopetal flow.",
      [P("Hepatomegaly, liver span {size}, previously {prior}. | Enlarged liver ({size}; was {prior}). | "
         "Liver enlarged to {size} craniocaudal (previously {prior}).", neg="Normal liver size.",
         size=(192,), prior=(178,), organ=True),
       P("{Sev} hepatic steatosis. | {Sev} fatty liver.", neg="No steatosis.", sev="moderate"),
       I("Shear wave elastography 8.9 kPa, suggesting significant fibrosis. | SWE 8.9 kPa (F2 range or higher)."),
       N("No focal liver lesion. | No focal hepatic mass.", neg="Hypoechoic focal lesion in segment 6."),
       N("Patent portal vein with hepatopetal flow. | Portal vein patent, hepatopetal.",
         neg="Hepatofugal portal venous flow.")],
      [F("Gallbladder sludge.", "sludge/gallbladder"),
       F("Splenomegaly.", "splen"),
       F("Ascites.", "ascites")], unit="cm"),
]
