"""Clinical prose for blind10 with keep-spans (eponyms, anatomy, levels, measurements, scores, sequences)."""

from __future__ import annotations

from b10_dates import suffix
from b10_markup import AN, EP, LV, MOD, MS, SC, SH, SQ

# patient surnames that are also eponyms -> the clinical term a detector must not redact
SURNAME_EPONYMS = {
    "Baker": "Baker cyst", "Bell": "Bell palsy", "Graves": "Graves disease", "Paget": "Paget disease",
    "Parkinson": "Parkinson disease", "Addison": "Addison disease", "Hodgkin": "Hodgkin lymphoma",
    "Cushing": "Cushing syndrome", "Wilson": "Wilson disease", "Jones": "Jones fracture",
    "Smith": "Smith fracture", "Hill": "Hill-Sachs lesion", "Hunter": "Hunter canal",
}

HISTORY_EPONYMS = ["Crohn disease", "Hashimoto thyroiditis", "Graves disease", "Parkinson disease",
                   "Addison disease", "Cushing syndrome", "Hodgkin lymphoma", "Alzheimer disease",
                   "Raynaud phenomenon", "Sjögren syndrome", "Behçet disease", "Guillain-Barré syndrome",
                   "Kawasaki disease", "Barrett esophagus", "Marfan syndrome", "Ehlers-Danlos syndrome",
                   "Paget disease", "Lewy body dementia", "Bell palsy", "Hirschsprung disease"]


def surname_eponym(family: str) -> str | None:
    for part in family.replace(" ", "-").split("-"):
        if part in SURNAME_EPONYMS:
            return SURNAME_EPONYMS[part]
    return None


def cm(rng, lo=0.4, hi=4.5, dims=None) -> str:
    dims = dims or rng.choice([1, 2, 2, 3])
    vals = [f"{rng.uniform(lo, hi):.1f}" for _ in range(dims)]
    return MS(" x ".join(vals) + " cm")


def mm(rng, lo=3, hi=22) -> str:
    return MS(f"{rng.randint(lo, hi)} mm")


def sec(rng, name: str) -> str:
    """A section header in one of several layouts (marked)."""
    up = name.upper()
    return rng.choice([f"{SH(up)}:", f"{SH(up)}:", f"{SH(name.title())}:", f"{SH(up)}", f"--- {SH(name.title())} ---",
                       f"{SH(up)} —"])


# ---------------------------------------------------------------------------------------------------

def findings_ob(rng, ga_weeks: int) -> list[str]:
    bpd = 2.0 + ga_weeks * 0.24 + rng.uniform(-0.3, 0.3)
    pct = rng.randint(8, 88)
    out = [
        f"Single live intrauterine pregnancy in cephalic presentation. Fetal heart rate {MS(f'{rng.randint(128, 162)} bpm')}.",
        f"BPD {MS(f'{bpd:.1f} cm')}, HC {MS(f'{bpd * 3.5:.1f} cm')}, AC {MS(f'{bpd * 3.3:.1f} cm')}, "
        f"FL {MS(f'{bpd * 0.78:.1f} cm')}. EFW {MS(f'{int(ga_weeks ** 3 * rng.uniform(0.058, 0.072))} g')} ({pct}{suffix(pct)} percentile).",
        f"Placenta {rng.choice(['posterior', 'anterior', 'fundal', 'posterior, low-lying'])}, no previa. "
        f"AFI {MS(f'{rng.uniform(8, 19):.1f} cm')}. Three-vessel cord; {EP('Wharton jelly')} unremarkable.",
        f"Cervical length {MS(f'{rng.uniform(2.6, 4.4):.1f} cm')} transvaginally, closed internal os.",
    ]
    if rng.random() < 0.6:
        out.append(f"Umbilical artery {EP('Doppler')} S/D ratio {rng.uniform(2.1, 3.4):.1f}, normal for gestational age.")
    if rng.random() < 0.5:
        out.append(f"Posterior fossa normal; no {EP('Dandy-Walker malformation')}. Cisterna magna {mm(rng, 3, 9)}. "
                   f"Lemon and banana signs absent (no {EP('Chiari II malformation')}).")
    return out


def findings_peds(rng, which: int) -> list[str]:
    return ([
        [f"Pyloric muscle thickness {MS(f'{rng.uniform(2.2, 4.6):.1f} mm')}, channel length {MS(f'{rng.randint(12, 20)} mm')}.",
         "No passage of gastric contents through the pylorus during 10 minutes of observation." if rng.random() < 0.5
         else "Fluid passes freely through the pyloric channel."],
        [f"Right hip: alpha angle {rng.randint(48, 66)} degrees, femoral head coverage {rng.randint(38, 60)}%, "
         f"{SC(rng.choice(['Graf type I', 'Graf type IIa', 'Graf type IIb']))}.",
         f"Left hip: alpha angle {rng.randint(50, 64)} degrees. {EP('Ortolani')} and {EP('Barlow')} maneuvers under "
         "ultrasound show no dislocation."],
        [f"Right kidney {MS(f'{rng.uniform(5.2, 8.8):.1f} cm')}, left kidney {MS(f'{rng.uniform(5.2, 8.8):.1f} cm')}.",
         f"{SC(rng.choice(['SFU grade 2', 'SFU grade 3', 'UTD P1', 'UTD P2']))} pelvicaliectasis on the left, "
         f"AP renal pelvis diameter {mm(rng, 6, 16)}. No solid renal mass to suggest {EP('Wilms tumor')}."],
        [f"Target sign in the right upper quadrant measuring {cm(rng, 2.0, 4.0, 1)} consistent with ileocolic "
         "intussusception; no free fluid.",
         f"No lead point identified; consider {EP('Meckel diverticulum')} if recurrent."],
    ])[which]


def findings_vascular(rng) -> list[str]:
    v = lambda lo, hi: MS(f"{rng.randint(lo, hi)} cm/s")
    if rng.random() < 0.5:
        return [
            f"Right {AN('CCA')} PSV {v(60, 110)}, {AN('ICA')} PSV {v(55, 240)} / EDV {v(15, 90)}, ICA/CCA ratio "
            f"{rng.uniform(0.8, 4.2):.1f}.",
            f"Left {AN('CCA')} PSV {v(60, 110)}, {AN('ICA')} PSV {v(55, 160)}. Antegrade vertebral flow bilaterally.",
            f"Heterogeneous plaque at the right carotid bulb, estimated {rng.choice(['<50%', '50-69%', '70-99%'])} stenosis.",
        ]
    out = [
        f"Compressibility of the {AN('CFV')}, {AN('femoral vein')}, {AN('popliteal vein')} and calf veins assessed.",
        rng.choice([f"Occlusive thrombus in the {AN('popliteal vein')} extending to the {AN('posterior tibial veins')}.",
                    "All veins fully compressible with phasic flow and augmentation."]),
    ]
    if rng.random() < 0.6:
        out.append(f"Incidental {EP('Baker cyst')} in the popliteal fossa measuring {cm(rng, 1.5, 6.0, 3)}.")
    if rng.random() < 0.3:
        out.append(f"Left {AN('common iliac vein')} compression raises the question of {EP('May-Thurner syndrome')}.")
    return out


def findings_cardiac(rng) -> tuple[list[str], str]:
    agat = rng.choice([0, rng.randint(1, 99), rng.randint(100, 399), rng.randint(400, 1800)])
    cad = 0 if agat == 0 else rng.choice([1, 2, 3, 4])
    pct = rng.randint(10, 95)
    out = [
        f"Heart rate during acquisition {MS(f'{rng.randint(48, 72)} bpm')} after oral metoprolol; "
        f"DLP {MS(f'{rng.randint(90, 640)} mGy·cm')}.",
        f"{SC(f'Agatston score {agat}')} ({pct}{suffix(pct)} percentile for age, sex and race).",
        f"{AN('Left main')}: patent. {AN('LAD')}: {rng.choice(['mixed plaque, 25-49% stenosis', 'no stenosis', 'calcified plaque, 50-69% proximal stenosis'])}.",
        f"{AN('LCx')}: {rng.choice(['minimal plaque', 'no plaque'])}. {AN('RCA')}: {rng.choice(['dominant, 1-24% stenosis', 'non-dominant, patent'])}.",
    ]
    if rng.random() < 0.3:
        out.append(f"Prior {EP('Kawasaki disease')}: no coronary aneurysm; {AN('RCA')} ectasia to {mm(rng, 4, 6)}.")
    return out, SC(f"CAD-RADS {cad}")


def findings_chest(rng) -> tuple[list[str], str]:
    lr = rng.choice(["Lung-RADS 2", "Lung-RADS 3", "Lung-RADS 4A", "Lung-RADS 4B", "Lung-RADS 1"])
    lobe = rng.choice(["right upper lobe", "left lower lobe", "right middle lobe", "lingula", "left upper lobe"])
    out = [
        f"{rng.choice(['Solid', 'Part-solid', 'Ground-glass'])} nodule in the {AN(lobe)} measuring {mm(rng, 4, 24)} "
        f"(series {rng.randint(2, 6)}, image {rng.randint(20, 240)}).",
        f"No {EP('Kerley B lines')} or pleural effusion. Emphysema, {rng.choice(['mild', 'moderate', 'centrilobular'])}.",
    ]
    if rng.random() < 0.3:
        out.append(f"Apical pleural thickening without {EP('Pancoast tumor')}.")
    return out, SC(lr)


MSK_JOINTS = {
    "knee": ("non-contact pivot", ["Lachman test", "McMurray test", "Thessaly test"]),
    "shoulder": ("fall on outstretched arm", ["apprehension-relocation test", "Neer test", "Hawkins-Kennedy test"]),
    "foot": ("inversion on a planted foot", ["squeeze test", "Mulder sign"]),
    "ankle": ("push-off sprint start", ["Thompson test", "anterior drawer test"]),
}
_EPONYM_TESTS = {"Lachman test", "McMurray test", "Neer test", "Hawkins-Kennedy test", "Mulder sign", "Thompson test"}


def exam_tests(rng, joint: str) -> str:
    parts = []
    for t in MSK_JOINTS[joint][1]:
        res = rng.choice(["positive", "negative", "equivocal", "2B" if t == "Lachman test" else "positive"])
        parts.append(f"{EP(t) if t in _EPONYM_TESTS else t} {res}")
    return ", ".join(parts)


def findings_msk(rng, joint: str | None = None) -> tuple[str, list[str]]:
    opts = {
        "knee": [
            [f"{SQ('PD FS')} and {SQ('STIR')} images show a complete tear of the {AN('ACL')} with pivot-shift bone "
             "marrow edema.",
             f"Small avulsion fragment at the lateral tibial plateau consistent with {EP('Segond fracture')}.",
             f"{AN('MCL')} grade 2 sprain. {EP('Hoffa fat pad')} edema. Joint effusion, small {EP('Baker cyst')}."],
            [f"Tibial tubercle fragmentation with patellar tendon thickening, {EP('Osgood-Schlatter disease')}.",
             f"{SQ('T2')} signal in the proximal {AN('patellar tendon')}, {mm(rng, 4, 9)} thick."],
        ],
        "shoulder": [
            [f"Posterolateral humeral head impaction ({EP('Hill-Sachs lesion')}) and anteroinferior labral tear "
             f"({EP('Bankart lesion')}) on {SQ('T1 fat-sat')} arthrogram images.",
             f"{AN('Supraspinatus tendon')} intact."],
        ],
        "foot": [
            [f"Fracture at the base of the fifth metatarsal, zone 2 ({EP('Jones fracture')}), {mm(rng, 1, 3)} diastasis.",
             f"{AN('Lisfranc ligament')} intact on {SQ('PD')} and {SQ('T2 FS')} images."],
        ],
        "ankle": [
            [f"{SQ('STIR')} hyperintensity in the {AN('Achilles tendon')} {cm(rng, 2, 6, 1)} above the insertion.",
             "Partial-thickness tear without retraction."],
        ],
    }
    joint = joint or rng.choice(list(opts))
    return joint, rng.choice(opts[joint])


def findings_spine(rng, region: str = "any") -> list[str]:
    levels = {"lumbar": ["L4-L5", "L5-S1", "L3-L4"], "cervical": ["C5-C6", "C6-C7", "C4-C5"]}
    lvl = rng.choice(levels.get(region, levels["lumbar"] + levels["cervical"]))
    return [
        f"At {LV(lvl)}: {rng.choice(['broad-based disc bulge', 'left paracentral protrusion', 'right foraminal extrusion'])} "
        f"measuring {mm(rng, 3, 9)}, {rng.choice(['mild', 'moderate', 'severe'])} canal stenosis.",
        f"{EP('Schmorl node')} at the inferior endplate of {LV(rng.choice(['T12', 'L1', 'L2']))}. Conus terminates at "
        f"{LV(rng.choice(['L1', 'L1-L2', 'T12-L1']))}.",
        f"{SQ('STIR')} shows no marrow edema.",
    ]


def findings_breast(rng) -> tuple[list[str], str]:
    cat = rng.choice(["BI-RADS 0", "BI-RADS 3", "BI-RADS 4", "BI-RADS 4A", "BI-RADS 4B", "BI-RADS 5", "BI-RADS 2"])
    side = rng.choice(["right", "left"])
    out = [
        f"{rng.choice(['Focal asymmetry', 'Grouped amorphous calcifications', 'Irregular mass', 'Architectural distortion'])} "
        f"in the {side} breast at {rng.randint(1, 12)} o'clock, {cm(rng, 3, 11, 1)} from the nipple, "
        f"measuring {cm(rng, 0.4, 2.5, 2)}.",
        f"{side.title()} {AN('axilla')}: {rng.choice(['no adenopathy', 'one cortically thickened lymph node, 4 mm cortex'])}.",
    ]
    return out, SC(cat)


def findings_neuro(rng) -> list[str]:
    return [
        f"{SQ('T2 FLAIR')} hyperintensities in the periventricular white matter, {rng.choice(['mild', 'moderate'])}.",
        f"No restricted diffusion on {SQ('DWI')}/{SQ('ADC')}. No microhemorrhage on {SQ('SWI')}.",
        f"{EP('Circle of Willis')} flow voids preserved. Cerebellar tonsils {mm(rng, 1, 7)} below the foramen magnum"
        + (f", compatible with {EP('Chiari I malformation')}." if rng.random() < 0.4 else "."),
    ]


def findings_abdomen(rng) -> list[str]:
    out = [
        f"{AN('Liver')} {rng.choice(['normal in size', 'mildly steatotic', 'nodular in contour'])}. "
        f"{rng.choice(['No focal lesion', f'Observation in segment {rng.randint(2, 8)} measuring {mm(rng, 8, 30)}'])}.",
        f"Small amount of fluid in {EP('Morison pouch')}. {AN('Gerota fascia')} thickened on the right.",
        f"{rng.choice(['Simple', 'Cortical', 'Minimally complex'])} cyst of the {AN('left kidney')} measuring {cm(rng, 1.0, 4.5, 1)}, "
        f"{SC(rng.choice(['Bosniak II', 'Bosniak IIF', 'Bosniak I']))}.",
    ]
    if rng.random() < 0.4:
        out.append(f"Terminal ileal wall thickening, in keeping with known {EP('Crohn disease')}.")
    if rng.random() < 0.3:
        out.append(f"Hilar biliary stricture; {EP('Klatskin tumor')} not excluded.")
    return out


def modality_word(rng, modality: str) -> str:
    return MOD({"CT": rng.choice(["CT", "CTA"]), "MR": rng.choice(["MRI", "MR"]), "US": rng.choice(["US", "ultrasound"]),
                "XR": rng.choice(["XR", "X-ray"]), "MG": rng.choice(["mammogram", "MG"])}[modality])
