"""blind19 styles, part A."""

from __future__ import annotations

import b19_gen as G
import b19_pools as P
from b19_doc import Doc
from b19_lay import age_items, age_phrase, fields, header, phone_items, pick, sig


def voicemail_transcript(rng):
    d = Doc()
    box = pick(rng, "Radiology Scheduling VM", "MRI front desk voicemail", "Breast Center Mailbox 4", "IR nurse line VM")
    n = rng.randrange(2, 5)
    if rng.random() < .5:
        d.ln("VOICEMAIL TRANSCRIPTS - ", box)
    else:
        d.ln(box, " / auto-transcribed (may contain errors)")
    for i in range(n):
        caller = G.Person(rng)
        dd = G.date(rng)
        d.ln()
        if rng.random() < .5:
            d.ln("Msg ", str(i + 1), " | ", ("DATE_TIME", G.fdate(rng, dd)), " ", ("DATE_TIME", G.ftime(rng)),
                 " | from ", phone_items(rng), " | ", str(rng.randrange(9, 140)), " sec")
        else:
            d.ln("[", ("DATE_TIME", G.fdate(rng, dd, "iso")), "T", ("DATE_TIME", G.ftime(rng, "hms")), "] caller ID: ",
                 ("PHONE", G.phone(rng)))
        pt = G.Person(rng)
        who = rng.randrange(3)
        greet = pick(rng, "hi um this is ", "Hello, my name is ", "yeah hi it's ", "good morning this is ")
        if who == 0:
            d.w('"', greet, ("PERSON", caller.name("full")), " calling about my ", pick(rng, "mom", "father", "husband", "wife"),
                " ", ("PERSON", pt.name(rng.choice(["full", "first"]))), ", date of birth ",
                ("DATE_TIME", G.fdate(rng, G.dob(rng), rng.choice(["MonthdY", "mdY0", "mdy"]))), ", ")
        else:
            d.w('"', greet, ("PERSON", caller.name(rng.choice(["full", "full", "first"]))), ", birthday ",
                ("DATE_TIME", G.fdate(rng, G.dob(rng), rng.choice(["MonthdY", "mdY0", "md"]))), ", ")
        d.w(pick(rng, "I need to reschedule the ", "I got a letter about my ", "calling to confirm the ", "question about the "),
            ("modality", rng.choice(P.MODALITIES)), " ")
        if rng.random() < .5:
            d.w("on ", ("DATE_TIME", G.fdate(rng, G.date(rng), rng.choice(["Monthd", "MonDot", "md"]))), " at ",
                ("DATE_TIME", G.ftime(rng, rng.choice(["ampm", "pm_dots", "ampm_lc"]))), " ")
        d.w(pick(rng, "please call me back at ", "my callback is ", "you can reach me at ", "best number "),
            ("PHONE", G.phone(rng)))
        if rng.random() < .4:
            d.w(" or my cell ", ("PHONE", G.phone(rng)))
        if rng.random() < .4:
            d.w(", my MRN is ", ("MRN", G.mrn(rng)))
        d.ln(' thank you bye."')
        if rng.random() < .6:
            d.ln("  -> returned by ", ("PERSON", G.Person(rng).name("init")), " ", ("DATE_TIME", G.fdate(rng, dd, "md")),
                 " ", ("DATE_TIME", G.ftime(rng)), pick(rng, " LVM", " spoke w/ pt", " no answer", " rescheduled"))
    return d, "XR"


def proxy_access(rng):
    d = Doc()
    fac = header(d, rng, pick(rng, "Patient Portal Proxy Access Request", "MyChart Proxy Access Form",
                              "Request for Shared Access to Imaging Results"))
    pt, px = G.Person(rng), G.Person(rng)
    minor = rng.random() < .35
    dobv = G.dob(rng, young=minor, old=(not minor and rng.random() < .3))
    d.ln()
    d.ln(("section_header", pick(rng, "SECTION 1: PATIENT", "Patient Information", "PART A - PATIENT")))
    rows = [(("Patient name", "Name (Last, First)", "Patient"), [("PERSON", pt.name(rng.choice(["lastfirst", "LASTFIRST", "full"])))]),
            (("DOB", "Date of birth", "Birthdate"), [("DATE_TIME", G.fdate(rng, dobv))]),
            (("MRN", "Medical record #", "Hospital No."), [("MRN", G.mrn(rng))]),
            (("Address", "Home address"), G.address_items(rng))]
    if dobv.year < 1937:
        rows.append((("Age", "Current age"), [("AGE_OVER_89", str(G.age_at(dobv, G.date(rng, 2027, 2028))))]))
    fields(d, rng, rows)
    d.ln()
    d.ln(("section_header", pick(rng, "SECTION 2: PROXY", "Proxy (person requesting access)", "PART B - REQUESTER")))
    fields(d, rng, [
        (("Name", "Proxy name", "Requester"), [("PERSON", px.name("full"))]),
        (("Relationship", "Relation to patient"), [pick(rng, "mother", "son", "daughter", "spouse", "legal guardian", "POA", "niece")]),
        (("Phone", "Daytime phone", "Tel"), phone_items(rng)),
        (("E-mail", "Email", "email address"), [("EMAIL", G.email(rng, px))]),
        (("Last 4 SSN", "SSN", "Social Security #"), [("SSN", G.ssn(rng))]),
    ])
    d.ln()
    d.ln(pick(rng, "Access requested: ", "Level: "), pick(rng, "full proxy incl. imaging results", "results only (no messaging)",
                                                             "adolescent confidential - limited"))
    sub = G.date(rng, 2026, 2027)
    if minor:
        d.ln("Note: patient is a minor (", ("age_under_90", str(G.age_at(dobv, sub))), pick(rng, " yo", "-year-old", " y/o"),
             "); parent/guardian proxy", pick(rng, " ends at age 12", ", adolescent review required", ""), ".")
    d.ln("Submitted via ", ("URL", G.url(rng)), " on ", ("DATE_TIME", G.fdate(rng, sub)))
    d.ln("Reviewed by HIM: ", ("PERSON", G.Person(rng).name(rng.choice(["init", "full"]))), " - ",
         pick(rng, "approved", "pending ID verification", "denied - no guardianship docs", "approved, 1 yr expiry"))
    return d, "XR"


def mri_safety_debrief(rng):
    d = Doc()
    fac = header(d, rng, pick(rng, "MRI Safety Officer Incident Debrief", "MR Safety Event - Debrief Notes",
                              "Zone IV Incident Review"))
    pt, tech, mrso = G.Person(rng), G.Person(rng), G.Person(rng)
    dd = G.date(rng)
    fields(d, rng, [
        (("Event date", "Date of event", "When"), [("DATE_TIME", G.fdate(rng, dd)), " ", ("DATE_TIME", G.ftime(rng))]),
        (("Scanner", "Magnet", "Unit"), [pick(rng, "3T ", "1.5T ", "Magnet 2 (3T) "), "s/n ", ("DEVICE_SERIAL", G.serial(rng))]),
        (("Patient", "Pt"), [("PERSON", pt.name()), " MRN ", ("MRN", G.mrn(rng))]),
        (("Accession", "Acc #"), [("ACCESSION", G.accession(rng))]),
        (("Tech", "Technologist on duty"), [("PERSON", tech.name(rng.choice(["full", "init"]))), ", ", ("credential", "RT(R)(MR)")]),
    ])
    d.ln()
    d.ln(("section_header", pick(rng, "WHAT HAPPENED", "Narrative", "Sequence of events")))
    ev = rng.randrange(3)
    if ev == 0:
        d.ln("During ", ("sequence", rng.choice(P.SEQUENCES)), " pt reported heating at the ", ("anatomy", rng.choice(P.ANATOMY)),
             ". Scan stopped at ", ("DATE_TIME", G.ftime(rng, "hm")), ". No burn on inspection by ", ("PERSON", G.Person(rng).name("init")), ".")
    elif ev == 1:
        d.ln("Visitor (", ("PERSON", G.Person(rng).name("full")), ", pt's ", pick(rng, "brother", "aunt", "son"),
             ") entered Zone IV with an O2 cylinder. Projectile stopped by the table, no injury.")
    else:
        d.ln("Unscreened implant: pt had stimulator (serial ", ("DEVICE_SERIAL", G.serial(rng)),
             ") not on the screening form; found on scout. Card later faxed from ", ("FACILITY", G.facility(rng)), ".")
    d.ln(G.finding(rng))
    d.ln(("section_header", pick(rng, "ACTIONS", "Follow-up items", "Corrective actions")))
    for _ in range(rng.randrange(1, 4)):
        d.ln(pick(rng, "- ", "* ", "o "), pick(rng, "Re-educate staff", "Update screening form", "Safety huddle", "Report to vendor"),
             " - owner ", ("PERSON", G.Person(rng).name(rng.choice(["last", "init", "full"]))), ", due ",
             ("DATE_TIME", G.fdate(rng, G.date(rng), rng.choice(["md", "MonDot", "mdy"]))))
    d.w("MRSO: ")
    sig(d, rng, mrso, cred=rng.choice(["MRSO", "PhD", "MD"]))
    return d, "MR"


def density_letter(rng):
    d = Doc()
    fac = G.facility(rng)
    pt = G.Person(rng)
    d.ln(("FACILITY", fac))
    d.ln(G.address_items(rng))
    d.ln("Phone ", ("PHONE", G.phone(rng)), pick(rng, "  |  Fax ", "   fax: "), ("PHONE", G.phone(rng)))
    d.ln()
    d.ln(("DATE_TIME", G.fdate(rng, G.date(rng), rng.choice(["MonthdY", "dMonthY", "mdY"]))))
    d.ln()
    d.ln(("PERSON", pt.name(rng.choice(["full", "fml", "FULLUP"]))))
    d.ln(("STREET_ADDRESS", G.street(rng)))
    c, st, z = G.place(rng)
    d.ln(("CITY", c), " ", st, "  ", ("ZIP", z))
    d.ln()
    if rng.random() < .5:
        d.ln("Patient ID: ", ("MRN", G.mrn(rng)), "   DOB: ", ("DATE_TIME", G.fdate(rng, G.dob(rng))))
    if rng.random() < .5:
        d.ln(pick(rng, "Dear Ms. ", "Dear Mx. ", "Dear Mrs. "), ("PERSON", pt.name("last")), ",")
    else:
        d.ln(pick(rng, "Dear ", "Dear Patient ", "Dear "), ("PERSON", pt.name(rng.choice(["full", "first"]))), ",")
    d.ln()
    d.w("Your recent ", ("modality", rng.choice(["mammogram", "tomosynthesis"])), " on ",
        ("DATE_TIME", G.fdate(rng, G.date(rng))), " was ")
    d.ln(("score", rng.choice(["BI-RADS 1", "BI-RADS 2", "BI-RADS 1 (negative)"])), ". ")
    d.ln("Your mammogram shows that your breast tissue is ", pick(rng, "heterogeneously dense", "extremely dense"),
         " (", ("score", rng.choice(["density category C", "density category D", "ACR C", "ACR D"])), "). Dense breast tissue is"
         " common and is not abnormal. However, dense tissue can make it harder to find cancer on a mammogram ...")
    if rng.random() < .5:
        d.ln("Supplemental ", ("modality", "MRI"), " or whole-breast ", ("modality", "ultrasound"), " may be considered; your"
             " lifetime risk estimate was ", ("measurement", f"{rng.randrange(8, 31)}%"), ".")
    d.ln("A report was sent to ", pick(rng, "your provider, Dr. ", "Dr. ", "your clinician "), ("PERSON", G.Person(rng).name("last")),
         ". Questions? Call ", ("PHONE", G.phone(rng)), " or write to ", ("EMAIL", G.email(rng)), ".")
    d.ln()
    d.w(pick(rng, "Sincerely,\n", "Regards,\n"))
    sig(d, rng, cred="MD", when=False)
    d.ln(pick(rng, "Breast Imaging Section", "Director, Women's Imaging"))
    if rng.random() < .5:
        d.ln("Letter ID ", ("ACCOUNT_ID", G.account(rng)), " / Acc ", ("ACCESSION", G.accession(rng)))
    return d, "MG"


def tirads_tracker(rng):
    d = Doc()
    d.ln(pick(rng, "Thyroid Nodule Clinic - tracking sheet", "TI-RADS FOLLOW-UP TRACKER (export)", "thyroid_fu_list.xlsx / Sheet1"))
    delim = rng.choice([" | ", "\t", ",", " ; "])
    cols = pick(rng, ["Pt", "MRN", "DOB", "Nodule", "Size", "TI-RADS", "Last US", "Next due", "Owner"],
                ["Name", "MRN", "Birthdate", "Loc", "Max dim", "TR", "US date", "Due", "RN"])
    d.ln(delim.join(cols))
    fmt = rng.choice(["mdY", "iso", "mdy", "dMonY", "mdY0"])
    for _ in range(rng.randrange(4, 8)):
        p = G.Person(rng)
        us = G.date(rng, 2024, 2026)
        due = G.near(rng, us, 170, 380)
        d.ln(("PERSON", p.name(rng.choice(["lastfirst", "LASTFIRSTNOMI", "caret"] if delim != "," else ["full", "init"]))), delim,
             ("MRN", G.mrn(rng)), delim, ("DATE_TIME", G.fdate(rng, G.dob(rng), fmt)), delim,
             ("anatomy", rng.choice(["right thyroid lobe", "left thyroid lobe", "thyroid isthmus"])), delim,
             ("measurement", G.size(rng).replace(",", "")), delim,
             ("score", rng.choice(["TR2", "TR3", "TR4", "TR5", "TI-RADS 3", "TI-RADS 4"])), delim,
             ("DATE_TIME", G.fdate(rng, us, fmt)), delim,
             ("DATE_TIME", G.fdate(rng, due, fmt)), delim,
             ("PERSON", G.Person(rng).name(rng.choice(["init", "last", "first"]))))
    d.ln()
    d.ln("Notes: ", pick(rng, "FNA booked for ", "called re bx - ", "pt w/ ", "hx "), ("eponym", "Hashimoto thyroiditis"),
         pick(rng, "; ", " - "), "contact ", ("PERSON", G.Person(rng).name("full")), " ", ("PHONE", G.phone(rng)))
    d.ln("Exported by ", ("EMAIL", G.email(rng, G.Person(rng))), " from ", ("IP_ADDRESS", G.ip(rng)), " ",
         ("DATE_TIME", G.fdate(rng, G.date(rng), "iso")), " ", ("DATE_TIME", G.ftime(rng, "hms")))
    return d, "US"


def incidental_followup(rng):
    d = Doc()
    fac = header(d, rng, pick(rng, "Incidental Finding Follow-Up Program", "Actionable Incidental Findings - Reminder",
                              "Radiology Follow-up Navigator"))
    pt, ref = G.Person(rng), G.Person(rng)
    d.ln(("DATE_TIME", G.fdate(rng, G.date(rng), rng.choice(["MonthdY", "MondY", "mdY"]))))
    d.ln()
    to_ref = rng.random() < .5
    if to_ref:
        d.ln("To: Dr. ", ("PERSON", ref.name(rng.choice(["full", "lastfirst"]))), pick(rng, ", ", " / "), ("FACILITY", G.facility(rng)))
        d.ln("Fax: ", ("PHONE", G.phone(rng)))
    else:
        d.ln(("PERSON", pt.name("full")))
        d.ln(G.address_items(rng, oneline=rng.random() < .5))
    d.ln("RE: ", ("PERSON", pt.name(rng.choice(["LASTFIRST", "lastfirst"]))), "  DOB ", ("DATE_TIME", G.fdate(rng, G.dob(rng))),
         "  MRN ", ("MRN", G.mrn(rng)))
    d.ln()
    d.w(pick(rng, "Our records show that the ", "The "), ("modality", rng.choice(["CT", "CTA", "MRI", "US"])), " performed ",
        ("DATE_TIME", G.fdate(rng, G.date(rng))), " (accession ", ("ACCESSION", G.accession(rng)), ") described an incidental ")
    what, where = rng.choice([("adrenal nodule", "left adrenal gland"), ("pulmonary nodule", "right upper lobe"),
                              ("pulmonary nodule", "lingula"), ("renal cyst", "right kidney"), ("pancreatic cyst", "pancreatic head"),
                              ("hepatic lesion", "liver segment 7"), ("thyroid nodule", "right thyroid lobe"),
                              ("aneurysm", "abdominal aorta")])
    d.ln(("measurement", G.size(rng)), " ", what, " in the ", ("anatomy", where), ".")
    d.ln(pick(rng, "Recommended follow-up: ", "Rec: "), ("modality", rng.choice(["CT", "MRI"])), " in ",
         pick(rng, "6 months", "12 months", "3-6 mo"), ". ", "No follow-up exam found as of ", ("DATE_TIME", G.fdate(rng, G.date(rng), "md")), ".")
    if rng.random() < .5:
        d.ln(G.finding(rng))
    d.ln("Please call the navigator line ", ("PHONE", G.phone(rng)), " or ", ("EMAIL", G.email(rng)), ".")
    d.ln("Attempt #", str(rng.randrange(1, 4)), " | tracking ID ", ("ACCOUNT_ID", G.account(rng)))
    sig(d, rng, cred=rng.choice(["RN", "BSN, RN", "NP"]), when=False)
    return d, "CT"


def ldct_sdm(rng):
    d = Doc()
    pt, clin = G.Person(rng), G.Person(rng)
    d.ln(pick(rng, "Shared Decision-Making Visit: Lung Cancer Screening", "LDCT SDM note", "SDM - LUNG SCREENING ELIGIBILITY"))
    fields(d, rng, [
        (("Patient", "Name"), [("PERSON", pt.name())]),
        (("DOB", "D.O.B."), [("DATE_TIME", G.fdate(rng, G.dob(rng)))]),
        (("MRN", "Chart #"), [("MRN", G.mrn(rng))]),
        (("Visit", "Visit date", "DOS"), [("DATE_TIME", G.fdate(rng, G.date(rng)))]),
        (("Insurance ID", "Member ID", "MBI"), [("HEALTH_PLAN_ID", G.plan_id(rng))]),
        (("Location", "Clinic"), [("FACILITY", G.facility(rng))]),
    ])
    d.ln()
    d.ln(("section_header", pick(rng, "HPI", "S:", "Subjective")))
    d.ln(age_phrase(rng, old=False), " ", pick(rng, "former", "current"), " smoker, ", str(rng.randrange(20, 80)),
         " pack-years, quit ", ("year", str(rng.randrange(2005, 2024))), ". ", pick(rng, "Brother", "Husband", "Daughter"), " ",
         ("PERSON", G.Person(rng).name("first")), " present for visit.")
    d.ln(("section_header", pick(rng, "DISCUSSION", "Counseling", "A/P")))
    d.ln("Reviewed benefits/harms of ", ("modality", "LDCT"), " incl. false positives, radiation, ", ("score", "Lung-RADS 3"),
         " work-up. Used decision aid ", ("URL", G.url(rng)), ".")
    d.ln(G.finding(rng))
    d.ln("Patient ", pick(rng, "elects to proceed", "declines for now", "wants to think about it"), "; order placed, acc ",
         ("ACCESSION", G.accession(rng)), ", ", ("DATE_TIME", G.fdate(rng, G.date(rng), "Monthd")), " @ ",
         ("DATE_TIME", G.ftime(rng, "ampm")))
    d.ln("Time spent: ", str(rng.randrange(8, 30)), " min")
    sig(d, rng, clin, cred=rng.choice(["MD", "DO", "NP", "PA-C"]))
    return d, "CT"
