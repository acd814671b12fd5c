"""Narrative styles: RIS report headers, ASR dictations, discharge and ED notes, outside reads, MRI safety forms."""

from __future__ import annotations

import random

from b8_bits import address, city_line, doctor, fac, phone, signature
from b8_cast import age_phrase, date, later, pname, safe_initials, serial, stamp, time
from b8_clinical import echo, exam_name, findings, header, history, impression, modality_word
from b8_markup import keep, lower, phi
from b8_pools import IMPLANTS
from b8_scene import Scene

MODS = ["CT", "MR", "US", "XR", "MG"]


def ris_header(rng: random.Random, sc: Scene) -> tuple[str, str]:
    """RIS/PACS report as sent to the drafting model: a fixed-width header block, then the report body."""
    mod = rng.choice(MODS)
    p, ids = sc.patient, sc.ids
    lab = rng.choice(
        [
            ("PATIENT", "MRN", "ACC#", "DOB", "EXAM DATE"),
            ("Pt Name", "Med Rec #", "Accession", "Birth Date", "Date of Service"),
            ("NAME", "UNIT NO", "ACCN", "D.O.B.", "EXAM DT/TM"),
        ]
    )
    dfmt = rng.choice(["us", "us_short", "dmy_abbr", "DMY_UP", "us_nopad"])
    lines = [
        f"{fac(sc, rng)}  DEPARTMENT OF RADIOLOGY",
        f"{lab[0]}: {pname(p, rng.choice(['LAST_FIRST', 'last_first']))}    {lab[1]}: {phi('MRN', ids.mrn)}",
        (
            f"{lab[2]}: {phi('ACCESSION', ids.acc)}    {lab[3]}: {date(sc.dob, dfmt)}    AGE/SEX: "
            f"{age_phrase(sc.age, rng.choice(['Y', 'yF', 'years']))}"
            f"/{sc.patient.sex.upper()}"
        ),
        f"{lab[4]}: {stamp(sc.exam, dfmt, rng.choice(['hm', 'ampm', 'hms']))}",
        (
            f"ORDERING: {pname(sc.referrer, rng.choice(['LAST_FIRST', 'last_first', 'first_last']))}, "
            f"{keep('credential', rng.choice(['MD', 'DO', 'NP', 'PA-C']))}   "
            f"Ph {phone(rng, rng.choice(['paren', 'dash', 'dot']))}"
        ),
        f"EXAM: {exam_name(rng, mod)}",
        "",
    ]
    body = [
        f"{header(rng, 'Clinical history')}: {history(rng)}",
        f"{header(rng, 'Comparison')}: {modality_word(rng, mod)} {date(sc.prior, dfmt)} at "
        f"{fac(sc, rng, outside=True)}."
        if rng.random() < 0.6
        else f"{header(rng, 'Comparison')}: None.",
        f"{header(rng, 'Findings')}:",
        *[f for f in [*findings(rng, mod, rng.randint(2, 4)), echo(sc.patient.family)] if f],
        "",
        f"{header(rng, 'Impression')}:",
        "1. " + impression(rng),
        "",
        (
            f"Electronically signed by {pname(sc.radiologist, 'first_last')}, {keep('credential', 'MD')} on "
            f"{stamp(later(sc.exam, rng, 30, 600), dfmt, rng.choice(['hm', 'ampm']))}"
        ),
    ]
    if rng.random() < 0.5:
        body.insert(
            -1,
            f"Preliminary read by {pname(sc.resident, rng.choice(['first_last', 'initial_last']))}, "
            f"{keep('credential', 'MD')} (PGY-{rng.randint(2, 5)}); technologist "
            f"{pname(sc.tech, rng.choice(['initials', 'first_last']) if safe_initials(sc.tech) else 'plain')}.",
        )
    return mod, "\n".join(lines + body)


_ASR_FILLERS = ["um", "uh", "period", "comma", "new paragraph", "scratch that"]


def asr_dictation(rng: random.Random, sc: Scene) -> tuple[str, str]:
    """Raw speech-recognition output before cleanup: lower case, spoken punctuation, misheard words."""
    mod = rng.choice(["CT", "MR", "XR", "US"])
    p = sc.patient
    spoken_mrn = " ".join(sc.ids.mrn) if rng.random() < 0.3 else sc.ids.mrn
    parts = [
        (
            f"this is doctor {pname(sc.radiologist, 'lower')} dictating on {pname(p, 'lower')} "
            f"medical record number {phi('MRN', spoken_mrn)} period"
        ),
        (
            f"date of service {date(sc.exam.date(), rng.choice(['lower_md', 'us_nopad', 'ordinal']))} "
            f"at {time(sc.exam, rng.choice(['ampm_tight', 'ampm_dots', 'hm']))} comma {lower(exam_name(rng, mod))}"
        ),
        f"new paragraph {keep('section_header', 'history')} {lower(history(rng))}",
        f"{keep('section_header', 'findings')} colon " + " ".join(findings(rng, mod, 2)),
        rng.choice(["um", "uh", "scratch that"]) + f" the patient is a {age_phrase(sc.age, 'yo_hyphen')} "
        f"{'female' if p.sex == 'f' else 'male'} period",
        f"{keep('section_header', 'impression')} colon {impression(rng)}",
        (
            f"results discussed with {pname(sc.referrer, rng.choice(['lower', 'surname', 'plain']))} "
            f"at {time(later(sc.exam, rng, 20, 200), rng.choice(['ampm_dots', 'hours', 'hm']))} "
            f"callback number {phone(rng, rng.choice(['dash', 'space']), ext=False)} period end of dictation"
        ),
    ]
    if rng.random() < 0.5:
        parts.insert(
            4,
            f"the patients {rng.choice(['daughter', 'son', 'husband', 'wife'])} "
            f"{pname(sc.relative, 'lower')} was present at bedside period",
        )
    if rng.random() < 0.4:
        parts.append(f"cc {pname(sc.nurse, 'lower')} at {fac(sc, rng)} job number {rng.randint(100000, 999999)}")
    return mod, " ".join(parts)


def discharge_summary(rng: random.Random, sc: Scene) -> tuple[str, str]:
    """Hospitalist discharge summary that quotes the imaging read and lists follow-up."""
    mod = rng.choice(["CT", "MR", "US"])
    p = sc.patient
    adm = sc.exam.date()
    lines = [
        f"DISCHARGE SUMMARY - {fac(sc, rng)}",
        (
            f"Patient: {pname(p, rng.choice(['plain', 'first_last', 'last_first', 'nick']))}   "
            f"{rng.choice(['MRN', 'Med Rec No.', 'EPI'])}: {phi('MRN', sc.ids.mrn)}   "
            f"{rng.choice(['CSN', 'Acct', 'FIN', 'Encounter #'])}: {phi('ACCOUNT_ID', sc.ids.account)}"
        ),
        f"Admitted: {date(adm, 'us')}   Discharged: {date(later(sc.exam, rng, 2000, 9000).date(), 'us')}",
        f"Attending: {doctor(sc.referrer, rng, 'name_cred')}   PCP: {doctor(sc.nurse, rng, 'dr_full')}",
        "",
        (
            f"HPI: Patient is a {age_phrase(sc.age, 'yo_hyphen')}"
            f" {'woman' if p.sex == 'f' else 'man'} from {phi('CITY', sc.city)} admitted with {lower(history(rng))}"
        ),
        (
            f"Imaging: {exam_name(rng, mod)} ({date(adm, 'md')}) read by {doctor(sc.radiologist, rng, 'dr_last')}:"
            f' "{" ".join(findings(rng, mod, 2))}" {echo(sc.patient.family)}'
        ),
        (
            f"Hospital course: improved. Seen by {rng.choice(['surgery', 'IR', 'GI', 'neurology'])} "
            f"({doctor(sc.resident, rng)})."
        ),
        (
            f"Disposition: home with {sc.relation} {pname(sc.relative, 'plain')} "
            f"(cell {phone(rng, ext=False)}), {address(sc, rng)}."
        ),
        (
            f"Follow-up: {fac(sc, rng, outside=True)} on "
            f"{date(later(sc.exam, rng, 20000, 60000).date(), rng.choice(['long', 'us', 'abbr_long']))}"
            f" at {time(sc.exam.replace(hour=rng.randint(8, 15), minute=rng.choice([0, 15, 30, 45])), 'ampm')}; "
            f"repeat {modality_word(rng, mod)} in 3 months."
        ),
    ]
    if rng.random() < 0.5:
        impl, pattern = rng.choice(IMPLANTS)
        lines.insert(
            6,
            f"Devices: {impl}, serial {phi('DEVICE_SERIAL', serial(rng, pattern))} "
            f"(implanted {keep('year', str(rng.randint(2012, 2024)))}).",
        )
    lines.append(
        f"Electronically signed: {pname(sc.referrer, 'first_last')}, {keep('credential', 'MD')} "
        f"{stamp(later(sc.exam, rng, 9000, 12000), 'us_short', 'hm')}"
    )
    return mod, "\n".join(lines)


def ed_note(rng: random.Random, sc: Scene) -> tuple[str, str]:
    """ED provider note: triage times in military shorthand, imaging quoted, consults and callbacks."""
    mod = rng.choice(["CT", "XR", "US"])
    p = sc.patient
    t0 = sc.exam
    lines = [
        (
            f"ED PROVIDER NOTE   {fac(sc, rng)}   Arrival {date(t0.date(), rng.choice(['us', 'us_short']))} "
            f"{time(t0, 'hours')}"
        ),
        (
            f"{pname(p, 'LAST_FIRST')}  {age_phrase(sc.age, rng.choice(['Y', 'y_o', 'yo']))} "
            f"{p.sex.upper()}  MRN {phi('MRN', sc.ids.mrn)}"
        ),
        f"CC: {history(rng)} Brought in by {sc.relation} ({pname(sc.relative, 'given')}).",
        f"{time(later(t0, rng, 10, 60), rng.choice(['mil', 'hrs']))} {modality_word(rng, mod)} ordered.",
        f"{time(later(t0, rng, 61, 180), rng.choice(['mil', 'hrs']))} Prelim read per "
        f"{pname(sc.radiologist, rng.choice(['surname', 'initial_last']))} (teleradiology): "
        + " ".join(findings(rng, mod, 2)),
        (
            f"{time(later(t0, rng, 181, 240), rng.choice(['mil', 'hrs']))} d/w {doctor(sc.referrer, rng, 'dr_last')}"
            f" ({rng.choice(['ortho', 'gen surg', 'neurosurg'])}), pager {phi('PHONE', str(rng.randint(1000, 9999)))}."
        ),
        (
            f"Dispo: admit. Pt's home: {phi('STREET_ADDRESS', sc.street)}, {city_line(sc)}. Home ph "
            f"{phone(rng, ext=False)}."
        ),
        (
            f"{pname(sc.nurse, 'first_last')}, {keep('credential', 'RN')} / {pname(sc.resident, 'first_last')}, "
            f"{keep('credential', rng.choice(['PA-C', 'MD', 'DO']))}"
        ),
    ]
    return mod, "\n".join(lines)


def outside_film(rng: random.Random, sc: Scene) -> tuple[str, str]:
    """Second-opinion read of outside images uploaded from another hospital's CD."""
    mod = rng.choice(["CT", "MR"])
    p = sc.patient
    text = [
        f"OUTSIDE FILM CONSULTATION ({keep('modality', 'CT' if mod == 'CT' else 'MRI')})",
        f"Images from: {fac(sc, rng, outside=True)}, {phi('CITY', sc.city)}, {sc.state}",
        f"Outside accession {phi('ACCESSION', sc.ids.acc2)}; local accession {phi('ACCESSION', sc.ids.acc)}",
        (
            f"Patient {pname(p, rng.choice(['last_first', 'plain']))} "
            f"(DOB {date(sc.dob, rng.choice(['us', 'iso', 'abbr_long']))}),"
            f" local MRN {phi('MRN', sc.ids.mrn)}"
        ),
        (
            f"Outside study date: {date(sc.prior, rng.choice(['long', 'dmy_abbr', 'us_short']))}. Outside report by "
            f"{doctor(sc.tech, rng, 'dr_full')} {'not available' if rng.random() < 0.4 else 'reviewed'}."
        ),
        f"Requested by {doctor(sc.referrer, rng)} for tumor board.",
        "",
        f"{header(rng, 'Findings', 'title')}: " + " ".join([*findings(rng, mod, 3), echo(sc.patient.family)]).strip(),
        f"{header(rng, 'Impression', 'title')}: {impression(rng)} Agree with outside interpretation except as above.",
        "",
        signature(sc.radiologist, rng, sc),
    ]
    return mod, "\n".join(text)


def mri_safety(rng: random.Random, sc: Scene) -> tuple[str, str]:
    """MRI safety screening form for a patient with an implant: model, serial and vendor hotline."""
    impl, pattern = rng.choice(IMPLANTS)
    p = sc.patient
    sn = phi("DEVICE_SERIAL", serial(rng, pattern))
    lines = [
        f"MRI SAFETY SCREENING - {fac(sc, rng)}",
        (
            f"Name: {pname(p, rng.choice(['last_first', 'LAST_FIRST']))}  DOB: {date(sc.dob, 'us')}  "
            f"MRN: {phi('MRN', sc.ids.mrn)}"
        ),
        f"Scheduled: {exam_name(rng, 'MR')} on {stamp(sc.exam, 'us_short', 'ampm')}",
        (
            f"Implant: {impl}; {rng.choice(['SN', 'Serial #', 'S/N', 'Serial No.'])} {sn}; "
            f"implanted {keep('year', str(rng.randint(2010, 2024)))} at {fac(sc, rng, outside=True)}"
        ),
        (
            f"MR Conditional per manufacturer; {keep('sequence', rng.choice(['SWI', 'DWI', 'T2 FLAIR']))} "
            f"and {keep('sequence', 'STIR')} permitted, SAR limited. Lead impedance checked."
        ),
        (
            f"Device rep {pname(sc.tech, rng.choice(['plain', 'first_last']))} "
            f"{phone(rng, rng.choice(['one', 'dash']), ext=rng.random() < 0.5)} confirmed programming."
        ),
        f"Cardiology: {doctor(sc.referrer, rng)} cleared; {doctor(sc.radiologist, rng, 'dr_last')} supervising.",
        (
            f"Screened by {pname(sc.nurse, 'plain')}, {keep('credential', rng.choice(['RN', 'RT(R)(MR)']))} "
            f"{time(sc.exam, 'hm')}"
        ),
    ]
    return "MR", "\n".join(lines)
