"""Clinical quotes (findings / impressions) with keep markers, one per clinical key of b48_billing.EXAMS."""

from __future__ import annotations

from b48_markup import anat, hdr, k, meas, mod


def _cm(rng, lo=0.6, hi=4.5):
    return f"{rng.uniform(lo, hi):.1f}"


def _size(rng, dims=2):
    vals = [_cm(rng) for _ in range(dims)]
    return meas(" x ".join(vals) + " cm")


def _mm(rng, lo=3, hi=14):
    return meas(f"{rng.randint(lo, hi)} mm")


def _side(rng):
    return rng.choice(["right", "left"])


def quote(rng, key: str) -> tuple[str, str]:
    """(findings sentence, impression sentence) for a clinical key; both contain keep markers."""
    s = _side(rng)
    if key == "lung_nodule":
        lobe = rng.choice(["right upper lobe", "left lower lobe", "right middle lobe", "lingula"])
        f = f"There is a solid nodule in the {anat(lobe)} measuring {_size(rng)}, spiculated margins."
        i = f"Indeterminate {anat(lobe)} nodule; {k('score', 'Fleischner')} criteria do not apply, PET/{mod('CT')} suggested."
    elif key == "lung_screen":
        lr = rng.choice(["Lung-RADS 2", "Lung-RADS 3", "Lung-RADS 4A", "Lung-RADS 4B"])
        f = f"{_mm(rng, 4, 12)} part-solid nodule, {anat('left upper lobe')}. Mild centrilobular emphysema."
        i = f"{k('score', lr)}. Follow-up low-dose {mod('CT')} per ACR guidance."
    elif key == "crohn":
        f = f"Mural thickening of the {anat('terminal ileum')} over {meas(str(rng.randint(8, 22)) + ' cm')} with comb sign."
        i = f"Active {k('eponym', 'Crohn disease')} of the {anat('terminal ileum')} without abscess."
    elif key == "bosniak":
        b = rng.choice(["Bosniak IIF", "Bosniak III", "Bosniak II"])
        f = f"{_size(rng)} cystic lesion of the {anat(s + ' kidney')} with thin enhancing septa."
        i = f"{k('score', b)} cyst, {anat(s + ' kidney')}."
    elif key == "head_ct":
        f = f"No acute intracranial hemorrhage. Small {anat(s + ' frontal')} scalp hematoma."
        i = f"No acute intracranial abnormality on noncontrast head {mod('CT')}."
    elif key == "lumbar":
        lv = rng.choice(["L4-L5", "L5-S1", "L3-L4"])
        f = (f"At {k('vertebral_level', lv)} there is a {_mm(rng, 3, 9)} {s} paracentral disc extrusion; "
             f"no marrow edema on {k('sequence', 'STIR')}.")
        i = f"{k('vertebral_level', lv)} disc extrusion contacting the traversing {s} nerve root."
    elif key == "cervical":
        lv = rng.choice(["C5-C6", "C4-C5", "C6-C7"])
        f = f"At {k('vertebral_level', lv)}, uncovertebral spurring with moderate {s} foraminal narrowing on {k('sequence', 'T2')} images."
        i = f"Multilevel spondylosis, worst at {k('vertebral_level', lv)}."
    elif key == "knee":
        f = (f"Oblique tear of the {anat('posterior horn of the medial meniscus')}. "
             f"{k('eponym', 'Baker cyst')} measuring {_size(rng)}.")
        i = f"Medial meniscal tear; {k('eponym', 'Baker cyst')}."
    elif key == "brain":
        f = (f"Cerebellar tonsils extend {_mm(rng, 6, 11)} below the foramen magnum. "
             f"Scattered {k('sequence', 'T2 FLAIR')} hyperintensities; no restricted diffusion on {k('sequence', 'DWI')}.")
        i = f"{k('eponym', 'Chiari I malformation')}. Nonspecific white matter foci."
    elif key == "prostate":
        pr = rng.choice(["PI-RADS 3", "PI-RADS 4", "PI-RADS 5"])
        f = f"{_mm(rng, 7, 16)} lesion in the {anat(s + ' peripheral zone')}, markedly restricted on {k('sequence', 'DWI')}."
        i = f"{k('score', pr)} lesion, {anat(s + ' peripheral zone')}."
    elif key == "liver":
        lr = rng.choice(["LI-RADS 3", "LI-RADS 4", "LI-RADS 5"])
        f = f"{_size(rng)} arterially enhancing observation in {anat('segment 7')} on {k('sequence', 'T1 post-contrast')} images."
        i = f"{k('score', lr)} observation, {anat('segment 7')}; cirrhotic morphology."
    elif key == "mammo_screen":
        br = rng.choice(["BI-RADS 1", "BI-RADS 2", "BI-RADS 0"])
        f = f"Scattered fibroglandular densities. No suspicious mass in the {anat(s + ' breast')}."
        i = f"{k('score', br)}."
    elif key == "mammo_dx":
        f = f"Irregular {_size(rng)} mass in the {anat(s + ' breast')} at 10 o'clock, {meas(str(rng.randint(2, 9)) + ' cm')} from the nipple."
        i = f"{k('score', 'BI-RADS 4')}: suspicious {anat(s + ' breast')} mass; tissue sampling recommended."
    elif key == "breast_us":
        f = f"Hypoechoic {_size(rng)} mass at 2 o'clock in the {anat(s + ' breast')}, not parallel."
        i = f"{k('score', rng.choice(['BI-RADS 4', 'BI-RADS 5', 'BI-RADS 3']))}, {anat(s + ' breast')} 2:00 mass."
    elif key == "thyroid":
        tr = rng.choice(["TI-RADS 3", "TI-RADS 4", "TI-RADS 5"])
        f = f"Solid hypoechoic nodule in the {anat(s + ' thyroid lobe')}, {_size(rng, 3)}; heterogeneous background suggesting {k('eponym', 'Hashimoto thyroiditis')}."
        i = f"{k('score', tr)} nodule, {anat(s + ' thyroid lobe')}."
    elif key == "ovary":
        orads = rng.choice(["O-RADS 2", "O-RADS 3", "O-RADS 4"])
        f = f"Unilocular cyst of the {anat(s + ' ovary')} measuring {_size(rng)}, smooth wall."
        i = f"{k('score', orads)} {anat(s + ' ovary')} cyst."
    elif key == "wrist":
        f = f"Dorsally angulated fracture of the {anat('distal radius')} with {_mm(rng, 2, 6)} of shortening."
        i = f"{k('eponym', 'Colles fracture')}, {s} {anat('distal radius')}."
    elif key == "shoulder":
        f = f"Anterior glenohumeral dislocation with impaction of the posterolateral {anat('humeral head')}."
        i = f"Dislocation with {k('eponym', 'Hill-Sachs lesion')}; possible {k('eponym', 'Bankart lesion')}."
    elif key == "chf":
        f = f"Cardiomegaly, {k('eponym', 'Kerley B lines')} and small bilateral pleural effusions."
        i = "Findings consistent with interstitial edema."
    elif key == "hodgkin":
        f = f"FDG-avid {_size(rng)} {anat('left supraclavicular')} node, SUVmax {rng.uniform(3, 14):.1f}."
        i = f"Residual avid disease in known {k('eponym', 'Hodgkin lymphoma')}; Deauville {rng.randint(3, 5)}."
    elif key == "port":
        f = f"Ultrasound-guided access of the {anat('right internal jugular vein')}; catheter tip at the {anat('cavoatrial junction')}."
        i = "Successful placement of chest port; ready for use."
    else:
        raise KeyError(key)
    return f, i


def report_excerpt(rng, key: str) -> str:
    """Two-line FINDINGS / IMPRESSION excerpt as a coder would paste it."""
    f, i = quote(rng, key)
    fh = rng.choice(["FINDINGS", "Findings"])
    ih = rng.choice(["IMPRESSION", "Impression", "IMPRESSION"])
    return f"{hdr(fh)}: {f}\n{hdr(ih)}: {i}"
