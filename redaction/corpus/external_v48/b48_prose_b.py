"""Prose styles 6-10 of blind48: estimate e-mail, financial counselling note, audit memo, COB letter,
charge-correction e-mail."""

from __future__ import annotations

import datetime as _dt

from b48_billing import addon_for, EXAMS, ICD, exam_by_key
from b48_clinical import quote, report_excerpt
from b48_common import DATE_FORM, addr_lines, age_phrase, d, pname, signed, title
from b48_gen import (digits, email_value, facility, fmt_time, name, patient, person, phone_value,
                     relative)
from b48_markup import acc, acct, cred, dt, fac, hdr, k, mail, mod, mrn, per, plan, ssn, tel, url
from b48_pools import STAFF_TITLES

MODWORD = {"CT": "CT", "MR": "MRI", "US": "ultrasound", "XR": "X-ray", "MG": "mammogram"}
_DOWN = {"74177": "74176", "74178": "74177", "71250": "71260", "70450": "70460", "71271": "71250", "78815": "78816"}
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _later(rng, date, lo=1, hi=40):
    return date + _dt.timedelta(days=rng.randint(lo, hi))


def _mail_date(rng, date):
    return f"{DAYS[date.weekday()]}, {d(rng, date, ['MondY', 'MonthdY', 'mdY'])} {dt(fmt_time(rng, 'ampm'))}"


def price_estimate_email_reply(rng):
    ex = rng.choice([e for e in EXAMS if e[2] in ("MR", "CT", "US")])
    pt = patient(rng, exam=ex)
    fc, staff, ref = facility(rng), person(rng), person(rng)
    dom = fc["short"].lower().replace(" ", "").replace(".", "") + "health.org"
    asked = _later(rng, pt["dos"], -20, -8)
    reply = _later(rng, asked, 1, 3)
    fac_fee, pro_fee = ex[5] * rng.uniform(0.35, 0.6), ex[4] * rng.uniform(55, 80)
    addon = addon_for(ex)
    ded = rng.choice([0, 250, 500, 1200, 1750, 3000])
    est_no = "E" + digits(rng, 8)
    kw = {"MR": mod("MRI"), "CT": mod("CT"), "US": mod("US")}[ex[2]]
    lines = [
        f"From: Patient Estimates <{mail('estimates@' + dom)}>",
        f"To: {mail(pt['email'])}",
        f"Date: {_mail_date(rng, reply)}",
        f"Subject: RE: how much will my {kw} cost?", "",
        f"Hi {per(pt['first'])},", "",
        (f"Thanks for writing in. Estimate {acct(est_no)} is based on the order from {pname(rng, ref, ('full', 'init'))}, "
         f"{cred(rng.choice(['MD', 'DO', 'NP']))} for {ex[1]} (CPT {ex[0]})"
         + (f" plus the supply line {addon[0]} ({addon[1]}, {addon[6]} {addon[5]})" if addon else "") + f" and your {pt['payer'][0]} "
         f"plan, member ID {plan(pt['member'])}."),
        "",
        f"  Facility (technical) charge, rev {ex[3]}:   ${fac_fee:,.2f} allowed",
        f"  Radiologist (professional, -26):      ${pro_fee:,.2f} allowed",
        f"  Deductible remaining:                 ${ded:,.2f}",
        f"  Coinsurance after deductible:         {rng.choice([10, 20, 30])}%",
        f"  Estimated amount you owe:             ${min(fac_fee + pro_fee, ded + (fac_fee + pro_fee) * 0.2):,.2f}",
        "",
        (f"Your appointment is {d(rng, pt['dos'], ['MonthdY', 'Monthd'])} at {dt(fmt_time(rng, 'ampm'))} at "
         f"{fac(fc['name'])}, {addr_lines(fc, sep=', ')}. The radiologist bills separately; this estimate includes both. "
         f"It is not a guarantee, and the final bill depends on what is actually performed."),
        "",
        f"You can pay ahead or view the estimate here: {url('https://' + dom + '/estimates/' + est_no + '?dob=verify')}",
        "", "--", signed(staff, rng.choice(STAFF_TITLES["rcm"])), f"Patient Estimates | {tel(phone_value(rng))}", "",
        f"> On {d(rng, asked, ['mdY', 'MondY'])}, {pname(rng, pt, ('full',))} <{mail(pt['email'])}> wrote:",
        f"> Hello, my doctor ordered a {kw} and I have a high deductible plan. My member id is {plan(pt['member'])}",
        f"> and my DOB is {d(rng, pt['dob'], ['mdY', 'mdy'])}. Can you tell me what I will owe? You can also",
        f"> call me at {tel(pt['phone'])}. Thanks, {per(pt['first'])}",
    ]
    return "\n".join(lines) + "\n", ex[2]


def financial_counselor_note(rng):
    ex = exam_by_key(rng.choice(["hodgkin", "port", "liver", "prostate", "lung_nodule", "brain"]))
    pt = patient(rng, exam=ex, old=rng.random() < 0.45)
    fc, fcn = facility(rng), person(rng)
    rel = rng.choice(["daughter", "son", "spouse"])
    kin = relative(rng, pt, rel)
    when = _later(rng, pt["dos"], -12, -2)
    f, i = quote(rng, ex[6])
    medicare = pt["age"] >= 65
    cov = (f"Medicare A/B, MBI {plan(pt['member'])}; Medigap plan G secondary, ID {plan(pt['group'])}"
           if medicare else f"{pt['payer'][0]} member {plan(pt['member'])}, group {plan(pt['group'])}")
    dx = ICD[ex[6]][0]
    lines = [
        f"FINANCIAL COUNSELING NOTE - {fac(fc['name'])}",
        f"Pt: {pname(rng, pt, ('LF', 'lf'))}   MRN {mrn(pt['mrn'])}   HAR {acct(pt['acct'])}   DOB {d(rng, pt['dob'], DATE_FORM)}",
        f"Contact: {d(rng, when, DATE_FORM)} {dt(fmt_time(rng))}   Counselor: {signed(fcn, 'CRCR')}", "",
        (f"Met with pt and {'her' if pt['sex'] == 'F' else 'his'} {rel} "
         f"{pname(rng, kin, ('full',))} in the infusion suite re: scheduled {mod(ex[2] if ex[2] != 'MR' else 'MRI')} "
         f"({ex[0]}, {ex[1]}) on {d(rng, pt['dos'], ['mdY', 'Monthd'])}. Pt is a {age_phrase(pt['age'])} "
         f"with {dx[1]} ({dx[0]}), diagnosed in {k('year', str(rng.randint(2012, 2024)))}."),
        "",
        f"Coverage: {cov}. Eligibility verified in real time; auth {acct(pt['auth'])} on file for the {ex[0]}.",
        "",
        (f"Pt lives at {addr_lines(pt['addr'], sep=' ')} with {per(kin['first'])}. Household of {rng.randint(1, 5)}, "
         f"monthly income approx ${rng.randint(1400, 5200):,} ({rng.choice(['SSA + pension', 'wages', 'SSI', 'wages + SNAP', 'unemployment'])}). Pt gave SSN {ssn(pt['ssn'])} for the "
         "presumptive-eligibility screen; score places pt at 250% FPL, eligible for 60% discount on self-pay portions."),
        "",
        f"Most recent imaging for context: {hdr('IMPRESSION')}: {i}",
        "",
        (f"Plan: FA application started, copy to {pname(rng, kin, ('first',))} at {mail(email_value(rng, kin))}. "
         f"Callback number {tel(phone_value(rng))}. Will follow up after the {d(rng, pt['dos'], ['md'])} appointment."),
    ]
    return "\n".join(lines) + "\n", ex[2]


def coding_audit_findings_memo(rng):
    rad, aud = person(rng), person(rng)
    fc = facility(rng)
    memo = _dt.date(2026, rng.randint(1, 3), rng.randint(1, 28))
    modality = rng.choice(["CT", "MR", "US", "XR"])
    pool = [e for e in EXAMS if e[2] == modality] or EXAMS
    n, errs = rng.choice([25, 30, 40]), rng.randint(2, 4)
    lo, hi = memo - _dt.timedelta(days=rng.randint(80, 100)), memo - _dt.timedelta(days=rng.randint(10, 20))
    lines = [
        "MEMORANDUM - CONFIDENTIAL / PEER REVIEW PRIVILEGED", "",
        f"To:   {per(name(rad, 'full'))}, {cred('MD')}",
        f"From: {signed(aud, rng.choice(['CCS', 'CPC', 'RHIA']))}, Coding Compliance, {fac(fc['name'])}",
        f"Date: {d(rng, memo, ['MonthdY', 'mdY'])}",
        f"Re:   Focused professional-fee audit, {mod(modality if modality != 'MR' else 'MRI')} interpretations", "",
        f"Dr. {per(rad['last'])},", "",
        (f"We reviewed {n} randomly selected claims with dates of service {d(rng, lo, ['mdY', 'md'])} through "
         f"{d(rng, hi, ['mdY', 'md'])}. Coding accuracy was {100 * (n - errs) / n:.0f}% against our 95% target. "
         "The variances are listed below with the report language that drove each one."),
        "",
    ]
    for j in range(errs):
        ex = rng.choice(pool)
        pt = patient(rng, exam=ex)
        f, i = quote(rng, ex[6])
        what = rng.choice([
            (f"billed {ex[0]}-26 but the technique does not document the number of views/contrast phases required; "
             "supports the lower-level code"),
            f"{ICD[ex[6]][-1][0]} coded as primary; the report supports {ICD[ex[6]][0][0]} as the reason for the exam",
            f"modifier -{rng.choice(['RT', 'LT', '59', 'XS'])} appended without support in the report",
            "impression uses 'consistent with' language that was coded as a definitive diagnosis (outpatient rule)",
        ])
        lines.append(
            f"{j + 1}. Acc {acc(pt['acc'])} - {pname(rng, pt, ('LF', 'lf'))}, MRN {mrn(pt['mrn'])}, DOS "
            f"{d(rng, pt['dos'], DATE_FORM)}: {what}.")
        lines.append(f"   Report: \"{i}\"")
        lines.append(f"   wRVU impact {rng.uniform(-0.6, -0.05):+.2f}; claim {acct(pt['icn'])} to be corrected.")
        lines.append("")
    lines += [
        ("No education plan is required at this accuracy level, but please attend the 20-minute coding update at "
         "the next section meeting. Reply to this memo if you disagree with any finding within 14 days."),
        "", per(name(aud, rng.choice(["full", "init"]))), f"cc: {pname(rng, person(rng), ('full',))}, {cred('MD')}, Section Chief",
    ]
    return "\n".join(lines) + "\n", modality


def cob_secondary_payer_letter(rng):
    pt = patient(rng)
    ex = pt["exam"]
    fc = facility(rng)
    minor = pt["age"] < 26
    sub = relative(rng, pt, rng.choice(["mother", "father"]) if minor else "spouse")
    sub_dob = _dt.date(pt["dob"].year - rng.randint(20, 35) if minor else pt["dob"].year + rng.randint(-5, 5),
                       rng.randint(1, 12), rng.randint(1, 28))
    today = _later(rng, pt["dos"], 30, 60)
    addressee = sub if pt["age"] < 18 else pt
    lines = [
        f"{fac(fc['name'])}  |  Patient Business Office", addr_lines(fc, sep="  "), "",
        d(rng, today, ["MonthdY"]), "",
        f"To the parent or guardian of {pname(rng, pt, ('full',))}" if pt["age"] < 18 else pname(rng, pt, ("full", "FULL")),
        addr_lines(pt["addr"]), "",
        f"Account: {acct(pt['acct'])}     Patient: {pname(rng, pt, ('lf',))}     DOB: {d(rng, pt['dob'], ['mdY'])}",
        f"Service: {d(rng, pt['dos'], ['mdY'])}  {ex[1]} ({ex[0]})", "",
        f"Dear {title(addressee)} {per(addressee['last'])},", "",
        (f"{pt['payer'][0]} did not pay the claim for this visit. Their explanation of benefits dated "
         f"{d(rng, _later(rng, pt['dos'], 12, 25), ['MonthdY', 'mdY'])} (claim {acct(pt['icn'])}) lists reason code CO-22: "
         "\"This care may be covered by another payer per coordination of benefits.\" Their records show another "
         f"health plan, possibly through {'a parent' if minor else 'your spouse'}'s employer."),
        "",
        "Please confirm which plan is primary. We currently have:",
        f"  Subscriber: {pname(rng, sub, ('full',))}    Subscriber DOB: {d(rng, sub_dob, ['mdY'])}",
        f"  Plan: {pt['payer'][0]}    Member ID: {plan(pt['member'])}    Group: {plan(pt['group'])}",
        "",
        (f"If {'the child' if minor else 'you'} had other coverage on the date of service, send us a copy of both cards "
         "(front and back) and complete the enclosed questionnaire. If the birthday rule applies, the plan of the parent "
         "whose birthday falls earlier in the year is primary."),
        "",
        (f"You can reach us at {tel(phone_value(rng, 'paren'))} or by e-mail at "
         f"{mail('pbo.cob@' + fc['short'].lower().replace(' ', '').replace('.', '') + 'health.org')}. If we do not "
         f"hear from you by {d(rng, _later(rng, today, 30, 30), ['MonthdY'])}, the balance may become your responsibility."),
        "", "Patient Business Office",
    ]
    return "\n".join(lines) + "\n", ex[2]


def charge_correction_email(rng):
    ex = rng.choice([e for e in EXAMS if e[7]] + [e for e in EXAMS if e[2] == "CT"])
    pt = patient(rng, exam=ex)
    tech, lead, fc = person(rng), person(rng), facility(rng)
    sent = _later(rng, pt["dos"], 0, 5)
    lat = ex[7]
    wrong, right = (rng.choice([("RT", "LT"), ("LT", "RT")]) if lat else (ex[0], _DOWN.get(ex[0], "71260")))
    billed = rng.random() < 0.5
    tdom = fc["short"].lower().replace(" ", "").replace(".", "") + "health.org"
    lines = [
        f"From: {pname(rng, lead, ('lf', 'full'))} <{mail(email_value(rng, lead, tdom))}>",
        f"Sent: {_mail_date(rng, sent)}",
        "To: HIM Charge Correction; Radiology Revenue Integrity",
        f"Subject: charge correction - {'wrong laterality' if lat else 'wrong CPT'} - acct {acct(pt['acct'])}", "",
        "Hi team,", "",
        (f"Please credit {ex[0]}-{wrong} and rebill {ex[0]}-{right}" if lat else f"Please credit {wrong} and rebill {right}")
        + (f" for {pname(rng, pt, ('full', 'lf'))} (MRN {mrn(pt['mrn'])}, Acc# {acc(pt['acc'])}), DOS "
           f"{d(rng, pt['dos'], ['mdY', 'mdy'])}.")
        , "",
        ((f"{pname(rng, tech, ('full', 'init'))} picked the wrong side in the tech-complete screen. The report is correct:"
          if lat else "The exam was done as ordered but the charge was entered from the wrong protocol button. Report:")),
        report_excerpt(rng, ex[6]), "",
        (f"The claim already went out to {pt['payer'][0]} (ICN {acct(pt['icn'])}), so this needs a corrected claim, "
         "frequency code 7, not a new claim." if billed else
         "Claim is still holding in the scrubber (edit RAD-LAT-01), has not dropped yet."),
        "",
        f"Thanks, {per(lead['first'])}",
        f"{mod(ex[2] if ex[2] != 'MR' else 'MRI')} Lead Technologist, {fac(fc['short'])}",
    ]
    return "\n".join(lines) + "\n", ex[2]


STYLES = {
    "price_estimate_email_reply": price_estimate_email_reply,
    "financial_counselor_note": financial_counselor_note,
    "coding_audit_findings_memo": coding_audit_findings_memo,
    "cob_secondary_payer_letter": cob_secondary_payer_letter,
    "charge_correction_email": charge_correction_email,
}
