"""Blind set v6, ultrasound cases (hand-written, synthetic). Mark-up: see `_b6_model`."""

from _b6_model import case

CASES = [
    case("us", "001", "vascular", ind="TIA, carotid bruit", style="numbered", findings="""
        Right ICA: heterogeneous plaque at the origin; PSV 285 cm/s, EDV 110 cm/s, ICA/CCA ratio 4.6, consistent
        with 70% or greater stenosis. Left ICA: mild smooth plaque, PSV 95 cm/s, ICA/CCA ratio 1.3, less than
        50% stenosis. Vertebral arteries: antegrade flow bilaterally.""",
         imp=["{L:Right} ICA stenosis of 70% or more (PSV 285 cm/s, ratio 4.6) | Severe ({L:R}) internal carotid"
              " stenosis, at least 70%, PSV 285 cm/s, ICA/CCA 4.6 | ~Velocities in the {L:right} internal carotid"
              " (PSV 285 cm/s, EDV 110 cm/s) mean a narrowing of 70% or greater",
              "{L:Left} ICA stenosis less than 50% | <50% {L:L} ICA stenosis | ~Only a minor narrowing (under 50%)"
              " of the {L:left} internal carotid",
              "-Antegrade vertebral flow bilaterally | Both vertebrals antegrade | ~Normal direction of flow in"
              " the vertebral arteries ## Reversed flow in the vertebral artery"],
         fab=["Left ICA occlusion @occlusion", "Subclavian steal waveform @steal"]),
    case("us", "002", "vascular", ind="L calf swelling, D-dimer elevated", findings="""
        Left lower extremity: Occlusive thrombus in the left popliteal vein and posterior tibial veins,
        noncompressible, no flow on color Doppler. Common femoral and femoral veins compressible with normal
        phasic flow. Right common femoral vein: compressible, phasic.""",
         imp=["Acute occlusive DVT of the {L:left} popliteal and posterior tibial veins | Occlusive thrombus,"
              " {L:L} popliteal and PT veins | ~Blood clot blocking the {L:left} popliteal vein and the posterior"
              " tibial veins below it ## No DVT in the {L:left} leg",
              "-{L:Left} femoral and common femoral veins patent | {L:Left} CFV and femoral vein compressible,"
              " without thrombus | ~Thigh veins on the {L:left} (femoral, common femoral) are clot-free"
              " ## Thrombus extending into the"
              " {L:left} femoral vein",
              "-{L:Right} CFV patent | Normal {L:right} common femoral vein | ~Nothing in the {L:right} common"
              " femoral vein ## Thrombus in the {L:right} common femoral vein"],
         fab=["Superficial thrombophlebitis of the great saphenous vein @saphenous", "Ruptured Baker cyst"
              " @Baker"]),
    case("us", "003", "vascular", prior=True, ind="f/u DVT on apixaban x 3 mo", comp="Venous US 2026-08-30",
         findings="""Right femoral vein: partially compressible with nonocclusive chronic-appearing echogenic
        thrombus and recanalization, previously occlusive. Right popliteal vein fully compressible, previously
        thrombosed. No new thrombus.""",
         imp=["Improving {L:right} femoral vein thrombus, now nonocclusive and partly recanalized | {L:R}"
              " femoral DVT partially recanalized (was occlusive) | ~The clot in the {L:right} femoral vein has"
              " shrunk to a nonocclusive, chronic-looking residue",
              "{L:Right} popliteal vein thrombus resolved | Resolution of {L:R} popliteal DVT | ~{L:right}"
              " popliteal vein clear now ## Persistent {L:right} popliteal thrombus",
              "-No new thrombus | No new DVT | ~No fresh clot anywhere examined ## New thrombus in the calf"
              " veins"],
         fab=["Propagation into the external iliac vein @iliac", "May-Thurner compression @May-Thurner"]),
    case("us", "004", "vascular abdomen", prior=True, ind="AAA surveillance", comp="US aorta 2025-12-01",
         style="oneline", findings="""Infrarenal abdominal aortic aneurysm, maximal AP diameter 4.9 cm (previous
        4.4 cm). Mural thrombus. Iliac arteries not aneurysmal. No retroperitoneal fluid.""",
         imp=["Infrarenal AAA grown to {M:4.9 cm} from {P:4.4 cm} | AAA now {M:4.9 cm}, up from {P:4.4 cm}"
              " | ~Aneurysm of the abdominal aorta below the renals has enlarged, {P:4.4 cm} to {M:4.9 cm}",
              "+Vascular surgery referral recommended | Refer to vascular surgery | ~Referral to the vascular"
              " surgeons is advised",
              "-Iliac arteries not aneurysmal | No iliac aneurysm | ~Iliacs normal caliber ## Iliac artery"
              " aneurysm"],
         fab=["Retroperitoneal hematoma @hematoma", "Horseshoe kidney @horseshoe"]),
    case("us", "005", "abdomen", ind="RUQ pain, fever, Murphy +", style="numbered", findings="""
        GALLBLADDER: Distended with multiple shadowing stones, one impacted in the neck. Wall thickened to 6 mm
        with pericholecystic fluid. Sonographic Murphy sign positive. CBD: 4 mm. LIVER: Normal echotexture, no
        focal lesion. PANCREAS: Visualized head and body unremarkable. RIGHT KIDNEY: No hydronephrosis.""",
         imp=["Acute calculous cholecystitis: impacted neck stone, wall {M:6 mm}, pericholecystic fluid,"
              " positive Murphy | Findings c/w acute cholecystitis (stone in the neck, {M:6 mm} wall,"
              " pericholecystic fluid, +Murphy) | ~Inflamed gallbladder caused by a stone stuck in its neck; the"
              " wall is {M:6 mm} and there is fluid around it, and it hurts under the probe ## No cholecystitis",
              "-No biliary dilatation (CBD {M:4 mm}) | CBD normal, {M:4 mm} | ~Bile duct not dilated"
              " ({M:4 mm}) ## Dilated common bile duct"],
         fab=["Gallbladder wall gas suggesting emphysematous cholecystitis @emphysematous",
              "Hepatic abscess @abscess"],
         extra=("No other acute abnormality.",)),
    case("us", "006", "abdomen", ind="AKI, r/o obstruction", findings="""
        Right kidney 11.2 cm, left kidney 10.8 cm. Moderate right hydronephrosis with dilated proximal ureter.
        Left kidney without hydronephrosis. Normal cortical thickness bilaterally. Bladder distended,
        post-void residual 420 mL. Prostate enlarged, 62 mL.""",
         imp=["{S:Moderate} {L:right} hydroureteronephrosis | {S:Moderate} {L:R} hydronephrosis with dilated"
              " proximal ureter | ~The {L:right} kidney and upper ureter are dilated ({S:moderate})"
              " ## No hydronephrosis",
              "Urinary retention (PVR 420 mL) with enlarged prostate | Large post-void residual 420 mL,"
              " prostatomegaly | ~Bladder does not empty (420 mL remain after voiding); big prostate",
              "-No {L:left} hydronephrosis | {L:Left} kidney not obstructed | ~{L:Left} collecting system normal"
              " ## {L:Left} hydronephrosis"],
         fab=["Renal cortical thinning suggesting chronic disease @thinning", "Bladder diverticulum @diverticulum"]),
    case("us", "007", "abdomen peds", ind="9 yo, RLQ pain, WBC 14", findings="""
        Graded compression: noncompressible blind-ending tubular structure in the right lower quadrant,
        diameter 9 mm, with surrounding echogenic fat and hyperemia. Small amount of free fluid. No abscess.
        Ovaries not assessed (male).""",
         imp=["Acute appendicitis, noncompressible appendix {M:9 mm} with periappendiceal inflammation"
              " | Appendix {M:9 mm}, noncompressible, hyperemic, inflamed fat: acute appendicitis | ~The appendix"
              " does not compress, measures {M:9 mm} and is surrounded by inflamed fat ## Normal appendix",
              "-No abscess | No periappendiceal abscess | ~No pus collection ## Periappendiceal abscess",
              "{S:Small} free fluid | {S:Small} amount of free fluid | ~Fluid in the abdomen, {S:small}"],
         fab=["Mesenteric adenitis @adenitis", "Meckel diverticulum @Meckel"]),
    case("us", "008", "abdomen peds", ind="18 mo, intermittent crying, currant jelly stool", style="caps",
         findings="""Target sign in the right upper quadrant measuring 3.2 cm in diameter, ileocolic
        intussusception. No lead point identified. Preserved blood flow in the intussusceptum. No free fluid.""",
         imp=["Ileocolic intussusception, {M:3.2 cm}, in the {L:right} upper quadrant | {M:3.2 cm} ileocolic"
              " intussusception, {L:RUQ} | ~Bowel telescoped into the colon (ileocolic type) in the {L:right}"
              " upper abdomen, {M:3.2 cm} across ## No intussusception",
              "-No lead point; perfusion preserved | Flow preserved, no lead point | ~Bowel still perfused and no"
              " mass leading it ## Absent flow in the intussusceptum",
              "+Amenable to air enema reduction | Suitable for pneumatic reduction | ~Can be reduced with an air"
              " enema"],
         fab=["Duplication cyst as lead point @duplication", "Pneumoperitoneum @pneumoperitoneum"]),
    case("us", "009", "abdomen peds", ind="5 wk male, projectile vomiting", findings="""
        Pyloric muscle thickness 5 mm, channel length 19 mm. No passage of gastric contents through the pylorus
        during the exam. Stomach distended.""",
         imp=["Hypertrophic pyloric stenosis (muscle {M:5 mm}, channel {M:19 mm}) | Pyloric stenosis:"
              " wall {M:5 mm}, length {M:19 mm} | ~Thickened ({M:5 mm}) and elongated ({M:19 mm}) pylorus,"
              " typical of HPS ## Normal pylorus",
              "Distended stomach | Gastric distension | ~Stomach full and dilated"],
         fab=["Malrotation with abnormal SMA/SMV relationship @malrotation", "Gastric volvulus @volvulus"]),
    case("us", "010", "neuro peds", ind="ex-28 wk preemie, day 3, screening", findings="""
        Cranial US: Grade II germinal matrix hemorrhage on the left with blood in a nondilated ventricle. Right
        germinal matrix normal. No parenchymal hemorrhage. Ventricles not dilated. No periventricular
        echogenicity.""",
         imp=["{L:Left} {S:grade 2} germinal matrix hemorrhage, intraventricular blood without ventriculomegaly"
              " | GMH-IVH {S:grade 2}, {L:left} | ~Bleed from the {L:left} germinal matrix into a normal-sized"
              " ventricle ({S:grade 2})",
              "-No parenchymal hemorrhage or hydrocephalus | No periventricular hemorrhagic infarction; ventricles"
              " normal | ~Brain tissue and ventricle size normal ## Ventricular dilatation"],
         fab=["Cystic periventricular leukomalacia @leukomalacia", "Choroid plexus cyst @choroid"]),
    case("us", "011", "abdomen", ind="dating, LMP uncertain, G2P1", style="numbered", findings="""
        Single live intrauterine pregnancy. Crown-rump length 24 mm, consistent with 9 weeks 1 day. Fetal heart
        rate 172 bpm. Small subchorionic hemorrhage, 18 x 9 mm. Ovaries normal. No free fluid.""",
         imp=["Single live IUP, 9w1d by CRL ({M:24 mm}), FHR 172 | Live intrauterine pregnancy at 9 weeks 1 day"
              " (CRL {M:24 mm}), heart rate 172 bpm | ~One living embryo in the uterus measuring {M:24 mm}"
              " crown-rump, i.e. nine weeks and one day, heart beating 172 per minute",
              "{S:Small} subchorionic hemorrhage {M:18 x 9 mm} | {M:18 x 9 mm} subchorionic hematoma ({S:small})"
              " | ~A {S:small} bleed beside the chorion, {M:18 x 9 mm} ## No subchorionic hemorrhage",
              "-Normal ovaries, no free fluid | Adnexa normal; no free fluid | ~Ovaries fine and no fluid in the"
              " pelvis ## Complex free fluid"],
         fab=["Second gestational sac @second", "Ovarian corpus luteum cyst 4 cm @corpus luteum"]),
    case("us", "012", "onc", prior=True, ind="thyroid nodule f/u", comp="US thyroid 2025-10-20", findings="""
        Right lobe lower pole solid hypoechoic nodule with irregular margins, 1.4 x 1.1 x 1.0 cm (prior
        1.0 x 0.9 x 0.8 cm), TI-RADS 5 (TR5). Left lobe spongiform nodule 8 mm, TR1. No cervical
        lymphadenopathy.""",
         imp=["Enlarging TR5 {L:right} lower pole nodule, {M:1.4 x 1.1 x 1.0 cm} (was {P:1.0 x 0.9 x 0.8 cm}), FNA"
              " recommended | {L:R} lower pole TI-RADS 5 nodule grew to {M:1.4 x 1.1 x 1.0 cm} from"
              " {P:1.0 x 0.9 x 0.8 cm}; recommend FNA | ~Biopsy advised for the growing, highly suspicious (TR5)"
              " nodule in the {L:right} lower pole ({P:1.0 x 0.9 x 0.8 cm} before, {M:1.4 x 1.1 x 1.0 cm} now)",
              "Benign-appearing {L:left} spongiform nodule, {M:8 mm}, TR1 | {L:L} TR1 spongiform nodule {M:8 mm},"
              " no follow-up | ~The spongiform ({M:8 mm}) nodule on the {L:left} is benign (TR1)",
              "-No cervical adenopathy | No lymphadenopathy in the neck | ~Neck nodes normal ## Suspicious"
              " cervical lymph node"],
         fab=["Microcalcifications in the left nodule @microcalcification", "Extrathyroidal extension"
              " @extrathyroidal"]),
    case("us", "013", "abdomen", ind="acute L scrotal pain 3h, 15M", findings="""
        Left testis enlarged and heterogeneous with absent intratesticular color Doppler flow; twisted spermatic
        cord (whirlpool sign) above the testis. Right testis normal in size and echotexture with normal flow.
        Small left hydrocele.""",
         imp=["{L:Left} testicular torsion | Torsion of the {L:left} testis (absent flow, whirlpool sign)"
              " | ~Twisted {L:left} spermatic cord with no blood flow to the testis ## Normal {L:left} testicular"
              " flow",
              "-Normal {L:right} testis | {L:Right} testis normal | ~The other ({L:right}) testis looks fine"
              " ## {L:Right} testicular hypoechoic lesion",
              "{S:Small} {L:left} hydrocele | {S:Small} reactive {L:L} hydrocele | ~A {S:small} fluid collection"
              " around the {L:left} testis"],
         fab=["Epididymitis with hyperemia @epididymitis", "Varicocele @varicocele"]),
    case("us", "014", "breast", ind="palpable lump L breast 3 o'clock, 29F", findings="""
        At the palpable site, left breast 3 o'clock 5 cm from the nipple: oval circumscribed hypoechoic mass,
        parallel orientation, 1.6 x 0.9 cm, no posterior features, no internal flow. Left axilla normal.""",
         imp=["Probably benign oval circumscribed parallel mass, {L:left} breast 3:00, {M:1.6 x 0.9 cm}, likely"
              " fibroadenoma | {L:L} breast 3 o'clock {M:1.6 x 0.9 cm} circumscribed mass, probable fibroadenoma"
              " | ~The lump at {L:left} 3 o'clock is a {M:1.6 x 0.9 cm} smooth oval mass, probably a fibroadenoma",
              "+BI-RADS 3: follow-up US in 6 months | BI-RADS 3, 6-month follow-up | ~Category 3;"
              " repeat ultrasound in six months",
              "-Normal {L:left} axilla | {L:Left} axilla unremarkable | ~No abnormal nodes in the {L:left}"
              " armpit ## Abnormal {L:left} axillary lymph node"],
         fab=["Posterior acoustic shadowing @shadowing", "Second mass at 9 o'clock @9 o'clock"]),
    case("us", "015", "abdomen", ind="elevated ALT, obesity", style="numbered", findings="""
        LIVER: 18.5 cm, diffusely increased echogenicity with posterior beam attenuation, moderate steatosis.
        No focal lesion. Hepatopetal portal flow. GALLBLADDER: normal, no stones. BILE DUCTS: CBD 3 mm. PANCREAS:
        obscured by bowel gas. SPLEEN: 11 cm, normal. RIGHT KIDNEY: 10.9 cm, normal. LEFT KIDNEY: 11.3 cm, simple
        cortical cyst 14 mm. AORTA/IVC: normal caliber. No ascites.""",
         imp=["Hepatomegaly ({M:18.5 cm}) with {S:moderate} hepatic steatosis | Enlarged liver, {M:18.5 cm},"
              " {S:moderate} fatty infiltration | ~Liver: big ({M:18.5 cm}) and fatty, {S:moderate} grade"
              " ## Normal liver echotexture",
              "{M:14 mm} simple {L:left} renal cyst, no follow-up needed | Simple cortical cyst of the {L:left}"
              " kidney, {M:14 mm} (benign) | ~{L:Left} kidney: benign {M:14 mm} simple cyst",
              "-Gallbladder and bile ducts normal | No gallstones; CBD normal | ~Gallbladder: normal; bile ducts:"
              " normal ## Cholelithiasis"],
         fab=["Splenomegaly @splenomegaly", "Hepatic hemangioma @hemangioma"],
         extra=("Otherwise unremarkable abdominal ultrasound.",)),
]
