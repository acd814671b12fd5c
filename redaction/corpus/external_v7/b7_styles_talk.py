"""Spoken and conversational styles: ASR dictation, secure chat, e-mail threads, patient-portal messages and
critical-result communication logs."""

from __future__ import annotations

from datetime import timedelta

import b7_formats as fm
from b7_case import Case, make_person
from b7_clinical import modality_word
from b7_common import SURNAME_EPONYMS, esign, header, lower_all, report_body
from b7_markup import keep, phi


def _spoken_digits(value: str) -> str:
    return " ".join(ch for ch in value if ch.isalnum()).lower()


def _asr_split(name: str, r) -> str:
    """An ASR mishearing that breaks a surname into pieces ("venkataraman" -> "venk at a raman")."""
    if len(name) < 7 or " " in name:
        return name.lower()
    cut = r.randint(3, len(name) - 3)
    return f"{name[:cut]} {name[cut:]}".lower()


def asr_dictation(c: Case) -> str:
    """Raw speech-recognition output: lower case, spoken punctuation, spelled names and digit strings."""
    r = c.rng
    ex = c.exam
    rad = c.staff["radiologist"]
    find = [f.rstrip(".") for f in ex.render_findings(r, 3)]
    mrn_spoken = r.random() < 0.5
    intro = (
        f"this is doctor {phi('PERSON', _asr_split(rad.family or rad.given, r))} dictating "
        f"{ex.render_title(r)} on patient {c.name('patient', 'lower')} "
    )
    if r.random() < 0.5 and c.patient.family:
        letters = c.patient.family.replace(" ", "").replace("'", "").lower()
        intro += f"last name spelled {phi('PERSON', ' '.join(letters))} "
    intro += "medical record number " + (
        phi("MRN", _spoken_digits(c.value("mrn"))) if mrn_spoken else phi("MRN", c.value("mrn"))
    )
    intro += f" date of service {c.date(c.exam_dt, r.choice(('spoken', 'long', 'mdy')))} period new paragraph"
    hist = f"clinical history {ex.render_indication(r)} period"
    if SURNAME_EPONYMS.get(c.patient.family):
        hist += f" known {keep('eponym', SURNAME_EPONYMS[c.patient.family])} period"
    body = [
        intro,
        hist,
        (
            f"comparison {c.date(c.prior_dt, r.choice(('month_day', 'mdy_short', 'spoken')))} from {c.fac('outside')} "
            "period"
        ),
        "findings colon " + " period ".join(find) + " period",
        f"um scratch that {find[0]} comma unchanged period",
        f"impression colon number one {ex.render_impression(r).rstrip('.')} period",
        (
            f"these findings were discussed with {c.relation if r.random() < 0.2 else 'doctor'} "
            f"{c.name('referrer', 'lower')} "
            f"at {c.time(c.exam_dt + timedelta(minutes=25), r.choice(('ampm', 'hours', 'hhmm')))} "
            f"by telephone period"
        ),
        f"c c doctor {c.name('pcp', 'lower')} at {c.fac(short=True)} period end of dictation",
        (
            f"job {fm.digits(r, 7)} dictated {c.date(c.exam_dt, 'md')} "
            f"{c.time(c.exam_dt + timedelta(minutes=20), 'hm')}"
            f" transcribed {c.date(c.exam_dt + timedelta(days=1), 'md')} {keep('credential', 'MT')}"
        ),
    ]
    return lower_all("\n".join(body)) if r.random() < 0.8 else "\n".join(body)


def secure_chat(c: Case) -> str:
    """Secure chat export between ED, radiology and nursing (times, nicknames, extensions, d/w)."""
    r = c.rng
    t = c.exam_dt + timedelta(minutes=r.randint(5, 40))
    stamp_form = r.choice(("ampm", "hm", "short_p"))
    ref, rad, rn = (c.name(w, "first_last") for w in ("referrer", "radiologist", "nurse"))
    day = c.date(t, "md") + " " if r.random() < 0.5 else ""

    def ts(k: int) -> str:
        return f"[{day}{c.time(t + timedelta(minutes=k), stamp_form)}]"

    p = c.patient
    pt = c.name("patient", r.choice(("first_last", "last", "nick", "initials", "lower")))
    lines = [
        f"{ts(0)} {ref}: is the {c.exam.render_title(r)} on {pt} read yet? {c.id('mrn', sep=' ')}",
        f"{ts(1)} {rad}, {keep('credential', r.choice(('MD', 'DO')))}: looking now",
        f"{ts(4)} {rad}: prelim - {c.exam.render_impression(r)}",
        (
            f"{ts(5)} {ref}: thx. d/w {c.dr('pcp', 'last')} already. family ({c.relation} "
            f"{c.name('relative', 'given')}) at bedside, wants a call at {c.phone('phone2')}"
        ),
        (
            f"{ts(6)} {rn}: pt in bed {r.randint(1, 30)}, {c.age_phrase(r.choice(('yo', 'y_o')))}, "
            f"{'a bit confused' if r.random() < 0.5 else 'hard of hearing'}. i'm at {phi('PHONE', c.extra['ext'])}"
        ),
        (
            f"{ts(9)} {rad}: will call {c.dr('referrer', 'last')}'s cell. also spoke with "
            f"{c.name('nurse', 'given')} re: "
            f"contrast - {c.id('acc', sep=' ')} protocol changed"
        ),
    ]
    if p.family in SURNAME_EPONYMS and r.random() < 0.8:
        lines.append(
            f"{ts(11)} {ref}: lol not the {keep('eponym', SURNAME_EPONYMS[p.family])} - the patient "
            f"{c.name('patient', 'last')}"
        )
    return "\n".join(lines)


def email_chain(c: Case) -> str:
    """E-mail (with quoted earlier message) asking for a second look, signature blocks and a disclaimer."""
    r = c.rng
    sent = c.exam_dt + timedelta(days=r.randint(1, 4), minutes=r.randint(0, 600))
    first = sent - timedelta(hours=r.randint(2, 20))
    cc = make_person(r)
    c.staff["cc"] = cc
    subj = f"RE: second look - {c.name('patient', 'last_first_upper')} ({c.id('mrn', sep=' ')})"
    body = [
        f"From: {c.name('radiologist', 'first_last')} <{phi('EMAIL', c.extra['rad_email'])}>",
        f"Sent: {c.date(sent, 'weekday_long')} {c.time(sent, 'ampm')}",
        f"To: {c.name('referrer', 'last_first')} <{phi('EMAIL', c.extra['staff_email'])}>",
        f"Cc: {c.name('cc', 'last_first')}; {c.name('resident', 'last_first')}",
        f"Subject: {subj}",
        "",
        f"Hi {c.name('referrer', 'given')},",
        "",
        (
            f"I re-reviewed the {c.exam.render_title(r)} from "
            f"{c.date(c.exam_dt, r.choice(('md', 'month_day', 'mon_dot')))} "
            f"({c.id('acc', sep=' ')}) against the outside study from {c.fac('outside')}. "
            f"{c.exam.render_impression(r)} "
            f"I agree with {c.name('resident', 'initial_last')}'s prelim."
        ),
        (
            f"Happy to discuss - my cell is {phi('PHONE', fm.us_phone(r, 'dots'))}, or page "
            f"{phi('PHONE', c.extra['ext2'])}."
        ),
        "",
        "Best,",
        c.name("radiologist", "given"),
        "",
        f"{c.signed('radiologist')} | Body Imaging | {c.fac()}",
        (
            f"{phi('STREET_ADDRESS', f'{r.randint(100, 9999)} Hospital Dr, Suite {r.randint(100, 400)}')} | "
            f"{phi('CITY', c.city)}, {c.state} {phi('ZIP', c.zip)}"
        ),
        f"o: {phi('PHONE', fm.us_phone(r, 'paren_ext'))}",
        "CONFIDENTIALITY: this message may contain PHI. If you are not the intended recipient, delete it.",
        "",
        "-----Original Message-----",
        f"From: {c.name('referrer', 'last_first')}",
        f"Sent: {c.date(first, 'mdy')} {c.time(first, 'ampm')}",
        (
            f"> Could someone take another look? {c.name('patient', 'given')} "
            f"{c.name('patient', 'last')} ({c.age_phrase('sex')}) still has pain and the family "
            f"({c.relation} {c.name('relative', 'first_last')}) is asking. Thanks - {c.name('referrer', 'initials')}"
        ),
    ]
    return "\n".join(body)


def portal_message(c: Case) -> str:
    """Patient or family portal message (lower case, typos, family context) plus a drafting instruction."""
    r = c.rng
    kind = r.choice(("results", "records_death", "billing"))
    rel = c.relation
    if kind == "results":
        msg = (
            f"hi {lower_all(c.dr('referrer', 'last'))} its {c.name('relative', 'lower')}, "
            f"{c.name('patient', 'given')}'s {rel}. "
            f"{c.pron('she', 'he')} had {c.pron('her', 'his')} {keep('modality', modality_word(c.exam).lower())} at "
            f"{c.fac(short=True)} on {c.date(c.exam_dt, 'md')} "
            f"and the portal says {lower_all(c.exam.render_impression(r))} ?? what dose that mean. is it cancer. "
            f"pls call me {c.phone('phone2')} after {c.time(c.exam_dt, 'short_p')} or email {c.email()}. "
            f"also {c.pron('her', 'his')} birthday is wrong on the letter it says {c.date(c.dob, 'mdy_short')}"
        )
    elif kind == "records_death":
        died = c.exam_dt + timedelta(days=r.randint(5, 40))
        msg = (
            f"Hello, my {c.pron('mother', 'father')} {c.name('patient', 'first_last')} passed away on "
            f"{c.date(died, r.choice(('long', 'month_day', 'mdy')))} at {c.fac()}. {c.pron('She', 'He')} was "
            f"{c.age_phrase('years')} old. "
            f"The family ({c.name('relative', 'first_last')} and my brother "
            f"{phi('PERSON', make_person(r).form('given'))}) "
            f"would like copies of {c.pron('her', 'his')} scans incl. the one from {c.date(c.exam_dt, 'mon_d_y')} "
            "for the "
            f"funeral home paperwork and for our own peace of mind. Mail to {c.address()} . "
            f"Thank you, {c.name('relative', 'given')}"
        )
    else:
        msg = (
            f"why did i get a bill for {c.id('acct', sep=' ')} ?? my insurance ({c.ids['plan'][0]} "
            f"{phi('HEALTH_PLAN_ID', c.value('plan'))}) shoud cover the {keep('modality', modality_word(c.exam))} from "
            f"{c.date(c.exam_dt, 'md')}. i'm {c.age_phrase('years')} old and on a fixed income. "
            f"- {c.name('patient', 'lower')} {c.phone()}"
        )
    instr = r.choice(
        (
            f"Draft a kind, plain-language reply for {c.dr('referrer', 'first_last')} to sign.",
            "Summarize this message for the nurse inbox in 2 lines.",
            f"Reply as the radiology front desk at {c.fac()}; do not give results.",
        )
    )
    received = f"{c.date(c.exam_dt + timedelta(days=2), 'mdy')} {c.time(c.exam_dt, 'ampm')}"
    return f"[Portal message received {received}]\n{msg}\n\n{instr}"


def critical_result_log(c: Case) -> str:
    """Critical/unexpected-result communication log: table rows, or the sentence appended to a report."""
    r = c.rng
    t = c.exam_dt + timedelta(minutes=r.randint(10, 50))
    if r.random() < 0.5:
        rows = [
            "CRITICAL RESULT LOG - RADIOLOGY",
            "Date | Time | Accession | Finding | Called to | Callback # | Read-back | By",
        ]
        for k in range(r.randint(2, 4)):
            tt = t + timedelta(minutes=37 * k)
            who = make_person(r)
            rows.append(
                " | ".join(
                    (
                        phi("DATE_TIME", fm.fmt_date(tt, "mdy")),
                        phi("DATE_TIME", fm.fmt_time(tt, "hm")),
                        phi("ACCESSION", fm.accession(r)[1] if k else c.value("acc")),
                        c.exam.render_impression(r).rstrip("."),
                        (
                            f"{r.choice(('Dr.', 'RN', 'NP'))} "
                            f"{phi('PERSON', who.form(r.choice(('last', 'first_last', 'initial_last'))))}"
                        ),
                        phi("PHONE", fm.extension(r) if r.random() < 0.5 else fm.us_phone(r)),
                        r.choice(("Y", "yes", "Y - verbal")),
                        c.name("radiologist", "initials"),
                    )
                )
            )
        rows.append(
            f"Escalated to department chair {c.dr('reviewer', 'first_last')} per policy RAD-114 when no answer in "
            "30 min."
        )
        return "\n".join(rows)
    return "\n".join(
        (
            report_body(c, r.choice(("upper", "title")), n_findings=2),
            "",
            (
                f"{header('Communication', 'upper')} Critical result discussed with {c.dr('referrer', 'first_last')} "
                f"(ED attending) by telephone at {c.time(t, r.choice(('hm', 'ampm', 'hours')))} on "
                f"{c.date(t, r.choice(('mdy', 'long', 'md')))}, {phi('PHONE', c.extra['ext'])}; read-back performed. "
                f"Also notified charge nurse {c.name('nurse', 'first_last')}."
            ),
            esign(c),
        )
    )
