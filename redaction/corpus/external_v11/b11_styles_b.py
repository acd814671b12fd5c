"""blind11 styles: DEXA reports, lung-screening letters, contrast-reaction incident reports, consent forms."""

from __future__ import annotations

import datetime as _dt
import importlib.util
import sys
from pathlib import Path


def _common():
    key = "blind11_b11_common"
    if key not in sys.modules:
        spec = importlib.util.spec_from_file_location(key, Path(__file__).resolve().parent / "b11_common.py")
        mod = importlib.util.module_from_spec(spec)
        sys.modules[key] = mod
        spec.loader.exec_module(mod)
    return sys.modules[key]


globals().update({k: v for k, v in vars(_common()).items() if not k.startswith("_")})


def dexa(rng):
    pt, rad, tech, ref = Person(rng), Person(rng), Person(rng), Person(rng)
    d = rdate(rng)
    age = rng.choice([64, 71, 78, 85, 89, 90, 91, 93, 96, 102])
    prior = d - _dt.timedelta(days=rng.choice([730, 760, 1100]))
    t_hip, t_spine = rng.randint(-35, -5) / 10, rng.randint(-40, 0) / 10
    up = rng.random() < 0.5
    title = "BONE DENSITOMETRY (DXA) REPORT" if up else "Bone Mineral Density Study"
    L = [title, fac(rng),
         f"{'PATIENT' if up else 'Patient'}: {name(pt, 'lfm' if up else 'fml')}    {'DOB' if up else 'Date of birth'}: "
         f"{D(rng, dob_for(rng, age, d))}    {'AGE' if up else 'Age'}: {P('AGE_OVER_89', str(age)) if age > 89 else K('age_under_90', str(age))}",
         f"MRN: {mrn(rng)}    ACC: {acc(rng)}    Scan date: {D(rng, d)}",
         f"Ordering: {dr(rng, ref)}    Technologist: {name(tech, 'init')}, {cred_k('RT(R)')}, {cred_k('CBDT')}",
         f"Device: Hologic Horizon A, S/N {serial(rng)}; software 13.6.1", "",
         f"{hdr('INDICATION')}: {rng.choice(['Postmenopausal', 'Long-term glucocorticoid use', 'Prior fragility fracture'])}; "
         f"{rng.choice(['history of ' + K('eponym', 'Cushing syndrome'), 'history of ' + K('eponym', 'Graves disease'), 'height loss 4 cm'])}.",
         f"{hdr('TECHNIQUE')}: {mod('DXA')} of the {K('anatomy', 'lumbar spine')} ({K('vertebral_level', 'L1')}-{K('vertebral_level', 'L4')}) and {K('anatomy', 'total hip')}.",
         f"{hdr('FINDINGS')}:",
         f"  {K('anatomy', 'Lumbar spine')} BMD {rng.randint(700, 1100) / 1000:.3f} g/cm2, {K('score', f'T-score {t_spine:+.1f}')}, "
         f"{K('score', f'Z-score {rng.randint(-20, 10) / 10:+.1f}')}. {level(rng, ['L1', 'L2', 'L3', 'L4'])} excluded for degenerative change.",
         f"  {K('anatomy', 'Femoral neck')} BMD {rng.randint(500, 900) / 1000:.3f} g/cm2, {K('score', f'T-score {t_hip:+.1f}')}.",
         f"  Compared with {D(rng, prior, ['%m/%d/%Y', 'B d, Y', '%Y-%m-%d'])}: {rng.choice(['-3.1% (significant)', '+0.8% (not significant)', '-1.2%'])}.",
         f"  10-year FRAX: major osteoporotic {rng.randint(5, 40)}%, hip {rng.randint(1, 15)}%.",
         f"{hdr('IMPRESSION')}: {'Osteoporosis' if min(t_hip, t_spine) <= -2.5 else 'Osteopenia'}. Repeat in {year(prior.year + 4)} or 2 years.",
         "", f"{name(rad, 'full')}, {cred_k(rng.choice(['MD', 'DO']))}  {D(rng, d)} {T(rng)}"]
    return "\n".join(L) + "\n", "XR"


def lung_screening_letter(rng):
    pt, nav, rad = Person(rng), Person(rng), Person(rng)
    d = rdate(rng)
    lr = rng.choice(["1", "2", "3", "4A", "4B"])
    city, st, z = us_city(rng)
    prog = f"{rng.choice(FAC_A)} Lung Screening Program"
    span = P("FACILITY", prog)
    nxt = d + _dt.timedelta(days=365 if lr in "12" else 180)
    spanish = rng.random() < 0.2
    L = [span, f"{street(rng)} | {city}, {st} {z} | Tel {phone(rng)}", "",
         D(rng, d + _dt.timedelta(days=3), ["B d, Y", "%m/%d/%Y"]), "",
         name(pt, rng.choice(["full", "fml", "upper"])), us_address(rng, "\n"), "",
         f"RE: Low-dose {mod('CT')} lung screening of {D(rng, d, ['B d, Y', '%m/%d/%Y', 'b d, Y'])}   MRN {mrn(rng)}", ""]
    if spanish:
        L += [f"Estimado/a {pt.title.replace('Mr.', 'Sr.').replace('Mrs.', 'Sra.').replace('Ms.', 'Sra.')} {P('PERSON', pt.last)}:",
              f"Su tomografía del {P('DATE_TIME', f'{d.day} de {SPANISH[d.month - 1]} de {d.year}')} fue clasificada como "
              f"{K('score', 'Lung-RADS ' + lr)}.",
              f"Por favor, programe su próxima cita alrededor del {P('DATE_TIME', f'{nxt.day} de {SPANISH[nxt.month - 1]}')} "
              f"llamando al {phone(rng)}."]
    else:
        L += [f"Dear {pt.title} {P('PERSON', pt.last)},",
              f"Thank you for taking part in our program. Your scan was read by {dr(rng, rad)} and assigned "
              f"{K('score', 'Lung-RADS ' + lr)}.",
              rng.choice([f"A {meas(rng)} nodule was seen in the {anat(rng, LUNG)}.",
                          f"No suspicious nodules were found; emphysema was noted in the {anat(rng, LUNG)}.",
                          f"An incidental finding ({K('eponym', 'Morison pouch')} fluid) was sent to your doctor."]),
              f"Your next screening is due around {D(rng, nxt, ['B d, Y', 'B d', 'm/d/yy'])}. We have copied "
              f"{dr(rng, Person(rng))} at {fac(rng)}."]
    L += ["", rng.choice(["Sincerely,", "Atentamente,", "Warm regards,"]),
          f"{name(nav, 'full')}, {cred_k(rng.choice(['RN', 'BSN, RN', 'NP']))}", "Nurse Navigator",
          f"{email(rng, nav)}  |  direct {phone(rng)}",
          f"View online: {P('URL', 'https://mychart.' + rng.choice(['harrowvalley', 'lanternbay']) + '.example/letters?id=' + digits(rng, 9))}"]
    return "\n".join(L) + "\n", "CT"


SPANISH = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"]


def contrast_incident(rng):
    pt, rn, rad, tech, wit = Person(rng), Person(rng), Person(rng), Person(rng), Person(rng)
    d = rdate(rng)
    age = rng.choice([29, 47, 68, 90, 92, 55])
    t0 = rng.randint(8, 19)
    agent = rng.choice(["iohexol 350", "iopamidol 370", "gadobutrol", "gadoterate"])
    modality = "MR" if agent.startswith("gado") else "CT"
    L = [rng.choice(["SAFETY EVENT REPORT - CONTRAST REACTION", "Incident Report", "Adverse Drug Event: contrast"])
         + ("" if rng.random() < 0.5 else f" (event ref {account(rng)})"),
         f"Facility: {fac(rng)}   Location: {rng.choice(['CT 2', 'MRI 1.5T bay', 'ED CT'])}",
         f"Pt: {name(pt, rng.choice(['lf', 'lfm', 'full']))}   MRN {mrn(rng)}   Age {P('AGE_OVER_89', str(age)) if age > 89 else K('age_under_90', str(age))}"
         f"   Acc {acc(rng)}",
         f"Date of event: {D(rng, d)}  Time: {T(rng, t0)}",
         f"Injector: {rng.choice(['MEDRAD Stellant', 'Bracco EmpowerCTA', 'Ulrich CT motion'])} serial {serial(rng)}", "",
         f"Narrative: {age_phrase(rng, age)} received {rng.randint(50, 120)} mL {agent} for {mod(modality if modality == 'CT' else 'MRI')} "
         f"via 20G R antecubital. At {T(rng, t0, rng.randint(0, 59))} pt reported itching; hives over chest and {anat(rng, ['neck', 'face', 'both forearms'])}.",
         rng.choice([f"BP {rng.randint(70, 100)}/{rng.randint(40, 60)}, HR {rng.randint(100, 140)}. Epinephrine 0.3 mg IM given by {name(rn, 'init')}, {cred_k('RN')}.",
                     f"Diphenhydramine 25 mg PO per {dr(rng, rad)}. Vitals stable.",
                     f"Wheeze noted; albuterol given. Rapid response called {T(rng, t0 + 1)}."]),
         f"Prior reaction: {rng.choice(['none known', 'hives in ' + year(rng.randint(2009, 2022)), 'allergy listed as shellfish'])}.",
         f"Radiologist on site: {dr(rng, rad)}   Technologist: {name(tech, 'full')}, {cred_k('RT(R)(CT)')}",
         f"Witness: {name(wit, 'full')}   Reporter phone: {phone(rng)}",
         f"Disposition: {rng.choice(['discharged home at', 'transferred to ED at', 'observed, released at'])} {T(rng, t0 + 2)}. "
         f"Allergy list updated; premedication per ACR protocol for future.",
         f"Follow-up call {D(rng, d + _dt.timedelta(days=1), ['m/d', 'B d', '%m/%d/%Y'])} by {name(rn, 'lf')}: {rng.choice(['no further symptoms', 'mild residual rash'])}."]
    return "\n".join(L) + "\n", modality


def consent_form(rng):
    pt, md, wit, interp, proxy = Person(rng), Person(rng), Person(rng), Person(rng), Person(rng)
    d = rdate(rng)
    age = rng.choice([38, 62, 75, 90, 91, 98, 84])
    proc = rng.choice([("CT-guided biopsy of the ", "right lower lobe", "CT"), ("Ultrasound-guided thyroid FNA of the ", "left thyroid lobe", "US"),
                       ("Vertebroplasty at ", None, "XR"), ("Image-guided lumbar puncture at ", None, "XR")])
    site = K("anatomy", proc[1]) if proc[1] else level(rng)
    lang = rng.choice(["Spanish", "Vietnamese", "Polish", "Somali", "Haitian Creole"])
    L = [f"{fac(rng)} - INFORMED CONSENT FOR {rng.choice(['INTERVENTIONAL RADIOLOGY PROCEDURE', 'Image-Guided Procedure'])}",
         f"Patient name: {name(pt, rng.choice(['lfm', 'full', 'upper']))}     MRN: {mrn(rng)}     DOB: {D(rng, dob_for(rng, age, d))}",
         f"Visit/Acct #: {account(rng)}", "",
         f"I, the patient (or legal representative), consent to: {proc[0]}{site}, to be performed by {dr(rng, md)} and assistants.",
         "Risks explained: bleeding, infection, pneumothorax, nerve injury, allergic reaction, need for further procedures.",
         f"Sedation: {rng.choice(['moderate (midazolam/fentanyl)', 'local only', 'none'])}.  Blood products: {rng.choice(['accept', 'DECLINE'])}", ""]
    if age > 89 or rng.random() < 0.4:
        L.append(f"Signed by health-care proxy: {name(proxy, 'full')} (relationship: {rng.choice(['son', 'daughter', 'niece', 'spouse'])}), "
                 f"phone {phone(rng)}; patient is {P('AGE_OVER_89', str(age)) if age > 89 else K('age_under_90', str(age))} years old.")
    else:
        L.append(f"Patient signature: ______ {name(pt, 'init')}")
    L += [f"Date: {D(rng, d)}   Time: {T(rng, fmts=['24', 'ampm', 'hours'])}",
          f"Interpreter used: Yes - {lang}, {name(interp, rng.choice(['full', 'init']))} ID #{rng.randint(1000, 9999)} "
          f"({rng.choice(['in person', 'video', 'phone line'])})",
          f"Witness: {name(wit, 'full')}, {cred_k(rng.choice(['RN', 'RT(R)', 'CMA']))}   {D(rng, d, ['m/d/yy', '%m/%d/%Y'])} {T(rng)}",
          f"Physician attestation: I have explained the procedure. ______ {name(md, 'lf')}, {cred_k('MD')}",
          f"Pre-procedure imaging reviewed: {mod(proc[2])} {D(rng, d - _dt.timedelta(days=rng.randint(2, 40)), ['%m/%d/%Y', 'B d'])}, "
          f"target {meas(rng)}."]
    return "\n".join(L) + "\n", proc[2]
