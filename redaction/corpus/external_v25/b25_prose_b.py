"""Prose styles, part B: wrong-patient RCAs, language-line summaries, genetic surveillance letters,
return-to-play letters, estate executor record requests."""

from __future__ import annotations

import b25_clinical as C
import b25_pools as PL
from b25_common import ds, fac_with_tail, pick, signature, ts
from b25_doc import Doc


def wrong_patient_rca(rng) -> Doc:
    d = Doc()
    d.modality = rng.choice(["CT", "MR", "XR", "US"])
    p1, p2 = PL.distinct_people(rng, 2)
    tech, rad, qa = PL.distinct_people(rng, 3, staff=True)[:3]
    fac = PL.facility(rng)
    day = PL.date(rng)
    lay = rng.randrange(3)
    if lay == 0:
        d.line("ROOT CAUSE ANALYSIS - WRONG-PATIENT ", pick(rng, "EXAM", "REPORT", "IMAGES"))
        d.line("Event date: ", ds(rng, day), "   Facility: ", (fac, "FACILITY"))
    elif lay == 1:
        d.line("Confidential peer-protected work product")
        d.line("RCA facilitator: ", (qa.full(), "PERSON"), ", ", ("CPHQ", "credential"))
    else:
        d.line(pick(rng, "Summary of event (", "Event summary - ", "SAFETY EVENT RCA ("), ds(rng, day, rng.choice(["long", "us", "dmon"])),
               pick(rng, ")", "", ") - draft"))
        d.line(pick(rng, "Event type: ", "Category: "), pick(rng, "wrong patient", "misidentification", "ID error"),
               pick(rng, "; severity: near miss", "; harm: none", "; reached patient", ""))
    if rng.random() < 0.5:
        d.line("Report filed by ", (tech.initial_last(), "PERSON"), pick(rng, " via safety portal", "", " (self-report)"))
    d.blank()
    d.add("Two patients with similar names were in the ", C.modality(rng, d.modality), " queue: ",
          (p1.last_first(), "PERSON"), " (MRN ", (PL.mrn(rng), "MRN"), ", DOB ", ds(rng, PL.dob(rng)), ") and ",
          (p2.last_first(), "PERSON"), " (MRN ", (PL.mrn(rng), "MRN"), "). ")
    d.add("Technologist ", (tech.plain(), "PERSON"), " selected the first name on the worklist at ", ts(rng),
          " without a second identifier check. ")
    d.add("Images of ", (p2.first, "PERSON"), " were filed under accession ", (PL.accession(rng), "ACCESSION"),
          " belonging to ", (p1.initial_last(), "PERSON"), ". ")
    d.blank()
    d.add("Dr. ", (rad.last, "PERSON"), pick(rng, " noticed the mismatch during the read. ", " caught the error at sign-off. "),
          "The new images showed: ", *C.finding(rng), " The prior from ", (str(rng.randint(2015, 2023)), "year"),
          " showed: ", *C.finding(rng), " ")
    if rng.random() < 0.5:
        kin = PL.Person(rng)
        d.add((p1.first, "PERSON"), "'s ", pick(rng, "daughter" if kin.sex == "F" else "son", "caregiver"), " ",
              (kin.plain(), "PERSON"), " was called at ", (PL.phone(rng), "PHONE"), ". ")
    d.blank()
    d.line(pick(rng, "Contributing factors:", "Root causes:", "Findings of the team:"))
    d.line("1. Worklist displayed last name only on workstation ", (PL.ip(rng), "IP_ADDRESS"), ".")
    d.line("2. Wristband printer at the ", pick(rng, "ED", "outpatient", "inpatient"), " desk was down since ", ts(rng, "ampm"), ".")
    if rng.random() < 0.6:
        d.line("3. Similar-name alert not configured for the second patient (", C.age_young(rng), ").")
    d.line("Action plan owner: ", (qa.initial_last(), "PERSON"), "; due ", ds(rng, None, rng.choice(["md", "us", "iso"])), ".")
    return d


def language_line_summary(rng) -> Doc:
    d = Doc()
    d.modality = rng.choice(["CT", "MR", "US", "MG"])
    pt = PL.Person(rng)
    interp = rng.randint(100000, 999999)
    rn = PL.Person(rng, staff=True)
    lang = rng.choice(["Spanish", "Haitian Creole", "Vietnamese", "Somali", "Portuguese", "Nepali", "Arabic"])
    lay = rng.randrange(3)
    if lay == 0:
        d.line("Interpreter call summary - ", lang)
        d.line("Call started ", ds(rng), " ", ts(rng, "sec"), "; duration ", str(rng.randint(4, 38)), " min")
    elif lay == 1:
        d.line("LANGUAGE LINE ENCOUNTER  #", str(interp))
    else:
        d.line(pick(rng, "Spoke with ", "Called "), (pt.full(), "PERSON"), " via ", lang, " interpreter ID ",
               str(interp), " on ", ds(rng, None, "long"), ".")
    if pt.nick and lay != 2:
        d.line("Preferred name: ", (pt.nick, "PERSON"))
    d.add("Staff: ", (rn.plain(), "PERSON"), ", ", (rng.choice(["RN", "RT(R)", "RDMS"]), "credential"), ". ")
    if lay != 2:
        d.add("Patient: ", (pick(rng, pt.full(), pt.last_first()), "PERSON"), ", ")
        if rng.random() < 0.3:
            d.add(*C.age_old(rng, PL.old_age(rng)))
        else:
            d.add(C.age_young(rng))
        d.add(". ")
    d.blank()
    d.add("Purpose: prepare for ", C.modality(rng, d.modality), " on ", ds(rng, None, rng.choice(["long", "us", "mdlong"])),
          " at ", ts(rng, "ampm"), " at ", *fac_with_tail(rng), ". ")
    d.add("Explained fasting, ", pick(rng, "contrast", "breath-holds", "the compression"), " and that the ",
          (rng.choice(C.ANATOMY), "anatomy"), " will be imaged. ")
    if rng.random() < 0.6:
        d.add("Patient's grandson ", (PL.Person(rng, sex="M").first, "PERSON"), " will drive from ",
              (rng.choice(PL.CITIES), "CITY"), ". ")
    if rng.random() < 0.5:
        d.add("Confirmed address ", (PL.street(rng), "STREET_ADDRESS"), ", ZIP ", (PL.zip_code(rng), "ZIP"),
              " and callback ", (PL.phone(rng), "PHONE"), ". ")
    d.blank()
    if rng.random() < 0.6:
        d.add("Previous result: ", *C.finding(rng), " ")
    d.line("Teach-back ", pick(rng, "successful.", "partial; family to help.", "complete."))
    if rng.random() < 0.5:
        d.line("Vendor invoice ref ", (PL.account(rng), "ACCOUNT_ID"))
    return d


def surveillance_letter(rng) -> Doc:
    d = Doc()
    d.modality = "MR"
    pt = PL.Person(rng)
    gen, rad = PL.distinct_people(rng, 2, staff=True)
    fac = PL.facility(rng)
    syn = rng.choice([("Li-Fraumeni syndrome", "TP53"), ("von Hippel-Lindau disease", "VHL"),
                      ("Sturge-Weber syndrome", "GNAQ")])
    lay = rng.randrange(3)
    if lay == 0:
        d.add(*fac_with_tail(rng, fac))
        d.line()
        d.line(ds(rng, None, "long"))
        d.blank()
        d.line((pt.full(), "PERSON"))
        d.line(*PL.address_parts(rng, False))
    elif lay == 1:
        d.line(pick(rng, "Cancer Genetics Surveillance Program", "Hereditary Cancer Clinic", "High-Risk Genetics MRI Program"))
        if rng.random() < 0.5:
            d.line(pick(rng, "Fax ", "Phone "), (PL.phone(rng), "PHONE"))
        d.line(pick(rng, "RE: ", "Patient: ", "Re "), (pt.upper(), "PERSON"), pick(rng, "  DOB ", ", born "), ds(rng, PL.dob(rng)),
               pick(rng, "  MRN ", ", chart "), (PL.mrn(rng), "MRN"))
    else:
        d.line(ds(rng, None, rng.choice(["dmy", "iso", "mon"])))
        d.line(pick(rng, "Patient: ", "Name: ", "For: "), (pt.last_first(), "PERSON"))
        if rng.random() < 0.5:
            d.line(pick(rng, "Syndrome: ", "Indication: "), (syn[0], "eponym"))
    d.blank()
    d.line("Dear ", (pick(rng, pt.first, pt.title() + " " + pt.last), "PERSON"), ",")
    d.add("As someone with ", (syn[0], "eponym"), f" ({syn[1]} variant), you are due for your annual ",
          (rng.choice(["whole-body MRI", "MRI"]), "modality"), ". ")
    d.add("Your last scan on ", ds(rng), " included ", (rng.choice(C.SEQUENCES[:6]), "sequence"), " and ",
          (rng.choice(C.SEQUENCES[6:]), "sequence"), " images. ", *C.finding(rng), " ")
    d.blank()
    if rng.random() < 0.7:
        d.add("Your brother ", (PL.Person(rng, sex="M").plain(), "PERSON"), " and your aunt ",
              (PL.Person(rng, sex="F").initial_last(), "PERSON"), " may also qualify; they diagnosed at ",
              C.age_young(rng, 20, 60), ". ")
    d.add("Your appointment is ", ds(rng, None, rng.choice(["long", "mon", "us"])), " at ", ts(rng, "ampm"),
          ". Please arrive 30 minutes early at ", *PL.address_parts(rng, True), ". ")
    if rng.random() < 0.5:
        d.add("Coverage: ", rng.choice(PL.INSURERS), " ID ", (PL.plan_id(rng), "HEALTH_PLAN_ID"), ". ")
    d.blank()
    d.line("Schedule online at ", (PL.url(rng, "survey"), "URL"), " or call ", (PL.phone(rng), "PHONE"), ".")
    d.line(pick(rng, "Sincerely,", "Kind regards,"))
    d.add(*signature(rng, gen, None))
    if rng.random() < 0.5:
        d.line("cc: Dr. ", (rad.last, "PERSON"), ", Neuroradiology")
    return d


def rtp_concussion_letter(rng) -> Doc:
    d = Doc()
    d.modality = rng.choice(["MR", "CT"])
    ath = PL.Person(rng)
    doc, coach = PL.distinct_people(rng, 2, staff=True)
    sport = rng.choice(["varsity hockey", "club rugby", "Division II soccer", "high-school football", "lacrosse"])
    lay = rng.randrange(3)
    if lay == 0:
        d.line(pick(rng, "Sports Medicine & Concussion Clinic, ", "Concussion Program - ", "Team Physicians at "),
               (PL.facility(rng), "FACILITY"))
        if rng.random() < 0.5:
            d.line(*PL.address_parts(rng, True))
        d.line(ds(rng, None, rng.choice(["long", "us"])))
    elif lay == 1:
        d.line(pick(rng, "RETURN-TO-PLAY CLEARANCE", "Return to Play - Imaging Clearance", "CONCUSSION CLEARANCE LETTER"))
        d.line(pick(rng, "Athlete: ", "Player: ", "Student-athlete: "), (ath.upper(), "PERSON"),
               pick(rng, "   DOB: ", "  Born ", " | DOB "), ds(rng, PL.dob(rng)))
    else:
        d.line("To: Coach ", (coach.last, "PERSON"), ", ", pick(rng, "Athletic Department", "Varsity Office"))
        if rng.random() < 0.5:
            d.line("Re: ", (ath.plain(), "PERSON"), pick(rng, " - clearance", " (#" + str(rng.randint(2, 99)) + ")", ""))
        d.line(pick(rng, "Date: ", "Dated "), ds(rng, None, rng.choice(["us", "iso"])))
    d.blank()
    d.add(pick(rng, "To whom it may concern,\n", "Dear Coach " , ""))
    if d.text.endswith("Coach "):
        d.add((coach.last, "PERSON"), ",\n")
    d.add((ath.full(), "PERSON"), ", a ", C.age_young(rng, 14, 24), f" {sport} player, sustained a concussion on ",
          ds(rng, None, rng.choice(["long", "mdlong", "us"])), ". ")
    d.add(C.modality(rng, d.modality), " of the brain on ", ds(rng), " (", (rng.choice(["SWI", "DWI", "T2 FLAIR"]), "sequence"),
          ") showed no hemorrhage in the ", (rng.choice(["corpus callosum", "left basal ganglia", "cerebellar vermis"]), "anatomy"), ". ")
    if rng.random() < 0.5:
        d.add("An incidental ", (C.measure(rng), "measurement"), " ", (rng.choice(["Rathke cleft cyst", "Tornwaldt cyst", "Chiari I malformation"]), "eponym"),
              " needs no restriction. ")
    if rng.random() < 0.5:
        d.add("Cervical imaging at ", (rng.choice(C.LEVELS[:3]), "vertebral_level"), " is normal. ")
    d.blank()
    d.add((ath.first, "PERSON"), " completed the graded protocol on ", ds(rng, None, rng.choice(["md", "mdlong"])),
          " and may return to full contact. ")
    if rng.random() < 0.6:
        d.add("Parent ", (PL.Person(rng).plain(), "PERSON"), " was updated by phone (", (PL.phone(rng), "PHONE"), "). ")
    if rng.random() < 0.4:
        d.add("Team insurance ", (PL.plan_id(rng), "HEALTH_PLAN_ID"), ". ")
    d.blank()
    d.add(*signature(rng, doc, None))
    if rng.random() < 0.5:
        d.line("Athletic trainer: ", (PL.Person(rng, staff=True).initial_last(), "PERSON"), ", ", ("ATC", "credential"))
    return d


def estate_executor_request(rng) -> Doc:
    d = Doc()
    d.modality = rng.choice(["CT", "MR", "MG", "XR", "US"])
    dec, exe = PL.distinct_people(rng, 2)
    him = PL.Person(rng, staff=True)
    fac = PL.facility(rng)
    lay = rng.randrange(3)
    if lay == 0:
        d.line((exe.full(), "PERSON"))
        d.line(*PL.address_parts(rng, False))
        d.line((PL.email(rng, exe), "EMAIL"))
        d.blank()
        d.line(ds(rng, None, "long"))
    elif lay == 1:
        d.line(pick(rng, "Law Office of ", "Chambers of "), (PL.Person(rng, staff=True).plain(), "PERSON"), ", Esq.")
        d.line(pick(rng, "Re: Estate of ", "RE: In the matter of the estate of ", "Re: "), (dec.upper(), "PERSON"),
               pick(rng, ", deceased ", ", date of death ", " (d. "), ds(rng), pick(rng, "", ")", "; probate no. pending"))
    else:
        d.line(pick(rng, "Subject: Records request - estate of ", "Subject: ROI for the late ", "RE: Release of images, "),
               (dec.plain(), "PERSON"))
        if rng.random() < 0.5:
            d.line("From: ", (exe.plain(), "PERSON"), " <", (PL.email(rng, exe), "EMAIL"), ">")
        d.line(pick(rng, "Sent ", "Date: "), ds(rng, None, rng.choice(["iso", "long"])), " ", ts(rng, rng.choice(["24", "ampm"])))
    d.blank()
    d.line("Attn: Release of Information, ", *fac_with_tail(rng, fac))
    d.add("I am the executor of the estate of ", (pick(rng, dec.full(), dec.plain()), "PERSON"), ", who died on ",
          ds(rng, None, rng.choice(["long", "us", "dmy"])), " at ")
    born = PL.dob(rng, old=rng.random() < 0.6)
    age = 2024 - born.year
    if age > 89:
        d.add(*C.age_old(rng, age))
    else:
        d.add((f"age {age}", "age_under_90"))
    d.add(". Date of birth ", ds(rng, born), "; SSN ", (PL.ssn(rng), "SSN"), ". ")
    d.add("I request all ", C.modality(rng, d.modality), " images and reports from ", (str(rng.randint(2016, 2022)), "year"),
          " onward, including the study under accession ", (PL.accession(rng), "ACCESSION"), ". ")
    d.blank()
    if rng.random() < 0.6:
        d.add("The report mentioned ", *C.finding(rng), " My late ", pick(rng, "father", "mother", "uncle"),
              " also had ", (rng.choice(["Paget disease", "Parkinson disease", "Cushing syndrome"]), "eponym"), ". ")
    if rng.random() < 0.5:
        d.add("Please reference guarantor account ", (PL.account(rng), "ACCOUNT_ID"), " for the balance. ")
    d.add("Letters testamentary from the probate court are attached. Send copies to ", *PL.address_parts(rng, True),
          " or call ", (PL.phone(rng), "PHONE"), ".")
    d.blank()
    d.line(pick(rng, "Respectfully,", "Thank you,", "Sincerely,"))
    d.line((exe.plain(), "PERSON"), ", Executor")
    if rng.random() < 0.5:
        d.line("Processed by ", (him.initial_last(), "PERSON"), " ", ("RHIA", "credential"), " on ", ds(rng, None, "md"))
    return d
