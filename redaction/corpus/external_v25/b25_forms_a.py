"""Structured styles, part A: research volunteer registries, lost-film searches, teaching-file submissions,
holiday coverage rosters, residency interview schedules."""

from __future__ import annotations

import b25_clinical as C
import b25_pools as PL
from b25_common import ds, fac_with_tail, pick, table, ts
from b25_doc import Doc


def volunteer_registry(rng) -> Doc:
    d = Doc()
    d.modality = "MR"
    fmt = rng.choice(["pipe", "csv", "fixed", "md", "records"])
    study = rng.choice(["HEALTHY-BRAIN-7T", "KNEE-CART-2", "FETAL-NORMS", "AGING-CORTEX"])
    d.line(pick(rng, "MRI Research Volunteer Registry", "Volunteer registry export", "REGISTRY EXTRACT"), " - ", study)
    d.line("Exported ", ds(rng, None, rng.choice(["iso", "us", "compact"])), " ", ts(rng, rng.choice(["24", "sec"])),
           pick(rng, " by ", " user "), (PL.Person(rng, staff=True).initial_last(), "PERSON"))
    if rng.random() < 0.5:
        d.line("Source host ", (PL.ip(rng), "IP_ADDRESS"))
    n = rng.randint(2, 5)
    people = PL.distinct_people(rng, n)
    rows = []
    for p in people:
        old = rng.random() < 0.2
        born = PL.dob(rng, old=old)
        years = 2025 - born.year
        age = C.age_old(rng, years) if years > 89 else [(f"{years}" + pick(rng, "", "y", " yrs"), "age_under_90")]
        implant = (PL.serial(rng), "DEVICE_SERIAL") if rng.random() < 0.4 else "none"
        rows.append([(pick(rng, p.last_first(), p.plain(), p.upper()), "PERSON"), ds(rng, born, "iso"), age,
                     (PL.phone(rng), "PHONE"), (PL.email(rng, p), "EMAIL"), (rng.choice(PL.CITIES), "CITY"),
                     [implant], ds(rng, None, "us")])
    header = ["Name", "DOB", "Age", "Phone", "Email", "City", "Implant SN", "Last scan"]
    if fmt == "records":
        for r in rows:
            d.blank()
            for h, c in zip(header, r):
                d.line(h + ": ", *(c if isinstance(c, list) else [c]))
    else:
        table(d, header, rows, fmt)
    d.blank()
    d.line("Screening notes: ", pick(rng, "exclude ", "flag "), "any ", (rng.choice(C.SEQUENCES), "sequence"),
           " artifact; incidental ", (rng.choice(["Tarlov cyst", "Rathke cleft cyst", "Chiari I malformation"]), "eponym"),
           " findings go to the PI.")
    if rng.random() < 0.5:
        d.line("PI: Dr. ", (PL.Person(rng, staff=True).plain(), "PERSON"), ", ", ("PhD", "credential"))
    return d


def lost_film_search(rng) -> Doc:
    d = Doc()
    d.modality = rng.choice(["XR", "MG", "CT"])
    pt = PL.Person(rng)
    req, clerk = PL.distinct_people(rng, 2, staff=True)
    colon = rng.choice([": ", " - ", ":\t", " .... "])
    def f(label, *parts):
        d.line(label + colon, *parts)
    d.line(pick(rng, "FILM LIBRARY SEARCH REQUEST", "Lost Film / Outside Study Search", "Search ticket"),
           " #", (PL.account(rng), "ACCOUNT_ID"))
    f(pick(rng, "Date opened", "Opened", "Received"), ds(rng), " ", ts(rng))
    f(pick(rng, "Requested by", "Requestor"), (req.full(), "PERSON"), ", ", C.cred(rng))
    f(pick(rng, "Patient", "Pt name", "PATIENT"), (pick(rng, pt.upper(), pt.last_first(), pt.dicom()), "PERSON"))
    if rng.random() < 0.7:
        f("DOB", ds(rng, PL.dob(rng)))
    f(pick(rng, "MRN", "Med rec no", "Unit #"), (PL.mrn(rng), "MRN"))
    part = {"XR": ["distal radius", "femoral neck", "scaphoid", "sacroiliac joints", "mediastinum"],
            "MG": ["left axilla", "upper outer quadrant", "retroareolar region"],
            "CT": ["pancreatic head", "left adrenal gland", "mediastinum", "abdominal aorta"]}[d.modality]
    f(pick(rng, "Exam", "Study"), C.modality(rng, d.modality), " ", (rng.choice(part), "anatomy"), " from ",
      (str(rng.randint(1994, 2012)), "year"))
    if rng.random() < 0.6:
        f("Original accession", (PL.accession(rng), "ACCESSION"))
    if rng.random() < 0.4:
        f("Age at exam", *[C.age_old(rng, PL.old_age(rng)) if rng.random() < 0.5 else [C.age_young(rng)]][0])
    f("Reason", pick(rng, "comparison for ", "legal request re ", "surgeon wants "), *C.finding(rng))
    d.line(pick(rng, "Locations searched:", "SEARCHED:", "Where we looked:"))
    for _ in range(rng.randint(1, 3)):
        d.line(pick(rng, "  - ", "  * ", "  "), *fac_with_tail(rng), " (", pick(rng, "jacket room", "off-site storage",
               "Iron vault", "archive"), ", ", ds(rng, None, "md"), ")")
    if rng.random() < 0.5:
        d.line("  - offsite vendor box at ", (PL.street(rng), "STREET_ADDRESS"), ", ", (rng.choice(PL.CITIES), "CITY"))
    if rng.random() < 0.5:
        f(pick(rng, "Outcome", "Status"), pick(rng, "FOUND - digitised to ", "Partial; uploaded to "), (PL.url(rng, "film"), "URL"))
    else:
        f(pick(rng, "Outcome", "Status"), pick(rng, "NOT FOUND; notified ", "Pending; emailed "), (PL.email(rng, req), "EMAIL"))
    f(pick(rng, "Clerk", "Handled by"), (clerk.initial_last(), "PERSON"), " ext. via ", (PL.phone(rng), "PHONE"))
    return d


def teaching_file_form(rng) -> Doc:
    d = Doc()
    d.modality = rng.choice(["CT", "MR", "US", "XR", "MG"])
    res, att = PL.distinct_people(rng, 2, staff=True)
    ep = rng.choice(C.EPONYMS)
    d.line(pick(rng, "TEACHING FILE SUBMISSION", "Teaching Case Submission Form", "Case submission (MIRC)"))
    d.line(pick(rng, "Submitter: ", "Resident: ", "Submitted by "), (res.full(), "PERSON"), ", PGY-", str(rng.randint(2, 5)),
           pick(rng, "\n", "  |  ", "; "), "Attending: ", (att.plain(), "PERSON"), ", ", C.cred(rng))
    d.line("Date submitted: ", ds(rng))
    if rng.random() < 0.5:
        d.line("Title: ", (ep, "eponym"), pick(rng, " - classic appearance", " mimicking tumor", " (pitfall)"))
    else:
        d.line("Title: ", (ep, "eponym"), " on ", C.modality(rng, d.modality))
    d.line("Patient age/sex: ", *(C.age_old(rng, PL.old_age(rng)) if rng.random() < 0.3 else [C.age_young(rng, 2, 88)]),
           " ", rng.choice(["M", "F"]))
    d.line(pick(rng, "Source accession (removed before publishing): ", "Accession: ", "Orig. Acc#: "),
           (PL.accession(rng), "ACCESSION"))
    if rng.random() < 0.6:
        pt = PL.Person(rng)
        d.line(pick(rng, "Source MRN: ", "Pt MRN/name for retrieval: "), (PL.mrn(rng), "MRN"), " / ", (pt.upper(), "PERSON"))
    if rng.random() < 0.5:
        d.line("Exam date: ", ds(rng), "   Site: ", (PL.facility(rng), "FACILITY"))
    d.line("Key images: ", pick(rng, "series 4 img 93", "se 2 im 47-52", "cine clip 3"))
    d.line(("FINDINGS", "section_header"), ": ", *C.findings(rng, rng.randint(1, 3)))
    if d.modality == "MR":
        d.line("Sequences: ", (rng.choice(C.SEQUENCES), "sequence"), ", ", (rng.choice(C.SEQUENCES[:5]), "sequence"))
    d.line(("DIAGNOSIS", "section_header"), ": ", (ep, "eponym"))
    d.line("Anonymization checklist: burned-in text ", pick(rng, "[x]", "[ ]", "yes", "NO - fix"), "; PACS link ",
           (PL.url(rng, "teach"), "URL"))
    if rng.random() < 0.5:
        d.line("Export workstation ", (PL.ip(rng), "IP_ADDRESS"), " at ", ts(rng))
    return d


def holiday_roster(rng) -> Doc:
    d = Doc()
    d.modality = rng.choice(["CT", "MR", "US", "XR"])
    fac = PL.facility(rng)
    year = rng.randint(2024, 2026)
    holidays = rng.sample(["Thanksgiving", "Christmas Eve", "Christmas Day", "New Year's Day", "July 4th",
                           "Labor Day", "Memorial Day"], rng.randint(2, 5))
    staff = PL.distinct_people(rng, len(holidays) * 2 + 1, staff=True)
    d.line(pick(rng, "Holiday Coverage Roster ", "HOLIDAY CALL SCHEDULE ", "Radiology holiday coverage - "),
           (str(year), "year"), pick(rng, "", " (FINAL)", " v3"))
    d.add(*fac_with_tail(rng, fac))
    d.line()
    if rng.random() < 0.5:
        d.line("Updated ", ds(rng, None, "long"), " by ", (staff[-1].plain(), "PERSON"))
    fmt = rng.choice(["pipe", "fixed", "md", "tsv", "list"])
    rows = []
    fixed = {"Christmas Eve": (12, 24), "Christmas Day": (12, 25), "New Year's Day": (1, 1), "July 4th": (7, 4),
             "Thanksgiving": (11, 20 + rng.randint(2, 8)), "Labor Day": (9, rng.randint(1, 7)),
             "Memorial Day": (5, rng.randint(25, 31))}
    for i, h in enumerate(holidays):
        a, b = staff[2 * i], staff[2 * i + 1]
        when = PL._dt.date(year, *fixed[h])
        rows.append([h, ds(rng, when, rng.choice(["md", "us", "dmon"])),
                     [(pick(rng, a.plain(), a.last, a.initial_last()), "PERSON")],
                     [(b.last_first(), "PERSON")], C.modality(rng, d.modality), (PL.phone(rng), "PHONE")])
    header = ["Holiday", "Date", "Attending", "Resident/backup", "Modality", "Cell"]
    if fmt == "list":
        for r in rows:
            d.line("* ", r[0], " (", r[1], "): ", *r[2], " / ", *r[3], " - ", r[4], ", ", r[5])
    else:
        table(d, header, rows, fmt)
    d.blank()
    if rng.random() < 0.6:
        d.line("Swaps must be e-mailed to ", (PL.email(rng), "EMAIL"), " before ", ds(rng, None, "long"), ".")
    if rng.random() < 0.5:
        d.line("Reminder: ", (rng.choice(["STIR", "DWI", "TOF MRA"]), "sequence"),
               " protocol changes take effect ", ds(rng, None, "md"), "; stroke cases with ",
               ("ASPECTS 9", "score"), " still page neuro.")
    d.line("Approved: ", (staff[0].full(), "PERSON"), ", ", ("MD", "credential"), ", Section Chief")
    return d


def interview_schedule(rng) -> Doc:
    d = Doc()
    d.modality = rng.choice(["CT", "MR", "XR"])
    app = PL.Person(rng)
    ints = PL.distinct_people(rng, rng.randint(2, 4), staff=True)
    day = PL.date(rng, 2025, 2026)
    d.line(pick(rng, "Diagnostic Radiology Residency - Interview Day", "INTERVIEW ITINERARY", "Applicant schedule"))
    d.line(pick(rng, "Applicant: ", "Candidate: ", "Name: "), (pick(rng, app.full(), app.last_first(), app.plain()), "PERSON"),
           pick(rng, "", "  (ERAS)", " - virtual"))
    d.line(pick(rng, "Date: ", "Interview date: "), ds(rng, day, rng.choice(["long", "us", "iso", "dmy"])))
    if rng.random() < 0.6:
        d.line("Applicant contact: ", (PL.email(rng, app), "EMAIL"), ", ", (PL.phone(rng), "PHONE"))
    d.line("Virtual room: ", (PL.url(rng, "meet"), "URL"))
    d.blank()
    for p in ints:
        d.line(ts(rng, rng.choice(["24", "ampm"])), pick(rng, " - ", "  ", " | "), (pick(rng, p.plain(), p.full()), "PERSON"), ", ",
               C.cred(rng), pick(rng, " (program director)", " (chief resident)", " (neuro faculty)", ""))
    d.line(ts(rng, "ampm"), " - read-out with ", (rng.choice(["CT", "MRI", "radiograph"]), "modality"), " cases")
    d.blank()
    d.line("Mock case: ", *(C.age_old(rng, PL.old_age(rng)) if rng.random() < 0.4 else [C.age_young(rng)]),
           " with ", *C.finding(rng))
    if rng.random() < 0.5:
        d.line("Dinner with residents at ", (PL.street(rng), "STREET_ADDRESS"), ", ", (rng.choice(PL.CITIES), "CITY"),
               " ", (PL.zip_code(rng), "ZIP"), " at ", ts(rng, "ampm"))
    d.line("Coordinator: ", (PL.Person(rng, staff=True).initial_last(), "PERSON"), ", ", (PL.phone(rng), "PHONE"))
    return d
