"""Communication styles: tumor-board minutes, critical-result log, corrected report, resident sign-out, chat."""

from __future__ import annotations

import datetime as dt
import random

from . import when
from .case import Case, email_for, new_case
from .clinical import header
from .common import body, history, modality_kp, signoff, study_for
from .markup import kp
from .people import clinician


BOARDS = {"abdomen": "Hepatobiliary / GI", "chest": "Thoracic", "neuro": "Neuro-Oncology", "pelvis": "GU / Gyn",
          "breast": "Breast", "msk": "Sarcoma", "spine": "Spine", "thyroid": "Head & Neck", "peds": "Pediatric"}


def tumor_board_minutes(c: Case, rng: random.Random) -> tuple[str, str]:
    """Multidisciplinary tumor board minutes: attendees, two cases, action items with owners and dates."""
    s = study_for(c, rng, rng.choice(("CT", "MR")))
    other = new_case(rng)
    s2 = study_for(other, rng)
    onc, surg = clinician(rng), clinician(rng)
    lines = [
        f"{c.fac()} - {BOARDS.get(s.region, 'General')} Tumor Board - minutes {c.d()}",
        f"Chair: {onc.signed()}   Radiology: {c.radiologist.title_last()}   Surgery: {surg.signed()}   "
        f"Scribe: {c.nurse.signed()}",
        "",
        f"Case 1. {c.patient.formal()} (MRN {c.p('MRN', c.mrn)}), {history(c, rng, s.region)}",
        f"  Imaging ({modality_kp(c, s)} {c.d(c.study_date, 'md')}): " + " ".join(s.findings),
        f"  Discussion: {c.radiologist.title_last()} reviewed; {onc.title_last()} favors systemic therapy first.",
        f"  Action: {surg.initial_last()} to see patient in clinic {c.d(c.study_date + dt.timedelta(days=9), 'md')}; "
        f"{c.relative.plain_name()} ({c.relation}) to be called at {c.p('PHONE', c.relative_phone)}.",
        "",
        f"Case 2. {other.patient.formal(upper=False)}, MRN {c.p('MRN', other.mrn)}, outside films from "
        f"{other.fac()} ({other.d(other.prior_date)}).",
        f"  {' '.join(s2.findings)}",
        f"  Action: re-image in 3 months; {other.referrer.title_last()} informed.",
        "",
        f"Next meeting {c.d(c.study_date + dt.timedelta(days=7), 'weekday_long')}, {c.t(fmt='hm12')}, "
        f"room B-214.",
    ]
    return s.modality, "\n".join(lines)


def critical_callback_log(c: Case, rng: random.Random) -> tuple[str, str]:
    """Critical-result communication log with repeated call attempts, pagers and read-back."""
    s = study_for(c, rng, rng.choice(("CT", "MR", "XR")))
    t0 = c.study_time
    t1, t2 = when.later(rng, t0, 25), when.later(rng, t0, 70)
    t1, t2 = sorted((t1, t2))
    fmt = rng.choice(("hm24", "military", "hm12", "hrs"))
    lines = [
        f"CRITICAL RESULT LOG  |  {c.fac()}  |  Acc {c.p('ACCESSION', c.accession)}",
        f"Pt: {c.patient.formal()}   DOB {c.dob_str()}   Loc: 5W-12",
        f"Finding: {s.findings[0]}",
        f"{c.t(t0, fmt)}  Result finalized by {c.radiologist.signed()}",
        f"{c.t(t1, fmt)}  Paged ordering provider {c.referrer.title_last()} (pgr {c.p('PHONE', c.pager)}) - no answer",
        f"{c.t(t2, fmt)}  Spoke with {c.nurse.plain_name()}, {kp('credential', c.nurse.credential)}, covering; "
        f"read-back confirmed. Callback {c.p('PHONE', c.referrer_phone)}.",
        f"Closed {c.d()} by {c.tech.initials()}.",
    ]
    if rng.random() < 0.5:
        lines.insert(2, f"Enc: {c.p('ACCOUNT_ID', c.account)}   Images: {c.url()}")
    return s.modality, "\n".join(lines)


def corrected_report(c: Case, rng: random.Random) -> tuple[str, str]:
    """A finalized report followed by a CORRECTED REPORT block naming what changed and who was told."""
    s = study_for(c, rng)
    wrong_side = rng.choice(("left", "right"))
    lines = [
        f"*** CORRECTED REPORT ***  {c.fac()}",
        f"Patient: {c.patient.full()}  |  MRN: {c.p('MRN', c.mrn)}  |  DOB: {c.dob_str()}  |  "
        f"Visit: {c.p('ACCOUNT_ID', c.account)}",
        body(c, s, rng),
        signoff(c, rng),
        "",
        f"{header(rng, 'CORRECTION')} ({c.d(c.study_date + dt.timedelta(days=1))} "
        f"{c.t(when.later(rng, c.study_time))})",
        f"The original report stated the {wrong_side} side in error; laterality corrected. "
        f"Discussed with {c.referrer.plain_name()} by telephone. Prior version retained in the record.",
        f"Corrected by {c.radiologist.initial_last()}.",
    ]
    if rng.random() < 0.5:
        lines.append(f"Viewer: {c.url('zfp')} (workstation {c.p('IP_ADDRESS', c.ip)})")
    return s.modality, "\n".join(lines)


def resident_signout(c: Case, rng: random.Random) -> tuple[str, str]:
    """Overnight resident handoff list: several patients, pending reads, to-dos for the day team."""
    cases = [c] + [new_case(rng, year=c.study_date.year) for _ in range(rng.randint(1, 2))]
    out = [f"Night float sign-out {c.d(fmt='md')} -> day team ({c.resident.first_only()} to "
           f"{rng.choice(('Keoni', 'the body fellow', 'neuro attending'))})", ""]
    for i, k in enumerate(cases, 1):
        s = study_for(k, rng, rng.choice(("CT", "MR", "XR", "US")))
        out.append(f"{i}) {k.patient.last_only()}, {k.age_str('sexage')}, ED bay {rng.randint(1, 30)} - "
                   f"{modality_kp(k, s)} acc {k.p('ACCESSION', k.accession)}")
        out.append(f"   prelim: {s.findings[0]}")
        out.append(rng.choice((f"   TODO: call {k.referrer.title_last()} at {k.p('PHONE', k.referrer_phone)} "
                               f"if final differs",
                               f"   family ({k.relative.first_only()}) asking for update; {k.relation} at bedside",
                               f"   attending {k.radiologist.last_only()} to overread by {k.t(fmt='hm24')}")))
    out.append(f"\n-- {c.resident.plain_name()}, PGY-3, pager {c.p('PHONE', c.pager)}")
    return rng.choice(("CT", "MR", "XR")), "\n".join(out)


def referrer_chat(c: Case, rng: random.Random) -> tuple[str, str]:
    """Secure-chat transcript between a referrer and the reading radiologist, with timestamps and handles."""
    s = study_for(c, rng)
    t = c.study_time
    stamps = sorted(when.later(rng, t, 40) for _ in range(4))
    ref, rad = c.referrer, c.radiologist
    fmt = rng.choice(("hm12", "ampm_tight", "hm24"))
    lines = [
        f"[{c.t(stamps[0], fmt)}] {ref.plain_name()}: hey, can you look at {c.patient.first_only()} "
        f"{c.patient.last_only()}'s {modality_kp(c, s)} from this morning? MRN {c.p('MRN', c.mrn)}",
        f"[{c.t(stamps[1], fmt)}] {rad.plain_name()}: on it. {s.findings[0]}",
        f"[{c.t(stamps[2], fmt)}] {ref.plain_name()}: ok. {'she' if c.patient.sex == 'F' else 'he'} saw someone "
        f"at {c.fac(outside=True)} on the "
        f"{c.d(c.prior_date, 'ordinal_day')} - can you compare?",
        f"[{c.t(stamps[3], fmt)}] {rad.plain_name()}: need the images pushed. email me at "
        f"{c.p('EMAIL', email_for(rng, rad, (c.referrer_email.split('@')[1],)))} "
        f"or send the link ({c.url()})",
    ]
    return s.modality, "\n".join(lines)
