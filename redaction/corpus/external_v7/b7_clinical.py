"""Clinical content: exams, findings and impressions with keep-spans (eponyms, anatomy, levels, scores, ...).

Templates use a small notation: `[label|text]` is a keep-span, `{mm}` `{cm}` `{cm2}` `{cm3}` are random
measurements (keep-spans), `{yr}` a bare year (keep-span). Series/image numbers, kV and CPT-like numbers stay
unmarked on purpose: real reports are full of numbers that are not identifiers.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from b7_markup import keep

_TOKEN = re.compile(r"\[(\w+)\|([^\]]+)\]|\{(mm|cm|cm2|cm3|yr|ser)\}")


def expand(template: str, rng: random.Random) -> str:
    """Template -> marked text (see module docstring)."""

    def sub(m: re.Match) -> str:
        if m.group(1):
            return keep(m.group(1), m.group(2))
        kind = m.group(3)
        if kind == "mm":
            return keep("measurement", f"{rng.randint(3, 19)} mm")
        if kind == "cm":
            return keep("measurement", f"{rng.randint(1, 6)}.{rng.randint(0, 9)} cm")
        if kind == "cm2":
            return keep(
                "measurement", f"{rng.randint(1, 5)}.{rng.randint(0, 9)} x {rng.randint(1, 4)}.{rng.randint(0, 9)} cm"
            )
        if kind == "cm3":
            return keep(
                "measurement",
                f"{rng.randint(2, 9)}.{rng.randint(0, 9)} x {rng.randint(1, 6)}.{rng.randint(0, 9)} x "
                f"{rng.randint(1, 6)}.{rng.randint(0, 9)} cm",
            )
        if kind == "yr":
            return keep("year", str(rng.randint(2008, 2024)))
        return f"series {rng.randint(2, 9)}, image {rng.randint(11, 240)}"

    return _TOKEN.sub(sub, template)


@dataclass(frozen=True)
class Exam:
    key: str
    modality: str
    title: str  # template
    indication: tuple[str, ...]
    findings: tuple[str, ...]
    impressions: tuple[str, ...]
    technique: str

    def render_title(self, rng: random.Random) -> str:
        return expand(self.title, rng)

    def render_findings(self, rng: random.Random, n: int = 3) -> list[str]:
        return [expand(t, rng) for t in rng.sample(self.findings, min(n, len(self.findings)))]

    def render_impression(self, rng: random.Random) -> str:
        return expand(rng.choice(self.impressions), rng)

    def render_indication(self, rng: random.Random) -> str:
        return expand(rng.choice(self.indication), rng)

    def render_technique(self, rng: random.Random) -> str:
        return expand(self.technique, rng)


EXAMS = (
    Exam(
        "ct_chest",
        "CT",
        "[modality|CT] CHEST WITHOUT CONTRAST",
        ("follow-up pulmonary nodule", "chronic cough, former smoker quit in {yr}", "r/o [eponym|Pancoast tumor]"),
        (
            "{mm} solid nodule in the [anatomy|right upper lobe] ({ser}), previously {mm}.",
            "Septal thickening with [eponym|Kerley B lines] at the bases.",
            "Subpleural reticulation in the [anatomy|left lower lobe] without honeycombing.",
            "No mediastinal lymph node enlarged beyond {cm} short axis.",
            "Calcified granuloma in the [anatomy|lingula], unchanged since {yr}.",
        ),
        (
            "[score|Lung-RADS 4A]. Recommend 3-month follow-up [modality|CT].",
            "Stable nodule; per [score|Fleischner] guidance no further follow-up needed.",
            "Interstitial edema with [eponym|Kerley B lines].",
        ),
        "Helical acquisition, 1.25 mm reconstructions, DLP 312 mGy*cm.",
    ),
    Exam(
        "mr_knee",
        "MR",
        "[modality|MRI] RIGHT KNEE WITHOUT CONTRAST",
        ("posterior knee swelling", "twisting injury, lateral joint line pain"),
        (
            "[eponym|Baker cyst] measuring {cm2} extending into the medial gastrocnemius.",
            "Small avulsion fragment at the lateral tibial plateau compatible with a [eponym|Segond fracture].",
            "Edema in [eponym|Hoffa fat pad] on [sequence|STIR].",
            "Complex tear of the [anatomy|posterior horn of the medial meniscus] ({ser}).",
            "The [anatomy|anterior cruciate ligament] is discontinuous on [sequence|PD fat-sat] images.",
        ),
        ("Ruptured [eponym|Baker cyst].", "[eponym|Segond fracture] with ACL tear.", "Medial meniscal tear."),
        "Multiplanar [sequence|PD fat-sat], [sequence|T1] and [sequence|STIR] sequences.",
    ),
    Exam(
        "mr_brain",
        "MR",
        "[modality|MRI] BRAIN WITH AND WITHOUT CONTRAST",
        ("headaches, r/o mass", "new left-sided weakness", "follow-up [eponym|Chiari I malformation]"),
        (
            "[eponym|Chiari I malformation] with tonsillar descent of {mm}.",
            "Scattered [sequence|T2 FLAIR] hyperintensities, [score|Fazekas grade 2].",
            "Restricted diffusion on [sequence|DWI] in the [anatomy|left corona radiata].",
            "Blooming foci on [sequence|SWI] in the [anatomy|right temporal lobe].",
            "The [eponym|circle of Willis] flow voids are preserved.",
        ),
        (
            "Acute lacunar infarct in the [anatomy|left corona radiata].",
            "Stable [eponym|Chiari I malformation].",
            "Chronic small vessel ischemic change, [score|Fazekas grade 2].",
        ),
        "Axial [sequence|T2 FLAIR], [sequence|DWI], [sequence|SWI], [sequence|T1 post-contrast] MPRAGE.",
    ),
    Exam(
        "mr_lspine",
        "MR",
        "[modality|MRI] LUMBAR SPINE WO",
        ("low back pain radiating to left leg", "radiculopathy, failed conservative care"),
        (
            "At [vertebral_level|L4-L5], broad-based disc bulge with moderate canal stenosis.",
            "At [vertebral_level|L5-S1], left paracentral extrusion contacting the traversing S1 nerve root.",
            "[eponym|Schmorl node] at the superior endplate of [vertebral_level|L2].",
            "[eponym|Tarlov cyst] at [vertebral_level|S2] measuring {mm}.",
            "The conus terminates at [vertebral_level|L1] ({ser}).",
        ),
        (
            "[vertebral_level|L5-S1] extrusion contacting the left S1 root.",
            "Multilevel spondylosis, worst at [vertebral_level|L4-L5].",
        ),
        "Sagittal [sequence|T1], [sequence|T2] and [sequence|STIR]; axial [sequence|T2].",
    ),
    Exam(
        "us_thyroid",
        "US",
        "[modality|US] THYROID",
        ("palpable neck nodule", "abnormal TSH"),
        (
            "Right lobe nodule {cm2}, solid, hypoechoic, [score|TI-RADS 4].",
            "Heterogeneous echotexture suggestive of [eponym|Hashimoto thyroiditis].",
            "The [anatomy|isthmus] measures {mm}.",
        ),
        ("[score|TI-RADS 4] nodule, FNA recommended.", "Findings of [eponym|Hashimoto thyroiditis]."),
        "Grayscale and color Doppler, linear 14 MHz probe.",
    ),
    Exam(
        "us_ruq",
        "US",
        "[modality|US] ABDOMEN LIMITED RUQ",
        ("RUQ pain, nausea", "elevated LFTs"),
        (
            "Sonographic [eponym|Murphy sign] positive.",
            "Small free fluid in [eponym|Morison pouch].",
            "The [anatomy|common bile duct] measures {mm}.",
            "Gallbladder wall thickened to {mm} with a [eponym|Phrygian cap].",
        ),
        ("Acute calculous cholecystitis.", "Cholelithiasis without cholecystitis."),
        "Real-time grayscale imaging of the right upper quadrant.",
    ),
    Exam(
        "mg_screen",
        "MG",
        "[modality|MG] SCREENING BILATERAL WITH TOMOSYNTHESIS",
        ("screening", "family history of breast cancer"),
        (
            "{mm} irregular mass in the [anatomy|left breast upper outer quadrant], 8 cm from the nipple.",
            "Architectural distortion with tethering of [eponym|Cooper ligaments].",
            "Scattered fibroglandular densities. Stable benign calcifications since {yr}.",
        ),
        (
            "[score|BI-RADS 0]: additional imaging needed.",
            "[score|BI-RADS 4]: suspicious, biopsy recommended.",
            "[score|BI-RADS 2]: benign.",
        ),
        "2D and tomosynthesis CC and MLO views.",
    ),
    Exam(
        "ct_ap",
        "CT",
        "[modality|CT] ABDOMEN AND PELVIS WITH IV CONTRAST",
        ("abdominal pain", "weight loss", "known [eponym|Crohn disease], flare"),
        (
            "Wall thickening of the [anatomy|terminal ileum] consistent with active [eponym|Crohn disease].",
            "Blind-ending pouch in the right lower quadrant suggesting a [eponym|Meckel diverticulum].",
            "Left renal cyst with thin septations, [score|Bosniak IIF], {cm}.",
            "Hilar biliary stricture concerning for [eponym|Klatskin tumor].",
            "Arterially enhancing {cm} observation in segment 7, [score|LI-RADS 4].",
            "Small [eponym|Spigelian hernia] containing fat.",
        ),
        (
            "Active [eponym|Crohn disease] of the [anatomy|terminal ileum].",
            "[score|Bosniak IIF] cyst; follow-up in 6 months.",
            "[score|LI-RADS 4] observation.",
        ),
        "Axial 2.5 mm after 100 mL Omnipaque 350, portal venous phase.",
    ),
    Exam(
        "xr_wrist",
        "XR",
        "[modality|XR] WRIST 3 VIEWS LEFT",
        ("FOOSH injury", "fall on ice"),
        (
            "Dorsally angulated distal radius fracture, a [eponym|Colles fracture].",
            "Volar displacement of the distal fragment consistent with a [eponym|Smith fracture].",
            "Fracture through the base of the thumb metacarpal, [eponym|Bennett fracture].",
            "Widened scapholunate interval of {mm}.",
        ),
        ("[eponym|Colles fracture].", "[eponym|Bennett fracture] of the first metacarpal."),
        "PA, oblique and lateral views.",
    ),
    Exam(
        "xr_foot",
        "XR",
        "[modality|XR] FOOT 3V RIGHT",
        ("inversion injury", "lateral foot pain"),
        (
            "Transverse fracture of the proximal fifth metatarsal diaphysis, [eponym|Jones fracture].",
            "Widening between the first and second metatarsal bases, concerning for [eponym|Lisfranc injury].",
            "[eponym|Salter-Harris II fracture] of the distal tibia.",
        ),
        ("[eponym|Jones fracture].", "Suspected [eponym|Lisfranc injury]; weight-bearing views or [modality|CT]."),
        "AP, oblique, lateral.",
    ),
    Exam(
        "mr_prostate",
        "MR",
        "[modality|MRI] PROSTATE MULTIPARAMETRIC",
        ("rising PSA", "active surveillance, Gleason 3+4"),
        (
            "{mm} lesion in the left peripheral zone with marked restriction on [sequence|DWI] and [sequence|ADC] map.",
            "Early enhancement on [sequence|DCE].",
            "Prostate volume {cm3}.",
        ),
        ("[score|PI-RADS 4] left peripheral zone lesion.", "[score|PI-RADS 2]; no clinically significant lesion."),
        "[sequence|T2], [sequence|DWI] (b 1400), [sequence|DCE].",
    ),
    Exam(
        "pet_ct",
        "PT",
        "[modality|PET/CT] SKULL BASE TO MID THIGH",
        ("[eponym|Hodgkin lymphoma], end of treatment", "restaging"),
        (
            "Residual mediastinal mass {cm2}, uptake above liver, [score|Deauville 4].",
            "No new FDG-avid nodes.",
            "Physiologic uptake in [eponym|Waldeyer ring].",
        ),
        (
            "[score|Deauville 4]: partial metabolic response of [eponym|Hodgkin lymphoma].",
            "[score|Deauville 2]: complete metabolic response.",
        ),
        "F-18 FDG 11.2 mCi, uptake time 62 min, glucose 94 mg/dL.",
    ),
    Exam(
        "us_pelvis",
        "US",
        "[modality|US] PELVIS TRANSVAGINAL",
        ("pelvic pain", "adnexal mass on exam"),
        (
            "Left ovarian cyst {cm2} with a thin septation, [score|O-RADS 3].",
            "Small fluid in the [eponym|pouch of Douglas].",
            "Endometrium {mm}.",
        ),
        ("[score|O-RADS 3] left adnexal lesion.", "Physiologic follicles; [score|O-RADS 1]."),
        "Transabdominal and transvaginal imaging.",
    ),
    Exam(
        "cta_chest",
        "CT",
        "[modality|CTA] CHEST PE PROTOCOL",
        ("sudden chest pain", "dyspnea, tachycardia"),
        (
            "Intimal flap from the aortic root to the arch, [eponym|Stanford type A] dissection.",
            "Peripheral wedge-shaped opacity, a [eponym|Hampton hump].",
            "Filling defects in the [anatomy|right lower lobe] segmental arteries.",
        ),
        ("[eponym|Stanford type A] aortic dissection. Critical result.", "Acute pulmonary emboli."),
        "Bolus-tracked, 1 mm, 80 mL contrast.",
    ),
    Exam(
        "mr_shoulder",
        "MR",
        "[modality|MRI] LEFT SHOULDER",
        ("recurrent dislocation", "instability"),
        (
            "Impaction at the posterolateral humeral head, [eponym|Hill-Sachs lesion].",
            "Detached anteroinferior labrum, [eponym|Bankart lesion].",
            "Supraspinatus tendinosis on [sequence|T2 fat-sat].",
        ),
        ("[eponym|Hill-Sachs lesion] and [eponym|Bankart lesion].",),
        "[sequence|T1], [sequence|PD fat-sat], [sequence|T2 fat-sat].",
    ),
    Exam(
        "dexa",
        "DX",
        "DEXA BONE DENSITY",
        ("osteoporosis screening", "long-term steroids for [eponym|Addison disease]"),
        ("[vertebral_level|L1-L4] T-score -2.7.", "Left femoral neck T-score -1.9."),
        ("Osteoporosis by WHO criteria.", "Osteopenia."),
        "Hologic, [vertebral_level|L1-L4] and left hip.",
    ),
    Exam(
        "ct_head",
        "CT",
        "[modality|CT] HEAD WITHOUT CONTRAST",
        ("fall on anticoagulation", "altered mental status, [eponym|Parkinson disease]"),
        (
            "Thin subdural collection along the left convexity measuring {mm}.",
            "Effacement of the [eponym|Sylvian fissure].",
            "No midline shift. Basal cisterns patent.",
        ),
        ("Acute left subdural hematoma, {mm}.", "No acute intracranial abnormality."),
        "Axial 5 mm, bone and soft tissue kernels.",
    ),
)


# exams that only fit one sex or adults
_ONLY_SEX = {"mr_prostate": "M", "us_pelvis": "F", "mg_screen": "F"}
_ADULT_ONLY = {"mr_prostate", "mg_screen", "dexa", "us_thyroid", "ct_chest"}


def pick_exam(rng: random.Random, sex: str = "", age: int = 50) -> Exam:
    """An exam that fits the patient's sex and age (no prostate MRI for a girl, no screening mammogram at 6)."""
    fits = [e for e in EXAMS if _ONLY_SEX.get(e.key, sex) == sex or not sex]
    return rng.choice([e for e in fits if age >= 18 or e.key not in _ADULT_ONLY])


def modality_word(exam: Exam) -> str:
    """The everyday word for the exam's modality (PET for PT, DEXA for DX)."""
    return {"PT": "PET", "DX": "DEXA", "MR": "MRI"}.get(exam.modality, exam.modality)
