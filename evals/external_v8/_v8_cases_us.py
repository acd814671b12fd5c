"""Hand-written ultrasound cases of the v8 set (abdominal, vascular, OB/GYN, small parts, pediatric)."""

from _v8_model import NP, N, O, P, cases_of

CASES = cases_of(
    "us",
    [
        {  # ED RUQ
            "practice": "ED sonography",
            "ind": "RUQ pain after fatty meals, fever.",
            "comp": "None.",
            "find": (
                "Gallbladder: Multiple mobile shadowing gallstones, the largest 1.6 cm. Gallbladder wall thickened "
                "to 5 mm with pericholecystic fluid. Positive sonographic Murphy sign. CBD: 4 mm. Liver: Mildly "
                "increased echogenicity, mild hepatic steatosis. No focal lesion. Right kidney unremarkable."
            ),
            "imp": [
                P(
                    "Acute calculous cholecystitis: gallstones (largest {size}), pericholecystic fluid and a positive "
                    "sonographic Murphy sign",
                    "Findings consistent with acute calculous cholecystitis. Largest stone "
                    "{size}; pericholecystic fluid; sonographic Murphy sign positive",
                    absent="acute cholecystitis",
                    size=(16,),
                ),
                P(
                    "Gallbladder wall thickened to {size}",
                    "Thickened gallbladder wall ({size})",
                    size=(5,),
                    absent="gallbladder wall thickening",
                ),
                N("biliary dilatation"),
                NP(
                    "{sev} hepatic steatosis",
                    "{sev} fatty infiltration of the liver",
                    sev="mild",
                    absent="hepatic steatosis",
                    key=False,
                ),
            ],
            "fabs": [("polyp", "5 mm gallbladder polyp"), ("splenomegaly", "splenomegaly")],
        },
        {  # pediatric renal
            "practice": "pediatric urology",
            "unit": "mm",
            "ind": "3-month-old with prenatal hydronephrosis.",
            "comp": "None.",
            "find": (
                "Right kidney measures 58 mm, normal echogenicity, no hydronephrosis. Left kidney measures 64 mm "
                "with moderate hydronephrosis, renal pelvis AP diameter 14 mm, calyceal dilatation, no ureteral "
                "dilatation. Bladder normal, no ureterocele."
            ),
            "imp": [
                NP(
                    "{sev} {side} hydronephrosis with calyceal dilatation, suggesting UPJ obstruction",
                    "{side} hydronephrosis, {sev}, with dilated calyces; UPJ obstruction suspected",
                    sev="moderate",
                    side="left",
                    absent="hydronephrosis",
                ),
                P(
                    "{Side} renal pelvis AP diameter {size}",
                    "APD of the {side} renal pelvis measures {size}",
                    side="left",
                    size=(14,),
                    absent="renal pelvis dilatation",
                ),
                N("hydroureter"),
                O("Normal right kidney (58 mm)", "Right kidney normal, 58 mm long"),
                N("ureterocele"),
            ],
            "fabs": [("duplex", "duplex collecting system"), ("cyst", "small left renal cyst")],
        },
        {  # vascular DVT
            "practice": "vascular lab",
            "ind": "Left calf swelling and pain after flight.",
            "comp": "None.",
            "find": (
                "Left lower extremity: Occlusive thrombus in the left common femoral and femoral veins, "
                "noncompressible, without flow. Popliteal vein compressible with normal flow. Calf veins not "
                "well seen. Right common femoral vein patent with normal phasicity. Left popliteal fossa: 3.1 cm "
                "Baker cyst."
            ),
            "imp": [
                NP(
                    "occlusive deep venous thrombosis of the {side} common femoral and femoral veins",
                    "acute occlusive DVT, {side} common femoral and femoral veins",
                    "{side} femoral and common femoral vein thrombosis, occlusive",
                    side="left",
                    absent="deep venous thrombosis",
                ),
                N("popliteal vein thrombosis"),
                NP(
                    "{size} {side} Baker cyst",
                    "Baker cyst in the {side} popliteal fossa, {size}",
                    side="left",
                    size=(31,),
                    absent="Baker cyst",
                    key=False,
                ),
            ],
            "fabs": [
                ("superficial", "superficial thrombophlebitis of the great saphenous vein"),
                ("hematoma", "calf intramuscular hematoma"),
            ],
        },
        {  # thyroid, TI-RADS
            "practice": "endocrine clinic",
            "ind": "Palpable neck nodule.",
            "comp": "None.",
            "find": (
                "Right lobe: 1.9 x 1.2 x 1.4 cm solid, markedly hypoechoic nodule, taller-than-wide, with smooth "
                "margins and no calcifications (TR5, 10 points). Left lobe: 6 mm spongiform nodule (TR1). "
                "Isthmus 3 mm. No cervical lymphadenopathy. Gland size normal."
            ),
            "imp": [
                NP(
                    "{size} TI-RADS 5 nodule in the {side} thyroid lobe; fine-needle aspiration recommended",
                    "{side} lobe TR5 nodule, {size}, meets criteria for FNA",
                    "highly suspicious (TR5) {side} thyroid nodule measuring {size}. FNA is recommended",
                    side="right",
                    size=(19, 12, 14),
                    absent="thyroid nodule",
                ),
                NP(
                    "{size} spongiform nodule in the {side} lobe (TR1), no follow-up needed",
                    "benign-appearing {side} lobe spongiform nodule ({size}), TR1",
                    side="left",
                    size=(6,),
                    absent="spongiform nodule",
                    key=False,
                ),
                N("cervical lymphadenopathy"),
            ],
            "fabs": [
                ("parathyroid", "parathyroid adenoma"),
                ("thyroiditis", ("heterogeneous echotexture of thyroiditis")),
            ],
        },
        {  # early pregnancy
            "practice": "OB early pregnancy unit",
            "ind": "Vaginal spotting, LMP 7 weeks ago.",
            "comp": "None.",
            "find": (
                "Single intrauterine gestational sac with yolk sac and embryo. CRL 12 mm, corresponding to 7 weeks "
                "3 days. Fetal heart rate 142 bpm. Small subchorionic hemorrhage. Right ovary: 2.2 cm corpus "
                "luteum cyst. Left ovary normal. No free fluid."
            ),
            "imp": [
                P(
                    "Single live intrauterine pregnancy, CRL {size} (7 weeks 3 days)",
                    "Live single IUP measuring 7w3d by crown-rump length ({size})",
                    size=(12,),
                    absent="live intrauterine pregnancy",
                ),
                NP(
                    "{sev} subchorionic hemorrhage",
                    "{sev} subchorionic hematoma",
                    sev="small",
                    absent="subchorionic hemorrhage",
                ),
                NP(
                    "{size} {side} ovarian corpus luteum cyst",
                    "corpus luteum cyst of the {side} ovary, {size}",
                    side="right",
                    size=(22,),
                    absent="corpus luteum cyst",
                    key=False,
                ),
                N("free fluid"),
            ],
            "fabs": [("ectopic", "left adnexal ectopic pregnancy"), ("twin", "second (twin) gestational sac")],
        },
        {  # scrotal ED
            "practice": "ED, after-hours",
            "ind": "14-year-old with acute left scrotal pain for 4 hours.",
            "comp": "None.",
            "find": (
                "Left testis enlarged and heterogeneous with absent intratesticular color Doppler flow. Twisting "
                "of the left spermatic cord (whirlpool sign). Moderate left hydrocele. Right testis normal in size "
                "and echotexture with normal flow. Scrotal wall thickening on the left."
            ),
            "imp": [
                NP(
                    "{side} testicular torsion with absent intratesticular flow and whirlpool sign",
                    "findings consistent with {side} testicular torsion (no flow, twisted spermatic cord)",
                    side="left",
                    absent="testicular torsion",
                ),
                NP(
                    "{sev} {side} hydrocele",
                    "{sev} hydrocele on the {side}",
                    sev="moderate",
                    side="left",
                    absent="hydrocele",
                ),
                N("right testicular abnormality"),
                O("Findings communicated to the urology team", "Urgent urology evaluation advised"),
            ],
            "fabs": [("varicocele", "right varicocele"), ("microlithiasis", "testicular microlithiasis")],
        },
        {  # carotid
            "practice": "vascular lab, carotid",
            "ind": "Right amaurosis fugax.",
            "comp": "None.",
            "find": (
                "Right ICA: Heterogeneous plaque with PSV 190 cm/s and EDV 60 cm/s, ICA/CCA ratio 3.1, consistent "
                "with 50-69% stenosis. Left ICA: Mild plaque, PSV 95 cm/s, less than 50% stenosis. Vertebral arteries "
                "with antegrade flow bilaterally."
            ),
            "imp": [
                NP(
                    "50-69% stenosis of the {side} internal carotid artery",
                    "{side} ICA stenosis of 50-69% by velocity criteria",
                    "{side} internal carotid artery: 50-69% narrowing",
                    side="right",
                    absent="internal carotid artery stenosis",
                ),
                NP(
                    "less than 50% stenosis of the {side} internal carotid artery",
                    "{side} ICA stenosis under 50%",
                    side="left",
                    absent="carotid stenosis",
                    key=False,
                ),
                P(
                    "Antegrade vertebral flow bilaterally",
                    "Both vertebral arteries show antegrade flow",
                    absent="antegrade vertebral flow",
                    key=False,
                ),
            ],
            "fabs": [
                ("occlusion", "occlusion of the left external carotid artery"),
                ("subclavian", "subclavian steal"),
            ],
        },
        {  # HCC surveillance with prior
            "practice": "hepatology surveillance",
            "prior": True,
            "ind": "Hepatitis B cirrhosis, 6-month surveillance.",
            "comp": "Ultrasound 6 months ago.",
            "find": (
                "Nodular cirrhotic liver. Hypoechoic lesion in segment 6 now measuring 2.4 cm, previously 1.6 cm. "
                "No other focal lesion. Main portal vein patent with hepatopetal flow. Spleen 14.1 cm, previously "
                "13.9 cm. Small volume ascites, new."
            ),
            "imp": [
                P(
                    "Enlarging segment 6 hepatic lesion, now {size} (previously {prior})",
                    "Segment 6 liver lesion has grown to {size} from {prior}",
                    size=(24,),
                    prior=(16,),
                    absent="hepatic lesion",
                ),
                O("Multiphase CT or MRI recommended (LI-RADS US-3)", "Recommend contrast CT or MRI; US-3"),
                P(
                    "Splenomegaly, {size} (previously {prior})",
                    "Spleen {size}, was {prior}",
                    size=(141,),
                    prior=(139,),
                    organ=True,
                    absent="splenomegaly",
                ),
                P("New {sev} ascites", "{Sev} volume ascites, new", sev="small", absent="ascites"),
                N("portal vein thrombosis"),
            ],
            "fabs": [("gallstones", "gallstones"), ("hydronephrosis", "right hydronephrosis")],
        },
        {  # pyloric stenosis, mm units
            "practice": "pediatric sonography",
            "unit": "mm",
            "ind": "5-week-old with projectile nonbilious vomiting.",
            "comp": "None.",
            "find": (
                "Pyloric muscle thickness 5 mm and channel length 18 mm, with no passage of gastric contents during "
                "the examination. Stomach distended with fluid. No intussusception."
            ),
            "imp": [
                P(
                    "Hypertrophic pyloric stenosis (muscle thickness {size}, channel length 18 mm)",
                    "Findings consistent with hypertrophic pyloric stenosis: wall {size}, length 18 mm",
                    size=(5,),
                    absent="hypertrophic pyloric stenosis",
                ),
                NP("fluid-distended stomach", "distended stomach with fluid", absent="gastric distension", key=False),
                N("intussusception"),
            ],
            "fabs": [("malrotation", "malrotation"), ("volvulus", "midgut volvulus")],
        },
        {  # AAA surveillance with prior
            "practice": "vascular surveillance",
            "prior": True,
            "ind": "Known AAA, annual surveillance.",
            "comp": "Aortic ultrasound 12 months ago.",
            "find": (
                "Infrarenal abdominal aortic aneurysm with maximal AP diameter 4.6 cm, previously 4.1 cm. Mural "
                "thrombus. Right common iliac artery 1.4 cm, normal. Left common iliac artery ectatic at 1.9 cm, "
                "previously 1.8 cm."
            ),
            "imp": [
                P(
                    "Enlarging infrarenal abdominal aortic aneurysm, {size} (previously {prior})",
                    "AAA has grown to {size}, from {prior}, over 12 months",
                    size=(46,),
                    prior=(41,),
                    absent="abdominal aortic aneurysm",
                ),
                P(
                    "Ectatic {side} common iliac artery, {size}",
                    "{Side} common iliac ectasia ({size})",
                    side="left",
                    size=(19,),
                    absent="iliac ectasia",
                    key=False,
                ),
                O(
                    "Growth of 5 mm in a year; vascular surgery referral suggested",
                    "Rapid growth (5 mm per year). Vascular surgery referral advised",
                ),
            ],
            "fabs": [("dissection", "intimal flap suggesting dissection"), ("horseshoe", "horseshoe kidney")],
        },
        {  # breast US
            "practice": "breast imaging center",
            "unit": "cm",
            "ind": "Palpable lump, left breast.",
            "comp": "None.",
            "find": (
                "Left breast 2 o'clock, 4 cm from the nipple: irregular hypoechoic mass with angular margins and "
                "posterior shadowing, measuring 1.3 x 0.9 x 1.1 cm, corresponding to the palpable finding. Left "
                "axilla: one lymph node with eccentric cortical thickening to 4 mm. BI-RADS 4C."
            ),
            "imp": [
                NP(
                    "{size} irregular hypoechoic mass in the {side} breast at 2 o'clock, highly suspicious "
                    "(BI-RADS 4C)",
                    "{side} breast 2:00 mass, irregular and shadowing, {size}; BI-RADS 4C",
                    side="left",
                    size=(13, 9, 11),
                    absent="breast mass",
                ),
                P(
                    "{Side} axillary lymph node with {size} eccentric cortical thickening",
                    "Abnormal {side} axillary node, cortex thickened to {size}",
                    side="left",
                    size=(4,),
                    absent="abnormal axillary lymph node",
                ),
                O(
                    "Ultrasound-guided core biopsy of the mass and node recommended",
                    "Recommend US-guided biopsy of both",
                ),
            ],
            "fabs": [("cyst", "simple cyst in the right breast"), ("fibroadenoma", "right breast fibroadenoma")],
        },
        {  # pediatric appendix
            "practice": "pediatric ED",
            "ind": "10-year-old, RLQ pain and vomiting.",
            "comp": "None.",
            "find": (
                "Noncompressible, blind-ending tubular structure in the right lower quadrant measuring 9 mm in "
                "diameter with hyperemia of the wall and echogenic periappendiceal fat. Small amount of free fluid "
                "adjacent. No drainable collection. Mesenteric lymph nodes up to 7 mm."
            ),
            "imp": [
                NP(
                    "acute appendicitis (noncompressible appendix, {size})",
                    "{size} noncompressible hyperemic appendix consistent with acute appendicitis",
                    size=(9,),
                    absent="appendicitis",
                ),
                NP(
                    "{sev} amount of adjacent free fluid",
                    "{sev} volume free fluid next to the appendix",
                    sev="small",
                    absent="free fluid",
                ),
                N("abscess"),
                P(
                    "Mesenteric lymph nodes up to {size}, likely reactive",
                    "Reactive mesenteric nodes up to {size}",
                    size=(7,),
                    absent="mesenteric lymphadenopathy",
                    key=False,
                ),
            ],
            "fabs": [("intussusception", "ileocolic intussusception"), ("ovarian", "left ovarian cyst")],
        },
        {  # MSK soft tissue
            "practice": "MSK ultrasound, outpatient",
            "ind": "Painful swelling of the thigh, diabetic.",
            "comp": "None.",
            "find": (
                "Right lateral thigh: complex hypoechoic fluid collection with internal debris in the subcutaneous "
                "fat measuring 3.4 x 1.2 x 2.6 cm, with peripheral hyperemia. Surrounding cobblestoning of the "
                "subcutaneous fat. No soft tissue gas. Underlying muscle intact."
            ),
            "imp": [
                NP(
                    "{size} subcutaneous abscess of the {side} lateral thigh",
                    "complex {side} thigh fluid collection, {size}, consistent with abscess",
                    side="right",
                    size=(34, 12, 26),
                    absent="abscess",
                ),
                NP("surrounding cellulitis", "cellulitic change of the adjacent fat", absent="cellulitis"),
                N("soft tissue gas"),
                N("intramuscular extension"),
            ],
            "fabs": [("foreign body", "retained foreign body"), ("lymph node", "enlarged inguinal lymph node")],
        },
        {  # renal transplant, community
            "practice": "transplant service, community hospital",
            "ind": "Rising creatinine 6 weeks after renal transplant.",
            "comp": "None.",
            "find": (
                "Transplant kidney in the right iliac fossa measures 11.8 cm. Mild hydronephrosis of the transplant "
                "collecting system. Resistive indices 0.82 to 0.86, mildly elevated. Main renal artery and vein "
                "patent. Perinephric fluid collection 4.2 x 1.5 cm at the lower pole, likely lymphocele. Bladder "
                "decompressed with catheter."
            ),
            "imp": [
                NP(
                    "{sev} hydronephrosis of the transplant kidney",
                    "{sev} transplant collecting system dilatation",
                    sev="mild",
                    absent="transplant hydronephrosis",
                ),
                P(
                    "{Sev}ly elevated resistive indices (0.82-0.86)",
                    "Resistive indices {sev}ly elevated, 0.82 to 0.86",
                    sev="mild",
                    absent="elevated resistive indices",
                ),
                NP(
                    "{size} perinephric collection at the lower pole, likely lymphocele",
                    "lymphocele (presumed), {size}, lower pole of the graft",
                    size=(42, 15),
                    absent="perinephric collection",
                ),
                N("renal artery or vein thrombosis"),
            ],
            "fabs": [
                ("pseudoaneurysm", "arteriovenous fistula with pseudoaneurysm"),
                ("calculus", "transplant renal calculus"),
            ],
        },
    ],
)
