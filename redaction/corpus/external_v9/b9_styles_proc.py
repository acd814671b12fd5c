"""Procedure-side styles: IR notes, nuclear medicine/PET, contrast reactions, MRI safety, US worksheets."""

from __future__ import annotations

import b9_clinical as clin
import b9_ids as ids
from b9_dates import Clock, shift
from b9_markup import K, P
from b9_scene import Scene, patient_header, signature


def _h(s, word):
    return clin.header(s.rng, word)


IR_PROCS = (
    ("port", "Right internal jugular single-lumen chest port placement", "Breast cancer, needs chemotherapy access."),
    ("ivc", "Infrarenal IVC filter placement", "Acute DVT with contraindication to anticoagulation."),
    ("para", "Ultrasound-guided paracentesis", "Cirrhosis with tense ascites."),
    ("biopsy", "CT-guided biopsy, right hepatic lobe lesion", "Hepatic lesion, evaluate for metastasis."),
    ("neph", "Left percutaneous nephrostomy tube placement", "Obstructing ureteral stone with fever."),
    ("kypho", "Kyphoplasty", "Painful osteoporotic compression fracture."),
    ("ufe", "Bilateral uterine artery embolization", "Symptomatic fibroids."),
    ("gtube", "Percutaneous gastrostomy tube placement", "Dysphagia after stroke."),
)


def ir_procedure(rng):
    s = Scene(rng)
    pt = s.patient
    op, fellow, nurse, ref = s.clinician("ir"), s.clinician("resident"), s.clinician("nurse"), s.clinician("referrer")
    kind, proc, ind = rng.choice(IR_PROCS)
    clock = Clock(rng, rng.randint(7, 15), rng.randrange(60))
    arrive = clock.now()
    timeout = clock.tick(10, 40)
    sed_start = clock.tick(2, 6)
    cut = clock.tick(5, 15)
    done = clock.tick(18, 70)
    sed_end = clock.tick(2, 8)
    sign = clock.tick(15, 90)
    mins = (sed_end[0] * 60 + sed_end[1]) - (sed_start[0] * 60 + sed_start[1])
    tstyle = rng.choice(("hm24", "ampm", "hours"))
    t = lambda hm: s.time(hm, tstyle)  # noqa: E731
    lines = [f"{s.fac()} -- Department of Interventional Radiology", "",
             "IR PROCEDURE NOTE" if rng.random() < .5 else "INTERVENTIONAL RADIOLOGY BRIEF OP NOTE",
             patient_header(s, "XR", account=rng.random() < 0.6),
             f"Date of service: {s.date(s.ref)}   Arrival in IR holding: {t(arrive)}", "",
             f"{_h(s, 'Procedure')}: {proc}."]
    if kind == "kypho":
        lvl = rng.choice(("T12", "L1", "L2", "T11"))
        lines[-1] = f"{_h(s, 'Procedure')}: {proc} at {K('vertebral_level', lvl)}."
    lines += [f"Attending: {s.doc(op, 'full_cred')}",
              f"Fellow: {s.doc(fellow, rng.choice(('dr_full', 'full_cred')))}",
              f"Referring: {s.doc(ref, 'dr_last')}",
              f"{_h(s, 'Indication')}: {ind} {s.age(pt.age)} {s.sex_word()}.", "",
              f"{_h(s, 'Sedation')}: Moderate sedation by {s.name(nurse, 'first_last')}, {s.creds(nurse)}, under direct "
              f"supervision. Sedation start {t(sed_start)}, end {t(sed_end)}; intraservice time {mins} minutes. "
              f"Midazolam {rng.choice(('1', '2', '3'))} mg and fentanyl {rng.choice(('50', '100', '150'))} mcg IV in divided doses.",
              f"Universal protocol time-out completed at {t(timeout)}; site marked; consent on chart ({s.rdate(shift(s.ref, -rng.randint(1, 9)))}).",
              f"ASA class {rng.randint(2, 3)}. Mallampati {rng.randint(1, 3)}.", "",
              f"{_h(s, 'Technique')}: Skin incision at {t(cut)}. "]
    if kind == "port":
        sn = ids.device_serial(rng, "port")
        lines[-1] += (f"Ultrasound-guided access of the {K('anatomy', 'right internal jugular vein')}; 8 Fr port placed in a "
                      f"{K('anatomy', 'right chest wall')} pocket. Catheter tip at the {K('anatomy', 'cavoatrial junction')}.")
        lines.append(f"Implant: PowerLine-type port, Lot {rng.randrange(1000, 9999)}{ids.letters(rng, 2)}, SN {P('DEVICE_SERIAL', sn)} (sticker in chart).")
    elif kind == "ivc":
        sn = ids.device_serial(rng, "port")
        lines[-1] += (f"Right femoral venous access. Cavogram: {K('anatomy', 'IVC')} diameter {K('measurement', f'{rng.randint(17, 26)} mm')}, "
                      f"renal veins at {K('vertebral_level', 'L1')}. Retrievable filter deployed below the renal veins.")
        lines.append(f"Filter serial number {P('DEVICE_SERIAL', sn)}; retrieval clinic to call pt at {s.phone(pt.phone)}.")
    elif kind == "para":
        lines[-1] += f"Left lower quadrant access under {K('modality', 'US')}; {rng.randint(2, 9)}.{rng.randrange(10)} L of straw-colored fluid removed."
    elif kind == "biopsy":
        lines[-1] += (f"{K('modality', 'CT')} guidance, 17 g coaxial, four 18 g cores from a {clin.cm(rng, 2, 1.5, 5.0)} lesion in "
                      f"{K('anatomy', 'segment 7')}.")
    else:
        lines[-1] += f"Fluoroscopic and {K('modality', 'US')} guidance. See procedure log for images."
    lines += [f"Fluoroscopy time {rng.randint(1, 30)}.{rng.randrange(10)} min; reference air kerma {rng.randint(20, 900)} mGy. "
              f"Contrast: {rng.randint(10, 120)} mL iohexol 300.",
              f"Procedure completed {t(done)}. EBL minimal. {_h(s, 'Complications')}: none immediate.", "",
              f"{_h(s, 'Impression')}: Successful {proc[0].lower() + proc[1:]}.",
              f"Plan: bed rest {rng.choice(('1 hour', '2 hours', '4 hours'))}; results to {s.doc(ref, 'dr_last')}. "
              f"IR clinic {s.phone(s.facility.phone)}.", "", signature(s, op, s.ref, sign)]
    return "XR", "\n".join(lines)


def nm_pet(rng):
    s = Scene(rng)
    pt = s.patient
    rad, tech = s.clinician("radiologist"), s.clinician("tech")
    tech.cred = "CNMT"
    other = s.other_facility(rng.choice(("hospital", "outpatient")))
    clock = Clock(rng, rng.randint(6, 13), rng.randrange(60))
    tstyle = rng.choice(("hm24", "ampm", "hours"))
    t = lambda hm: s.time(hm, tstyle)  # noqa: E731
    study = rng.choice(("pet", "bone", "hida", "uptake"))
    acc = s.acc("NM")
    lines = [rng.choice(("NUCLEAR MEDICINE REPORT", "PET/CT REPORT", f"{s.fac()} - Nuclear Medicine")),
             patient_header(s, "NM", acc=acc), f"Exam date: {s.date(s.ref)}", ""]
    ex = clin.exam(rng, "pet", pt=pt)
    if study == "pet":
        gl = clock.now()
        inj = clock.tick(8, 30)
        scan = clock.tick(55, 75)
        lines += [f"{_h(s, 'Exam')}: {ex.name}", f"{_h(s, 'Clinical history')}: {ex.indication}",
                  f"{_h(s, 'Radiopharmaceutical')}: {round(rng.uniform(8, 14), 1)} mCi F-18 FDG IV, "
                  f"{rng.choice(('left', 'right'))} antecubital, injected at {t(inj)}. Fingerstick glucose "
                  f"{rng.randint(78, 160)} mg/dL at {t(gl)}. Uptake time {rng.randint(55, 75)} min; acquisition began {t(scan)}.",
                  f"{_h(s, 'Technique')}: {ex.technique}",
                  f"{_h(s, 'Comparison')}: {K('modality', 'PET/CT')} {s.rdate(shift(s.ref, -rng.randint(40, 200)))}"
                  f"{' at ' + s.fac(other) if rng.random() < 0.5 else ''}.",
                  f"{_h(s, 'Findings')}:", *ex.findings, "", f"{_h(s, 'Impression')}:", *ex.impression]
    elif study == "bone":
        inj = clock.now()
        scan = clock.tick(150, 200)
        lines += [f"{_h(s, 'Exam')}: WHOLE BODY BONE SCAN", f"{_h(s, 'Radiopharmaceutical')}: {round(rng.uniform(20, 27), 1)} mCi "
                  f"Tc-99m MDP IV at {t(inj)}; delayed whole-body images at {t(scan)}.",
                  f"{_h(s, 'Findings')}: Focal uptake at {K('vertebral_level', rng.choice(('L3', 'T8', 'L1', 'T10')))} and the "
                  f"{K('anatomy', 'right sixth rib')}. Pattern in the pelvis could reflect {K('eponym', 'Paget disease')}.",
                  "", f"{_h(s, 'Impression')}: Indeterminate foci; correlate with {K('modality', 'CT')}."]
    elif study == "hida":
        inj = clock.now()
        cck = clock.tick(55, 65)
        cck_end = clock.tick(30, 60)
        lines += [f"{_h(s, 'Exam')}: HEPATOBILIARY SCAN WITH CCK", f"Tc-99m mebrofenin {round(rng.uniform(4, 6), 1)} mCi IV at {t(inj)}.",
                  f"Sincalide infusion {t(cck)} to {t(cck_end)}. Gallbladder ejection fraction {rng.randint(8, 80)}% (normal > 38%).",
                  "", f"{_h(s, 'Impression')}: {'Normal' if rng.random() < .5 else 'Reduced'} gallbladder ejection fraction."]
    else:
        cap = clock.now()
        lines += [f"{_h(s, 'Exam')}: THYROID UPTAKE AND SCAN", f"I-123 {rng.randint(200, 400)} uCi capsule PO at {t(cap)} on "
                  f"{s.rdate(shift(s.ref, -1))}; 4-hour uptake {rng.randint(5, 40)}%, 24-hour uptake {rng.randint(15, 80)}%.",
                  f"History of {K('eponym', rng.choice(('Graves disease', 'Hashimoto thyroiditis')))}.",
                  "", f"{_h(s, 'Impression')}: Diffusely increased uptake."]
    lines += ["", f"Technologist: {s.name(tech, rng.choice(('first_last', 'initial_last', 'initials')))}, {s.creds(tech)}",
              signature(s, rad, s.ref, clock.tick(60, 240))]
    return "CT", "\n".join(lines)


def contrast_reaction(rng):
    s = Scene(rng)
    pt = s.patient
    rad, nurse, tech = s.clinician("radiologist"), s.clinician("nurse"), s.clinician("tech")
    tech.cred = rng.choice(("RT(R)(CT)", "RT(R)", "RT(R)(MR)"))
    fam = s.person()
    rel = rng.choice(("daughter", "wife", "niece", "caregiver") if fam.sex == "F" else ("son", "husband", "nephew", "caregiver"))
    gad = rng.random() < 0.3
    ex = clin.exam(rng, "mr_brain" if gad else "ct_abd", pt=pt)
    clock = Clock(rng, rng.randint(7, 19), rng.randrange(60))
    tstyle = rng.choice(("hm24", "ampm", "hours", "hms"))
    t = lambda hm: s.time(hm, tstyle, clock.s)  # noqa: E731
    inj = clock.now()
    onset = clock.tick(1, 9)
    tx1 = clock.tick(1, 5)
    tx2 = clock.tick(2, 8)
    resolve = clock.tick(15, 60)
    severe = rng.random() < 0.4
    lines = ["CONTRAST ADVERSE EVENT RECORD", f"Location: {s.fac()}, {K('modality', 'MRI' if gad else 'CT')} suite {rng.randint(1, 4)}",
             patient_header(s, ex.code), f"Date: {s.date(s.ref)}",
             f"Exam: {ex.name}", "",
             f"Agent: {rng.choice(('gadobutrol', 'gadoterate')) if gad else rng.choice(('iohexol 350', 'iopamidol 370', 'iodixanol 320'))}, "
             f"{rng.randint(7, 20) if gad else rng.randint(50, 125)} mL IV via {rng.choice(('20g', '22g', '18g'))} {rng.choice(('R', 'L'))} AC, injected {t(inj)}.",
             f"Onset: {t(onset)}. Symptoms: " + (
                 "diffuse urticaria, throat tightness, wheeze; BP 84/50, HR 124, SpO2 89% RA." if severe else
                 "scattered hives on chest and arms, itching; vitals stable (BP 138/82, HR 88, SpO2 98%)."),
             f"Treatment: diphenhydramine 50 mg IV at {t(tx1)}" + (
                 f"; epinephrine 0.3 mg IM (1 mg/mL) at {t(tx2)}; O2 via NRB; 1 L NS bolus." if severe else
                 f"; observed 30 minutes, reassessed at {t(tx2)}."),
             f"Responding: {s.doc(rad, 'dr_full')} (radiologist), {s.name(nurse, 'first_last')}, {s.creds(nurse)}, and "
             f"{s.name(tech, 'first_last')}, {s.creds(tech)}.",
             f"Outcome: symptoms resolved by {t(resolve)}. " + (
                 "Rapid response called; transferred to ED for observation." if severe else "Discharged home with instructions."),
             f"Notified: {rel} {s.name(fam, 'first_last')} at {s.phone(ids.us_phone(rng))}; referring office "
             f"{s.phone(s.facility.phone)}.",
             f"Allergy entered in EHR: {'severe' if severe else 'mild'} {'gadolinium-based' if gad else 'iodinated'} contrast allergy. Future premedication: "
             f"prednisone 50 mg 13, 7 and 1 hour before, plus diphenhydramine 50 mg 1 hour before.",
             f"History: prior reaction in {K('year', str(s.ref.year - rng.randint(2, 12)))}? {rng.choice(('Unknown.', 'Patient denies.', 'Yes, hives.'))}",
             "", signature(s, rad, s.ref, clock.tick(20, 90))]
    return ex.modality, "\n".join(lines)


DEVICES = (("cied", "dual-chamber pacemaker", "MR Conditional system"), ("cied", "ICD", "MR Conditional system"),
           ("neuro", "spinal cord stimulator", "full-body eligible"), ("cochlear", "cochlear implant", "magnet in place, 1.5 T only"),
           ("pump", "insulin pump", "remove before entering Zone IV"), ("neuro", "deep brain stimulator", "head coil only"))


def mri_safety(rng):
    s = Scene(rng)
    pt = s.patient
    rad, tech = s.clinician("radiologist"), s.clinician("tech")
    rep = s.person()
    tech.cred = "RT(R)(MR)"
    kind, dev, cond = rng.choice(DEVICES)
    sn = ids.device_serial(rng, kind)
    other = s.other_facility("hospital")
    clock = Clock(rng, rng.randint(7, 17), rng.randrange(60))
    t = lambda hm: s.time(hm)  # noqa: E731
    ex = clin.exam(rng, rng.choice(("mr_brain", "mr_spine", "mr_msk", "pelvis")), pt=pt)
    while ex.modality != "MR":
        ex = clin.exam(rng, rng.choice(("mr_brain", "mr_spine", "mr_msk")), pt=pt)
    scan_day = shift(s.ref, rng.randint(0, 10))
    lines = ["MRI SAFETY SCREENING AND IMPLANT CLEARANCE", f"{s.fac()} MRI", "",
             f"Patient: {s.name(pt, 'last_first_mi')}  DOB {s.dob()}  MRN {s.mrn()}  Wt {rng.randint(45, 130)} kg",
             f"Scheduled: {ex.name} on {s.date(scan_day)} at {t(clock.now())}", "",
             f"Implant: {dev}, {cond}. Model {ids.letters(rng, 2)}{rng.randint(100, 999)}{rng.choice(('', 'Q', 'S'))}, "
             f"serial {P('DEVICE_SERIAL', sn)}."]
    if kind == "cied":
        lead1, lead2 = ids.device_serial(rng, "cied"), ids.device_serial(rng, "cied")
        while lead1 == lead2 or sn in (lead1, lead2):
            lead2 = ids.device_serial(rng, "cied")
        lines += [f"RA lead model 5076-52, SN {P('DEVICE_SERIAL', lead1)}; RV lead model 5076-58, SN {P('DEVICE_SERIAL', lead2)}.",
                  f"Implanted {s.rdate(shift(s.ref, -rng.randint(200, 3000)))} at {s.fac(other)}. No abandoned leads.",
                  f"Device interrogated by {s.name(rep, 'first_last')} (manufacturer rep, {s.phone(ids.us_phone(rng))}) at "
                  f"{t(clock.tick(30, 90))}; programmed to MRI mode (asynchronous) and restored after scan."]
    else:
        lines.append(f"Implanted {s.rdate(shift(s.ref, -rng.randint(100, 3000)))}; patient card reviewed, device ID matches card.")
    lines += [f"Screening form completed with patient at {t(clock.tick(5, 30))}; {rng.choice(('no', 'no', 'remote'))} history of metal work.",
              f"Conditions: 1.5 T only, normal operating mode, whole-body SAR <= 2 W/kg, {K('sequence', rng.choice(('DWI', 'STIR', 'T2 FLAIR')))} allowed.",
              f"Cleared by: {s.doc(rad, 'full_cred')} at {t(clock.tick(5, 40))}.",
              f"Screened by: {s.name(tech, 'first_last')}, {s.creds(tech)}  Phone {s.phone(s.facility.phone)}"]
    return "MR", "\n".join(lines)


def us_worksheet(rng):
    s = Scene(rng, fac_kind=rng.choice(("hospital", "outpatient")))
    pt = s.patient
    tech, ref = s.clinician("tech"), s.clinician("referrer")
    tech.cred = rng.choice(("RDMS", "RDMS, RVT", "RDCS"))
    ex = clin.exam(rng, rng.choice(("us", "pelvis", "us")), pt=pt)
    clock = Clock(rng, rng.randint(7, 17), rng.randrange(60))
    tstyle = rng.choice(("hm24", "ampm", "mil"))
    t = lambda hm: s.time(hm, tstyle)  # noqa: E731
    inits = tech.name("initials")
    lines = ["SONOGRAPHER WORKSHEET -- PRELIMINARY, NOT A REPORT",
             f"Pt: {s.name(pt, rng.choice(('LAST_FIRST', 'last_first')))}   DOB: {s.dob()}   Age/Sex: {s.age(pt.age, 'Y')}/{pt.sex}",
             f"MRN: {s.mrn()}   Acc: {s.acc(ex.code)}   Room {rng.randint(1, 8)}",
             f"Ordering: {s.doc(ref, rng.choice(('dr_last', 'LAST', 'init_cred')))}   Exam: {ex.name}",
             f"Arrived {t(clock.now())}  Start {t(clock.tick(5, 25))}  End {t(clock.tick(15, 45))}", "",
             f"Hx per pt: {ex.indication[0].lower() + ex.indication[1:]} LMP {s.date(shift(s.ref, -rng.randint(5, 40)), 'md')}."
             if pt.sex == "F" and pt.age < 55 else f"Hx per pt: {ex.indication[0].lower() + ex.indication[1:]}", "",
             "Measurements / observations:"]
    lines += [f"  - {f}" for f in ex.findings]
    lines += ["", f"Tech impression: {ex.impression[0]}",
              f"Images sent to PACS at {t(clock.tick(2, 10))}. Prelim given verbally to {s.doc(ref, 'dr_last')} at "
              f"{t(clock.tick(5, 30))}.", f"Sonographer: {P('PERSON', inits)} ({s.name(tech, 'first_last')}, {s.creds(tech)})"]
    return ex.modality if ex.modality == "US" else "US", "\n".join(lines)


STYLES = {"ir_procedure": ir_procedure, "nm_pet": nm_pet, "contrast_reaction": contrast_reaction,
          "mri_safety": mri_safety, "us_worksheet": us_worksheet}
