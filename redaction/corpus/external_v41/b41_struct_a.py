"""Structured styles 1-5: HL7 escapes, ANSI terminal, Slack mrkdwn webhook log, SRT captions, full-width sheet."""

from __future__ import annotations

from b41_clin import CREDS, findings, impression, modality_word
from b41_core import (FACILITIES, CITIES, Doc, acc, account, age90, date, digits, dob, email, first, fw, fw_digits,
                      ip, last, mrn, person, phone, plan, serial, ssn, street, time, url, zipc, zw, nb)

MODS = ("CT", "MR", "US", "XR", "MG")


def _hl7ts(rng):
    return f"{rng.randint(2024, 2026)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"


def _hl7esc(s):
    return s.replace("\\", "\\E\\").replace("&", "\\T\\").replace("|", "\\F\\").replace("^", "\\S\\")


def hl7_oru_escape_sequences(rng):
    d, mod = Doc(rng), rng.choice(MODS)
    pf, pl = person(rng)
    rf, rl = person(rng, 0.1)
    af, al = person(rng, 0.1)
    fac = rng.choice(FACILITIES)
    city, st = rng.choice(CITIES)
    sep = rng.choice(("\r", "\n", "\r\n"))
    d.t("MSH|^~\\&|RIS|").p(_hl7esc(fac).replace(" ", "_") if rng.random() < 0.3 else _hl7esc(fac), "FACILITY")
    d.t("|EHR|HUB|").p(_hl7ts(rng), "DATE_TIME").t(f"||ORU^R01|MSG{digits(rng, 8)}|P|2.3{sep}")
    d.t("PID|1||").p(mrn(rng), "MRN").t("^^^MRN||").p(f"{pl.upper()}^{pf.upper()}^{rng.choice('ABJKLM')}", "PERSON")
    d.t("||").p(dob(rng, 7), "DATE_TIME").t(f"|{rng.choice('MFU')}|||").p(street(rng), "STREET_ADDRESS").t("^^")
    d.p(city, "CITY").t(f"^{st}^").p(zipc(rng), "ZIP").t("||").p(phone(rng).replace(" ", "^") if False else phone(rng), "PHONE")
    d.t("|||||").p(account(rng), "ACCOUNT_ID").t("|").p(ssn(rng), "SSN").t(sep)
    d.t("PV1|1|O|RAD^^^").p("_".join(fac.upper().split()[:2]), "FACILITY").t("||||").t(f"{digits(rng, 6)}^").p(f"{rl.upper()}^{rf.upper()}", "PERSON")
    d.t(sep)
    a = acc(rng)
    d.t("OBR|1||").p(a, "ACCESSION").t(f"|{rng.randint(70000, 79999)}^{modality_word(rng, mod).upper()}|||").p(_hl7ts(rng), "DATE_TIME")
    d.t(f"|||||||||{digits(rng, 6)}^").p(f"{al.upper()}^{af.upper()}^^^DR", "PERSON").t(sep)
    br = rng.choice(("\\.br\\", "\\X0D\\\\X0A\\", "\\X0A\\"))
    d.t("OBX|1|FT|&GDT^REPORT||").k("FINDINGS", "section_header").t(":" + br)
    for sent in findings(rng, mod):
        d.seq([_hl7esc(x) if isinstance(x, str) else x for x in sent]).t(br)
    d.k("IMPRESSION", "section_header").t(":" + br)
    d.seq([_hl7esc(x) if isinstance(x, str) else x for x in impression(rng, mod)]).t(br)
    c = rng.randint(0, 2)
    if c == 0:
        d.t("Discussed with Dr\\X20\\").p(rl, "PERSON").t(" \\T\\ team at ").p(time(rng, 0), "DATE_TIME").t(br)
    elif c == 1:
        d.t("Comparison \\F\\ outside ").p(acc(rng), "ACCESSION").t(" from ").p(rng.choice(FACILITIES), "FACILITY").t(br)
    else:
        d.t("Viewer: ").p(url(rng, a).replace("&", "\\T\\"), "URL").t(br)
    d.t("Signed: ").p(f"{af} {al}", "PERSON").t(", ").k(rng.choice(CREDS[:3]), "credential").t(" ").p(date(rng, 0), "DATE_TIME")
    d.t(f"||||||F{sep}")
    if rng.random() < 0.6:
        d.t("NTE|1||Pt is \\E\\ hard of hearing; daughter ").p(f"{first(rng)} {pl}", "PERSON").t(" ").p(phone(rng), "PHONE")
        d.t(f"{sep}")
    return d, mod


ESC = ("\x1b[0m", "\x1b[1m", "\x1b[31m", "\x1b[32m", "\x1b[1;33m", "\x1b[36m", "\x1b[2m", "\x1b[7m")


def ansi_dicom_cli_session(rng):
    d, mod = Doc(rng), rng.choice(MODS)
    user = rng.choice(("radtech", "pacsadmin", "svc-route", "mtorres"))
    host = rng.choice(("pacs-gw01", "ris-bridge", "mod-rtr2", "qr-node"))
    R = ESC[0]
    for _ in range(rng.randint(2, 4)):
        pf, pl = person(rng)
        a = acc(rng)
        d.t(f"\x1b[01;32m{user}@{host}{R}:\x1b[01;34m~{R}$ ")
        cmd = rng.randint(0, 3)
        if cmd == 0:
            d.t("findscu -S -k AccessionNumber=").p(a, "ACCESSION").t(" ").p(ip(rng), "IP_ADDRESS").t(" 104\n")
        elif cmd == 1:
            d.t("grep -i '").p(pl.upper(), "PERSON").t("' /var/log/router/*.log | tail -3\n")
        elif cmd == 2:
            d.t("curl -s ").p(url(rng, a), "URL").t(" | jq .status\n")
        else:
            d.t("storescu -aec ARCHIVE ").p(ip(rng), "IP_ADDRESS").t(" 11112 ./incoming/\n")
        d.t(f"{ESC[6]}[").p(date(rng, 2), "DATE_TIME").t(" ").p(time(rng, 3), "DATE_TIME").t(f"]{R} ")
        lvl = rng.choice((("\x1b[1;31m", "ERROR"), ("\x1b[1;33m", "WARN"), ("\x1b[32m", "INFO")))
        d.t(f"{lvl[0]}{lvl[1]}{R} ")
        nm = f"{pl.upper()}^{pf.upper()}"
        if rng.random() < 0.35:
            nm = f"\x1b[1m{pl.upper()}\x1b[22m^{pf.upper()}"
        else:
            d.t("\x1b[1m")
        d.t("patient=").p(nm, "PERSON").t(f"{R} mrn=").p(mrn(rng), "MRN").t(" acc=").p(a, "ACCESSION")
        d.t(f" mod={mod} ").t(rng.choice(("C-FIND 0xA700 out of resources", "assoc rejected (calling AE)",
                                          "moved 214/214 instances", "tag (0010,0030) PatientBirthDate=")))
        if d.parts[-1].endswith("="):
            d.p(dob(rng, 7), "DATE_TIME")
        d.t("\n")
        if rng.random() < 0.5:
            d.t(f"{ESC[5]}  station=").p(serial(rng), "DEVICE_SERIAL").t(f" src=").p(ip(rng), "IP_ADDRESS").t(f" build 4.12.{rng.randint(0, 9)}{R}\n")
        if rng.random() < 0.4:
            d.t(f"{ESC[6]}  referring=").p(f"{last(rng).upper()}^{first(rng).upper()}", "PERSON")
            d.t(f" inst=").p(rng.choice(FACILITIES).upper(), "FACILITY").t(f"{R}\n")
    d.t(f"\x1b[01;32m{user}@{host}{R}:\x1b[01;34m~{R}$ \x1b[7m \x1b[0m")
    return d, mod


def slack_webhook_mrkdwn_log(rng):
    d, mod = Doc(rng), rng.choice(MODS)
    uid = lambda: "U0" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(7))
    for _ in range(rng.randint(3, 5)):
        pf, pl = person(rng)
        rf, rl = person(rng, 0.1)
        d.t("[").p(time(rng, 0), "DATE_TIME").t("] ")
        k = rng.randint(0, 4)
        a = acc(rng)
        handle = rng.choice((f"dr.{rl.lower()}", f"{rf.lower()}.{rl.lower()}", f"{rf[0].lower()}{rl.lower()}"))
        handle = "".join(c for c in handle if c.isascii() and (c.isalnum() or c == "."))
        if k == 0:
            d.t("*RadAlert* :rotating_light: Critical result on *").p(f"{pl.upper()}, {pf}", "PERSON").t("* (MRN `")
            d.p(mrn(rng), "MRN").t("`) — <").p(url(rng, a), "URL").t("|open study> cc <@" + uid() + "|").p(handle, "PERSON").t(">\n")
        elif k == 1:
            d.t(f"<@{uid()}|").p(handle, "PERSON").t("> can you protocol _").p(f"{pf} {pl}", "PERSON").t("_ ")
            d.t(f"{modality_word(rng, mod)} for ").p(date(rng, 8), "DATE_TIME").t("? acc ").p(a, "ACCESSION").t("\n")
        elif k == 2:
            e = email(rng, rf, rl)
            d.t("forwarding outside CD request from <mailto:").p(e, "EMAIL").t("|").p(e, "EMAIL").t("> re ~")
            d.p(f"{pl}", "PERSON").t("~ *").p(f"{pf} {pl}", "PERSON").t("* DOB ").p(dob(rng, 0), "DATE_TIME").t("\n")
        elif k == 3:
            d.t("> ").t(rng.choice(("pt", "patient", "Pt"))).t(" *").p(pl, "PERSON").t("* is ").p(age90(rng), "AGE_OVER_89")
            d.t(" yo, on warfarin; scanner ").p(serial(rng), "DEVICE_SERIAL").t(" down again :face_palm:\n")
        else:
            d.t("*Shift handoff* from <@" + uid() + "|").p(handle, "PERSON").t(">: ")
            for sent in findings(rng, mod)[:1]:
                d.seq(sent)
            d.t("call back ").p(phone(rng), "PHONE").t(" <https://wiki.example.org/rad/protocols|protocol wiki>\n")
    return d, mod


def _srt_ts(rng, base):
    return f"{base // 3600:02d}:{base // 60 % 60:02d}:{base % 60:02d},{rng.randint(0, 999):03d}"


def srt_tumour_board_captions(rng):
    d, mod = Doc(rng), rng.choice(MODS)
    pf, pl = person(rng)
    spk = [person(rng, 0.1) for _ in range(3)]
    t0 = rng.randint(60, 3000)
    lines = [
        lambda: d.p(spk[0][1].upper(), "PERSON").t(": Next case is ").p(f"{pf} {pl}", "PERSON").t(",\n").p(age90(rng), "AGE_OVER_89").t("-year-old, MRN ").p(mrn(rng), "MRN").t("."),
        lambda: d.p(spk[1][1].upper(), "PERSON").t(": Imaging was done at\n").p(rng.choice(FACILITIES), "FACILITY").t(" on ").p(date(rng, 4), "DATE_TIME").t("."),
        lambda: d.t("Outside accession ").p(acc(rng), "ACCESSION").t(",\nwe re-read it here."),
        lambda: d.seq(findings(rng, mod)[0]),
        lambda: d.t("[crosstalk] ...and Dr. ").p(spk[2][1], "PERSON").t("\nwants a ").k(modality_word(rng, mod), "modality").t(" first."),
        lambda: d.t("- ").p(pl, "PERSON").t("'s daughter, ").p(f"{first(rng)} {last(rng)}", "PERSON").t(",\nasked us to call her at ").p(phone(rng), "PHONE").t("."),
        lambda: d.t("She lives out in ").p(rng.choice(CITIES)[0], "CITY").t(",\nso transport is an issue."),
        lambda: d.t("<i>").p(f"{spk[1][0]} {spk[1][1]}", "PERSON").t(" has joined the meeting</i>"),
    ]
    order = [0, 1] + rng.sample(range(2, len(lines)), rng.randint(3, 5))
    for n, li in enumerate(order, rng.randint(1, 240)):
        d.t(f"{n}\n{_srt_ts(rng, t0)} --> {_srt_ts(rng, t0 + 3)}\n")
        t0 += rng.randint(3, 9)
        lines[li]()
        d.t("\n\n")
    return d, mod


def fullwidth_sheet_clipboard(rng):
    d, mod = Doc(rng), rng.choice(MODS)
    hdr = rng.choice((["Name", "DOB", "MRN", "Phone", "Exam", "Date", "Note"],
                      ["患者 Patient", "生年月日 DOB", "ＭＲＮ", "電話", "検査", "日付", "備考"]))
    d.t("\t".join(hdr) + "\n")
    for _ in range(rng.randint(3, 5)):
        pf, pl = person(rng)
        conv = rng.choice((fw, fw_digits, lambda s: s))
        nm = rng.choice((f"{pl.upper()}, {pf}", f"{pl}　{pf}", f"{pf} {pl}"))
        if rng.random() < 0.25:
            nm = fw(nm)
        d.p(nm, "PERSON").t("\t").p(conv(dob(rng, rng.choice((0, 2)))), "DATE_TIME").t("\t").p(conv(mrn(rng)), "MRN").t("\t")
        d.p(conv(phone(rng)), "PHONE").t("\t").k(fw(mod) if rng.random() < 0.3 else mod, "modality").t(" ")
        d.t(rng.choice(("chest", "abd/pel", "L-spine", "knee", "breast screen"))).t("\t")
        d.p(conv(date(rng, 2)), "DATE_TIME").t(" ").p(conv(time(rng, 0)), "DATE_TIME").t("\t")
        n = rng.randint(0, 4)
        if n == 0:
            d.t("\"needs interpreter – son ").p(f"{first(rng)} {pl}", "PERSON").t("\"")
        elif n == 1:
            d.t("ins ").p(conv(plan(rng)), "HEALTH_PLAN_ID")
        elif n == 2:
            d.t("acc ").p(conv(acc(rng)), "ACCESSION")
        elif n == 3:
            d.t("#REF!")
        d.t("\n")
    if rng.random() < 0.5:
        d.t("\t\t\t\t\t\tcount: " + fw_digits(str(rng.randint(3, 5))) + "\n")
    return d, mod


STYLES = {
    "hl7_oru_escape_sequences": hl7_oru_escape_sequences,
    "ansi_dicom_cli_session": ansi_dicom_cli_session,
    "slack_webhook_mrkdwn_log": slack_webhook_mrkdwn_log,
    "srt_tumour_board_captions": srt_tumour_board_captions,
    "fullwidth_sheet_clipboard": fullwidth_sheet_clipboard,
}
