"""blind11 styles: e-mail threads, teleradiology discrepancy notes, tumor-board minutes, PET/CT restaging."""

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
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _sent(rng, d: _dt.date) -> str:
    f = rng.randrange(3)
    if f == 0:
        return f"{WEEKDAYS[d.weekday()]}, {P('DATE_TIME', fmt_date(d, 'B d, Y'))} {T(rng, fmts=['ampm'])}"
    if f == 1:
        return f"{WEEKDAYS[d.weekday()][:3]}, {P('DATE_TIME', d.strftime('%d %b %Y'))} {T(rng, fmts=['sec'])} -0500"
    return f"{D(rng, d, ['%m/%d/%Y'])} {T(rng, fmts=['ampm', '24'])}"


def email_thread(rng):
    pt, ref, rad, clerk = Person(rng), Person(rng), Person(rng), Person(rng)
    d = rdate(rng)
    age = rng.choice([67, 74, 81, 92, 95, 58, 88, 97])
    ep = rng.choice(EPONYMS)
    if rng.random() < 0.4 and " " in ep:
        pt.last = ep.split(" ")[0].split("-")[0]
    hosp = facility_name(rng)
    subj = rng.choice(["RE: FW: CT chest", "RE: question re: MRI L-spine", "FW: outside images", "Re: addendum?"])
    L = [f"From: {name(ref, 'full')} <{email(rng, ref)}>",
         f"Sent: {_sent(rng, d)}",
         f"To: {rng.choice(['Reading Room 3', 'Body Imaging Fellows', 'Rad Scheduling'])} <{email(rng)}>",
         f"Cc: {name(clerk, rng.choice(['lf', 'full']))} <{email(rng, clerk)}>",
         f"Subject: {subj} {P('PERSON', pt.last)} -- MRN {mrn(rng)}", "",
         f"Hi Dr. {P('PERSON', rad.last)},", "",
         f"Following up on {pt.title} {P('PERSON', pt.last)} (DOB {D(rng, dob_for(rng, age, d))}), "
         f"now {age_phrase(rng, age)}, seen in clinic {D(rng, d + _dt.timedelta(days=1), ['m/d', 'B d', '%m/%d/%Y'])}. "
         f"The {mod('CT')} from {fac(rng, hosp)} (acc {acc(rng)}) mentions a {meas(rng)} nodule in the {anat(rng, LUNG)}.",
         f"Does this need {K('score', 'Fleischner')} follow-up, or is it related to the known {K('eponym', ep)}?",
         f"Family says the daughter, {name(Person(rng, pt.last), 'full')}, is best reached at {phone(rng)}.", "",
         "Thanks,", f"{name(ref, rng.choice(['full', 'fml']))}, {cred_k(rng.choice(['MD', 'DO', 'NP', 'PA-C']))}",
         f"{rng.choice(['Internal Medicine', 'Pulmonology', 'Spine Clinic'])} | {fac(rng, hosp)}",
         f"Office {phone(rng)} | Fax {phone(rng)}", ""]
    if rng.random() < 0.6:
        d0 = d - _dt.timedelta(days=rng.randint(1, 9))
        L += ["-----Original Message-----",
              f"From: {name(rad, 'lf')} <{email(rng, rad)}>",
              f"Sent: {_sent(rng, d0)}",
              f"To: {name(ref, 'lf')}",
              f"Subject: {subj} {P('PERSON', pt.last)}", "",
              f"> {hdr('IMPRESSION')}: {meas(rng)} {anat(rng, LUNG)} nodule. Recommend {mod('CT')} in 6-12 months.",
              f"> Compared with outside study dated {D(rng, d0 - _dt.timedelta(days=400))}.",
              f"> -- {name(rad, 'init')}, {cred_k('MD')}", ""]
    if rng.random() < 0.5:
        fwd = Person(rng)
        L += ["---------- Forwarded message ---------",
              f"From: {name(fwd, 'full')} <{email(rng, fwd)}>",
              f"Date: {_sent(rng, d)}",
              f"Received: from mail{rng.randint(1, 9)}.{rng.choice(['harrowvalley.example', 'mail.test'])} ([{ip(rng)}])",
              f"Patient portal link: {P('URL', 'https://portal.' + rng.choice(['harrowvalley', 'kestrelpoint']) + '.example/msg/' + digits(rng, 8))}"]
    return "\n".join(L) + "\n", "CT"


def telerad_discrepancy(rng):
    pt, night, day = Person(rng), Person(rng), Person(rng)
    d = rdate(rng)
    age = rng.choice([34, 61, 90, 93, 45, 77, 99])
    sev = rng.choice(["MAJOR", "minor", "Moderate (2b)", "Clinically significant"])
    site = facility_name(rng)
    modality = rng.choice(["CT", "CT", "MR", "XR"])
    exam = {"CT": "CT HEAD WO CONTRAST", "MR": "MRI BRAIN WWO", "XR": "XR WRIST 3V"}[modality]
    nxt = d + _dt.timedelta(days=1)
    L = [rng.choice(["TELERADIOLOGY DISCREPANCY NOTIFICATION", "Prelim/Final Discrepancy Log", "QA: overnight read variance"]),
         f"Originating site: {fac(rng, site)}    Read from: {rng.choice(['Sydney hub', 'Zurich hub', 'remote'])}",
         f"Patient: {name(pt, rng.choice(['lfm', 'hl7', 'lf']))}  Age: {P('AGE_OVER_89', str(age)) + 'Y' if age > 89 else K('age_under_90', f'{age}Y')}",
         f"MRN {mrn(rng)}   Acc# {acc(rng)}   Exam: {exam}",
         f"Prelim by {name(night, 'lf')}, {cred_k('MD')} at {D(rng, d)} {T(rng, rng.randint(0, 5))}",
         f"Final by {dr(rng, day)} on {D(rng, nxt)} {T(rng, rng.randint(7, 10))}", "",
         f"{hdr('PRELIMINARY')}: {rng.choice(['No acute intracranial abnormality.', 'No fracture.', 'Negative.'])}",
         f"{hdr('FINAL')}: " + rng.choice([
             f"Subtle {meas(rng)} hypodensity in the {anat(rng, BRAIN)}; acute infarct not excluded. {seq(rng)} recommended.",
             f"Nondisplaced fracture of the {K('anatomy', 'distal radius')} ({K('eponym', 'Colles fracture')} pattern).",
             f"Small {meas(rng)} subdural collection; {K('eponym', 'Chiari I malformation')} with tonsils {meas(rng)} below the foramen."]),
         f"Discrepancy grade: {sev}",
         f"ED notified: spoke with {name(Person(rng), rng.choice(['full', 'init']))}, {cred_k(rng.choice(['RN', 'MD', 'PA-C']))} "
         f"at {T(rng, rng.randint(7, 11))} via {phone(rng)}; read-back confirmed."]
    if rng.random() < 0.5:
        L.append(f"Patient recalled; callback number on file {phone(rng)}; home address {us_address(rng)}.")
    if rng.random() < 0.5:
        L.append(f"Peer review case {rng.randint(100, 999)} routed to {email(rng, day)}.")
    return "\n".join(L) + "\n", modality


def tumor_board(rng):
    d = rdate(rng)
    chair, path_, rad, onc, nav = (Person(rng) for _ in range(5))
    board = fac(rng)
    L = [f"MULTIDISCIPLINARY {rng.choice(['THORACIC', 'GI', 'HEAD & NECK', 'LYMPHOMA'])} TUMOR BOARD - MINUTES",
         f"Date: {D(rng, d, ['B d, Y', '%m/%d/%Y', '%d-%b-%Y'])}   Time: {T(rng, 7, 30, ['24', 'ampm'])}   Venue: {board}, Conf Rm B / Teams",
         f"Chair: {dr(rng, chair)}   Scribe: {name(nav, 'full')}, {cred_k('RN')}",
         f"Present: {name(path_, 'init')} (Path), {name(rad, 'init')} (Rad), {name(onc, 'full')} (Med Onc)", ""]
    for n in range(rng.randint(2, 4)):
        pt = Person(rng)
        age = rng.choice([44, 59, 66, 71, 83, 91, 94])
        prior = rng.randint(2015, 2023)
        dx = rng.choice(["Hodgkin lymphoma", "Klatskin tumor", "NSCLC", "rectal adenocarcinoma", "Wilms tumor"])
        dxm = K("eponym", dx) if dx in EPONYMS else dx
        L += [f"Case {n + 1}: {name(pt, rng.choice(['lfm', 'lf', 'full']))} | MRN {mrn(rng)} | {age_phrase(rng, age)}",
              f"  Dx: {dxm}, diagnosed in {year(prior)}; presenting {rng.choice(['radiologist', 'surgeon'])} {dr(rng, Person(rng))}.",
              f"  Imaging ({name(rad, 'init')}): {mod(rng.choice(['CT', 'MRI', 'PET/CT']))} {D(rng, d - _dt.timedelta(days=rng.randint(3, 30)), ['m/d', '%m/%d/%y', 'B d'])} "
              f"shows {meas(rng)} mass at the {anat(rng, ABD + LUNG)}; nodes up to {meas(rng)}.",
              f"  Path ({name(path_, 'init')}): {rng.choice(['biopsy confirms', 'pending', 'Ki-67 40%'])}; block {letters(rng, 1)}{rng.randint(1, 9)} sent.",
              f"  Plan: {rng.choice(['neoadjuvant chemo then re-stage', 'SBRT', 'surgical referral', 'clinical trial screening'])}. "
              f"Navigator to call pt at {phone(rng)}.", ""]
    L.append(f"Next board {D(rng, d + _dt.timedelta(days=7), ['B d', 'm/d', 'b. d'])}. Minutes prepared by {name(nav, 'init')}.")
    return "\n".join(L) + "\n", "CT"


def petct_restaging(rng):
    pt, rad, ref = Person(rng), Person(rng), Person(rng)
    d = rdate(rng)
    age = rng.choice([52, 63, 70, 79, 86, 90, 96])
    priors = sorted((d - _dt.timedelta(days=rng.randint(60, 900)) for _ in range(rng.randint(2, 4))), reverse=True)
    hosp = fac(rng)
    L = [f"{hosp}",
         f"Department of Nuclear Medicine - PET/CT",
         f"Name: {name(pt, rng.choice(['lfm', 'upper', 'fml']))}   DOB: {D(rng, dob_for(rng, age, d))}   Sex: {rng.choice('MF')}",
         f"MRN: {mrn(rng)}   Accession: {acc(rng)}   Encounter: {account(rng)}",
         f"Exam date: {D(rng, d)}   Injection {T(rng, rng.randint(7, 13))}   Scan {T(rng, rng.randint(8, 14))}",
         f"Referring: {dr(rng, ref)}", "",
         f"{hdr('CLINICAL HISTORY')}: {age_phrase(rng, age)} with {K('eponym', rng.choice(['Hodgkin lymphoma', 'Paget disease']))}, "
         f"restaging after cycle {rng.randint(2, 6)}.",
         f"{hdr('TECHNIQUE')}: {rng.randint(7, 14)}.{rng.randint(0, 9)} mCi F-18 FDG IV. Glucose {rng.randint(80, 140)} mg/dL. "
         f"Low-dose {mod('CT')} for attenuation. Scanner Biograph Vision, SN {serial(rng)}.",
         f"{hdr('COMPARISON')}: " + "; ".join(
             f"{mod(rng.choice(['PET/CT', 'CT', 'MRI']))} {D(rng, p, ['%m/%d/%Y', '%Y-%m-%d', 'b d, Y', '%d-%b-%Y'])}"
             + (f" ({P('FACILITY', facility_name(rng))})" if rng.random() < 0.4 else "") for p in priors) + ".",
         f"{hdr('FINDINGS')}:",
         f"  Neck: {anat(rng, NECK)} node {meas(rng)}, SUVmax {rng.randint(20, 150) / 10} (prior {rng.randint(20, 150) / 10}).",
         f"  Chest: no {K('eponym', 'Kerley B lines')}; {anat(rng, LUNG)} nodule {meas(rng)}.",
         f"  Abdomen/pelvis: {K('anatomy', 'left adrenal gland')} stable. {K('score', f'Deauville {rng.randint(1, 5)}')}.",
         f"  Bones: focal uptake at {level(rng)}, unchanged since {year(priors[-1].year)}.",
         f"{hdr('IMPRESSION')}:",
         f"  1. {rng.choice(['Partial metabolic response', 'Complete metabolic response', 'Progressive disease'])} compared with "
         f"{D(rng, priors[0], ['B d, Y', '%m/%d/%Y'])}.",
         f"  2. Incidental {meas(rng)} thyroid nodule; {K('score', f'TI-RADS {rng.randint(2, 5)}')}.", "",
         f"Electronically signed: {name(rad, rng.choice(['full', 'fml']))}, {cred_k('MD')} {D(rng, d)} {T(rng)}"]
    return "\n".join(L) + "\n", "CT"
