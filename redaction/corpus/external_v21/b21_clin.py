"""Clinical text for blind21 with keep-spans written inline as {label|text}; <M>, <MM>, <CM> are measurements."""

from __future__ import annotations

FINDINGS = {
    "CT": [
        "Small {eponym|Bochdalek hernia} containing fat in the {anatomy|left posterior hemidiaphragm}.",
        "Hypodense lesion in {anatomy|hepatic segment VII} measuring <M>, {score|LI-RADS 3}.",
        "{eponym|Kerley B lines} at the {anatomy|lung bases} with small bilateral effusions.",
        "Solid nodule in the {anatomy|right upper lobe} measuring <MM>; {score|Lung-RADS 4A}.",
        "Cystic renal lesion with thin septations, {score|Bosniak IIF}, measuring <CM>.",
        "Compression deformity of {vertebral_level|T12} with approximately 30% height loss, unchanged.",
        "Mural thickening of the {anatomy|terminal ileum} consistent with known {eponym|Crohn disease}.",
        "Dilated {anatomy|common bile duct} to <MM> with hilar mass suspicious for {eponym|Klatskin tumor}.",
        "Bulky mediastinal adenopathy; the patient's {eponym|Hodgkin lymphoma} appears partially treated.",
        "Gas tracking along the {anatomy|perineum} raising concern for {eponym|Fournier gangrene}.",
        "Gallstone impacted in the {anatomy|cystic duct} compressing the {anatomy|common hepatic duct} ({eponym|Mirizzi syndrome}).",
        "Cortical thickening of the {anatomy|left tibia} compatible with {eponym|Paget disease}.",
        "Enlarged {anatomy|left supraclavicular node} (a {eponym|Virchow node}) measuring <MM> in short axis.",
        "Small {eponym|Morgagni hernia} in the {anatomy|right cardiophrenic angle}.",
        "Status post {eponym|Whipple procedure} without evidence of local recurrence.",
        "Defects in the {anatomy|segmental pulmonary arteries} of the {anatomy|left lower lobe}.",
        "Adrenal nodule measuring <CM>, washout favors adenoma; correlate for {eponym|Cushing syndrome}.",
        "Multilevel degenerative disc disease, worst at {vertebral_level|L4-L5} and {vertebral_level|L5-S1}.",
        "Pars defect at {vertebral_level|L5} with grade 1 anterolisthesis.",
        "Hepatic veins not opacified, a pattern seen with {eponym|Budd-Chiari syndrome}.",
        "Coronary calcium score of {score|Agatston 412}; no pericardial effusion.",
    ],
    "MR": [
        "Increased signal on {sequence|T2 FLAIR} in the {anatomy|periventricular white matter}.",
        "Restricted diffusion on {sequence|DWI} in the {anatomy|left MCA territory} with low {sequence|ADC}.",
        "Cerebellar tonsils extend <MM> below the foramen magnum, consistent with {eponym|Chiari I malformation}.",
        "Microhemorrhages on {sequence|SWI} in the {anatomy|pons}.",
        "Enhancing lesion on {sequence|T1 post-contrast} images measuring <M>.",
        "Marrow edema on {sequence|STIR} at {vertebral_level|L1} with a {eponym|Schmorl node}.",
        "Disc protrusion at {vertebral_level|C5-C6} narrowing the {anatomy|left neural foramen}.",
        "{eponym|Hill-Sachs lesion} of the {anatomy|posterolateral humeral head} and anterior {eponym|Bankart lesion}.",
        "Complex {eponym|Baker cyst} measuring <M> in the {anatomy|medial popliteal fossa}.",
        "Cystic lesion in the {anatomy|sella} favored to represent a {eponym|Rathke cleft cyst}.",
        "{eponym|Tarlov cyst} at {vertebral_level|S2}, incidental.",
        "Peripheral zone lesion, {score|PI-RADS 4}, measuring <MM> on {sequence|DWI}.",
        "Ovarian lesion with solid component, {score|O-RADS MRI 4}.",
        "Thickening of the {anatomy|ulnar collateral ligament} with a displaced {eponym|Stener lesion}.",
        "Marrow edema of the {anatomy|lunate} compatible with {eponym|Kienböck disease}.",
        "Thickening at the {anatomy|tibial tubercle} consistent with {eponym|Osgood-Schlatter disease}.",
        "Interspinous bursitis from {vertebral_level|L3} to {vertebral_level|L5} ({eponym|Baastrup disease}).",
        "Signal in the {anatomy|Hoffa fat pad} on {sequence|PD fat-sat} images.",
        "Neuroma between the {anatomy|third and fourth metatarsal heads} ({eponym|Morton neuroma}), <MM>.",
        "Susceptibility in the {anatomy|basal ganglia} on {sequence|SWI}; history of {eponym|Wilson disease}.",
    ],
    "US": [
        "{anatomy|Right kidney} measures <CM> without hydronephrosis.",
        "Thyroid nodule in the {anatomy|left lobe} measuring <M>, {score|TI-RADS 4}.",
        "{eponym|Baker cyst} in the {anatomy|right popliteal fossa} measuring <M>.",
        "Gallbladder wall thickening to <MM> with pericholecystic fluid.",
        "{anatomy|Common bile duct} measures <MM>.",
        "Noncompressible {anatomy|left common femoral vein} with echogenic thrombus.",
        "Simple cyst in the {anatomy|right ovary} measuring <CM>, {score|O-RADS US 2}.",
        "Echogenic liver; spleen measures <CM>.",
        "Hypoechoic mass at the {anatomy|2 o'clock} position measuring <MM>, {score|BI-RADS 4}.",
        "Heterogeneous testicular mass; history of {eponym|Wilms tumor} in childhood noted.",
        "Nodular thickening of the {anatomy|palmar fascia} consistent with {eponym|Dupuytren contracture}.",
    ],
    "XR": [
        "{eponym|Colles fracture} of the {anatomy|distal radius} with dorsal angulation.",
        "{eponym|Smith fracture} of the {anatomy|left distal radius}.",
        "Fracture of the {anatomy|fifth metatarsal base} at the metaphyseal-diaphyseal junction ({eponym|Jones fracture}).",
        "{eponym|Segond fracture} of the {anatomy|lateral tibial plateau}.",
        "{eponym|Monteggia fracture}-dislocation of the {anatomy|left forearm}.",
        "Widened {anatomy|tibiofibular clear space} with proximal fibular fracture ({eponym|Maisonneuve fracture}).",
        "Interstitial opacities with {eponym|Kerley B lines}.",
        "Calcification along the {anatomy|medial femoral condyle} ({eponym|Pellegrini-Stieda lesion}).",
        "Posterior calcaneal prominence ({eponym|Haglund deformity}).",
        "Right-sided {anatomy|PICC} tip projects at the {anatomy|cavoatrial junction}.",
        "Flowing anterior osteophytes from {vertebral_level|T7} to {vertebral_level|T11}, {eponym|Forestier disease}.",
        "Nasogastric tube tip below the {anatomy|gastroesophageal junction}.",
        "Scoliosis measuring <DEG> from {vertebral_level|T5} to {vertebral_level|T12}.",
    ],
    "MG": [
        "Heterogeneously dense breasts ({score|ACR density C}).",
        "Grouped amorphous calcifications in the {anatomy|upper outer quadrant} spanning <MM>, {score|BI-RADS 4B}.",
        "Irregular spiculated mass at the {anatomy|10 o'clock} position, <CM> from the nipple, {score|BI-RADS 5}.",
        "Stable benign-appearing {anatomy|intramammary lymph node}; {score|BI-RADS 2}.",
        "Focal asymmetry in the {anatomy|left retroareolar region}, {score|BI-RADS 0}.",
    ],
    "NM": [
        "Reversible perfusion defect in the {anatomy|inferolateral wall}; summed stress score {score|SSS 9}.",
        "Post-stress LVEF 48% with transient ischemic dilation ratio 1.24.",
        "Tc-99m MAA lung shunt fraction 7.8%; no gastrointestinal deposition.",
        "Intense uptake in the {anatomy|right hepatic lobe} lesion, {score|Deauville 4}.",
        "Tumor in {anatomy|hepatic segment VIII} measuring <CM>; planned dose 120 Gy.",
    ],
}

IMPRESSIONS = {
    "CT": ["No acute intracranial abnormality.", "Findings as above; {score|Fleischner} guideline follow-up recommended.",
           "Acute uncomplicated appendicitis.", "No pulmonary embolism.", "Stable examination."],
    "MR": ["Acute infarct as described.", "No abnormal enhancement.", "Findings compatible with {eponym|Parkinson disease} pattern on {sequence|SWI}.",
           "Moderate central canal stenosis at {vertebral_level|L4-L5}.", "Stable postoperative appearance."],
    "US": ["No sonographic evidence of DVT.", "Findings favor acute cholecystitis.", "Recommend FNA of the {score|TI-RADS 4} nodule."],
    "XR": ["Acute fracture as above.", "No acute cardiopulmonary process.", "Lines and tubes in satisfactory position."],
    "MG": ["{score|BI-RADS 4}: suspicious; biopsy recommended.", "{score|BI-RADS 1}: negative.", "{score|BI-RADS 3}: short-interval follow-up."],
    "NM": ["Moderate-size reversible defect.", "Suitable for radioembolization.", "Metabolically active disease, {score|Deauville 4}."],
}

EXAMS = {
    "CT": ["{modality|CT} abdomen and pelvis with contrast", "{modality|CTA} chest (PE protocol)", "{modality|CT} head without contrast",
           "{modality|CT} lumbar spine", "{modality|CT} chest low dose", "{modality|CT} colonography"],
    "MR": ["{modality|MRI} brain with and without contrast", "{modality|MRI} lumbar spine", "{modality|MR} right shoulder arthrogram",
           "{modality|MRI} prostate multiparametric", "{modality|MRI} knee without contrast", "{modality|MR} cervical spine"],
    "US": ["{modality|US} thyroid", "{modality|Ultrasound} RUQ", "{modality|US} lower extremity venous duplex", "{modality|US} pelvis transvaginal"],
    "XR": ["{modality|XR} wrist 3 views", "{modality|X-ray} chest PA and lateral", "{modality|XR} foot 3 views", "{modality|Radiograph} knee 2 views"],
    "MG": ["{modality|Mammogram} diagnostic bilateral", "{modality|MG} screening bilateral with tomosynthesis"],
    "NM": ["{modality|SPECT} myocardial perfusion", "{modality|NM} Tc-99m MAA shunt study", "{modality|PET/CT} skull base to thigh"],
}

TECH = {
    "CT": ["Axial images with coronal and sagittal reformats; 100 mL iohexol IV.", "Helical acquisition, 1.25 mm slices."],
    "MR": ["Sagittal {sequence|T1}, {sequence|T2} and {sequence|STIR}; axial {sequence|T2} and {sequence|DWI}.",
           "Multiplanar {sequence|T1 post-contrast} with {sequence|SWI} and {sequence|T2 FLAIR}."],
    "US": ["Grayscale and color Doppler.", "Transabdominal and transvaginal approach."],
    "XR": ["Three views.", "Portable AP view."],
    "MG": ["CC and MLO views with tomosynthesis.", "Spot compression views."],
    "NM": ["Regadenoson stress, rest/stress SPECT.", "Tc-99m MAA via right hepatic artery."],
}

HISTORIES = ["pain", "follow-up of known nodule", "trauma, fall from standing", "staging", "shortness of breath",
             "abnormal screening study", "headache with visual change", "post-op evaluation", "weight loss"]


def fill(rng, tmpl: str) -> str:
    while "<M>" in tmpl:
        a, b = round(rng.uniform(0.6, 6.5), 1), round(rng.uniform(0.4, 4.5), 1)
        tmpl = tmpl.replace("<M>", "{measurement|" + rng.choice([f"{a} x {b} cm", f"{a} x {b} x {round(b * .8, 1)} cm",
                                                                 f"{a}x{b} cm"]) + "}", 1)
    while "<MM>" in tmpl:
        tmpl = tmpl.replace("<MM>", "{measurement|" + rng.choice([f"{rng.randint(3, 24)} mm", f"{rng.randint(3, 24)}mm",
                                                                  f"{rng.randint(3, 19)}.{rng.randint(1, 9)} mm"]) + "}", 1)
    while "<CM>" in tmpl:
        tmpl = tmpl.replace("<CM>", "{measurement|" + f"{round(rng.uniform(1.0, 13.0), 1)} cm" + "}", 1)
    while "<DEG>" in tmpl:
        tmpl = tmpl.replace("<DEG>", "{measurement|" + f"{rng.randint(11, 48)} degrees" + "}", 1)
    return tmpl


def findings(doc, rng, mod: str, n: int | None = None, sep: str = " ", bullet: str = "") -> None:
    pool = FINDINGS[mod]
    n = n or rng.randint(1, 3)
    for i, f in enumerate(rng.sample(pool, min(n, len(pool)))):
        if i:
            doc.t(sep)
        doc.t(bullet)
        doc.clin(fill(rng, f))


def impression(doc, rng, mod: str) -> None:
    doc.clin(fill(rng, rng.choice(IMPRESSIONS[mod])))


def exam(doc, rng, mod: str) -> None:
    doc.clin(rng.choice(EXAMS[mod]))


def technique(doc, rng, mod: str) -> None:
    doc.clin(rng.choice(TECH[mod]))


def mini_report(doc, rng, mod: str, headers=("FINDINGS", "IMPRESSION"), nl: str = "\n", upper: bool = True) -> None:
    """A short findings/impression block with section headers as keep-spans."""
    h1, h2 = headers
    if not upper:
        h1, h2 = h1.title(), h2.title()
    doc.header(h1).t(" " if rng.random() < 0.5 else nl)
    findings(doc, rng, mod)
    doc.t(nl)
    doc.header(h2).t(" ")
    impression(doc, rng, mod)
