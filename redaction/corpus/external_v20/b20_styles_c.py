"""Styles C: letters and forms — fetal dose, HCW TB screening, calcium score, implant templating, expert review."""

from __future__ import annotations

import b20_clin as C
import b20_phi as P
import b20_pools as pools
from b20_ctx import Ctx
from b20_doc import Doc, m, wrap


def _letterhead(c, rng, d):
    if c.chance(0.7):
        d.line(m("FACILITY", c.fac) + c.pick("", " | Department of Radiology", "\nDiagnostic Imaging Services"))
        fst, _ = pools.street(rng, 0)
        d.line(f"{m('STREET_ADDRESS', fst)}, {m('CITY', c.city)}, {c.state} {m('ZIP', c.zip)}"
               + c.pick("", f"  Tel {m('PHONE', P.phone(rng))}", f" · Fax {m('PHONE', P.phone(rng))}"))
        d.line("")


def _para(d, rng, text, width=None):
    for ln in (wrap(text, width) if width else [text]):
        d.line(ln)
    d.line("")


def fetal_dose_letter(rng):
    c, d = Ctx(rng, old_p=0.0), Doc()
    c.set_age(rng.randint(19, 44))
    phys = c.other(md=None)
    phys.credential = c.pick("PhD, DABR", "MS, DABR", "DABR")
    _letterhead(c, rng, d)
    d.line(P.D(c.later(1, 10), c.pick("long", "mdy", "dm_long")))
    d.line("")
    d.line(f"{c.pick('To', 'Attn')}: {P.NC(c.ref, 'first_last')}" + c.pick("", f", {c.pick('Obstetrics', 'Maternal-Fetal Medicine', 'Emergency Medicine')}"))
    d.line(f"RE: {c.pick('Fetal dose estimate', 'Conceptus dose estimate', 'Radiation dose to embryo/fetus')} — {P.N(c.pt, c.pick('first_last', 'LAST_FIRST', 'native'))}"
           + c.pick("", f" (MRN {m('MRN', c.mrn)})", f", DOB {P.D(c.dob, c.df)}"))
    d.line("")
    gest = rng.randint(3, 30)
    exams = rng.sample(["CT abdomen/pelvis with contrast", "CT pulmonary angiogram", "AP pelvis radiograph",
                        "lumbar spine radiographs (3 views)", "CT head without contrast", "chest radiograph (2 views)",
                        "V/Q scan"], c.pick(1, 2, 3))
    dose_txt = []
    for ex in exams:
        t = P.rand_time(rng, 0, 23)
        mod = "CT" if ex.startswith("CT") else ("NM" if "V/Q" in ex else "XR")
        dose_txt.append(f"{ex} on {P.D(c.earlier(0, 20), c.df)} at {P.T(t, c.tf)} (CTDIvol {rng.randint(2, 22)}.{rng.randint(0, 9)} mGy)" if mod == "CT"
                        else f"{ex} on {P.D(c.earlier(0, 20), c.df)}")
    total = round(rng.uniform(0.01, 38.0), 2)
    _para(d, rng, f"At your request we estimated the conceptus dose for your patient, a {P.age_md(c.age, c.pick('yo_hyphen', 'yo'))} "
          f"{c.pick('G2P1', 'G1P0', 'G3P2')} at approximately {K_week(gest)} gestation by LMP, who underwent the following at "
          f"{m('FACILITY', c.fac)}: " + "; ".join(dose_txt) + ".", c.pick(None, 78, 90))
    _para(d, rng, f"Using scanner-reported {C.K('modality', 'CT')} technique factors and a {C.K('measurement', str(rng.randint(24, 38)) + ' cm')} "
          f"patient AP diameter, the estimated total fetal dose is {C.K('measurement', f'{total} mGy')}. "
          + ("This is below the 50 mGy threshold below which no deterministic effects have been observed." if total < 50 else ""),
          c.pick(None, 78))
    if c.chance(0.6):
        _para(d, rng, f"The patient was counseled by phone on {P.D(c.later(0, 4), c.pick('md_long', 'md', c.df))} at "
              f"{P.T(P.rand_time(rng, 8, 18), c.pick('hm12', 'pm_dots'))}; her {c.pick('husband', 'partner', 'mother')} "
              f"{P.N(c.other(relative=True), 'first_last')} was present on speaker. Callback number on file: {m('PHONE', c.phone)}.")
    d.line("Sincerely,")
    d.line("")
    d.line(f"{P.N(phys, c.pick('first_last', 'first_mi_last'))}, " + ", ".join(m("credential", x) for x in phys.credential.split(", ")))
    d.line(c.pick("Medical Physicist", "Diagnostic Medical Physics", "Radiation Safety Officer"))
    if c.chance(0.6):
        d.line(m("EMAIL", P.email(rng, phys)))
    if c.chance(0.5):
        d.line(f"cc: {P.NC(c.rad, 'first_last')}; chart")
    return d, "CT"


def K_week(g):
    return C.K("measurement", f"{g} weeks")


def hcw_tb_screening(rng):
    c, d = Ctx(rng, old_p=0.0), Doc()
    c.set_age(rng.randint(21, 68))
    dept = c.pick("Environmental Services", "4 West Med-Surg", "Dietary", "Pharmacy", "Respiratory Therapy",
                  "Emergency Department", "Radiology", "Sterile Processing")
    emp = "E" + P.digits(rng, 6) if c.chance(0.5) else P.digits(rng, 7)
    title = c.pick("EMPLOYEE HEALTH — TB SURVEILLANCE CHEST RADIOGRAPH", "Occupational Health: Healthcare Worker TB Screening",
                   "HCW Annual TB Clearance – CXR Review")
    d.line(title)
    d.line(m("FACILITY", c.fac) + " " + c.pick("Occupational Health", "Employee Health Services", ""))
    d.line("")
    rows = [f"Employee: {P.N(c.pt, c.pick('LAST_FIRST', 'first_last', 'Last_First'))}",
            f"{c.pick('Employee ID', 'Badge #', 'EID')}: {m('ACCOUNT_ID', emp)}",
            f"Dept: {dept}",
            f"DOB: {P.D(c.dob, c.df)}",
            f"Age: {P.age_md(c.age, c.pick('years', 'bare', 'Y'))}",
            f"Supervisor: {P.N(c.other(), c.pick('first_last', 'init_last'))}"]
    if c.chance(0.5):
        rows.append(f"Contact: {m('PHONE', c.phone)}" + c.pick("", f" / {m('EMAIL', P.email(rng, c.pt, 'example.org'))}"))
    rng.shuffle(rows)
    sep = c.pick("\n", "\n", "    ")
    d.md(sep.join(rows) + "\n\n")
    igra = c.pick("QuantiFERON-TB Gold Plus POSITIVE", "T-SPOT.TB positive", "TST 14 mm induration", "IGRA indeterminate x2")
    bcg = c.chance(0.4)
    d.line(f"Reason for CXR: {igra}{'; BCG vaccinated as a child' if bcg else ''}" + c.pick("", f". Prior positive test in {C.K('year', str(rng.randint(2008, 2022)))}."))
    xt = P.rand_time(rng, 7, 16)
    d.line(f"Chest {C.K('modality', 'XR')} PA/lateral performed {P.D(c.date, c.df)} {P.T(xt, c.tf)}, acc {m('ACCESSION', c.acc)}.")
    d.line("")
    fnd = c.pick(
        f"Lungs clear. No upper-lobe opacity, cavitation, or hilar adenopathy. Calcified granuloma in the {C.K('anatomy', 'right middle lobe')} ({C.meas(rng, 1)}).",
        f"Minimal apical pleural thickening at the {C.K('anatomy', 'left apex')}. No active disease.",
        f"Nodular opacity in the {C.K('anatomy', 'right upper lobe')} measuring {C.meas(rng, 2)}; recommend CT chest and sputum AFB x3 before clearance.",
        f"Normal heart size. Lungs clear. Old healed rib fracture. No findings of active tuberculosis.")
    d.line(f"{C.header(rng, 'findings')}: {fnd}")
    d.line(f"{C.header(rng, 'impression')}: " + c.pick("Negative for active pulmonary TB.", "Cleared for duty.", "NOT cleared pending CT.",
                                                        "No radiographic evidence of active TB; LTBI treatment discussion recommended."))
    d.line("")
    d.line(f"Read by: {P.NC(c.rad, c.pick('first_last', 'init_last'))}   Reviewed by: {P.NC(c.other(md=False), 'first_last')}")
    if c.chance(0.6):
        d.line(f"Return to work: {P.D(c.later(1, 7), c.pick('md', 'mdy', c.df))}" + c.pick("", f" at {P.T(P.rand_time(rng, 6, 19), 'hm12')}"))
    return d, "XR"


def calcium_score_letter(rng):
    c, d = Ctx(rng), Doc()
    _, _, finds, _ = C.exam(rng, C._cardiac)
    agat = rng.choice([0, 3, 19, 88, 142, 311, 640, 1205])
    _letterhead(c, rng, d)
    d.line(P.D(c.later(2, 14), c.pick("long", "mdy", "abbr")))
    d.line("")
    if c.chance(0.7):
        d.line(P.N(c.pt, c.pick("first_mi_last", "first_last", "UPPER")))
        d.md(c.addr("\n") + "\n\n")
    greet = c.pick(f"Dear {c.pick('Mr.', 'Ms.', 'Mx.')} {P.N(c.pt, 'last')},", f"Dear {P.N(c.pt, 'first')},",
                   f"Dear {P.N(c.pt, 'first_last')}:")
    d.line(greet)
    d.line("")
    when = f"{P.D(c.date, c.df)}" + c.pick("", f" at {P.T(c.time, 'hm12')}")
    _para(d, rng, f"Thank you for choosing {m('FACILITY', c.fac)} for your heart scan ({C.K('modality', 'CT')} calcium scoring) on {when}. "
          f"Your {C.K('score', f'coronary artery calcium score is {agat}')}" +
          (f", which is at percentile {rng.randint(10, 95)} for someone your age and sex." if agat else ". A score of zero means no calcified plaque was seen."),
          c.pick(None, 76, 84))
    _para(d, rng, c.pick("A score of 1-99 suggests mild plaque; 100-399 moderate; 400 or more extensive plaque.",
                         "Please share this letter with your primary care provider, who may discuss a statin or aspirin with you.",
                         "This test does not show soft plaque or blockages, and it is not an emergency test."), c.pick(None, 76))
    if c.chance(0.6):
        _para(d, rng, f"We also looked at the parts of your lungs and chest that were in the picture. {c.pick('Nothing else of concern was seen.', 'A small lung nodule was seen; your doctor will receive a separate note.', 'Your aorta measured ' + C.meas(rng, 1) + ', which is normal.')}", c.pick(None, 80))
    _para(d, rng, f"A copy was sent to {P.NC(c.ref, 'first_last', title=c.chance(0.5))}. Questions? Call {m('PHONE', P.phone(rng))}"
          + c.pick(".", f" or write to {m('EMAIL', P.email(rng, None))}.", f" or visit {m('URL', 'https://mychart.example.org/messages')}."))
    d.line(c.pick("Sincerely,", "Warm regards,", "With best wishes,"))
    d.line(P.NC(c.rad, "first_last"))
    if c.chance(0.5):
        d.line(f"{c.pick('MRN', 'Patient ID')}: {m('MRN', c.mrn)} | {c.pick('DOB', 'Birth date')}: {P.D(c.dob, c.df)}"
               + c.pick("", f" | Age {P.age_md(c.age, 'bare')}"))
    return d, "CT"


def implant_templating(rng):
    c, d = Ctx(rng), Doc()
    side = c.pick("right", "left")
    joint = c.pick("hip", "knee", "shoulder")
    surg = c.other(md=True)
    d.line(c.pick(f"Subject: Templating request – {side} {joint}", "IMPLANT TEMPLATING REQUEST", "Pre-op templating radiographs / calibration"))
    d.line("")
    fields = [f"Patient: {P.N(c.pt, c.pick('LAST_FIRST', 'first_last', 'native'))}",
              f"{c.pick('MRN', 'MR #', 'Hosp #')}: {m('MRN', c.mrn)}",
              f"{c.pick('DOB', 'D.O.B.')}: {P.D(c.dob, c.df)} ({P.age_md(c.age, c.pick('yo', 'Y', 'y_o'))})",
              f"Surgeon: {P.NC(surg, c.pick('first_last', 'Last_First'))}",
              f"Surgery date: {P.D(c.later(7, 60), c.pick(c.df, 'md', 'md_long'))}",
              f"Implant system: {c.pick('Zimmer Biomet Taperloc', 'Stryker Triathlon', 'DePuy Corail', 'Exactech Equinoxe', 'Smith+Nephew Journey II')}"]
    if c.chance(0.5):
        fields.append(f"Surgery scheduler: {P.N(c.other(md=False), 'first_last')} {m('PHONE', P.phone(rng))}")
    if c.chance(0.5):
        fields.append(f"Rep: {P.N(c.other(), 'first_last')} ({c.pick('Stryker', 'Zimmer Biomet', 'DePuy Synthes')}) {m('EMAIL', P.email(rng, None, 'example.com'))}")
    rng.shuffle(fields)
    d.md("\n".join(fields) + "\n\n")
    exam_t = P.rand_time(rng, 7, 17)
    body = [f"Please obtain {C.K('modality', 'XR')} {side} {joint} with a {C.K('measurement', '25 mm')} calibration marker at the level of the {C.K('anatomy', 'greater trochanter' if joint == 'hip' else 'joint line')}, "
            f"AP pelvis {c.pick('low-centered', 'standing', 'supine')} and cross-table lateral.",
            f"Films {c.pick('done', 'acquired')} {P.D(c.date, c.df)} {P.T(exam_t, c.tf)}, accession {m('ACCESSION', c.acc)}; magnification {rng.randint(108, 122)}%.",
            f"Note: {c.pick('prior', 'contralateral')} {joint} arthroplasty in {C.K('year', str(rng.randint(2009, 2023)))}; {c.pick('Paprosky IIA defect suspected', 'severe varus', 'protrusio', 'valgus 12 degrees')}."]
    if joint == "hip" and c.chance(0.6):
        body.append(f"History of {C.K('eponym', 'Paget disease')} of the pelvis; consider longer stem.")
    if joint == "knee" and c.chance(0.6):
        body.append(f"Large {C.K('eponym', 'Baker cyst')} on prior {C.K('modality', 'MRI')}.")
    if c.chance(0.5):
        body.append(f"Templating software: {c.pick('TraumaCad', 'mediCAD', 'OrthoView')} on workstation {m('IP_ADDRESS', P.ip(rng))}.")
    for b in body:
        d.line(c.pick("- ", "* ", "") + b)
    d.line("")
    d.line(c.pick("Thanks,", "Thank you!", "Regards,"))
    d.line(P.N(c.other(md=False), c.pick("first_last", "first")) + c.pick("", ", ortho clinic RN", " | PA-C to Dr. " + P.N(surg, "last")))
    return d, "XR"


def expert_review_letter(rng):
    c, d = Ctx(rng), Doc()
    mod, title, finds, imps = C.exam(rng)
    atty = c.other()
    firm = c.pick("Cascade Trial Group LLP", "Northpoint Legal PC", "Law Offices of " + P.name_str(atty, "first_last"), "Summit Risk Counsel")
    d.line(f"{c.pick('PRIVILEGED & CONFIDENTIAL', 'ATTORNEY WORK PRODUCT', 'Confidential expert review')}")
    d.line(P.D(c.later(200, 600), c.pick("long", "mdy", "dm_long")))
    d.line("")
    d.line(f"{P.N(atty, c.pick('first_mi_last', 'first_last'))}, Esq.")
    if "Law Offices of" in firm:
        d.line("Law Offices of " + P.N(atty, "first_last"))
    else:
        d.line(firm)
    fst, _ = pools.street(rng, 0.5)
    fcity, fstate, fzip = pools.city(rng)
    d.line(f"{m('STREET_ADDRESS', fst)}\n{m('CITY', fcity)}, {fstate} {m('ZIP', fzip)}")
    d.line("")
    d.line(f"Re: {P.N(c.pt, c.pick('first_last', 'Last_First'))} v. {m('FACILITY', c.fac)}, et al." + c.pick("", f" — Claim {m('ACCOUNT_ID', P.account(rng))}"))
    d.line("")
    d.line(f"Dear {c.pick('Mr.', 'Ms.')} {P.N(atty, 'last')}:" if c.chance(0.7) else f"Dear Counsel:")
    d.line("")
    w = c.pick(None, 80, 92)
    _para(d, rng, f"I am a board-certified radiologist (ABR {C.K('year', str(rng.randint(1996, 2014)))}). You asked me to review the "
          f"{C.K('modality', {'MR': 'MRI', 'MG': 'mammogram', 'XR': 'radiographs'}.get(mod, mod))} performed on {P.D(c.date, c.df)} at {P.T(c.time, c.tf)} "
          f"(accession {m('ACCESSION', c.acc)}) on your client, then a {P.age_md(c.age, c.pick('yo_hyphen', 'yo'))}, interpreted by {P.NC(c.rad, 'first_last', title=c.chance(0.4))}.", w)
    _para(d, rng, "My review of the images shows: " + " ".join(finds), w)
    _para(d, rng, f"The original report, signed {P.D(c.date, c.pick('md', c.df))}, stated only: \"" + imps[0] + "\" "
          f"In my opinion the {c.pick('omission', 'failure to recommend follow-up', 'delay in communication')} fell "
          f"{c.pick('below', 'within')} the standard of care. {P.NC(c.ref, 'first_last', title=True)} was not called until "
          f"{P.D(c.later(20, 180), c.df)}.", w)
    if c.chance(0.6):
        _para(d, rng, f"I also reviewed the deposition of technologist {P.N(c.tech, 'first_last')} taken {P.D(c.later(300, 500), c.pick('md_long', c.df))} and the "
              f"statement of {c.pick('her', 'his', 'the patient’s')} {c.pick('daughter', 'son', 'wife', 'husband')} {P.N(c.other(relative=True), c.pick('first_last', 'first'))}.", w)
    _para(d, rng, f"My fee schedule is attached. I can be reached at {m('PHONE', P.phone(rng))}" + c.pick(".", f" or {m('EMAIL', P.email(rng, c.other(md=True)))}."), w)
    me = c.other(md=True)
    d.line("Respectfully,")
    d.line("")
    d.line(P.NC(me, c.pick("first_mi_last", "first_last")))
    return d, mod


STYLES = [("fetal_dose_letter", fetal_dose_letter), ("hcw_tb_screening", hcw_tb_screening),
          ("calcium_score_letter", calcium_score_letter), ("implant_templating", implant_templating),
          ("expert_review_letter", expert_review_letter)]
