"""Ultrasound cases of the v4 blind set (hand-written, synthetic)."""
# ruff: noqa: E501 - hand-written report sentences are kept whole for reading

from _b4_spec import C, N, S  # noqa: I001

CASES = [
    C("us", "vascular", "vascular US, telegraphic", "Left calf swelling.", """
      LEFT: Noncompressible femoral and popliteal veins with echogenic intraluminal thrombus. No flow on color.
      RIGHT: CFV compressible with normal phasic flow.""",
      [S("Acute occlusive DVT of the {L:left} femoral and popliteal veins.",
         "{L:Left} femoral-popliteal deep vein thrombosis (blood clot in the leg veins), occlusive.",
         "{L:Lt} femoral and popliteal veins thrombosed, no flow.", neg="No DVT.", org="Deep veins"),
       N("{L:Right} common femoral vein patent.", "No DVT in the {L:right} common femoral vein.",
         neg="Nonocclusive thrombus in the {L:right} common femoral vein.", org="Contralateral")],
      [("Superficial thrombophlebitis of the great saphenous vein.", "saphenous"), ("Baker cyst.", "baker")]),
    C("us", "vascular neuro", "carotid duplex with velocities", "TIA, left amaurosis.", """
      Left ICA: heterogeneous plaque, PSV 285 cm/s, EDV 110 cm/s, ICA/CCA ratio 4.6, consistent with 70-99%
      stenosis. Right ICA: mild plaque, PSV 95 cm/s, less than 50% stenosis. Vertebral flow antegrade both sides.""",
      [S("{L:Left} ICA stenosis of 70-99% (PSV 285 cm/s).", "Severe {L:left} internal carotid narrowing, 70-99%, PSV 285 cm/s.",
         neg="No hemodynamically significant {L:left} ICA stenosis.", org="Carotids"),
       S("{L:Right} ICA stenosis under 50% with {G:sev:mild} plaque.", "{G:sev:Mild} {L:right} ICA plaque, <50% stenosis.",
         org="Carotids"),
       N("Antegrade vertebral flow bilaterally.", "Both vertebral arteries with antegrade flow.",
         neg="Reversed flow in the {L:left} vertebral artery.", org="Vertebrals")],
      [("{L:Right} ICA occlusion.", "occlusion"), ("Subclavian steal.", "steal")]),
    C("us", "abdomen", "academic RUQ", "RUQ pain, Murphy positive.", """
      The gallbladder contains multiple mobile stones, the largest 14 mm, with wall thickening to 5 mm,
      pericholecystic fluid and a positive sonographic Murphy sign. The common bile duct measures 4 mm. The liver
      is normal in echotexture. No intrahepatic ductal dilatation.""",
      [S("Acute calculous cholecystitis: gallstones up to {Z:14 mm}, {Z:5 mm} wall thickening, pericholecystic fluid.",
         "Gallstones (largest {Z:14 mm}) with gallbladder wall thickening to {Z:5 mm}, fluid and positive Murphy sign, in keeping with acute cholecystitis.",
         neg="Cholelithiasis without cholecystitis.", org="Gallbladder"),
       N("CBD not dilated ({Z:4 mm}).", "Normal common bile duct, {Z:4 mm}.", neg="Dilated common bile duct.",
         org="Bile ducts"),
       N("Normal liver.", "Liver unremarkable.", neg="Diffusely echogenic liver (steatosis).", org="Liver")],
      [("Choledocholithiasis.", "choledocholithiasis"), ("Gallbladder polyp.", "polyp")]),
    C("us", "abdomen", "terse", "AKI, creatinine 3.1.", """
      RK 11.2 cm, LK 10.9 cm. Moderate left hydronephrosis, no stone seen. Right kidney no hydronephrosis.
      Bladder distended 640 mL.""",
      [S("{G:sev:Moderate} {L:left} hydronephrosis.", "{L:Left} kidney: {G:sev:moderate} hydronephrosis.",
         neg="No hydronephrosis.", org="Kidneys"),
       N("No {L:right} hydronephrosis.", "{L:Right} kidney not obstructed.", neg="{G:sev:Mild} {L:right} hydronephrosis.",
         org="Kidneys"),
       S("Distended bladder.", "Bladder full (distended).", org="Bladder")],
      [("{L:Left} renal calculus.", "calculus"), ("Bladder wall thickening.", "thickening")]),
    C("us", "abdomen", "obstetric US", "Dating, 12 weeks LMP.", """
      Single live intrauterine pregnancy. CRL 52 mm, consistent with 12 weeks 0 days. Fetal heart rate 158 bpm.
      Nuchal translucency 1.8 mm. Ovaries normal. No subchorionic hemorrhage.""",
      [S("Single live intrauterine pregnancy, CRL {Z:52 mm} (12 weeks 0 days).",
         "One live IUP; crown-rump length {Z:52 mm}, i.e. twelve weeks zero days.", neg="No cardiac activity.",
         org="Pregnancy"),
       S("Nuchal translucency {Z:1.8 mm}.", "NT measures {Z:1.8 mm}.", org="Pregnancy"),
       N("No subchorionic hemorrhage.", "No subchorionic bleed.", neg="Small subchorionic hemorrhage.",
         org="Uterus")],
      [("Twin pregnancy.", "twin"), ("Cervical shortening.", "cervical")]),
    C("us", "abdomen", "pelvic US, non-native English", "Left pelvic pain, sudden.", """
      Left ovary is enlarged 6.1 x 4.8 cm with peripheral follicles and absent arterial flow, suspicious for torsion.
      Right ovary normal with flow. Small free fluid in pouch of Douglas.""",
      [S("Enlarged {L:left} ovary ({Z:6.1 x 4.8 cm}) without arterial flow, suspicious for torsion.",
         "Suspected {L:left} ovarian torsion: ovary {Z:6.1 x 4.8 cm}, no arterial flow.", neg="No ovarian torsion.",
         org="Ovaries"),
       S("{G:vol:Small} free pelvic fluid.", "{G:vol:Small} amount of fluid in the pouch of Douglas.", org="Pelvis"),
       N("Normal {L:right} ovary.", "{L:Right} ovary unremarkable with normal flow.", org="Ovaries",
         neg="{L:Right} ovarian cyst.")],
      [("Hemorrhagic cyst.", "hemorrhagic"), ("Ectopic pregnancy.", "ectopic")]),
    C("us", "", "thyroid TI-RADS", "Palpable neck lump.", """
      Right lobe: solid hypoechoic nodule 1.6 x 1.1 x 1.0 cm, taller-than-wide, punctate echogenic foci
      (TI-RADS 5). Left lobe normal. No suspicious cervical nodes.""",
      [S("{Z:1.6 x 1.1 x 1.0 cm} TI-RADS 5 nodule in the {L:right} thyroid lobe; FNA recommended.",
         "{L:Right} lobe: solid hypoechoic taller-than-wide nodule {Z:1.6 x 1.1 x 1.0 cm} (TR5). Recommend FNA.",
         neg="No suspicious thyroid nodule.", org="Thyroid"),
       N("No suspicious cervical lymph nodes.", "Cervical nodes not suspicious.", neg="Suspicious level 3 lymph node.",
         org="Neck")],
      [("Multinodular goiter.", "goiter"), ("Parathyroid adenoma.", "parathyroid")]),
    C("us", "pediatric abdomen", "pediatric", "5-week-old boy, projectile vomiting.", """
      Pyloric muscle thickness 4.5 mm, channel length 19 mm, no passage of gastric contents during exam.""",
      [S("Hypertrophic pyloric stenosis (muscle {Z:4.5 mm}, channel {Z:19 mm}).",
         "Pyloric stenosis: muscle wall {Z:4.5 mm} thick, channel {Z:19 mm} long, no gastric emptying seen.",
         neg="No pyloric stenosis.", org="Pylorus")],
      [("Malrotation.", "malrotation"), ("Gastroesophageal reflux.", "reflux")]),
    C("us", "pediatric abdomen", "pediatric ED", "2-year-old, intermittent crying, currant jelly stool.", """
      Target sign in right upper quadrant, 3.1 cm diameter, ileocolic intussusception. Flow present in the
      intussusceptum. No free fluid.""",
      [S("Ileocolic intussusception in the {L:right} upper quadrant, {Z:3.1 cm}.",
         "{Z:3.1 cm} target sign in the {L:RUQ}: ileocolic intussusception.", neg="No intussusception.",
         org="Bowel"),
       N("Preserved vascularity; no free fluid.", "Flow maintained in the bowel; no free fluid.",
         neg="Absent flow in the intussusceptum.", org="Bowel")],
      [("Lead point mass.", "lead point"), ("Appendicitis.", "appendicitis")]),
    C("us", "breast", "breast US BI-RADS", "Palpable lump left breast.", """
      Left breast 2 o'clock, 4 cm from nipple: oval circumscribed hypoechoic mass parallel to skin, 14 x 8 mm.
      No posterior shadowing. Left axilla normal. BI-RADS 3.""",
      [S("{Z:14 x 8 mm} circumscribed oval mass in the {L:left} breast at 2 o'clock, probably a fibroadenoma, BI-RADS 3.",
         "{L:Left} breast 2:00: {Z:14 x 8 mm} oval, circumscribed, parallel mass - probably benign (BI-RADS 3).",
         neg="No sonographic abnormality at the palpable site.", org="Breast"),
       N("Normal {L:left} axilla.", "No {L:left} axillary lymphadenopathy.", neg="Abnormal {L:left} axillary node.",
         org="Axilla")],
      [("Duct ectasia.", "ectasia"), ("Complicated cyst.", "cyst")],),
    C("us", "abdomen", "scrotal US", "Right testicular pain, fever.", """
      Right epididymis enlarged and hyperemic. Right testis normal size with symmetric flow. Small right
      hydrocele. Left normal.""",
      [S("{L:Right} epididymitis.", "Enlarged hyperemic {L:right} epididymis, consistent with epididymitis.",
         neg="Normal epididymis.", org="Epididymis"),
       S("{G:vol:Small} {L:right} hydrocele.", "{G:vol:Small} reactive hydrocele on the {L:right}.", org="Scrotum"),
       N("No torsion; symmetric testicular flow.", "Testicular flow symmetric, no torsion.",
         neg="Absent flow in the {L:right} testis.", org="Testes")],
      [("Testicular mass.", "mass"), ("Varicocele.", "varicocele")]),
    C("us", "vascular abdomen", "transplant Doppler", "Renal transplant, rising creatinine.", """
      Transplant in the right iliac fossa. Resistive indices 0.72-0.78. Main renal artery PSV 410 cm/s at the
      anastomosis with turbulent flow. Mild hydronephrosis. No perinephric collection.""",
      [S("Elevated PSV at the transplant arterial anastomosis (410 cm/s), suspicious for stenosis.",
         "Possible transplant renal artery stenosis - peak velocity 410 cm/s at the anastomosis.",
         neg="Normal transplant arterial velocities.", org="Vessels"),
       S("{G:sev:Mild} hydronephrosis.", "{G:sev:Mild} pelvicaliectasis of the transplant.", org="Transplant"),
       N("No perinephric collection.", "No fluid collection around the kidney.",
         neg="Perinephric collection, likely lymphocele.", org="Transplant")],
      [("Renal vein thrombosis.", "vein thrombosis"), ("Pseudoaneurysm.", "pseudoaneurysm")]),
    C("us", "vascular", "surveillance with prior", "AAA surveillance.", """
      Infrarenal AAA measures 4.6 cm AP, previously 4.3 cm one year ago. Iliac arteries not aneurysmal.""",
      [S("Infrarenal AAA {Z:4.6 cm}, increased from {P:4.3 cm} over one year.",
         "Abdominal aortic aneurysm now {Z:4.6 cm} (was {P:4.3 cm} a year ago).", org="Aorta"),
       N("Iliac arteries not aneurysmal.", "No iliac aneurysm.", neg="{L:Right} common iliac aneurysm.",
         org="Iliacs")],
      [("Mural thrombus.", "thrombus"), ("Horseshoe kidney.", "horseshoe")],
      comparison="Aortic US one year ago.", prior=True),
    C("us", "msk", "MSK US", "Swelling behind right knee.", """
      Right popliteal fossa: anechoic fluid collection between medial gastrocnemius and semimembranosus,
      4.2 x 1.9 cm, not ruptured. No DVT in the popliteal vein.""",
      [S("{Z:4.2 x 1.9 cm} {L:right} Baker cyst, intact.",
         "Intact {L:right} popliteal cyst measuring {Z:4.2 x 1.9 cm}.", neg="No popliteal cyst.", org="Knee"),
       N("No popliteal DVT.", "Popliteal vein without thrombus.", neg="Popliteal vein thrombosis.", org="Veins")],
      [("Ruptured cyst with fluid tracking into the calf.", "tracking"), ("Popliteal artery aneurysm.", "aneurysm")]),
    C("us", "pediatric msk", "pediatric hip", "4-year-old limping, afebrile.", """
      Right hip effusion, 6 mm anterior capsule distension versus 2 mm on the left side. No synovial
      thickening.""",
      [S("{L:Right} hip joint effusion.", "Fluid in the {L:right} hip joint.", neg="No hip effusion.", org="Hips"),
       N("No synovial thickening.", "Synovium not thickened.", neg="Synovial thickening.", org="Hips")],
      [("Slipped capital femoral epiphysis.", "epiphysis"), ("Perthes disease.", "perthes")]),
]
