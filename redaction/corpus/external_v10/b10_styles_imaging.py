"""Styles: obstetric US, pediatric US, vascular/echo worksheet, cardiac CT, radiation-oncology simulation CT."""

from __future__ import annotations

import b10_cast as cast
import b10_clinical as C
import b10_dates as D
from b10_markup import (ACC, AN, AU, CR, DT, EP, FAC, IP, LV, MOD, MRN, MS, PER, SC, SER, SH, SQ, TEL, URL,
                        YR, ACCT)
from b10_scene import Scene


def ob_us_report(rng):
    s = Scene(rng, "US", sex="F", old_share=0, age_lo=17, age_hi=44, fac_kinds=("hospital", "imaging", "womens"))
    ga = rng.randint(11, 36)
    lmp = D.shift(s.when, -ga * 7 - rng.randint(0, 6))
    edd = D.shift(lmp, 280)
    edd_us = D.shift(edd, rng.randint(-6, 6))
    sono, rad, ref = cast.clinician(rng, "sonographer"), cast.clinician(rng, "radiologist"), cast.clinician(rng, "referrer")
    partner = cast.family_of(rng, s.pt, rng.choice(["husband", "wife", "mother"]))
    g = rng.randint(1, 6)
    gp = f"G{g}P{rng.randint(0, g - 1)}"
    out = [s.prompt()]
    if rng.random() < 0.5:
        out.append(f"{s.facility(False)}\n{rng.choice(['Maternal-Fetal Medicine', 'Perinatal Ultrasound', 'Women’s Imaging'])}\n\n"
                   f"Patient: {s.nm(s.pt, 'last_first')}    DOB: {s.d(s.dob)}    Age: {D.age_field(s.age, rng.randint(0, 2))}\n"
                   f"MRN: {MRN(s.mrn)}    Acc#: {ACC(s.acc)}\n"
                   f"Exam: OB {MOD('US')} >14 wks, single    Date/Time: {s.dt()}\n"
                   f"Referring: {s.dr(ref)}    Sonographer: {s.cred(sono, 'initial_last')}\n")
    else:
        out.append(f"OB {MOD('ULTRASOUND')} | {s.nm(s.pt, 'hl7')} | DOB {s.d(s.dob, 'mdy')} | MRN {MRN(s.mrn)} | "
                   f"ACC {ACC(s.acc)} | {s.d()} {s.t()} | {s.facility()}\n"
                   f"Ordering: {s.dr(ref, 'last_first_cred')}; performed by {s.cred(sono)}\n")
    out.append(f"Equipment: {rng.choice(['Voluson E10', 'Samsung WS80A', 'Logiq E9'])}, probe SN {SER(cast.device_serial(rng))}\n")
    out.append(f"LMP: {s.d(lmp)}   EDD by LMP: {s.d(edd)}   EDD by this exam: {s.d(edd_us)}   {gp}\n")
    if s.pt.tradition in ("hispanic", "haitian", "quebecois") or rng.random() < 0.2:
        interp = cast.person(rng, tradition=s.pt.tradition if s.pt.tradition != "anglo" else "hispanic")
        lang = {"haitian": "Haitian Creole", "quebecois": "French"}.get(s.pt.tradition, "Spanish")
        out.append(f"Preferred language: {lang}. Video interpreter {s.nm(interp, 'plain')} present for the exam.\n")
    out.append(f"\n{C.sec(rng, 'Indication')} {D.age_phrase(rng, s.age, 'F')} {gp} at {ga} weeks by LMP, "
               f"{rng.choice(['growth assessment', 'anatomy survey', 'size less than dates', 'history of ' + s.pmh()])}.\n")
    out.append(f"\n{C.sec(rng, 'Findings')}\n" + "\n".join(C.findings_ob(rng, ga)) + "\n")
    out.append(f"\n{C.sec(rng, 'Impression')}\n1. Single live intrauterine pregnancy at {ga}w{rng.randint(0, 6)}d "
               f"by biometry, concordant with dates. EDD remains {s.d(edd)}.\n"
               f"2. {rng.choice(['Normal interval growth.', 'Recommend follow-up growth scan in 4 weeks.', 'Normal amniotic fluid volume.'])}\n")
    if rng.random() < 0.6:
        out.append(f"\nPatient accompanied by {s.pt.possessive()} {rng.choice(['partner', 'spouse', 'support person'])}, "
                   f"{s.nm(partner, 'plain')}. Images released on disc at patient request.\n")
    fu = D.shift(s.when, 28)
    out.append(f"Follow-up booked {s.d(fu, 'long')} at {s.t(D.clock(rng), '12')}; scheduling line {TEL(cast.phone(rng))}.\n")
    out.append(f"\nElectronically signed: {s.cred(rad)} {s.d()} {s.t(s.later(rng.randint(20, 180)))}\n")
    return "".join(out), "US"


def peds_us_report(rng):
    s = Scene(rng, "US", old_share=0, age=0, fac_kinds=("peds",))
    case = rng.randrange(4)
    title, hist, unit, lo, hi = [
        ("US PYLORUS", "projectile non-bilious vomiting", "week", 2, 9),
        ("US HIPS INFANT", rng.choice(["breech delivery, hip click", "asymmetric thigh folds"]), "week", 4, 12),
        ("US RENAL/BLADDER", rng.choice(["prenatal hydronephrosis", "first febrile UTI"]), "month", 1, 20),
        ("US ABDOMEN LIMITED", "intermittent colicky pain, currant-jelly stool", "month", 6, 30),
    ][case]
    n = rng.randint(lo, hi)
    age_txt = f"{n}-{unit}-old"
    s.dob = D.shift(s.when, -n * (7 if unit == "week" else 30) - rng.randint(0, 5))
    mom = cast.family_of(rng, s.pt, "mother")
    dad = cast.family_of(rng, s.pt, "father")
    rad, ref = cast.clinician(rng, "radiologist"), cast.clinician(rng, "referrer")
    fac = FAC(rng.choice([s.fac, "Kessler-Marsh University Hospital"]))
    child = s.nm(s.pt, rng.choice(["last_first", "full"]))
    out = [s.prompt()]
    out.append(f"{fac} — Pediatric Radiology\n{title}\n"
               f"Name: {child}   DOB: {s.d(s.dob)}   Sex: {s.pt.sex}\n"
               f"MRN: {MRN(s.mrn)}   Accession: {ACC(s.acc)}   Visit: {ACCT(cast.account(rng))}\n"
               f"Exam started: {s.dt()}\n"
               f"Guardian: {s.nm(mom, 'plain')} (mother), cell {TEL(cast.phone(rng))}; "
               f"{s.nm(dad, 'plain')} (father), {TEL(cast.phone(rng))}\n"
               f"Ordering provider: {s.dr(ref)}\n\n")
    out.append(f"{C.sec(rng, 'Clinical history')} {AU(age_txt)} {'boy' if s.pt.sex == 'M' else 'girl'} with "
               f"{hist}.\n"
               f"{C.sec(rng, 'Comparison')} {rng.choice(['None.', 'Prenatal ultrasound ' + s.day(-rng.randint(60, 200)) + '.'])}\n\n")
    out.append(f"{C.sec(rng, 'Findings')}\n" + "\n".join(C.findings_peds(rng, case)) + "\n\n")
    out.append(f"{C.sec(rng, 'Impression')}\n{rng.choice(['Findings discussed with', 'Critical result called to'])} "
               f"{s.dr(ref, 'dr')} at {s.t(s.later(rng.randint(15, 60)))} by {s.nm(rad, 'initial_last')}; read back confirmed.\n")
    if rng.random() < 0.5:
        out.append(f"Family history: maternal uncle with {EP(rng.choice(['Hirschsprung disease', 'Wilms tumor', 'Perthes disease']))}"
                   f" diagnosed in {YR(str(rng.randint(1988, 2015)))}.\n")
    out.append(f"\n{s.cred(rad)}\nDictated {s.d()} {s.t(s.later(70))}\n")
    return "".join(out), "US"


def vascular_worksheet(rng):
    s = Scene(rng, "US", old_share=0.1)
    tech, rad = cast.clinician(rng, "vascular"), cast.clinician(rng, "radiologist")
    lab = FAC(rng.choice(["Tidewater Vascular Institute", "Bluestem Heart & Vascular", s.fac]))
    out = [s.prompt(0.5)]
    if rng.random() < 0.6:
        out.append(f"VASCULAR LAB TECHNOLOGIST WORKSHEET — {lab}\n"
                   f"Pt: {s.nm(s.pt, 'last_first')}  DOB {s.d(s.dob)}  MRN {MRN(s.mrn)}  ACC {ACC(s.acc)}\n"
                   f"Age {D.age_field(s.age)}  Exam date {s.d()}  Start {s.t()}  End {s.t(s.later(rng.randint(25, 55)))}\n"
                   f"Tech: {s.cred(tech, 'initial_last')}   Room {rng.randint(1, 9)}   Unit SN {SER(cast.device_serial(rng))}\n"
                   f"Hx: {rng.choice(['leg swelling', 'TIA', 'post-op screen', 'calf pain after flight'])}; PMH {s.pmh()}; "
                   f"prior study {s.day(-rng.randint(30, 700))}\n\n")
        out.append("MEASUREMENTS\n" + "\n".join(f"- {line}" for line in C.findings_vascular(rng)) + "\n\n")
    else:
        lvef = rng.randint(30, 68)
        out.append(f"ECHO/VASCULAR PRELIM  {lab}\n"
                   f"{s.nm(s.pt, 'hl7')}  |  {MRN(s.mrn)}  |  {s.d(s.dob, 'iso')}  |  {s.dt()}\n"
                   f"Sonographer {s.cred(tech)} | Reader {s.dr(rad, 'dr')}\n\n"
                   f"{AN('Left Ventricle')}: LVEF {MS(f'{lvef}%')} (biplane), wall thickness {MS(f'{rng.uniform(0.8, 1.4):.1f} cm')}.\n"
                   f"{AN('Left Atrium')}: volume index {MS(f'{rng.randint(22, 48)} mL/m2')}. {AN('Aortic Valve')}: trileaflet, "
                   f"peak velocity {MS(f'{rng.uniform(1.1, 4.2):.1f} m/s')}.\n"
                   f"{EP('Lambl excrescence')} on the aortic valve, incidental. No {EP('Ebstein anomaly')}.\n")
        out.append("\n".join(C.findings_vascular(rng)) + "\n\n")
    out.append(f"{C.sec(rng, 'Preliminary impression')} per tech: "
               f"{rng.choice(['no DVT', 'positive for DVT, called to ordering office', 'stenosis as above'])}.\n")
    out.append(f"Called to {rng.choice(['RN', 'office of'])} {s.nm(cast.person(rng), 'plain')} at {s.t(s.later(60), '24')}, "
               f"callback {TEL(s.phone)}.\nFinal read by {s.dr(rad)}, {s.d()}.\n")
    return "".join(out), "US"


def cardiac_ct_report(rng):
    s = Scene(rng, "CT", old_share=0.05, age_lo=34, age_hi=84, fac_kinds=("hospital", "cardio", "imaging"))
    rad, card = cast.clinician(rng, "radiologist"), cast.clinician(rng, "referrer")
    fnd, cad = C.findings_cardiac(rng)
    out = [s.prompt()]
    out.append(f"{rng.choice(['CORONARY CTA WITH CALCIUM SCORING', 'CT CARDIAC - CORONARY ARTERIES W/ CONTRAST', 'CCTA'])}\n"
               f"{s.facility()} • {rng.choice(['Cardiac Imaging', 'Heart & Vascular CT'])}\n\n"
               f"Patient name: {s.nm(s.pt)}\nDate of birth: {s.d(s.dob)}\nMRN: {MRN(s.mrn)}\nAccession No.: {ACC(s.acc)}\n"
               f"Scan date: {s.d()}  Time: {s.t()}\nReferring cardiologist: {s.dr(card)}\n")
    if rng.random() < 0.45:
        out.append(f"Implanted device: {rng.choice(['dual-chamber pacemaker', 'ICD', 'loop recorder'])}, "
                   f"serial {SER(cast.device_serial(rng))} (MR-conditional card reviewed)\n")
    out.append(f"Scanner: {rng.choice(['Somatom Force', 'Revolution Apex', 'Aquilion ONE'])}, SN {SER(cast.device_serial(rng))}\n\n")
    out.append(f"{C.sec(rng, 'History')} {D.age_phrase(rng, s.age, s.pt.sex)} with atypical chest pain; "
               f"{rng.choice(['father with MI at 52', 'family history of premature CAD', 'diabetes since ' + YR(str(rng.randint(1995, 2020)))])}; "
               f"PMH {s.pmh()}.\n\n{C.sec(rng, 'Technique')} Prospectively ECG-gated {MOD('CTA')}, "
               f"{MS(f'{rng.randint(50, 90)} mL')} iohexol 350.\n\n"
               f"{C.sec(rng, 'Findings')}\n" + "\n".join(fnd) + "\n"
               f"Extracardiac: {rng.choice(['no pulmonary nodule', 'hiatal hernia', 'no interstitial edema'])}.\n\n"
               f"{C.sec(rng, 'Impression')}\n1. {cad}. {rng.choice(['Preventive therapy recommended.', 'Consider functional testing.', 'No obstructive CAD.'])}\n")
    out.append(f"\nPreliminary read discussed with {s.dr(card, 'dr')} by phone {TEL(cast.phone(rng))} on {s.d()} at "
               f"{s.t(s.later(95))}.\nSigned: {s.cred(rad)}\n")
    return "".join(out), "CT"


def radonc_sim_note(rng):
    s = Scene(rng, "CT", old_share=0.1, age_lo=38, age_hi=88)
    ro, phys, dosi, ther = (cast.clinician(rng, "radiologist"), cast.clinician(rng, "physicist"),
                            cast.clinician(rng, "dosimetrist"), cast.clinician(rng, "tech"))
    sites = [
        (f"{EP('Hodgkin lymphoma')}, mediastinal", f"{LV('C5')} to {LV('T10')}"),
        (f"left apical NSCLC ({EP('Pancoast tumor')})", f"{LV('C6')} to {LV('T6')}"),
        ("osseous metastasis, painful", f"{LV(rng.choice(['T11', 'T12', 'L2']))} ± one level"),
        ("prostate adenocarcinoma, " + SC(f"Gleason {rng.choice(['3+4', '4+3', '4+4'])}"), f"{LV('L4')} to mid-femur")
        if s.pt.sex == "M" else
        (f"{rng.choice(['right', 'left'])} breast, post-lumpectomy", f"{LV('C7')} to {LV('L1')}"),
    ]
    site = rng.choice(sites)
    fac = FAC(rng.choice(["Cedar Crest Cancer Pavilion", s.fac]))
    sim_ip = cast.ip(rng)
    start = D.shift(s.when, rng.randint(5, 14))
    out = [s.prompt(0.4)]
    out.append(f"RADIATION ONCOLOGY — CT SIMULATION NOTE\n{fac}\n"
               f"Patient: {s.nm(s.pt, 'last_first')} | MRN {MRN(s.mrn)} | DOB {s.d(s.dob)} | {D.age_phrase(rng, s.age, s.pt.sex)}\n"
               f"Sim date/time: {s.d()} {s.t()}   Sim CT accession: {ACC(s.acc)}\n"
               f"Attending: {s.dr(ro)}   Physicist: {s.cred(phys)}   Dosimetry: {s.cred(dosi, 'initial_last')}\n\n")
    out.append(f"Diagnosis: {site[0]}.\nScan range: {site[1]}, {MS(f'{rng.choice([2, 2.5, 3])} mm')} slices, "
               f"{rng.choice(['free breathing + 4D', 'DIBH x3 breath-holds', 'free breathing'])}.\n"
               f"Immobilization: {rng.choice(['Vac-Lok bag', 'Aquaplast 5-point mask', 'wing board + knee sponge'])}; "
               f"index {rng.choice(['A', 'B', 'C'])}{rng.randint(2, 9)}. Tattoos x3 placed by {s.cred(ther, 'plain')}.\n"
               f"Bladder {rng.choice(['full', 'comfortably full'])}, rectal balloon {rng.choice(['not used', 'placed'])}. "
               f"{rng.choice([EP('Foley catheter') + ' in place', 'No ' + EP('Foley catheter')])}.\n")
    out.append(f"Images exported to planning station {IP(sim_ip)} (MIM/Eclipse); DICOM node "
               f"{URL(f'dicom://{sim_ip}:104/SIMCT')} verified.\n"
               f"Fusion requested with {MOD('MRI')} {s.day(-rng.randint(5, 30))} ({SQ(rng.choice(['T1 post-contrast', 'T2', 'DWI']))}) "
               f"and {MOD('PET/CT')} {s.day(-rng.randint(5, 30), 'mdy_short')}.\n"
               f"Treatment machine: {rng.choice(['TrueBeam', 'Halcyon', 'Versa HD'])} SN {SER(cast.device_serial(rng))}. "
               f"Planned start {s.d(start, 'long')}, {rng.randint(5, 33)} fractions.\n")
    out.append(f"\nPatient {rng.choice(['tolerated the simulation well', 'needed a break for back pain'])}. "
               f"{s.pt.pronoun().capitalize()} lives at {s.addr_inline()} and prefers calls to {TEL(s.phone)}.\n"
               f"Prior RT: {rng.choice(['none', rng.choice(['head and neck', 'left chest wall', 'pelvis']) + ' in ' + YR(str(rng.randint(1998, 2019)))])}.\n"
               f"— {s.nm(ro, 'initial_last')}, {CR(ro.cred)}\n")
    return "".join(out), "CT"
