"""Findings/impression bodies for blind50 prior reports, with keep-spans marked inline.

Each exam function takes (rng, ctx) where ctx is a dict with the patient's surname, sex, the lesion
size factor for this time point and the oncologic theme; it returns (history, technique, findings, impression)."""

from __future__ import annotations

import random

from b50_markup import A, EP, M, MOD, SC, SEQ, VL


def _mm(rng: random.Random, base: float, f: float) -> str:
    return M(f"{max(3, round(base * f))} mm")


def _cm2(rng: random.Random, a: float, b: float, f: float) -> str:
    return M(f"{a * f:.1f} x {b * f:.1f} cm")


def ct_chest(rng, ctx):
    f = ctx["factor"]
    lobe = ctx.get("lobe", "right upper lobe")
    hist = "Lung cancer restaging." if ctx["theme"] == "lung" else "Cough, weight loss; nodule follow-up."
    tech = f"Axial {MOD('CT')} images of the chest were obtained after intravenous contrast; 1.25 mm reconstructions."
    score = rng.choice([SC("Lung-RADS 4A"), SC("Lung-RADS 4B"), SC("Lung-RADS 4X"), "Mass management per oncology"])
    find = (f"Lungs: Spiculated mass in the {A(lobe)} measures {_cm2(rng, 2.4, 1.9, f)} (series 3, image 88). "
            f"Scattered centrilobular emphysema. Subcentimeter {A('left lower lobe')} nodule {_mm(rng, 5, 1)}, stable; no dedicated follow-up per {SC('Fleischner')} guidelines.\n"
            f"Mediastinum: Right paratracheal node {_mm(rng, 14, f)} short axis. Heart size normal. No pericardial effusion.\n"
            f"Pleura: {'Small right pleural effusion.' if f > 1.1 else 'No effusion.'}\n"
            f"Upper abdomen: {A('Adrenal glands')} unremarkable. Hepatic cyst {_mm(rng, 8, 1)} unchanged.\n"
            f"Bones: Degenerative change. No aggressive osseous lesion at {VL('T12')} or elsewhere.")
    imp = (f"1. Dominant {A(lobe)} mass, now {_cm2(rng, 2.4, 1.9, f)}; "
           f"{'increased' if f > 1.05 else 'decreased' if f < 0.95 else 'stable'} compared with prior.\n2. {score}.")
    return hist, tech, find, imp


def ct_abd(rng, ctx):
    f = ctx["factor"]
    hist = "Colorectal cancer surveillance." if ctx["theme"] == "colon" else "Abdominal pain, renal lesion follow-up."
    tech = f"Portal venous phase {MOD('CT')} of the abdomen and pelvis with oral and IV contrast."
    find = (f"Liver: Hypoattenuating lesion in {A('hepatic segment 7')} measures {_cm2(rng, 1.8, 1.5, f)}. "
            f"Additional observation in {A('segment 4a')} {_mm(rng, 11, 1)}, {SC('LI-RADS 3')}.\n"
            f"Kidneys: {A('Left kidney')} upper pole cystic lesion with thin septations, {SC('Bosniak IIF')}, {_mm(rng, 23, 1)}.\n"
            f"Bowel: Postsurgical change at the {A('sigmoid colon')} anastomosis. No obstruction.\n"
            f"Lymph nodes: Retroperitoneal node {_mm(rng, 12, f)}.\n"
            f"Bones: Chronic {EP('Schmorl node')} at {VL('L2')}. Mild {VL('L4-L5')} disc space narrowing.")
    imp = (f"1. Hepatic segment 7 lesion {_cm2(rng, 1.8, 1.5, f)}, {'progressed' if f > 1.05 else 'stable to decreased'}.\n"
           f"2. {SC('Bosniak IIF')} left renal cyst; follow-up {MOD('MRI')} in 12 months suggested.")
    return hist, tech, find, imp


def mr_brain(rng, ctx):
    f = ctx["factor"]
    hist = f"Metastasis surveillance; history of {EP('Bell palsy')}." if ctx.get("surname") == "Bell" else "Headache; known malignancy, assess for metastases."
    tech = (f"Multiplanar multisequence {MOD('MRI')} of the brain: sagittal T1, axial {SEQ('T2 FLAIR')}, {SEQ('DWI')}, "
            f"{SEQ('SWI')} and {SEQ('T1 post-contrast')} (gadobutrol 7.5 mL).")
    find = (f"Enhancing lesion in the {A('left cerebellar hemisphere')} measures {_mm(rng, 9, f)} with surrounding "
            f"{SEQ('T2 FLAIR')} hyperintensity. No restricted diffusion on {SEQ('DWI')}. Scattered nonspecific white "
            f"matter foci. Ventricles normal in size. {'Cerebellar tonsils 6 mm below the foramen magnum, ' + EP('Chiari I malformation') + '.' if rng.random() < 0.3 else 'Craniocervical junction normal.'}")
    imp = f"Solitary {A('cerebellar')} metastasis {_mm(rng, 9, f)}, {'enlarging' if f > 1.05 else 'not enlarging'}. No new lesions."
    return hist, tech, find, imp


def mr_lspine(rng, ctx):
    hist = "Low back pain radiating to the left leg."
    tech = f"Sagittal T1, T2 and {SEQ('STIR')}; axial T2 {MOD('MRI')} of the lumbar spine."
    find = (f"Alignment normal. {VL('L3-L4')}: mild disc bulge. {VL('L4-L5')}: broad-based protrusion with moderate "
            f"left {A('lateral recess')} narrowing, abutting the traversing left L5 nerve root. {VL('L5-S1')}: facet "
            f"arthropathy, no stenosis. {EP('Schmorl node')} at {VL('L1')} superior endplate. {A('Conus medullaris')} "
            f"terminates at {VL('L1')}. No marrow edema on {SEQ('STIR')}.")
    imp = f"{VL('L4-L5')} protrusion with left lateral recess narrowing. No metastatic disease."
    return hist, tech, find, imp


def mammo(rng, ctx):
    bi = rng.choice(["BI-RADS 1", "BI-RADS 2", "BI-RADS 0", "BI-RADS 4", "BI-RADS 3"])
    hist = "Personal history of right breast cancer, lumpectomy." if ctx["theme"] == "breast" else "Screening."
    tech = f"Bilateral digital breast tomosynthesis ({MOD('MG')}/DBT), CC and MLO views."
    find = (f"The breasts are heterogeneously dense. Postsurgical change in the {A('right breast')} "
            f"{A('upper outer quadrant')}. {'A ' + M('6 mm') + ' group of amorphous calcifications in the ' + A('left breast') + ' at 2 o' + chr(39) + 'clock.' if bi in ('BI-RADS 4', 'BI-RADS 0') else 'No suspicious mass, calcification or architectural distortion.'}")
    imp = f"{SC(bi)}."
    return hist, tech, find, imp


def us_thyroid(rng, ctx):
    ti = rng.choice(["TI-RADS 3", "TI-RADS 4", "TI-RADS 2", "TI-RADS 5"])
    hist = f"Thyroid nodule follow-up; {EP('Hashimoto thyroiditis')}." if rng.random() < 0.5 else "Palpable neck nodule."
    tech = f"Grayscale and color Doppler {MOD('US')} of the thyroid."
    find = (f"{A('Right thyroid lobe')}: {_cm2(rng, 1.6, 1.1, 1)} solid hypoechoic nodule, wider than tall, smooth "
            f"margin ({SC(ti)}). {A('Left thyroid lobe')}: {_mm(rng, 4, 1)} colloid cyst. {A('Isthmus')} "
            f"{M('3 mm')}. No abnormal cervical lymph nodes.")
    imp = f"{SC(ti)} right nodule; FNA {'recommended' if ti in ('TI-RADS 4', 'TI-RADS 5') else 'not indicated'}."
    return hist, tech, find, imp


def xr_chest(rng, ctx):
    hist = "Dyspnea. Port placement check." if rng.random() < 0.5 else "Shortness of breath, evaluate for edema."
    tech = f"PA and lateral {MOD('XR')} views of the chest."
    edema = rng.random() < 0.4
    find = (f"Right chest wall port with catheter tip at the {A('cavoatrial junction')}. Heart size "
            f"{'enlarged' if edema else 'normal'}. {'Interstitial edema with ' + EP('Kerley B lines') + '.' if edema else 'Lungs clear.'} "
            f"{'Blunting of the ' + A('left costophrenic angle') + '.' if rng.random() < 0.5 else 'No pneumothorax.'}")
    imp = "Mild interstitial edema." if edema else "No acute cardiopulmonary process. Port in good position."
    return hist, tech, find, imp


def pet_ct(rng, ctx):
    f = ctx["factor"]
    lym = ctx["theme"] == "lymphoma"
    hist = f"{EP('Hodgkin lymphoma')}, interim assessment." if lym else "Restaging of known malignancy."
    tech = f"FDG {MOD('PET/CT')} from skull base to mid-thigh, 60 minutes after 11.2 mCi F-18 FDG. Glucose 104 mg/dL."
    find = (f"Left {A('supraclavicular')} node {_mm(rng, 16, f)}, SUVmax {7.9 * f:.1f}. "
            f"{A('Mediastinal')} conglomerate nodal mass {_cm2(rng, 4.2, 3.1, f)}, SUVmax {11.4 * f:.1f}. "
            f"{A('Spleen')} normal in size without focal uptake. Physiologic uptake in the {A('bowel')} and urinary tract.")
    imp = f"Metabolic response: {'partial' if f < 0.95 else 'progressive disease' if f > 1.05 else 'stable disease'}."
    if lym:
        imp = f"{SC('Deauville ' + str(2 if f < 0.8 else 4))}, {'partial metabolic response' if f < 0.95 else 'no response'}."
    return hist, tech, find, imp


def mr_knee(rng, ctx):
    hist = "Posterior knee swelling, pain."
    tech = f"{MOD('MRI')} of the left knee: PD fat-saturated triplanar, sagittal T1 and axial {SEQ('STIR')}."
    find = (f"{A('Medial meniscus')} posterior horn horizontal oblique tear. {A('Anterior cruciate ligament')} intact. "
            f"{EP('Baker cyst')} measuring {_cm2(rng, 4.1, 1.7, 1)}. Moderate {A('joint effusion')}. "
            f"Tricompartmental chondrosis, worst in the {A('medial compartment')}.")
    imp = f"1. Medial meniscal tear. 2. {EP('Baker cyst')}, {M(f'{4.1:.1f} cm')}."
    return hist, tech, find, imp


def xr_wrist(rng, ctx):
    hist = "Fall on outstretched hand."
    tech = f"Three {MOD('XR')} views of the right wrist."
    find = (f"Dorsally angulated extra-articular fracture of the {A('distal radius')}, "
            f"{M('9 mm')} shortening, consistent with a {EP('Colles fracture')}. {A('Ulnar styloid')} avulsion. Osteopenia.")
    imp = f"{EP('Colles fracture')} of the right distal radius."
    return hist, tech, find, imp


def mr_prostate(rng, ctx):
    pi = rng.choice(["PI-RADS 4", "PI-RADS 3", "PI-RADS 5", "PI-RADS 2"])
    hist = "Rising PSA (8.4 ng/mL)."
    tech = f"Multiparametric {MOD('MRI')} of the prostate: T2, {SEQ('DWI')} (b 1400), dynamic {SEQ('T1 post-contrast')}."
    find = (f"Prostate volume 46 mL. {M('1.2 cm')} lesion in the left {A('peripheral zone')} at the mid gland with "
            f"markedly restricted diffusion. {A('Seminal vesicles')} and {A('neurovascular bundles')} clear.")
    imp = f"{SC(pi)} lesion, left peripheral zone mid gland."
    return hist, tech, find, imp


def us_pelvis(rng, ctx):
    o = rng.choice(["O-RADS 3", "O-RADS 2", "O-RADS 4"])
    hist = "Pelvic pressure."
    tech = f"Transabdominal and transvaginal {MOD('US')} of the pelvis."
    find = (f"{A('Uterus')} {_cm2(rng, 8.1, 4.6, 1)}. Endometrium {M('4 mm')}. {A('Right ovary')}: unilocular cyst "
            f"{_cm2(rng, 4.4, 3.8, 1)} with a smooth wall. {A('Left ovary')} normal.")
    imp = f"Right adnexal cyst, {SC(o)}."
    return hist, tech, find, imp


def mr_shoulder(rng, ctx):
    hist = "Recurrent anterior dislocation."
    tech = f"{MOD('MRI')} arthrogram of the right shoulder."
    find = (f"{EP('Hill-Sachs lesion')} of the posterolateral {A('humeral head')}, {M('14 mm')}. Anteroinferior "
            f"{A('labrum')} tear, {EP('Bankart lesion')}. {A('Rotator cuff')} intact.")
    imp = f"{EP('Hill-Sachs lesion')} and {EP('Bankart lesion')}."
    return hist, tech, find, imp


def ct_head(rng, ctx):
    hist = "Fall, on anticoagulation." if rng.random() < 0.6 else "Confusion."
    tech = f"Noncontrast {MOD('CT')} of the head."
    find = (f"No acute intracranial hemorrhage. Chronic small vessel ischemic change. Old lacune in the "
            f"{A('left basal ganglia')}. {A('Mastoid air cells')} clear. No fracture.")
    imp = "No acute intracranial abnormality."
    return hist, tech, find, imp


def mr_cspine(rng, ctx):
    hist = "Neck pain, hand numbness."
    tech = f"{MOD('MRI')} of the cervical spine: sagittal T1, T2, {SEQ('STIR')}, axial T2."
    find = (f"{VL('C5-C6')}: disc osteophyte complex with moderate canal stenosis and bilateral foraminal narrowing. "
            f"{VL('C6-C7')}: mild bulge. No cord signal abnormality. {VL('C4')} hemangioma.")
    imp = f"{VL('C5-C6')} moderate spinal canal stenosis."
    return hist, tech, find, imp


# (modality code for accession, modality field, exam title, function)
EXAMS = {
    "ct_chest": ("CT", "CT", "CT CHEST WITH IV CONTRAST", ct_chest),
    "ct_abd": ("CT", "CT", "CT ABDOMEN AND PELVIS WITH CONTRAST", ct_abd),
    "mr_brain": ("MR", "MR", "MRI BRAIN WITH AND WITHOUT CONTRAST", mr_brain),
    "mr_lspine": ("MR", "MR", "MRI LUMBAR SPINE WITHOUT CONTRAST", mr_lspine),
    "mammo": ("MG", "MG", "BILATERAL DIAGNOSTIC MAMMOGRAM WITH TOMOSYNTHESIS", mammo),
    "us_thyroid": ("US", "US", "US THYROID", us_thyroid),
    "xr_chest": ("XR", "XR", "XR CHEST 2 VIEWS", xr_chest),
    "pet_ct": ("PT", "CT", "PET/CT SKULL BASE TO MID-THIGH", pet_ct),
    "mr_knee": ("MR", "MR", "MRI LEFT KNEE WITHOUT CONTRAST", mr_knee),
    "xr_wrist": ("XR", "XR", "XR RIGHT WRIST 3 VIEWS", xr_wrist),
    "mr_prostate": ("MR", "MR", "MRI PROSTATE MULTIPARAMETRIC", mr_prostate),
    "us_pelvis": ("US", "US", "US PELVIS TRANSABDOMINAL AND TRANSVAGINAL", us_pelvis),
    "mr_shoulder": ("MR", "MR", "MR ARTHROGRAM RIGHT SHOULDER", mr_shoulder),
    "ct_head": ("CT", "CT", "CT HEAD WITHOUT CONTRAST", ct_head),
    "mr_cspine": ("MR", "MR", "MRI CERVICAL SPINE WITHOUT CONTRAST", mr_cspine),
}
THEME_EXAMS = {
    "lung": ["ct_chest", "ct_chest", "ct_chest", "pet_ct", "mr_brain", "xr_chest", "ct_head"],
    "breast": ["mammo", "mammo", "ct_chest", "ct_abd", "us_thyroid", "mr_lspine", "xr_chest"],
    "colon": ["ct_abd", "ct_abd", "ct_chest", "pet_ct", "xr_chest", "us_pelvis", "mr_knee"],
    "lymphoma": ["pet_ct", "pet_ct", "ct_chest", "ct_abd", "xr_chest", "mr_brain"],
    "prostate": ["mr_prostate", "ct_abd", "xr_chest", "ct_chest", "mr_lspine", "xr_wrist"],
    "screening": ["mammo", "mammo", "mammo", "mammo", "us_pelvis", "us_thyroid", "xr_chest"],
    "msk": ["mr_knee", "xr_wrist", "mr_shoulder", "mr_lspine", "mr_cspine", "xr_chest", "ct_head"],
}
