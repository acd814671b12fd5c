"""Patient-facing and care-coordination styles: portal thread, translation prompt, discharge excerpt,
incidental-finding follow-up tracker, research screening note."""

from __future__ import annotations

import datetime as dt
import random

from . import pools, when
from .case import Case, email_for
from .clinical import header
from .common import history, modality_kp, study_for
from .markup import kp
from .people import make_person


def portal_thread(c: Case, rng: random.Random) -> tuple[str, str]:
    """A patient portal message (written by a relative) and the assistant drafting request that quotes it."""
    s = study_for(c, rng)
    sent = when.later(rng, c.study_time, 300)
    lines = [
        "Draft a kind, plain-language reply to this portal message. Do not give a diagnosis.",
        "",
        f"From: {c.relative.plain_name()} <{c.p('EMAIL', c.email)}>  (proxy access for {c.patient.first_only()})",
        f"Sent: {c.d(c.study_date + dt.timedelta(days=2), 'weekday_long')} {c.t(sent, 'hm12')}",
        f"Subject: my {c.relation if c.relation in ('mother', 'father') else 'family member'}'s scan",
        "",
        f"Hello, I am writing for {c.patient.full()} (DOB {c.dob_str('us')}). The {modality_kp(c, s)} "
        f"at {c.fac()} says \"{s.impression}\" What does that mean? "
        f"{c.patient.first_only()} is {c.age_str('aged')} and hard of hearing, so please call me at "
        f"{c.p('PHONE', c.relative_phone)} rather than the home number. We live at {c.address()}.",
        f"Thank you, {c.relative.first_only()}",
        "",
        f"(Ordering: {c.referrer.signed()}. Portal acct {c.p('ACCOUNT_ID', c.account)}.)",
    ]
    return s.modality, "\n".join(lines)


def translation_request(c: Case, rng: random.Random) -> tuple[str, str]:
    """Prompt asking for a report translation for the family, with interpreter and language details."""
    s = study_for(c, rng)
    lang = rng.choice(pools.LANGUAGES)
    interp = make_person(rng)
    lines = [
        f"Please translate the impression below into {lang} at a 6th-grade reading level for the family of "
        f"{c.patient.formal(upper=False)}.",
        f"Interpreter on the call was {interp.plain_name()} (ID {rng.randint(1000, 9999)}, {lang}), "
        f"{c.d()} {c.t()}. Family contact: {c.relative.full()} ({c.relation}), {c.p('PHONE', c.relative_phone)}.",
        "",
        f"{header(rng, 'IMPRESSION')}",
        f"{s.impression} {s.findings[-1]}",
        "",
        f"Report by {c.radiologist.signed()}, {c.fac()}. MRN {c.p('MRN', c.mrn)}.",
    ]
    return s.modality, "\n".join(lines)


def discharge_excerpt(c: Case, rng: random.Random) -> tuple[str, str]:
    """Hospital-course paragraph of a discharge summary that cites several imaging studies by date."""
    s1, s2 = study_for(c, rng, "CT"), study_for(c, rng, rng.choice(("US", "MR", "XR")))
    adm = c.study_date - dt.timedelta(days=rng.randint(1, 4))
    dis = c.study_date + dt.timedelta(days=rng.randint(1, 6))
    lines = [
        f"DISCHARGE SUMMARY (excerpt) - {c.fac()}",
        f"Name: {c.patient.formal()}   MRN: {c.p('MRN', c.mrn)}   Admit: {c.d(adm)}   Discharge: {c.d(dis)}",
        f"Attending: {c.referrer.signed()}   PCP: {make_person(rng).title_last()}",
        f"Insurance: {rng.choice(('Medicaid', 'Blue Plains PPO', 'Medicare Advantage', 'Tri-County HMO'))}, "
        f"ID {c.p('HEALTH_PLAN_ID', c.plan_id)}",
        "",
        f"{header(rng, 'HOSPITAL COURSE')} {history(c, rng, s1.region)} On {c.d(c.study_date, 'month_day')} "
        f"{modality_kp(c, s1)} showed: {' '.join(s1.findings)} Follow-up {modality_kp(c, s2)} "
        f"({c.d(dis, 'md')}): {s2.findings[0]}",
        "",
        f"Discharged to home with {c.relative.plain_name()} ({c.relation}); address on file {c.address()}. "
        f"Home health referral sent to {c.fac(outside=True)}.",
    ]
    return s1.modality, "\n".join(lines)


def followup_tracker(c: Case, rng: random.Random) -> tuple[str, str]:
    """Incidental-finding registry entry and the reminder letter it generated to the PCP."""
    s = study_for(c, rng, rng.choice(("CT", "US")), rng.choice(("chest", "abdomen", "thyroid")))
    due = c.study_date + dt.timedelta(days=rng.choice((90, 180, 365)))
    lines = [
        f"INCIDENTAL FINDINGS TRACKER  #{rng.randint(10000, 99999)}",
        f"Patient  : {c.patient.formal()}",
        f"MRN/Acc  : {c.p('MRN', c.mrn)} / {c.p('ACCESSION', c.accession)}",
        f"Finding  : {s.findings[0]}",
        f"Rec      : repeat {modality_kp(c, s)} due {c.d(due, 'month_year')}",
        f"Status   : letter 1 mailed {c.d(c.study_date + dt.timedelta(days=14))}; no scheduled exam",
        "",
        f"Mailed copy: {c.patient.plain_name()}, {c.address()}",
        "",
        f"Dear {c.referrer.title_last()},",
        f"Our records show that {c.patient.plain_name()}, {c.age_str('dash')}, seen at {c.fac()}, is due for "
        f"follow-up imaging. Please call the navigator, {c.nurse.plain_name()}, at {c.p('PHONE', c.referrer_fax)}.",
        f"Sincerely, {c.radiologist.signed()} (reply to {c.p('EMAIL', c.referrer_email)})",
    ]
    return s.modality, "\n".join(lines)


def research_screening(c: Case, rng: random.Random) -> tuple[str, str]:
    """Research coordinator's eligibility screen against imaging criteria (study IDs are not PHI)."""
    s = study_for(c, rng, rng.choice(("MR", "CT")))
    proto = f"{rng.choice(('NCT-', 'IRB#', 'Protocol '))}{rng.randint(100000, 999999)}"
    lines = [
        f"Research screening note - {proto}",
        f"Screened: {c.patient.initial_last()} | MRN {c.p('MRN', c.mrn)} | {c.age_str('years')} | "
        f"{c.patient.sex}",
        f"Imaging reviewed: {modality_kp(c, s)} {c.d()} at {c.fac()} (read by {c.radiologist.title_last()})",
        f"Criterion 3 (measurable disease on {kp('modality', 'CT')} or {kp('modality', 'MRI')}): " + s.findings[0],
        f"Criterion 5 (no metal implant): device SN {c.p('DEVICE_SERIAL', c.serial)} on file - needs MR safety review",
        f"Outcome: {rng.choice(('eligible pending consent', 'screen fail', 'hold for PI review'))}. "
        f"Coordinator: {c.nurse.signed()}, {c.p('EMAIL', email_for(rng, c.nurse, pools.EMAIL_DOMAINS))}; "
        f"{c.t(fmt='hm12')}.",
    ]
    return s.modality, "\n".join(lines)
