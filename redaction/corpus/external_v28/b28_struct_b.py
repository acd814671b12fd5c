"""Structured genres, part B: RADPEER forms, QI meeting minutes, equipment recall notices,
nursing-home mobile X-ray run sheets, rural tele-ultrasound chat queues."""

from __future__ import annotations

import random

from b28_doc import Doc
from b28_kit import K, P, addr, age, city, dob, dte, fac, last, nm, tm
from b28_pools import Person, host


def radpeer_form(r: random.Random):
    d, rev, orig, pt = Doc(), Person(r), Person(r), Person(r)
    d.w("PEER REVIEW - CONFIDENTIAL (state QI privilege)\n")
    d.line("Case acc#: ", P("ACCESSION", r), "    Exam: ", K("modality", r), " ", dte(r, False))
    d.line("Patient: ", nm(pt, True), "    MRN: ", P("MRN", r))
    d.line("Original reader: ", nm(orig, True), ", ", ("MD", "credential"), "    Reviewer: ", nm(rev, True))
    d.line("Score: ", (r.choice(["RADPEER 1", "RADPEER 2a", "RADPEER 2b", "RADPEER 3b"]), "score"))
    d.line("Discrepancy: missed ", K("measurement", r), " ", r.choice(["nodule", "fracture line", "lesion"]),
           " in ", K("anatomy", r), "; ", K("eponym", r), " correctly called.")
    d.line("Original ", K("section_header", r), ": \"", r.choice(["no acute", "unremarkable", "stable"]), "\"")
    d.line("Reviewed ", dte(r), " ", tm(r), " at ", fac(r))
    d.line("Notified: ", (orig.last.upper(), "PERSON"), " via ", (orig.email(), "EMAIL"))
    return d, r.choice(["CT", "XR"])


def qi_minutes(r: random.Random):
    d, chair = Doc(), Person(r)
    attendees = [Person(r) for _ in range(r.randint(3, 5))]
    d.w("Radiology Quality Committee - minutes ", dte(r, False), "\n")
    d.w("Present: ")
    for i, a in enumerate(attendees):
        d.w("; " if i else "", nm(a, True), " ", (r.choice(["MD", "RT(R)", "RN", "PA-C"]), "credential"))
    d.w("\nChair: ", nm(chair, True), " (", K("credential", r), ")\n\n")
    d.line("Item 1 - Contrast extravasation ", dte(r), ": pt ", nm(Person(r), True), " (", P("MRN", r), "), ",
           *age(r, 0.5), ", at ", fac(r), ". Action: ", (attendees[0].first, "PERSON"), " to revise IV policy.")
    d.line("Item 2 - Wrong-side marker on ", K("modality", r), " ", K("anatomy", r), " ", dte(r),
           "; acc ", P("ACCESSION", r), ". Tech ", (attendees[-1].nick(), "PERSON"), " re-educated.")
    d.line("Item 3 - Turnaround: ", K("score", r), " callbacks avg ", str(r.randint(2, 9)), " days.")
    d.line("Item 4 - Complaint from family of ", last(Person(r)), " re: wait time; see letter ", dte(r), ".")
    d.line("Next meeting ", dte(r), " ", tm(r), " room 2B. Minutes: ", (chair.email(), "EMAIL"))
    return d, "CT"


def recall_notice(r: random.Random):
    d, mgr = Doc(), Person(r)
    item = r.choice(["power injector syringe kit", "MR-conditional infusion pump", "ultrasound probe cover",
                     "DR detector battery", "patient table pad"])
    d.w("URGENT FIELD SAFETY NOTICE - ", item, "\n")
    d.line("To: Imaging Director, ", fac(r), ", ", *addr(r))
    d.line("Date: ", dte(r, False), "    Ref FSN-", str(r.randint(2023, 2026)), "-", str(r.randint(10, 99)))
    d.line("Affected serial numbers at your site:")
    for _ in range(r.randint(2, 4)):
        d.line("  - ", P("DEVICE_SERIAL", r), "  installed ", dte(r), "  location ",
               r.choice(["CT1", "MRI 2", "IR suite", "ED XR"]))
    d.line("Known event: ", r.choice(["a patient", "one patient"]), " (", *age(r, 0.5), ") ",
           r.choice(["received a minor burn", "had a delayed scan"]), "; no link to ", K("sequence", r), " use.")
    d.line("Acknowledge at ", (f"https://{host(r)}/fsn/{r.randint(1000, 9999)}", "URL"), " by ", dte(r))
    d.line("Site contact: ", nm(mgr, True), "  ", P("PHONE", r), "  ", (mgr.email(), "EMAIL"))
    return d, r.choice(["CT", "MR", "US"])


def mobile_xray_run(r: random.Random):
    d, tech = Doc(), Person(r)
    home = fac(r)
    d.w("PORTABLE X-RAY RUN SHEET  ", dte(r, False), "  Tech: ", nm(tech), " ", ("RT(R)", "credential"),
        "  Van ", P("DEVICE_SERIAL", r), "\n")
    d.line("Stop: ", home, "  ", *addr(r))
    d.line("Rm | Resident | DOB | Age | Exam | Ordered by | Done")
    for _ in range(r.randint(3, 5)):
        p, o = Person(r), Person(r)
        d.line(str(r.randint(100, 240)), r.choice(["A", "B", ""]), " | ", nm(p, True), " | ", dob(r), " | ",
               *age(r, 0.55), " | ", r.choice(["CXR 2v", "L hip", "R wrist", "KUB", "CXR port"]), " | ",
               last(o), r.choice([" NP", " MD", ""]), " | ", tm(r))
    d.line("Notes: ", r.choice(["Rm 112 pt combative, hip done 1 view", "charge RN ", "no ID band on 2 pts"]),
           " call ", P("PHONE", r))
    d.line("Images pushed to ", P("IP_ADDRESS", r), " at ", tm(r))
    return d, "XR"


def tele_us_queue(r: random.Random):
    d, sono, rad = Doc(), Person(r), Person(r)
    d.w("#tele-us-", r.choice(["north", "rural", "clinic3"]), "  (", fac(r), ")\n")
    pt = Person(r)
    d.line("[", tm(r), "] ", (sono.handle(), "PERSON"), ": new pt on the table - ", nm(pt), ", ", *age(r, 0.45),
           ", RUQ pain, mrn ", P("MRN", r))
    d.line("[", tm(r), "] ", (sono.handle(), "PERSON"), ": probe ", P("DEVICE_SERIAL", r), " streaming from ",
           P("IP_ADDRESS", r))
    d.line("[", tm(r), "] ", (rad.handle(), "PERSON"), ": got it. sweep the ", K("anatomy", r),
           " again pls, gb wall looks ", K("measurement", r))
    d.line("[", tm(r), "] ", (sono.handle(), "PERSON"), ": her husband ", nm(Person(r)),
           " asks if she can drive back to ", city(r), " tonight")
    d.line("[", tm(r), "] ", (rad.handle(), "PERSON"), ": fine. prelim in ",
           (f"https://{host(r)}/study/{r.randint(10**6, 10**7 - 1)}", "URL"), " , ", K("score", r) if r.random() < .3
           else "no stones", "; f/u ", K("modality", r), " ", dte(r))
    d.line("[", tm(r), "] ", (sono.handle(), "PERSON"), ": thx ", (rad.first, "PERSON"), "! booking f/u ", dte(r),
           " acc ", P("ACCESSION", r))
    return d, "US"
