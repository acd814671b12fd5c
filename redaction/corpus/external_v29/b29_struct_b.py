"""Structured genres, part B: eGFR worksheets, worklist dumps, fax covers, access audits, SMS reminder logs."""

from __future__ import annotations

from b29_core import (ANATOMY, EPONYMS, LEVELS, SCORES, SEQUENCES, Doc, accession, account, city, date, dob,
                      email, facility, ip, measurement, mrn, old_age, parts, person, phone, pick, plan_id, serial,
                      ssn, street, surname, time, url, young_age)


def egfr_worksheet(rng):
    d = Doc()
    pt = person(rng, "LFM")
    d.k("PRE-CONTRAST RENAL FUNCTION WORKSHEET", "section_header").t("\nName: ").p(pt, "PERSON")
    old = rng.random() < 0.5
    d.t("     DOB: ").p(dob(rng, old=old), "DATE_TIME").t("     MRN: ").p(mrn(rng), "MRN")
    d.t("\nAge: ")
    if old:
        d.p(old_age(rng), "AGE_OVER_89").t(" yrs")
    else:
        d.k(f"{young_age(rng)} yrs", "age_under_90")
    d.t("     Exam: ").k(pick(rng, ["CT", "MRI"]), "modality").t(" ").t(pick(rng, ["abdomen w/ contrast", "brain w/wo"]))
    d.t("\nAccession: ").p(accession(rng), "ACCESSION").t("\n\n[x] Creatinine ").t(f"{rng.randint(6, 24) / 10}")
    d.t(" mg/dL drawn ").p(date(rng, "us2"), "DATE_TIME").t(" @ ").p(time(rng, "24"), "DATE_TIME")
    d.t("\n[x] eGFR ").t(str(rng.randint(18, 95))).t(" mL/min/1.73m2\n[ ] Dialysis   [")
    d.t(pick(rng, ["x", " "])).t("] Diabetes   [").t(pick(rng, ["x", " "])).t("] Metformin\n")
    d.t("Hx: solitary ").k("right kidney", "anatomy").t(" s/p nephrectomy for ").k("Wilms tumor", "eponym")
    d.t(" in childhood.\nOrdering: Dr. ").p(person(rng, "Lf", staff=True), "PERSON").t("   callback ")
    d.p(phone(rng), "PHONE").t("\nScreened by: ").p(person(rng, "il", staff=True), "PERSON").t(" ")
    d.k(pick(rng, ["RT(R)(CT)", "RN"]), "credential").t("   ").p(date(rng, "md"), "DATE_TIME").t("\n")
    return d, "CT"


def mwl_dump(rng):
    d = Doc()
    d.t("# C-FIND MWL response, AE=").t(pick(rng, ["CT_SOMATOM2", "MR_SIGNA1", "US_ROOM4"])).t(" from ")
    d.p(ip(rng), "IP_ADDRESS").t(" port 104\n")
    for _ in range(rng.randint(2, 3)):
        d.t("(0010,0010) PN [").p(person(rng, "hl7"), "PERSON").t("]\n(0010,0020) LO [").p(mrn(rng), "MRN")
        d.t("]\n(0010,0030) DA [").p(date(rng, "compact", year=rng.randint(1928, 1995)), "DATE_TIME")
        d.t("]\n(0010,1010) AS [")
        if rng.random() < 0.4:
            d.p(old_age(rng).zfill(3) + "Y", "AGE_OVER_89")
        else:
            d.k(f"{young_age(rng):03d}Y", "age_under_90")
        d.t("]\n(0008,0050) SH [").p(accession(rng), "ACCESSION").t("]\n(0040,0002) DA [")
        d.p(date(rng, "compact"), "DATE_TIME").t("]\n(0032,1032) PN [").p(person(rng, "hl7", staff=True), "PERSON")
        d.t("]\n(0008,0060) CS [").k(pick(rng, ["CT", "MR", "US"]), "modality").t("]\n(0040,0007) LO [")
        d.t(pick(rng, ["ABD PELVIS W", "BRAIN WWO", "LIVER ", "SPINE "])).t("]\n\n")
    d.t("# responder ").p(pick(rng, ["http://ris01.example.org:8080/mwl", "https://mwl.lakeshore.example.net/dicom"]), "URL")
    d.t(" v3.2 — ").p(date(rng, "iso"), "DATE_TIME").t("\n")
    return d, "CT"


def fax_cover(rng):
    d = Doc()
    fac = facility(rng)
    c, st, z = city(rng)
    d.p(fac.upper(), "FACILITY").t("\nDepartment of Radiology · ").p(street(rng), "STREET_ADDRESS").t(" · ")
    d.p(c, "CITY").t(f", {st} ").p(z, "ZIP").t("\n\nFAX TRANSMITTAL\nTo: ").p(person(rng, "fml", staff=True), "PERSON")
    d.t(", ").k(pick(rng, ["MD", "NP", "PA-C"]), "credential").t("   Fax: ").p(phone(rng), "PHONE").t("\nFrom: ")
    d.p(person(rng, "fl", staff=True), "PERSON").t(" (film room)   Phone: ").p(phone(rng), "PHONE")
    d.t("\nDate: ").p(date(rng, pick(rng, ["us", "dash", "abbr"])), "DATE_TIME").t("   Pages: ").t(str(rng.randint(2, 9)))
    d.t("\nRe: ").p(person(rng, "LF"), "PERSON").t("  DOB ").p(dob(rng), "DATE_TIME").t("  Acct ")
    d.p(account(rng), "ACCOUNT_ID").t("\n\n[x] Final report  [ ] Addendum  [ ] Prelim\n")
    d.t("Contents: ").k(pick(rng, ["MRI", "CT", "US"]), "modality").t(" report, ").k(pick(rng, SCORES), "score")
    d.t("; ").k(pick(rng, EPONYMS), "eponym").t(" noted.\n\n").k("CONFIDENTIALITY NOTICE", "section_header")
    d.t(": this fax contains protected health information. If received in error call ").p(phone(rng), "PHONE")
    d.t(" and destroy.\n")
    return d, "MR"


def access_audit(rng):
    d = Doc()
    pt = person(rng, "LF")
    m = mrn(rng)
    d.t("EHR ACCESS AUDIT — break-the-glass review\nPatient: ").p(pt, "PERSON").t("  MRN ").p(m, "MRN")
    d.t("  SSN (last on file) ").p(ssn(rng), "SSN").t("\nVIP flag set ").p(date(rng, "abbr"), "DATE_TIME").t("\n\n")
    d.t("timestamp           user        workstation      ip              action\n")
    for _ in range(rng.randint(4, 6)):
        d.p(date(rng, "iso"), "DATE_TIME").t(" ").p(time(rng, "sec"), "DATE_TIME").t("  ")
        u = person(rng, "fl", staff=rng.random() < 0.7)
        f, l = parts()
        d.p((f[0] + l).lower().replace(" ", "").replace("'", ""), "PERSON").t("  ")
        d.t(f"WS-RAD-{rng.randint(10, 99)}").t("  ").p(ip(rng), "IP_ADDRESS").t("  ")
        d.t(pick(rng, ["viewed report", "opened images", "BTG override", "printed", "viewed demographics"])).t("\n")
    d.t("\nFinding: access by ").p(person(rng, "fl"), "PERSON").t(" (scheduler) not job-related. Referred to ")
    d.t("privacy officer ").p(email(rng, person(rng, "fl", staff=True)), "EMAIL").t(". Portal session ")
    d.p(url(rng), "URL").t(" revoked.\n")
    return d, "XR"


def sms_log(rng):
    d = Doc()
    d.t("SMS REMINDER GATEWAY — outbound log (").p(facility(rng), "FACILITY").t(")\n")
    d.t("sent_at | to | body | status\n")
    for _ in range(rng.randint(3, 5)):
        d.p(date(rng, "us"), "DATE_TIME").t(" ").p(time(rng, "ampm"), "DATE_TIME").t(" | ").p(phone(rng), "PHONE")
        d.t(" | \"Hi ").p(person(rng, pick(rng, ["first", "nick", "first"])), "PERSON").t(", reminder: your ")
        d.k(pick(rng, ["MRI", "CT", "mammogram", "US"]), "modality").t(" is ")
        d.p(date(rng, pick(rng, ["mdn", "abbrdot", "md"])), "DATE_TIME").t(" at ").p(time(rng, "ampm"), "DATE_TIME")
        d.t(". No food 4h. Reply C to confirm. ").p(url(rng), "URL").t("\" | ")
        d.t(pick(rng, ["DELIVERED", "FAILED 30007", "DELIVERED", "REPLY: C", "REPLY: who is this"])).t("\n")
    d.t("gateway node ").p(ip(rng), "IP_ADDRESS").t("; owner ").p(person(rng, "fl", staff=True), "PERSON").t("\n")
    return d, "MR"
