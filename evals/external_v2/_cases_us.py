"""Ultrasound cases of the blind set."""
from _spec import C, I, N

CASES = [
    C("us", "us-cholecystitis", "RUQ pain, fever, Murphy's positive.",
      """Gallbladder distended with multiple shadowing stones, the largest 1.4 cm impacted in the neck. Wall thickened
      to 5 mm with pericholecystic fluid. Sonographic Murphy sign positive. CBD 4 mm. Liver with mildly increased
      echogenicity. Right kidney unremarkable.""",
      [I("acute calculous cholecystitis|findings consistent with acute calculous cholecystitis",
         flip="no sonographic evidence of acute cholecystitis"),
       I("{size} stone impacted in the gallbladder neck|gallstone impacted in the neck, {size}", size="14", unit="cm"),
       I("gallbladder wall thickened to {size} with pericholecystic fluid|{size} gallbladder wall thickening and "
         "pericholecystic fluid", size="5"),
       I("CBD not dilated at {size}|common bile duct {size}, normal caliber", size="4"),
       I("{grade} hepatic steatosis|{grade} fatty infiltration of the liver", grade="sev:mild",
         flip="normal liver echogenicity")],
      [("gas in the gallbladder wall", "gas"), ("choledocholithiasis", "choledocholithiasis")]),
    C("us", "us-renal-hydro", "AKI, creatinine 2.4. Renal US.",
      """Right kidney 11.8 cm with moderate hydronephrosis and dilated proximal ureter. Left kidney 11.2 cm with a
      1.6 cm simple cortical cyst, otherwise normal. Bladder: ureteric jet seen on the left only.""",
      [I("{grade} {side} hydronephrosis with proximal hydroureter|{grade} {side} hydroureteronephrosis (proximal)",
         side="right", grade="sev:moderate", flip="no {side} hydronephrosis"),
       I("absent {side} ureteric jet, suggesting obstruction|no {side} ureteric jet identified, suggesting "
         "obstruction", side="right"),
       I("{size} simple {side} renal cyst|simple cortical cyst of the {side} kidney measuring {size}", side="left",
         size="16", unit="cm", flip="no renal cyst")],
      [("echogenic shadowing focus consistent with a right renal stone", "stone"), ("bladder wall thickening",
                                                                                    "bladder wall")]),
    C("us", "us-thyroid-tirads", "Palpable neck lump found by GP.",
      """Right lobe: 1.8 x 1.2 x 1.1 cm solid hypoechoic nodule with microcalcifications, taller-than-wide (ACR TI-RADS
      5). Left lobe: 6 mm spongiform nodule (TI-RADS 1). No abnormal cervical lymph nodes. Parenchyma mildly
      heterogeneous.""",
      [I("{size} TI-RADS 5 nodule in the {side} lobe; FNA recommended|{side} lobe TR5 nodule measuring {size}, meets "
         "criteria for FNA", side="right", size="18x12x11", unit="cm", flip="no suspicious thyroid nodule"),
       I("{size} spongiform {side} lobe nodule (TI-RADS 1), no follow-up needed|{side} lobe spongiform nodule "
         "(TR1), {size}, no follow-up required", side="left", size="6"),
       N("no abnormal cervical lymph nodes|no suspicious cervical lymphadenopathy",
         flip="abnormal cervical lymph nodes"),
       I("{gradely} heterogeneous thyroid parenchyma|{grade} heterogeneity of the thyroid parenchyma",
         grade="sev:mild")],
      [("retrosternal extension of the thyroid", "retrosternal"), ("enlarged parathyroid adenoma",
                                                                    "parathyroid")]),
    C("us", "us-dvt", "LEFT LEG SWELLING, ON OCP.",
      """Left: noncompressible common femoral and femoral veins with echogenic intraluminal thrombus, occlusive in the
      femoral vein. Left popliteal vein compressible with normal flow. Right common femoral vein: normal
      compressibility and phasic flow. 2.1 x 1.0 cm Baker cyst in the left popliteal fossa.""",
      [I("acute occlusive deep vein thrombosis of the {side} femoral vein extending into the {side} common femoral "
         "vein|occlusive acute DVT, {side} femoral vein, extending to the {side} common femoral vein", side="left",
         flip="no deep vein thrombosis in the {side} leg"),
       I("patent {side} popliteal vein|{side} popliteal vein compressible and patent", side="left",
         flip="thrombus in the {side} popliteal vein"),
       N("no DVT in the right common femoral vein|right common femoral vein patent",
         flip="thrombus in the right common femoral vein"),
       I("{size} {side} Baker cyst|{side} popliteal (Baker) cyst, {size}", side="left", size="21x10", unit="cm")],
      [("superficial thrombophlebitis of the great saphenous vein", "saphenous"), ("left inguinal lymphadenopathy",
                                                                                   "inguinal")], style="caps"),
    C("us", "us-peds-appendix", "8-year-old girl, RLQ pain since yesterday, vomiting.",
      """Noncompressible blind-ending tubular structure in the right lower quadrant measuring 9 mm in diameter with
      echogenic periappendiceal fat and a 5 mm appendicolith. Small amount of free fluid. No abscess. Ovaries not
      assessed.""",
      [I("acute appendicitis in the {side} lower quadrant, appendix {size} in diameter|{side} lower quadrant "
         "noncompressible {size} appendix, consistent with acute appendicitis", side="right", size="9",
         flip="appendix not enlarged, no appendicitis"),
       I("{size} appendicolith|appendicolith measuring {size}", size="5", flip="no appendicolith"),
       I("{grade} free fluid|free fluid, {grade} in volume", grade="vol:small", flip="no free fluid"),
       N("no periappendiceal abscess|no abscess", flip="periappendiceal abscess")],
      [("enlarged mesenteric lymph nodes", "mesenteric"), ("ileocolic intussusception", "intussusception")]),
    C("us", "us-ovarian-cyst", "Acute R pelvic pain, bHCG negative.",
      """Right ovary: 5.2 x 4.1 cm cyst with lace-like reticular internal echoes and no internal vascularity. Arterial
      and venous flow present in the right ovary. Left ovary normal. Small free fluid in the pouch of Douglas.
      Uterus normal.""",
      [I("{size} hemorrhagic cyst of the {side} ovary; follow-up ultrasound in 6-12 weeks|{side} ovarian hemorrhagic "
         "cyst measuring {size}, follow-up US in 6-12 weeks", side="right", size="52x41", unit="cm",
         flip="no ovarian cyst"),
       N("no sonographic evidence of ovarian torsion|preserved arterial and venous ovarian flow, no torsion",
         flip="findings concerning for ovarian torsion"),
       I("{grade} free fluid in the pouch of Douglas|{grade} cul-de-sac free fluid", grade="vol:small",
         flip="no free fluid"),
       N("normal left ovary|left ovary unremarkable", flip="complex left ovarian mass")],
      [("endometrioma of the left ovary", "endometrioma"), ("intrauterine fibroid", "fibroid")]),
    C("us", "us-liver-steatosis", "elevated LFTs, obese",
      """liver 18.5 cm, diffusely echogenic with posterior beam attenuation (severe steatosis). 1.1 cm hypoechoic area
      next to the gallbladder fossa, typical of focal fatty sparing. spleen 10 cm. portal vein hepatopetal.""",
      [I("{grade} hepatic steatosis|{grade} fatty liver", grade="sev:severe", flip="no hepatic steatosis"),
       I("hepatomegaly ({size})|enlarged liver, {size}", size="185", unit="cm", flip="normal liver size"),
       I("{size} focal fatty sparing near the gallbladder fossa|focal fat sparing adjacent to the gallbladder fossa, "
         "{size}", size="11", unit="cm"),
       N("normal hepatopetal portal flow|portal vein flow hepatopetal", flip="hepatofugal portal venous flow")],
      [("splenomegaly", "splenomegaly"), ("right renal angiomyolipoma", "angiomyolipoma")]),
    C("us", "us-scrotal", "Acute L scrotal pain, fever, dysuria.",
      """Left testis enlarged, 5.1 x 3.2 cm, heterogeneous and hyperemic on color Doppler. Left epididymis enlarged and
      hyperemic. Moderate left hydrocele. Right testis 4.2 x 2.6 cm, normal. Intratesticular arterial flow
      preserved bilaterally. No intratesticular abscess.""",
      [I("{side} epididymo-orchitis with enlarged testis ({size})|{size} hyperemic {side} testis and epididymis, "
         "consistent with epididymo-orchitis", side="left", size="51x32", unit="cm", flip="no epididymo-orchitis"),
       I("{grade} {side} hydrocele|{grade} hydrocele on the {side}", side="left", grade="size:moderate",
         flip="no hydrocele"),
       N("no torsion|preserved intratesticular flow, no torsion", flip="absent intratesticular flow, torsion"),
       N("no abscess|no intratesticular abscess", flip="intratesticular abscess")],
      [("left varicocele", "varicocele"), ("right testicular microlithiasis", "microlithiasis")]),
    C("us", "us-aaa-screen", "AAA screening, 67M ex-smoker.",
      """Infrarenal abdominal aorta dilated to 4.1 cm in AP diameter with eccentric mural thrombus. Proximal aorta
      2.2 cm. Right common iliac artery 1.6 cm, left 1.2 cm. Mild atherosclerotic plaque.""",
      [I("{size} infrarenal abdominal aortic aneurysm with mural thrombus; surveillance ultrasound in 12 months "
         "recommended|infrarenal AAA, {size} AP, with mural thrombus, for repeat ultrasound in 12 months",
         size="41", unit="cm", flip="no abdominal aortic aneurysm"),
       I("ectatic {side} common iliac artery ({size})|{side} common iliac artery ectasia, {size}", side="right",
         size="16", unit="cm"),
       I("{grade} atherosclerotic plaque|{grade} atherosclerosis", grade="sev:mild")],
      [("horseshoe kidney", "horseshoe"), ("retroperitoneal hematoma", "hematoma")], style="numbered"),
    C("us", "us-peds-pyloric", "5-week-old boy, projectile nonbilious vomiting.",
      """Pyloric muscle thickness 5 mm, pyloric channel length 19 mm. No passage of gastric contents through the
      pylorus during 10 minutes of observation. Stomach moderately distended with fluid.""",
      [I("hypertrophic pyloric stenosis|findings diagnostic of hypertrophic pyloric stenosis",
         flip="no hypertrophic pyloric stenosis"),
       I("pyloric muscle thickness {size}|muscle wall thickness of {size}", size="5"),
       I("pyloric channel length {size}|channel length {size}", size="19"),
       I("{gradely} distended stomach|stomach {gradely} distended", grade="sev:moderate")],
      [("malrotation with midgut volvulus", "volvulus"), ("gastroesophageal reflux on real-time imaging",
                                                         "reflux")]),
    C("us", "us-pelvic-fibroids", "heavy menstrual bleeding, anemia",
      """Uterus enlarged 12.3 x 7.1 x 8.0 cm with multiple fibroids, largest intramural in posterior wall 4.5 cm.
      Endometrium 7 mm, regular. Left ovary simple cyst 2.8 cm. Right ovary not visualized, no adnexal mass seen.""",
      [I("enlarged fibroid uterus, largest fibroid {size} intramural posterior wall|uterus enlarged with multiple "
         "fibroids, largest {size} intramural in posterior wall", size="45", unit="cm", flip="no uterine fibroid"),
       I("endometrium {size}, normal|normal endometrial thickness {size}", size="7"),
       I("{size} simple {side} ovarian cyst, no follow-up needed|simple cyst {side} ovary, {size}, not need "
         "follow-up", side="left", size="28", unit="cm"),
       I("{side} ovary not visualized, no adnexal mass|no adnexal mass; {side} ovary not seen", side="right")],
      [("adenomyosis", "adenomyosis"), ("hydrosalpinx on the right", "hydrosalpinx")]),
    C("us", "us-thigh-abscess", "Red hot swelling L thigh, diabetic.",
      """Left thigh subcutaneous tissues: 3.4 x 2.2 x 1.8 cm complex hypoechoic collection with posterior acoustic
      enhancement and peripheral hyperemia. Moderate surrounding subcutaneous edema with cobblestoning. No
      radiopaque or echogenic foreign body. Underlying muscle normal.""",
      [I("{size} subcutaneous abscess of the {side} thigh|{side} thigh subcutaneous abscess measuring {size}",
         side="left", size="34x22x18", unit="cm", flip="no drainable fluid collection"),
       I("{grade} surrounding cellulitis|{grade} cellulitis around the collection", grade="sev:moderate"),
       N("no foreign body|no retained foreign body", flip="retained echogenic foreign body"),
       N("no myositis|underlying muscle normal", flip="myositis of the underlying muscle")],
      [("gas within the collection", "gas"), ("left femoral vein thrombosis", "thrombosis")]),
    C("us", "us-thyroid-fu", "Follow-up of left TR4 thyroid nodule.",
      """Left lobe TR4 nodule now 1.9 x 1.3 cm, previously 1.4 x 1.0 cm, with more than 50% volume increase. Right
      lobe 5 mm colloid cyst, unchanged. Mild diffuse heterogeneity, unchanged.""",
      [I("enlarging {side} lobe TR4 nodule, now {size} (previously {prior}); FNA recommended|{side} TR4 nodule grown "
         "to {size} from {prior}, recommend FNA", side="left", size="19x13", prior="14x10", unit="cm",
         flip="no residual {side} lobe nodule"),
       I("stable {size} {side} lobe colloid cyst|{side} lobe colloid cyst, {size}, unchanged", side="right", size="5"),
       I("unchanged {grade} diffuse heterogeneity|{grade} diffuse heterogeneity, unchanged", grade="sev:mild")],
      [("new right lobe solid nodule", "solid"), ("abnormal left level IV lymph node", "lymph node")],
      comparison="Thyroid ultrasound 1 year earlier."),
    C("us", "us-cirrhosis-fu", "Cirrhosis, 6-monthly HCC surveillance.",
      """Nodular liver contour. No focal liver lesion. Spleen 14.2 cm, previously 13.5 cm. Moderate ascites,
      previously small. Portal vein 14 mm with hepatopetal flow. Small right pleural effusion.""",
      [N("no focal liver lesion|no focal hepatic lesion", flip="new focal liver lesion"),
       I("splenomegaly {size}, slightly increased from {prior}|spleen {size} (previously {prior}), enlarged",
         size="142", prior="135", unit="cm"),
       I("{grade} ascites, increased|increased ascites, now {grade}", grade="vol:moderate", flip="no ascites"),
       I("portal vein {size} with hepatopetal flow|hepatopetal portal venous flow, portal vein {size}", size="14"),
       I("{grade} {side} pleural effusion|{grade} {side}-sided pleural effusion", side="right", grade="vol:small",
         flip="no pleural effusion")],
      [("portal vein thrombosis", "thrombosis"), ("recanalized paraumbilical vein", "paraumbilical")],
      comparison="Abdominal ultrasound 6 months earlier."),
]
