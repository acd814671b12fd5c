"""Clinical fragments with keep-spans (eponyms, anatomy, levels, measurements, scores, sequences)."""

from __future__ import annotations

from b22_doc import ana, epo, hdr, meas, mod, sc, seq, vl


def cm(rng, lo=0.4, hi=4.5, unit="cm") -> str:
    return f"{rng.uniform(lo, hi):.1f} {unit}"


def dims(rng, n=2, lo=0.5, hi=4.0) -> str:
    sep = rng.choice([" x ", " × ", "x"])
    return sep.join(f"{rng.uniform(lo, hi):.1f}" for _ in range(n)) + " cm"


def finding(rng, topic: str) -> str:
    """One or two sentences on a topic, with keep markup."""
    f = FINDINGS[topic]
    return rng.choice(f)(rng)


def _lvl(rng, region="L"):
    if region == "L":
        a = rng.randrange(1, 5)
        return rng.choice([f"L{a}-L{a + 1}", f"L{a}-{a + 1}", "L5-S1"])
    if region == "T":
        return f"T{rng.randrange(4, 12)}"
    a = rng.randrange(3, 7)
    return f"C{a}-C{a + 1}"


FINDINGS = {
    "dvt": [
        lambda r: f"No thrombus in the {ana(r.choice(['right common femoral vein', 'left popliteal vein', 'right femoral vein', 'left posterior tibial veins']))}; veins compress fully with normal {ana('respiratory phasicity')}.",
        lambda r: f"Occlusive thrombus in the {ana(r.choice(['left popliteal vein', 'right femoral vein', 'left common femoral vein']))} extending {meas(cm(r, 3, 14))} craniocaudally.",
        lambda r: f"Incidental {epo('Baker cyst')} in the {ana('popliteal fossa')}, {meas(dims(r, 3, 0.8, 5.0))}, without rupture.",
        lambda r: f"Nonocclusive thrombus in one of the paired {ana('peroneal veins')}; {ana('popliteal vein')} patent.",
    ],
    "thyroid": [
        lambda r: f"Solid hypoechoic nodule in the {ana(r.choice(['right lobe', 'left lobe', 'isthmus']))} measuring {meas(dims(r, 3, 0.8, 3.5))}, {sc(r.choice(['TI-RADS 4', 'TR5', 'ACR TI-RADS TR4', 'TI-RADS 5']))}.",
        lambda r: f"Background gland heterogeneous, consistent with {epo('Hashimoto thyroiditis')}; no suspicious {ana('cervical lymph nodes')}.",
        lambda r: f"Cytology from the prior pass was {sc(r.choice(['Bethesda III', 'Bethesda IV', 'Bethesda V', 'Bethesda II']))}.",
        lambda r: f"Diffusely enlarged hypervascular gland in keeping with {epo('Graves disease')}; dominant nodule {meas(cm(r, 1.0, 3.0))}.",
    ],
    "spine": [
        lambda r: f"Acute-appearing compression deformity of {vl(_lvl(r, 'T'))} with approximately {meas(str(r.randrange(20, 60)) + '%')} height loss and marrow edema on {seq('STIR')}.",
        lambda r: f"Disc protrusion at {vl(_lvl(r))} narrowing the {ana('left lateral recess')}; {epo('Schmorl node')} at {vl('L2')}.",
        lambda r: f"Moderate central canal stenosis at {vl(_lvl(r, 'C'))}; canal diameter {meas(cm(r, 0.6, 1.0))}.",
        lambda r: f"Retropulsion of {meas(str(r.randrange(2, 5)) + ' mm')} at {vl('L1')}; {ana('conus medullaris')} terminates at {vl('L1-L2')}.",
        lambda r: f"{epo('Chiari I malformation')} with tonsillar descent of {meas(str(r.randrange(6, 12)) + ' mm')}.",
    ],
    "breast": [
        lambda r: f"{seq('DCE')} images show a {meas(cm(r, 0.5, 2.5))} enhancing mass at {r.randrange(1, 12)} o'clock in the {ana(r.choice(['left breast', 'right breast']))}, {sc(r.choice(['BI-RADS 4', 'BI-RADS 3', 'BI-RADS 0', 'BI-RADS 2']))}.",
        lambda r: f"{sc(r.choice(['Minimal BPE', 'Moderate background parenchymal enhancement', 'Mild BPE']))}; no suspicious enhancement on {seq(r.choice(['subtraction MIP', 'T1 post-contrast', 'axial DCE']))}.",
        lambda r: f"Breast density {sc(r.choice(['category C', 'category D', 'heterogeneously dense (C)']))}; no suspicious {ana('axillary lymph nodes')}.",
        lambda r: f"Silicone implants intact on {seq(r.choice(['silicone-selective STIR', 'T2 water-suppressed']))}; no intracapsular rupture.",
    ],
    "vcug": [
        lambda r: f"Reflux into a nondilated {ana(r.choice(['left ureter', 'right ureter']))} only, {sc(r.choice(['grade I', 'grade II']))} vesicoureteral reflux.",
        lambda r: f"{sc(r.choice(['Grade III', 'Grade IV']))} reflux on the {r.choice(['right', 'left'])} with blunting of the {ana('calyces')}.",
        lambda r: f"{ana('Bladder')} capacity {meas(str(r.randrange(60, 260)) + ' mL')}; normal {ana('posterior urethra')} on voiding views.",
        lambda r: f"Small {ana('bladder diverticulum')} near the {ana('left ureterovesical junction')}, {epo('Hutch diverticulum')} suspected.",
    ],
    "neuro": [
        lambda r: f"No restricted diffusion on {seq('DWI')}; scattered {seq('FLAIR')} foci, {sc(r.choice(['Fazekas 1', 'Fazekas 2']))}.",
        lambda r: f"Mild ventriculomegaly; {ana('cerebral aqueduct')} patent on {seq(r.choice(['CISS', 'sagittal T2']))}.",
        lambda r: f"Right facial nerve enhancement on {seq('T1 post-gadolinium')}, compatible with {epo('Bell palsy')}.",
    ],
    "chest": [
        lambda r: f"{meas(cm(r, 0.4, 1.8))} solid nodule in the {ana(r.choice(['right upper lobe', 'left lower lobe', 'lingula']))}.",
        lambda r: f"Interlobular septal thickening and {epo('Kerley B lines')}; small bilateral {ana('pleural effusions')}.",
        lambda r: f"Bulky {ana('mediastinal lymph nodes')} up to {meas(cm(r, 1.5, 4.0))}, known {epo('Hodgkin lymphoma')}.",
    ],
    "abdomen": [
        lambda r: f"Terminal ileal wall thickening to {meas(str(r.randrange(5, 12)) + ' mm')} consistent with active {epo('Crohn disease')}.",
        lambda r: f"{sc(r.choice(['Bosniak 2F', 'Bosniak IIF', 'Bosniak 3']))} cyst in the {ana(r.choice(['left kidney', 'right kidney']))}, {meas(cm(r, 1.0, 4.0))}.",
        lambda r: f"Hilar cholangiocarcinoma ({epo('Klatskin tumor')}) suspected; {ana('common hepatic duct')} {meas(str(r.randrange(8, 15)) + ' mm')}.",
        lambda r: f"{epo('Meckel diverticulum')} suspected in the {ana('right lower quadrant')}.",
    ],
    "msk": [
        lambda r: f"Displaced {epo('Colles fracture')} of the {ana('distal radius')} with {meas(str(r.randrange(5, 25)) + ' degrees')} dorsal angulation.",
        lambda r: f"{epo('Hill-Sachs lesion')} and {epo('Bankart lesion')} of the {ana('anterior glenoid')}.",
        lambda r: f"Coarsened trabeculae of the {ana('right hemipelvis')} typical of {epo('Paget disease')}.",
        lambda r: f"{epo('Segond fracture')} with {ana('anterior cruciate ligament')} tear; joint effusion {meas(cm(r, 0.6, 2.0))}.",
    ],
}


def impression(rng, topic: str) -> str:
    h = rng.choice(["IMPRESSION", "Impression", "IMP", "CONCLUSION"])
    return f"{hdr(h)}: {finding(rng, topic)}"


def modality_word(rng, m: str) -> str:
    words = {"CT": ["CT", "CT scan", "computed tomography"], "MR": ["MRI", "MR", "magnetic resonance imaging"],
             "US": ["ultrasound", "US", "sonogram", "duplex ultrasound"], "XR": ["radiograph", "X-ray", "fluoroscopy"],
             "MG": ["mammogram", "mammography"]}
    return mod(rng.choice(words[m]))
