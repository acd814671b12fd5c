"""Styles written between people: e-mail threads, secure chat, patient portal, critical result logs, telerad
worklists. Names here appear as first names, initials, lower case, in cc lists, after "per", "d/w", "attn".
"""

from __future__ import annotations

import datetime as dt
import random

import b6_case as cs
import b6_places as places
import b6_values as val
from b6_case import age, date, dr, name, p, time
from b6_markup import keep, lower_marked
from b6_people import make_person, relative_of

RELATIVES = {"F": ["daughter", "granddaughter", "niece"], "M": ["son", "grandson", "nephew"]}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _addr(rng: random.Random, person, domain: str) -> str:
    return f"{name(person, 'full')} <{p('EMAIL', val.email(rng, person, domain))}>"


def email_thread(rng: random.Random) -> tuple[str, str]:
    """An Outlook-style reply with the original message quoted below and a signature block."""
    c = cs.make_case(rng)
    dom = c.site.domain
    rad, ref = c.radiologist, c.referrer
    cc = make_person(rng)
    sent2 = c.signed + dt.timedelta(minutes=rng.randint(20, 300))
    first = [f"From: {_addr(rng, ref, dom)}",
             f"Sent: {WEEKDAYS[c.signed.weekday()]}, {date(c.signed, 'long')} {time(c.signed, 'ampm')}",
             f"To: {_addr(rng, rad, dom)}",
             f"Subject: {rng.choice(['question re', 'your read on', 'f/u'])} {keep('modality', c.modality)} for "
             f"{name(c.patient, 'upper')}", "",
             f"Hi {phi_given(rad)},",
             f"Pt is a {age(c.age, rng.choice(['year-old', 'yo']))} I saw in clinic {date(c.prior, 'md')}. "
             f"Your report mentions: \"{c.findings[0]}\" Is this new compared with the study at "
             f"{phi_facility_outside(rng)}? Family ({name(make_person(rng), 'full')}, daughter) is asking.",
             f"Thanks, {phi_given(ref)}"]
    sig_phone = p("PHONE", places.phone(rng, "us", extension=True))
    reply = [f"From: {_addr(rng, rad, dom)}",
             f"Sent: {WEEKDAYS[sent2.weekday()]}, {date(sent2, 'long')} {time(sent2, 'ampm')}",
             f"To: {_addr(rng, ref, dom)}",
             f"Cc: {_addr(rng, cc, dom)}; Radiology Reading Room",
             f"Subject: RE: question re {keep('modality', c.modality)} (MRN {p('MRN', c.mrn)}, acc "
             f"{p('ACCESSION', c.acc)})", "",
             f"{phi_given(ref)} -", "",
             f"Reviewed again with {cs.dr(c.resident)} and d/w {name(cc, 'initial_last')}. "
             f"{rng.choice(c.impression)} The prior from {date(c.prior, 'MdY')} is in PACS as an outside "
             f"import; link: {p('URL', f'https://pacs.{dom}/zfp?acc=' + c.acc)}",
             "Happy to talk - call the reading room or my cell.", "",
             f"{name(rad, 'full_mi')}, {cs.creds(c.rad_cred)}",
             rng.choice(["Abdominal Imaging", "Neuroradiology Section", "Breast Imaging", "Body & MSK"]),
             cs.facility(c), cs.site_address(c), f"o: {sig_phone} | pgr {p('PHONE', places.pager(rng))}",
             "CONFIDENTIALITY NOTICE: This e-mail may contain protected health information..."]
    quote = rng.choice(["-----Original Message-----", "________________________________"])
    return c.modality, "\n".join(reply + ["", quote] + first)


def phi_given(person) -> str:
    """The first name as a greeting or sign-off uses it."""
    return p("PERSON", person.given_only())


def phi_facility_outside(rng: random.Random) -> str:
    """An outside hospital, sometimes only by nickname (``Mercy West``) or abbreviation."""
    name_, abbr, _ = rng.choice(places.FACILITIES["us"])
    return p("FACILITY", rng.choice([name_, abbr, " ".join(name_.split()[:2])]))


def secure_chat(rng: random.Random) -> tuple[str, str]:
    """A secure-chat export between the reading room, the ED and a technologist."""
    c = cs.make_case(rng)
    t = c.exam + dt.timedelta(minutes=rng.randint(5, 40))
    rad, ref, tech = c.radiologist, c.referrer, c.tech
    tform = rng.choice(["hm", "ampm_tight"])

    def line(who, msg, step=None):
        nonlocal t
        t = t + dt.timedelta(minutes=step if step is not None else rng.randint(0, 4))
        return f"[{date(t, 'md')} {time(t, tform)}] {who}: {msg}"

    rad_who = f"{name(rad, 'last_first')} (Radiology)"
    ed_who = f"{name(ref, 'last_first')} ({rng.choice(['ED Attending', 'Hospitalist', 'NP ED'])})"
    tech_who = f"{name(tech, 'full')}, {keep('credential', c.tech_cred)}"
    pt_short = rng.choice([name(c.patient, "upper"), f"pt in bay {rng.randint(1, 30)}",
                           name(c.patient, "initial_last"), name(c.patient, "nick_full")])
    msgs = [line(tech_who, f"{keep('modality', c.modality)} on {pt_short} ({p('MRN', c.mrn)}) is up, "
                 f"sent to {cs.facility(c, abbreviated=True)} PACS", 0),
            line(rad_who, f"thx {phi_given(tech)}. who is covering for {name(c.patient, 'surname')}?"),
            line(ed_who, f"me. {rng.choice(['whats up', 'what did u see', 'go ahead'])}"),
            line(rad_who, c.findings[0]),
            line(ed_who, f"ok. per {dr(c.resident)} family wants a call first. son is "
                         f"{name(make_person(rng), 'full')} {p('PHONE', places.phone(rng, 'us'))}"),
            line(rad_who, f"{rng.choice(['will add to report', 'documenting now', 'k'])}. acc "
                          f"{p('ACCESSION', c.acc)}"),
            line(ed_who, "ty")]
    head = [f"Conversation: {name(rad, 'full')}, {name(ref, 'full')}, {name(tech, 'full')}",
            f"Exported {date(t, 'mdY')} {time(t, 'ampm')} by {name(ref, 'initial_last')}", ""]
    return c.modality, "\n".join(head + msgs)


def portal_message(rng: random.Random) -> tuple[str, str]:
    """A patient portal message (lower case, typos) and the clinic's reply."""
    c = cs.make_case(rng)
    pt, ref = c.patient, c.referrer
    kid = relative_of(rng, pt)
    fac = c.site.name.split(" - ")[0]
    body = (f"hi {dr(ref, rng.choice(['dr', 'dr.', 'doctor']))} its {name(pt, 'full')} "
            f"(dob {date(c.dob, rng.choice(['mdy', 'm/d/Y', 'md']))}) i had the {keep('modality', c.modality)} at "
            f"{p('FACILITY', fac)} on {date(c.exam, rng.choice(['md', 'Md', 'ord']))} and the portal says "
            f"\"{c.findings[-1]}\" is that bad?? nobody called me. also my new number is "
            f"{p('PHONE', places.phone(rng, 'us'))} and email {p('EMAIL', val.personal_email(rng, pt))} pls update, "
            f"we moved to {cs.home_address(c)}. my {rng.choice(RELATIVES[kid.sex])} "
            f"{name(kid, 'given_only')} will drive me to the follow up, thx")
    if rng.random() < 0.7:
        body = lower_marked(body)
    reply_t = c.exam + dt.timedelta(days=rng.randint(1, 3), hours=rng.randint(1, 6))
    reply = [f"--- Reply from {name(ref, 'full')}, {keep('credential', c.ref_cred)} "
             f"({date(reply_t, 'mdY')} {time(reply_t, 'ampm')}) ---",
             f"Hi {'Ms.' if pt.sex == 'F' else 'Mr.'} {name(pt, 'surname')}, the radiologist "
             f"({dr(c.radiologist)}) called it "
             f"{rng.choice(['a benign finding', 'something to follow', 'worth a closer look'])}."
             f" {rng.choice(c.impression)} My nurse {name(make_person(rng), 'given_only')} will call you. "
             f"Full report: {p('URL', f'https://mychart.{c.site.domain}/results/{c.acc}')}"]
    subject = rng.choice(["question about my scan", "RE: test results", "mri??", "results"])
    return c.modality, "\n".join([f"Subject: {subject}", f"From: {name(pt, 'full')} (patient)",
                                  f"To: {name(ref, 'full')}", "", body, ""] + reply)


def critical_result_log(rng: random.Random) -> tuple[str, str]:
    """A critical/urgent result communication log (table rows plus a free-text read-back note)."""
    rows = ["CRITICAL RESULTS COMMUNICATION LOG",
            "Date | Time | Acc# | Patient | MRN | Finding | Notified | By | Read-back"]
    last = None
    for _ in range(rng.randint(3, 5)):
        c = cs.make_case(rng)
        last = c
        t = c.signed
        rows.append(" | ".join([date(t, rng.choice(["mdY", "mdy"])), time(t, rng.choice(["hours", "hhmm", "hm"])),
                                p("ACCESSION", c.acc), name(c.patient, "upper"), p("MRN", c.mrn),
                                rng.choice(["PE", "ICH", "free air", "aortic dissection", "pneumothorax",
                                            "cord compression", "ectopic"]),
                                f"{dr(c.referrer)} pgr {p('PHONE', places.pager(rng))}",
                                name(c.radiologist, "initials"), rng.choice(["Y", "Y", "N - callback"])]))
    c = last
    rows += ["", f"NOTE: {rng.choice(['Level 1', 'Red'])} critical result for "
                 f"{name(c.patient, rng.choice(['full', 'nick_full']))}, "
                 f"{age(c.age, 'yo')} ({p('MRN', c.mrn)}): {c.findings[0]} Attempted {dr(c.referrer)} "
                 f"{rng.randint(2, 3)}x via operator, then spoke with charge RN {name(make_person(rng), 'full')} "
                 f"at {time(c.signed + dt.timedelta(minutes=9), 'ampm')} who read back the result. "
                 f"Attn: {name(c.resident, 'full')}, QA."]
    return c.modality, "\n".join(rows)


def telerad_worklist(rng: random.Random) -> tuple[str, str]:
    """An overnight teleradiology worklist with source sites, PACS gateways and a viewer link."""
    reader = make_person(rng)
    hdr = [f"OVERNIGHT TELERAD WORKLIST   reader: {dr(reader)}   "
           f"queue refreshed {date(val.random_datetime(rng, dt.date(2025, 6, 1), 200), 'mdY')}",
           "PRI  SITE     ACC               PATIENT                    AGE/SEX  EXAM                    GATEWAY"]
    rows = []
    modality = "CT"
    for _ in range(rng.randint(4, 7)):
        c = cs.make_case(rng, modality=rng.choice(["CT", "CT", "MR", "US", "XR"]))
        modality = c.modality
        sex = c.patient.sex
        pt = name(c.patient, "upper")
        rows.append(f"{rng.choice(['STAT', 'STAT', 'ASAP', 'RTN '])} {cs.facility(c, abbreviated=True)}  "
                    f"{p('ACCESSION', c.acc)}  {pt}  {age(c.age, 'Y')}/{sex}  {c.study}  "
                    f"{p('IP_ADDRESS', val.ip(rng))}")
        if rng.random() < 0.3:
            rows.append(f"     ^ prelim called to {dr(c.referrer)} at {time(c.signed, 'hhmm')}, "
                        f"callback {p('PHONE', c.site.phone)}")
    c = cs.make_case(rng)
    link = f"https://{rng.choice(['zfp', 'pacs', 'view'])}.{c.site.domain}/viewer?acc={c.acc}&user=tr01"
    foot = ["", f"Open first STAT: {p('URL', link)}",
            f"VPN gateway {p('IP_ADDRESS', val.ip(rng))} down? page IT {p('PHONE', places.pager(rng))}"]
    return modality, "\n".join(hdr + rows + foot)


STYLES = {"email_thread": email_thread, "secure_chat": secure_chat, "portal_message": portal_message,
          "critical_result_log": critical_result_log, "telerad_worklist": telerad_worklist}
