"""Prose styles 1-5 of blind48: coding query, payment plan letter, refund memo, collections notes, reconsideration."""

from __future__ import annotations

from b48_billing import ICD, exam_by_key
from b48_clinical import quote, report_excerpt
from b48_common import DATE_FORM, addr_lines, age_phrase, d, pname, signed, title
from b48_gen import (device_serial, digits, email_value, facility, fmt_date, fmt_time, group, ip_value, name, npi,
                     patient, person, phone_value, relative)
from b48_markup import acc, acct, age89, cred, dt, fac, hdr, ip, k, mail, mod, mrn, per, plan, serial, ssn, tel, url
from b48_pools import COLLECTION_AGENCIES, STAFF_TITLES

import datetime as _dt

MODWORD = {"CT": "CT", "MR": "MRI", "US": "US", "XR": "XR", "MG": "MG"}


def _later(rng, date, lo=1, hi=40):
    return date + _dt.timedelta(days=rng.randint(lo, hi))


def laterality_coding_query(rng):
    pt = patient(rng, exam=exam_by_key("port") if rng.random() < 0.25 else None)
    ex = pt["exam"]
    cpt, desc, modality, key, lateral = ex[0], ex[1], ex[2], ex[6], ex[7]
    coder, rad, ref = person(rng), person(rng), person(rng)
    ccred = rng.choice(STAFF_TITLES["coder"])
    sent = _later(rng, pt["dos"], 1, 6)
    f, i = quote(rng, key)
    side = "right" if "right" in i or "right" in f else "left"
    other = "LT" if side == "right" else "RT"
    hist = f"{hdr('HISTORY')}: {age_phrase(pt['age'])} {'woman' if pt['sex'] == 'F' else 'man'}, {ICD[key][0][1].lower()}."
    if lateral:
        issue = (f"The order and charge were entered as {cpt}-{other}, but the signed report describes the "
                 f"{side} side throughout. We cannot change laterality without documentation from you.")
        ask = f"Please confirm the side imaged ({'RT' if side == 'right' else 'LT'} vs {other}) by addendum."
    elif key == "port":
        issue = (f"The procedure note supports {cpt} but the implant log line for C1788 has no device identifier, "
                 "which the payer requires on the UB-04 remarks.")
        ask = "Please confirm the port serial number in an addendum so the device line can drop."
    elif modality == "MR" and key in ("brain", "liver", "prostate"):
        issue = (f"{cpt} ({desc}) was charged, but the technique section lists no post-contrast series and the "
                 "contrast line (A9579) is missing from the MAR.")
        ask = f"Was contrast given? If not, the code should change to the without-contrast {mod('MRI')} code."
    elif key == "lung_screen":
        issue = ("71271 requires documentation of eligibility (age, pack-years, years since quitting, shared "
                 "decision-making). The report has none of these.")
        ask = "Please addend with smoking history and the SDM visit date, or we will bill 71250 with -GA."
    else:
        issue = (f"The claim carries {cpt}-26 with {ICD[key][0][0]} only; the impression supports a more specific "
                 "diagnosis than the order indication.")
        ask = "Please confirm whether the finding below is a definitive diagnosis for ICD-10 purposes."
    qnum = "CQ-" + digits(rng, 7)
    lines = [
        f"From: {signed(coder, ccred)} | Coding & Charge Integrity",
        f"To: Dr. {per(rad['last'])}",
        f"Sent: {d(rng, sent, DATE_FORM)} {dt(fmt_time(rng, rng.choice(['hm', 'ampm'])))}",
        f"Subject: Coding query {acct(qnum)} - {acc(pt['acc'])} - documentation clarification",
        "",
        f"Patient: {pname(rng, pt, ('LF', 'lf_mi'))}    MRN: {mrn(pt['mrn'])}    DOB: {d(rng, pt['dob'], DATE_FORM)}",
        f"Accession: {acc(pt['acc'])}    DOS: {d(rng, pt['dos'], DATE_FORM)}    Charged: {cpt}-26 {desc}",
        f"Ordering: {pname(rng, ref, ('full', 'lf'))}, {cred(rng.choice(['MD', 'DO', 'NP', 'PA-C']))}",
        "",
        f"Dr. {per(rad['last'])},",
        "",
        issue,
        "",
        "Report text as signed:",
        "  " + hist,
        f"  {hdr('FINDINGS')}: {f}",
        f"  {hdr('IMPRESSION')}: {i}",
        "",
        ask + " Per our compliant query policy, please do not reply with a diagnosis we have suggested; "
        "choose the option your documentation supports or \"unable to determine\".",
        "",
        f"Thanks, {per(coder['first'])}",
        "",
        f"---- Reply {d(rng, _later(rng, sent, 0, 2), DATE_FORM)} {dt(fmt_time(rng, 'hm'))} ----",
    ]
    if key == "port":
        lines.append(f"Addended. Port SN {serial(device_serial(rng))}, lot on the implant sticker in the chart.")
    elif lateral:
        lines.append(f"You're right, tech entered the wrong side. Addendum signed: {side} side imaged.")
    else:
        lines.append(rng.choice(["Addendum done, see report.", "Confirmed and addended.", "Unable to determine from images; leave as is."]))
    lines.append(f"{per(name(rad, rng.choice(['full', 'init'])))}, {cred('MD')}")
    return "\n".join(lines) + "\n", modality


def payment_plan_agreement_letter(rng):
    pt = patient(rng)
    ex = pt["exam"]
    fc = facility(rng)
    minor = pt["age"] < 18
    g = relative(rng, pt, rng.choice(["mother", "father"])) if minor else (relative(rng, pt, "spouse") if rng.random() < 0.2 else pt)
    counselor = person(rng)
    today = _later(rng, pt["dos"], 20, 90)
    bal = rng.uniform(300, 4200)
    n = rng.choice([4, 6, 10, 12])
    inst = round(bal / n, 2)
    acctno = pt["acct"]
    last4 = digits(rng, 4)
    link = f"https://{rng.choice(['pay', 'billpay', 'mychart'])}.{fc['short'].lower().replace(' ', '').replace('.', '')}health.org/{rng.choice(['guestpay', 'plan', 'p'])}?acct={acctno}"
    out = [
        fac(fc["name"]), "Patient Financial Services", addr_lines(fc), f"Phone {tel(phone_value(rng))}", "",
        d(rng, today, ["MonthdY", "mdY"]), "",
        pname(rng, g, ("full", "FULL")), addr_lines(pt["addr"], upper=rng.random() < 0.5), "",
        f"RE: Payment arrangement - Account {acct(acctno)}",
        f"Patient: {pname(rng, pt, ('full', 'lf'))}    Date of service: {d(rng, pt['dos'], ['mdY', 'mdy'])}",
        f"Balance after insurance: ${bal:,.2f}", "",
        f"Dear {title(g)} {per(g['last'])},", "",
        (f"Thank you for speaking with {per(counselor['first'])} in our office on {d(rng, _later(rng, pt['dos'], 10, 19), ['Monthd', 'md', 'MonthdY'])}. "
         f"This letter confirms the payment plan we set up for the imaging exam ({ex[1]}, CPT {ex[0]}) performed at "
         f"{fac(fc['short'])} on {d(rng, pt['dos'], ['Monthd', 'MonthdY'])}. {pt['payer'][0]} applied ${bal * 0.8:,.2f} to your "
         f"deductible (reason code PR-1) and ${bal * 0.2:,.2f} to coinsurance (PR-2); no further insurance payment is expected."),
        "",
        f"You agreed to {n} monthly payments of ${inst:,.2f}:",
    ]
    due = _later(rng, today, 10, 25)
    for j in range(min(n, 4)):
        out.append(f"  Payment {j + 1:>2}   due {dt(fmt_date(due, 'mdY'))}   ${inst:,.2f}")
        due = due + _dt.timedelta(days=30)
    if n > 4:
        out.append(f"  ... and {n - 4} further payments on the same day of each month")
    out += [
        "",
        (f"Payments will be drafted automatically from the card ending in {acct(last4)}. No interest is charged while "
         f"the plan is current. If two payments are missed, the plan will be cancelled and the remaining balance may be "
         f"placed with {rng.choice(COLLECTION_AGENCIES)} after a final notice."),
        "",
        f"You can see your plan or change the card at {url(link)}, or call us at {tel(phone_value(rng, 'paren'))}.",
        "",
        "Sincerely,", "", signed(counselor, rng.choice(STAFF_TITLES["rcm"])), "Patient Financial Counselor", "",
        (f"Accepted electronically by {pname(rng, g, ('full',))} on {d(rng, today, ['mdY'])} at "
         f"{dt(fmt_time(rng, rng.choice(['hms', 'ampm'])))} from IP address {ip(ip_value(rng))}."),
    ]
    return "\n".join(out) + "\n", ex[2]


def patient_refund_request_memo(rng):
    pt = patient(rng)
    ex = pt["exam"]
    req, sup, dirr = person(rng), person(rng), person(rng)
    fc = facility(rng)
    copay = rng.choice([100, 150, 250, 300, 75])
    paid = rng.uniform(200, 900)
    pr = rng.uniform(0, copay * 0.6)
    credit = copay - pr
    rdate = _later(rng, pt["dos"], 30, 75)
    mail_to = pt["addr"]
    rf = f"RF{rdate.year % 100}-{digits(rng, 5)}"
    out = [
        f"{fac(fc['name'])} - Patient Accounts", "CREDIT BALANCE REFUND REQUEST", "",
        f"Request no.: {acct(rf)}        Date: {d(rng, rdate, DATE_FORM)}",
        f"Requested by: {signed(req, rng.choice(STAFF_TITLES['rcm']))}, Cash Posting", "",
        f"Patient / guarantor: {pname(rng, pt, ('lf', 'LF_MI'))}",
        f"Account: {acct(pt['acct'])}    MRN: {mrn(pt['mrn'])}    DOB: {d(rng, pt['dob'], DATE_FORM)}",
        f"Service: {d(rng, pt['dos'], DATE_FORM)}  {ex[0]} {ex[1]}  (rev {ex[3]})",
        f"Primary: {pt['payer'][0]}  ID {plan(pt['member'])}", "",
        "Narrative:",
        (f"At check-in on {d(rng, pt['dos'], ['md', 'Monthd'])} the patient paid the estimated ${copay:.2f} from the "
         f"price estimate. {pt['payer'][0]} processed the claim on {d(rng, _later(rng, pt['dos'], 14, 28), ['md', 'mdY'])} "
         f"(claim {acct(pt['icn'])}), allowed less than estimated and paid ${paid:,.2f}; patient responsibility was only "
         f"${pr:,.2f} (PR-2). The ${credit:,.2f} difference is an overpayment by the patient, not the payer, so no "
         f"recoupment risk. No other open balances on the guarantor account; checked for unapplied cash."),
        "",
        "Posting history:",
        f"  {dt(fmt_date(pt['dos'], 'mdY'))}  PMT  patient card (POS)       -{copay:.2f}",
        f"  {dt(fmt_date(_later(rng, pt['dos'], 29, 29), 'mdY'))}  PMT  {pt['payer'][0][:18]:<18} EFT  -{paid:,.2f}",
        f"  {dt(fmt_date(_later(rng, pt['dos'], 30, 30), 'mdY'))}  ADJ  CO-45 contractual          -{rng.uniform(100, 900):,.2f}",
        f"  Credit balance                               ({credit:,.2f})", "",
        f"Refund payable to: {pname(rng, pt, ('full',))}",
        f"Mail to: {addr_lines(mail_to, sep=', ')}", "",
        f"Approved: {per(name(sup, 'init'))}, Supervisor  {d(rng, _later(rng, rdate, 1, 3), DATE_FORM)}",
    ]
    if credit > 25:
        out.append(f"Approved: {per(name(dirr, 'full'))}, Director PFS  {d(rng, _later(rng, rdate, 3, 6), DATE_FORM)}")
    return "\n".join(out) + "\n", ex[2]


def self_pay_collections_call_note(rng):
    pt = patient(rng, old=rng.random() < 0.35)
    ex = pt["exam"]
    rel = rng.choice(["daughter", "son", "spouse"])
    kin = relative(rng, pt, rel)
    collectors = [person(rng) for _ in range(3)]
    day = _later(rng, pt["dos"], 45, 90)
    ph = phone_value(rng)
    fmt = rng.choice(["mdY", "mdy"])
    out = [f"ACCOUNT NOTES   Guarantor acct {acct(pt['acct'])}   Pt: {pname(rng, pt, ('LF', 'lf'))}   "
           f"Bal ${rng.uniform(180, 2400):,.2f}   DOS {dt(fmt_date(pt['dos'], fmt))}", ""]

    def entry(who, text):
        nonlocal day
        day = _later(rng, day, 2, 12)
        return f"{dt(fmt_date(day, fmt))} {dt(fmt_time(rng, rng.choice(['hm', 'ampm'])))}  {per(name(who, 'init'))}: {text}"

    out.append(entry(collectors[0], f"Outbound call to {tel(ph)}, no answer, LVM w/ callback # per FDCPA script. Stmt 2 mailed."))
    out.append(entry(collectors[1], (
        f"Inbound from pt's {rel} {pname(rng, kin, ('full',))} who is on the HIPAA release. Verified DOB "
        f"{d(rng, pt['dob'], ['mdY', 'mdy'])} and last 4 SSN {ssn(pt['ssn'][-4:])}. States bill is for the "
        f"{MODWORD[ex[2]]} ({ex[0]}) and that {pt['payer'][0]} should have paid. Claim denied "
        f"{rng.choice(['CO-197 (no auth)', 'CO-22 (other coverage)', 'CO-29 (timely filing)', 'PR-1 deductible'])}.")))
    if pt["age"] >= 90:
        out.append(entry(collectors[1], f"{rel.capitalize()} reports pt is {age89(pt['age'])} and now in hospice; requested hardship review."))
    else:
        out.append(entry(collectors[1], f"Pt is {age_phrase(pt['age'], 'yo')}, works part time; asked about charity care, app emailed to {mail(email_value(rng, kin))}."))
    out.append(entry(collectors[2], (
        f"Pmt ${rng.choice([25, 40, 50, 75, 100])}.00 taken by phone, card ending {acct(digits(rng, 4))}. "
        f"Placed 60-day hold. New phone for {rel}: {tel(phone_value(rng))}. Address confirmed {addr_lines(pt['addr'], sep=' ')}.")))
    out.append(entry(collectors[0], rng.choice([
        f"Hold expired, no further pmt. Final notice sent; will place w/ {rng.choice(COLLECTION_AGENCIES)} if unpaid.",
        "Hardship approved 100% by FA committee, balance adjusted off (adj code 9310).",
        f"Sent back to billing: rebill to {pt['payer'][0]} with auth {acct(pt['auth'])} obtained retro."])))
    return "\n".join(out) + "\n", ex[2]


def med_necessity_reconsideration_letter(rng):
    pt = patient(rng)
    ex = pt["exam"]
    rad, ref = person(rng), person(rng)
    fc = facility(rng)
    grp = group(rng)
    today = _later(rng, pt["dos"], 35, 80)
    codes = ICD[ex[6]]
    carc = rng.choice(["CO-50", "CO-197", "CO-11", "CO-50 / N386"])
    onset = rng.randint(2015, 2025)
    out = [
        d(rng, today, ["MonthdY", "mdY"]), "",
        f"{pt['payer'][0]}", "Attn: Provider Disputes / Reconsiderations", "",
        "RE: Request for reconsideration of denied claim",
        f"Member: {pname(rng, pt, ('full', 'lf'))}", f"Member ID: {plan(pt['member'])}    Group: {plan(pt['group'])}",
        f"DOB: {d(rng, pt['dob'])}    DOS: {d(rng, pt['dos'])}", f"Claim number: {acct(pt['icn'])}",
        f"Billed: {ex[0]}-26 ({ex[1]})    Dx: {', '.join(c for c, _ in codes[:2])}    Denial: {carc}", "",
        "To the reviewing physician:", "",
        (f"I am the radiologist who interpreted this examination. {pname(rng, pt, ('full',))} is a "
         f"{age_phrase(pt['age'])} referred by {pname(rng, ref, ('full', 'init'))}, {cred('MD')} for "
         f"{codes[0][1].lower()} with symptoms dating to {k('year', str(onset))}. Conservative management had failed, "
         f"and a prior {mod(rng.choice(['CT', 'US', 'XR']))} in {k('year', str(min(onset + 1, 2025)))} was nondiagnostic. "
         f"The study was performed at {fac(fc['name'])} on {d(rng, pt['dos'], ['Monthd', 'MonthdY'])}."),
        "",
        "The report documents:", report_excerpt(rng, ex[6]), "",
        ("These findings changed management directly, which is the standard in your own imaging policy. We ask that "
         "the denial be overturned and the professional component paid. Records are attached."),
        "",
        "Sincerely,", "", signed(rad, "MD"),
        f"{fac(grp)}  |  NPI {npi(rng)}  |  Tax ID {digits(rng, 2)}-{digits(rng, 7)}",
        f"Direct line {tel(phone_value(rng))}",
    ]
    return "\n".join(out) + "\n", ex[2]


STYLES = {
    "laterality_coding_query": laterality_coding_query,
    "payment_plan_agreement_letter": payment_plan_agreement_letter,
    "patient_refund_request_memo": patient_refund_request_memo,
    "self_pay_collections_call_note": self_pay_collections_call_note,
    "med_necessity_reconsideration_letter": med_necessity_reconsideration_letter,
}
