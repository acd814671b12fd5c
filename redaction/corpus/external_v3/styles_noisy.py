"""Noisy and narrative styles: OCR'd outside fax, voice-dictation transcript, incident report, teaching case,
radiology-pathology correlation."""

from __future__ import annotations

import datetime as dt
import random

from . import when
from .case import Case
from .clinical import FINDINGS, fits, header
from .common import body, history, modality_kp, signoff, study_for
from .markup import kp, ph
from .noise import ocr, wrap
from .people import clinician, make_person


def ocr_fax(c: Case, rng: random.Random) -> tuple[str, str]:
    """An outside report received by fax and OCR'd: banner line, mangled labels, hard line breaks."""
    s = study_for(c, rng)
    p = c.patient
    if not p.mononym and rng.random() < 0.4:  # the name broken across lines by the fax layout
        name = ph("PERSON", f"{p.last.upper()},\n{p.first.upper()}")
    else:
        name = p.formal()
    banner = (f"{c.d(fmt=rng.choice(('us', 'dmy_caps', 'iso')))} {c.t(fmt='hm24')}  "
              f"FROM: {c.p('PHONE', c.referrer_fax)}"
              f"  {c.fac(outside=True)}  P.{rng.randint(1, 3)}/{rng.randint(3, 5)}")
    core = "\n".join([
        f"PATlENT NAME: {name}      DOB: {c.dob_str()}",
        f"MED REC #: {c.p('MRN', c.mrn)}    ACC: {c.p('ACCESSION', c.accession)}"
        + (f"    SS#: {c.p('SSN', c.ssn)}" if rng.random() < 0.5 else ""),
        f"REFERRING: {c.referrer.formal()}",
        body(c, s, rng),
        signoff(c, rng),
    ])
    text = banner + "\n" + wrap(ocr(core, rng, 0.04), rng, rng.randint(48, 70))
    text += f"\nCONFIDENTIALITY NOTICE: if received in error call {c.p('PHONE', c.referrer_phone)}."
    return s.modality, text


def _spell_digits(value: str) -> str:
    return " ".join(ch for ch in value if ch.isalnum())


def voice_transcript(c: Case, rng: random.Random) -> tuple[str, str]:
    """Raw speech-recognition output of a dictation: spelled letters and digits, spoken dates and commands."""
    s = study_for(c, rng)
    p = c.patient
    spell = ph("PERSON", " ".join(p.last.upper().replace(" ", "").replace("'", ""))) if not p.mononym else ""
    mrn_words = rng.random() < 0.5
    mrn_val = (" ".join(when.words(int(ch)) for ch in c.mrn if ch.isdigit()) if mrn_words
               else _spell_digits(c.mrn))
    t_spoken = dt.time(c.study_time.hour, c.study_time.minute)
    spelled = f" last name spelled {spell} period" if spell else ""
    lines = [
        f"this is {c.radiologist.plain_name()} dictating for {c.fac()} on {c.d(fmt='spoken')} at "
        f"{c.t(t_spoken, 'spoken')} period",
        f"patient {p.plain_name()}{spelled} M R N {ph('MRN', mrn_val)} period date of birth "
        f"{c.dob_str('spoken')} period",
        f"{c.age_str('spoken')} {'female' if p.sex == 'F' else 'male'} new paragraph",
        f"{modality_kp(c, s)} comparison {c.d(c.prior_date, 'spoken_md')} new paragraph",
        f"{header(rng, 'findings', colon=False)} colon " + " ".join(f.rstrip('.') + " period" for f in s.findings),
        f"new paragraph {header(rng, 'impression', colon=False)} colon number one {s.impression.rstrip('.')} period",
        f"please send a copy to {c.referrer.title_last()} and cc {c.relative.plain_name()} no scratch that "
        f"cc {make_person(rng).title_last()} end of dictation",
    ]
    return s.modality, "\n".join(lines)


def incident_report(c: Case, rng: random.Random) -> tuple[str, str]:
    """Safety event report (contrast extravasation or fall in the department) with witnesses and times."""
    s = study_for(c, rng, rng.choice(("CT", "MR")))
    witness = clinician(rng, "tech")
    t1 = when.later(rng, c.study_time, 20)
    event = rng.choice((
        f"extravasation of about {kp('measurement', f'{rng.randint(20, 90)} mL')} of contrast in the right antecubital "
        "fossa during power injection",
        "patient slid from the scanner table during transfer; no loss of consciousness",
        "wrong patient scanned for the first series; scan stopped after the scout",
    ))
    lines = [
        f"SAFETY EVENT REPORT  (event date {c.d()}, time {c.t()})",
        f"Location: {c.fac()}, {modality_kp(c, s)} suite 2",
        f"Patient: {c.patient.plain_name()}, {c.age_str('yo')}, MRN {c.p('MRN', c.mrn)}, acc "
        f"{c.p('ACCESSION', c.accession)}",
        f"Description: {event}. Technologist {c.tech.signed()} responded; {witness.plain_name()}, "
        f"{kp('credential', witness.credential)}, witnessed.",
        f"Provider notified: {c.radiologist.title_last()} at {c.t(t1)}; "
        f"{c.relative.plain_name()} ({c.relation}) informed by phone {c.p('PHONE', c.relative_phone)}.",
        f"Equipment: power injector serial {c.p('DEVICE_SERIAL', c.serial)}; sequestered for biomed.",
        f"Reporter: {c.nurse.plain_name()}, {kp('credential', c.nurse.credential)}  ext/pager "
        f"{c.p('PHONE', c.pager)}",
    ]
    return s.modality, "\n".join(lines)


def teaching_case(c: Case, rng: random.Random) -> tuple[str, str]:
    """Teaching-file write-up dense with eponyms, grades, ages under 90 and bare years; a courtesy line leaks."""
    region = rng.choice(tuple(FINDINGS))
    age = rng.randint(6, 17) if region == "peds" else rng.randint(19, 88)
    sex = rng.choice("FM") if region not in ("breast",) else "F"
    sents = [f(rng) for f in FINDINGS[region]]
    rng.shuffle(sents)
    sents = [x for x in sents if fits(x, sex, age)][:4]
    year = rng.randint(1995, 2023)
    lines = [
        f"Teaching file: {region} - case {rng.randint(100, 999)}",
        f"A {kp('age_under_90', f'{age}-year-old')} presented in {kp('year', str(year))} and again in "
        f"{kp('year', str(year + rng.randint(1, 2)))}.",
        *sents,
        f"Pearls: remember the differential for lesions near these landmarks; see "
        f"{kp('section_header', 'DISCUSSION')}.",
        f"Case courtesy of {c.radiologist.signed()}, {c.fac()}. "
        + rng.choice((f"(source acc {c.p('ACCESSION', c.accession)} - remove before publishing)",
                      f"Submitted {c.d()}.", f"Contact: {c.p('EMAIL', c.referrer_email)}")),
    ]
    modality = {"breast": "MG", "thyroid": "US", "peds": "XR", "msk": "XR"}.get(region, rng.choice(("CT", "MR")))
    return modality, "\n".join(lines)


PATH_RESULTS = ("invasive ductal carcinoma, grade 2", "benign follicular nodule", "acinar adenocarcinoma",
                "fibroadenoma")


def rad_path_correlation(c: Case, rng: random.Random) -> tuple[str, str]:
    """Radiology-pathology concordance note after image-guided biopsy."""
    region = rng.choice(("breast", "thyroid", "pelvis", "abdomen") if c.patient.sex == "F" else
                        ("thyroid", "pelvis", "abdomen"))
    modality = {"breast": "US", "thyroid": "US", "pelvis": "MR" if c.patient.sex == "M" else "US", "abdomen": "CT"}
    s = study_for(c, rng, modality[region], region)
    path_acc = f"{rng.choice(('S', 'SP', 'CP'))}{c.study_date.year % 100}-{rng.randint(1000, 99999)}"
    pathologist = clinician(rng)
    lines = [
        f"RAD-PATH CORRELATION  {c.fac()}",
        f"{c.patient.formal()}  {c.dob_str()}  MRN {c.p('MRN', c.mrn)}",
        f"Biopsy {c.d()} ({modality_kp(c, s)} guided, acc {c.p('ACCESSION', c.accession)}) by "
        f"{c.radiologist.title_last()}; {kp('measurement', f'{rng.choice((14, 16, 18))}-gauge')} core x "
        f"{rng.randint(3, 6)}.",
        f"Imaging: {s.findings[0]}",
        f"Pathology ({c.p('ACCESSION', path_acc)}, {pathologist.signed()}, {c.d(c.study_date + dt.timedelta(days=3))}):"
        f" {rng.choice(PATH_RESULTS)}.",
        f"Billing FIN {c.p('ACCOUNT_ID', c.account)}.",
        f"Concordance: {rng.choice(('concordant', 'discordant - recommend excision', 'concordant benign'))}. "
        f"Patient notified by {c.nurse.plain_name()} on {c.d(c.study_date + dt.timedelta(days=4), 'month_day')}.",
        f"{history(c, rng, s.region)}",
    ]
    return s.modality, "\n".join(lines)
