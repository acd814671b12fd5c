"""blind21 styles B: service-desk tickets, REDCap exports, MPI merge worklists, DICOM SR trees, credentialing files."""

from __future__ import annotations

import b21_clin as K
import b21_pools as P
from b21_ctx import Case, address, date, dtm, kv, name_fmt, time


def jira_ticket(doc, rng):
    c = Case(rng)
    rep, asg = c.person(cred="RT(R)"), c.person()
    key = rng.choice(["RADIT-", "INC00", "PACS-", "RIS-"]) + str(rng.randint(1000, 99999))
    snow = key.startswith("INC")
    issue = rng.choice(["misfiled", "viewer", "implant", "merge"])
    doc.t(key + (" | " if snow else ": "))
    doc.t({"misfiled": "Study attached to wrong patient", "viewer": "Web viewer link not loading for outside provider",
           "implant": "Implant card scan not matching device record", "merge": "Duplicate order after downtime"}[issue])
    doc.t("\n" + "-" * rng.randint(20, 50) + "\n")
    kv(doc, [
        (["Reporter", "Caller", "Opened by"], lambda: (doc.name(rep, name_fmt(rng)),
                                                     doc.t(" (").k(rep.cred, "credential").t(")") if rng.random() < 0.5 else None), True),
        (["Assignee", "Assigned to", "Assignment group / user"], lambda: (doc.t("PACS Admin / "), doc.name(asg, "full")), True),
        (["Priority", "Urgency"], lambda: doc.t(rng.choice(["P2", "High", "3 - Moderate", "Critical"])), False),
        (["Created", "Opened", "Sys created on"], lambda: dtm(doc, c.when, dfmt=rng.choice(["%Y-%m-%d", "%m/%d/%Y", "%d-%b-%Y"])), True),
        (["Workstation", "CI", "Host IP"], lambda: (doc.t(f"RAD-RR{rng.randint(1, 30):02d} / "), doc.p(P.ip(rng), "IP_ADDRESS")), False),
        (["Contact", "Callback"], lambda: doc.p(P.phone(rng), "PHONE"), False),
    ], seps=(": ", " : ", ":\t"))
    doc.t("\n\n" + rng.choice(["Description:", "*Description*", "h3. Description", "Details"]) + "\n")
    if issue == "misfiled":
        other = c.person()
        doc.t("Tech pushed ")
        K.exam(doc, rng, c.mod)
        doc.t(" (acc ").p(c.acc, "ACCESSION").t(") for ").name(c.pt, rng.choice(["LAST_FIRST", "caret", "full"]))
        doc.t(" MRN ").p(c.mrn, "MRN").t(" but it landed on ").name(other, rng.choice(["LAST_FIRST", "full"]))
        doc.t(" MRN ").p(P.mrn(rng), "MRN").t(". Both had exams on ")
        date(doc, c.when, noyear_p=0.5).t(". Please move and lock.\n")
    elif issue == "viewer":
        doc.t("Outside provider ").clinician(c.ref).t(" at ").p(c.facility(), "FACILITY")
        doc.t(" cannot open ").p(P.url(rng), "URL").t(" for patient ").name(c.pt, name_fmt(rng))
        doc.t(" (DOB ").p(P.fdate(rng, c.dob), "DATE_TIME").t("). Error 403 after SSO.\n")
    elif issue == "implant":
        sn = P.serial(rng)
        doc.t("Patient ").name(c.pt, name_fmt(rng)).t(", ").p(c.mrn, "MRN").t(", scheduled for ")
        K.exam(doc, rng, "MR")
        doc.t(". Card says serial ").p(sn, "DEVICE_SERIAL").t(" but device clinic record lists ")
        doc.p(P.serial(rng), "DEVICE_SERIAL").t(". MRI safety hold until resolved.\n")
    else:
        doc.t("During downtime on ")
        date(doc, c.when).t(" orders were entered twice for ").name(c.pt, name_fmt(rng)).t(" (encounter ")
        doc.p(c.acct, "ACCOUNT_ID").t("). Accessions ").p(c.acc, "ACCESSION").t(" and ").p(P.accession(rng), "ACCESSION")
        doc.t(". Keep the first.\n")
    doc.t("\n" + rng.choice(["Activity:", "Comments", "Work notes"]) + "\n")
    d = c.when
    for j in range(rng.randint(1, 3)):
        who = rng.choice([rep, asg])
        d = c.later(0, 2) if j else d
        doc.t(rng.choice(["- ", "* ", ""]))
        dtm(doc, d, dfmt=rng.choice(["%Y-%m-%d", "%m/%d/%Y"]), tfmt="24")
        doc.t(" ").name(who, rng.choice(["full", "initial"])).t(": ")
        doc.t(rng.choice(["Reproduced. ", "Escalated to vendor (Sectra) support. ", "Fixed, please verify. ",
                          "Radiologist notified. ", "Waiting on HIM. "]))
        if rng.random() < 0.4:
            doc.t("Read by ").clinician(c.rad).t(" unaffected.")
        doc.t("\n")
    doc.t("Status: " + rng.choice(["Resolved", "In Progress", "Pending Vendor", "Closed"]))
    return c.mod


def redcap_export(doc, rng):
    c = Case(rng, mod=rng.choice(["CT", "MR", "NM", "US"]))
    vertical = rng.random() < 0.5
    proj = rng.choice(["HCC Y90 Outcomes", "Incidental Adrenal Registry", "Stroke DWI Substudy", "Thyroid FNA Cohort"])
    doc.t(f"REDCap export \u2014 project \"{proj}\" (PID {rng.randint(1000, 19999)})\n")
    doc.t("Exported by ").name(c.person(), rng.choice(["full", "last_first"])).t(" ")
    dtm(doc, c.later(30, 200), dfmt="%Y-%m-%d", tfmt=rng.choice(["24", "sec"]))
    doc.t("\n\n")
    rec = str(rng.randint(1, 250))
    fields = [("record_id", lambda: doc.t(rec)),
              ("redcap_event_name", lambda: doc.t(rng.choice(["baseline_arm_1", "month_3_arm_1", "screening_arm_1"]))),
              ("pt_name", lambda: doc.name(c.pt, rng.choice(["last_first", "full", "LAST_FIRST"]))),
              ("mrn", lambda: doc.p(c.mrn, "MRN")),
              ("dob", lambda: date(doc, c.dob, rng.choice(["%Y-%m-%d", "%m/%d/%Y"]))),
              ("age_consent", lambda: doc.p(str(c.age), "AGE_OVER_89") if c.age > 89 else doc.k(str(c.age), "age_under_90")),
              ("zip_code", lambda: doc.p(c.zip, "ZIP")),
              ("scan_date", lambda: date(doc, c.when, rng.choice(["%Y-%m-%d", "%m/%d/%Y"]))),
              ("scan_acc", lambda: doc.p(c.acc, "ACCESSION")),
              ("site", lambda: doc.p(c.fac, "FACILITY")),
              ("reader", lambda: doc.name(c.rad, rng.choice(["full", "initial"]))),
              ("lesion_size", lambda: doc.k(f"{rng.randint(5, 60)} mm", "measurement")),
              ("study_coord_email", lambda: doc.p(P.email(rng, c.person()), "EMAIL"))]
    keep_n = rng.randint(8, len(fields))
    fields = fields[:3] + rng.sample(fields[3:], keep_n - 3)
    if vertical:
        sep = rng.choice([" | ", "\t", ": ", " = "])
        for f, w in fields:
            doc.t(f + sep)
            w()
            doc.t("\n")
    else:
        delim = rng.choice([",", ",", "\t", ";"])
        doc.t(delim.join(f for f, _ in fields) + "\n")
        for j, (f, w) in enumerate(fields):
            if j:
                doc.t(delim)
            q = delim == "," and f in ("pt_name", "site")
            if q:
                doc.t('"')
            w()
            if q:
                doc.t('"')
        doc.t("\n")
    doc.t("\n" + rng.choice(["[comments]", "Free-text notes:", "notes_1:"]) + " ")
    K.findings(doc, rng, c.mod, rng.randint(1, 2))
    if rng.random() < 0.5:
        doc.t(" PI ").clinician(c.ref).t(" to adjudicate.")
    return c.mod


def mpi_merge(doc, rng):
    c = Case(rng)
    doc.t(rng.choice(["EMPI Duplicate Review Worklist", "MPI POTENTIAL DUPLICATES", "Identity Mgmt \u2013 merge queue"]) + "\n")
    doc.t("Run: ")
    dtm(doc, c.when)
    doc.t("   Reviewer: ").name(c.person(cred="RHIA"), name_fmt(rng)).t("\n\n")
    tab = rng.random() < 0.5
    sep = " | " if tab else "\n  "
    pairs = rng.randint(1, 3)
    for j in range(pairs):
        base = c if j == 0 else Case(rng)
        score = rng.randint(62, 99)
        doc.t(f"Pair {j + 1}  score {score}%{' ' if tab else chr(10)}")
        alt = Case(rng)
        for tag in ("A", "B"):
            rec = base if tag == "A" or rng.random() < 0.5 else alt
            doc.t(("" if tab else "  ") + f"[{tag}] ")
            # record B of a pair is the same person registered differently
            if tag == "B" and rng.random() < 0.6:
                doc.name(base.pt, rng.choice(["caret", "full", "gf", "nick"]))
            else:
                doc.name(base.pt, rng.choice(["LAST_FIRST", "last_first"]))
            doc.t(sep + "MRN ").p(base.mrn if tag == "A" else alt.mrn, "MRN")
            doc.t(sep + "DOB ")
            date(doc, base.dob, "%m/%d/%Y")
            if rng.random() < 0.6:
                doc.t(sep + "SSN ").p(rec.ssn, "SSN")
            if rng.random() < 0.6:
                doc.t(sep + "Addr ")
                address(doc, rec, True)
            if rng.random() < 0.5:
                doc.t(sep + "Ph ").p(rec.phone, "PHONE")
            if rng.random() < 0.4:
                doc.t(sep + "Plan ").p(rec.plan, "HEALTH_PLAN_ID")
            if rng.random() < 0.4:
                doc.t(sep + "Last enc ").p(rec.acct, "ACCOUNT_ID")
            doc.t("\n")
        doc.t("  Imaging on B: ")
        K.exam(doc, rng, base.mod)
        doc.t(" acc ").p(P.accession(rng), "ACCESSION").t(" (")
        date(doc, base.when, noyear_p=0.3)
        doc.t(")\n  Decision: " + rng.choice(["MERGE B\u2192A", "NOT DUPLICATE (twins, see birth order)", "DEFER \u2013 call registration",
                                              "NOT DUPLICATE (different SSN)", "MERGE A\u2192B"]))
        if rng.random() < 0.5:
            doc.t("; verified with ").name(base.person(), rng.choice(["full", "given"])).t(" at ").p(P.phone(rng), "PHONE")
        doc.t("\n\n")
    return c.mod


def dicom_sr(doc, rng):
    c = Case(rng, mod=rng.choice(["CT", "US", "MR", "NM"]))
    sn = P.serial(rng)
    doc.t(rng.choice(["# dsrdump output", "SR Document (Comprehensive SR)", "=== Structured Report text dump ==="]) + "\n\n")
    hdr = [("Patient", lambda: doc.name(c.pt, "caret")), ("Patient ID", lambda: doc.p(c.mrn, "MRN")),
           ("Birth Date", lambda: date(doc, c.dob, "%Y%m%d")), ("Accession", lambda: doc.p(c.acc, "ACCESSION")),
           ("Institution", lambda: doc.p(c.fac, "FACILITY")), ("Referring Phys.", lambda: doc.name(c.ref, "caret")),
           ("Content Date", lambda: date(doc, c.when, "%Y%m%d"))]
    head, rest = hdr[:2], hdr[2:]
    rng.shuffle(rest)
    w = rng.choice([16, 18, 20])
    for lab, fn in head + rest:
        if rng.random() < 0.85 or lab in ("Patient", "Accession"):
            doc.t(lab.ljust(w) + ": ")
            fn()
            doc.t("\n")
    doc.t("Content Time".ljust(w) + ": ")
    time(doc, fmt=rng.choice(["sec", "24"]))
    doc.t("\n\n<CONTAINER:(126000,DCM,\"Imaging Measurement Report\")=SEPARATE>\n")
    doc.t("  <has obs context:PNAME:(121008,DCM,\"Person Observer Name\")=\"").name(c.rad, "caret").t("\">\n")
    if rng.random() < 0.5:
        doc.t("  <has obs context:PNAME:(121008,DCM,\"Person Observer Name\")=\"").name(c.tech, "caret").t("\">\n")
    doc.t("  <has obs context:TEXT:(121013,DCM,\"Device Observer Name\")=\"").t(rng.choice(["CT-ROOM-", "US-", "MR-SUITE-", "NM-CAM-"]) + str(rng.randint(1, 9)))
    doc.t("\">\n")
    for j in range(rng.randint(1, 3)):
        doc.t(f"  <contains:NUM:(G-D7FE,SRT,\"Diameter\")=\"")
        doc.k(f"{rng.randint(3, 45)} mm", "measurement").t("\">\n")
        doc.t("    <has concept mod:CODE:(G-C0E3,SRT,\"Finding Site\")=(T-")
        doc.t(str(rng.randint(10000, 99999)) + ",SRT,\"")
        doc.k(rng.choice(["Right upper lobe", "Left kidney", "Thyroid left lobe", "Liver segment VI", "Left adrenal"]), "anatomy")
        doc.t("\")>\n")
    doc.t("  <contains:TEXT:(121071,DCM,\"Finding\")=\"")
    K.findings(doc, rng, c.mod, rng.randint(1, 2))
    doc.t("\">\n")
    if rng.random() < 0.5:
        doc.t("  <contains:TEXT:(121071,DCM,\"Finding\")=\"Patient has implanted device SN ").p(sn, "DEVICE_SERIAL")
        doc.t("; conditional protocol followed.\">\n")
    doc.t("  <contains:TEXT:(121076,DCM,\"Conclusion\")=\"")
    K.impression(doc, rng, c.mod)
    doc.t("\">\n</CONTAINER>\nVerifying Observer: ").name(c.rad, "caret").t("  ")
    dtm(doc, c.when, dfmt="%Y%m%d", tfmt="sec")
    return c.mod


def credentialing(doc, rng):
    c = Case(rng, mod=rng.choice(["CT", "MR", "NM", "US"]))
    md = c.rad
    y0 = rng.randint(2004, 2016)
    doc.t(rng.choice(["MEDICAL STAFF OFFICE \u2014 Privileging File", "Initial Appointment Application (Radiology)",
                      "Reappointment Packet / Department of Radiology"]) + "\n")
    doc.p(c.fac, "FACILITY").t("\n\n")
    kv(doc, [
        (["Applicant", "Practitioner", "Name"], lambda: (doc.name(md, rng.choice(["full", "last_first", "LAST_FIRST"])),
                                                       doc.t(", ").k(md.cred, "credential")), True),
        (["Date of birth", "DOB"], lambda: date(doc, P.date(rng, (y0 - 29, 1, 1), (y0 - 26, 12, 31))), True),
        (["SSN", "Social Security #"], lambda: doc.p(P.ssn(rng), "SSN"), False),
        (["Home address", "Mailing address"], lambda: address(doc, c, True), True),
        (["Cell", "Mobile", "Phone"], lambda: doc.p(P.phone(rng), "PHONE"), True),
        (["Email", "E-mail"], lambda: doc.p(P.email(rng, md), "EMAIL"), True),
        (["Board certification", "ABR"], lambda: (doc.t("Diagnostic Radiology, initial "), doc.k(str(rng.randint(2003, 2021)), "year")), False),
    ], drop_p=0.2)
    doc.t("\n\n" + rng.choice(["Training:", "EDUCATION / TRAINING", "Postgraduate training"]) + "\n")
    y = y0
    for lab, span in (("Residency", 4), ("Fellowship (" + rng.choice(["Neuro", "Body", "MSK", "IR", "Breast"]) + ")", 1)):
        doc.t(f"  {lab}: ").p(c.facility(), "FACILITY").t(", ")
        doc.p(P.city(rng)[0], "CITY").t(" \u2014 ")
        if rng.random() < 0.5:
            doc.k(str(y), "year").t("\u2013").k(str(y + span), "year")
        else:
            date(doc, P.date(rng, (y, 7, 1), (y, 7, 1)), "%m/%d/%Y").t(" to ")
            date(doc, P.date(rng, (y + span, 6, 30), (y + span, 6, 30)), "%m/%d/%Y")
        doc.t("\n")
        y += span
    doc.t("\n" + rng.choice(["Peer references:", "References"]) + "\n")
    for _ in range(rng.randint(2, 3)):
        ref = c.person(doctor=True)
        doc.t(" - ").clinician(ref, fmt=rng.choice(["full", "last_first"]))
        doc.t(rng.choice([", ", " \u2014 "])).p(P.phone(rng), "PHONE")
        if rng.random() < 0.5:
            doc.t(", ").p(P.email(rng, ref), "EMAIL")
        doc.t("\n")
    doc.t("\nProctored cases (FPPE):\n")
    for _ in range(rng.randint(2, 4)):
        pt = c.person()
        doc.t("  ").p(P.accession(rng), "ACCESSION").t("  ")
        date(doc, c.later(1, 60), rng.choice(["%m/%d/%Y", "%Y-%m-%d"])).t("  ")
        doc.name(pt, rng.choice(["LAST_FIRST", "initial"])).t("  ")
        K.exam(doc, rng, c.mod)
        doc.t(" \u2014 " + rng.choice(["concordant", "minor discrepancy", "concordant; good report structure"]))
        doc.t("\n")
    doc.t("Proctor: ").clinician(c.ref).t("   Committee approval ")
    date(doc, c.later(60, 120))
    return c.mod


STYLES = {"jira_ticket": jira_ticket, "redcap_export": redcap_export, "mpi_merge": mpi_merge,
          "dicom_sr": dicom_sr, "credentialing": credentialing}
