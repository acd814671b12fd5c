"""CT cases, head / chest / vessels (hand-written, synthetic)."""

from _b5_spec import case

CASES = [
    case("ct", 1, "neuro", ind="Fall on blood thinners, GCS 14.", findings="""
        CT HEAD W/O. Acute [left] convexity subdural hematoma measuring up to <8 mm> in thickness.
        Midline shift to the right of <3 mm>. Basal cisterns patent. No intraparenchymal hemorrhage.
        No calvarial fracture. Ventricles normal for age. Paranasal sinuses clear.""",
         imp="""
        + Acute [left] convexity subdural hematoma, up to <8 mm> thick, with <3 mm> rightward midline shift.
        | Acute SDH over the [left] convexity measuring <8 mm>, causing <3 mm> of midline shift.
        | [L] convexity acute subdural blood: max thickness <8 mm>; shift of the midline by <3 mm>.
        - No skull fracture. | Calvarium intact, no fracture. | No fracture of the skull is seen.
        ! Nondisplaced skull fracture.
        * Small [right] frontal contusion. @ contusion
        * Subarachnoid blood in the sylvian fissure. @ subarachnoid, sylvian
        & No other acute intracranial abnormality.
        """),
    case("ct", 2, "neuro vascular", fmt="numbered", ind="Code stroke, aphasia and [right] arm weakness, LKW 90 min.",
         findings="""
        Noncontrast head: no intracranial hemorrhage. Subtle loss of gray-white differentiation in the [left] insula,
        ASPECTS 9. CTA: abrupt occlusion of the [left] MCA M1 segment with {moderate} collateral filling.
        Cervical carotids: {mild} calcified plaque at the [left] carotid bulb without hemodynamically significant
        narrowing. Vertebral arteries patent. No aneurysm.""",
         imp="""
        + Occlusion of the [left] M1 segment of the MCA with {moderate} collaterals.
        | [L] MCA M1 occlusion; collateral filling is {moderate}.
        | The [left] middle cerebral artery is blocked at M1, {moderate} collateral supply.
        + Early ischemic change in the [left] insula (ASPECTS 9).
        | ASPECTS 9 due to subtle [left] insular hypodensity.
        | Loss of gray-white differentiation in the [left] insular cortex, ASPECTS 9.
        - No intracranial hemorrhage. | Hemorrhage: none. | No bleed in the head.
        ! Small intracranial hemorrhage in the [left] insula.
        = Findings discussed with the stroke team at the time of the scan.
        | Results called to the stroke team during the exam.
        * Chronic lacunar infarct in the [right] thalamus. @ lacunar, thalamus
        * Dissection of the [right] vertebral artery. @ dissection
        """),
    case("ct", 3, "chest vascular", ind="Tachycardia, pleuritic chest pain, D-dimer elevated.", findings="""
        CT PULMONARY ANGIOGRAM
        Pulmonary arteries: filling defects in the [right] lower lobe segmental and subsegmental arteries.
        Main pulmonary artery normal caliber. RV/LV ratio 0.8. No septal bowing.
        Lungs: wedge-shaped peripheral opacity in the [right] lower lobe, likely infarct.
        Pleura: {small} [right] pleural effusion. No pneumothorax.
        Mediastinum: no lymphadenopathy. Heart size normal.""",
         imp="""
        + Acute pulmonary emboli in [right] lower lobe segmental and subsegmental arteries.
        | Segmental and subsegmental PE in the [RLL].
        | Blood clots in the [right] lower lobe lung arteries at segmental and subsegmental level.
        - No CT evidence of right heart strain. | RV/LV ratio normal, no right heart strain.
        | The right ventricle is not strained.
        ! CT findings of right heart strain.
        + Peripheral [right] lower lobe opacity likely representing pulmonary infarct, with {small} [right] effusion.
        | Probable [RLL] infarct; {small} [right] pleural effusion.
        | [Right] lower lobe wedge opacity, probably infarction, and a {small} [right] pleural effusion.
        * Saddle embolus at the main pulmonary artery bifurcation. @ saddle
        * Dilated fluid-filled esophagus. @ esophagus
        """),
    case("ct", 4, "chest", fmt="numbered", ind="Chronic cough, 58 yo former smoker.", findings="""
        LUNGS AND AIRWAYS: Solid nodule in the [right] upper lobe measuring <7 mm> (series 3 image 41).
        {Mild} centrilobular emphysema, upper lobe predominant. Airways patent.
        PLEURA: No effusion or pneumothorax.
        HEART AND MEDIASTINUM: Normal heart size. No pericardial effusion. No enlarged lymph nodes.
        Coronary artery calcification, {mild}.
        UPPER ABDOMEN: Unremarkable.
        BONES: No suspicious osseous lesion.""",
         imp="""
        + <7 mm> solid [right] upper lobe pulmonary nodule.
        | Solid [RUL] nodule, <7 mm>.
        | There is a <7 mm> solid lung nodule in the [right] upper lobe.
        + {Mild} centrilobular emphysema and {mild} coronary artery calcification.
        | Emphysema (centrilobular, {mild}); coronary calcification, {mild}.
        | {Mildly} emphysematous lungs and {mildly} calcified coronary arteries.
        = Recommend CT chest in 6-12 months per Fleischner guidelines.
        | Fleischner: follow-up chest CT at 6-12 months is recommended.
        * Small hiatal hernia. @ hiatal
        * Ground-glass nodule in the [left] lower lobe. @ ground-glass
        & Otherwise unremarkable CT of the chest.
        """),
    case("ct", 5, "chest oncologic", prior=True, fmt="numbered",
         ind="NSCLC, on chemotherapy, restaging.", comp="CT chest with contrast, 3 months earlier.", findings="""
        Spiculated [right] upper lobe mass now measures <3.4 x 2.6 cm>, previously <^4.6 x 3.5 cm>.
        [Right] paratracheal lymph node <11 mm> short axis, previously <^18 mm>.
        No new pulmonary nodules. Trace [right] pleural effusion, unchanged. No pneumothorax.
        Liver and adrenals unremarkable on included images. No new osseous lesions.""",
         imp="""
        + [Right] upper lobe mass has decreased to <3.4 x 2.6 cm> from <^4.6 x 3.5 cm>.
        | Decrease in size of the [RUL] mass, now <3.4 x 2.6 cm> (was <^4.6 x 3.5 cm>).
        | The primary tumor in the [right] upper lobe is smaller: <3.4 x 2.6 cm>, previously <^4.6 x 3.5 cm>.
        + Decreased [right] paratracheal node, <11 mm> (previously <^18 mm>).
        | [Rt] paratracheal lymph node shrank to <11 mm> from <^18 mm>.
        - No new metastatic disease. | No new sites of disease in the chest.
        ! New pulmonary nodules suspicious for metastases.
        = Findings consistent with partial treatment response.
        | Overall picture c/w partial response to therapy.
        * Lytic lesion in the T8 vertebral body. @ lytic, t8
        * Pericardial effusion. @ pericardial
        """),
    case("ct", 6, "vascular abdomen", ind="Pulsatile abdominal mass on exam.", findings="""
        CTA abdomen/pelvis. Infrarenal abdominal aortic aneurysm measuring <5.6 x 5.4 cm> in maximal axial diameter,
        beginning <2.0 cm> below the renal arteries. {Moderate} circumferential mural thrombus.
        No periaortic stranding or retroperitoneal hematoma. Common iliac arteries: [right] <1.8 cm>, left normal.
        Renal arteries single and patent bilaterally.""",
         imp="""
        + Infrarenal AAA measuring <5.6 x 5.4 cm> with {moderate} mural thrombus.
        | <5.6 x 5.4 cm> infrarenal aortic aneurysm; mural thrombus, {moderate}.
        | The abdominal aorta below the kidneys is aneurysmal at <5.6 x 5.4 cm>, {moderate} wall thrombus.
        - No evidence of rupture. | No signs of leak or rupture. | Not ruptured: no retroperitoneal blood.
        ! Findings of contained rupture with retroperitoneal hematoma.
        + Ectatic [right] common iliac artery, <1.8 cm>.
        | [R] CIA ectasia to <1.8 cm>. | [Right] common iliac artery dilated to <1.8 cm>.
        = Vascular surgery referral recommended.
        | Recommend vascular surgical consultation.
        * Horseshoe kidney. @ horseshoe
        * Aortic dissection flap extending into the [left] iliac artery. @ dissection, flap
        """),
    case("ct", 7, "neuro pediatric", ind="4 yo fell from bunk bed, scalp swelling, vomited once.", findings="""
        Nondisplaced linear fracture of the [right] parietal bone. Overlying {moderate} subgaleal hematoma.
        No epidural or subdural collection. No intraparenchymal hemorrhage. Gray-white differentiation preserved.
        Ventricles and sulci normal for age. Mastoids and sinuses clear for age.""",
         imp="""
        + Nondisplaced linear [right] parietal skull fracture with {moderate} overlying scalp hematoma.
        | Linear fx of the [R] parietal bone, not displaced; subgaleal hematoma, {moderate}.
        | Simple [right] parietal fracture without displacement, and a {moderate} scalp swelling from a hematoma.
        - No intracranial hemorrhage. | No bleeding inside the skull. | Brain: no hemorrhage.
        ! Thin epidural hematoma beneath the fracture.
        * Fracture of the [left] occipital condyle. @ occipital
        * Pneumocephalus. @ pneumocephalus
        & No other acute intracranial findings.
        """),
    case("ct", 8, "neuro", prior=True, ind="F/u SDH, s/p fall.", comp="CT head 5 days ago.", findings="""
        [Left] hemispheric subdural hematoma has decreased in thickness to <6 mm> from <^9 mm>, with evolving
        mixed density. Midline shift now <1 mm>, previously <^4 mm>. No new hemorrhage. No hydrocephalus.""",
         imp="""
        + Decreasing [left] SDH, now <6 mm> (was <^9 mm>).
        | The [left] subdural hematoma is smaller: <6 mm> thick, previously <^9 mm>.
        | [L] SDH has decreased in size from <^9 mm> to <6 mm>.
        + Midline shift reduced to <1 mm> from <^4 mm>.
        | Less midline shift, <1 mm> vs <^4 mm> before.
        - No new hemorrhage or hydrocephalus. | No hydrocephalus; no fresh bleed.
        ! New acute hemorrhage within the collection.
        * Infarct in the [left] posterior cerebral artery territory. @ infarct
        * Fracture of the [left] temporal bone. @ temporal bone
        """),
    case("ct", 9, "oncologic", prior=True, fmt="caps", ind="Hodgkin lymphoma, end of treatment.",
         comp="CT neck with contrast 4 months earlier.", findings="""
        NECK: [LEFT] LEVEL IIA LYMPH NODE MEASURES <1.2 X 0.9 CM>, PREVIOUSLY <^3.1 X 2.4 CM>.
        [LEFT] SUPRACLAVICULAR NODE NO LONGER ENLARGED, <6 MM> SHORT AXIS (PREVIOUSLY <^15 MM>).
        NO NEW ADENOPATHY. AIRWAY PATENT. THYROID UNREMARKABLE. SALIVARY GLANDS NORMAL.""",
         imp="""
        + Marked decrease of [left] level IIA node to <1.2 x 0.9 cm> from <^3.1 x 2.4 cm>.
        | [Left] level IIA lymph node, much smaller: <1.2 x 0.9 cm> (was <^3.1 x 2.4 cm>).
        | [Lt] IIA node now <12 x 9 mm>, down from <^3.1 x 2.4 cm>.
        + [Left] supraclavicular node now normal size, <6 mm> (previously <^15 mm>).
        | Resolution of [left] supraclavicular adenopathy: <6 mm> short axis, was <^15 mm>.
        - No new adenopathy. | No new enlarged nodes in the neck.
        ! New enlarged [right] level III node.
        = Favor treatment response.
        | Appearance favors response to therapy.
        * Thyroid nodule. @ thyroid nodule
        * Parotid mass. @ parotid
        """),
    case("ct", 10, "chest", ind="MVC, [right] chest wall pain.", findings="""
        Acute fractures of the [right] 5th, 6th and 7th ribs laterally, the 6th mildly displaced.
        {Small} [right] pneumothorax, apical and anterior. Patchy ground-glass in the [right] lower lobe c/w contusion.
        No hemothorax. Heart and great vessels normal. No mediastinal hematoma. Spine intact.""",
         imp="""
        + Acute [right] 5th-7th lateral rib fractures.
        | Fractures of [right] ribs 5 through 7, lateral.
        | Three broken ribs on the [right] (5, 6, 7), lateral aspect.
        + {Small} [right] pneumothorax.
        | {Small} [R] PTX. | There is a {small} collapsed lung on the [right] (pneumothorax).
        + [Right] lower lobe pulmonary contusion. | Contusion of the [RLL]. | Bruised lung in the [right] lower lobe.
        - No hemothorax or mediastinal hematoma. | No mediastinal hematoma; no blood in the pleural space.
        ! {Small} [right] hemothorax; no mediastinal hematoma.
        * Sternal fracture. @ sternal, sternum
        * Flail segment. @ flail
        """),
]
