"""Ultrasound cases: abdomen, vascular, pediatric (hand-written, synthetic)."""

from _b5_spec import case

CASES = [
    case("us", 51, "abdomen", ind="RUQ pain after fatty meal, Murphy +", findings="""
        GALLBLADDER: Distended, multiple mobile shadowing stones, the largest <1.4 cm>, plus a nonmobile stone
        impacted in the neck. Wall thickened to <5 mm> with pericholecystic fluid. Sonographic Murphy sign positive.
        BILE DUCTS: CBD <4 mm>. No intrahepatic ductal dilatation.
        LIVER: Normal echotexture, no focal lesion. Hepatopetal portal flow.
        PANCREAS: Visualized portions normal.
        RIGHT KIDNEY: Normal, no hydronephrosis.""",
         imp="""
        + Acute calculous cholecystitis: stone impacted in the gallbladder neck, wall <5 mm>, pericholecystic fluid,
          positive Murphy sign.
        | Findings consistent with acute cholecystitis (impacted neck stone, <5 mm> wall thickening,
          pericholecystic fluid, sonographic Murphy sign).
        | Gallbladder inflamed (acute cholecystitis), with a stone stuck in the neck, a <0.5 cm> thick wall, fluid
          around it and a positive Murphy sign.
        + Cholelithiasis, largest stone <1.4 cm>. | Gallstones up to <14 mm>. | Multiple gallstones, largest <1.4 cm>.
        - No biliary dilatation, CBD <4 mm>. | CBD <4 mm>, not dilated. | Bile ducts normal caliber (CBD <4 mm>).
        ! Dilated CBD with intrahepatic biliary dilatation.
        * Gallbladder wall gas, concerning for emphysematous cholecystitis. @ gas, emphysematous
        * Small [right] pleural effusion. @ pleural
        """),
    case("us", 52, "abdomen", ind="AKI, Cr 2.9", findings="""
        [Right] kidney: <11.2 cm>. {Moderate} hydronephrosis with dilated proximal ureter. Cortex preserved.
        [Left] kidney: <10.8 cm>. No hydronephrosis. <8 mm> nonobstructing lower pole stone.
        Bladder: distended, volume 520 mL, wall smooth.""",
         imp="""
        + {Moderate} [right] hydronephrosis and proximal hydroureter.
        | [R] kidney: {moderate} hydroureteronephrosis. | {Moderate} dilatation of the [right] collecting system
          and upper ureter.
        + <8 mm> nonobstructing [left] lower pole renal stone.
        | [Left] nephrolithiasis, <8 mm>, lower pole, not obstructing. | [L] kidney stone (<0.8 cm>), nonobstructing.
        + Distended bladder (520 mL). | Bladder full, 520 mL.
        * Renal angiomyolipoma. @ angiomyolipoma
        * Perinephric fluid collection. @ perinephric
        """),
    case("us", 53, "vascular neuro", fmt="numbered", ind="[R] amaurosis fugax.", findings="""
        [RIGHT] ICA: heterogeneous plaque, PSV 310 cm/s, EDV 120 cm/s, ICA/CCA ratio 4.6 - consistent with 70% or
        greater stenosis (SRU criteria). [RIGHT] CCA and ECA: {mild} plaque.
        [LEFT] ICA: {mild} plaque, PSV 95 cm/s, less than 50% stenosis.
        Vertebrals: antegrade flow bilaterally.""",
         imp="""
        + [Right] ICA stenosis of 70% or greater (PSV 310 cm/s, EDV 120 cm/s, ratio 4.6).
        | >=70% [R] internal carotid artery stenosis: PSV 310 cm/s, EDV 120 cm/s, ICA/CCA 4.6.
        | Hemodynamically significant stenosis of the [right] ICA, 70% or more (peak systolic 310 cm/s, end
          diastolic 120 cm/s, ratio 4.6).
        + [Left] ICA less than 50% stenosis with {mild} plaque.
        | [LICA]: <50% stenosis, {mild} plaque. | {Mild} plaque in the [left] ICA without significant stenosis
          (below 50%).
        - Antegrade vertebral flow bilaterally. | Both vertebral arteries flow antegrade.
        ! Reversed flow in the [left] vertebral artery, suggesting subclavian steal.
        * Carotid dissection. @ dissection
        * Occlusion of the [right] external carotid artery. @ occlu
        """),
    case("us", 54, "vascular", ind="[Lt] calf swelling post knee replacement.", findings="""
        [Left] lower extremity venous duplex. Noncompressible [left] popliteal vein and distal femoral vein with
        echogenic intraluminal thrombus, no flow on color Doppler. Common femoral vein compressible with phasic
        flow. Calf veins: posterior tibial veins noncompressible. [Right] CFV: normal phasicity.""",
         imp="""
        + Acute occlusive DVT of the [left] distal femoral and popliteal veins, extending into the posterior tibial
          veins.
        | [L] femoropopliteal DVT (distal femoral and popliteal veins), occlusive, also involving posterior tibial
          veins.
        | Blood clot blocking the [left] popliteal and lower femoral veins, and the posterior tibial veins.
        - [Left] common femoral vein patent. | [L] CFV compressible.
        ! Thrombus extends into the [left] common femoral vein.
        * Ruptured Baker cyst. @ baker
        * Superficial thrombophlebitis of the great saphenous vein. @ saphenous
        """),
    case("us", 55, "vascular", prior=True, ind="AAA surveillance.", comp="US aorta 12 months earlier.", findings="""
        Infrarenal abdominal aorta maximal AP diameter <4.6 cm>, previously <^4.3 cm>. {Mild} mural thrombus.
        Suprarenal aorta <2.2 cm>. Iliac arteries normal caliber. Kidneys unremarkable.""",
         imp="""
        + Infrarenal AAA <4.6 cm>, increased from <^4.3 cm> over 12 months.
        | <46 mm> infrarenal aneurysm, up from <^4.3 cm> a year ago.
        | Slowly enlarging AAA below the renals: <4.6 cm> now (was <^43 mm>).
        + {Mild} mural thrombus. | {Mild} intraluminal thrombus.
        = Continue surveillance in 6 months; vascular surgery consult.
        | Recommend 6-month follow-up US and vascular surgery referral.
        * Iliac artery aneurysm. @ iliac artery aneurysm
        * Retroperitoneal lymphadenopathy. @ lymphadenopathy
        """),
    case("us", 56, "pediatric abdomen", ind="5 wk old M projectile nonbilious vomiting.", findings="""
        Pylorus: muscle wall thickness <4.5 mm>, channel length <19 mm>, remained closed with no passage of
        gastric contents during the exam. Stomach distended with fluid.""",
         imp="""
        + Hypertrophic pyloric stenosis (muscle thickness <4.5 mm>, channel length <19 mm>).
        | Pyloric stenosis: wall <4.5 mm>, length <19 mm>, no gastric emptying observed.
        | HPS - pyloric muscle <0.45 cm> thick and <1.9 cm> long.
        + Distended fluid-filled stomach. | Stomach distended with fluid.
        = Surgery notified. | Pediatric surgery informed.
        * Malrotation. @ malrotation
        * Intussusception in the [right] abdomen. @ intussusception
        """),
    case("us", 57, "pediatric abdomen", ind="18 mo with intermittent crying, red currant jelly stool.", findings="""
        [Right] upper quadrant: target-shaped mass <3.1 cm> in diameter consistent with ileocolic
        intussusception. Flow present within the bowel wall. No trapped fluid. No lead point identified.
        {Small} amount of free fluid. Enlarged mesenteric lymph nodes within the intussusceptum.""",
         imp="""
        + Ileocolic intussusception in the [right] upper quadrant, <3.1 cm>.
        | [RUQ] ileocolic intussusception (target sign, <31 mm>). | Intussusception, ileocolic type, in the [right]
          upper abdomen, diameter <3.1 cm>.
        - Preserved wall perfusion, no trapped fluid or lead point.
        | Bowel wall perfused; no trapped fluid; no pathologic lead point.
        ! Absent flow in the bowel wall, concerning for ischemia.
        + {Small} free fluid. | {Small} volume free fluid.
        = Pneumatic reduction recommended; surgery aware. | Recommend air enema reduction with surgical backup.
        * Meckel diverticulum. @ meckel
        * Duplication cyst. @ duplication
        """),
    case("us", 58, "neuro pediatric", ind="Preterm 27 wk, day of life 3, routine head US.", findings="""
        [Left] germinal matrix hemorrhage with intraventricular extension filling less than 50% of the ventricle;
        ventricles not dilated ({grade 2}). [Right] germinal matrix normal. No periventricular echogenicity.
        Extra-axial spaces normal.""",
         imp="""
        + {Grade 2} [left] germinal matrix-intraventricular hemorrhage without ventricular dilatation.
        | [Left] GMH-IVH, {grade II}; ventricles normal size.
        | Papile {grade 2} bleed on the [left]: germinal matrix hemorrhage with intraventricular extension, ventricles
          not enlarged.
        - No periventricular hemorrhagic infarction. | No parenchymal involvement.
        ! Periventricular hemorrhagic infarction in the [left] frontal lobe.
        = Follow-up head US in 1 week. | Repeat cranial US in one week.
        * Cystic periventricular leukomalacia. @ leukomalacia
        * Choroid plexus cyst. @ choroid
        """),
    case("us", 59, "abdomen", ind="LMP unsure, vaginal spotting, positive hCG.", findings="""
        Transvaginal. Single intrauterine gestational sac with yolk sac and fetal pole. CRL <12 mm>, corresponding
        to 7 weeks 3 days. Fetal heart rate 148 bpm. {Small} subchorionic hemorrhage, <1.6 x 0.6 cm>.
        Ovaries normal. No free fluid.""",
         imp="""
        + Single live intrauterine pregnancy, CRL <12 mm> (7 weeks 3 days), FHR 148.
        | Live IUP; crown-rump length <12 mm> = 7w3d, heart rate 148 bpm.
        | One living embryo in the uterus measuring <1.2 cm> CRL, seven weeks and three days, cardiac activity at
          148 bpm.
        + {Small} subchorionic hemorrhage, <1.6 x 0.6 cm>. | Subchorionic hematoma, {small}: <16 x 6 mm>.
        - No free fluid. | No free pelvic fluid.
        ! {Small} free fluid in the cul-de-sac.
        * Fibroid in the posterior uterine wall. @ fibroid
        * Nabothian cysts in the cervix. @ nabothian
        """),
]
