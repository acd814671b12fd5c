"""Tabular styles: tumor-board lists, teleradiology worklists, CSV exports, billing and scheduling snippets."""

from __future__ import annotations

import datetime as dt
import random

from b8_bits import address, doctor, fac, phone
from b8_cast import Person, age_phrase, date, digits, email_for, later, make_ids, make_person, pname, stamp, time
from b8_clinical import EXAMS, exam_name, findings, modality_word
from b8_markup import keep, pad, phi
from b8_pools import FACILITIES
from b8_scene import Scene


def _others(rng: random.Random, sc: Scene, n: int) -> list[Person]:
    taken = {
        w
        for q in (sc.patient, sc.relative, sc.referrer, sc.radiologist, sc.resident, sc.tech, sc.nurse)
        for w in (q.given, q.family)
        if w
    }
    out: list[Person] = []
    while len(out) < n:
        q = make_person(rng)
        if {q.given, q.family} & taken:
            continue
        taken |= {q.given, q.family} - {""}
        out.append(q)
    return out


def tumor_board(rng: random.Random, sc: Scene) -> tuple[str, str]:
    """Multidisciplinary tumor-board agenda: one line per case with presenter and imaging question."""
    when = sc.exam.replace(hour=7, minute=rng.choice([0, 15, 30]))
    pts = [sc.patient] + _others(rng, sc, rng.randint(2, 4))
    lines = [
        f"{rng.choice(['THORACIC', 'GI', 'NEURO-ONC', 'BREAST', 'GU'])} TUMOR BOARD - {fac(sc, rng)}",
        (
            f"{date(when.date(), rng.choice(['long', 'us', 'dmy_abbr']))} {time(when, rng.choice(['ampm', 'hm']))}"
            f" | Conf Rm {rng.choice(['B204', '3 North', 'Cedar'])} / Zoom"
        ),
        f"Moderator: {doctor(sc.referrer, rng, 'name_cred')}   Radiology: {doctor(sc.radiologist, rng, 'dr_last')}",
        "",
    ]
    for k, q in enumerate(pts, 1):
        ids = sc.ids if q is sc.patient else make_ids(rng)
        age = sc.age if q is sc.patient else rng.randint(34, 97)
        mod = rng.choice(["CT", "MR", "MG"])
        lines.append(
            f"{k}. {pname(q, rng.choice(['LAST_FIRST', 'last_first', 'plain']))} "
            f"({age_phrase(age, rng.choice(['Y', 'yo', 'yF']))}) MRN {phi('MRN', ids.mrn)} - "
            f"{findings(rng, mod, 1)[0]}"
        )
        lines.append(
            f"   Presenter: {pname(rng.choice([sc.resident, sc.nurse, sc.tech]), 'initial_last')}; "
            f"imaging {modality_word(rng, mod)} {date(sc.prior, rng.choice(['md', 'us_short']))}; "
            f"question: {rng.choice(['resectable?', 'SBRT vs surgery', 'biopsy target', 'restage'])}"
        )
    lines.append(
        f"Cases to {pname(sc.nurse, 'plain')} "
        f"({phi('EMAIL', 'tumorboard@' + rng.choice(['stbrendan.org', 'gsr.health']))}) "
        f"by {date(later(when, rng, -3000, -1500).date(), 'abbr_dot')} noon."
    )
    return "CT", "\n".join(lines)


def telerad_worklist(rng: random.Random, sc: Scene) -> tuple[str, str]:
    """Night teleradiology worklist: fixed-width rows with site, accession, name, age/sex, priority, timestamps."""
    pts = [sc.patient] + _others(rng, sc, rng.randint(3, 5))
    t = sc.exam
    lines = [
        f"NIGHTHAWK WORKLIST  reader: {pname(sc.radiologist, 'LAST_FIRST')}  node {phi('IP_ADDRESS', _ip(rng))}",
        "SITE      ACCESSION        PATIENT                      AGE/SEX  PRI   RECEIVED     EXAM",
    ]
    for q in pts:
        ids = sc.ids if q is sc.patient else make_ids(rng)
        age = sc.age if q is sc.patient else rng.randint(1, 99)
        mod = rng.choice(["CT", "MR", "XR", "US"])
        t = later(t, rng, 1, 25)
        agesex = age_phrase(age, "Y") + "/" + q.sex.upper()
        site, short = rng.choice(FACILITIES)
        site_cell = pad(phi("FACILITY", short or site), 10)
        lines.append(
            f"{site_cell}{pad(phi('ACCESSION', ids.acc), 17)}{pad(pname(q, 'LAST_FIRST'), 29)}{pad(agesex, 9)}"
            f"{rng.choice(['STAT', 'STAT', 'URG', 'RTN']):<6}{pad(date(t.date(), 'md') + ' ' + time(t, 'hm'), 13)}"
            f"{exam_name(rng, mod)}"
        )
    link = f"https://telerad.{rng.choice(['nighthawk-rad.net', 'nocturnarad.com'])}/wl/{digits(rng, 6)}"
    lines.append(f"Escalations: call site tech {pname(sc.tech, 'given')} {phone(rng)}; PACS link {phi('URL', link)}")
    return "CT", "\n".join(lines)


def _ip(rng: random.Random) -> str:
    return f"10.{rng.randint(10, 99)}.{rng.randint(0, 255)}.{rng.randint(2, 250)}"


def _csv_field(value: str) -> str:
    return f'"{value}"' if "," in value else value


def csv_export(rng: random.Random, sc: Scene) -> tuple[str, str]:
    """Spreadsheet export of a follow-up registry (incidental findings tracker); quoted fields where needed."""
    pts = [sc.patient] + _others(rng, sc, rng.randint(3, 5))
    header = rng.choice(
        [
            "mrn,patient_name,dob,exam_date,accession,finding,due,pcp,phone",
            "MRN,Name,DOB,Study Date,Acc #,Finding,Follow-up due,PCP,Contact",
        ]
    )
    lines = [header]
    for q in pts:
        ids = sc.ids if q is sc.patient else make_ids(rng)
        dob = sc.dob if q is sc.patient else dt.date(rng.randint(1930, 1995), rng.randint(1, 12), rng.randint(1, 28))
        exam = sc.exam if q is sc.patient else sc.exam - dt.timedelta(days=rng.randint(1, 300))
        mod = rng.choice(["CT", "US", "MR"])
        finding = findings(rng, mod, 1)[0].replace('"', "'")
        name = q.last_first()
        name_cell = f'"{phi("PERSON", name)}"' if "," in name else phi("PERSON", name)
        fmt = rng.choice(["us", "iso", "us_nopad"])
        lines.append(
            ",".join(
                [
                    phi("MRN", ids.mrn),
                    name_cell,
                    date(dob, fmt),
                    date(exam.date(), fmt),
                    phi("ACCESSION", ids.acc),
                    f'"{finding}"',
                    date(later(exam, rng, 80000, 300000).date(), fmt),
                    pname(rng.choice([sc.referrer, sc.nurse]), "surname"),
                    phone(rng, "dash", ext=False),
                ]
            )
        )
    return "CT", "\n".join(lines)


def billing_scheduling(rng: random.Random, sc: Scene) -> tuple[str, str]:
    """Scheduling/registration and billing screen: insurance, guarantor, SSN, account and authorization."""
    mod = rng.choice(list(EXAMS))
    p = sc.patient
    t = sc.exam
    lines = [
        f"APPOINTMENT CONFIRMATION  {fac(sc, rng)}",
        (
            f"Pt: {pname(p, rng.choice(['LAST_FIRST', 'last_first']))}   "
            f"DOB {date(sc.dob, rng.choice(['us', 'us_dash']))}"
            f"   MRN {phi('MRN', sc.ids.mrn)}"
        ),
        (
            f"Appt: {stamp(t, rng.choice(['us', 'abbr_long', 'long']), rng.choice(['ampm', 'ampm_tight']))} - "
            f"{exam_name(rng, mod)} (CPT {rng.choice(['74177', '70553', '76700', '73721', '77067'])})"
        ),
        f"Arrive by {time(later(t, rng, -30, -15), 'ampm')}; location {fac(sc, rng, outside=True)}, {address(sc, rng)}",
        (
            f"Primary ins: {rng.choice(['BCBS PPO', 'Aetna HMO', 'Medicare Part B', 'UHC Choice Plus', 'Medicaid'])}"
            f"  Member ID {phi('HEALTH_PLAN_ID', sc.ids.plan)}  Group {rng.randint(10000, 99999)}"
        ),
        (
            f"Guarantor: {pname(sc.relative, 'LAST_FIRST')} ({sc.relation})  SSN {phi('SSN', sc.ids.ssn)}  "
            f"Ph {phone(rng, ext=False)}"
        ),
        f"Attn: {pname(sc.tech, 'last_first')}, Patient Financial Services",
        (
            f"Hospital acct {phi('ACCOUNT_ID', sc.ids.account)}  Prior auth: approved "
            f"{date(later(t, rng, -9000, -2000).date(), 'us_short')} ref by {doctor(sc.referrer, rng, 'dr_last')}"
        ),
        (
            f"Prep: {rng.choice(['NPO 4 hours', 'full bladder', 'no deodorant', 'none'])}. Questions? "
            f"{pname(sc.nurse, 'given')} at {phone(rng, 'dot', ext=True)}"
        ),
    ]
    if rng.random() < 0.5:
        lines.append(
            f"Self-pay estimate emailed to {phi('EMAIL', _mail(sc, rng))}; "
            f"patient age {age_phrase(sc.age, 'years')}, {keep('modality', mod if mod != 'MR' else 'MRI')}."
        )
    return mod, "\n".join(lines)


def _mail(sc: Scene, rng: random.Random) -> str:
    return email_for(sc.patient, rng, rng.choice(["gmail.com", "aol.com", "yahoo.com"]))
