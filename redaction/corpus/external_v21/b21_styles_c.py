"""blind21 styles C: case-report manuscripts, student write-ups, patient handouts, HIE query logs, dictation queues."""

from __future__ import annotations

import b21_clin as K
import b21_pools as P
from b21_ctx import Case, address, date, dtm, kv, name_fmt, time


def case_manuscript(doc, rng):
    c = Case(rng, old_p=0.35)
    authors = [c.rad, c.person(doctor=True), c.ref] + ([c.person(doctor=True)] if rng.random() < 0.5 else [])
    title = rng.choice(["An unusual presentation of ", "Incidental ", "Case report: ", "Imaging pitfalls in "])
    doc.t(rng.choice(["DRAFT v3 \u2014 do not circulate\n\n", "[Manuscript draft for J Radiol Case Rep]\n\n", ""]))
    doc.t("Title: " + title)
    doc.clin(rng.choice(["{eponym|Klatskin tumor}", "{eponym|Chiari I malformation}", "{eponym|Budd-Chiari syndrome}",
                         "{eponym|Morgagni hernia}", "{eponym|Kienböck disease}", "{eponym|Baastrup disease}",
                         "{eponym|Mirizzi syndrome}", "{eponym|Wilms tumor} in an adult"]))
    doc.t("\n\nAuthors: ")
    for j, a in enumerate(authors):
        if j:
            doc.t(", ")
        doc.name(a, rng.choice(["full", "initial"]) if j else "full").t(f"{j % 2 + 1}")
        if rng.random() < 0.5:
            doc.t(" ").k(a.cred, "credential")
    f1, f2 = c.fac, c.facility()
    doc.t("\n1 Department of Radiology, ").p(f1, "FACILITY").t(", ").p(c.city, "CITY").t(", " + c.state)
    doc.t("\n2 ").p(f2, "FACILITY").t("\nCorresponding author: ").name(c.rad, "full").t(", ")
    doc.p(P.email(rng, c.rad), "EMAIL")
    if rng.random() < 0.5:
        doc.t(", tel ").p(P.phone(rng), "PHONE")
    doc.t("\n\n")
    doc.header(rng.choice(["Case presentation", "CASE PRESENTATION", "Case Report"])).t("\n")
    doc.t("A ").age(c.age, rng.choice(["-year-old", "-year old"])).t(rng.choice([" woman", " man", " patient"]))
    doc.t(" presented to the emergency department of ").p(f1, "FACILITY").t(" on ")
    date(doc, c.when, rng.choice(["{B} {d}, %Y", "%d %B %Y", "%m/%d/%Y"]))
    doc.t(" with " + rng.choice(K.HISTORIES) + ". ")
    if rng.random() < 0.5:
        doc.t("Prior imaging in ").k(str(c.when.year - rng.randint(2, 9)), "year").t(" was unremarkable. ")
    K.exam(doc, rng, c.mod)
    doc.t(" showed: ")
    K.findings(doc, rng, c.mod, 2)
    doc.t("\n\n")
    if rng.random() < 0.7:
        doc.t(rng.choice(["[Comment ", "<<Reviewer note, "])).name(authors[1], "initial").t(": remove MRN ")
        doc.p(c.mrn, "MRN").t(" and the acquisition date ").p(P.fdate(rng, c.when, "%Y%m%d"), "DATE_TIME")
        doc.t(" from Figure 2 before submission]\n\n")
    doc.t("Figure 1. ")
    K.exam(doc, rng, c.mod)
    doc.t(rng.choice([" (axial). ", ", coronal reformat. "]))
    K.findings(doc, rng, c.mod, 1)
    doc.t("\n\n")
    doc.header(rng.choice(["Acknowledgments", "ACKNOWLEDGEMENTS"])).t("\nWe thank ")
    doc.name(c.tech, "full").t(", ").k(c.tech.cred, "credential").t(", and ").name(c.person(), "full")
    doc.t(" for image post-processing, and the patient's " + rng.choice(["daughter ", "son ", "husband ", "wife "]))
    doc.name(c.person(), rng.choice(["full", "gf"])).t(" for consenting on the patient's behalf.")
    return c.mod


def student_writeup(doc, rng):
    c = Case(rng)
    stu, att = c.person(cred="MS3"), c.rad
    doc.t(rng.choice(["Radiology Clerkship \u2014 Case Write-Up", "RAD 401 case presentation", "MS3 imaging write-up"]) + "\n")
    doc.t("Student: ").name(stu, "full").t("   Preceptor: ").clinician(att).t("\n")
    doc.t("Date: ")
    date(doc, c.later(0, 3))
    doc.t("\n\n")
    def idcc():
        doc.name(c.pt, rng.choice(["full", "initial", "given"]))
        if rng.random() < 0.4:
            doc.t(" (DOB ")
            date(doc, c.dob)
            doc.t(")")
        doc.t(" is a ").age(c.age, "-year-old").t(" presenting with " + rng.choice(K.HISTORIES) + ".")

    def hpi():
        doc.t("Symptoms began ")
        date(doc, c.earlier(2, 20), noyear_p=0.7)
        doc.t(rng.choice([". Seen by ", ". Referred by "])).clinician(c.ref)
        if rng.random() < 0.6:
            doc.t(" at ").p(c.facility(), "FACILITY")
        if rng.random() < 0.35:
            doc.t(" (pager ").p(P.phone(rng), "PHONE").t(")")
        doc.t(".")
        if rng.random() < 0.4:
            doc.t(" Outside ")
            K.exam(doc, rng, c.mod)
            doc.t(" in ").p(P.city(rng)[0], "CITY").t(" on ")
            date(doc, c.earlier(20, 60))
            doc.t(rng.choice([" was read as negative.", " is on a CD we could not load."]))

    secs = [("ID/CC", idcc), ("HPI", hpi),
            ("PMH", lambda: doc.clin(rng.choice(["{eponym|Hashimoto thyroiditis}; HTN.", "{eponym|Crohn disease} since "
                                                "{year|" + str(rng.randint(1995, 2020)) + "}.", "{eponym|Addison disease}, on hydrocortisone.",
                                                "{eponym|Barrett esophagus}; GERD.", "Pacemaker."]))),
            ("Social", lambda: (doc.t("Lives with " + rng.choice(["daughter ", "partner ", "grandson ", "roommate "])),
                                doc.name(c.person(), rng.choice(["full", "given"])), doc.t(" in "), doc.p(c.city, "CITY"),
                                doc.t(f", {c.state}. Retired {rng.choice(['teacher', 'welder', 'nurse', 'farmer'])}."))),
            ("Imaging", lambda: (K.exam(doc, rng, c.mod), doc.t(" ("), date(doc, c.when, noyear_p=0.4),
                                 (doc.t(", acc "), doc.p(c.acc, "ACCESSION")) if rng.random() < 0.6 else None,
                                 doc.t("): "), K.findings(doc, rng, c.mod, 2))),
            ("Assessment", lambda: K.impression(doc, rng, c.mod)),
            ("Teaching point", lambda: doc.clin(rng.choice([
                "The {eponym|Segond fracture} implies ACL tear.", "{sequence|DWI} is positive within minutes of infarct.",
                "{score|Bosniak IIF} lesions need follow-up.", "Know the {eponym|Hill-Sachs lesion} vs. trough sign."])))]
    if rng.random() < 0.4:
        secs.insert(4, ("Device", lambda: (doc.t("Dual-chamber pacemaker, serial "), doc.p(P.serial(rng), "DEVICE_SERIAL"),
                                           doc.t(", MR-conditional."))))
    hdr_style = rng.choice(["upper", "title", "md"])
    for h, fn in secs:
        if rng.random() < 0.12 and h in ("Social", "Teaching point"):
            continue
        hh = h.upper() if hdr_style == "upper" else h
        if hdr_style == "md":
            doc.t("**")
            doc.k(hh, "section_header")
            doc.t(":** ")
        else:
            doc.header(hh).t(rng.choice([" ", "\n"]))
        fn()
        doc.t("\n")
    if rng.random() < 0.6:
        doc.t("\n(Pt identifiers to be removed before grand rounds \u2014 MRN ").p(c.mrn, "MRN").t(")")
    else:
        doc.t("\nSubmitted ")
        dtm(doc, c.later(1, 4))
        doc.t(" via ").p(P.url(rng), "URL") if rng.random() < 0.4 else doc.t(" to the clerkship inbox")
    return c.mod


def edu_handout(doc, rng):
    c = Case(rng, mod=rng.choice(["CT", "MR", "NM", "MG", "US"]))
    appt = c.later(3, 30)
    h, m = rng.randint(7, 16), rng.choice([0, 15, 30, 45])
    topic = {"CT": "Your CT colonography (virtual colonoscopy)", "MR": "Getting ready for your MRI",
             "NM": "Your nuclear stress test", "MG": "Your breast imaging visit", "US": "Your ultrasound appointment"}[c.mod]
    doc.t(rng.choice(["", "PATIENT INSTRUCTIONS\n", "Personalized for you\n"]))
    doc.t(topic + "\n" + "=" * rng.randint(10, 40) + "\n\n")
    doc.t(rng.choice(["Dear ", "Hello ", "Prepared for: "]))
    doc.name(c.pt, rng.choice(["full", "gf", "nick"])).t(rng.choice([",\n\n", "\n\n"]))
    kv(doc, [
        (["Appointment", "When", "Your appointment"], lambda: (date(doc, appt, rng.choice(["{B} {d}, %Y", "%m/%d/%Y", "{b} {d}, %Y"])),
                                                              doc.t(" at "), time(doc, h, m, "12")), True),
        (["Please arrive", "Check-in time"], lambda: time(doc, h - 1, (m + 30) % 60, rng.choice(["12", "12dot"])), False),
        (["Where", "Location"], lambda: (doc.p(c.fac, "FACILITY"), doc.t(", "), address(doc, c, True)), True),
        (["Questions", "Call us"], lambda: doc.p(P.phone(rng), "PHONE"), True),
        (["Ordered by", "Your doctor"], lambda: doc.clinician(c.ref), False),
        (["MRN", "Medical record #"], lambda: doc.p(c.mrn, "MRN"), False),
        (["Insurance ID on file", "Member ID"], lambda: doc.p(c.plan, "HEALTH_PLAN_ID"), False),
    ], seps=(": ", ":  ", " \u2014 "))
    doc.t("\n\nWhat to do:\n")
    steps = {"CT": ["Day before: clear liquids only.", "Take the contrast drink at {T1} and {T2}.", "Nothing by mouth after midnight."],
             "MR": ["Remove all metal.", "Tell us about implants or a pacemaker.", "Arrive 30 minutes early."],
             "NM": ["No caffeine for 24 hours.", "Hold beta-blockers unless told otherwise.", "Wear walking shoes."],
             "MG": ["No deodorant or powder.", "Bring prior mammograms from other facilities.", "Wear a two-piece outfit."],
             "US": ["Drink 32 oz of water one hour before.", "Do not empty your bladder.", "Fast 8 hours for abdominal exams."]}
    for j, s in enumerate(steps[c.mod]):
        doc.t(rng.choice(["\u2022 ", f"{j + 1}. ", "- "]))
        if "{T1}" in s:
            a, b = s.split("{T1}")
            b1, b2 = b.split("{T2}")
            doc.t(a)
            time(doc, 17, 0, "12")
            doc.t(b1)
            time(doc, 20, 0, "12")
            doc.t(b2)
        else:
            doc.t(s)
        doc.t("\n")
    if rng.random() < 0.7:
        doc.t("\nSee your results in the portal: ").p(P.url(rng), "URL").t("\n")
    if rng.random() < 0.5:
        doc.t("Your caregiver on file: ").name(c.person(), rng.choice(["full", "nick"])).t(" (")
        doc.p(P.phone(rng), "PHONE").t(")\n")
    doc.t("\nPrinted ")
    dtm(doc, c.when)
    doc.t(" by ").name(c.person(), "initial")
    return c.mod


def hie_query_log(doc, rng):
    c = Case(rng)
    doc.t(rng.choice(["HIE Query Audit \u2014 XCPD/XCA", "Health Information Exchange query log", "CareQuality transaction log"]) + "\n")
    delim = rng.choice([" | ", "\t", " ", ","])
    cols = ["timestamp", "src_ip", "user", "org", "action", "detail"]
    doc.t(delim.join(cols) + "\n")
    n = rng.randint(3, 6)
    d = c.when
    stamps = sorted(rng.randint(0, 1439) for _ in range(n))
    user = c.person()
    org = c.facility()
    for j in range(n):
        date(doc, d, "%Y-%m-%d").t(rng.choice(["T", " "]))
        time(doc, stamps[j] // 60, stamps[j] % 60, "sec").t(delim)
        doc.p(P.ip(rng), "IP_ADDRESS").t(delim)
        doc.name(user, rng.choice(["last_first", "full"]) if j == 0 and delim != "," else rng.choice(["full", "initial"])).t(delim)
        doc.p(org, "FACILITY").t(delim)
        act = ["PDQ", "XCPD", "XCA-QUERY", "XCA-RETRIEVE", "XCA-RETRIEVE"][min(j, 4)]
        doc.t(act + delim)
        if act in ("PDQ", "XCPD"):
            doc.t("family=").p(c.pt.family, "PERSON").t(";given=").p(c.pt.given, "PERSON").t(";dob=")
            date(doc, c.dob, "%Y%m%d").t(";zip=").p(c.zip, "ZIP")
            if rng.random() < 0.5:
                doc.t(";ssn=").p(c.ssn, "SSN")
            if rng.random() < 0.4:
                doc.t(";phone=").p(c.phone, "PHONE")
            doc.t(rng.choice([" -> 1 match", " -> 0 matches", " -> 2 candidates"]))
            if rng.random() < 0.5:
                doc.t(" (remote MRN ").p(P.mrn(rng), "MRN").t(")")
        elif act == "XCA-QUERY":
            doc.t("patientId=").p(c.mrn, "MRN").t(" class=Radiology -> " + str(rng.randint(1, 9)) + " docs")
        else:
            doc.t("doc=").p(c.acc, "ACCESSION").t(" ")
            K.exam(doc, rng, c.mod)
            doc.t(rng.choice([" OK", " OK 14kB", " TIMEOUT", " DENIED(consent)"]))
        doc.t("\n")
    if rng.random() < 0.6:
        doc.t("Purpose of use: TREATMENT; reason: ").clinician(c.ref).t(" requested outside priors for ")
        K.exam(doc, rng, c.mod)
        doc.t("\n")
    return c.mod


def dictation_queue(doc, rng):
    c = Case(rng)
    doc.t(rng.choice(["Dictation Job Queue", "PowerScribe worklist \u2014 pending sign", "DICTATION QUEUE / Transcription"]) + " (")
    doc.name(c.rad, rng.choice(["last_first", "full"])).t(")  as of ")
    dtm(doc, c.when, tfmt="24")
    doc.t("\n\n")
    delim = rng.choice([" | ", "  ", "\t"])
    n = rng.randint(3, 5)
    stat = ["DRAFT", "PRELIM", "STAT", "TRANSCRIBED", "ON HOLD", "SIGNED"]
    for j in range(n):
        pc = c if j == 0 else Case(rng)
        doc.t(f"J{rng.randint(100000, 999999)}" + delim)
        doc.name(pc.pt, rng.choice(["LAST_FIRST", "caret", "last_first"])).t(delim)
        doc.p(pc.mrn, "MRN").t(delim).p(pc.acc, "ACCESSION").t(delim)
        if rng.random() < 0.5:
            doc.t("enc ").p(pc.acct, "ACCOUNT_ID").t(delim)
        K.exam(doc, rng, pc.mod)
        doc.t(delim + rng.choice(stat) + delim + "rcvd ")
        time(doc, fmt=rng.choice(["24", "12"]))
        doc.t(delim + f"TAT {rng.randint(5, 300)}m")
        if rng.random() < 0.3:
            doc.t(delim + "ws ").p(P.ip(rng), "IP_ADDRESS")
        doc.t("\n")
    doc.t("\nSelected job preview:\n")
    doc.header(rng.choice(["CLINICAL INDICATION", "HISTORY", "INDICATION"])).t(" ").age(c.age).t(", " + rng.choice(K.HISTORIES) + ".\n")
    doc.header("COMPARISON").t(" ")
    if rng.random() < 0.5:
        date(doc, c.earlier())
    else:
        doc.t("None.")
    doc.t("\n")
    K.mini_report(doc, rng, c.mod)
    doc.t("\n[dictated by ").name(c.rad, "initial").t(", transcribed by ").name(c.person(), rng.choice(["full", "given"]))
    doc.t(" \u2014 awaiting signature]")
    return c.mod


STYLES = {"case_manuscript": case_manuscript, "student_writeup": student_writeup, "edu_handout": edu_handout,
          "hie_query_log": hie_query_log, "dictation_queue": dictation_queue}
