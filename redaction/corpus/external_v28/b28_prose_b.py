"""Prose genres, part B: subpoena responses, interpreter-mediated calls, residency evaluations,
radiation-oncology simulation notes, athlete concussion MRI narratives."""

from __future__ import annotations

import random

from b28_doc import Doc
from b28_kit import K, P, addr, age, city, dob, dte, fac, last, nm, tm, typo
from b28_pools import Person


def subpoena_response(r: random.Random):
    d, pt, atty, custodian = Doc(), Person(r), Person(r), Person(r)
    d.w(fac(r), " - Health Information Management\n", *addr(r), "\n\n", dte(r, False), "\n\n")
    d.w(nm(atty, True), ", Esq.\n", *addr(r), "\n\nRe: Subpoena duces tecum dated ", dte(r, False),
        "; ", r.choice(["Estate of", "In re", "Matter of"]), " ", nm(pt, True), "\n\n")
    d.w("Dear Counsel ", last(atty), ":\n\nIn response to the above subpoena we have located imaging records for ",
        nm(pt), ", date of birth ", dob(r), ", SSN ", P("SSN", r), ", medical record number ",
        P("MRN", r), ". The responsive studies are a ", K("modality", r), " performed ", dte(r),
        " (accession ", P("ACCESSION", r), ") and a ", K("modality", r), " on ", dte(r), " (accession ",
        P("ACCESSION", r), "). The reports describe a ", K("eponym", r), " and degenerative change at ",
        K("vertebral_level", r), ".\n\n")
    d.w("Images are provided on one encrypted disc; the password will be sent separately to ",
        (atty.email(), "EMAIL"), ". Records prior to ", K("year", r),
        " were destroyed under our retention schedule. Our fee of $", str(r.randint(25, 180)),
        ".00 is payable to the hospital. Questions may be directed to me at ", P("PHONE", r), ".\n\n",
        "Sincerely,\n", nm(custodian, True), ", RHIA\nCustodian of Records\n")
    return d, "MR"


def interpreter_call(r: random.Random):
    d, pt, interp, rn = Doc(), Person(r), Person(r), Person(r)
    lang = r.choice(["Vietnamese", "Haitian Creole", "Somali", "Portuguese", "Mandarin", "Arabic", "Nepali"])
    d.w("Telephone note ", dte(r, False), " ", tm(r), "\n")
    d.w("Called pt ", nm(pt), " at ", P("PHONE", r), " with ", lang, " interpreter ", nm(interp),
        " (ID #", str(r.randint(10000, 99999)), ") to go over prep for ", K("modality", r), " abdomen scheduled ",
        dte(r), " at ", tm(r), ". Pt's son ", nm(Person(r)), " also on the line. ")
    d.w("Confirmed identity with DOB ", dob(r), " and home address ", *addr(r),
        ". Pt is ", *age(r, 0.5), ", hx ", K("eponym", r), ". She asked (via interpreter) ", '"',
        r.choice(["will the dye hurt my kidneys", "can I eat rice the night before", "do I need to bring my papers"]),
        '" - ', typo(r, "explained NPO after midnight, metformin hold per protocol."), " ")
    d.w("Pt understood teach-back x2. Son will drive from ", city(r), ". Interpreter ended call ", tm(r),
        ".\n", nm(rn, True), ", ", ("RN", "credential"), "\n")
    return d, "CT"


def residency_evaluation(r: random.Random):
    d, res, att = Doc(), Person(r), Person(r)
    d.w("Rotation evaluation - ", r.choice(["Neuroradiology", "Body CT", "MSK", "Breast", "Night float"]),
        "\nResident: ", nm(res, True), " (PGY-", str(r.randint(2, 5)), ")   Period: ", dte(r), " - ", dte(r),
        "\nEvaluator: ", nm(att, True), ", ", ("MD", "credential"), "\n\n")
    d.w(typo(r, "Dr. "), last(res), " has grown a lot this block. On a call shift on ", dte(r),
        " she correctly flagged a subtle ", K("eponym", r), " on ", K("modality", r),
        " that the ED had missed and called it to Dr. ", nm(Person(r)), " by ", tm(r),
        ". Her ", K("sequence", r), " and ", K("sequence", r), " search pattern is systematic, and she no longer ",
        "mislabels ", K("vertebral_level", r), " on the sagittals. ")
    d.w("Areas to work on: her reports still bury the ", K("section_header", r), "; the ",
        K("score", r), " assignment for a ", K("measurement", r), " lesion was off by one category. ",
        "She handled a difficult conversation with a ", *age(r, 0.4), " patient's family (", nm(Person(r)),
        ") with real empathy. Recommend she present at the ", dte(r), " case conference.\n\n")
    d.w("Overall: meets expectations for level. Discussed with ", (res.nick() if r.random() < 0.5 else res.first,
        "PERSON"), " in person ", dte(r), ".\n", "Reply-to: ", (att.email(), "EMAIL"), "\n")
    return d, "MR"


def simulation_note(r: random.Random):
    d, pt, phys, dos = Doc(), Person(r), Person(r), Person(r)
    site = r.choice(["left breast", "prostate", "right lung", "whole brain", "pancreas", "rectum"])
    d.w("RADIATION ONCOLOGY - CT SIMULATION NOTE\n\nPatient: ", nm(pt, True), "   MRN: ", P("MRN", r),
        "   DOB: ", dob(r), "\nDate of sim: ", dte(r, False), "   Time: ", tm(r), "\n\n")
    d.w("Mr./Ms. ", last(pt), " is a ", *age(r, 0.35), " with ", r.choice(["stage II", "recurrent", "oligometastatic"]),
        " disease of the ", site, ", referred by Dr. ", nm(Person(r)), " of ", fac(r), ". ",
        "Simulation performed on the ", K("modality", r), " simulator (serial ", P("DEVICE_SERIAL", r),
        ") with a ", r.choice(["Vac-Lok bag", "wing board", "thermoplastic mask"]), ". Tattoos placed x3. ",
        "Fusion with diagnostic ", ("MRI", "modality"), " (", K("sequence", r), ") from ", dte(r), ". ")
    d.w("Planned dose ", (f"{r.choice(['50.4', '60', '45', '30', '70.2'])} Gy", "measurement"),
        " in ", str(r.randint(5, 35)), " fractions; the ", K("anatomy", r),
        " is a constraint structure. Note old ", K("eponym", r), " on the scout - not relevant. ",
        "Dosimetrist ", nm(dos), " to contour by ", dte(r), ". Transport from ", city(r),
        " arranged via ", P("PHONE", r), ".\n\n", nm(phys, True), ", ", ("MD", "credential"), "\n")
    return d, "CT"


def concussion_mri(r: random.Random):
    d, pt, at, coach = Doc(), Person(r), Person(r), Person(r)
    sport = r.choice(["ice hockey", "rugby", "lacrosse", "soccer", "football", "roller derby"])
    d.w("Sports Medicine / Neuroimaging summary\n\n")
    d.w(nm(pt), ", a ", (f"{r.randint(16, 29)}-year-old", "age_under_90"), " ", sport, " player for ",
        r.choice(["the Riverdogs", "Harlow Falls HS", "a club team"]), ", took a hit to the head on ",
        dte(r), " at about ", tm(r), ". Athletic trainer ", nm(at), " pulled him; coach ", nm(coach),
        " reported no loss of consciousness. ")
    d.w(K("modality", r), " head at ", fac(r), " that evening was negative. ", ("MRI", "modality"), " brain on ",
        dte(r), " with ", K("sequence", r), " and ", K("sequence", r), " shows a single microhemorrhage in the ",
        K("anatomy", r), "; no ", K("eponym", r), ". Cervical spine clear at ", K("vertebral_level", r), ". ")
    d.w(typo(r, "His grandmother, who is "), *age(r, 1.0), ", drove him to the visit from ", city(r),
        ". Mom (", nm(Person(r)), ") asked that results go to ", (Person(r).email(), "EMAIL"), " and not to the school. ",
        "Team plan member ", P("HEALTH_PLAN_ID", r), ". Recheck on ", dte(r), ".\n\n", nm(Person(r), True), ", DO, CAQSM\n")
    return d, "MR"
