"""Styles written by clinicians: raw ASR dictation, ED/discharge notes quoting imaging, tumor board lists,
peer review forms, and addenda on top of the original report.
"""

from __future__ import annotations

import datetime as dt
import random

import b6_case as cs
import b6_places as places
import b6_speech as sp
import b6_values as val
from b6_case import age, date, dr, name, p, time
from b6_clinical import fill, header
from b6_markup import keep, lower_marked
from b6_people import make_person, relative_of

ASR_FILLERS = ["um", "uh", "scratch that", "", "", "", "", ""]


def _spoken_age(n: int) -> str:
    if n >= 90:
        return p("AGE_OVER_89", sp.number(n)) + " year old"
    return keep("age_under_90", f"{sp.number(n)} year old")


def asr_dictation(rng: random.Random) -> tuple[str, str]:
    """An unedited speech-recognition draft: lower case, spoken punctuation, spelled names and numbers."""
    c = cs.make_case(rng)
    pt, rad = c.patient, c.radiologist
    fill = lambda: rng.choice(ASR_FILLERS)  # noqa: E731 - a one-word generator read inline below
    spell = f" spelled {p('PERSON', sp.letters(pt.surname()))}" if rng.random() < 0.6 else ""
    parts = [f"this is {rng.choice(['doctor', 'dr'])} {name(rad, 'lower')} dictating {fill()} a {c.study}",
             f"on patient {name(pt, 'lower')}{spell} comma medical record number {p('MRN', sp.spelled(c.mrn))}",
             f"date of birth {p('DATE_TIME', sp.spoken_date(rng, c.dob))} period",
             f"this is a {_spoken_age(c.age)} {'female' if pt.sex == 'F' else 'male'} period",
             f"date of service {p('DATE_TIME', sp.spoken_date(rng, c.exam.date()))} at "
             f"{p('DATE_TIME', sp.spoken_time(rng, c.exam))} period new paragraph",
             f"{header('clinical history')} colon {c.indication} period new paragraph",
             f"{header('comparison')} colon "
             f"{rng.choice(['none', 'prior study from ' + keep('year', str(c.prior.year))])}"
             f" period new paragraph {header('findings')} colon"]
    for f in c.findings:
        parts.append(f.rstrip(".") + " period " + fill())
    parts.append(f"new paragraph {header('impression')} colon number one {c.impression[0].rstrip('.')} period")
    cc = make_person(rng)
    parts.append(f"please cc {rng.choice(['doctor', 'dr'])} {name(c.referrer, 'lower')} and {name(cc, 'lower')} "
                 f"at {p('FACILITY', rng.choice(places.CLINICS).lower())} period end of dictation")
    text = " ".join(x for x in parts if x)
    text = lower_marked(text).replace("  ", " ")
    head = f"[ASR DRAFT - NOT REVIEWED]  author: {name(rad, 'upper')}  recorded {date(c.signed, 'mdY')} " \
           f"{time(c.signed, 'hms')}\n"
    return c.modality, head + text


def ed_note(rng: random.Random) -> tuple[str, str]:
    """An ED provider note or discharge summary that quotes the imaging result and who called it in."""
    c = cs.make_case(rng)
    pt = c.patient
    arrive = c.exam - dt.timedelta(minutes=rng.randint(30, 240))
    spouse = relative_of(rng, pt)
    t1, t2, t3 = (c.exam + dt.timedelta(minutes=m) for m in sorted(rng.sample(range(5, 200), 3)))
    tf = rng.choice(["hhmm", "hm", "ampm"])
    pcp = make_person(rng)
    follow_up = rng.choice(["in 1 week", "on " + date(t3 + dt.timedelta(days=7), rng.choice(["md", "Md", "mdy"]))])
    device = ""
    if rng.random() < 0.45:
        device = (f" s/p {rng.choice(['dual-chamber PPM', 'ICD', 'VNS generator', 'spinal cord stimulator'])}"
                  f" (SN {p('DEVICE_SERIAL', val.serial(rng))}, implanted "
                  f"{keep('year', str(rng.randint(2009, 2023)))})")
    title = rng.choice(["EMERGENCY DEPARTMENT PROVIDER NOTE", "ED NOTE", "DISCHARGE SUMMARY"])
    lines = [title, f"{cs.facility(c)}   Arrival: {date(arrive, 'mdY')} {time(arrive, tf)}",
             f"Patient: {name(pt, rng.choice(['last_first', 'nick_full']))}   DOB: {date(c.dob, 'm/d/Y')}   "
             f"MRN: {p('MRN', c.mrn)}   "
             f"FIN: {p('ACCOUNT_ID', val.account_id(rng))}",
             f"Attending: {cs.signed_name(c.referrer, c.ref_cred, 'full')}   PCP: {dr(pcp)} "
             f"({p('FACILITY', rng.choice(places.CLINICS))})", "",
             f"HPI: {age(c.age, rng.choice(['year-old', 'yo', 'y/o']))} {'F' if pt.sex == 'F' else 'M'} "
             f"{rng.choice(['BIBA from home', 'walk-in', 'transferred from ' + phi_outside(rng)])} with "
             f"{c.indication}.{device} Lives at {cs.home_address(c)} with "
             f"{rng.choice(['wife' if spouse.sex == 'F' else 'husband', 'partner'])} {name(spouse, 'full')} "
             f"({p('PHONE', c.home_phone)}).",
             "", "ED COURSE:",
             f"{time(t1, tf)} - {c.study} ordered.",
             f"{time(t2, tf)} - Radiology ({dr(c.radiologist)}) called with prelim: \"{c.findings[0]}\"",
             f"{time(t3, tf)} - d/w {dr(c.resident)} ({rng.choice(['surgery', 'IR', 'ortho', 'ICU', 'OB'])}), "
             f"per {name(c.resident, 'surname')} plan for {rng.choice(['admission', 'OR', 'observation'])}.",
             "", f"IMAGING: {c.study} ({p('ACCESSION', c.acc)}) final read by "
                 f"{cs.signed_name(c.radiologist, c.rad_cred, 'full')}: {' '.join(c.impression)}",
             "", f"DISPOSITION: {rng.choice(['Admit', 'Discharge home', 'Transfer'])}. F/u with PCP "
                 f"{name(pcp, 'initial_last')} {follow_up}."]
    return c.modality, "\n".join(lines)


def phi_outside(rng: random.Random) -> str:
    """An outside hospital name as a FACILITY span."""
    return p("FACILITY", rng.choice(places.FACILITIES["us"])[0])


# tumor board -> (imaging modality, staging or score strings in the compact clinical markup)
BOARDS = {"THORACIC": ("CT", ["[s|cT2N1M0]", "[s|Lung-RADS 4B]", "SUV max [m|11.2]", "[s|cT1bN0]"]),
          "GI / HEPATOBILIARY": ("MR", ["[s|LI-RADS 5]", "[s|LI-RADS 4]", "[s|cT3N0]", "[e|Klatskin tumor]"]),
          "GU": ("MR", ["[s|Gleason 3+4=7], [s|PI-RADS 4]", "[s|PI-RADS 5]", "[s|Bosniak IV]"]),
          "BREAST": ("MG", ["[s|BI-RADS 6]", "[s|ypT1c]", "[s|BI-RADS 5]"]),
          "NEURO-ONCOLOGY": ("MR", ["enhancing on [q|T1 post-contrast]", "[q|DWI] restriction", "[s|WHO grade 4]"])}


def tumor_board(rng: random.Random) -> tuple[str, str]:
    """A multidisciplinary tumor board case list as the coordinator circulates it."""
    board = rng.choice(sorted(BOARDS))
    modality, stages = BOARDS[board]
    c0 = cs.make_case(rng, modality=modality)
    when = c0.exam.replace(hour=7, minute=rng.choice([0, 0, 15, 30]))
    coord = make_person(rng)
    lines = [f"{cs.facility(c0)} - {board} TUMOR BOARD",
             f"{date(when, rng.choice(['long', 'mdY', 'dMonY']))} at {time(when, rng.choice(['hm', 'ampm']))}, "
             f"{rng.choice(['Conf Rm 3B', 'Pavilion A Auditorium', 'Teams only'])}; join: "
             f"{p('URL', 'https://meet.' + c0.site.domain + '/tb/' + str(rng.randint(10**8, 10**9)))}",
             f"Coordinator: {name(coord, 'full')} ({p('PHONE', places.pager(rng))}) - please send path slides by "
             f"{date(when - dt.timedelta(days=2), 'Md')}", "",
             "#  Patient (MRN)  Age  Presenter  Imaging  Stage  Question"]
    for i in range(1, rng.randint(4, 7)):
        c = cs.make_case(rng, modality=modality)
        a = p("AGE_OVER_89", str(c.age)) if c.age >= 90 else keep("age_under_90", str(c.age))
        imaging = f"{keep('modality', c.modality)} {date(c.exam, 'mdy')}"
        if rng.random() < 0.4:
            imaging += f"; PET/{keep('modality', 'CT')} {date(c.prior, 'md')}"
        lines.append(f"{i}. {name(c.patient, rng.choice(['last_first', 'upper']))} ({p('MRN', c.mrn)})  {a}  "
                     f"{dr(c.referrer)}  {imaging}  {fill(rng, rng.choice(stages))}  "
                     f"{rng.choice(['resectable?', 'SBRT vs surgery', 'needs bx?', 'restage after neoadj', 'trial?'])}")
    lines += ["", f"Radiology: {name(c0.radiologist, 'full')}, {keep('credential', 'MD')}; Pathology: "
                  f"{dr(c0.resident)}. Minutes by {name(coord, 'initials')}."]
    return modality, "\n".join(lines)


SCANNERS = {"CT": ["Revolution Apex CT", "SOMATOM Force", "Aquilion ONE"], "MR": ["MAGNETOM Vida 3T", "Ingenia 1.5T"],
            "US": ["LOGIQ E10", "EPIQ Elite"], "XR": ["DRX-Evolution", "Ysio Max"], "MG": ["Selenia Dimensions"]}


def qa_peer_review(rng: random.Random) -> tuple[str, str]:
    """A RADPEER peer-review worksheet: reviewer, original reader, score, discrepancy, scanner serial."""
    c = cs.make_case(rng)
    reviewed = c.signed + dt.timedelta(days=rng.randint(3, 60))
    score = rng.choice(["RADPEER 1", "RADPEER 2a", "RADPEER 2b", "RADPEER 3b"])
    pt = c.patient
    init = pt.initials() if rng.random() < 0.5 else ".".join(pt.initials()) + "."
    lines = ["PEER REVIEW WORKSHEET - CONFIDENTIAL (quality improvement privileged)",
             f"Review date: {date(reviewed, 'mdY')}",
             f"Reviewer: {cs.signed_name(c.resident, 'MD', 'full')}    Original reader: {dr(c.radiologist)}",
             f"Exam: {c.study}   Acc: {p('ACCESSION', c.acc)}   Performed: {date(c.exam, 'mdY')} "
             f"{time(c.exam, 'hm')} at {cs.facility(c, abbreviated=rng.random() < 0.5)}",
             f"Patient: {p('PERSON', init)} (MRN {p('MRN', c.mrn)}, {age(c.age, 'Y')})",
             f"Equipment: {rng.choice(SCANNERS[c.modality])}  S/N {p('DEVICE_SERIAL', val.serial(rng))}  "
             f"Station IP {p('IP_ADDRESS', val.ip(rng))}", "",
             f"Score: {keep('score', score)}",
             f"Finding at issue: {c.findings[-1]}",
             f"Comment: {rng.choice(['Not mentioned in the original report.', 'Size underestimated.', 'Agree.'])} "
             f"Discussed with {dr(c.radiologist)} on {date(reviewed, 'md')}; "
             f"{name(c.radiologist, 'surname')}'s addendum issued {date(reviewed + dt.timedelta(days=1), 'mdY')}.",
             f"Technologist ({name(c.tech, 'initials')}): protocol "
             f"{rng.choice(['followed', 'deviated - no delayed phase'])}."]
    return c.modality, "\n".join(lines)


def addendum_report(rng: random.Random) -> tuple[str, str]:
    """An addendum (outside comparison, phone call) on top of the original signed report."""
    c = cs.make_case(rng)
    add_t = c.signed + dt.timedelta(hours=rng.randint(2, 40))
    outside_d = c.prior
    call_t = add_t - dt.timedelta(minutes=rng.randint(3, 30))
    city = rng.choice(places.CITIES["us"])
    lines = [f"{header('ADDENDUM')} #{rng.randint(1, 2)} ({date(add_t, 'mdY')} {time(add_t, 'hm')}):",
             f"Outside images from {phi_outside(rng)}, {p('CITY', city)}, {rng.choice(places.REGIONS['us'])}, dated "
             f"{date(outside_d, rng.choice(['mdY', 'long', 'dMonY']))} were imported and reviewed. "
             f"{rng.choice(['The finding is new.', 'The finding is unchanged.', 'Slight interval growth.'])}",
             f"Findings discussed with {dr(c.referrer)} by telephone at {time(call_t, 'hours')} on "
             f"{date(call_t, 'md')}, with read-back.",
             f"{cs.signed_name(c.radiologist, c.rad_cred)}", "",
             "--- ORIGINAL REPORT ---", cs.report_body(rng, c), "",
             f"Resident: {cs.signed_name(c.resident, 'MD', 'full')}",
             f"Attending: {cs.signed_name(c.radiologist, c.rad_cred, 'full')}. I have personally reviewed the images"
             f" and agree with {dr(c.resident)}'s findings.",
             f"Signed {date(c.signed, 'mdY')} {time(c.signed, 'ampm')}"]
    return c.modality, "\n".join(lines)


STYLES = {"asr_dictation": asr_dictation, "ed_note": ed_note, "tumor_board": tumor_board,
          "qa_peer_review": qa_peer_review, "addendum_report": addendum_report}
