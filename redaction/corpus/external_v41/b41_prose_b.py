"""Prose styles 16-20: NFD-accented patient letter, mojibake referral narrative, WebVTT reading-room transcript,
curly-quote incident statement, bidi interpreter visit note."""

from __future__ import annotations

from b41_clin import CREDS, age_piece, findings, impression, modality_word
from b41_core import (ACCENT_FIRST, ACCENT_LAST, ARABIC_NAMES, CITIES, FACILITIES, HEBREW_NAMES, LRM, RLM, RLI, PDI,
                      SHY, Doc, acc, account, age90, date, dob, email, first, last, mojibake, mrn, nfd, person, phone,
                      plan, serial, ssn, street, time, url, zipc, zw, shy)

MODS = ("CT", "MR", "US", "XR", "MG")


def nfd_accented_patient_letter(rng):
    d, mod = Doc(rng), rng.choice(MODS)
    pf, pl = rng.choice(ACCENT_FIRST), rng.choice(ACCENT_LAST)
    N = lambda s: nfd(s) if rng.random() < 0.75 else s
    fac = rng.choice(FACILITIES)
    d.p(fac, "FACILITY").t("\n").t("Breast & Body Imaging\n\n").p(date(rng, 4), "DATE_TIME").t("\n\n")
    d.p(N(f"{pf} {pl}"), "PERSON").t("\n").p(N(street(rng)), "STREET_ADDRESS").t("\n")
    city, st = rng.choice(CITIES)
    d.p(city, "CITY").t(f", {st} ").p(zipc(rng), "ZIP").t("\n\n")
    d.t(rng.choice(("Dear ", "Estimado/a ", "Chère "))).p(N(pf), "PERSON").t(",\n\n")
    d.t("We are writing about the ").k(modality_word(rng, mod), "modality").t(" you had on ").p(date(rng, 4), "DATE_TIME")
    d.t(rng.choice((". Your radiologist found the following: ", ". In plain words: ", ". Résumé: ")))
    d.seq(findings(rng, mod)[0])
    d.t("\n\nYour doctor, Dr. ").p(N(last(rng, 0.6)), "PERSON").t(rng.choice((", has also received a copy. ", ", will discuss next steps. ")))
    d.t("If you would like to speak with a nurse navigator, please call ").p(phone(rng), "PHONE")
    d.t(rng.choice((" and ask for ", " and leave a message for "))).p(N(f"{rng.choice(ACCENT_FIRST)} {last(rng)}"), "PERSON").t(". ")
    d.t("Please have your record number ready: ").p(mrn(rng), "MRN").t(".\n\n")
    if rng.random() < 0.5:
        d.t("Your insurance (member ").p(plan(rng), "HEALTH_PLAN_ID").t(") has been billed under account ").p(account(rng), "ACCOUNT_ID").t(".\n\n")
    d.t("Sincerely,\n").p(N(f"{rng.choice(ACCENT_FIRST)} {rng.choice(ACCENT_LAST)}"), "PERSON").t(", ")
    d.k(rng.choice(CREDS[:2]), "credential").t("\n")
    return d, mod


def mojibake_referral_narrative(rng):
    d, mod = Doc(rng), rng.choice(MODS)
    M = mojibake
    pf, pl = rng.choice(ACCENT_FIRST), rng.choice(ACCENT_LAST)
    rf, rl = person(rng, 0.5)
    d.t(M(rng.choice(("Referral note \u2014 ", "Clinic letter \u2013 ", "Note d\u2019orientation \u2014 ")))).p(date(rng, 0), "DATE_TIME").t("\n\n")
    d.t(M("I saw ")).p(M(f"{pf} {pl}"), "PERSON").t(M(rng.choice((" today \u2014 ", " in clinic, ", " (\u201cpatient prefers "))))
    if d.parts[-1].endswith("prefers "):
        d.p(M(pf), "PERSON").t(M("\u201d), "))
    d.t("a ").k(age_piece(rng)[0], "age_under_90").t(M("-year-old who\u2019s had worsening pain since ")).k(str(rng.randint(2015, 2024)), "year").t(". ")
    d.t(M("Outside ")).k(modality_word(rng, mod), "modality").t(" from ").p(M(rng.choice(FACILITIES)), "FACILITY").t(" (acc ")
    d.p(acc(rng), "ACCESSION").t(M(") shows \u201c"))
    d.seq([M(x) if isinstance(x, str) else x for x in findings(rng, mod)[0]]).t(M("\u201d "))
    d.t(M("Her partner \u2014 ")).p(M(f"{rng.choice(ACCENT_FIRST)} {pl}"), "PERSON").t(M(" \u2014 drove her from "))
    city, st = rng.choice(CITIES)
    d.p(city, "CITY").t(M(". Contact \u2022 ")).p(phone(rng), "PHONE").t(M(" \u2022 ")).p(email(rng, pf, pl), "EMAIL").t(".\n\n")
    d.t(M("Plan: ")).seq(impression(rng, mod)).t(M("I\u2019ll copy Dr. ")).p(M(rl), "PERSON").t(". MRN ").p(mrn(rng), "MRN").t(M(" \u2014 DOB "))
    d.p(dob(rng, 0), "DATE_TIME").t(".\n\n").p(M(f"{rf} {rl}"), "PERSON").t(", ").k(rng.choice(CREDS[:4]), "credential").t("\n")
    return d, mod


def _vtt_ts(s):
    return f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}.{(s * 37) % 1000:03d}"


def webvtt_reading_room_transcript(rng):
    d, mod = Doc(rng), rng.choice(MODS)
    pf, pl = person(rng)
    spk = [person(rng, 0.1) for _ in range(2)]
    t = rng.randint(5, 900)
    d.t("WEBVTT\nKind: captions\nLanguage: en\n\n")
    cues = [
        lambda: d.t("so this is ").p(f"{pf} {pl}", "PERSON").t(", uh,\nthe one from ").p(rng.choice(FACILITIES), "FACILITY"),
        lambda: d.t("born ").p(dob(rng, 4), "DATE_TIME").t(", so she's\n").p(age90(rng), "AGE_OVER_89").t(" now, right?"),
        lambda: d.seq(findings(rng, mod)[0]),
        lambda: d.t("<i>[inaudible]</i> pull up\naccession ").p(acc(rng), "ACCESSION"),
        lambda: d.t("I called ").p(pl, "PERSON").t("'s nephew\n").p(f"{first(rng)} {last(rng)}", "PERSON").t(" at ").p(time(rng, 1), "DATE_TIME"),
        lambda: d.t("the pacemaker is ").p(serial(rng), "DEVICE_SERIAL").t(",\nMR conditional per the card"),
        lambda: d.t("<c.yellow>MRN ").p(mrn(rng), "MRN").t("</c>\nlet's dictate it"),
        lambda: d.t("compare with ").k(str(rng.randint(2016, 2024)), "year").t("\n").k(modality_word(rng, mod), "modality"),
    ]
    order = [0] + rng.sample(range(1, len(cues)), rng.randint(4, 6))
    for n, ci in enumerate(order):
        if rng.random() < 0.5:
            d.t(f"{n + 1}\n")
        d.t(f"{_vtt_ts(t)} --> {_vtt_ts(t + 4)}")
        d.t(rng.choice(("", " align:start position:10%", " line:85%"))).t("\n")
        t += rng.randint(4, 11)
        sp = spk[n % 2]
        d.t("<v ").p(rng.choice((f"{sp[0]} {sp[1]}", sp[1], sp[0])), "PERSON").t(">")
        cues[ci]()
        d.t("\n\n")
    return d, mod


def curly_quote_incident_statement(rng):
    d, mod = Doc(rng), rng.choice(MODS)
    pf, pl = person(rng, 0.2)
    tf, tl = person(rng, 0.1)
    q = rng.choice((("\u201c", "\u201d"), ('"', '"'), ("\u201c", '"'), ("\u00ab", "\u00bb"), ("''", "''")))
    ap = rng.choice(("\u2019", "'", "`"))
    S = lambda s: shy(rng, s) if rng.random() < 0.3 else s
    d.t("Incident statement \u2014 written by ").p(f"{tf} {tl}", "PERSON").t(", ").k(rng.choice(("RT(R)", "RT(R)(MR)", "RN", "RDMS")), "credential").t("\n")
    d.t("Date of event: ").p(date(rng, 0), "DATE_TIME").t(", approx. ").p(time(rng, 2), "DATE_TIME").t("\n\n")
    d.t(f"At about that time I was preparing the {mod} room when the patient, ").p(S(f"{pf} {pl}"), "PERSON")
    d.t(f", said {q[0]}I don{ap}t want the dye again{q[1]}. I explained the ").k(modality_word(rng, mod), "modality")
    d.t(f" could be done without it. Her daughter {q[0]}").p(first(rng), "PERSON").t(q[1])
    d.t(f" (she gave her number as ").p(phone(rng), "PHONE").t(f") said the patient{ap}s doctor, Dr. ").p(S(last(rng)), "PERSON")
    d.t(f", had {q[0]}promised{q[1]} no contrast. ")
    d.t(f"I paged the radiologist, Dr. ").p(last(rng, 0.1), "PERSON").t(f", who came down at ").p(time(rng, 1), "DATE_TIME")
    d.t(". The patient's wristband read MRN ").p(mrn(rng), "MRN").t(" and DOB ").p(dob(rng, 0), "DATE_TIME")
    d.t(f", which matched the order (accession ").p(acc(rng), "ACCESSION").t(").\n\n")
    d.t(f"No injury occurred. The injector, serial ").p(serial(rng), "DEVICE_SERIAL").t(f", was not armed. ")
    d.t(f"I{ap}ve also e-mailed ").p(email(rng, tf, tl), "EMAIL").t(" a copy for the safety file.\n\n")
    d.t("Signed ").p(f"{tf[0]}. {tl}", "PERSON").t("   ").p(date(rng, 1), "DATE_TIME").t("\n")
    return d, mod


def bidi_interpreter_visit_note(rng):
    d, mod = Doc(rng), rng.choice(MODS)
    rtl = rng.choice(ARABIC_NAMES + HEBREW_NAMES)
    lf, ll = person(rng, 0)
    itf, itl = person(rng, 0.2)
    lang = "Arabic" if any("\u0600" <= c <= "\u06ff" for c in rtl) else "Hebrew"
    d.t(f"Interpreter services note ({lang})\n\n")
    d.t("I interpreted by video for ").t(rng.choice((RLM, RLI))).p(rtl, "PERSON").t(rng.choice((RLM, PDI)))
    d.t(" (registered as ").p(f"{ll.upper()}, {lf}", "PERSON").t(f"{LRM}) during her ").k(modality_word(rng, mod), "modality")
    d.t(" appointment on ").t(LRM).p(date(rng, 0), "DATE_TIME").t(LRM).t(" at ").p(rng.choice(FACILITIES), "FACILITY").t(". ")
    d.t("The technologist, ").p(f"{first(rng, 0)} {last(rng, 0)}", "PERSON").t(", explained the breath-hold instructions. ")
    d.t("The patient asked whether the scan was the same as the one in ").k(str(rng.randint(2014, 2024)), "year")
    d.t(". She stated she is ").t(RLM).p(age90(rng), "AGE_OVER_89").t(RLM).t(" years old")
    d.t(rng.choice((" and lives with her son ", ", her son ")))
    d.t(RLM).p(rng.choice(ARABIC_NAMES + HEBREW_NAMES), "PERSON").t(RLM)
    d.t(", phone ").t(LRM).p(phone(rng), "PHONE").t(f"{LRM}. ")
    d.t("She requested results be sent to ").t(LRM).p(email(rng, lf, ll), "EMAIL").t(LRM).t(". ")
    d.t("MRN ").t(LRM).p(mrn(rng), "MRN").t(f"{LRM} confirmed verbally. ")
    d.t("No questions about the ").k(rng.choice(("contrast", "MRI", "CT")), "modality").t(" remained.\n\n")
    d.t("Interpreter: ").p(f"{itf} {itl}", "PERSON").t(f", ID {rng.randint(1000, 9999)}, session ").p(time(rng, 0), "DATE_TIME")
    d.t("\u2013").p(time(rng, 0), "DATE_TIME").t("\n")
    return d, mod


STYLES = {
    "nfd_accented_patient_letter": nfd_accented_patient_letter,
    "mojibake_referral_narrative": mojibake_referral_narrative,
    "webvtt_reading_room_transcript": webvtt_reading_room_transcript,
    "curly_quote_incident_statement": curly_quote_incident_statement,
    "bidi_interpreter_visit_note": bidi_interpreter_visit_note,
}
