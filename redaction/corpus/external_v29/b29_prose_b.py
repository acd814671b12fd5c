"""Prose genres, part B: social work, IME reports, family meetings, elder-abuse surveys, amendment requests."""

from __future__ import annotations

from b29_core import (parts, ANATOMY, EPONYMS, LEVELS, SCORES, SEQUENCES, Doc, accession, account, city, date, dob,
                      email, facility, measurement, mrn, old_age, person, phone, pick, plan_id, ssn, street,
                      surname, time, young_age)


def social_work(rng):
    d = Doc()
    pt = person(rng, "fl")
    c, st, z = city(rng)
    sw = person(rng, "fl", staff=True)
    d.t("Social Work Progress Note\n").p(date(rng, "us"), "DATE_TIME").t("  ").p(time(rng, "ampm"), "DATE_TIME")
    d.t("\n\nSW spoke by phone with ").p(pt, "PERSON").t(" regarding missed ").k("PET/CT", "modality")
    d.t(" appointments (").p(date(rng, "md"), "DATE_TIME").t(" and ").p(date(rng, "md"), "DATE_TIME")
    d.t("). Pt lives alone at ").p(street(rng), "STREET_ADDRESS").t(", ").p(c, "CITY").t(f", {st} ")
    d.p(z, "ZIP").t(" and her only ride, a neighbor named ").p(person(rng, "first"), "PERSON")
    d.t(", moved away. Pt's ").k(pick(rng, ["Crohn disease", "Hodgkin lymphoma", "Cushing syndrome"]), "eponym")
    d.t(" follow-up requires imaging q3 months. Medicaid ID ").p(plan_id(rng), "HEALTH_PLAN_ID")
    d.t(" verified; enrolled in non-emergency transport, confirmation ").t(f"T{rng.randint(1000, 9999)}")
    d.t(". Daughter ").p(person(rng, "fl"), "PERSON").t(" in ").p(pick(rng, ["Tucson", "Duluth", "Albany"]), "CITY")
    d.t(" will be alternate contact: ").p(phone(rng), "PHONE").t(".\n\nPlan: SW to call pt ")
    d.p(date(rng, "abbrdot"), "DATE_TIME").t(" to confirm ride.\n").p(sw, "PERSON").t(", ")
    d.k(pick(rng, ["LCSW", "MSW"]), "credential").t("\n")
    return d, "CT"


def ime_report(rng):
    d = Doc()
    cl = person(rng, "fl")
    cl_last = parts()[1]
    dr = person(rng, "fl", staff=True)
    d.t("INDEPENDENT MEDICAL EXAMINATION — RECORD REVIEW\nClaimant: ").p(cl, "PERSON").t("\nClaim No.: ")
    d.p(f"WC-{rng.randint(10**6, 10**7 - 1)}", "ACCOUNT_ID").t("\nSSN: ").p(ssn(rng), "SSN")
    d.t("\nDate of injury: ").p(date(rng, "dlong"), "DATE_TIME").t("\nEmployer: ").p(facility(rng), "FACILITY")
    d.t("\n\n").k("HISTORY", "section_header").t("\n").t(pick(rng, ["Mr.", "Ms."])).t(" ").p(cl_last, "PERSON")
    d.t(" is a ").k(f"{young_age(rng)}-year-old", "age_under_90").t(" warehouse worker who lifted a pallet and felt ")
    d.t("a pop in the low back. Lumbar ").k("MRI", "modality").t(" of ").p(date(rng, "abbr"), "DATE_TIME")
    d.t(" showed a ").k(measurement(rng), "measurement").t(" protrusion at ").k(pick(rng, LEVELS), "vertebral_level")
    d.t(" with a ").k("Schmorl node", "eponym").t(" at ").k(pick(rng, LEVELS), "vertebral_level")
    d.t(", chronic by ").k("STIR", "sequence").t(" signal. Prior films from ").k(str(rng.randint(2012, 2020)), "year")
    d.t(" (read by Dr. ").p(surname(rng), "PERSON").t(") show the same node.\n\n").k("OPINION", "section_header")
    d.t("\nWithin reasonable medical probability the protrusion is work related; the node is degenerative.\n\n")
    d.p(dr, "PERSON").t(", ").k(pick(rng, ["MD", "DO"]), "credential").t("\n").p(street(rng), "STREET_ADDRESS")
    c, st, z = city(rng)
    d.t(", ").p(c, "CITY").t(f" {st} ").p(z, "ZIP").t("\n")
    return d, "MR"


def family_meeting(rng):
    d = Doc()
    pt = person(rng, "fl")
    last = parts()[1]
    d.t("ICU Family Meeting Note — ").p(date(rng, "long"), "DATE_TIME").t(", ").p(time(rng, "pdot"), "DATE_TIME")
    d.t("\nPresent: wife ").p(person(rng, "fl"), "PERSON").t("; son ").p(person(rng, "nick"), "PERSON")
    d.t(" (on speaker from ").p(pick(rng, ["Lagos", "Manila", "Krakow", "Ottawa"]), "CITY").t("); Dr. ")
    d.p(surname(rng), "PERSON").t(" (neuroradiology); ").p(person(rng, "il", staff=True), "PERSON").t(", ")
    d.k("RN", "credential").t("\n\nWe reviewed Mr. ").p(last, "PERSON").t("'s head ").k("CT", "modality")
    d.t(" and the ").k("MRI", "modality").t(" from this morning. Diffusion restriction on ").k("DWI", "sequence")
    d.t(" involves the ").k(pick(rng, ["posterior fossa", "lateral ventricles"]), "anatomy")
    d.t(" region and both hemispheres. Family asked whether his old ").k("Bell palsy", "eponym")
    d.t(" was related — it is not. He turned ").p(old_age(rng), "AGE_OVER_89").t(" on ").p(date(rng, "mdn"), "DATE_TIME")
    d.t(" and had told his wife he never wanted a trach. Family will meet again tomorrow at ")
    d.p(time(rng, "ampm"), "DATE_TIME").t(". Callback for son: ").p(phone(rng), "PHONE").t(".\n")
    return d, "MR"


def elder_survey(rng):
    d = Doc()
    pt = person(rng, "LF")
    age = old_age(rng)
    d.t("SKELETAL SURVEY — ADULT PROTECTIVE SERVICES REFERRAL\nPatient: ").p(pt, "PERSON").t("   MRN: ")
    d.p(mrn(rng), "MRN").t("   Age: ").p(age, "AGE_OVER_89").t(pick(rng, [" years", "Y", " y/o"]))
    d.t("\nReferred by APS worker ").p(person(rng, "fl"), "PERSON").t(", case ").p(f"APS-{rng.randint(10**5, 10**6)}", "ACCOUNT_ID")
    d.t("\n\n").k("FINDINGS", "section_header").t(": Healing fractures of the ").k("ninth rib", "anatomy")
    d.t(" and left ").k("distal radius", "anatomy").t(" (").k(pick(rng, ["Colles fracture", "Smith fracture"]), "eponym")
    d.t(") of differing ages. Compression at ").k(pick(rng, LEVELS), "vertebral_level").t(". Diffuse osteopenia; ")
    d.k("Paget disease", "eponym").t(" not seen.\n").k("IMPRESSION", "section_header").t(": pattern concerning for ")
    d.t("non-accidental trauma in a ").p(age, "AGE_OVER_89").t("-year-old living with grandson ")
    d.p(person(rng, "fl"), "PERSON").t(" at ").p(street(rng), "STREET_ADDRESS").t(".\nDiscussed with ")
    d.p(surname(rng, staff=True), "PERSON").t(" (APS) at ").p(time(rng, "hrs"), "DATE_TIME").t(" on ")
    d.p(date(rng, "us"), "DATE_TIME").t(". Read by ").p(person(rng, "fl", staff=True), "PERSON").t(" ")
    d.k("MD", "credential").t("\n")
    return d, "XR"


def amendment_request(rng):
    d = Doc()
    pt = person(rng, "fml")
    pt_last = parts()[1]
    acc = accession(rng)
    d.t("REQUEST TO AMEND PROTECTED HEALTH INFORMATION\n\nTo: Health Information Management, ")
    d.p(facility(rng), "FACILITY").t("\nFrom: ").p(pt, "PERSON").t("   DOB: ").p(dob(rng), "DATE_TIME")
    d.t("\nAccount #").p(account(rng), "ACCOUNT_ID").t("\n\nThe ").k("US", "modality").t(" report for accession ")
    d.p(acc, "ACCESSION").t(" dated ").p(date(rng, "dash"), "DATE_TIME").t(" says I have a history of ")
    d.k(pick(rng, ["Graves disease", "Addison disease", "Hashimoto thyroiditis"]), "eponym")
    d.t(". I do not. I think it was mixed up with another patient with my last name (").p(pt_last, "PERSON")
    d.t("). Also the ").k("TI-RADS 4", "score").t(" nodule was ").k(measurement(rng), "measurement")
    d.t(", not what was written. Please correct and send to my PCP Dr. ").p(person(rng, "fl", staff=True), "PERSON")
    d.t(" by fax.\n\nSigned ").p(date(rng, "mdn"), "DATE_TIME").t("  e-mail ").p(email(rng, pt.replace(".", "")), "EMAIL")
    d.t("\nHIM use only: received ").p(date(rng, "iso"), "DATE_TIME").t(" by ").p(person(rng, "il", staff=True), "PERSON")
    d.t("; response due in 60 days.\n")
    return d, "US"
