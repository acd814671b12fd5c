"""blind19 styles, part C."""

from __future__ import annotations

import b19_gen as G
import b19_pools as P
from b19_doc import Doc
from b19_lay import age_items, age_phrase, fields, header, phone_items, pick, sig


def corelab_query(rng):
    d = Doc()
    q = f"Q-{G.digits(rng, 5)}"
    d.ln(pick(rng, "Imaging Core Lab - Data Clarification Form", "CORE LAB QUERY", "Central Reader Query / DCF"), "  ", q)
    site = G.Person(rng)
    fields(d, rng, [
        (("Site", "Investigator site"), [("FACILITY", G.facility(rng)), " (site ", str(rng.randrange(100, 999)), ")"]),
        (("Site coordinator", "CRC"), [("PERSON", site.name("full")), " <", ("EMAIL", G.email(rng, site)), ">"]),
        (("Subject", "Subject ID"), [f"{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}"]),
        (("Timepoint", "Visit"), [pick(rng, "Baseline", "Week 12", "C3D1", "EOT")]),
        (("Scan date", "Acquisition date"), [("DATE_TIME", G.fdate(rng, G.date(rng), rng.choice(["dMonY", "compact", "iso"])))]),
        (("Accession", "Local acc"), [("ACCESSION", G.accession(rng))]),
    ])
    d.ln()
    d.ln(("section_header", pick(rng, "QUERY", "Issue")))
    k = rng.randrange(3)
    if k == 0:
        d.ln("Images received contain un-redacted patient name (", ("PERSON", G.Person(rng).name("caret")), ") and MRN ",
             ("MRN", G.mrn(rng)), " in DICOM header. Please re-send de-identified.")
    elif k == 1:
        d.ln("Slice thickness ", ("measurement", rng.choice(["5 mm", "3 mm", "2.5 mm"])), " exceeds protocol; ",
             ("sequence", rng.choice(P.SEQUENCES)), " missing. Scanner s/n ", ("DEVICE_SERIAL", G.serial(rng)), ".")
    else:
        d.ln("Target lesion in ", ("anatomy", rng.choice(P.ANATOMY)), " measured ", ("measurement", G.size(rng)), " locally vs ",
             ("measurement", G.size(rng)), " central. Local reader Dr. ", ("PERSON", G.Person(rng).name("last")), " to confirm.")
    d.ln(G.finding(rng))
    d.ln("Upload portal: ", ("URL", G.url(rng)), "  (SFTP ", ("IP_ADDRESS", G.ip(rng)), ")")
    raised = G.date(rng)
    d.ln("Raised ", ("DATE_TIME", G.fdate(rng, raised)), " by ", ("PERSON", G.Person(rng).name("init")), "; response due ",
         ("DATE_TIME", G.fdate(rng, G.near(rng, raised, 5, 14), rng.choice(["MondY", "dMonY", "iso"]))))
    if rng.random() < .5:
        d.ln("Site response: ", pick(rng, "corrected and re-sent ", "disagree, see note ", "scanner down until "),
             ("DATE_TIME", G.fdate(rng, G.date(rng), "md")), " - ", ("PERSON", site.name("init")))
    return d, "CT"


def asbestos_letter(rng):
    d = Doc()
    wk, emp = G.Person(rng), G.Person(rng)
    fac = G.facility(rng)
    d.ln(("FACILITY", fac), pick(rng, " - Occupational Health", " | Occupational Medicine Surveillance", ""))
    d.ln(G.address_items(rng))
    d.ln()
    d.ln(("DATE_TIME", G.fdate(rng, G.date(rng), rng.choice(["MonthdY", "dMonthY", "mdY"]))))
    d.ln()
    d.ln(pick(rng, "CONFIDENTIAL - ", ""), ("PERSON", wk.name(rng.choice(["full", "fml"]))))
    d.ln(("STREET_ADDRESS", G.street(rng)))
    c, st, z = G.place(rng)
    d.ln(("CITY", c), ", ", st, " ", ("ZIP", z))
    d.ln()
    d.ln("Employee ID: ", ("ACCOUNT_ID", G.account(rng)), pick(rng, "   SSN: ", "   SS#: "), ("SSN", G.ssn(rng)))
    d.ln("Re: Asbestos medical surveillance, ", pick(rng, "pipefitters local", "shipyard", "brake repair", "insulation crew"),
         " - exam of ", ("DATE_TIME", G.fdate(rng, G.date(rng))))
    d.ln()
    d.ln("Dear ", pick(rng, "Mr. ", "Ms. ", "Mx. "), ("PERSON", wk.name("last")), ",") if rng.random() < .6 else d.ln(
        "Dear ", ("PERSON", wk.name("full")), ",")
    d.ln("Your chest ", ("modality", rng.choice(["X-ray", "CT"])), " was classified by a certified reader. ", G.finding(rng))
    d.ln(pick(rng, "Pleural plaques ", "No pleural plaques "), "were seen along the ", ("anatomy", rng.choice(["left hemidiaphragm", "pleura"])),
         pick(rng, "; profusion ", "; ILO "), ("score", rng.choice(["0/0", "1/0", "1/1", "0/1"])), ".")
    d.ln("Spirometry FVC ", ("measurement", f"{rng.randrange(55, 110)}% predicted"), ".")
    d.ln("A copy has been sent to ", ("PERSON", emp.name("full")), ", ", pick(rng, "Safety Manager", "HR", "union rep"),
         pick(rng, ", fax ", " at "), ("PHONE", G.phone(rng)), ".")
    sig(d, rng, cred=rng.choice(["MD", "DO"]), when=False)
    d.ln(pick(rng, "Occupational Medicine", "Medical Director"))
    return d, "XR"


def interpreter_sched(rng):
    d = Doc()
    sender, interp, pt = G.Person(rng), G.Person(rng), G.Person(rng)
    lang = rng.choice(["Somali", "Hmong", "Tigrinya", "K'iche'", "Marshallese", "Pashto", "Haitian Creole", "ASL", "Karen"])
    d.ln("From: ", ("PERSON", sender.name("full")), " <", ("EMAIL", G.email(rng, sender)), ">")
    d.ln("To: ", ("EMAIL", G.email(rng, interp)))
    if rng.random() < .5:
        d.ln("Cc: ", ("EMAIL", G.email(rng)))
    d.ln("Sent: ", ("DATE_TIME", G.fdate(rng, G.date(rng), rng.choice(["MonthdY", "mdY", "MondY"]))), " ", ("DATE_TIME", G.ftime(rng, "ampm")))
    d.ln("Subject: ", pick(rng, "Interpreter needed - ", "RE: ", "[URGENT] "), lang, " for ", ("modality", rng.choice(P.MODALITIES)))
    d.ln()
    d.ln(pick(rng, "Hi ", "Hello ", ""), ("PERSON", interp.name("first")), ",")
    d.w(pick(rng, "Can you cover ", "We need an in-person ", "Requesting a VRI "), lang, " interpreter for ")
    d.w(("PERSON", pt.name(rng.choice(["full", "lastfirst"]))), " (MRN ", ("MRN", G.mrn(rng)), ") on ")
    d.ln(("DATE_TIME", G.fdate(rng, G.date(rng), rng.choice(["Monthd", "md", "MonDot"]))), " at ",
         ("DATE_TIME", G.ftime(rng, rng.choice(["ampm", "ampm_lc", "hm"]))), "?")
    d.ln("Location: ", ("FACILITY", G.facility(rng)), ", ", G.address_items(rng), pick(rng, ", 2nd floor.", "."))
    d.ln("Pt is ", age_phrase(rng), ", hx ", ("eponym", rng.choice(P.EPONYMS)), "; ", pick(rng,
         "daughter will attend but should NOT interpret.", "needs prep instructions explained.", "consent for contrast needed."))
    d.ln("Family contact: ", ("PERSON", G.Person(rng, last=pt.last).name("full")), " ", ("PHONE", G.phone(rng)))
    d.ln("Thanks,")
    d.ln(("PERSON", sender.name("first")))
    d.ln(pick(rng, "Radiology Scheduling", "Language Services Coordinator"), " | ", ("PHONE", G.phone(rng)))
    return d, "US"


def court_exam(rng):
    d = Doc()
    pt, judge, att = G.Person(rng), G.Person(rng), G.Person(rng)
    header(d, rng, pick(rng, "Court-Ordered Radiologic Examination - Report", "Report of Examination Pursuant to Court Order",
                        "COURT-ORDERED IMAGING REPORT"))
    fields(d, rng, [
        (("Case No.", "Docket"), [f"{rng.randrange(20, 27)}-{pick(rng, 'CV', 'FA', 'CR', 'JV')}-{rng.randrange(1000, 99999)}"]),
        (("Examinee", "Subject"), [("PERSON", pt.name(rng.choice(["LASTFIRST", "full"])))]),
        (("DOB",), [("DATE_TIME", G.fdate(rng, G.dob(rng)))]),
        (("Ordered by", "Order of"), [pick(rng, "Hon. ", "Judge "), ("PERSON", judge.name(rng.choice(["full", "init"])))]),
        (("Counsel", "Requesting attorney"), [("PERSON", att.name("full")), ", ", ("PHONE", G.phone(rng))]),
        (("Date of exam", "Exam date"), [("DATE_TIME", G.fdate(rng, G.date(rng)))]),
        (("Acc", "Accession No."), [("ACCESSION", G.accession(rng))]),
    ])
    d.ln()
    d.ln(("section_header", pick(rng, "EXAMINATION", "Exam")), ": ", ("modality", rng.choice(["CT", "MRI", "X-ray"])), " ",
         pick(rng, "cervical spine", "lumbar spine", "right wrist", "pelvis"))
    d.ln(("section_header", pick(rng, "FINDINGS", "Findings")), ":")
    d.ln(G.finding(rng), " ", G.finding(rng))
    d.ln(("section_header", pick(rng, "OPINION", "IMPRESSION")), ":")
    d.ln("Findings at ", ("vertebral_level", rng.choice(P.LEVELS)), pick(rng, " are chronic.", " are of indeterminate age.", " are acute."))
    d.ln("Copies to counsel per order dated ", ("DATE_TIME", G.fdate(rng, G.date(rng), "MonthdY")), ".")
    sig(d, rng, cred="MD")
    return d, "CT"


def aps_referral(rng):
    d = Doc()
    vic, rep, sus = G.Person(rng), G.Person(rng), G.Person(rng)
    d.ln(pick(rng, "ADULT PROTECTIVE SERVICES - REPORT OF SUSPECTED ELDER ABUSE", "APS Referral (mandated reporter)", "Elder Abuse Referral Form"))
    recv = G.date(rng)
    vdob = G.date(rng, 1926, 1941) if rng.random() < .7 else G.date(rng, 1941, 1960)
    d.ln("Intake #: ", ("ACCOUNT_ID", G.account(rng)), "   Received: ", ("DATE_TIME", G.fdate(rng, recv)), " ",
         ("DATE_TIME", G.ftime(rng)))
    d.ln()
    d.ln(("section_header", pick(rng, "ALLEGED VICTIM", "Client")))
    rows = [(("Name",), [("PERSON", vic.name(rng.choice(["LASTFIRST", "full", "lastfirstmi"])))]),
            (("Age",), [("AGE_OVER_89" if G.age_at(vdob, recv) > 89 else "age_under_90", str(G.age_at(vdob, recv)))]),
            (("DOB",), [("DATE_TIME", G.fdate(rng, vdob))]),
            (("Address", "Residence"), G.address_items(rng)),
            (("Medicare #", "MBI"), [("HEALTH_PLAN_ID", G.plan_id(rng))])]
    fields(d, rng, rows)
    d.ln(("section_header", pick(rng, "ALLEGED PERPETRATOR", "Suspected abuser")))
    fields(d, rng, [(("Name",), [("PERSON", sus.name("full"))]),
                    (("Relationship",), [pick(rng, "grandson", "caregiver", "daughter", "neighbor")]),
                    (("Phone",), [("PHONE", G.phone(rng))])])
    d.ln(("section_header", pick(rng, "CONCERN", "Narrative")))
    d.ln("Skeletal findings on ", ("modality", rng.choice(["CT", "X-ray"])), " (acc ", ("ACCESSION", G.accession(rng)),
         ") at ", ("FACILITY", G.facility(rng)), ": multiple rib fractures of differing ages; ", G.finding(rng))
    d.ln(pick(rng, "Pt states ", "Client said "), '"', pick(rng, "he gets angry", "I fell", "she takes my checks"), '". ',
         "Hx ", ("eponym", rng.choice(["Parkinson disease", "Paget disease", "Cushing syndrome"])), ".")
    d.w(pick(rng, "Reporter: ", "Mandated reporter: "))
    d.ln(("PERSON", rep.name("full")), ", ", ("credential", rng.choice(["LCSW", "MSW", "RN", "MD"])), ", ", ("PHONE", G.phone(rng)),
         ", ", ("EMAIL", G.email(rng, rep)))
    return d, "XR"


def moonlight_timesheet(rng):
    d = Doc()
    res = G.Person(rng)
    p0 = G.date(rng)
    d.ln(pick(rng, "Resident Moonlighting Timesheet", "EXTERNAL MOONLIGHTING - HOURS LOG", "Internal moonlighting (overnight prelim reads)"))
    fields(d, rng, [
        (("Resident", "Name"), [("PERSON", res.name(rng.choice(["lastfirst", "full", "LASTFIRST"])))]),
        (("PGY",), [str(rng.randrange(3, 6))]),
        (("Employee #", "Payroll ID"), [("ACCOUNT_ID", G.account(rng))]),
        (("Site", "Moonlighting site"), [("FACILITY", G.facility(rng))]),
        (("Pay period", "Period"), [("DATE_TIME", G.fdate(rng, p0, "md")), pick(rng, "-", " - ", " to "),
                                   ("DATE_TIME", G.fdate(rng, G.near(rng, p0, 13, 13), rng.choice(["mdy", "mdY"])))]),
    ])
    d.ln()
    sep = rng.choice([" | ", "\t", "  "])
    d.ln(sep.join(["Date", "In", "Out", "Hrs", "Studies", "Notes"]))
    fmt = rng.choice(["mdY0", "md", "dMonY", "iso", "mdy"])
    days = sorted(rng.sample(range(14), rng.randrange(3, 7)))
    for day in days:
        note = rng.choice([
            ["-"], ["called Dr. ", ("PERSON", G.Person(rng).name("last")), " re critical"],
            ["discrepancy acc ", ("ACCESSION", G.accession(rng))],
            ["PACS down (", ("IP_ADDRESS", G.ip(rng)), ")"],
            [("eponym", rng.choice(P.EPONYMS)), " case for TF"],
            ["vpn from ", ("STREET_ADDRESS", G.street(rng))],
        ])
        h0, hrs = rng.choice([7, 8, 17, 18, 19, 22]), rng.randrange(4, 13)
        m0 = rng.choice([0, 0, 15, 30, 45, rng.randrange(60)])
        d.ln(("DATE_TIME", G.fdate(rng, G.near(rng, p0, day, day), fmt)), sep, ("DATE_TIME", G.fclock(h0, m0, 0, "hm")), sep,
             ("DATE_TIME", G.fclock((h0 + hrs) % 24, m0, 0, "hm")), sep, str(hrs), sep, str(rng.randrange(5, 60)), sep, note)
    d.ln("Total duty hrs this week (incl moonlighting): ", str(rng.randrange(50, 81)), pick(rng, " - under 80 OK", " (PD notified)"))
    d.ln("PD approval: ", ("PERSON", G.Person(rng).name("full")), ", ", ("credential", "MD"), "  ", ("DATE_TIME", G.fdate(rng, G.date(rng))))
    return d, "CT"
