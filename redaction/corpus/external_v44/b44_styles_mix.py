"""Mixed styles: SA medical aid pre-authorisation, Gulf expat clinic letter, MDT outcome, patient appointment letter,
clinic letter with cc list, image exchange portal interpretation request."""

from __future__ import annotations

import b44_ids as I
from b44_clinical import cap, cred, exam, report_body, trap_line
from b44_ctx import Ctx
from b44_doc import P, Doc
from b44_places import IMAGING_PRACTICES, address


def sa_medical_aid_preauth(rng):
    c, d = Ctx(rng, "ZA"), Doc()
    ex, md = exam(rng, rng.choice(["mrls", "mrknee", "cttap", "mriam", "cthead"]), sex=c.pt.sex), c.staff()
    lab, pl = c.plan()
    n = c.natid()
    d.f("MEDICAL AID PRE-AUTHORISATION REQUEST - RADIOLOGY\nScheme: {}   Option: {}\n", lab.split(" member")[0].split(" membership")[0],
        rng.choice(["Classic Saver", "KeyCare Plus", "BonCap", "Emerald Value"]))
    d.f("Membership no.: {}   Dependant code: {}\nMain member: {}\n", pl, f"{rng.randint(0, 4):02d}",
        c.name("formal") if rng.random() < 0.5 else c.name("formal", c.staff()))
    d.f("Patient: {}   {}: {}\nDate of birth: {}   Gender: {}\nPostal address: {}\nCell: {}   Email: {}\n\n",
        c.name("full"), n[0], n[1], c.dob_p(rng.choice(["iso", "dmy"])), c.sex_word(), c.addr, c.ph(c.phone), c.email(c.pt, staff=False))
    d.f("Requesting practitioner: Dr {}   Practice no. {}   HPCSA {}\nFacility: {}\n", c.dr(md), P(I.digits(rng, 7), "ACCOUNT_ID"),
        P(f"MP{I.digits(rng, 7)}", "ACCOUNT_ID"), c.hosp_line())
    d.f("Procedure: " + ex["title"] + "   Tariff code: {}   ICD-10: {}\nMotivation: " + ex["ind"] + "; {}.{}\n",
        rng.choice(["3443", "3416", "3400", "3460"]), rng.choice(["M54.16", "S83.2", "C18.9", "H91.2", "R51"]),
        rng.choice(["conservative management failed after 6 weeks", "red flag symptoms", "specialist request"]), trap_line(c.pt))
    d.f("Planned date: {}   Time: {}\n\n", c.date(c.days(rng.randint(2, 10)), "dmy"), c.time("h"))
    d.f("FOR SCHEME USE\nAuth no.: {}   Approved {} by case manager {} (tel {}). Valid until {}.\n",
        P(f"{rng.choice(['PA', 'AUTH'])}{I.digits(rng, 8)}", "ACCOUNT_ID"), c.date(kind="dmy"), c.dr(c.staff(), "full"),
        c.ph(f"0860 {I.digits(rng, 3)} {I.digits(rng, 3)}"), c.date(c.days(30), "dmy"))
    return d, ex["mod"]


def gulf_expat_clinic_letter(rng):
    c, d = Ctx(rng, "GULF"), Doc()
    ex, doc_ = exam(rng, sex=c.pt.sex), c.staff()
    clinic = rng.choice(IMAGING_PRACTICES["GULF"])
    n = c.natid()
    lab, pl = c.plan()
    d.f("{}\n{}, {}\nTel {} | {}\n\n{}\n\nTo: Department of Radiology, {}\n\n", P(clinic, "FACILITY"),
        P(f"Office {rng.randint(101, 1204)}, {rng.choice(['Al Wasl Road', 'Sheikh Zayed Road', 'Corniche Road', 'Salwa Road'])}", "STREET_ADDRESS"),
        P(c.addr_vals["city"], "CITY"), c.ph(), c.email(doc_), c.date(kind=rng.choice(["long", "ordinal", "dmy"])), c.hosp_line())
    d.f("Re: {} {}, {} {}, {}: {}, insurance {}: {}\n\n", c.pt.title(), c.name("full"), c.age_text(),
        "resident",
        n[0], n[1], lab, pl)
    d.f("Dear Colleague,\n\nI would be grateful if you could arrange " + ex["title"] + " for this patient, who is seen at our clinic for "
        + ex["ind"] + ".{} ", trap_line(c.pt))
    d.f("{} works as a {} and has been resident in {} since {}. Employer sponsorship and visa medical were completed on {}.",
        "She" if c.pt.sex == "F" else "He", rng.choice(["nurse", "site engineer", "teacher", "driver", "accountant", "housekeeper"]),
        P(c.addr_vals["city"], "CITY"), "{y:%d}" % rng.randint(2009, 2024), c.date(c.days(-rng.randint(60, 400)), "dmy"))
    if rng.random() < 0.4:
        dl, sn = I.device_serial(rng)
        d.f(" Please note the {} (serial {}) implanted abroad; device card attached.", dl, P(sn, "DEVICE_SERIAL"))
    d.f("\n\nHome address: {}\nMobile: {} (WhatsApp)   Alternate: {} ({})\n\n", c.addr, c.ph(c.phone), c.ph(),
        c.name("full", c.staff()))
    d.f("Previous imaging was performed in {} in {}; the report from {} is attached.\n\n", rng.choice(["Manila", "Kochi", "Karachi", "Beirut", "London"]),
        "{y:%d}" % rng.randint(2015, 2023), P(rng.choice(["St Luke's Medical Center", "Aster Medcity", "Aga Khan University Hospital", "Clemenceau Medical Center"]), "FACILITY"))
    d.f("Kind regards,\n\nDr {}, {}\nSpecialist Family Medicine, licence no. {}\n", c.dr(doc_), cred(rng, ["MBBS, MRCGP", "MD, ABFM", "MBBS, DFM"]),
        P(I.digits(rng, 8), "ACCOUNT_ID"))
    return d, ex["mod"]


def mdt_outcome_record(rng):
    cc = rng.choice(["UK", "UK", "IE", "AU", "NZ"])
    c, d = Ctx(rng, cc), Doc()
    ex = exam(rng, rng.choice(["cttap", "mammo", "usthy", "mriam", "cxr"]), sex=c.pt.sex)
    chair, rad, path, cns = c.staff(), c.staff(), c.staff(), c.staff("F")
    d.f("{} Multidisciplinary Team Meeting - Outcome\n{}\nMeeting date: {}   Time: {}\n\n", rng.choice(["Upper GI", "Colorectal", "Breast", "Lung", "Thyroid"]),
        P(c.org or c.hosp, "FACILITY"), c.date(kind=rng.choice(["weekday_y", "long", "dmy"])), c.time("hm"))
    idl = "NHS No." if cc == "UK" else ("NHI" if cc == "NZ" else "MRN")
    idv = P(I.nhs_number(rng) if cc == "UK" else (I.nhi(rng) if cc == "NZ" else c.mrn), "MRN")
    d.f("Patient: {}   {}: {}   DOB: {}\nPresented by: Dr {} (Radiology)\n\n", c.name("formal"), idl, idv, c.dob_p(), c.dr(rad))
    d.f("Discussion: {} is a {} " + ("woman" if c.pt.sex == "F" else "man") + " referred by {} with " + ex["ind"] + ".{} " + ex["title"] + " on {} was reviewed. " + " ".join(ex["find"]),
        c.name("full"), c.age_text(True), P(c.practice, "FACILITY"), trap_line(c.pt), c.date(c.days(-rng.randint(5, 20)), "long"))
    d.f(" Histology ({}) was presented by Dr {}.\n\n", P(f"{rng.choice(['H', 'S', 'CP'])}{rng.randint(24, 26)}-{I.digits(rng, 5)}", "ACCESSION"),
        c.dr(path, "full"))
    d.f("Outcome: " + rng.choice(["for surgical resection; pre-op {o:CT} and anaesthetic review.", "for neoadjuvant chemotherapy then re-image.",
        "surveillance imaging in 6 months.", "refer to oncology; palliative care input."]) + "\n")
    d.f("Key worker: {} ({}), tel {}.\nPatient to be informed by {} {} in clinic on {}.\nPresent: {} (chair), {}, {}, {}, {}.\n",
        P(cns.full(), "PERSON"), rng.choice(["CNS", "Clinical Nurse Specialist"]), c.ph(), "Mr" if chair.sex == "M" else "Ms", c.dr(chair, "full"), c.date(c.days(7), "weekday"),
        c.dr(chair, "initial"), c.dr(rad, "initial"), c.dr(path, "initial"), c.dr(c.staff(), "initial"), c.dr(cns, "initial"))
    return d, ex["mod"]


def patient_appointment_letter_uk(rng):
    cc = rng.choice(["UK", "UK", "IE"])
    c, d = Ctx(rng, cc), Doc()
    ex = exam(rng, sex=c.pt.sex)
    appt = c.days(rng.randint(5, 40))
    d.f("{}\nRadiology Appointments Office\n{}\nTel: {}   Email: {}\n\n", P(c.org or c.hosp, "FACILITY"), c.hosp_line(), c.ph(),
        P(f"radiology.appointments@{c.hosp.split()[0].lower().replace(chr(39), '')}.{'nhs.uk' if cc == 'UK' else 'ie'}", "EMAIL"))
    d.f("{} {}\n{}\n\n{}\n\n", c.pt.title(), c.name("initial" if rng.random() < 0.5 else "nhs"), c.addr, c.date(kind="long"))
    idl, idv = ("NHS number", P(I.nhs_number(rng), "MRN")) if cc == "UK" else ("MRN", P(c.mrn, "MRN"))
    d.f("{}: {}    Hospital number: {}\n\nDear {} {},\n\n", idl, idv, P(c.acc, "ACCESSION") if cc == "IE" else P(c.mrn, "MRN"),
        c.pt.title(), c.name("short"))
    d.f("Your doctor has asked us to arrange " + ex["title"] + ". We have booked your appointment for:\n\n    {} at {}\n    {}, {}\n\n",
        c.date(appt, rng.choice(["weekday_y", "weekday"])), c.time(rng.choice(["pm", "hm"])), P(c.hosp, "FACILITY"),
        rng.choice(["Main X-ray, Level 1", "MRI Unit, Gate 4", "Ultrasound Department, Outpatients B"]))
    d.f("Please arrive 15 minutes early. If you have a pacemaker or any metal implant, or might be pregnant, please ring us on {}"
        " before the day. Parking is limited; the number {} bus stops outside.\n\n", c.ph(), rng.randint(2, 99))
    d.f("If you cannot attend, please let us know at least 48 hours beforehand. You may also manage your booking online at {}.\n\n",
        P(f"https://www.{'nhs.uk/nhs-app' if cc == 'UK' else 'hse.ie/patientportal'}/booking/{I.digits(rng, 8)}", "URL"))
    d.f("Yours sincerely,\n\n{}\nAppointments Coordinator\n\ncc: Dr {}, {}\n", c.dr(c.staff(), "full"), c.dr(c.staff()), P(c.practice, "FACILITY"))
    return d, ex["mod"]


def clinic_letter_cc_list(rng):
    cc = rng.choice(["UK", "IE", "AU", "NZ", "KE", "NG"])
    c, d = Ctx(rng, cc), Doc()
    ex, cons = exam(rng, sex=c.pt.sex), c.staff()
    d.f("{}\nDepartment of {}\n{}\n\n", c.hosp_line(), rng.choice(["Orthopaedics", "Respiratory Medicine", "Neurology", "Gastroenterology",
        "Endocrinology"]), c.date(kind=rng.choice(["long", "dmy", "ordinal"])))
    d.f("Dictated: {}   Typed: {}\n\n", c.date(c.days(-2), "dmy"), c.date(kind="dmy"))
    d.f("Re: {}, DOB {}, {} {}\n{}\n\n", c.name("full"), c.dob_p(), "MRN" if cc != "KE" else "IP No.", P(c.mrn, "MRN"), c.addr)
    d.f("Dear Dr {},\n\nI reviewed {} {} in clinic today. As you know, {} is a {} " + ("woman" if c.pt.sex == "F" else "man") + " with " + ex["ind"] + ".{} ",
        c.dr(c.staff(), "full"), c.pt.title(), c.name("short"), "she" if c.pt.sex == "F" else "he", c.age_text(True), trap_line(c.pt))
    d.f(ex["title"] + " ({}) performed on {} shows: " + " ".join(ex["find"][:2]) + "\n\n", P(c.acc, "ACCESSION"),
        c.date(c.days(-rng.randint(5, 30)), rng.choice(["ordinal", "long", "dmonyy"])))
    d.f("I explained the findings to {} {} and {} {}, who attended as well. We agreed to " + rng.choice(["repeat the scan in three months",
        "proceed to biopsy", "refer to the surgical team", "manage this conservatively"]) + ".", c.pt.title(), c.name("short"),
        *(lambda r: (("her " if c.pt.sex == "F" else "his ") + r[0], r[1]))(c.relative()))
    if rng.random() < 0.3:
        dl, sn = I.device_serial(rng)
        d.f(" Implant record checked: {} serial {}.", dl, P(sn, "DEVICE_SERIAL"))
    d.f("\n\nYours sincerely,\n\n{} {}\nConsultant\n\n", rng.choice(["Dr", "Prof", "Mr" if cons.sex == "M" else "Ms"]), c.dr(cons, "full"))
    d.f("cc:\n  Patient: {} {}, {}\n  GP: Dr {}, {}, {}\n", c.pt.title(), c.name("initial"), c.addr,
        c.dr(c.staff()), P(c.practice, "FACILITY"), address(rng, cc)[0])
    if rng.random() < 0.6:
        s3 = c.staff()
        d.f("  Dr {}, {} ({})\n", c.dr(s3), rng.choice(["Radiology", "Oncology", "Physiotherapy"]), c.email(s3))
    return d, ex["mod"]


def iep_interpretation_request(rng):
    c, d = Ctx(rng, "UK"), Doc()
    other = Ctx(rng, "UK")
    ex, req, rad = exam(rng, sex=c.pt.sex), c.staff(), c.staff()
    d.f("From: {}\nTo: {}\nSent: {} {}\nSubject: IEP image transfer - request for opinion - {}\n\n", c.email(req), c.email(rad),
        c.date(kind="dmonyyyy"), c.time("hm"), P(c.acc, "ACCESSION"))
    d.f("Dear Dr {},\n\nWe have pushed images for the patient below to your trust via the Image Exchange Portal and would value a "
        "formal second opinion from your {} team.\n\n", c.dr(rad, rng.choice(["full", "initial"])),
        rng.choice(["neuroradiology", "MSK", "head and neck", "paediatric"]))
    d.f("Patient: {}   NHS: {}   Local No: {}   DOB: {}\nStudy: " + ex["title"] + " on {}, {} images\n",
        c.name("formal"), P(I.nhs_number(rng), "MRN"), P(c.mrn, "MRN"), c.dob_p(), c.date(c.days(-rng.randint(1, 6)), "dmy"), rng.randint(40, 900))
    d.f("Sending site: {} ({})   Receiving site: {}\n", P(c.hosp, "FACILITY"), P(c.org, "FACILITY"), P(other.org, "FACILITY"))
    d.f("Transfer ID {} from node {} (AE {}) completed {}; viewer link {}\n\n", P(I.account(rng), "ACCOUNT_ID"), P(I.ip(rng), "IP_ADDRESS"),
        f"{c.hosp.split()[0].upper()[:6]}_PACS", c.time("hms"), P(f"https://iep.nhs.uk/view/{I.digits(rng, 6)}?node={I.ip(rng)}", "URL"))
    d.f("Our provisional report: " + ex["conc"] + " The clinical team ({} {}, {}) are uncertain about " + rng.choice(["the significance of",
        "whether to operate on", "the age of"]) + " the finding and are seeing the patient on {}.\n\n", *(lambda s: ("Mr" if s.sex == "M" else "Ms", c.dr(s, "full")))(c.staff()),
        rng.choice(["consultant surgeon", "ENT consultant", "orthopaedic consultant"]), c.date(c.days(5), "weekday"))
    d.f("Please reply to this address or phone the duty radiologist on {} (ext {}).\n\nMany thanks,\nDr {}, {}\n", c.ph(),
        P(I.digits(rng, 4), "PHONE"), c.dr(req), cred(rng, ["FRCR", "MBChB, FRCR", "MBBS, FRCR"]))
    return d, ex["mod"]
