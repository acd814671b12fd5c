"""One patient's world (facilities, staff, a timeline of studies) and the rendering of a prior report."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

import b50_pools as pools
from b50_exams import EXAMS, THEME_EXAMS
from b50_markup import ACC, ACCT, CRED, D, FAC, MRN, P, PHONE, SER, SH, YR
from b50_world import (Facility, Patient, Person, age_phrase, digits, fmt_date, fmt_time, make_acc, new_facility,
                       new_patient, staff)


@dataclass
class Study:
    date: dt.date
    h: int
    mi: int
    fac: Facility
    key: str
    acc: str
    rad: Person
    tech: Person
    ref: Person
    factor: float
    serial: str
    model: str
    addendum: bool
    resident: Person | None
    acct: str


class World:
    def __init__(self, rng: random.Random, n_studies: int, n_facs: int | None = None, theme: str | None = None):
        self.rng = rng
        self.today = dt.date(2024, 5, 1) + dt.timedelta(days=rng.randint(0, 700))
        used: set = set()
        self.facs = [new_facility(rng, used) for _ in range(n_facs or rng.randint(2, 4))]
        self.theme = theme or rng.choice(list(THEME_EXAMS))
        sex = {"breast": "F", "screening": "F", "prostate": "M"}.get(self.theme)
        self.pt: Patient = new_patient(rng, self.today, self.facs, sex)
        self.clinic = new_facility(rng, used)
        self.clinic.name = self.clinic.name.rsplit(" ", 2)[0] + rng.choice([" Family Medicine", " Oncology Associates",
                                                                            " Internal Medicine", " Orthopaedic Group"])
        area = self.clinic.phone[1:4] if self.clinic.phone.startswith("(") else self.clinic.phone[-12:-9]
        self.refs = [staff(rng, "referrer", pools.CREDS_REF, self.clinic.domain, area) for _ in range(rng.randint(2, 3))]
        self.pcp, self.onc = self.refs[0], self.refs[1]
        self.studies: list[Study] = []
        span = rng.randint(400, 3200)
        days = sorted(rng.sample(range(15, span), n_studies), reverse=True)
        serials: dict = {}
        keys = THEME_EXAMS[self.theme]
        for j, back in enumerate(days):
            d = self.today - dt.timedelta(days=back)
            fac = self.facs[min(len(self.facs) - 1, int(j * len(self.facs) / n_studies))] if rng.random() < 0.8 else rng.choice(self.facs)
            key = fit_sex(keys[0] if j == 0 else rng.choice(keys), self.pt.person.sex)
            code, _, _, _ = EXAMS[key]
            if (fac.abbr, code) not in serials:
                models = [m for c, m in pools.SCANNERS if c == code or (code == "PT" and c == "NM")] or ["Siemens SOMATOM Force"]
                serials[(fac.abbr, code)] = (rng.choice(models), rng.choice([digits(rng, 5), f"{digits(rng, 6)}{rng.choice('MCNX')}{digits(rng, 2)}",
                                                                              f"SN{digits(rng, 7)}"]))
            model, serial = serials[(fac.abbr, code)]
            t = j / max(1, n_studies - 1)
            factor = round(1.0 - 0.5 * t if t < 0.6 else 0.7 + 0.9 * (t - 0.6), 2)
            res = staff(rng, "resident", ["MD"], fac.domain, "555") if rng.random() < 0.25 else None
            self.studies.append(Study(d, rng.randint(6, 22), rng.randint(0, 59), fac, key,
                                      make_acc(rng, fac.acc_style, code, d), rng.choice(fac.radiologists),
                                      rng.choice(fac.techs), rng.choice(self.refs), factor, serial, model,
                                      rng.random() < 0.3, res, digits(rng, 9)))

    def age(self, on: dt.date) -> int:
        b = self.pt.dob
        return on.year - b.year - ((on.month, on.day) < (b.month, b.day))

    def d(self, day: dt.date, style: str | None = None) -> str:
        return D(fmt_date(day, style or self.facs[0].datefmt))

    def t(self, h: int, mi: int, style: str = "24") -> str:
        return D(fmt_time(h, mi, style, (h * 7 + mi) % 60))


def fit_sex(key: str, sex: str) -> str:
    """Swap exams that do not fit the patient's sex (no pelvic US or mammogram for a man, no prostate MRI for a woman)."""
    if sex == "M" and key in ("us_pelvis", "mammo"):
        return "ct_abd" if key == "us_pelvis" else "xr_chest"
    if sex == "F" and key == "mr_prostate":
        return "us_pelvis"
    return key


def exam_title(key: str) -> str:
    t = EXAMS[key][2].title()
    for a, b in (("Pet/Ct", "PET/CT"), ("Mri", "MRI"), ("Ct ", "CT "), ("Us ", "US "), ("Xr ", "XR "), ("Pet/Ct", "PET/CT"), ("Iv ", "IV "),
                 ("Mr ", "MR ")):
        t = t.replace(a, b)
    return t


def _prev(w: World, s: Study) -> Study | None:
    i = w.studies.index(s)
    same = [p for p in w.studies[:i] if p.key == s.key]
    return same[-1] if same else None


def render_report(w: World, s: Study, style: int | None = None) -> str:
    """A full prior report as the performing facility printed it (marked text)."""
    rng, f, pt = w.rng, s.fac, w.pt
    person = pt.person
    code, _, title, fn = EXAMS[s.key]
    ds, ts = fmt_date(s.date, f.datefmt), fmt_time(s.h, s.mi, f.timefmt)
    age = w.age(s.date)
    style = (sum(map(ord, f.abbr)) % 4) if style is None else style
    mrn = pt.mrns[f.abbr]
    ref = s.ref
    if style == 0:
        head = (f"{FAC(f.name)} - Department of Radiology\n{f.addr_line()}   Phone {PHONE(f.phone)}\n{'=' * 60}\n"
                f"PATIENT: {person.form('LAST, FIRST M')}        MRN: {MRN(mrn)}\n"
                f"DOB: {D(fmt_date(pt.dob, f.datefmt))}  AGE/SEX: {age_phrase(age, person.sex, 'Y/S')}   ACCT: {ACCT(s.acct)}\n"
                f"EXAM: {title}\nACCESSION: {ACC(s.acc)}     DATE OF SERVICE: {D(ds)} {D(ts)}\n"
                f"ORDERING PHYSICIAN: {ref.form('LAST, FIRST cred')}\n")
    elif style == 1:
        head = (f"{FAC(f.name)}\nRadiology Report\n\nPatient Name: {person.form('First M. Last')}    Sex: {person.sex}"
                f"    Age: {age_phrase(age, person.sex, 'years')}\nDate of Birth: {D(fmt_date(pt.dob, f.datefmt))}    "
                f"Medical Record #: {MRN(mrn)}\nStudy: {exam_title(s.key)}    Acc #: {ACC(s.acc)}\n"
                f"Performed: {D(ds)} at {D(ts)}, {s.model} (S/N {SER(s.serial)})\n"
                f"Referring Physician: {ref.form('Name, cred')}    cc: {w.pcp.form('Dr. Last')}\n")
    elif style == 2:
        head = (f"{FAC(f.abbr)} RIS | {person.form('HL7')} | MRN {MRN(mrn)} | DOB {D(fmt_date(pt.dob, f.datefmt))} | "
                f"{age_phrase(age, person.sex, 'Y')} {person.sex}\nACC {ACC(s.acc)} | {code} | {title} | "
                f"{D(ds)} {D(ts)} | REF {ref.form('HL7')} | TECH {s.tech.form('F. Last')}\n{'-' * 60}\n")
    else:
        head = (f"{FAC(f.name)} | {f.addr_line()}\nDIAGNOSTIC IMAGING REPORT\n"
                f"Name: {person.form('Last, First')} | DOB: {D(fmt_date(pt.dob, f.datefmt))} | MRN: {MRN(mrn)} | "
                f"Visit: {ACCT(s.acct)}\nProcedure: {title} | Accession: {ACC(s.acc)}\nDate/Time: {D(ds)} {D(ts)}"
                f" | Requested by: {ref.form('Dr. First Last')} ({PHONE(ref.phone)})\n")
    ctx = {"factor": s.factor, "theme": w.theme, "surname": person.last}
    hist, tech, find, imp = fn(rng, ctx)
    prev = _prev(w, s)
    if prev is None:
        comp = "None available." if rng.random() < 0.5 else f"Outside images from {YR(s.date.year - rng.randint(2, 6))} not available."
    else:
        where = "" if prev.fac is f else f" performed at {FAC(prev.fac.name)}"
        comp = f"{exam_title(prev.key)} dated {D(fmt_date(prev.date, f.datefmt))}{where}."
    sx = "female" if person.sex == "F" else "male"
    body = (f"\n{SH('CLINICAL HISTORY')}: {age_phrase(age, person.sex, 'yo' if style == 2 else 'yo')} {sx}. {hist}\n"
            f"{SH('COMPARISON')}: {comp}\n{SH('TECHNIQUE')}: {tech}\n")
    if style != 1 and rng.random() < 0.5:
        body += f"Scanner: {s.model}, serial {SER(s.serial)}. Technologist: {s.tech.form('F. Last')}, {CRED(s.tech.cred)}.\n"
    body += f"\n{SH('FINDINGS')}:\n{find}\n\n{SH('IMPRESSION')}:\n{imp}\n\n"
    fin = min(23 * 60 + 59, s.h * 60 + s.mi + rng.randint(8, 200))
    sh, sm = divmod(fin, 60)
    if s.resident:
        body += f"Preliminary read by resident {s.resident.form('Name, cred')}.\n"
    rad = s.rad
    sig = rng.choice([
        f"Electronically signed by {rad.form('Name, cred')} on {D(ds)} at {D(fmt_time(sh, sm, f.timefmt))}.",
        f"Dictated by: {rad.form('LAST, FIRST cred')}   Signed: {D(ds)} {D(fmt_time(sh, sm, f.timefmt))}",
        f"Reading radiologist: {rad.form('Dr. First Last')} | {EMAIL_(rad)} | finalized {D(ds)} {D(fmt_time(sh, sm, f.timefmt))}",
    ])
    body += sig + "\n"
    if s.addendum:
        ad = s.date + dt.timedelta(days=rng.randint(1, 3))
        ah, am = rng.randint(7, 18), rng.randint(0, 59)
        body += (f"\n{SH('ADDENDUM')} ({D(fmt_date(ad, f.datefmt))} {D(fmt_time(ah, am, f.timefmt))}): "
                 + rng.choice([
                     f"Findings discussed by telephone with {ref.form('Dr. Last')} at {PHONE(ref.phone)}; read-back confirmed.",
                     f"Correction: the comparison study was performed at {FAC(rng.choice(w.facs).name)}, not as stated.",
                     f"Measurements re-checked by {rng.choice(f.radiologists).form('Dr. Last')}; no change to the impression.",
                     f"Result letter mailed to the patient at {_addr(pt)}.",
                 ]) + f"\n  -- {rad.form('F. Last')}\n")
    return head + body


def EMAIL_(p: Person) -> str:
    from b50_markup import EMAIL
    return EMAIL(p.email)


def _addr(pt: Patient) -> str:
    from b50_world import patient_addr
    return patient_addr(pt.addresses[-1])
