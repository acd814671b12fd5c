"""Message styles: e-mail threads, secure chat, patient-portal messages, critical-result logs, peer review."""

from __future__ import annotations

import random

from b8_bits import doctor, fac, phone, signature
from b8_cast import age_phrase, date, email_for, later, pname, safe_initials, stamp, time
from b8_clinical import exam_name, findings, impression, modality_word
from b8_markup import keep, lower, phi
from b8_pools import DOMAINS, WEBMAIL
from b8_scene import Scene


def email_thread(rng: random.Random, sc: Scene) -> tuple[str, str]:
    """Radiologist/referrer e-mail with headers, a cc list, a quoted reply and signature blocks."""
    mod = rng.choice(["CT", "MR", "US"])
    dom = rng.choice(DOMAINS)
    rad, ref = sc.radiologist, sc.referrer
    sent = later(sc.exam, rng, 60, 3000)
    cc = [sc.resident, sc.nurse]
    head = [
        f"From: {pname(ref, 'plain')} <{phi('EMAIL', email_for(ref, rng, dom))}>",
        f"To: {pname(rad, 'last_first')} <{phi('EMAIL', email_for(rad, rng, dom))}>",
        "Cc: "
        + "; ".join(
            f"{pname(c, rng.choice(['plain', 'last_first']))} <{phi('EMAIL', email_for(c, rng, dom))}>" for c in cc
        ),
        (
            f"Sent: {rng.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, "
            f"{date(sent.date(), rng.choice(['long', 'abbr_long', 'dmy_long']))} {time(sent, 'ampm')}"
        ),
        (
            f"Subject: RE: {pname(sc.patient, 'surname')} - {modality_word(rng, mod)} "
            f"{date(sc.exam.date(), 'md')} ({rng.choice(['acc', 'Acc#', 'accession'])} {phi('ACCESSION', sc.ids.acc)})"
        ),
        "",
    ]
    body = [
        f"Hi {pname(rad, rng.choice(['given', 'surname']))},",
        (
            f"Thanks for the call. {pname(sc.patient, 'plain')}'s {sc.relation} ({pname(sc.relative, 'given')}) "
            f"asked whether the finding could be followed with {modality_word(rng, 'US')} instead. MRN "
            f"{phi('MRN', sc.ids.mrn)}. Can you take a second look?"
        ),
        "",
        pname(ref, "plain") + ", " + keep("credential", rng.choice(["MD", "DO", "NP", "PA-C"])),
        rng.choice(["Hematology/Oncology", "Internal Medicine", "Urology"]) + " | " + (fac(sc, rng, outside=True)),
        f"o: {phone(rng)} | f: {phone(rng, ext=False)}",
        "",
        "-----Original Message-----",
        f"From: {pname(rad, 'plain')}",
        f"Sent: {date(later(sc.exam, rng, 10, 50).date(), 'us')} {time(later(sc.exam, rng, 10, 50), 'ampm')}",
        "> Addendum: " + " ".join(findings(rng, mod, 2)),
        "> " + impression(rng),
        ">",
        "> " + signature(rad, rng, sc).replace("\n", "\n> "),
    ]
    return mod, "\n".join(head + body)


def secure_chat(rng: random.Random, sc: Scene) -> tuple[str, str]:
    """Secure chat export: bracketed timestamps, lower case, initials, d/w and per."""
    mod = rng.choice(["CT", "MR", "XR"])
    t = sc.exam
    rad, ref = sc.radiologist, sc.referrer
    rname = pname(rad, "plain")
    fname = pname(ref, rng.choice(["plain", "last_first"]))
    lines = [
        f"Conversation: {pname(rad, 'surname')} / {pname(ref, 'surname')} / {fac(sc, rng)} reading room",
        (
            f"[{time(t, rng.choice(['ampm', 'hm']))}] {fname}: hey is the {modality_word(rng, mod)} on rm "
            f"{rng.randint(201, 940)} read yet? pt "
            f"{pname(sc.patient, rng.choice(['surname', 'LAST_FIRST', 'lower', 'nick']))}"
            f" mrn {phi('MRN', sc.ids.mrn)}"
        ),
        f"[{time(later(t, rng, 1, 4), 'ampm' if rng.random() < 0.5 else 'hm')}] {rname}: looking now",
        f"[{time(later(t, rng, 5, 9), 'hm')}] {rname}: " + lower(" ".join(findings(rng, mod, 2))),
        (
            f"[{time(later(t, rng, 10, 14), 'hm')}] {fname}: ok thx. d/w {pname(sc.resident, 'surname')} from "
            f"{rng.choice(['ortho', 'surg', 'IR'])}, will add on"
        ),
        (
            f"[{time(later(t, rng, 15, 19), 'hm')}] {rname}: fyi per "
            f"{pname(sc.tech, 'initials' if safe_initials(sc.tech) else 'given')} "
            f"pt's {sc.relation} {pname(sc.relative, 'given')} wants a callback {phone(rng, 'dash', ext=False)}"
        ),
        f"[{time(later(t, rng, 20, 29), 'hm')}] {fname}: spoke with {pname(sc.relative, 'plain')}, all set",
    ]
    if rng.random() < 0.5:
        lines.append(
            f"[{time(later(t, rng, 30, 40), 'hm')}] {rname}: signed. {keep('modality', 'CT')} recs in "
            f"impression, {lower(impression(rng))}"
        )
    return mod, "\n".join(lines)


def portal_message(rng: random.Random, sc: Scene) -> tuple[str, str]:
    """Patient-portal message: lower case, typos, run-on sentences, the patient's own contact details."""
    mod = rng.choice(["CT", "MR", "US", "MG"])
    p = sc.patient
    mail = phi("EMAIL", email_for(p, rng, rng.choice(WEBMAIL)))
    greet = rng.choice(["hi", "hello", "Dear", "hi there"])
    body = [
        f"Subject: question about my {modality_word(rng, mod)} results",
        f"{greet} {rng.choice(['dr', 'Dr.', 'doctor'])} {pname(sc.referrer, rng.choice(['lower', 'surname']))}",
        (
            f"i had my scan on {date(sc.exam.date(), rng.choice(['lower_md', 'md', 'us_short', 'month_day']))} at "
            f"{fac(sc, rng)} and the report says {lower(' '.join(findings(rng, mod, 1)))} "
            f"what dose that mean?? my {sc.relation} {pname(sc.relative, rng.choice(['lower', 'given']))} "
            f"looked it up and is worried"
        ),
        (
            f"also i moved, new adress is {phi('STREET_ADDRESS', sc.street.lower())} {phi('CITY', sc.city.lower())} "
            f"{sc.state.lower()} {phi('ZIP', sc.zip)}. best # is "
            f"{phone(rng, rng.choice(['dot', 'tight', 'space']), ext=False)}"
            f" or {mail}"
        ),
        (
            f"my birthday is {date(sc.dob, rng.choice(['us_nopad', 'us_short', 'long']))} if you need it, "
            f"im {age_phrase(sc.age, 'years')} old lol"
        ),
        f"thank you so much, {pname(p, rng.choice(['plain', 'lower', 'given']))}",
        "",
        (
            f"--- Sent via MyHealth portal {date(later(sc.exam, rng, 2000, 9000).date(), 'us')} "
            f"{time(later(sc.exam, rng, 2000, 9000), 'ampm')} | "
            f"{phi('URL', f'https://myhealth.{rng.choice(DOMAINS)}/msg/{rng.randint(10**6, 10**7)}')}"
        ),
    ]
    return mod, "\n".join(body)


def critical_result_log(rng: random.Random, sc: Scene) -> tuple[str, str]:
    """Critical/urgent result communication log: who, when, how, read-back."""
    mod = rng.choice(["CT", "MR", "XR"])
    rows = [
        f"CRITICAL RESULT NOTIFICATION - {fac(sc, rng)}",
        (
            f"Accession: {phi('ACCESSION', sc.ids.acc)}   MRN: {phi('MRN', sc.ids.mrn)}   "
            f"Patient: {pname(sc.patient, 'LAST_FIRST')}"
        ),
        f"Exam: {exam_name(rng, mod)}   Finalized {stamp(sc.exam, rng.choice(['us', 'iso']), 'hm')}",
        f"Finding: {findings(rng, mod, 1)[0]}",
        f"Category: {rng.choice(['RED (15 min)', 'ORANGE (1 hr)', 'Critical'])}",
    ]
    t = later(sc.exam, rng, 3, 20)
    attempts = rng.randint(1, 3)
    for k in range(attempts):
        t = later(t, rng, 2, 12)
        who = sc.referrer if k == attempts - 1 else sc.nurse
        via = rng.choice(["pager", "phone", "secure chat", "operator"])
        num = phi("PHONE", str(rng.randint(1000, 9999))) if via == "pager" else phone(rng, ext=False)
        outcome = "reached, read-back confirmed" if k == attempts - 1 else "no answer, left message"
        rows.append(
            f"  {time(t, rng.choice(['hm', 'hours', 'ampm']))}  {via} {num}  {doctor(who, rng, 'dr_last')}  {outcome}"
        )
    rows.append(
        f"Communicated by: {pname(sc.radiologist, 'first_last')}, {keep('credential', 'MD')}"
        f" on {date(t.date(), 'us_short')}"
    )
    return mod, "\n".join(rows)


def peer_review(rng: random.Random, sc: Scene) -> tuple[str, str]:
    """QA peer-review form: original reader, reviewer, RADPEER score, discrepancy text."""
    mod = rng.choice(["CT", "MR", "XR", "US"])
    reviewed = later(sc.exam, rng, 20000, 90000)
    lines = [
        f"PEER REVIEW (confidential QA) | Form #{rng.randint(10000, 99999)}",
        (
            f"Accession {phi('ACCESSION', sc.ids.acc)} | Exam date "
            f"{date(sc.exam.date(), rng.choice(['us', 'dmy_abbr', 'iso']))}"
            f" | Site {fac(sc, rng)}"
        ),
        f"Original interpreter: {pname(sc.radiologist, rng.choice(['LAST_FIRST', 'last_first', 'first_last']))}",
        (
            f"Reviewer: {pname(sc.resident, 'first_last')}, {keep('credential', 'MD')} | Reviewed "
            f"{date(reviewed.date(), 'us_short')}"
        ),
        f"Score: {keep('score', rng.choice(['RADPEER 1', 'RADPEER 2a', 'RADPEER 2b', 'RADPEER 3b']))}",
        f"Discrepancy: {findings(rng, mod, 1)[0]} Not mentioned in original report.",
        f"Patient age {age_phrase(sc.age, 'years')}; {exam_name(rng, mod)}.",
        (
            f"Referred to section chief {doctor(sc.nurse, rng, 'dr_full')} for discussion at M&M on "
            f"{date(later(reviewed, rng, 5000, 30000).date(), rng.choice(['month_day', 'abbr_dot', 'long']))}."
        ),
    ]
    return mod, "\n".join(lines)
