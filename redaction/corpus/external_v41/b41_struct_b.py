"""Structured styles 6-10: PDF-extracted outside report, bidi registration card, zero-width portal scrape,
no-break-space worklist printout, RTF clipboard source."""

from __future__ import annotations

from b41_clin import CREDS, findings, impression, modality_word, age_piece
from b41_core import (ARABIC_NAMES, CITIES, FACILITIES, HEBREW_NAMES, LRM, NBSP, NNBSP, PDF_, RLM, RLI, PDI, THIN,
                      Doc, acc, account, age90, date, digits, dob, email, first, last, lig, ip, mrn, nb, person,
                      phone, plan, serial, ssn, street, time, url, zipc, zw, mangle)

MODS = ("CT", "MR", "US", "XR", "MG")


def pdf_extracted_outside_report(rng):
    d, mod = Doc(rng), rng.choice(MODS)
    pf, pl = person(rng)
    fac = rng.choice(FACILITIES)
    rf, rl = person(rng, 0.1)
    nm = f"{pl.upper()}, {pf.upper()}"
    bd = dob(rng, 0)
    pages = rng.randint(2, 3)

    def header(pg):
        d.p(lig(fac), "FACILITY").t(rng.choice(("  |  ", "    ", " \u2022 "))).t("Patient: ").p(nm, "PERSON")
        d.t("   DOB: ").p(bd, "DATE_TIME").t(f"   Page {pg} of {pages}\n")

    header(1)
    d.t(rng.choice(("Oﬃce ", "Office "))).t(rng.choice(("(", ""))).p(phone(rng), "PHONE").t(rng.choice((")", ""))).t("   Fax ")
    d.p(phone(rng), "PHONE").t("\n").p(street(rng), "STREET_ADDRESS").t(" \u00b7 ")
    city, st = rng.choice(CITIES)
    d.p(city, "CITY").t(f", {st} ").p(zipc(rng), "ZIP").t("\n\n")
    d.t("Patient Name            Medical Record #        Accession\n")
    d.p(nm, "PERSON").t(" " * rng.randint(4, 12)).p(mrn(rng), "MRN").t(" " * rng.randint(4, 12)).p(acc(rng), "ACCESSION").t("\n")
    d.t("Exam Date    Referring Physician\n").p(date(rng, 0), "DATE_TIME").t("   ").p(f"{rl}, {rf}", "PERSON").t(" ")
    d.k(rng.choice(CREDS[:2]), "credential").t("\n\n")
    d.k("CLINICAL HISTORY", "section_header").t(": ").k(age_piece(rng)[0], "age_under_90").t(lig(" y/o, ﬁrst ") if rng.random() < 0.5 else " y/o, first ")
    d.t(lig(rng.choice(("eval of ﬂank pain.", "follow up of nodule.", "suspected fracture.")))).t("\n")
    d.k("TECHNIQUE", "section_header").t(": ").k(modality_word(rng, mod), "modality").t(lig(" performed without diﬃculty.\n"))
    d.k("FINDINGS", "section_header").t(":\n")
    fs = findings(rng, mod)
    for i, sent in enumerate(fs):
        d.seq([lig(x) if isinstance(x, str) else x for x in sent]).t("\n")
        if i == 0 and pages > 1:
            d.t(rng.choice(("\x0c", "\n", "\x0c\n")))
            d.t(f"{rng.randint(1, 9)}\n" if rng.random() < 0.4 else "")
            header(2)
    d.k("IMPRESSION", "section_header").t(":\n").seq(impression(rng, mod)).t("\n\n")
    af, al = person(rng, 0.1)
    d.t(lig("Electronically signed by: ")).p(f"{af} {al}", "PERSON").t(", ").k(rng.choice(CREDS[:2]), "credential")
    d.t(" on ").p(date(rng, 0), "DATE_TIME").t(" at ").p(time(rng, 1), "DATE_TIME").t("\n")
    if pages > 2:
        d.t("\x0c")
        header(3)
        d.t(lig("This report is conﬁdential. ")).t("Questions: ").p(email(rng, af, al), "EMAIL").t("\n")
    d.t(f"Printed {rng.choice(('by', 'for'))} ").p(f"{first(rng)[0].lower()}{last(rng).lower()}"
                                                    .encode("ascii", "ignore").decode() or "jdoe", "PERSON")
    d.t(" \u2014 ").p(date(rng, 2), "DATE_TIME").t("\n")
    return d, mod


def bidi_registration_card(rng):
    d, mod = Doc(rng), rng.choice(MODS)
    rtl = rng.choice(ARABIC_NAMES + HEBREW_NAMES)
    pf, pl = person(rng)
    d.t(rng.choice(("REGISTRATION / تسجيل\n", "Patient Registration · רישום מטופל\n", "REG CARD\n")))
    d.t("Name (native script): ")
    mk = rng.choice((RLM, RLI))
    d.t(mk).p(rtl, "PERSON").t(PDI if mk == RLI else RLM).t("\n")
    d.t("Name (Latin): ").p(f"{pl.upper()}, {pf}", "PERSON").t(f"{LRM}\n")
    d.t("DOB: ").t(LRM).p(dob(rng, rng.choice((0, 2, 5))), "DATE_TIME").t(LRM).t("   Age: ")
    if rng.random() < 0.5:
        d.p(age90(rng), "AGE_OVER_89")
    else:
        d.k(age_piece(rng)[0], "age_under_90")
    d.t("\nMRN: ").t(LRM).p(mrn(rng), "MRN").t("\nSSN: ").p(ssn(rng), "SSN").t(f"{LRM}\n")
    city, st = rng.choice(CITIES)
    d.t("Address: ").t(LRM).p(street(rng), "STREET_ADDRESS").t(", ").p(city, "CITY").t(f", {st} ").p(zipc(rng), "ZIP").t("\n")
    d.t("Phone: ").t(rng.choice((LRM, "\u202a"))).p(phone(rng), "PHONE").t(rng.choice((LRM, PDF_))).t("\n")
    d.t("Emergency contact: ").t(rng.choice((RLM, "\u202b")))
    rel = rng.choice(ARABIC_NAMES + HEBREW_NAMES + (f"{first(rng)} {pl}",))
    d.p(rel, "PERSON").t(f"{PDF_} ({rng.choice(('son', 'wife', 'brother', 'ابن', 'בת'))}) ").p(phone(rng), "PHONE").t("\n")
    d.t("Insurance ID: ").p(plan(rng), "HEALTH_PLAN_ID").t("   Account: ").p(account(rng), "ACCOUNT_ID").t("\n")
    d.t("Interpreter: ").t(rng.choice(("Arabic", "Hebrew", "Farsi", "none"))).t("   Ordered: ").k(modality_word(rng, mod), "modality")
    d.t("\nFacility: ").p(rng.choice(FACILITIES), "FACILITY").t("\nRegistered by: ").p(f"{first(rng, 0)} {last(rng, 0)}", "PERSON")
    d.t(" ").p(date(rng, 0), "DATE_TIME").t(" ").p(time(rng, 1), "DATE_TIME").t("\n")
    return d, mod


def zero_width_portal_scrape(rng):
    d, mod = Doc(rng), rng.choice(MODS)
    pf, pl = person(rng)
    Z = lambda s: zw(rng, s, rng.randint(1, 3))
    d.t(rng.choice(("Skip to main content\nMyChart\u200b Home  Messages  Test Results\n", "Menu\u200b\nPatient Portal\n",
                    "\ufeffBack\u200b to results\n")))
    d.t("Welcome, ").p(Z(pf), "PERSON").t("!\u200b\n\n")
    d.t(f"{modality_word(rng, mod).upper()}\u200b RESULT\n")
    d.t("Patient\u200b:\n").p(Z(f"{pf} {pl}"), "PERSON").t("\nMRN\u200b:\n").p(Z(mrn(rng)), "MRN").t("\n")
    d.t("Collected\u200b:\n").p(Z(date(rng, 6)), "DATE_TIME").t(" ").p(Z(time(rng, 1)), "DATE_TIME").t("\n")
    d.t("Accession\u200b #\n").p(Z(acc(rng)), "ACCESSION").t("\n")
    d.t("Ordering provider\n").p(Z(f"{first(rng, 0.1)} {last(rng, 0.1)}"), "PERSON").t(", ").k(rng.choice(CREDS[:5]), "credential").t("\n")
    d.t("Location\n").p(Z(rng.choice(FACILITIES)), "FACILITY").t("\n\n")
    d.k("Impression", "section_header").t("\u200b\n").seq(impression(rng, mod)).t("\n")
    for sent in findings(rng, mod)[:2]:
        d.seq(sent).t("\n")
    d.t("\nShare link\u200b: ").p(url(rng), "URL").t("\n")
    if rng.random() < 0.6:
        d.t("Billing questions? Account\u00a0#\u00a0").p(Z(account(rng)), "ACCOUNT_ID").t(" · call ").p(Z(phone(rng)), "PHONE").t("\n")
    if rng.random() < 0.5:
        d.t("Proxy access: ").p(Z(f"{first(rng)} {pl}"), "PERSON").t(" (").p(email(rng, pf, pl), "EMAIL").t(")\n")
    d.t("Last updated ").p(Z(date(rng, 4)), "DATE_TIME").t("  ·  v3.18.2  ·  © 2026\n")
    return d, mod


def nbsp_worklist_printout(rng):
    d, mod = Doc(rng), rng.choice(MODS)
    sp = lambda: rng.choice((NBSP, THIN, NNBSP, " "))
    d.t(f"WORKLIST{NBSP}—{NBSP}").p(rng.choice(FACILITIES), "FACILITY").t(f"{NBSP}{NBSP}").p(date(rng, 3), "DATE_TIME").t("\n")
    d.t(f"Room{NBSP}{rng.randint(1, 9)}  ").k(mod, "modality").t(f"  AE{NBSP}{rng.choice(('CT_2', 'MR1', 'US_RM4', 'DR_ED'))}  station ").p(serial(rng), "DEVICE_SERIAL").t("\n")
    d.t("-" * 72 + "\n")
    for _ in range(rng.randint(3, 5)):
        pf, pl = person(rng)
        d.p(time(rng, 0), "DATE_TIME").t(sp() + sp())
        d.p(nb(rng, rng.choice((f"{pl.upper()}, {pf}", f"{pl}, {pf[0]}.", f"{pf} {pl}"))), "PERSON").t("  ")
        m = mrn(rng)
        if len(m) >= 8 and rng.random() < 0.5:
            m = m[:len(m) - 4] + rng.choice((THIN, NNBSP)) + m[-4:]
        d.p(m, "MRN").t("  ")
        ph = phone(rng)
        d.p(nb(rng, ph) if " " in ph else ph.replace("-", rng.choice((NNBSP, "-")), 1), "PHONE").t("  ")
        if rng.random() < 0.4:
            d.p(age90(rng), "AGE_OVER_89").t(f"{NBSP}y  ")
        else:
            d.k(age_piece(rng)[0], "age_under_90").t(f"{NBSP}y  ")
        d.t(rng.choice(("w/o", "w/", "w+w/o"))).t("  ").p(acc(rng), "ACCESSION").t("\n")
        if rng.random() < 0.35:
            d.t(f"{NBSP}{NBSP}{NBSP}↳ note: ").p(nb(rng, f"{first(rng, 0)} {last(rng, 0)}"), "PERSON").t(" (tech) ").t(rng.choice(("pt claustrophobic", "creat 1.4", "needs 22g")))
            d.t("\n")
    d.t("-" * 72 + "\n").t(f"Printed{NBSP}").p(date(rng, 0), "DATE_TIME").t(f"{NBSP}").p(time(rng, 3), "DATE_TIME").t(" from ").p(ip(rng), "IP_ADDRESS").t("\n")
    return d, mod


def _rtf(s):
    return "".join(c if ord(c) < 128 else (f"\\'{ord(c):02x}" if ord(c) < 256 else f"\\u{ord(c)}?") for c in s)


def rtf_clipboard_source(rng):
    d, mod = Doc(rng), rng.choice(MODS)
    pf, pl = person(rng, 0.5)
    d.t("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}\\viewkind4\\uc1\\pard\\f0\\fs20 ")
    d.t("\\b Patient:\\b0  ").p(_rtf(f"{pl.upper()}, {pf}"), "PERSON").t("\\tab \\b DOB:\\b0  ").p(dob(rng, 0), "DATE_TIME").t("\\par\n")
    d.t("\\b MRN:\\b0  ").p(mrn(rng), "MRN").t("\\tab \\b Acc:\\b0  ").p(acc(rng), "ACCESSION").t("\\par\n")
    d.t("\\b Exam:\\b0  ").k(modality_word(rng, mod), "modality").t(" \\endash  ").p(date(rng, 2), "DATE_TIME").t("\\par\n\\par\n")
    d.t("\\b ").k("FINDINGS", "section_header").t(":\\b0\\par\n")
    for sent in findings(rng, mod):
        d.seq([_rtf(x) if isinstance(x, str) else x for x in sent]).t("\\par\n")
    d.t("\\b ").k("IMPRESSION", "section_header").t(":\\b0\\par\n").seq(impression(rng, mod)).t("\\par\n")
    rf, rl = person(rng, 0.5)
    d.t("\\i cc: \\i0 ").p(_rtf(f"{rf} {rl}"), "PERSON").t(", ").k(rng.choice(CREDS), "credential").t(" \\emdash  ")
    d.p(_rtf(rng.choice(FACILITIES)), "FACILITY").t("\\par\n")
    if rng.random() < 0.5:
        d.t("Pt address: ").p(_rtf(street(rng)), "STREET_ADDRESS").t(", ")
        city, st = rng.choice(CITIES)
        d.p(city, "CITY").t(f" {st} ").p(zipc(rng), "ZIP").t("\\par\n")
    if rng.random() < 0.5:
        d.t("\\cf2 Critical: called ").p(_rtf(f"Dr. {rl}")[4:], "PERSON").t(" at ").p(time(rng, 1), "DATE_TIME").t(" \\rquote read-back\\rquote \\cf0\\par\n")
    d.t("}\n")
    return d, mod


STYLES = {
    "pdf_extracted_outside_report": pdf_extracted_outside_report,
    "bidi_registration_card": bidi_registration_card,
    "zero_width_portal_scrape": zero_width_portal_scrape,
    "nbsp_worklist_printout": nbsp_worklist_printout,
    "rtf_clipboard_source": rtf_clipboard_source,
}
