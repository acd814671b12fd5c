"""Commonwealth styles: Irish discharge letter, Australian practice report, NZ ACC referral, Ontario requisition,
Indian diagnostic centre report, Singapore polyclinic referral, Hong Kong HA transfer note."""

from __future__ import annotations

import b44_ids as I
from b44_clinical import cap, cred, exam, hdr, report_body, trap_line
from b44_ctx import Ctx
from b44_doc import P, Doc
from b44_places import HOSPITALS, IMAGING_PRACTICES, address


def irish_discharge_letter(rng):
    c, d = Ctx(rng, "IE"), Doc()
    cons, ex = c.staff(), exam(rng, sex=c.pt.sex)
    adm = c.days(-rng.randint(3, 12))
    d.f("{}\n{}\nDepartment of {}\n\n", c.hosp_line(), P(c.org, "FACILITY"), rng.choice(["General Medicine", "Surgery", "Geriatric Medicine"]))
    d.f("DISCHARGE SUMMARY\n\nPatient: {}   MRN: {}   DOB: {}\nAddress: {}\n", c.name("formal"), P(c.mrn, "MRN"), c.dob_p(), c.addr)
    n = c.natid()
    lab, pl = c.plan()
    d.f("{}: {}   {}: {}\n", n[0], n[1], lab, pl)
    d.f("Admitted: {}   Discharged: {}   Consultant: {} {}\nGP: Dr {}, {}\n\n", c.date(adm), c.date(), rng.choice(["Dr", "Prof", "Mr"]),
        c.dr(cons, "full"), c.dr(c.staff(), "full"), P(c.practice, "FACILITY"))
    d.f("Dear Dr {},\n\n{} {} is a {} {} who was admitted via the Emergency Department on {} with " + ex["ind"] + ".",
        c.dr(c.staff(), "full"), c.pt.title(), c.name("full"),
        c.age_text(True), "woman" if c.pt.sex == "F" else "man", c.date(adm, "ordinal"))
    d.f(trap_line(c.pt) + " " + ex["title"] + " on {} showed: " + " ".join(ex["find"][:2]) + "\n\n", c.date(adm, "nomonth"))
    d.f("{} was reviewed by the {} team and managed conservatively. {} lives with {} {} at home in {}, who can be contacted on {}.\n\n",
        c.name("short") if c.pt.order != "w" else c.name("full"), rng.choice(["surgical", "medical", "urology", "care of the elderly"]),
        "She" if c.pt.sex == "F" else "He", *(lambda r: (("her " if c.pt.sex == "F" else "his ") + r[0], r[1]))(c.relative()),
        P(c.addr_vals["city"], "CITY"), c.ph())
    d.f("Follow-up: OPD in {} weeks; repeat imaging booked for {}. Results will be sent to {}.\n\n", rng.randint(2, 8),
        c.date(c.days(rng.randint(20, 60)), "long"), P(c.practice, "FACILITY"))
    d.f("Yours sincerely,\n\nDr {}\n{} on behalf of {} {}\n", c.dr(c.staff(), "full"), rng.choice(["SHO", "Registrar", "NCHD"]),
        rng.choice(["Dr", "Prof"]), c.dr(cons, "full"))
    return d, ex["mod"]


def au_practice_report_medicare(rng):
    c, d = Ctx(rng, "AU"), Doc()
    ex, rad = exam(rng, sex=c.pt.sex), c.staff()
    prac = rng.choice(IMAGING_PRACTICES["AU"])
    pa, _ = address(rng, "AU")
    d.f("{}\n{}  Ph {}  Fax {}\n\n", P(prac, "FACILITY"), pa, c.ph(), c.ph())
    lab, pl = ("Medicare no.", P(I.medicare_au(rng, rng.random() < 0.7), "HEALTH_PLAN_ID"))
    d.f("Patient: {}    DOB: {}    UR: {}\n{}: {}   IHI: {}\n", c.name(rng.choice(["formal", "full"])), c.dob_p("dmy"),
        P(c.mrn, "MRN"), lab, pl, P(I.ihi(rng), "MRN"))
    d.f("Referring doctor: Dr {} ({}) Provider no. {}\nExam: " + ex["title"] + "    Date: {}    Ref: {}\n\n",
        c.dr(c.staff()), P(c.practice, "FACILITY"), P(f"{I.digits(rng, 6)}{rng.choice('ABCDEFGHJK')}{rng.choice('ABCDEFGHJK')}",
                                                    "ACCOUNT_ID"), c.date(), P(c.acc, "ACCESSION"))
    report_body(d, rng, ex)
    d.f("\n\nThank you for referring this patient.\nDr {} {}\nElectronically signed {} {}\n\n", c.dr(rad), c.cred(),
        c.date(kind="dmy"), c.time("pm"))
    item = rng.choice(["56401", "55036", "63560", "57712", "55244"])
    d.f("Medicare item {}  Bulk billed - rebate ${}  Invoice {}\n", item, f"{rng.randint(90, 480)}.{rng.randint(0, 99):02d}",
        P(I.account(rng), "ACCOUNT_ID"))
    d.f("Images: {}\n", P(f"https://images.{prac.split()[0].lower()}.com.au/view?study={c.acc}", "URL"))
    return d, ex["mod"]


def nz_acc_injury_referral(rng):
    c, d = Ctx(rng, "NZ"), Doc()
    ex = exam(rng, rng.choice(["mrknee", "xrwrist", "mrls"]), sex=c.pt.sex)
    gp = c.staff()
    inj = c.days(-rng.randint(3, 40))
    d.f("ACC HIGH-TECH IMAGING REFERRAL\n\nACC claim number: {}\nNHI: {}    Date of injury: {}\n", P(f"{I.digits(rng, 5)}{rng.choice('ABCDEFGH')}{I.digits(rng, 4)}" if rng.random() < 0.5 else f"10{I.digits(rng, 8)}", "ACCOUNT_ID"),
        P(I.nhi(rng), "MRN"), c.date(inj))
    d.f("Client name: {}    DOB: {}    Gender: {}\nEthnicity: {}\nAddress: {}\nContact: {}  /  {}\n\n", c.name(rng.choice(["full", "formal"])),
        c.dob_p(), c.sex_word(), rng.choice(["NZ Māori", "Samoan", "Tongan", "NZ European", "Chinese", "Indian"]), c.addr, c.ph(c.phone),
        c.email(c.pt, staff=False))
    d.f("Accident description (client's words): \"" + rng.choice(["Slipped on wet deck at work and twisted knee",
        "Tackled at rugby training, landed on outstretched hand", "Lifting a crate at the freezing works, felt back go"]) + "\" on {} at {}, {}.\n",
        c.date(inj, "weekday"), c.time("pm"), P(rng.choice(["Rotorua", "Taupō", "Hamilton", "Whanganui", "Christchurch"]), "CITY"))
    d.f("Read code: {}   Employer: {}\n\n", rng.choice(["S4B0.", "S54..", "N143."]), rng.choice(["self-employed", "withheld", "Fonterra"]))
    d.f("Requested: " + ex["title"] + "\nClinical: " + ex["ind"] + ".{}\n", trap_line(c.pt))
    d.f("Referrer: Dr {}, {}, {}   Tel {}\nRadiology provider: {}\nReferral date: {}\n", c.dr(gp), P(c.practice, "FACILITY"),
        P(c.hcity, "CITY"), c.ph(), P(rng.choice(IMAGING_PRACTICES["NZ"]), "FACILITY"), c.date())
    return d, ex["mod"]


def ohip_requisition_ca(rng):
    c, d = Ctx(rng, "CA"), Doc()
    while "ON" not in c.addr:
        c.addr, c.addr_vals = address(rng, "CA")
    ex, md = exam(rng, sex=c.pt.sex), c.staff()
    d.f("DIAGNOSTIC IMAGING REQUISITION\n{}\n\n", c.hosp_line())
    d.f("Health Number: {}   Version: {}\nSex: {}   Date of Birth: {}\n", P(I.ohip(rng)[:12], "HEALTH_PLAN_ID"),
        rng.choice(["AB", "KL", "ZX", "JM"]), c.sex_word(), c.dob_p(rng.choice(["iso", "mdy", "dmy"])))
    d.f("Patient's Last Name: {}\nFirst & Middle Names: {}\nAddress: {}\nTel: {}\n\n", P(c.pt.family.upper() if c.pt.order != "p" else c.pt.full(), "PERSON"),
        P(c.pt.given + (" " + c.pt.middle if c.pt.middle else ""), "PERSON"), c.addr, c.ph(c.phone))
    d.f("Requesting Clinician: Dr {}  CPSO# {}  Billing # {}\n{}   Fax {}\n\n", c.dr(md), P(I.digits(rng, 5), "ACCOUNT_ID"),
        P(I.digits(rng, 6), "ACCOUNT_ID"), c.ph(), c.ph())
    d.f("Examination: " + ex["title"] + "\nClinical information: " + ex["ind"] + ".{}\n", trap_line(c.pt))
    d.f("Priority: {}   Booked for: {} at {}\n", rng.choice(["P2", "P3", "Urgent"]), c.date(c.days(rng.randint(3, 20)), "mdy"), c.time("pdot"))
    d.f("Contrast allergy: {}  eGFR: {}  Pregnant: {}\nCopy to: Dr {}, {}\n", rng.choice(["none", "iodinated (hives " + str(rng.randint(2008, 2022)) + ")"]),
        rng.randint(40, 110), "no" if c.pt.sex == "M" else "unknown", c.dr(c.staff()), P(c.practice, "FACILITY"))
    return d, ex["mod"]


def india_diagnostic_centre_report(rng):
    c, d = Ctx(rng, "IN"), Doc()
    ex, rad = exam(rng, sex=c.pt.sex), c.staff()
    d.f("{}\n{} | Ph: {} | {}\nNABL accredited   CIN {}\n" + "=" * 50 + "\n", P(c.hosp, "FACILITY"), address(rng, "IN")[0], c.ph(),
        c.email(rad), f"U85110KA{rng.randint(2005, 2020)}PTC{I.digits(rng, 6)}")
    d.f("Patient Name : {} {}\nAge/Sex      : {} / {}\nUHID         : {}     ABHA No: {}\nRef. By      : Dr {}\n",
        rng.choice(["Mr.", "Shri"] if c.pt.sex == "M" else ["Mrs.", "Ms.", "Smt."]), c.name(rng.choice(["full", "formal"])), c.age_text(), c.sex_word(),
        P(c.mrn, "MRN"), P(I.abha(rng), "MRN"), c.dr(c.staff()))
    d.f("Bill No      : {}     Registered: {} {}\nReported     : {} {}\nAddress      : {}\nMobile       : {}\n\n",
        P(I.account(rng), "ACCOUNT_ID"), c.date(kind="dmonyyyy"), c.time("pm"), c.date(kind="dmonyyyy"), c.time("pm"), c.addr,
        c.ph(I.phone(rng, "IN")))
    d.f("{h:" + ex["title"].replace("{o:", "").replace("}", "").upper() + "}\n\n")
    report_body(d, rng, ex)
    d.f("\n\nDr {}\n{}\nConsultant Radiologist, KMC Reg. No. {}\n", c.dr(rad), c.cred(),
        P(I.digits(rng, 5), "ACCOUNT_ID"))
    d.f("Scan the QR code or visit {} to download images. Not valid for medico-legal purposes.\n",
        P(f"https://reports.{c.hosp.split()[0].lower()}.in/r/{I.digits(rng, 10)}", "URL"))
    return d, ex["mod"]


def sg_polyclinic_referral(rng):
    c, d = Ctx(rng, "SG"), Doc()
    ex, doc_ = exam(rng, sex=c.pt.sex), c.staff()
    poly = rng.choice(["Ang Mo Kio Polyclinic", "Bukit Batok Polyclinic", "Tampines Polyclinic", "Queenstown Polyclinic"])
    n = c.natid()
    d.f("{}\n{}\nTel: {}\n\nMemo to: Radiology, {}\nDate: {}\n\n", P(poly, "FACILITY"),
        rng.choice(["National Healthcare Group Polyclinics", "SingHealth Polyclinics"]), c.ph(), c.hosp_line(), c.date())
    d.f("Re: {} ({}: {}), {} {}\n\n", c.name("formal"), n[0], n[1], c.age_text(), "Female" if c.pt.sex == "F" else "Male")
    d.f("Dear Doctor,\n\nKindly see the above-named patient, who " + rng.choice(["lives with family", "lives alone", "works as a hawker"]) +
        " in {}, for " + ex["title"] + ". {} presented to us on {} with " + ex["ind"] + ".",
        rng.choice(["the north-east", "the west", "the east"]),
        c.name("short") if c.pt.order != "w" else c.name("full"), c.date(c.days(-rng.randint(1, 14)), rng.choice(["long", "dmy"])))
    d.f(trap_line(c.pt) + " Hb {} g/dL on {}. Subsidised referral under {}.\n\n", f"{rng.uniform(9, 14):.1f}",
        c.date(c.days(-rng.randint(1, 14)), "dmy"), rng.choice(["MediShield Life", "CHAS Blue", "MediSave"]))
    d.f("Next of kin: {} ({}), tel {}.\nPatient address: {}\nPatient mobile: {}\n\n", *reversed(c.relative("son daughter niece partner")), c.ph(), c.addr, c.ph(c.phone))
    d.f("Thank you.\n\nDr {}\n{}\nFamily Physician, {}\nMCR {}\n", c.dr(doc_), cred(rng, ["MBBS, MMed (Fam Med)", "MBBS, GDFM"]),
        P(poly, "FACILITY"), P(f"M{I.digits(rng, 5)}{rng.choice('ABCDEFGHJ')}", "ACCOUNT_ID"))
    return d, ex["mod"]


def hk_ha_transfer_note(rng):
    c, d = Ctx(rng, "HK"), Doc()
    ex = exam(rng, sex=c.pt.sex)
    src = (c.hosp, c.hcity)
    dst = rng.choice([h for h in HOSPITALS["HK"] if h[0] != c.hosp])
    n = c.natid()
    d.f("HOSPITAL AUTHORITY - INTER-HOSPITAL TRANSFER NOTE\nFrom: {} ({})   To: {} ({})\n\n", P(src[0], "FACILITY"), P(c.org, "FACILITY"),
        P(dst[0], "FACILITY"), P(dst[1], "FACILITY"))
    d.f("Name: {}   {}: {}   HN: {}\nSex/Age: {}/{}   DOB: {}\nAddress: {}\nContact: {} (patient), {} ({}, {})\n\n",
        c.name("formal"), n[0], n[1], P(c.mrn, "MRN"), c.sex_word(), c.age_text(), c.dob_p("dmy"), c.addr, c.ph(c.phone),
        *reversed(c.relative("son daughter wife husband domestic_helper")), c.ph())
    d.f("Date/time of transfer: {} {}\n\n", c.date(kind="dmy"), c.time("hm"))
    d.f("{} {} was admitted to {} on {} with " + ex["ind"] + ". " + ex["title"] + " ({}) was performed on {}: ",
        c.pt.title(), c.name("formal" if rng.random() < 0.5 else "full"), P(src[0], "FACILITY"),
        c.date(c.days(-rng.randint(1, 6)), "long"), P(c.acc, "ACCESSION"), c.date(c.days(-1), "dmy"))
    d.f(" ".join(ex["find"][:2]) + " Transferred for {} under the care of Dr {} as discussed by phone with Dr {} at {}.",
        rng.choice(["neurosurgical opinion", "interventional radiology", "oncology"]), c.dr(c.staff()), c.dr(c.staff()), c.time("hm"))
    if rng.random() < 0.4:
        lab, sn = I.device_serial(rng)
        d.f(" Note {} in situ (serial {}); device card with patient.", lab, P(sn, "DEVICE_SERIAL"))
    d.f("\n\nImages available on ePR/CMS; CD also sent. Escort: {} {}.\n", rng.choice(["RN", "APN", "Sister"]), c.dr(c.staff(), "full"))
    return d, ex["mod"]
