"""Ultrasound cases: abdominal, vascular with velocities, obstetric, thyroid, scrotal, pediatric. Synthetic."""

from _b3_spec import NEG, C, N, P

CASES = [
    C("us", "prose", "abdomen", "RUQ pain after fatty meals, positive Murphy", "None.", """
        Gallbladder: multiple mobile shadowing gallstones, the largest 1.8 cm. Gallbladder wall thickened to
        5 mm with pericholecystic fluid. Sonographic Murphy sign positive. CBD 4 mm. Liver: increased
        echogenicity consistent with steatosis, no focal lesion. Right kidney normal.""",
      P("Acute calculous cholecystitis.", "Findings consistent with acute cholecystitis with cholelithiasis.",
        "Cholelithiasis with wall thickening, pericholecystic fluid and positive sonographic Murphy sign, "
        "compatible with acute cholecystitis.",
        flip="No sonographic evidence of acute cholecystitis."),
      NEG("No biliary dilatation.", "CBD normal in caliber.", "Common bile duct not dilated.",
          flip="Biliary dilatation."),
      P("Hepatic steatosis.", "Fatty liver.", "Echogenic liver consistent with steatosis."),
      ),
    C("us", "list", "vascular", "L leg swelling, 3 days post knee arthroscopy", "None.", """
        LEFT LOWER EXTREMITY VENOUS DUPLEX: Noncompressible left popliteal vein and posterior tibial veins
        with echogenic intraluminal thrombus and absent flow. Common femoral and femoral veins compressible
        with normal phasic flow. Right common femoral vein patent. Small Baker cyst.""",
      P("Acute occlusive DVT of the {s} popliteal and posterior tibial veins.",
        "{S} popliteal and posterior tibial deep vein thrombosis, occlusive.",
        "Occlusive thrombus in the {s} popliteal vein extending into the posterior tibial veins.",
        side="left", flip="No DVT."),
      NEG("Femoral and common femoral veins patent.", "No thrombus in the femoral or common femoral veins.",
          flip="Thrombus in the femoral vein."),
      P("Small Baker cyst.", "Baker's cyst, small."),
      ),
    C("us", "prose", "neck", "TIA, L arm numbness", "None.", """
        Carotid duplex. Right ICA: heterogeneous plaque, PSV 285 cm/s, EDV 95 cm/s, ICA/CCA ratio 4.3.
        Left ICA: mild plaque, PSV 92 cm/s, EDV 24 cm/s. Vertebral arteries antegrade bilaterally.""",
      P("70% or greater stenosis of the {s} internal carotid artery (PSV 285 cm/s, ratio 4.3).",
        "{S} ICA stenosis of at least 70% by SRU criteria (PSV 285 cm/s, EDV 95 cm/s).",
        "At least 70% stenosis of the {s} ICA.", side="right", flip="No hemodynamically significant stenosis."),
      P("{S} ICA stenosis less than 50%.", "<50% stenosis of the {s} ICA.", side="left"),
      NEG("Antegrade vertebral flow bilaterally.", "Both vertebral arteries antegrade.",
          flip="Reversed vertebral flow."),
      ),
    C("us", "prose", "obstetric", "Dating, LMP uncertain, G2P1", "None.", """
        Single live intrauterine pregnancy. Fetal heart rate 152 bpm. Crown rump length 2.1 cm corresponding
        to 8 weeks 6 days. Yolk sac normal. Small subchorionic hemorrhage measuring 1.4 x 0.6 cm.
        Both ovaries normal. No free fluid.""",
      P("Single live intrauterine pregnancy at 8 weeks 6 days by CRL ({m0}).",
        "Live singleton IUP, CRL {m0}, = 8w6d.", "Single viable IUP, 8 weeks 6 days by crown-rump length "
        "of {m0}.", mm=(21,), unit="cm", flip="No intrauterine pregnancy identified."),
      P("{G} subchorionic hemorrhage, {m0}.", "{G} subchorionic hematoma measuring {m0}.", g="small",
        mm=((14, 6),), unit="cm"),
      N("free fluid"),
      ),
    C("us", "list", "neck", "Palpable thyroid nodule", "None.", """
        Right lobe 5.1 cm, left lobe 4.6 cm. Right lower pole nodule 2.4 x 1.8 x 1.6 cm, solid, hypoechoic,
        taller-than-wide, with punctate echogenic foci: TI-RADS 5 (TR5). Left lobe: 6 mm spongiform nodule
        (TR1). No abnormal cervical lymph nodes.""",
      P("{m0} TR5 nodule in the {s} lower pole; FNA recommended.",
        "{S} lower pole nodule, TI-RADS 5, {m0}: recommend FNA.", side="right", mm=((24, 18, 16),), unit="cm",
        flip="No suspicious thyroid nodule."),
      P("{m0} spongiform TR1 {s} nodule, no follow-up needed.", "{S} lobe {m0} spongiform nodule (TR1), benign.",
        side="left", mm=(6,), unit="mm"),
      N("cervical lymphadenopathy", "No abnormal neck nodes."),
      ),
    C("us", "prose", "abdomen", "4 week old male, projectile vomiting", "None.", """
        Pylorus: muscle wall thickness 4.5 mm, channel length 19 mm; no passage of gastric contents observed
        over 10 min of scanning. Stomach distended.""",
      P("Hypertrophic pyloric stenosis (wall {m0}, length {m1}).",
        "Findings diagnostic of hypertrophic pyloric stenosis: muscle thickness {m0}, channel length {m1}.",
        mm=(4.5, 19), unit=("mm", "mm"), flip="No pyloric stenosis."),
      P("Distended stomach.", "Gastric distension."),
      ),
    C("us", "prose", "abdomen", "3yo colicky abd pain, currant jelly stool", "None.", """
        target sign in the right upper quadrant measuring 3.2 cm in diameter, consistent with ileocolic
        intussusception. blood flow preserved in the bowel wall. small amount of trapped fluid within the
        intussusceptum. no free fluid in the abdomen.""",
      P("Ileocolic intussusception ({m0}) in the {s} upper quadrant.", "{m0} ileocolic intussusception, {a}UQ.",
        side="right", mm=(32,), unit="cm", flip="No intussusception."),
      NEG("Preserved bowel wall flow.", "Bowel wall perfusion maintained on Doppler.", flip="Absent bowel wall flow."),
      N("free fluid", "No free peritoneal fluid."),
      ),
    C("us", "caps", "abdomen", "AKI, CREAT 3.2", "None.", """
        RIGHT KIDNEY 11.2 CM. LEFT KIDNEY 10.8 CM. MODERATE RIGHT HYDRONEPHROSIS. NO LEFT HYDRONEPHROSIS.
        BLADDER DISTENDED, PRE VOID VOLUME 850 ML. PROSTATE ENLARGED 62 ML. NORMAL CORTICAL THICKNESS.""",
      P("{G} {s} hydronephrosis.", "{S} hydronephrosis, {g}.", "{G} {s}-sided hydronephrosis.", side="right",
        g="moderate", flip="No hydronephrosis."),
      P("Distended bladder (850 mL) with an enlarged prostate, suggesting bladder outlet obstruction.",
        "Bladder outlet obstruction likely: distended bladder 850 mL, prostatomegaly."),
      NEG("Normal kidney size and cortical thickness.", "Kidneys normal in size and cortex.",
          flip="Small echogenic kidneys."),
      ),
    C("us", "list", "pelvis", "Acute L scrotal pain, 15 yo", "None.", """
        Left testis enlarged and heterogeneous with absent intratesticular arterial and venous flow. Twisted
        spermatic cord ("whirlpool sign") in the left inguinal canal. Right testis normal with normal flow.
        Small left hydrocele.""",
      P("{S} testicular torsion.", "Torsion of the {s} testis (absent flow, whirlpool sign).",
        "Findings consistent with {s} testicular torsion.", side="left", flip="No testicular torsion."),
      NEG("Normal {s} testis.", "{S} testis unremarkable with normal flow.", side="right", flip="Torsion of the {s} "
                                                                                               "testis."),
      P("{G} {s} hydrocele.", "{S} hydrocele, {g}.", side="left", g="small"),
      ),
    C("us", "prose", "obstetric", "Growth scan 32 weeks, preeclampsia", "None.", """
        Single live fetus in cephalic presentation. Estimated fetal weight 1490 g, 6th percentile. Abdominal
        circumference below the 3rd percentile. Umbilical artery Doppler with elevated S/D ratio and absent
        end-diastolic flow. Amniotic fluid index 6.1 cm. Posterior placenta, no previa.""",
      P("Fetal growth restriction (EFW 6th percentile, AC below 3rd).",
        "FGR with EFW at the 6th percentile and AC less than 3rd percentile."),
      P("Absent end-diastolic flow in the umbilical artery.", "Umbilical artery AEDF.",
        flip="Normal umbilical artery Doppler."),
      P("Low normal amniotic fluid (AFI {m0}).", "AFI {m0}, low normal.", mm=(61,), unit="cm"),
      N("placenta previa"),
      ),
    C("us", "prose", "abdomen", "cirrhosis, HCC surveillance", "US abdomen 6 months ago.", """
        Nodular liver contour. 1.3 cm hypoechoic lesion in segment 6 is not seen on the prior exam. Hepatopetal
        portal venous flow. Splenomegaly 14.5 cm, previously 14.0 cm. Small ascites, new.""",
      P("New {m0} hypoechoic segment 6 liver lesion; multiphase MRI or CT recommended.",
        "{m0} segment 6 hypoechoic observation, new since the last exam; recommend MRI or CT.",
        mm=(13,), unit="cm"),
      P("New small ascites.", "Small volume ascites, new."),
      P("Splenomegaly ({m0}, previously {p0}).", "Spleen {m0}, was {p0}.", mm=(145,), prior=(140,),
        unit="cm", prior_unit="cm"),
      NEG("Hepatopetal portal venous flow.", "Portal vein patent with hepatopetal flow.",
          flip="Hepatofugal portal venous flow."),
      prior=True,
      ),
    C("us", "prose", "pelvis", "Postmenopausal, 58 F, spotting", "None.", """
        Transvaginal. Uterus anteverted, 8.2 x 4.1 x 5.0 cm. Endometrium thickened and heterogeneous,
        measuring 14 mm, with internal vascularity. Right ovary not visualized. Left ovary atrophic, normal.
        Small fibroid posterior fundus 1.6 cm.""",
      P("Thickened heterogeneous vascular endometrium ({m0}); tissue sampling recommended.",
        "Abnormal endometrial thickening to {m0} with vascularity; recommend endometrial biopsy.",
        mm=(14,), unit="mm", flip="Endometrium normal in thickness."),
      P("{m0} fundal fibroid.", "Posterior fundal fibroid, {m0}.", mm=(16,), unit="cm"),
      ),
    C("us", "prose", "vascular", "Follow up AAA", "Ultrasound aorta 1 year ago.", """
        Infrarenal abdominal aortic aneurysm measuring 4.8 cm in maximal AP diameter, previously 4.3 cm.
        Mural thrombus. Iliac arteries not aneurysmal.""",
      P("Infrarenal AAA {m0}, increased from {p0}.", "Growth of the infrarenal aneurysm to {m0} (was {p0}).",
        mm=(48,), prior=(43,), unit="cm", prior_unit="cm"),
      N("iliac aneurysm", "Iliac arteries normal in caliber."),
      prior=True,
      ),
    C("us", "list", "limb", "shoulder pain overhead, 50s", "None.", """
        RIGHT SHOULDER US: Full-thickness supraspinatus tear measuring 12 mm with bursal fluid. Biceps in the
        groove. Subscapularis intact. Moderate subacromial bursal distension.""",
      P("{m0} full-thickness {s} supraspinatus tear.", "{S} supraspinatus full thickness tear, {m0}.",
        side="right", mm=(12,), unit="mm", flip="Intact supraspinatus."),
      P("{G} subacromial-subdeltoid bursal distension.", "{G} SASD bursal fluid.", g="moderate",
        scale="size"),
      NEG("Biceps tendon located.", "Long head of biceps in the groove.", flip="Biceps tendon dislocated."),
      ),
]
