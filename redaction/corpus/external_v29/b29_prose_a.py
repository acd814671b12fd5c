"""Prose genres, part A: ethics consults, second-opinion requests, IRB deviations, fall incidents, voicemails."""

from __future__ import annotations

from b29_core import (parts, ANATOMY, CREDS, EPONYMS, LEVELS, SCORES, SEQUENCES, Doc, accession, city, date, dob,
                      email, facility, measurement, mrn, old_age, person, phone, pick, plan_id, street, surname,
                      time, young_age)


def ethics_consult(rng):
    d = Doc()
    pt = person(rng, "fl")
    last = parts()[1]
    age = old_age(rng)
    kin = person(rng, "fl")
    d.k("ETHICS CONSULTATION NOTE", "section_header").t("\nRequested by: Dr. ").p(surname(rng), "PERSON")
    d.t(" (hospitalist)   Date of consult: ").p(date(rng, "long"), "DATE_TIME").t("\n\n")
    d.k("HISTORY", "section_header").t(": ").p(pt, "PERSON").t(" is a ").p(age, "AGE_OVER_89")
    d.t(pick(rng, ["-year-old", " year old", "-yr-old"])).t(" resident of ").p(facility(rng), "FACILITY")
    d.t(" admitted ").p(date(rng, "mdn"), "DATE_TIME").t(" after a fall. ").k("CT", "modality").t(" showed a ")
    d.k(measurement(rng), "measurement").t(" subdural collection and a ").k(pick(rng, LEVELS), "vertebral_level")
    d.t(" compression deformity. Team asked whether to proceed with ").k("MRI", "modality")
    d.t(" under sedation given advanced ").k(pick(rng, ["Alzheimer disease", "Parkinson disease"]), "eponym")
    d.t(".\n\nMet with the patient's ").t(pick(rng, ["daughter", "nephew", "son-in-law", "niece"])).t(" and ")
    d.t("health-care proxy, ").p(kin, "PERSON").t(" (cell ").p(phone(rng), "PHONE").t("), at ")
    d.p(time(rng, "ampm"), "DATE_TIME").t(". ").p(kin.split()[0], "PERSON")
    d.t(" recalls that Mr./Ms. ").p(last, "PERSON").t(" said in ").k(str(rng.randint(2015, 2022)), "year")
    d.t(" that \"no more scanners\" was the wish. Proxy form on file dated ").p(date(rng, "us"), "DATE_TIME")
    d.t(".\n\n").k("ASSESSMENT", "section_header").t(": imaging would not change management; the ")
    d.k(pick(rng, ANATOMY), "anatomy").t(" finding is incidental. Recommend comfort-focused plan.\n")
    d.t("Ethics: ").p(person(rng, "fml", staff=True), "PERSON").t(", ").k(pick(rng, ["PhD", "MD", "JD"]), "credential")
    d.t("  pager ").p(phone(rng), "PHONE").t("\n")
    return d, "CT"


def second_opinion(rng):
    d = Doc()
    pt = person(rng, "fl")
    first = parts()[0]
    rad = person(rng, "fl", staff=True)
    c, st, z = city(rng)
    acc = accession(rng)
    d.p(street(rng), "STREET_ADDRESS").t("\n").p(c, "CITY").t(f", {st} ").p(z, "ZIP").t("\n")
    d.p(date(rng, pick(rng, ["long", "dlong", "abbr"])), "DATE_TIME").t("\n\nDear Dr. ").p(rad.split()[-1], "PERSON")
    d.t(",\n\nmy name is ").p(pt, "PERSON").t(" (DOB ").p(dob(rng), "DATE_TIME").t(pick(rng, [") and", "), and"]))
    d.t(" I am writing to ask for a second read of my breast ").k("MRI", "modality").t(" done at ")
    d.p(facility(rng), "FACILITY").t(" on ").p(date(rng, "mdn"), "DATE_TIME").t(". The report said ")
    d.k(pick(rng, ["BI-RADS 4", "BI-RADS 3", "BI-RADS 0"]), "score").t(" with a ").k(measurement(rng), "measurement")
    d.t(" enhancing area on ").k(pick(rng, ["DCE", "T1 post-contrast"]), "sequence").t(". My mom had ")
    d.k("Hodgkin lymphoma", "eponym").t(" at ").k(f"{young_age(rng)}", "age_under_90")
    d.t(" and I'm scared. The images are on a disc and also at ").p(f"https://share.example.net/s/{acc}", "URL")
    d.t(" (accession ").p(acc, "ACCESSION").t(").\n\nYou can reach me at ").p(phone(rng), "PHONE").t(" or ")
    d.p(email(rng, pt), "EMAIL").t(". My insurance member ID is ").p(plan_id(rng), "HEALTH_PLAN_ID").t(".\n\n")
    d.t(pick(rng, ["Thank you so much,", "Gratefully,", "thanks"])).t("\n").p(first, "PERSON").t("\n")
    return d, "MR"


def irb_deviation(rng):
    d = Doc()
    subj = person(rng, "il")
    pi = person(rng, "fl", staff=True)
    crc = person(rng, pick(rng, ["fl", "nick"]))
    d.t("PROTOCOL DEVIATION REPORT — IRB #").t(f"{rng.randint(2019, 2025)}-{rng.randint(100, 999)}").t("\n\n")
    d.t("On ").p(date(rng, "abbr"), "DATE_TIME").t(" at approximately ").p(time(rng, "24"), "DATE_TIME")
    d.t(" the study coordinator, ").p(crc, "PERSON").t(", discovered that subject ").p(subj, "PERSON")
    d.t(" (MRN ").p(mrn(rng), "MRN").t(") had the week-12 ").k("PET/CT", "modality").t(" performed ")
    d.t(str(rng.randint(4, 11))).t(" days outside the window. The scan was done at ").p(facility(rng), "FACILITY")
    d.t(" instead of the research scanner because the patient, now ").p(old_age(rng), "AGE_OVER_89")
    d.t(", could not travel. Target lesion in the ").k(pick(rng, ANATOMY), "anatomy").t(" measured ")
    d.k(measurement(rng), "measurement").t(".\n\n").k("CORRECTIVE ACTION", "section_header")
    d.t(": re-educated staff; scheduling now flags windows. Sponsor notified by e-mail from ")
    d.p(email(rng, pi), "EMAIL").t(" on ").p(date(rng, "us"), "DATE_TIME").t(".\n\nPrincipal investigator: ")
    d.p(pi, "PERSON").t(", ").k("MD", "credential").t("  Ext. ").p(phone(rng), "PHONE").t("\n")
    return d, "CT"


def fall_incident(rng):
    d = Doc()
    pt = person(rng, "fl")
    tech = person(rng, pick(rng, ["fl", "il"]), staff=True)
    wit = person(rng, "first")
    age = young_age(rng)
    d.t("Safety event narrative (patient fall) — ").p(date(rng, "us2"), "DATE_TIME").t(" ")
    d.p(time(rng, "hrs"), "DATE_TIME").t("\n\nPt ").p(pt.upper(), "PERSON").t(", ")
    d.k(f"{age} yo", "age_under_90").t(", acct ").p(f"{rng.randint(10**7, 10**8 - 1)}", "ACCOUNT_ID")
    d.t(", was getting off the ").k("MRI", "modality").t(" table in Room 3 after a lumbar study (")
    d.k(pick(rng, ["STIR", "T2 FLAIR", "DWI"]), "sequence").t(" through ").k(pick(rng, LEVELS), "vertebral_level")
    d.t(") when she slid and landed on her left hip. Tech ").p(tech, "PERSON").t(", ")
    d.k(pick(rng, ["RT(R)", "RT(R)(MR)"]), "credential").t(" was at the console; transporter ")
    d.p(wit, "PERSON").t(" witnessed. No LOC. Hip ").k("XR", "modality").t(" neg for ")
    d.k(pick(rng, ["Colles fracture", "Segond fracture"]), "eponym").t("-type injury per prelim; ")
    d.k("left femoral neck", "anatomy").t(" intact.\n\nFamily (husband, ").p(person(rng, "fl"), "PERSON")
    d.t(") called at ").p(phone(rng), "PHONE").t(". Charge RN ").p(surname(rng), "PERSON").t(" notified at ")
    d.p(time(rng, "ampm"), "DATE_TIME").t(".\n")
    return d, "MR"


def voicemail(rng):
    d = Doc()
    caller = person(rng, pick(rng, ["fl", "nick"]))
    pt = person(rng, "fl")
    cb = phone(rng)
    d.t("[Voicemail transcription — reading room line — received ").p(date(rng, "iso"), "DATE_TIME").t(" ")
    d.p(time(rng, "sec"), "DATE_TIME").t("]\n\n\"hi um this is ").p(caller.lower(), "PERSON")
    d.t(" calling from ").p(facility(rng), "FACILITY").t(" about my patient ").p(pt, "PERSON").t(" uh date of birth ")
    d.p(date(rng, "long", year=rng.randint(1926, 1934)), "DATE_TIME").t(" so she's ").p(old_age(rng), "AGE_OVER_89")
    d.t(" now, had a ").k(pick(rng, ["CT", "US", "MRI"]), "modality").t(" yesterday, the report mentions a ")
    d.k(pick(rng, SCORES), "score").t(" and a ").k(pick(rng, EPONYMS), "eponym").t(" and I just wanted to know ")
    d.t("if we need follow-up before ").p(date(rng, "mdn"), "DATE_TIME").t(". accession is ")
    d.p(" ".join(accession(rng)), "ACCESSION").t(" i think. you can call me back at ").p(cb, "PHONE")
    d.t(" again that's ").p(cb, "PHONE").t(". thanks bye\"\n\n")
    d.t("Transcribed by VM service; confidence 0.").t(str(rng.randint(61, 97))).t("\nReturned by ")
    d.p(person(rng, "il", staff=True), "PERSON").t(" at ").p(time(rng, "24"), "DATE_TIME").t("\n")
    return d, "CT"
