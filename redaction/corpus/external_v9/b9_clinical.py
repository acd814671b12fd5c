"""Clinical content with keep-spans: exams, findings and impressions a redactor must leave alone.

Eponyms that look like surnames, anatomy, vertebral levels, measurements, scores, MR sequences,
modalities and section headers are marked as keep-spans.  Every exam returns an :class:`Exam` whose
strings are already marked text.
"""

from __future__ import annotations

from b9_markup import K


def cm(rng, dims: int = 2, lo: float = 0.4, hi: float = 4.5) -> str:
    vals = sorted((round(rng.uniform(lo, hi), 1) for _ in range(dims)), reverse=True)
    return K("measurement", " x ".join(f"{v}" for v in vals) + " cm")


def mm(rng, lo: int = 2, hi: int = 14) -> str:
    return K("measurement", f"{rng.randint(lo, hi)} mm")


def side(rng) -> str:
    return rng.choice(("right", "left"))


class Exam:
    def __init__(self, modality: str, code: str, name: str, indication: str, technique: str,
                 findings: list[str], impression: list[str]):
        self.modality, self.code, self.name = modality, code, name
        self.indication, self.technique, self.findings, self.impression = indication, technique, findings, impression


def _ct_chest(rng, sex=None, age=None):
    lobe = rng.choice(("right upper lobe", "right middle lobe", "right lower lobe", "left upper lobe",
                       "lingula", "left lower lobe"))
    n = mm(rng, 4, 16)
    screening = (age is None or 50 <= age <= 80) and rng.random() < 0.6
    f = [f"There is a solid nodule in the {K('anatomy', lobe)} measuring {n}, series 3 image {rng.randint(20, 180)}.",
         rng.choice((f"Mild centrilobular emphysema, upper lobe predominant.",
                     f"Interlobular septal thickening with {K('eponym', 'Kerley B lines')} at the bases.",
                     f"Scattered calcified granulomas. No pleural effusion.")),
         f"Coronary artery calcifications. The {K('anatomy', 'main pulmonary artery')} measures {K('measurement', f'{rng.randint(24, 34)} mm')}.",
         f"Old healed fracture of the {K('anatomy', 'right sixth rib')}; mild degenerative change at {K('vertebral_level', rng.choice(('T6-T7', 'T8-T9', 'T10-T11')))}."]
    if screening:
        lr = rng.choice(("2", "3", "4A", "4B"))
        imp = [f"{K('score', f'Lung-RADS {lr}')}. Nodule in the {K('anatomy', lobe)}, {n}.",
               rng.choice(("Recommend LDCT in 12 months.", "Recommend PET/CT or tissue sampling.", "Recommend LDCT in 6 months."))]
        return Exam("CT", "CT", f"LOW-DOSE {K('modality', 'CT')} LUNG CANCER SCREENING",
                    f"Lung cancer screening, {rng.randint(20, 60)} pack-years.",
                    f"Low-dose axial {K('modality', 'CT')} images of the chest; 1.25 mm reconstructions.", f, imp)
    imp = [f"Nodule in the {K('anatomy', lobe)}, {n}.", f"Follow-up per {K('score', 'Fleischner')} guidelines."]
    return Exam("CT", "CT", f"{K('modality', 'CT')} CHEST WITHOUT CONTRAST",
                rng.choice(("Follow-up pulmonary nodule.", "Cough, weight loss.", "Chest pain.")),
                f"Axial {K('modality', 'CT')} images of the chest without IV contrast; 1.25 mm reconstructions.", f, imp)


def _mr_brain(rng, sex=None, age=None):
    hx = rng.choice((f"known {K('eponym', 'Parkinson disease')}", f"recent {K('eponym', 'Bell palsy')}",
                     "headache and dizziness", "transient aphasia", f"{K('eponym', 'Cushing syndrome')}, evaluate pituitary"))
    f = [f"{K('sequence', 'DWI')}: no restricted diffusion. {K('sequence', 'SWI')}: no microhemorrhage.",
         f"Scattered {K('sequence', 'T2 FLAIR')} hyperintensities in the {K('anatomy', 'periventricular white matter')}, nonspecific.",
         rng.choice((f"Cerebellar tonsils extend {mm(rng, 6, 11)} below the foramen magnum, consistent with {K('eponym', 'Chiari I malformation')}.",
                     f"The {K('anatomy', 'pituitary gland')} is normal in size on {K('sequence', 'T1 post-contrast')} images.",
                     f"No abnormal enhancement on {K('sequence', 'T1 post-contrast')} images.")),
         f"The {K('anatomy', 'basal ganglia')} and {K('anatomy', 'brainstem')} are unremarkable."]
    imp = ["No acute intracranial abnormality.", rng.choice(("Mild chronic small vessel ischemic change.",
                                                             f"Findings compatible with {K('eponym', 'Chiari I malformation')}." if "Chiari" in f[2] else "No mass."))]
    return Exam("MR", "MR", f"{K('modality', 'MRI')} BRAIN WITH AND WITHOUT CONTRAST", hx[0].upper() + hx[1:] + ".",
                f"Sagittal T1, axial {K('sequence', 'T2 FLAIR')}, {K('sequence', 'DWI')}/{K('sequence', 'ADC')}, {K('sequence', 'SWI')}, and {K('sequence', 'T1 post-contrast')} sequences.",
                f, imp)


def _mr_spine(rng, sex=None, age=None):
    if rng.random() < 0.5:
        a, b = rng.choice((("L4-L5", "L5-S1"), ("L3-L4", "L4-L5"), ("L2-L3", "L3-L4")))
        region, name = "lumbar", "LUMBAR SPINE"
        extra = f"{K('eponym', 'Schmorl node')} at the inferior endplate of {K('vertebral_level', rng.choice(('L1', 'L2', 'T12')))}."
    else:
        a, b = rng.choice((("C5-C6", "C6-C7"), ("C4-C5", "C5-C6"), ("C3-C4", "C6-C7")))
        region, name = "cervical", "CERVICAL SPINE"
        extra = f"No cord signal abnormality on {K('sequence', 'STIR')} images."
    f = [f"{K('vertebral_level', a)}: broad-based disc bulge with mild bilateral foraminal narrowing.",
         f"{K('vertebral_level', b)}: {side(rng)} paracentral disc protrusion measuring {mm(rng, 3, 9)}, contacting the traversing nerve root.",
         extra, f"Vertebral body heights are maintained. The {K('anatomy', 'conus medullaris' if region == 'lumbar' else 'cervical cord')} is normal."]
    imp = [f"Disc protrusion at {K('vertebral_level', b)}.", f"Mild degenerative change at {K('vertebral_level', a)}."]
    return Exam("MR", "MR", f"{K('modality', 'MRI')} {name} WITHOUT CONTRAST",
                rng.choice(("Low back pain radiating to the leg.", "Neck pain with arm paresthesias.", "Radiculopathy.")),
                f"Sagittal T1, T2 and {K('sequence', 'STIR')}; axial T2.", f, imp)


def _mr_knee_shoulder(rng, sex=None, age=None):
    if rng.random() < 0.55:
        f = [f"Complex tear of the posterior horn of the {K('anatomy', 'medial meniscus')}.",
             f"{K('eponym', 'Baker cyst')} measuring {cm(rng, 2, 1.0, 5.5)}.",
             rng.choice((f"Small avulsion fragment off the lateral tibial plateau ({K('eponym', 'Segond fracture')}); the {K('anatomy', 'anterior cruciate ligament')} is torn.",
                         f"The {K('anatomy', 'anterior cruciate ligament')} is intact. Bone marrow edema on {K('sequence', 'STIR')} images in the lateral femoral condyle.")),
             "Small joint effusion."]
        return Exam("MR", "MR", f"{K('modality', 'MRI')} {side(rng).upper()} KNEE WITHOUT CONTRAST", "Knee pain after twisting injury.",
                    f"Multiplanar PD fat-saturated, T1 and {K('sequence', 'STIR')} images.", f,
                    ["Meniscal tear as above.", f"{K('eponym', 'Baker cyst')}."])
    f = [f"{K('eponym', 'Hill-Sachs lesion')} of the posterolateral humeral head.",
         f"{K('eponym', 'Bankart lesion')} of the anteroinferior {K('anatomy', 'glenoid labrum')}.",
         f"The {K('anatomy', 'supraspinatus tendon')} shows tendinosis without full-thickness tear."]
    return Exam("MR", "MR", f"{K('modality', 'MRI')} {side(rng).upper()} SHOULDER ARTHROGRAM", "Recurrent anterior dislocation.",
                f"Intra-articular gadolinium; fat-saturated T1 and T2 images.", f,
                [f"{K('eponym', 'Hill-Sachs lesion')} and {K('eponym', 'Bankart lesion')}, consistent with prior anterior dislocation."])


def _us_neck_abd(rng, sex=None, age=None):
    r = rng.random()
    if r < 0.35:
        tr = rng.choice(("TR3", "TR4", "TR5", "TR2"))
        f = [f"Right lobe {cm(rng, 3, 1.2, 5.5)}. Left lobe {cm(rng, 3, 1.2, 5.5)}. Isthmus {mm(rng, 2, 5)}.",
             f"Heterogeneous, mildly hypoechoic parenchyma, can be seen with {K('eponym', rng.choice(('Hashimoto thyroiditis', 'Graves disease')))}.",
             f"Solid nodule in the {K('anatomy', 'right lobe')} measuring {cm(rng, 3, 0.6, 2.4)}, {K('score', f'TI-RADS {tr[-1]}')} ({tr})."]
        return Exam("US", "US", f"{K('modality', 'US')} THYROID", "Thyroid nodule on exam.", "Gray-scale and color Doppler images.", f,
                    [f"{K('score', f'TI-RADS {tr[-1]}')} nodule, {K('anatomy', 'right lobe')}."])
    if r < 0.7:
        f = [f"Gallbladder contains shadowing stones; wall {mm(rng, 2, 6)}. Negative sonographic {K('eponym', 'Murphy sign')}.",
             f"Common bile duct {mm(rng, 3, 11)}.",
             rng.choice((f"Small amount of fluid in {K('eponym', 'Morison pouch')}.",
                         f"Echogenic liver. Observation in segment 6 measuring {cm(rng, 2, 0.8, 2.5)}, {K('score', 'LI-RADS 3')} on prior MRI.",
                         f"Hilar biliary dilatation; history of {K('eponym', 'Klatskin tumor')} with stent."))]
        return Exam("US", "US", f"{K('modality', 'US')} ABDOMEN RIGHT UPPER QUADRANT", "RUQ pain.", "Real-time sonography.", f,
                    ["Cholelithiasis without sonographic evidence of cholecystitis."])
    f = [f"{side(rng).capitalize()} kidney {cm(rng, 1, 8.0, 12.0)}. No hydronephrosis.",
         rng.choice((f"Surveillance after nephrectomy for {K('eponym', 'Wilms tumor')}; no mass in the nephrectomy bed.",
                     f"Complex cyst with thin septation, {K('score', 'Bosniak IIF')} on prior CT, {cm(rng, 2, 1.0, 3.5)}.")),
         f"{K('anatomy', 'Urinary bladder')} is unremarkable."]
    return Exam("US", "US", f"{K('modality', 'US')} RENAL COMPLETE", "Follow-up renal finding.", "Gray-scale and Doppler images of both kidneys.", f,
                ["No hydronephrosis.", "Stable findings."])


def _ct_abd(rng, sex=None, age=None):
    f = [rng.choice((f"Wall thickening and hyperenhancement of the terminal ileum over {cm(rng, 1, 6, 15)}, compatible with active {K('eponym', 'Crohn disease')}.",
                     f"Blind-ending outpouching of distal ileum with mild inflammation, likely {K('eponym', 'Meckel diverticulum')}.",
                     f"Bilateral adrenal hyperplasia; history of {K('eponym', 'Cushing syndrome')}.",
                     f"Small atrophic adrenal glands in this patient with {K('eponym', 'Addison disease')}.")),
         f"{K('anatomy', 'Liver')}: no focal lesion. {K('anatomy', 'Pancreas')}: unremarkable.",
         f"{side(rng).capitalize()} renal cyst {cm(rng, 2, 1.0, 3.8)} with a thin septation ({K('score', 'Bosniak II')}).",
         rng.choice(("No free air.", f"Trace free fluid in the {K('anatomy', 'pelvis')}.", "No lymphadenopathy.")),
         rng.choice((f"Aortic bifurcation at {K('vertebral_level', 'L4')}; no aneurysm.",
                     f"Chronic pars defects at {K('vertebral_level', 'L5')} with grade 1 anterolisthesis at {K('vertebral_level', 'L5-S1')}.",
                     f"Mild compression deformity of {K('vertebral_level', rng.choice(('T12', 'L1', 'L2')))}, unchanged."))]
    return Exam("CT", "CT", f"{K('modality', 'CT')} ABDOMEN AND PELVIS WITH IV CONTRAST",
                rng.choice(("Abdominal pain, diarrhea.", "RLQ pain.", "Weight loss.")),
                "Portal venous phase helical images with coronal and sagittal reformats.", f, [f[0], "No acute solid organ abnormality."])


def _mammo(rng, sex=None, age=None):
    br = rng.choice(("0", "1", "2", "3", "4", "4A", "4B", "5"))
    pos = f"{rng.randint(1, 12)} o'clock, {rng.randint(1, 9)} cm from the nipple"
    f = [rng.choice(("The breasts are heterogeneously dense, which may obscure small masses.",
                     "There are scattered areas of fibroglandular density.")),
         f"In the {side(rng)} breast at {pos} there is an irregular mass measuring {cm(rng, 2, 0.5, 2.8)}."
         if br in ("4", "4A", "4B", "5", "0") else "No suspicious mass, calcification or architectural distortion.",
         f"The {K('anatomy', 'axillary lymph nodes')} are normal."]
    return Exam("MG", "MG", f"BILATERAL DIGITAL SCREENING MAMMOGRAM WITH TOMOSYNTHESIS" if rng.random() < .6 else "DIAGNOSTIC MAMMOGRAM AND BREAST ULTRASOUND",
                "Screening." if rng.random() < .5 else "Palpable lump.", "CC and MLO views with tomosynthesis; CAD reviewed.",
                f, [f"{K('score', f'BI-RADS {br}')}."])


def _pelvis(rng, sex=None, age=None):
    if sex == "M" or (sex is None and rng.random() < 0.5):
        pr = rng.choice(("3", "4", "5", "2"))
        f = [f"Prostate volume {K('measurement', f'{rng.randint(28, 95)} mL')}.",
             f"Lesion in the left peripheral zone at the mid gland, {mm(rng, 6, 18)}, markedly hypointense on {K('sequence', 'ADC')} and bright on high b-value {K('sequence', 'DWI')}.",
             "No extraprostatic extension. Seminal vesicles are clear."]
        return Exam("MR", "MR", f"{K('modality', 'MRI')} PROSTATE MULTIPARAMETRIC", "Elevated PSA.", f"Axial T2, {K('sequence', 'DWI')}, {K('sequence', 'ADC')} and DCE.", f,
                    [f"{K('score', f'PI-RADS {pr}')} lesion, left peripheral zone."])
    orads = rng.choice(("2", "3", "4"))
    f = [f"Uterus {cm(rng, 3, 4.0, 9.5)}. Endometrium {mm(rng, 3, 14)}.",
         f"{side(rng).capitalize()} ovarian cyst {cm(rng, 3, 1.5, 6.0)} with a thin septation, {K('score', f'O-RADS {orads}')}."]
    return Exam("US", "US", f"{K('modality', 'US')} PELVIS TRANSABDOMINAL AND TRANSVAGINAL", "Pelvic pain.", "Transabdominal and transvaginal imaging.", f,
                [f"{K('score', f'O-RADS {orads}')} adnexal lesion."])


def _xr_msk(rng, sex=None, age=None):
    choice = rng.choice((("WRIST", "Colles fracture", "Dorsally angulated distal radius fracture"),
                         ("WRIST", "Smith fracture", "Volarly angulated distal radius fracture"),
                         ("FOREARM", "Monteggia fracture", "Proximal ulnar shaft fracture with radial head dislocation"),
                         ("FOOT", "Jones fracture", "Transverse fracture at the base of the fifth metatarsal"),
                         ("KNEE", "Osgood-Schlatter disease", "Fragmentation of the tibial tubercle with soft tissue swelling"),
                         ("PELVIS", "Paget disease", "Coarsened trabeculae and cortical thickening of the right hemipelvis"),
                         ("FACE", "Le Fort fracture", "Fractures through the pterygoid plates and maxillary sinus walls")))
    part, ep, desc = choice
    f = [f"{desc}, consistent with {K('eponym', ep)}.", f"Soft tissue swelling. Displacement {mm(rng, 1, 6)}.",
         "No additional fracture."]
    return Exam("XR", "XR", f"{K('modality', 'XR')} {side(rng).upper() + ' ' if part not in ('PELVIS', 'FACE') else ''}{part}, 3 VIEWS",
                "Fall, pain.", "Three views.", f, [f"{K('eponym', ep)}."])


def _pet(rng, sex=None, age=None):
    dv = rng.choice(("2", "3", "4", "5"))
    suv = round(rng.uniform(2.1, 18.5), 1)
    f = [f"{K('anatomy', 'Mediastinal')} adenopathy, SUVmax {K('measurement', str(suv))} (previously {round(suv * rng.uniform(1.2, 3), 1)}).",
         f"Liver background SUVmean {K('measurement', str(round(rng.uniform(1.6, 2.6), 1)))}. Mediastinal blood pool {round(rng.uniform(1.2, 2.0), 1)}.",
         f"No new FDG-avid lesion. {K('anatomy', 'Spleen')} normal in size.",
         f"Focal marrow uptake at {K('vertebral_level', rng.choice(('T9', 'L3', 'T11', 'S1')))}, SUVmax {K('measurement', str(round(rng.uniform(2, 7), 1)))}."]
    return Exam("CT", "PET", f"{K('modality', 'PET/CT')} SKULL BASE TO MID-THIGH", f"{K('eponym', 'Hodgkin lymphoma')}, interim restaging.",
                f"Low-dose {K('modality', 'CT')} for attenuation correction and localization.", f, [f"{K('score', f'Deauville {dv}')}."])


def _ct_head(rng, sex=None, age=None):
    asp = rng.choice(("10", "9", "8", "7"))
    f = [f"No intracranial hemorrhage. {K('score', f'ASPECTS {asp}')}.", f"Hypodensity in the {side(rng)} {K('anatomy', 'insular cortex')}." if asp != "10" else "Gray-white differentiation is preserved.",
         "The ventricles are normal in size. Chronic sinus mucosal thickening."]
    return Exam("CT", "CT", f"{K('modality', 'CT')} HEAD WITHOUT CONTRAST", "Code stroke, left-sided weakness.", "Axial images with 5 mm and thin reformats.", f,
                [f"No hemorrhage. {K('score', f'ASPECTS {asp}')}."])


def _xr_chest(rng, sex=None, age=None):
    f = [rng.choice((f"Cardiomegaly with pulmonary vascular congestion and {K('eponym', 'Kerley B lines')}.",
                     "Heart size is normal. Lungs are clear.", f"Patchy opacity in the {K('anatomy', 'left lower lobe')}.")),
         "No pneumothorax. Small bilateral pleural effusions." if rng.random() < 0.4 else "No pleural effusion or pneumothorax."]
    return Exam("XR", "XR", f"{K('modality', 'XR')} CHEST 2 VIEWS" if rng.random() < .5 else "CHEST PA AND LATERAL", "Shortness of breath.", "PA and lateral views.", f,
                [f[0]])


EXAMS = {"ct_chest": _ct_chest, "mr_brain": _mr_brain, "mr_spine": _mr_spine, "mr_msk": _mr_knee_shoulder,
         "us": _us_neck_abd, "ct_abd": _ct_abd, "mammo": _mammo, "pelvis": _pelvis, "xr_msk": _xr_msk,
         "pet": _pet, "ct_head": _ct_head, "xr_chest": _xr_chest}
EXAM_KEYS = tuple(EXAMS)


def suitable(kind: str, sex: str | None, age: int | None) -> bool:
    """Whether an exam fits the patient (no mammogram for men or children)."""
    if kind == "mammo":
        return sex != "M" and (age is None or age >= 30)
    return True


def exam(rng, kind: str | None = None, pt=None) -> Exam:
    """An exam of `kind` (random if None) suited to patient `pt` (sex and age), if given."""
    sex, age = getattr(pt, "sex", None), getattr(pt, "age", None)
    if kind is None or not suitable(kind, sex, age):
        kind = rng.choice([k for k in EXAM_KEYS if suitable(k, sex, age)])
    return EXAMS[kind](rng, sex, age)


def header(rng, word: str, style: str = "caps") -> str:
    """A section header keep-span, written the way the system at hand writes it."""
    text = {"caps": word.upper(), "title": word.title(), "plain": word}[style]
    return K("section_header", text)
