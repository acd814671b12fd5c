"""Prose styles 11-15: quoted forward chain, hyphen-wrapped fax letter, Markdown handoff, Teams clipboard thread,
PDF ligature consult letter."""

from __future__ import annotations

from b41_clin import CREDS, age_piece, findings, impression, modality_word
from b41_core import (CITIES, FACILITIES, Doc, acc, account, age90, date, dob, email, first, last, lig, mrn, person,
                      phone, plan, serial, ssn, street, time, url, zipc, zw, curly, shy)

MODS = ("CT", "MR", "US", "XR", "MG")


def quoted_reply_wrapped_forward(rng):
    mod = rng.choice(MODS)
    d = Doc(rng, wrap=rng.choice((66, 72, 76)), hyph=0.0)
    pf, pl = person(rng)
    a_, b_, c_ = person(rng, 0.1), person(rng, 0.1), person(rng, 0.1)
    d.t(rng.choice(("Hi ", "Thanks ", "", "Ok "))).p(a_[0], "PERSON").t(rng.choice((" - ", ", ", " \u2014 ")))
    d.t(rng.choice(("see below, I pulled the outside images. ", "looping you in, this is the one I mentioned. ",
                    "can you take a look at this before clinic? ")))
    d.t("The patient (").p(f"{pl}, {pf}", "PERSON").t(", MRN ").p(mrn(rng), "MRN").t(") is booked ").p(date(rng, 8), "DATE_TIME").t(".\n\n")
    d.p(b_[0], "PERSON").t("\n\n")
    d.t(rng.choice(("On ", "Le "))).p(date(rng, 6), "DATE_TIME").t(", at ").p(time(rng, 1), "DATE_TIME").t(" ")
    d.p(f"{a_[0]} {a_[1]}", "PERSON").t(" <").p(email(rng, *a_), "EMAIL").t("> wrote:\n")
    d.prefix = "> "
    d.t("\n").t(rng.choice(("Forwarding from the outside office. ", "FYI -- came in through the fax server. ")))
    d.t("Their radiologist, Dr. ").p(c_[1], "PERSON").t(", read it as ")
    d.seq(findings(rng, mod)[0]).t(rng.choice(("I'm not so sure. ", "Do we agree? ", "")))
    d.t("Pt is ").p(age90(rng), "AGE_OVER_89").t(" and lives alone at ").p(street(rng), "STREET_ADDRESS").t(" in ")
    city, st = rng.choice(CITIES)
    d.p(city, "CITY").t(". Her son ").p(f"{first(rng)} {pl}", "PERSON").t(" can be reached on ").p(phone(rng), "PHONE").t(".\n")
    d.t("\n---------- Forwarded message ---------\nFrom: ").p(f"{c_[0]} {c_[1]}", "PERSON").t(" <").p(email(rng, *c_), "EMAIL")
    d.t(">\nDate: ").p(date(rng, 6), "DATE_TIME").t(" ").p(time(rng, 1), "DATE_TIME").t("\nSubject: RE: ").p(pl, "PERSON")
    d.t(" outside ").k(modality_word(rng, mod), "modality").t("\nTo: ").p(email(rng, *b_), "EMAIL").t("\n")
    d.prefix = ">> "
    d.t("\n").t("Dear colleague, please find the report for our mutual patient ").p(f"{pf} {pl}", "PERSON").t(" (DOB ")
    d.p(dob(rng, 0), "DATE_TIME").t("), performed at ").p(rng.choice(FACILITIES), "FACILITY").t(" under accession ")
    d.p(acc(rng), "ACCESSION").t(". ").seq(impression(rng, mod)).t("Images can be pulled from ").p(url(rng), "URL")
    d.t(" for 30 days.\n\nRegards,\n").p(f"{c_[0]} {c_[1]}", "PERSON").t(", ").k(rng.choice(CREDS[:2]), "credential").t("\n")
    return d, mod


def hyphen_wrapped_referral_letter(rng):
    mod = rng.choice(MODS)
    d = Doc(rng, wrap=rng.choice((52, 58, 64)), hyph=0.7)
    pf, pl = person(rng)
    rf, rl = person(rng, 0.1)
    fac = rng.choice(FACILITIES)
    d.t(f"{rng.choice(('FROM', 'Fm'))}: ").p(phone(rng), "PHONE").t("   ").p(date(rng, 1), "DATE_TIME").t(" ").p(time(rng, 0), "DATE_TIME")
    d.t(f"   P.{rng.randint(1, 3):03d}\n\n")
    d.t("Dear Dr. ").p(rl, "PERSON").t(",\n\n")
    d.t("Thank you for seeing my patient ").p(f"{pf} {pl}", "PERSON").t(", date of birth ").p(dob(rng, 4), "DATE_TIME")
    d.t(", who is a ").k(age_piece(rng)[0], "age_under_90").t("-year-old with a long history of intermittent symptoms. ")
    d.t("She was previously imaged at ").p(fac, "FACILITY").t(" where a ").k(modality_word(rng, mod), "modality")
    d.t(" demonstrated the following. ")
    for sent in findings(rng, mod):
        d.seq(sent)
    d.t("\n\nI would be grateful for your opinion regarding further management. Her address is ")
    city, st = rng.choice(CITIES)
    d.p(street(rng), "STREET_ADDRESS").t(", ").p(city, "CITY").t(f", {st} ").p(zipc(rng), "ZIP").t(" and her insurance member number is ")
    d.p(plan(rng), "HEALTH_PLAN_ID").t(". ")
    if rng.random() < 0.5:
        d.t("Her husband, ").p(f"{first(rng)} {pl}", "PERSON").t(", usually brings her to appointments. ")
    d.t("Please do not hesitate to contact my office at ").p(phone(rng), "PHONE").t(".\n\nYours sincerely,\n\n")
    af, al = person(rng, 0.1)
    d.p(f"{af} {al}", "PERSON").t(", ").k(rng.choice(CREDS[:2]), "credential").t("\n")
    d.t(rng.choice(("Dictated but not read\n", "cc: ", "")))
    if d.parts[-1] == "cc: ":
        d.p(f"{first(rng, 0)} {last(rng)}", "PERSON").t("\n")
    return d, mod


def markdown_emphasis_handoff(rng):
    d, mod = Doc(rng), rng.choice(MODS)
    d.t(rng.choice(("## Night handoff \u2014 ", "### Sign-out ", "**Handoff** "))).p(date(rng, 8), "DATE_TIME").t("\n\n")
    for _ in range(rng.randint(2, 4)):
        pf, pl = person(rng)
        emph = rng.choice(("**", "__", "*", "_"))
        d.t(rng.choice(("- ", "* ", "1. "))).t(emph).p(rng.choice((f"{pl}, {pf}", f"{pf} {pl}", pl.upper())), "PERSON").t(emph)
        d.t(rng.choice((" (", " \u2014 "))).k(age_piece(rng)[0], "age_under_90").t(rng.choice(("F", "M", "yo"))).t(", MRN `")
        d.p(mrn(rng), "MRN").t("`" + rng.choice((")", ""))).t(": ")
        d.seq(findings(rng, mod)[0])
        k = rng.randint(0, 3)
        if k == 0:
            d.t("~~pending~~ called to ").p(f"{first(rng, 0)} {last(rng, 0)}", "PERSON").t(" at ").p(time(rng, 0), "DATE_TIME").t(". ")
        elif k == 1:
            d.t("see [outside study](").p(url(rng), "URL").t("). ")
        elif k == 2:
            d.t("_wife_ **").p(first(rng), "PERSON").t("**").t(" wants a call: ").p(phone(rng), "PHONE").t(". ")
        else:
            d.t("Device check: ").p(serial(rng), "DEVICE_SERIAL").t(" is MR-conditional. ")
        d.t("\n")
    d.t("\n> ").t(rng.choice(("nothing else pending", "ED is quiet", "scanner 2 still down"))).t(" \u2014 @")
    d.p(f"{first(rng, 0).lower()}.{last(rng, 0).lower()}".replace("'", ""), "PERSON").t("\n")
    return d, mod


def teams_clipboard_thread(rng):
    d, mod = Doc(rng), rng.choice(MODS)
    people = [person(rng, 0.15) for _ in range(3)]
    pf, pl = person(rng)
    for i in range(rng.randint(3, 5)):
        who = people[i % len(people)]
        d.t("[").p(time(rng, 1), "DATE_TIME").t("] ").p(f"{who[1]}, {who[0]}", "PERSON").t(rng.choice((" (Radiology)", " (Guest)", "")))
        d.t("\n")
        k = rng.randint(0, 4)
        other = people[(i + 1) % len(people)]
        if k == 0:
            d.t("@").p(f"{other[0]} {other[1]}", "PERSON").t(" can you look at ").p(pl, "PERSON").t(" in room ").t(str(rng.randint(1, 30)))
            d.t("? acc ").p(acc(rng), "ACCESSION").t("\n")
        elif k == 1:
            d.seq(findings(rng, mod)[0]).t("nothing acute otherwise\n")
        elif k == 2:
            d.t("Pt's daughter ").p(f"{first(rng)} {last(rng)}", "PERSON").t(" called again from ").p(phone(rng), "PHONE").t("\n")
        elif k == 3:
            d.p(f"{pf} {pl}", "PERSON").t(" \u2013 DOB ").p(dob(rng, 0), "DATE_TIME")
            d.t(", MRN ").p(mrn(rng), "MRN").t(" \u2013 ").k(age_piece(rng)[0], "age_under_90").t("yo\n")
        else:
            d.t("she's ").p(age90(rng), "AGE_OVER_89").t(" \u2013 consent via ").p(email(rng, pf, pl), "EMAIL").t("?\n")
        d.t(rng.choice(("", "Like\n", "1 Like\n", "(edited)\n", "\U0001F44D 2\n")))
    d.t("has context menu\n" if rng.random() < 0.3 else "")
    return d, mod


def pdf_ligature_consult_letter(rng):
    mod = rng.choice(MODS)
    d = Doc(rng)
    pf, pl = rng.choice(("Griffin", "Clifford", "Seraffina", "Raffaella", "Wilfred", "Fiona")), rng.choice(
        ("Griffiths", "Clifton", "Stafford", "Duffield", "Radcliffe", "Flanagan", "Mifflin", "Fairfield"))
    fac = rng.choice(FACILITIES)
    rf, rl = person(rng, 0.1)
    d.t(lig("Department of Radiology \u2014 ")).p(lig(fac), "FACILITY").t("\n\n").p(date(rng, 5), "DATE_TIME").t("\n\n")
    d.t("Dear Dr ").p(rl, "PERSON").t(",\n\n")
    d.t(lig("Re: ")).p(lig(f"{pf} {pl}"), "PERSON").t(", DOB ").p(dob(rng, 0), "DATE_TIME").t(", Hospital No. ").p(mrn(rng), "MRN").t("\n\n")
    d.t(lig("Thank you for referring this patient for a ")).k(modality_word(rng, mod), "modality")
    d.t(lig(" which was performed on ")).p(date(rng, 4), "DATE_TIME").t(lig(". The signiﬁcant ﬁndings are as follows. "))
    fs = findings(rng, mod)
    d.seq([lig(x) if isinstance(x, str) else x for x in fs[0]])
    d.t(rng.choice(("\n\n", "\n")) + f"{rng.randint(1, 2)}\n\x0c")
    d.p(lig(fac), "FACILITY").t(" \u00b7 ").p(street(rng), "STREET_ADDRESS").t(" \u00b7 ")
    city, st = rng.choice(CITIES)
    d.p(city, "CITY").t(f" {st} ").p(zipc(rng), "ZIP").t("\n")
    for sent in fs[1:]:
        d.seq([lig(x) if isinstance(x, str) else x for x in sent])
    d.t(lig("\n\nIn summary, ")).seq(impression(rng, mod)).t(lig("Mr/Ms ")).p(lig(pl), "PERSON")
    d.t(lig(" was informed of these ﬁndings and a ﬂuid sample was not required. "))
    d.t(lig("If you have further questions please call my secretary, ")).p(f"{first(rng, 0)} {last(rng, 0)}", "PERSON")
    d.t(", on ").p(phone(rng), "PHONE").t(".\n\nYours sincerely\n\n").p(lig(f"{rf} {rl}"), "PERSON").t(" ")
    d.k(rng.choice(("FRCR", "MBBS", "MD")), "credential").t(lig("\nConsultant Radiologist\n"))
    return d, mod


STYLES = {
    "quoted_reply_wrapped_forward": quoted_reply_wrapped_forward,
    "hyphen_wrapped_referral_letter": hyphen_wrapped_referral_letter,
    "markdown_emphasis_handoff": markdown_emphasis_handoff,
    "teams_clipboard_thread": teams_clipboard_thread,
    "pdf_ligature_consult_letter": pdf_ligature_consult_letter,
}
