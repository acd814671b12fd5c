"""UK styles: RIS report, GP referral, 2WW referral, IR(ME)R log, sonographer worksheet, bleep log, Datix report."""

from __future__ import annotations

import b44_ids as I
from b44_clinical import cap, cred, exam, hdr, report_body, trap_line
from b44_ctx import Ctx
from b44_doc import P, Doc
from b44_places import address


def _nhs(c: Ctx) -> P:
    return P(I.nhs_number(c.rng, c.rng.choice([" ", " ", "-", ""])), "MRN")


def _gp_lines(c: Ctx, gp) -> list:
    a, _ = address(c.rng, "UK")
    return ["Dr ", c.dr(gp), ", ", P(c.practice, "FACILITY"), ", ", a]


def nhs_ris_header_report(rng):
    c, d = Ctx(rng, "UK"), Doc()
    ex, rad, gp = exam(rng, sex=c.pt.sex), c.staff(), c.staff()
    d.f("{}\nDepartment of Clinical Radiology, {}\n", P(c.org, "FACILITY"), c.hosp_line())
    d.f("RIS REPORT{}Printed {} {}\n" + "-" * 60 + "\n", " " * rng.randint(4, 20), c.date(c.days(1)), c.time("hm"))
    d.f("Patient    : {}\nNHS Number : {}     Hosp No: {}\n", c.name("formal"), _nhs(c), P(c.mrn, "MRN"))
    d.f("DOB        : {}  ({})   Sex: {}\nAddress    : {}\nTel        : {}\n", c.dob_p(), c.age_text(), c.sex_word(),
        c.addr, c.ph(c.phone))
    d.f("Referrer   : {}\nSource     : {}\n", _gp_lines(c, gp), rng.choice(["GP Direct Access", "Outpatients", "A&E", "Ward 24"]))
    d.f("Exam       : " + ex["title"] + "\nAccession  : {}     Exam date: {} {}\n\n", P(c.acc, "ACCESSION"), c.date(), c.time())
    if rng.random() < 0.3 and ex["mod"] == "MR":
        lab, sn = I.device_serial(rng)
        d.f("MR safety: {} (serial {}) checked against manufacturer conditions by {}.\n\n", lab, P(sn, "DEVICE_SERIAL"),
            c.dr(c.staff(), "initial"))
    report_body(d, rng, ex)
    d.f("\n\nReported by: Dr {}, {}, Consultant Radiologist\nVerified: {} {}\n", c.dr(rad), c.cred(), c.date(), c.time("hm"))
    if rng.random() < 0.5:
        d.f("Typed by {} ext {}\n", c.dr(c.staff(), "initial"), P(I.digits(rng, 4), "PHONE"))
    return d, ex["mod"]


def uk_gp_referral_letter(rng):
    c, d = Ctx(rng, "UK"), Doc()
    gp, ex = c.staff(), exam(rng, sex=c.pt.sex)
    d.f("{}\n{}\nTel: {}  Email: {}\n\n", P(c.practice, "FACILITY"), address(rng, "UK")[0],
        c.ph(), c.email(gp))
    d.f("{}\n\nThe Radiology Department\n{}\n\n", c.date(kind=rng.choice(["long", "ordinal"])), c.hosp_line())
    d.f("Dear Colleague,\n\nRe: {} {}  DOB {}  NHS No. {}\n{}\n\n", c.pt.title(), c.name("nhs"), c.dob_p(), _nhs(c), c.addr)
    d.f("Thank you for seeing this {} {} who I saw in surgery on {}. {} has had " + ex["ind"] + " for about {} weeks.",
        c.age_text(True), "woman" if c.pt.sex == "F" else "man", c.date(c.days(-rng.randint(1, 9)), "weekday"),
        "She" if c.pt.sex == "F" else "He", rng.randint(2, 14))
    d.f(trap_line(c.pt))
    d.f(" I would be grateful for " + ex["title"] + ". {} is happy to be contacted on {} and prefers morning appointments",
        c.name("short") if rng.random() < 0.5 else "The patient", c.ph(c.phone))
    if rng.random() < 0.5:
        d.f("; her {} {} will usually answer ({})".replace("her", "his" if c.pt.sex == "M" else "her"), *c.relative(), c.ph())
    d.f(".\n\nShe last had imaging here in {y:%d}.\n\n".replace("She", "She" if c.pt.sex == "F" else "He") % rng.randint(2012, 2023))
    d.f("Yours sincerely,\n\nDr {}\n{}, General Practitioner\nGMC {}\n", c.dr(gp, "full"),
        "{c:MRCGP}" if rng.random() < 0.6 else "{c:MBChB}", P(I.digits(rng, 7), "ACCOUNT_ID"))
    return d, ex["mod"]


def two_week_wait_referral(rng):
    c, d = Ctx(rng, "UK"), Doc()
    gp, ex = c.staff(), exam(rng, rng.choice(["cttap", "mammo", "usthy", "usob", "cxr"]), sex=c.pt.sex)
    d.f("URGENT SUSPECTED CANCER REFERRAL (2WW) - {}\n", rng.choice(["Lower GI", "Breast", "Lung", "Gynaecology", "Head & Neck"]))
    d.f("e-RS UBRN: {}    Date of decision to refer: {}\n\n", P(I.account(rng) if rng.random() < 0.3 else
                                                               f"{I.digits(rng, 4)} {I.digits(rng, 4)} {I.digits(rng, 4)}", "ACCOUNT_ID"), c.date())
    d.f("PATIENT DETAILS\nSurname: {}   Forename(s): {}\n", P(c.pt.family.upper() if c.pt.order != "p" else c.pt.full(), "PERSON"),
        P(c.pt.given, "PERSON"))
    d.f("NHS No: {}   DOB: {}   Gender: {}\nAddress: {}\nHome tel: {}   Mobile: {}\n", _nhs(c), c.dob_p("dmy"), c.sex_word(),
        c.addr, c.ph(c.phone), c.ph(I.phone(rng, "UK")))
    d.f("Interpreter required: {}\n", rng.choice(["No", "Yes - Polish", "Yes - Urdu", "Yes - Somali", "Yes - Cantonese"]))
    if rng.random() < 0.4:
        d.f("Patient available in next 14 days: Yes (away {} to {})\n\n", c.date(c.days(4), "nomonth"), c.date(c.days(8), "nomonth"))
    else:
        d.f("Patient available in next 14 days: Yes\n\n")
    d.f("REFERRER\nGP: Dr {}   Practice: {}\nPractice code: {}   Tel (bypass): {}\n\n", c.dr(gp, "full"), P(c.practice, "FACILITY"),
        f"{rng.choice('ABCDEFGHJKLMNPY')}{I.digits(rng, 5)}", c.ph())
    d.f("CLINICAL INFORMATION\n" + cap(ex["ind"]) + ". Requested test: " + ex["title"] + ".\n")
    d.f("WHO performance status {}. eGFR {} on {}.{}\n", rng.randint(0, 2), rng.randint(38, 95),
        c.date(c.days(-rng.randint(3, 20)), "dmy"), trap_line(c.pt))
    d.f("Safety-netting discussed with patient on {} at {}.\n", c.date(kind="dmy"), c.time("hm"))
    return d, ex["mod"]


def irmer_justification_log(rng):
    c, d = Ctx(rng, "UK"), Doc()
    d.f("IR(ME)R justification and authorisation log - {} - {}\nOperator list for {}\n\n",
        P(c.hosp, "FACILITY"), rng.choice(["Main X-ray", "CT 2", "Fluoroscopy", "ED X-ray"]), c.date(kind="long"))
    d.f("Time | Patient | Hosp No | Exam | Referrer | Practitioner/authorised by | Preg. status | DAP/DLP\n")
    for _ in range(rng.randint(4, 7)):
        p = Ctx(rng, "UK", old=0.08)
        ex = exam(rng, rng.choice(["ctkub", "cthead", "cxr", "xrwrist", "cttap"]), sex=p.pt.sex)
        ref, op = c.staff(), c.staff()
        preg = "N/A" if p.pt.sex == "M" or p.age > 55 else rng.choice(["Not pregnant (LMP {})", "Declined - pregnancy test neg"])
        d.f("{} | {} ({}) | {} | " + ex["title"] + " | Dr {} | {} (guidelines {}) | ", c.time(rng.choice(["hm", "hrs"])),
            c.name(rng.choice(["formal", "nhs"]), p.pt), p.age_text(), P(p.mrn, "MRN"), c.dr(ref, "initial"),
            P(op.initial(), "PERSON"), rng.choice(["iRefer CT-12", "local protocol RAD-07", "iRefer M21"]))
        if "LMP" in preg:
            d.f("Not pregnant (LMP {})", c.date(c.days(-rng.randint(5, 25)), "short"))
        else:
            d.f(preg)
        d.f(" | {}\n", f"{rng.randint(3, 900)} mGy.cm" if ex["mod"] == "CT" else f"{rng.uniform(0.02, 2):.2f} Gy.cm2")
    rad = c.staff()
    d.f("\nComment: one request from Dr {} was returned as not justified ({} " + rng.choice(["CT head", "lumbar spine XR"]) +
        " without red flags); discussed by phone with {} on bleep {}.\n", c.dr(c.staff(), "full"), "repeat", c.dr(rad, "full"),
        P(I.digits(rng, 4), "PHONE"))
    return d, "CT"


def uk_sonographer_worksheet(rng):
    c, d = Ctx(rng, "UK"), Doc()
    ex = exam(rng, rng.choice(["ussabdo", "usthy", "usob"]), sex=c.pt.sex)
    son = c.staff("F" if rng.random() < 0.7 else None)
    d.f("SONOGRAPHER WORKSHEET        Room {}       {}\n", rng.randint(1, 6), P(c.hosp, "FACILITY"))
    d.f("Name: {}   DOB: {}   NHS: {}   Acc: {}\n", c.name("formal"), c.dob_p("dmy"), _nhs(c), P(c.acc, "ACCESSION"))
    d.f("Exam: " + ex["title"] + "   Date: {}   Time in: {}  Time out: {}\n", c.date(kind="dmy"), c.time("hm"), c.time("hm"))
    d.f("Ref: {}  Dr {}\n", P(c.practice, "FACILITY"), c.dr(c.staff(), "initial"))
    d.f("Chaperone: {} {}   ID checked (name/DOB/postcode): {}\n", rng.choice(["Sister", "HCA", "Student"]),
        c.dr(c.staff("F"), "full"), P(c.addr_vals["zip"], "ZIP") if c.addr_vals["zip"] else "yes")
    d.f("Prep: fasted from {}   Body habitus: {}\n\n", c.time("pm"), rng.choice(["good views", "limited by habitus", "bowel gas ++"]))
    d.f("Measurements / findings:\n")
    for f in ex["find"]:
        d.f("  - " + f + "\n")
    d.f("\nSonographer impression: " + ex["conc"] + "\n")
    d.f("Scanned by: {} (Sonographer) {}   Checked: Dr {}\n", c.dr(son), "{c:DMU}" if rng.random() < 0.5 else "{c:PgDip MU}",
        c.dr(c.staff(), "initial"))
    d.f("Images sent to PACS {} {}", c.date(kind="dmy"), c.time("hm"))
    if rng.random() < 0.5:
        d.f("; urgent finding phoned to the surgery on {}", c.ph())
    d.f("\n")
    return d, "US"


def bleep_handover_log(rng):
    c, d = Ctx(rng, "UK"), Doc()
    reg = c.staff()
    d.f("On-call radiology registrar - handover log {} ({} to {})\nRegistrar: Dr {} (bleep {})  Consultant on call: Dr {}\n\n",
        c.date(kind=rng.choice(["weekday_y", "dmy"])), c.time("hrs", ), c.time("hrs"), c.dr(reg), P(I.digits(rng, 4), "PHONE"),
        c.dr(c.staff(), "full"))
    for _ in range(rng.randint(3, 5)):
        p = Ctx(rng, "UK")
        ex = exam(rng, rng.choice(["ctkub", "cthead", "cttap", "ussabdo", "cxr"]), sex=p.pt.sex)
        caller = c.staff()
        d.f("{} - bleeped by Dr {} ({}, bleep {}) re {} {}, {}, " + ex["title"] + ". ",
            c.time(rng.choice(["hm", "hrs", "pm"])), c.dr(caller, "initial"), rng.choice(["ED", "surgical SHO", "AMU", "ITU"]),
            P(I.digits(rng, 4), "PHONE"), p.pt.title(), c.name(rng.choice(["nhs", "full"]), p.pt), P(p.mrn, "MRN"))
        d.f(cap(ex["ind"]) + ". " + rng.choice(["Vetted and protocolled.", "Scanned; prelim: " + ex["conc"],
                                                           "Advised USS first.", "Deferred to morning list."]) + "\n")
    d.f("\nOutstanding for day team: prelim on {} needs consultant review; family ({} {}) asked for call-back on {}.\n",
        P(c.acc, "ACCESSION"), *c.relative("daughter son partner"), c.ph())
    return d, "CT"


def datix_incident_report(rng):
    c, d = Ctx(rng, "UK"), Doc()
    rep, ex = c.staff(), exam(rng, sex=c.pt.sex)
    other = Ctx(rng, "UK")
    d.f("Incident reference: {}\nDate of incident: {}   Time: {}\nLocation: {}, {}\n", P(f"W{I.digits(rng, 6)}", "ACCOUNT_ID"),
        c.date(), c.time(rng.choice(["hm", "h", "hrs"])), P(c.hosp, "FACILITY"), rng.choice(["CT1", "Plain film room 3", "MRI unit"]))
    d.f("Category: {}\nReported by: {} ({}), {}\n\nDescription:\n", rng.choice(["Wrong patient imaged", "Contrast extravasation",
        "Report sent to wrong GP", "Patient ID not checked"]), c.dr(rep, "full"), rng.choice(["Band 6 radiographer", "Band 7 CT lead",
        "Specialty Registrar ST3"]), c.email(rep))
    d.f("At approximately {} {} {} (NHS {}) attended for " + ex["title"] + ". ", c.time("pm"), c.pt.title(), c.name("full"), _nhs(c))
    d.f("A second patient with a similar name, {} {} (Hosp No. {}), was also waiting in the sub-wait. ", other.pt.title(),
        c.name("full", other.pt), P(other.mrn, "MRN"))
    d.f("Positive patient identification was performed using name and date of birth only ({}); the first line of the address "
        "({}) was not checked. The error was noticed by {} {} before the examination was verified.\n\n",
        c.dob_p(), P(c.addr_vals["street"], "STREET_ADDRESS"), rng.choice(["Sister", "Dr", "Mr"]), c.dr(c.staff(), "initial"))
    d.f("Immediate action: study {} moved to the correct record; patient informed by Dr {} on {}; duty of candour letter sent "
        "to {}{}.\n", P(c.acc, "ACCESSION"), c.dr(c.staff(), "full"), c.date(c.days(1), "long"),
        P(c.addr_vals["street"], "STREET_ADDRESS"), [", ", P(c.addr_vals["zip"], "ZIP")] if c.addr_vals["zip"] else "")
    d.f("Harm level: {}. Handler: {} ({}).\n", rng.choice(["No harm", "Low harm"]), c.dr(c.staff(), "full"), c.ph())
    return d, ex["mod"]
