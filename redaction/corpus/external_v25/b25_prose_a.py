"""Prose styles, part A: on-call swap e-mails, advocate notes, fetal MRI counselling, bariatric exceptions,
medical-examiner identification requests."""

from __future__ import annotations

import b25_clinical as C
import b25_pools as PL
from b25_common import ds, fac_with_tail, pick, signature, ts
from b25_doc import Doc


def oncall_swap_email(rng) -> Doc:
    d = Doc()
    d.modality = rng.choice(["CT", "MR", "US", "XR"])
    a, b, c = PL.distinct_people(rng, 3, staff=True)
    fac = PL.facility(rng)
    day1, day2 = PL.date(rng, 2025, 2026), PL.date(rng, 2025, 2026)
    lay = rng.randrange(4)
    if lay == 0:
        d.line(pick(rng, "From: ", "FROM: ", "From:\t"), (a.full(), "PERSON"), " <", (PL.email(rng, a), "EMAIL"), ">")
        if rng.random() < 0.4:
            d.line(pick(rng, "Importance: High", "Flag: follow up", "Sensitivity: Normal"))
        d.line(pick(rng, "To: ", "TO: ", "To:\t"), (b.plain(), "PERSON"), " <", (PL.email(rng, b), "EMAIL"), ">")
        if rng.random() < 0.4:
            d.line("Cc: ", (c.plain(), "PERSON"), pick(rng, "; Radiology Scheduling", "", "; call desk"))
        d.line(pick(rng, "Sent: ", "Date: "), ds(rng, day1, rng.choice(["long", "us", "mon"])), " ", ts(rng, "ampm"))
        d.line("Subject: ", pick(rng, "Swap request - ", "RE: call swap ", "Trade? "), ds(rng, day2, "md"), " overnight")
    elif lay == 1:
        d.line(pick(rng, "Subject: on-call trade, ", "Subj: swap - ", "SUBJECT: coverage, "),
               pick(rng, "neuro", "body", "IR", "general", "MSK", "peds"), pick(rng, " pool", " call", ""))
        d.line(pick(rng, "Date: ", "Sent "), ds(rng, day1, rng.choice(["iso", "us"])), " ", ts(rng, "24"))
        d.blank()
    elif lay == 2:
        d.line("-----Original Message-----")
        d.line("From: ", (a.upper(), "PERSON"), " [mailto:", (PL.email(rng, a), "EMAIL"), "]")
        d.line("Sent: ", pick(rng, "Monday", "Tuesday", "Friday", "Sunday"), ", ", ds(rng, day1, "long"))
    else:
        d.line(pick(rng, "Hi ", "Hey ", "Dear "), (b.first, "PERSON"), ",")
    if lay != 3:
        d.line(pick(rng, "Hi ", "Hey ", "Dear Dr. "), (pick(rng, b.first, b.last), "PERSON"), ",")
    d.add("Could you take my ", pick(rng, "overnight ", "weekend ", "late "), (rng.choice(["CT", "MRI", "ultrasound"]), "modality"),
          " shift at ", *fac_with_tail(rng, fac), " on ", ds(rng, day2, rng.choice(["long", "us", "mdlong", "md"])),
          "? ")
    if rng.random() < 0.7:
        d.add("I can cover your ", ds(rng, None, rng.choice(["mdlong", "us", "dmy"])), " day shift in return. ")
    if rng.random() < 0.6:
        d.add("My daughter ", (PL.Person(rng).first, "PERSON"), " has a recital that night. ")
    d.blank()
    if rng.random() < 0.65:
        pt = PL.Person(rng)
        d.add("Handoff: ", (pt.last_first(), "PERSON"), pick(rng, " (MRN ", " (chart "), (PL.mrn(rng), "MRN"), "), ")
        if rng.random() < 0.5:
            d.add(*C.age_old(rng, PL.old_age(rng)))
        else:
            d.add(C.age_young(rng))
        d.add(" from ", (rng.choice(PL.CITIES), "CITY"), ", accession ", (PL.accession(rng), "ACCESSION"),
              " still needs the addendum. ", *C.finding(rng))
        d.blank()
    if rng.random() < 0.5:
        d.line("Remote reads: use the home workstation at ", (PL.ip(rng), "IP_ADDRESS"), " or the link ",
               (PL.url(rng, "oncall"), "URL"), ".")
    if rng.random() < 0.5:
        d.line((c.plain(), "PERSON"), " already approved it (chief, ", C.cred(rng), ").")
    d.line(pick(rng, "Thanks,", "Cheers,", "Owe you one,", "Best,"))
    d.add(*signature(rng, a, fac))
    return d


def advocate_case_note(rng) -> Doc:
    d = Doc()
    d.modality = rng.choice(["CT", "MR", "MG", "US"])
    pt, rel = PL.Person(rng), PL.Person(rng)
    adv, rad = PL.distinct_people(rng, 2, staff=True)
    fac = PL.facility(rng)
    lay = rng.randrange(3)
    if lay == 0:
        d.line("PATIENT ADVOCACY - CASE NOTE")
        d.line("Case #", (PL.account(rng), "ACCOUNT_ID"), "  Opened ", ds(rng), " ", ts(rng))
    elif lay == 1:
        d.line("Patient Relations / ", (fac, "FACILITY"))
        d.line("Advocate: ", (adv.full(), "PERSON"), ", ", (rng.choice(["RN", "LCSW", "MSW", "CPXP"]), "credential"))
    else:
        d.line(ds(rng, None, "long"), " - call log entry by ", (adv.initial_last(), "PERSON"))
    relword = rng.choice(["daughter", "wife", "niece", "neighbor"] if rel.sex == "F" else ["son", "husband", "grandson", "neighbor"])
    d.add("Spoke with ", (rel.full(), "PERSON"), f" ({relword}) regarding ", (pt.full(), "PERSON"), ", ")
    if rng.random() < 0.5:
        d.add(*C.age_old(rng, PL.old_age(rng)))
    else:
        d.add(C.age_young(rng, 40))
    d.add(", MRN ", (PL.mrn(rng), "MRN"), ". ")
    if pt.nick:
        d.add("Patient prefers to be called ", (pt.nick, "PERSON"), ". ")
    d.add(pick(rng, "Family upset that the ", "Caller states the ", "Concern raised that the "),
          C.modality(rng, d.modality), " on ", ds(rng), " was ", pick(rng, "cancelled twice", "read late",
          "billed to the wrong plan", "done without an interpreter"), ". ")
    if rng.random() < 0.6:
        ep, an = rng.choice(C.MASS_EPONYMS)
        d.add((pt.first, "PERSON"), "'s ", pick(rng, "report", "result letter", "portal message"),
              " mentioned a ", (C.measure(rng), "measurement"), " ", (ep, "eponym"), " in the ", (an, "anatomy"),
              " and nobody explained it. ")
    d.blank()
    if rng.random() < 0.7:
        d.add("Reviewed with Dr. ", (rad.last, "PERSON"), " (", C.cred(rng), "), who agreed to call the family at ",
              (PL.phone(rng), "PHONE"), " by ", ts(rng, "ampm"), ". ")
    if rng.random() < 0.5:
        d.add("Insurance on file: ", rng.choice(PL.INSURERS), ", member ", (PL.plan_id(rng), "HEALTH_PLAN_ID"), ". ")
    if rng.random() < 0.5:
        d.add("Mailing address confirmed as ", *PL.address_parts(rng, True), ". ")
    d.blank()
    if rng.random() < 0.5:
        d.line("Follow-up ", ds(rng, None, rng.choice(["md", "mdlong", "us"])), ": ", pick(rng,
               "letter of apology sent.", "family satisfied.", "escalated to risk management.", "no reply yet."))
    d.line("- ", (adv.plain(), "PERSON"), ", Patient Advocate, ", (PL.email(rng, adv), "EMAIL"))
    return d


def fetal_mri_counsel(rng) -> Doc:
    d = Doc()
    d.modality = "MR"
    mom, partner = PL.Person(rng, sex="F"), PL.Person(rng)
    mfm, rad = PL.distinct_people(rng, 2, staff=True)
    fac = PL.facility(rng)
    lay = rng.randrange(3)
    if lay == 0:
        d.add(*fac_with_tail(rng, fac))
        d.line()
        d.line(*PL.address_parts(rng, True))
        d.blank()
        d.line(ds(rng, None, "long"))
    elif lay == 1:
        d.line(pick(rng, "FETAL CENTER COUNSELLING SUMMARY", "Fetal Care Center - counselling letter", "Prenatal imaging consult"))
        if rng.random() < 0.5:
            d.line("Visit: ", ds(rng), pick(rng, " ", " at "), ts(rng))
        d.line(pick(rng, "Mother: ", "Patient: ", "Maternal name: "), (mom.upper(), "PERSON"), "   MRN ", (PL.mrn(rng), "MRN"),
               pick(rng, "   EDD ", "  due "), ds(rng))
    else:
        d.line(ds(rng, None, rng.choice(["dmy", "long", "us"])))
        if rng.random() < 0.5:
            d.line(pick(rng, "PRIVATE", "Via patient portal", "By hand"))
        d.line("Dear ", (mom.full(), "PERSON"), pick(rng, " and ", " & "), (partner.plain(), "PERSON"), ",")
    if lay != 2:
        d.line("Dear ", (pick(rng, mom.title() + " " + mom.last, mom.first), "PERSON"), ",")
    ga = rng.randint(20, 35)
    d.add("Thank you for coming in on ", ds(rng, None, rng.choice(["long", "mdlong", "us"])), " for the ",
          ("fetal MRI", "modality"), f" at {ga} weeks. ")
    d.add("You are a ", C.age_young(rng, 19, 46), " mother and this is your ", pick(rng, "first", "second", "third"),
          " pregnancy. ")
    d.add("The images (", (rng.choice(["HASTE", "balanced SSFP", "DWI", "T2-weighted"]), "sequence"), ") showed ",
          pick(rng, "a ", "an isolated "), pick(rng, ("Dandy-Walker malformation", "eponym"),
                                                ("Chiari I malformation", "eponym"), ("Bochdalek hernia", "eponym")),
          " with the ", (rng.choice(["fetal cerebellum", "lateral ventricles", "cavum septi pellucidi"]), "anatomy"),
          " measuring ", (C.measure(rng), "measurement"), ". ")
    d.blank()
    if rng.random() < 0.7:
        d.add("Dr. ", (mfm.last, "PERSON"), " (maternal-fetal medicine) and Dr. ", (rad.plain(), "PERSON"),
              " reviewed the study together. ")
    if rng.random() < 0.6:
        d.add("Your mother, ", (PL.Person(rng, sex="F").full(), "PERSON"), ", asked whether her own ",
              (rng.choice(["Hodgkin lymphoma", "Graves disease", "Crohn disease"]), "eponym"), " in ",
              (str(rng.randint(1985, 2015)), "year"), " matters; it does not. ")
    d.add("We will repeat the scan around ", ds(rng, None, rng.choice(["mdlong", "md"])), ". ")
    d.blank()
    d.line("Questions: call the fetal line at ", (PL.phone(rng), "PHONE"),
           pick(rng, ".", " or use the portal."), "")
    if rng.random() < 0.5:
        d.line("Images: ", (PL.url(rng, "fetal"), "URL"))
    d.line(pick(rng, "Warm regards,", "Sincerely,", "With best wishes,"))
    d.add(*signature(rng, rad, fac))
    return d


def bariatric_exception(rng) -> Doc:
    d = Doc()
    d.modality = rng.choice(["CT", "MR", "XR"])
    pt = PL.Person(rng)
    tech, rad, eng = PL.distinct_people(rng, 3, staff=True)
    fac = PL.facility(rng)
    lim = rng.choice([204, 227, 250, 295])
    wt = lim + rng.randint(5, 60)
    lay = rng.randrange(4)
    if lay == 0:
        d.line("Table Weight-Limit Exception Note")
        d.line("Date/time: ", ds(rng), " ", ts(rng))
    elif lay == 1:
        d.line(pick(rng, "EXCEPTION NOTE", "Bariatric exception"), " - ", (fac, "FACILITY"))
    elif lay == 2:
        d.line("Note by ", (tech.plain(), "PERSON"), ", ", ("RT(R)(CT)", "credential"), " on ", ds(rng, None, "long"))
    else:
        d.line(ds(rng, None, "iso"), " ", ts(rng, "24"), " | ", (tech.upper(), "PERSON"))
    d.add("Patient ", (pick(rng, pt.full(), pt.last_first(), pt.plain()), "PERSON"), " (", C.age_young(rng, 25, 80),
          ", MRN ", (PL.mrn(rng), "MRN"), ") arrived for ", (rng.choice({"CT": ["CT", "CT angiogram"], "MR": ["MRI", "MR"],
          "XR": ["fluoroscopy", "radiograph"]}[d.modality]), "modality"), pick(rng, " of the abdomen", " of the lumbar spine",
          " of the chest", " of the pelvis"))
    if d.modality == "MR":
        d.add(" (", (rng.choice(C.SEQUENCES), "sequence"), " planned)")
    d.add(f". Measured weight {wt} kg exceeds the {lim} kg table limit on scanner serial ",
          (PL.serial(rng), "DEVICE_SERIAL"), ". ")
    d.blank()
    d.add("Discussed with Dr. ", (rad.last, "PERSON"), ", who approved the exception after biomedical engineer ",
          (eng.initial_last(), "PERSON"), " confirmed the rated load. ")
    if rng.random() < 0.6:
        d.add((pt.first, "PERSON"), "'s ", pick(rng, "wife", "husband", "sister", "son"), ", ",
              (PL.Person(rng).plain(), "PERSON"), ", stayed in the waiting area (cell ", (PL.phone(rng), "PHONE"), "). ")
    d.add("Indication: ", *C.finding(rng), " ")
    if rng.random() < 0.5:
        d.add("Alternative site if repeat needed: ", (PL.facility(rng), "FACILITY"), " in ",
              (rng.choice(PL.CITIES), "CITY"), ". ")
    d.blank()
    d.line("Incident reporting: none. Exam completed ", ts(rng, "ampm"), ".")
    if rng.random() < 0.4:
        d.line("Ref: ", (PL.url(rng, "safety"), "URL"))
    return d


def me_identification(rng) -> Doc:
    d = Doc()
    d.modality = rng.choice(["XR", "CT"])
    dec = PL.Person(rng)
    me, rad = PL.distinct_people(rng, 2, staff=True)
    lay = rng.randrange(3)
    office = pick(rng, "Office of the Chief Medical Examiner", "County Medical Examiner", "Coroner's Office")
    if lay == 0:
        d.line(office)
        d.line(*PL.address_parts(rng, True))
        d.line("Case ", (PL.account(rng), "ACCOUNT_ID"), " | ", ds(rng, None, "long"))
    elif lay == 1:
        d.line(ds(rng, None, "us"))
        d.line("To: Medical Records, ", (PL.facility(rng), "FACILITY"))
    else:
        d.line("RE: ", pick(rng, "Identification request", "Request for antemortem imaging"), " - ", office)
    d.blank()
    d.add(pick(rng, "We are attempting to confirm the identity of ", "This office requests antemortem images for "))
    born = PL.dob(rng, old=True)
    d.add("a decedent believed to be ", (dec.full(), "PERSON"), ", date of birth ", ds(rng, born), " (")
    d.add(*C.age_old(rng, 2025 - born.year))
    d.add("), last known address ", *PL.address_parts(rng, True), ". ")
    d.add("The body was recovered on ", ds(rng), ". ")
    d.blank()
    d.add("Please send any ", C.modality(rng, d.modality), " showing the ", (rng.choice(["distal radius", "femoral neck", "scaphoid", "sacroiliac joints"]), "anatomy"),
          ", particularly the healed ", (rng.choice(["Colles fracture", "Maisonneuve fracture", "Jefferson fracture"]), "eponym"),
          " and any hardware. ")
    if rng.random() < 0.8:
        d.add("A hip prosthesis recovered at autopsy carries serial ", (PL.serial(rng), "DEVICE_SERIAL"), ". ")
    if rng.random() < 0.6:
        d.add("Next of kin, ", (PL.Person(rng).full(), "PERSON"), ", reports prior imaging at ",
              (PL.facility(rng), "FACILITY"), " around ", (str(rng.randint(1998, 2021)), "year"), ". ")
    if rng.random() < 0.5:
        d.add("Their SSN on the funeral home form is ", (PL.ssn(rng), "SSN"), ". ")
    d.blank()
    d.line("Upload to ", (PL.url(rng, "me"), "URL"), " or call investigator ", (me.initial_last(), "PERSON"), " at ",
           (PL.phone(rng), "PHONE"), ".")
    if rng.random() < 0.5:
        d.line("Comparison read will be performed by Dr. ", (rad.plain(), "PERSON"), ", ", C.cred(rng), ".")
    d.line((me.full(), "PERSON"), ", ", pick(rng, "Medicolegal Death Investigator", "Forensic Pathologist"))
    return d
