"""Structured styles 11-15: transplant waitlist imaging tables, pharmacy contrast-allergy reconciliation, travel
reimbursement forms, disaster-drill logs, PACS image-deletion requests."""

from __future__ import annotations

from b24_builder import Doc
from b24_clinical import age_under, cred, exam, finding, header, nurse_cred, year
from b24_pools import (Person, account, accession, address_line, age_over, city_state, date, dob_for, email,
                       facility, intl_address, intl_phone, ip, mrn, phone, plan_id, serial, ssn, street, time, url, zipcode)


def waitlist_summary(rng):
    """Transplant waitlist imaging summary: one row per candidate, pipe or tab separated."""
    mod = rng.choice(["CT", "US"])
    d = Doc(mod)
    organ = rng.choice(["Liver", "Kidney", "Lung"])
    coord = Person(rng)
    sep = rng.choice([" | ", "\t", " ; "])
    d.ln(rng.choice(["{o} Transplant Waitlist - Imaging Currency Report", "WAITLIST IMAGING SUMMARY ({o})",
                     "{o} listing committee: imaging due", "Selection meeting {dt} - {o} candidates"])
         .replace("{o}", organ), dt=date(rng))
    d.ln(rng.choice(["Prepared by {c} on {dt}", "Run {dt} {tm} by {c}", "Coordinator: {c}"]), c=coord.any(rng),
         dt=date(rng), tm=time(rng))
    d.ln()
    cols = rng.choice([["Candidate", "MRN", "DOB", "Last study", "Date", "Result"],
                       ["Name", "MRN", "Age", "Exam", "Done", "Key finding"],
                       ["MRN", "Patient", "Study date", "Study", "Finding"]])
    d.ln(sep.join(cols))
    pool = {"Liver": "CT", "Kidney": "US", "Lung": "CT"}
    for _ in range(rng.randrange(3, 6)):
        p = Person(rng)
        cells = {"Candidate": p.any(rng, ("LF", "lf", "last", "LFn")), "Name": p.any(rng, ("LF", "full", "last")),
                 "Patient": p.any(rng, ("LF", "lf")), "MRN": mrn(rng), "DOB": date(rng, dob_for(rng, 55), "mdy"),
                 "Age": rng.choice([age_under(rng, 30, 75), age_under(rng, 30, 75), [("AGE_OVER_89", "91")]]),
                 "Last study": exam(rng, pool[organ]), "Exam": exam(rng, pool[organ]), "Study": exam(rng, pool[organ]),
                 "Date": date(rng, fmt="mdy"), "Done": date(rng, fmt="iso"), "Study date": date(rng, fmt="dmy_abbr"),
                 "Result": finding(rng, mod), "Key finding": finding(rng, mod), "Finding": finding(rng, mod)}
        for k, c in enumerate(cols):
            if k:
                d.lit(sep)
            v = cells[c]
            if isinstance(v, str):
                d.w(v)
            else:
                d.put(v)
        d.lit("\n")
    d.ln()
    d.ln(rng.choice(["Overdue studies to be booked at {fac}.", "Contact {c} ({ph}) for changes.",
                     "Source: {u}"]), fac=facility(rng), c=coord.name("full"), ph=phone(rng), u=url(rng, "form"))
    return d


def contrast_recon(rng):
    """Pharmacy contrast-allergy reconciliation worksheet before a contrast exam."""
    mod = rng.choice(["CT", "MR"])
    d = Doc(mod)
    pt, ph_, rn = Person(rng), Person(rng), Person(rng)
    agent = "iohexol 350" if mod == "CT" else "gadobutrol"
    d.ln(rng.choice(["CONTRAST ALLERGY RECONCILIATION", "Pharmacy - Contrast Media Allergy Review",
                     "Allergy reconciliation (radiology pharmacy)", "Rx contrast review worksheet"]))
    lab = rng.choice([("Patient", "MRN", "DOB"), ("Pt name", "MR#", "Birth date"), ("NAME", "MRN", "D.O.B.")])
    if rng.random() < 0.5:
        d.ln("{a}: {pt}", a=lab[0], pt=pt.any(rng, ("LF", "LFn", "lfm")))
        d.ln("{a}: {m}    {b}: {dob}", a=lab[1], m=mrn(rng), b=lab[2], dob=date(rng, dob_for(rng, 60)))
    else:
        d.ln("{a} {m} | {p} | {b} {dob}", a=lab[1], m=mrn(rng), p=pt.any(rng, ("LF", "hl7")), b=lab[2],
             dob=date(rng, dob_for(rng, 60)))
        d.ln(rng.choice(["Requested by CT charge RN at {tm}", "Queue: pre-scan pharmacy review", "Priority: routine"]),
             tm=time(rng))
    if rng.random() < 0.6:
        d.ln("Account: {ac}   Plan ID: {pid}", ac=account(rng), pid=plan_id(rng))
    d.ln("Exam: {ex}   Scheduled: {dt} {tm}", ex=exam(rng, mod), dt=date(rng), tm=time(rng))
    d.ln()
    d.ln("Allergy list reconciled:")
    rows = [("iodinated contrast", "hives", "[[year|{y}]]"), ("shellfish", "none documented", "n/a"),
            ("gadolinium", "nausea", "[[year|{y}]]"), ("latex", "rash", "childhood"), ("penicillin", "anaphylaxis", "[[year|{y}]]")]
    for a, r, w in rng.sample(rows, rng.randrange(2, 5)):
        d.ln(f"  - {a:<20} reaction: {r:<16} when: " + w.replace("{y}", str(rng.randrange(1990, 2024))))
    d.ln()
    d.ln("Premedication: prednisone [[measurement|50 mg]] at 13, 7 and 1 hours before; diphenhydramine [[measurement|50 mg]].")
    d.ln("Agent: {a}, [[measurement|{v}]]".replace("{a}", agent).replace("{v}", rng.choice(["100 mL", "75 mL", "0.1 mmol/kg"])))
    d.ln("eGFR [[measurement|{e} mL/min/1.73 m2]]".replace("{e}", str(rng.randrange(28, 110))))
    d.ln()
    d.ln(rng.choice(["Verified by {p}, PharmD at {tm}", "Pharmacist: {p} ({tm})", "Rx check {p} {tm}"]),
         p=ph_.any(rng, ("full", "il")), tm=time(rng))
    d.ln(rng.choice(["RN: {r}, {c}", "Nurse witness {r} {c}"]), r=rn.any(rng, ("full", "il")), c=nurse_cred(rng))
    if rng.random() < 0.5:
        d.ln("Call pharmacy {ph} before scanning if a dose is missed.", ph=phone(rng))
    return d


def travel_reimburse(rng):
    """Patient travel-reimbursement claim form for an imaging trip."""
    mod = rng.choice(["CT", "MR", "US", "XR", "MG"])
    d = Doc(mod)
    pt, dr = Person(rng), Person(rng)
    intl = rng.random() < 0.2
    d.ln(rng.choice(["PATIENT TRAVEL REIMBURSEMENT CLAIM", "Travel Assistance Program - mileage claim",
                     "Form TR-2: Imaging travel expenses", "Transport & lodging reimbursement request"]))
    d.ln(rng.choice(["Claim no. {ac}", "Reference {ac}", "Account {ac}"]), ac=account(rng))
    d.ln()
    d.ln("1. Claimant name ........ {pt}", pt=pt.any(rng, ("full", "LF", "fml", "upper")))
    d.ln("2. Date of birth ........ {dob}", dob=date(rng, dob_for(rng, 50)))
    if intl:
        d.ln("3. Home address ......... {ad}", ad=intl_address(rng))
        d.ln("4. Phone ................ {ph}", ph=intl_phone(rng))
    else:
        if rng.random() < 0.5:
            d.ln("3. Home address ......... {ad}", ad=address_line(rng))
        else:
            c, st = city_state(rng)
            d.ln("3a. Street ............. {s}", s=street(rng))
            d.ln("3b. City/State/ZIP ..... {c} / {st} / {z}".replace("{st}", st), c=c, z=zipcode(rng))
        d.ln("4. Phone ................ {ph}", ph=phone(rng))
    if rng.random() < 0.6:
        d.ln("5. E-mail ............... {em}", em=email(rng, pt))
    d.ln("6. Member ID ............ {pid}", pid=plan_id(rng))
    if rng.random() < 0.5:
        d.ln("6a. SSN (for 1099) ...... {s}", s=ssn(rng))
    d.ln("7. Exam ................. {ex} at {fac}", ex=exam(rng, mod), fac=facility(rng))
    y, m, dd = date_parts = (rng.randrange(2024, 2027), rng.randrange(1, 13), rng.randrange(1, 25))
    d.ln("8. Travel dates ......... {a} to {b}", a=date(rng, date_parts, "mdy"), b=date(rng, (y, m, dd + rng.randrange(1, 4)), "mdy"))
    d.ln("9. Miles (round trip) ... {m}".replace("{m}", str(rng.randrange(40, 600))))
    d.ln("10. Escort .............. {e}", e=Person(rng, last=pt.last).any(rng, ("full", "fml")) if rng.random() < 0.6 else "none")
    d.ln()
    d.ln("Ordering physician attests the study was medically necessary: {dr}, {c}", dr=dr.any(rng), c=cred(rng, True))
    if rng.random() < 0.5:
        d.ln("Submit receipts at {u}", u=url(rng, "form"))
    d.ln("Signature: {pt}   Date: {dt}", pt=pt.name("full"), dt=date(rng, fmt="mdy2"))
    return d


def drill_log(rng):
    """Disaster / mass-casualty drill exercise log kept by the radiology command post."""
    mod = rng.choice(["CT", "XR"])
    d = Doc(mod)
    lead, tech, rad = Person(rng), Person(rng), Person(rng)
    fac = facility(rng)
    d.ln(rng.choice(["MCI DRILL - RADIOLOGY COMMAND LOG", "Exercise log: Code Triage drill", "Disaster drill timeline",
                     "HICS drill {n} - imaging section".replace("{n}", str(rng.randrange(2, 30)))]))
    d.ln(rng.choice(["Site {f}, {dt}", "{dt} - {f}", "Exercise date {dt}"]), f=fac, dt=date(rng))
    d.ln(rng.choice(["Imaging branch lead: {x}", "Radiology unit leader {x}", "IC (imaging): {x}, ext {e}",
                     "Lead {x} / scribe {y}"]).replace("{e}", str(rng.randrange(2000, 6999))), x=lead.any(rng),
         y=tech.any(rng, ("full", "il")))
    d.ln()
    sep = rng.choice(["  ", " - ", " | "])
    events = ["Drill announced overhead; CT 2 cleared.", "First simulated trauma arrives; {ex} started.",
              "{t} reports scanner queue of 4 moulage patients.", "Real patient {pt} ({mrn}) held in CT waiting, rescheduled.",
              "{r} reads first trauma pan-scan; [[anatomy|spleen]] laceration simulated.", "Portable [[modality|XR]] units x3 deployed to ED.",
              "PACS node {ip} slow; IT paged at {ph}.", "Drill terminated; hot wash in conference room."]
    for e in events[:rng.randrange(5, 9)]:
        d.w("{tm}", tm=time(rng, rng.choice(["hm", "hours", "hms"])))
        d.ln(sep + e, ex=exam(rng, mod), t=tech.any(rng, ("full", "first", "il")), pt=Person(rng).any(rng),
             mrn=mrn(rng), r=rad.any(rng, ("il", "last")), ip=ip(rng), ph=phone(rng))
    d.ln()
    d.ln(rng.choice(["Logged by {l}, {c}", "Scribe: {l}", "Recorder {l} ({c})"]), l=lead.name("full"), c=cred(rng))
    return d


def pacs_deletion(rng):
    """PACS image-deletion / study-removal request (wrong patient, duplicate, test data)."""
    mod = rng.choice(["CT", "MR", "US", "XR", "MG"])
    d = Doc(mod)
    req, pt, wrong, adm = Person(rng), Person(rng), Person(rng), Person(rng)
    d.ln(rng.choice(["PACS STUDY DELETION REQUEST", "Image removal request form", "Request to purge images from PACS",
                     "Change ticket: delete study"]))
    d.ln(rng.choice(["Requested {dt} {tm}", "Date {dt}", "Submitted {dt} at {tm} via {u}"]), dt=date(rng), tm=time(rng),
         u=url(rng, "form"))
    d.ln(rng.choice(["Requester: {r}, {c}", "Requested by {r} ({c})", "From: {r} <{e}>"]), r=req.any(rng), c=cred(rng),
         e=email(rng, req))
    reason = rng.choice(["wrong patient", "duplicate", "test images", "patient objected"])
    d.ln(rng.choice(["Reason: ", "Reason for deletion - ", "Category: "]) + reason)
    d.ln()
    d.ln("Study accession ....... {a}", a=accession(rng, mod))
    d.ln("Exam .................. {ex}", ex=exam(rng, mod))
    d.ln("Filed under ........... {p} (MRN {m})", p=pt.any(rng, ("LF", "hl7", "LFn")), m=mrn(rng))
    if reason == "wrong patient":
        d.ln("Belongs to ............ {p} (MRN {m}), DOB {dob}", p=wrong.any(rng, ("LF", "hl7", "LFn")), m=mrn(rng),
             dob=date(rng, dob_for(rng, 70)))
    d.ln("Study date ............ {dt} {tm}", dt=date(rng, fmt=rng.choice(["compact", "iso", "mdy"])), tm=time(rng, "hms"))
    d.ln("Modality station ...... {ip}", ip=ip(rng))
    if rng.random() < 0.5:
        d.ln("Series affected ....... [[sequence|{s}]], [[sequence|DWI]]".replace("{s}", rng.choice(["T2 FLAIR", "STIR", "SWI"]))
             if mod == "MR" else "Series affected ....... all")
    d.ln()
    d.ln("Report text (to be amended): {f}", f=finding(rng, mod))
    d.ln()
    d.ln(rng.choice(["Approved: {a} (PACS admin) {dt}", "PACS admin {a} - done {dt}", "Pending approval by {a}"]),
         a=adm.any(rng, ("full", "il")), dt=date(rng))
    return d


STYLES = {"waitlist_summary": waitlist_summary, "contrast_recon": contrast_recon, "travel_reimburse": travel_reimburse,
          "drill_log": drill_log, "pacs_deletion": pacs_deletion}
