"""blind23 styles, part C: ED discrepancy call-backs, trial imaging eligibility checklists, billing
compliance audit memos, amended-report notices to patients, implant travel letters."""

from __future__ import annotations

import datetime as dt
import random

from b23_clin import H, findings, impression, year
from b23_ctx import M, ctx, fields, lab, row
from b23_doc import Doc
from b23_fmt import (D, P, T, account, address, age_mk, dr, email, phone, plan_id, pn, rdate, serial, staff)
from b23_pools import DEVICE_MODELS, VENDORS_PAYERS


def ed_discrepancy_callback(rng: random.Random) -> Doc:
    c = ctx(rng, rng.choice(["CT", "XR", "US"]), old_p=0.15)
    d = Doc(c.mod)
    edmd, rad, rn, kin = c.ppl[1:5]
    visit = c.sd - dt.timedelta(days=rng.randrange(1, 4))
    d.ml(rng.choice(["ED Callback - Radiology Discrepancy", "Emergency Dept. results follow-up call",
                     "ED DISCHARGE CALLBACK NOTE"]))
    if rng.random() < 0.6:
        d.ml(f"{pn(rng, c.pt, ('LAST_FIRST', 'last_first'))} | {lab(rng, 'MRN', 'MR#')} {M(c.mrn, 'MRN')} | "
             f"{lab(rng, 'ED visit', 'Visit')} {D(rng, visit)}")
    d.ml("")
    fnd = findings(rng, c.region, 1)[0]
    d.m(f"Final read of {c.exam} ({M(c.acc, 'ACCESSION')}) by {dr(rng, rad)} differs from the ED wet read: {fnd} "
        f"This was not addressed at discharge on {D(rng, visit, ['md', 'mdY', 'Monthd'])}.\n\n")
    attempts = rng.randrange(1, 4)
    t0 = rng.randrange(9, 15)
    for k in range(attempts):
        tm = T(rng, t0 + k * 2, rng.randrange(60), [rng.choice(["24", "12"])])
        last = k == attempts - 1
        if not last:
            d.m(f"Attempt {k + 1} {tm}: {rng.choice(['no answer, VM full', 'left VM with callback number', 'number disconnected'])}"
                f" ({M(phone(rng), 'PHONE')}).\n")
        else:
            who = rng.random()
            if who < 0.5:
                d.m(f"Attempt {k + 1} {tm}: reached pt, identity confirmed by DOB {D(rng, c.dob)}. ")
            else:
                d.m(f"Attempt {k + 1} {tm}: reached {rng.choice(['mother', 'husband', 'roommate', 'son'])} "
                    f"{pn(rng, kin, ('full', 'given'))}, pt on speaker; verbal consent given. ")
            d.m(rng.choice(["Explained finding in plain language. ", "Discussed result and need for follow-up. "]))
            d.m(rng.choice([f"Pt will follow up with PCP {dr(rng, c.ppl[5], 'dr_last')} this week. ",
                            "Advised return to ED for worsening symptoms. ",
                            f"Outpatient {M(rng.choice(['CT', 'MRI', 'ultrasound']), 'modality')} ordered for "
                            f"{D(rng, c.sd + dt.timedelta(days=rng.randrange(3, 30)), ['md', 'Monthd'])}. "]))
            if c.age > 89 or rng.random() < 0.3:
                d.m(f"Pt is {age_mk(c.age)} yo; daughter to drive. ")
    if attempts == 1 and rng.random() < 0.4:
        d.m(f"Letter also mailed to {address(rng, True)}. ")
    d.m("\n\n")
    d.m(f"{rng.choice(['Call by', 'Completed by', '—'])} {staff(rng, rn, ['RN', 'BSN, RN', 'PA-C', 'NP'])}; "
        f"{rng.choice(['ED attending', 'discussed with', 'cosign'])} {dr(rng, edmd)}")
    return d


def trial_eligibility(rng: random.Random) -> Doc:
    c = ctx(rng, rng.choice(["CT", "MR"]), old_p=0.08)
    d = Doc(c.mod)
    crc, rad, pi = c.ppl[1:4]
    proto = rng.choice(["NRG-GI008", "ALLIANCE A0219", "SWOG-S1827", "EA5182", "Sponsor TRX-441-03"])
    base = c.sd
    reg = base + dt.timedelta(days=rng.randrange(3, 26))
    d.ml(f"{rng.choice(['Imaging Eligibility Checklist', 'RADIOLOGY ELIGIBILITY REVIEW', 'Trial imaging checklist'])} - {proto}", "")
    d.ml(fields(rng, [
        (lab(rng, "Participant", "Patient", "Subject name"), pn(rng, c.pt, ("LAST_FIRST", "full", "last_first"))),
        (lab(rng, "MRN", "Hospital no."), M(c.mrn, "MRN")),
        ("?" + lab(rng, "DOB", "Birth date"), D(rng, c.dob)),
        (lab(rng, "Baseline scan", "Baseline imaging"), f"{c.exam}, {D(rng, base)} ({M(c.acc, 'ACCESSION')})"),
        (lab(rng, "Planned registration", "Reg. date"), D(rng, reg)),
        ("?" + lab(rng, "Site", "Imaging site"), M(c.fac, "FACILITY")),
        (lab(rng, "PI", "Site PI"), dr(rng, pi)),
    ]), "")
    items = [
        f"Measurable disease per RECIST 1.1 (>= {M('10 mm', 'measurement')} long axis; nodes >= {M('15 mm', 'measurement')} short axis)",
        f"Baseline within 28 days of registration ({(reg - base).days} days)",
        "No untreated brain metastases (MRI «T1|sequence» post-contrast reviewed)".replace("«T1|sequence»", M("T1", "sequence")),
        f"{M('ECOG 0-1', 'score')} documented by treating team",
        f"Prior imaging from {year(rng.randrange(2019, 2025))} available for comparison",
        "No contraindication to iodinated contrast",
        f"Age >= 18 (pt is {age_mk(c.age)})",
    ]
    rng.shuffle(items)
    for it in items[:rng.randrange(4, 8)]:
        mark = rng.choice(["[Y]", "[x]", "Yes", "Y -", "[N]" if rng.random() < 0.15 else "[x]"])
        d.ml(f"{mark} {it}")
    d.ml("")
    d.m(f"{H(rng, 'FINDINGS')}: {' '.join(findings(rng, c.region, 2))}\n")
    d.m(f"Reviewed by {dr(rng, rad, rng.choice(['full_cred', 'initial_cred', 'dr_full']))} on "
        f"{D(rng, base + dt.timedelta(days=rng.randrange(1, 4)), ['mdY', 'iso', 'md'])}.\n")
    d.m(f"Coordinator: {staff(rng, crc, ['CCRP', 'RN', 'CCRC', 'MPH'])}, {M(phone(rng), 'PHONE')}"
        + (f", {M(email(rng, crc), 'EMAIL')}" if rng.random() < 0.7 else ""))
    return d


def compliance_audit_memo(rng: random.Random) -> Doc:
    c = ctx(rng)
    d = Doc(c.mod)
    auditor, director, chair, coder = c.ppl[1:5]
    rads = [c.ppl[5]] + [p for p in (c.ppl[0],)]
    memo_date = c.sd
    d.ml(rng.choice(["MEMORANDUM", "Compliance Memo - Confidential", "INTERNAL AUDIT MEMO (privileged)"]), "")
    hdr = [
        ("TO", f"{dr(rng, chair, 'dr_full')}, Chair, {rng.choice(['Radiology', 'Diagnostic Imaging'])}"),
        ("FROM", f"{staff(rng, auditor, ['CPC', 'CHC', 'RHIA', 'CPC, CRC'])}, Compliance"),
        ("CC", f"{pn(rng, director, ('full',))}, Revenue Cycle Director"),
        ("DATE", D(rng, memo_date, ["MonthdY", "mdY", "dMonthY"])),
        ("RE", rng.choice(["Q3 contrast billing sample", "Professional component audit",
                           "Modifier 26/TC review", "Unsigned report charges"])),
    ]
    if rng.random() < 0.5:
        hdr = [(k.title(), v) for k, v in hdr]
    d.ml(fields(rng, hdr, sep=rng.choice([": ", ":\t"]), fixed=5, shuffle=False), "")
    n = rng.randrange(3, 6)
    d.m(f"We sampled {rng.randrange(40, 120)} encounters with dates of service between "
        f"{D(rng, memo_date - dt.timedelta(days=120), ['md', 'mdY', 'Monthd'])} and "
        f"{D(rng, memo_date - dt.timedelta(days=30), ['md', 'mdY', 'Monthd'])}. {n} exceptions are listed below; "
        f"none involves intent, but two radiologists account for most of them.\n\n")
    widths = [14, 12, 6, 24, 30]
    d.ml(row(["Account", "DOS", "CPT", "Radiologist", "Exception"], widths), "-" * 80)
    for _ in range(n):
        dos = rdate(rng, memo_date - dt.timedelta(days=120), memo_date - dt.timedelta(days=30))
        r = rng.choice(rads) if rng.random() < 0.2 else rng.choice([c.ppl[5], c.ppl[4]])
        cpt = rng.choice(["74177", "71260", "70553", "72148", "76700", "77067", "73721"])
        exc = rng.choice(["contrast billed, not documented", "report unsigned >72h", "wrong laterality modifier",
                          "no medical necessity dx", "duplicate PC charge"])
        d.ml(row([M(account(rng), "ACCOUNT_ID"), D(rng, dos, ["mdY", "mdy"]), cpt,
                  P(r.render(rng.choice(["last_first", "initial", "full"]))), exc], widths))
    d.ml("")
    if rng.random() < 0.5:
        d.m(f"One exception concerns a {rng.choice(VENDORS_PAYERS)} member (ID {M(plan_id(rng), 'HEALTH_PLAN_ID')}); "
            f"the payer has been notified per contract.\n\n")
    d.m(f"Please arrange a meeting with {pn(rng, coder, ('full', 'initial'))} ({M(email(rng, coder), 'EMAIL')}) "
        f"before {D(rng, memo_date + dt.timedelta(days=14), ['Monthd', 'md', 'MonthdY'])}. Refunds will be processed "
        f"within 60 days as required.\n")
    return d


def amended_report_notice(rng: random.Random) -> Doc:
    c = ctx(rng)
    d = Doc(c.mod)
    rad, pcp, rad2, rel = c.ppl[1:5]
    orig = c.sd + dt.timedelta(days=rng.randrange(0, 2))
    amend = orig + dt.timedelta(days=rng.randrange(1, 20))
    portal = rng.random() < 0.35
    if portal:
        d.ml(rng.choice(["[Patient portal message]", "MyChart-style notification", "Secure message from Radiology"]))
        d.ml(f"{lab(rng, 'To', 'Recipient')}: {pn(rng, c.pt, ('full', 'FULL', 'native'))}"
             + (f" (proxy: {pn(rng, rel, ('full',))})" if rng.random() < 0.4 else ""))
        d.ml(f"{lab(rng, 'Sent', 'Date')}: {D(rng, amend, ['mdY', 'MondY', 'iso'])} {T(rng)}", "")
    else:
        d.ml(M(c.fac, "FACILITY"), rng.choice(["Department of Radiology", "Imaging Services", "Radiology Patient Relations"]))
        if rng.random() < 0.5:
            d.ml(f"{rng.randrange(1, 30)} Medical Plaza, {rng.choice(['Suite 200', 'Level 2', 'Bldg C'])}")
        d.ml("", D(rng, amend + dt.timedelta(days=1), ["MonthdY", "mdY", "dMonthY", "MondY"]), "")
        if rng.random() < 0.75:
            d.ml(pn(rng, c.pt, ("full", "full_mid", "FULL")), address(rng, False), "")
        if rng.random() < 0.6:
            d.ml(f"RE: {rng.choice(['Correction to your imaging report', 'Amended report', 'Update to your results'])} - "
                 f"{c.exam}, {D(rng, c.sd, ['mdY', 'MonthdY'])}", "")
    d.m(rng.choice([f"Dear {rng.choice(['Mr.', 'Ms.', 'Mx.'])} {P(c.pt.last)},", f"Dear {P(c.pt.render('full'))},",
                    f"Hello {P(c.pt.render('given'))},", "Dear patient,"]) + "\n\n")
    change = rng.choice([
        ("the side of the finding", "listed the right side", "it should have read left"),
        ("a measurement", f"gave the size as {M('1.6 cm', 'measurement')}", f"the correct size is {M('6 mm', 'measurement')}"),
        ("a typing error from voice recognition", "said \"no fracture\"", f"it should read \"{M('Colles fracture', 'eponym')}\""),
        ("the comparison date", f"compared with a study from {year(rng.randrange(2018, 2024))}",
         "it should have compared with your most recent study"),
        ("the spinal level", f"named {M('L3-L4', 'vertebral_level')}", f"the correct level is {M('L4-L5', 'vertebral_level')}"),
        ("the name of a finding", f"mentioned a \"{M('Baker cyst', 'eponym')}\"", "the fluid is actually in the knee joint itself"),
    ])
    when = D(rng, c.sd, ['Monthd', 'MonthdY', 'md', 'Monthdth'])
    if rng.random() < 0.5:
        d.m(f"We are writing to let you know that the report for your imaging on {when} "
            f"was amended on {D(rng, amend, ['Monthd', 'MonthdY', 'md', 'mdY'])} to correct {change[0]}. ")
    else:
        d.m(f"Your {c.exam} from {when} (accession {M(c.acc, 'ACCESSION')}) has an addendum dated "
            f"{D(rng, amend, ['md', 'mdY', 'Monthd'])}. It corrects {change[0]}. ")
    d.m(f"The original report {change[1]}; {change[2]}. ")
    if rng.random() < 0.4:
        d.m(f"The report was first signed by {dr(rng, rad2, rng.choice(['dr_last', 'dr_full']))} and reviewed again by "
            f"{dr(rng, rad, 'dr_last')} at a routine quality check. ")
    d.m(rng.choice(["This change does not alter your care plan. ",
                    "Your doctor has been told and may contact you about next steps. ",
                    "We are sorry for any confusion this may have caused. ", ""]))
    if rng.random() < 0.7:
        d.m(f"A corrected copy was sent to {dr(rng, pcp, rng.choice(['dr_full', 'dr_last', 'full_cred']))}.")
    d.m("\n\n")
    if rng.random() < 0.5:
        d.m(f"{H(rng, 'IMPRESSION')} (amended): {impression(rng, c.region)}\n\n")
    tail = rng.randrange(3)
    if tail == 0:
        d.m(f"You can view the amended report in the patient portal or request a copy by calling "
            f"{M(phone(rng), 'PHONE')}. Please have your record number ({M(c.mrn, 'MRN')}) ready.\n\n")
    elif tail == 1:
        d.m(f"Questions can go to Radiology Patient Relations, {M(phone(rng), 'PHONE')}"
            + (f", or {M(email(rng, local='radpatientrelations'), 'EMAIL')}" if rng.random() < 0.6 else "") + ".\n\n")
    else:
        d.m(f"View it online: {M('https://portal.' + rng.choice(['example.org', 'health.example.net']) + '/results/' + c.mrn.replace('-', ''), 'URL')}\n\n")
    d.ml(rng.choice(["Sincerely,", "Respectfully,", "Regards,"]), dr(rng, rad, rng.choice(["full_cred", "last_cred", "dr_full"])))
    if rng.random() < 0.6:
        d.ml(rng.choice(["Interpreting Radiologist", "Section Chief, Body Imaging", "Radiologist", "Vice Chair for Quality"]))
    return d


def implant_travel_letter(rng: random.Random) -> Doc:
    c = ctx(rng, rng.choice(["XR", "MR", "CT"]), old_p=0.2)
    d = Doc(c.mod)
    md, nurse = c.ppl[1:3]
    model = rng.choice(DEVICE_MODELS)
    imp = c.sd - dt.timedelta(days=rng.randrange(60, 2500))
    d.ml(M(c.fac, "FACILITY") + rng.choice(["", " | Device Clinic", " - Department of Radiology"]))
    if rng.random() < 0.5:
        d.ml(f"Tel {M(phone(rng), 'PHONE')}" + (f"   Fax {M(phone(rng), 'PHONE')}" if rng.random() < 0.5 else ""))
    d.ml("", D(rng, c.sd, ["MonthdY", "dMonthY", "mdY", "MondY"]), "")
    d.ml(rng.choice(["To Whom It May Concern:", "To airport security and medical staff:", "TRAVEL / MEDICAL DEVICE LETTER"]), "")
    d.m(f"{pn(rng, c.pt, ('full', 'full_mid', 'FULL', 'native'))}"
        + (f" (DOB {D(rng, c.dob)})" if rng.random() < 0.7 else f", age {age_mk(c.age)},")
        + f" has an implanted {model}, serial number {M(serial(rng), 'DEVICE_SERIAL')}, placed on "
          f"{D(rng, imp, ['MonthdY', 'mdY', 'dMonthY'])} at {M(c.fac if rng.random() < 0.5 else rng.choice(['Kittredge County Medical Center', 'Halvern University Hospital']), 'FACILITY')}. ")
    d.m(rng.choice(["Walk-through metal detectors are unlikely to harm the device, but hand-held wands should not be held "
                    "over it. ", "Please allow a pat-down instead of a hand-held wand. "]))
    d.m(f"The system is labelled MR Conditional; scanning on a {M('1.5T', 'measurement')} "
        f"{M('MRI', 'modality')} is possible only with the device in MRI mode. ")
    where = {"Abbott Proclaim XR": ("lead tips at", "T8"), "Nevro Senza II": ("lead tips at", "T9-T10"),
             "Medtronic InterStim II": ("lead in the", "S3")}.get(model)
    if where and rng.random() < 0.8:
        d.m(f"On the last {M('radiograph', 'modality')} ({D(rng, c.sd - dt.timedelta(days=rng.randrange(5, 90)), ['MonthdY', 'mdY'])}) "
            f"the {where[0]} {M(where[1], 'vertebral_level')}{' foramen' if where[1] == 'S3' else ''} appeared unchanged. ")
    elif rng.random() < 0.5:
        d.m(f"Generator and leads were intact on the chest {M('radiograph', 'modality')} of "
            f"{D(rng, c.sd - dt.timedelta(days=rng.randrange(5, 90)), ['MonthdY', 'mdY'])}. ")
    dep = c.sd + dt.timedelta(days=rng.randrange(7, 60))
    d.m(f"\n\n{rng.choice(['The patient travels', 'Planned travel', 'Itinerary'])}: departing "
        f"{D(rng, dep, ['Monthd', 'md', 'MonthdY'])}, returning {D(rng, dep + dt.timedelta(days=rng.randrange(5, 30)), ['Monthd', 'md', 'MonthdY'])}. ")
    d.m(f"In an emergency, contact the device clinic at {M(phone(rng), 'PHONE')}"
        + (f" or {M(email(rng, local='deviceclinic'), 'EMAIL')}" if rng.random() < 0.5 else "")
        + ". A device ID card is carried.\n\n")
    d.ml(rng.choice(["Sincerely,", "Yours faithfully,"]), dr(rng, md, rng.choice(["full_cred", "last_cred"])))
    if rng.random() < 0.5:
        d.m(f"prepared by {staff(rng, nurse, ['RN', 'NP', 'CCDS'])}")
    return d


STYLES_C = {
    "ed_discrepancy_callback": ed_discrepancy_callback,
    "trial_eligibility": trial_eligibility,
    "compliance_audit_memo": compliance_audit_memo,
    "amended_report_notice": amended_report_notice,
    "implant_travel_letter": implant_travel_letter,
}
