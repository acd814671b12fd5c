"""blind19 styles, part B."""

from __future__ import annotations

import b19_gen as G
import b19_pools as P
from b19_doc import Doc
from b19_lay import age_items, age_phrase, fields, header, phone_items, pick, sig


def child_life(rng):
    d = Doc()
    kid, par, cls = G.Person(rng), G.Person(rng), G.Person(rng)
    par.last = kid.last if rng.random() < .6 else par.last
    kdob, visit = G.dob(rng, young=True), G.date(rng, 2025, 2027)
    header(d, rng, pick(rng, "Child Life Services - Procedural Support Note", "CHILD LIFE NOTE (Radiology)", "Child Life Specialist Documentation"))
    fields(d, rng, [
        (("Patient", "Child"), [("PERSON", kid.name(rng.choice(["full", "lastfirst"])))]),
        (("DOB",), [("DATE_TIME", G.fdate(rng, kdob))]),
        (("MRN", "Med Rec"), [("MRN", G.mrn(rng))]),
        (("Exam", "Procedure"), [("modality", rng.choice(["MRI", "CT", "fluoroscopy", "US"])), " ", pick(rng, "brain", "abdomen", "VCUG", "spine")]),
        (("Caregiver", "Parent present"), [("PERSON", par.name("full")), " (", pick(rng, "mom", "dad", "grandmother", "foster parent"), ")"]),
        (("Contact", "Parent cell"), phone_items(rng)),
    ])
    d.ln()
    d.ln(("section_header", pick(rng, "ASSESSMENT", "Assessment of coping")))
    d.ln(("PERSON", kid.name("first")), " is a ", ("age_under_90", str(max(2, G.age_at(kdob, visit)))), pick(rng, "-year-old ", " yo ", " y/o "),
         pick(rng, "boy", "girl", "child"), pick(rng, " here for ", ", scheduled for "), ("modality", rng.choice(["MRI", "CT"])), ".")
    d.ln(pick(rng, "Pt", "Child"), " presented ", pick(rng, "anxious, clinging to", "calm, playing with", "tearful, asking for"), " ",
         pick(rng, "mother", "father", "stuffed dog"), ". Prior hx of ", ("eponym", rng.choice(["Wilms tumor", "Crohn disease",
                                                                                               "Osgood-Schlatter disease", "Legg-Calve-Perthes disease", "Meckel diverticulum"])), ".")
    d.ln(("section_header", pick(rng, "INTERVENTIONS", "Plan/Interventions")))
    d.ln("Mock scanner rehearsal at ", ("DATE_TIME", G.ftime(rng, rng.choice(["ampm", "hm"]))), "; listened to scanner sounds for ",
         ("sequence", rng.choice(["DWI", "T2 FLAIR", "STIR"])), " on tablet. Goal: scan without sedation.")
    d.ln(pick(rng, "Outcome: ", "Result - "), pick(rng, "completed w/o sedation", "needed anesthesia, rebooked", "partial; motion"),
         ". Sibling ", ("PERSON", G.Person(rng, last=kid.last).name("first")), " also supported.")
    sig(d, rng, cls, cred="CCLS")
    return d, "MR"


def device_trial_log(rng):
    d = Doc()
    d.ln(pick(rng, "IR Device Trial - Enrollment Log", "Investigational Device Enrolment Log (IDE)", "TRIAL ENROLLMENT / DEVICE ACCOUNTABILITY"))
    d.ln("Site: ", ("FACILITY", G.facility(rng)), "   PI: Dr. ", ("PERSON", G.Person(rng).name(rng.choice(["last", "full"]))))
    d.ln("Sponsor contact: ", ("EMAIL", G.email(rng, G.Person(rng))), "  ", ("PHONE", G.phone(rng)))
    d.ln()
    sep = rng.choice([" | ", "  ", "\t"])
    d.ln(sep.join(pick(rng, ["Subj", "Initials", "Name", "MRN", "Consent", "Proc date", "Device S/N", "Operator"],
                           ["Subject", "Pt", "MRN", "Consented", "Implant", "Serial", "IR MD"])))
    fmt = rng.choice(["dMonY", "mdY", "iso", "mdy"])
    for i in range(rng.randrange(3, 7)):
        p = G.Person(rng)
        cons = G.date(rng, 2024, 2026)
        subj = f"{rng.randrange(1, 20):02d}-{rng.randrange(1, 999):03d}"
        d.ln(subj, sep, p.first[0] + p.mi + p.last[0], sep, ("PERSON", p.name(rng.choice(["lastfirst", "caret", "init"]))), sep,
             ("MRN", G.mrn(rng)), sep, ("DATE_TIME", G.fdate(rng, cons, fmt)), sep,
             ("DATE_TIME", G.fdate(rng, G.near(rng, cons, 0, 21), fmt)), sep, ("DEVICE_SERIAL", G.serial(rng)), sep,
             ("PERSON", G.Person(rng).name("last")))
    d.ln()
    d.ln("Screen fail: ", ("PERSON", G.Person(rng).name("full")), " - ", pick(rng, "eGFR < 30", "prior ", "age "),
         ("eponym", "Klatskin tumor") if rng.random() < .5 else ("measurement", "eGFR 24"))
    if rng.random() < .5:
        d.ln("Note: subject ", ("AGE_OVER_89", G.old_age(rng)), " yo enrolled under protocol amendment 3.")
    d.ln("eCRF: ", ("URL", G.url(rng)), "  Last monitored ", ("DATE_TIME", G.fdate(rng, G.date(rng), "MondY")))
    return d, "XR"


def security_report(rng):
    d = Doc()
    off, pt = G.Person(rng), G.Person(rng)
    d.ln(pick(rng, "HOSPITAL POLICE DEPARTMENT", "Campus Security - Incident Report", "Public Safety Event Report"))
    d.ln(("FACILITY", G.facility(rng)))
    fields(d, rng, [
        (("Report #", "Case no.", "Incident #"), [f"{rng.randrange(24, 27)}-{rng.randrange(1000, 9999)}"]),
        (("Date/Time", "Occurred"), [("DATE_TIME", G.fdate(rng, G.date(rng))), " ", ("DATE_TIME", G.ftime(rng, rng.choice(["hours", "hm"])))]),
        (("Location", "Loc"), [pick(rng, "CT 2 waiting area", "MRI Zone III", "Radiology lobby", "ED imaging corridor")]),
        (("Reporting officer", "Officer"), [("PERSON", off.name(rng.choice(["LASTFIRST", "fml"]))), " #", str(rng.randrange(100, 999))]),
    ])
    d.ln()
    d.ln(("section_header", pick(rng, "NARRATIVE", "Narrative:", "Details")))
    d.w("R/O responded to a call from tech ", ("PERSON", G.Person(rng).name("full")), " (ext ", str(rng.randrange(1000, 9999)), "). ")
    d.w("Subject ", ("PERSON", pt.name("full")), ", ", age_phrase(rng), ", ")
    d.w(pick(rng, "became verbally aggressive while waiting for ", "refused to leave after ", "was found wandering into "),
        ("modality", rng.choice(["CT", "MRI", "X-ray"])), ". ")
    d.ln("Subject's address given as ", G.address_items(rng), ". DOB ", ("DATE_TIME", G.fdate(rng, G.dob(rng))), ".")
    if rng.random() < .6:
        d.ln("Witness: ", ("PERSON", G.Person(rng).name("full")), ", phone ", ("PHONE", G.phone(rng)), ".")
    d.ln("Pt had ", ("eponym", rng.choice(["Parkinson disease", "Wilson disease", "Addison disease"])), " per RN; ",
         pick(rng, "no weapons.", "cell phone seized briefly.", "released to family."))
    (h1, m1, s1), (h2, m2, s2) = G.clock(rng, 2, (1, 6))
    d.ln(pick(rng, "Camera: ", "CCTV cam "), ("IP_ADDRESS", G.ip(rng)), " clip ", ("DATE_TIME", G.fclock(h1, m1, s1, "hms")), "-",
         ("DATE_TIME", G.fclock(h2, m2, s2, "hms")))
    d.ln("Disposition: ", pick(rng, "Closed", "Referred to Risk", "Trespass warning issued"))
    return d, "XR"


def donor_family_call(rng):
    d = Doc()
    donor, nok, coord = G.Person(rng), G.Person(rng), G.Person(rng)
    d.ln(pick(rng, "OPO Family Approach - Call Notes", "Organ Donation Authorization Call Log", "Donor Family Consent Conversation"))
    fields(d, rng, [
        (("Referral #", "OPO ref"), [("ACCOUNT_ID", G.account(rng))]),
        (("Potential donor", "Donor"), [("PERSON", donor.name(rng.choice(["LASTFIRST", "full"])))]),
        (("Hospital", "Referring hospital"), [("FACILITY", G.facility(rng))]),
        (("MRN",), [("MRN", G.mrn(rng))]),
        (("Age",), age_items(rng)[0]),
        (("Next of kin", "Legal NOK", "Decision maker"), [("PERSON", nok.name("full")), " (", pick(rng, "wife", "mother", "son", "partner"), ")"]),
        (("NOK phone", "Contact"), phone_items(rng)),
    ])
    d.ln()
    for _ in range(rng.randrange(2, 4)):
        d.ln(("DATE_TIME", G.ftime(rng, rng.choice(["hm", "hours"]))), " - ", pick(rng,
             "Called NOK; discussed brain death exam and ", "NOK asked about imaging; explained ", "Spoke again; family reviewing "),
             ("modality", rng.choice(["CTA", "CT", "ultrasound"])), " of ", ("anatomy", rng.choice(["abdominal aorta", "right kidney", "pulmonary trunk"])), ".")
    d.ln(G.finding(rng))
    d.ln(pick(rng, "Authorization: ", "Outcome: "), pick(rng, "obtained (recorded line)", "declined", "pending family meeting"),
         " ", ("DATE_TIME", G.fdate(rng, G.date(rng))))
    d.w("Coordinator: ")
    sig(d, rng, coord, cred=rng.choice(["RN", "BSN, RN"]), when=False)
    return d, "CT"


def intl_itinerary(rng):
    d = Doc()
    pt, esc = G.Person(rng), G.Person(rng)
    header(d, rng, pick(rng, "International Patient Services - Itinerary", "Global Patient Office: Visit Schedule", "INTL PATIENT ITINERARY"))
    fields(d, rng, [
        (("Guest", "Patient"), [("PERSON", pt.name(rng.choice(["FULLUP", "full", "lastfirst"])))]),
        (("Passport DOB", "DOB"), [("DATE_TIME", G.fdate(rng, G.dob(rng), rng.choice(["dMonthY", "dmY", "dMonY"])))]),
        (("MRN", "Intl MRN"), [("MRN", G.mrn(rng))]),
        (("Guarantor acct", "Deposit acct"), [("ACCOUNT_ID", G.account(rng))]),
        (("Companion", "Accompanied by"), [("PERSON", esc.name("full"))]),
        (("WhatsApp", "Mobile"), [("PHONE", G.phone(rng))]),
        (("Email",), [("EMAIL", G.email(rng, pt))]),
        (("Hotel",), [pick(rng, "Hotel ", "Residence Inn - "), G.address_items(rng)]),
    ])
    d.ln()
    d.ln(("section_header", pick(rng, "SCHEDULE", "Day-by-day")))
    dd, dfmt, tfmt = G.date(rng), rng.choice(["dMonY", "MondY", "Monthd", "dMonthY", "mdy"]), rng.choice(["ampm", "hm", "hours"])
    for _ in range(rng.randrange(3, 6)):
        dd = G.near(rng, dd, 0, 2)
        d.ln(("DATE_TIME", G.fdate(rng, dd, dfmt)), "  ", ("DATE_TIME", G.ftime(rng, tfmt)), "  ",
             pick(rng, "", "Arrival / ", "Imaging: "), ("modality", rng.choice(P.MODALITIES)), " ",
             pick(rng, "- ", "with Dr. "), ("PERSON", G.Person(rng).name("last")))
    d.ln("Interpreter: ", pick(rng, "Arabic", "Mandarin", "Russian", "Portuguese", "Vietnamese"), ", ",
         ("PERSON", G.Person(rng).name("full")))
    d.ln("Outside images from ", ("FACILITY", G.facility(rng)), " uploaded: ", ("URL", G.url(rng)))
    d.ln(G.finding(rng))
    return d, "CT"


def shelter_clinic(rng):
    d = Doc()
    pt = G.Person(rng)
    d.ln(pick(rng, "Shelter Health Clinic - Visit Record", "Street Medicine / Shelter Clinic Note", "MOBILE CLINIC @ SHELTER"))
    d.ln("Site: ", ("FACILITY", pick(rng, "Harbor Light Shelter", "Open Door Mission", "Second Chance Center", "St. Vincent Day Room")),
         ", ", G.address_items(rng))
    d.ln("Pt: ", ("PERSON", pt.name()), pick(rng, "  aka ", " (goes by) "), ("PERSON", G.Person(rng).name("first")))
    d.ln("DOB ", ("DATE_TIME", G.fdate(rng, G.dob(rng))), pick(rng, " (per pt)", " (unverified)", ""), "  Clinic ID ", ("MRN", G.mrn(rng)))
    if rng.random() < .6:
        d.ln("Medicaid #: ", ("HEALTH_PLAN_ID", G.plan_id(rng)))
    else:
        d.ln("Insurance: none; SSN given ", ("SSN", G.ssn(rng)), " for enrollment")
    d.ln("Contact: ", pick(rng, "case mgr ", "outreach worker "), ("PERSON", G.Person(rng).name("full")), " ", ("PHONE", G.phone(rng)),
         pick(rng, "; no phone of own", "; pt cell prepaid"))
    d.ln("Visit ", ("DATE_TIME", G.fdate(rng, G.date(rng))), " ", ("DATE_TIME", G.ftime(rng)))
    d.ln()
    d.ln(("section_header", "S/O"), ": c/o ", pick(rng, "cough x3 wks", "foot pain", "fall on ice", "wrist swelling"), ". ",
         age_phrase(rng), pick(rng, " M", " F", " male", " female"), ".")
    d.ln(("section_header", "A/P"), ": r/o ", ("eponym", rng.choice(["Colles fracture", "Monteggia fracture", "Morton neuroma", "Segond fracture"])),
         "; sent for ", ("modality", "X-ray"), " to ", ("FACILITY", G.facility(rng)), ", voucher ", ("ACCOUNT_ID", G.account(rng)), ".")
    d.ln(G.finding(rng))
    sig(d, rng, cred=rng.choice(["NP", "MD", "PA-C"]))
    return d, "XR"


def helpdesk_chat(rng):
    d = Doc()
    agent, user = G.Person(rng), G.Person(rng)
    tkt = f"INC{G.digits(rng, 7)}"
    d.ln(pick(rng, "Radiology IT Help Desk - chat transcript ", "RIS/PACS Support Chat ", "[HelpDesk Live Chat] "), tkt)
    d.ln("Started ", ("DATE_TIME", G.fdate(rng, G.date(rng), rng.choice(["iso", "mdY"]))), " ", ("DATE_TIME", G.ftime(rng, "hms")))
    a_tag = agent.name(rng.choice(["first", "full"]))
    u_tag = user.name(rng.choice(["full", "lastfirst"]))
    n = rng.randrange(4, 8)
    turns = [
        ["can't open study for pt ", ("PERSON", G.Person(rng).name("LASTFIRST")), " acc ", ("ACCESSION", G.accession(rng))],
        ["which workstation? need the IP or asset tag"],
        ["reading room 3, ", ("IP_ADDRESS", G.ip(rng)), ", tag ", ("DEVICE_SERIAL", G.serial(rng))],
        ["try this link ", ("URL", G.url(rng))],
        ["says MRN ", ("MRN", G.mrn(rng)), " merged with another record??"],
        ["escalating to PACS admin ", ("PERSON", G.Person(rng).name("full")), " - ", ("EMAIL", G.email(rng))],
        ["ok my callback ", ("PHONE", G.phone(rng)), " thx"],
        ["the ", ("sequence", rng.choice(P.SEQUENCES)), " series is missing, only localizers"],
    ]
    tfmt = rng.choice(["hm", "hms", "ampm"])
    order = [0] + rng.sample(range(1, len(turns)), n - 1) if rng.random() < .5 else list(range(n))
    for i, (h, m, s) in zip(range(n), G.clock(rng, n, (0, 3))):
        who = ("PERSON", a_tag) if i % 2 else ("PERSON", u_tag)
        d.ln("[", ("DATE_TIME", G.fclock(h, m, s, tfmt)), "] ", who, ": ", turns[order[i]])
    d.ln("Chat ended. Ticket ", tkt, pick(rng, " resolved", " escalated to tier 2", " pending vendor"))
    return d, "CT"
