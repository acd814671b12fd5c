"""Structured styles 1-5: QP e-mail source, portal HTML, RTF report, JSON API payload, URL-encoded form."""

from __future__ import annotations

import random

from b39_core import B, K, P, html, js, qp, qp_wrap, rtf, url_form
from b39_pools import Ctx, age_tuple, cred, findings, hdr


def _qword(s: str) -> str:
    out = []
    for ch in s:
        if ch == " ":
            out.append("_")
        elif ch in "=?_" or ord(ch) > 126:
            out.append("".join(f"={b:02X}" for b in ch.encode("utf-8")))
        else:
            out.append(ch)
    return "".join(out)


def qp_result_notify_eml(rng: random.Random, c: Ctx) -> B:
    ch = rng.choice
    dow = ch(["Mon", "Tue", "Wed", "Thu", "Fri"])
    h = B().tpl("Return-Path: <bounce-{n}@notify.example.net>\n", n=rng.randint(1000, 9999))
    h.tpl("Received: from relay{r}.example.net ({ip}) by mx.example.org with ESMTPS; {dow}, {d} {t} -0500\n",
          r=rng.randint(1, 9), ip=P(c.ip, "IP_ADDRESS"), dow=dow, d=P(c.date(style="dmy_long"), "DATE_TIME"),
          t=P(c.time(45, "sec"), "DATE_TIME"))
    h.tpl("From: \"{f}\" <results-noreply@example.org>\n", f=ch(["Imaging Results", "MyChart Radiology", "Results Desk"]))
    h.tpl("To: \"{n}\" <{e}>\n", n=P(c.pt.fl(), "PERSON"), e=P(c.email, "EMAIL"))
    subj = B().tpl(ch(["Your {m} results are ready \u2013 {n}", "Results available for {n} \u2014 {m}",
                       "Neue Befunde / new results: {n}"]), m=c.modality, n=P(c.pt.fl(), "PERSON")).enc(_qword)
    h.t("Subject: =?UTF-8?Q?").add(subj).t("?=\n")
    h.tpl("Message-ID: <{x}.{y}@notify.example.net>\nMIME-Version: 1.0\n", x=rng.randint(10**8, 10**9), y=rng.randint(100, 999))
    h.t("Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n")
    body = B().tpl(ch(["Dear {n},\n\n", "Hello {n},\n\n", "{n} \u2014\n\n"]),
                   n=P(ch([c.pt.fl(), c.pt.first, f"{c.pt.first} {c.pt.last}"]), "PERSON"))
    body.tpl(ch(["Your {m} performed at {f} on {d} at {t} has been finalised by Dr. {r} ({cr}). ",
                 "The {m} you had on {d} ({t}) at {f} is now signed. Reading radiologist: {r}, {cr}. "]),
             m=K(c.modality, "modality"), f=P(c.fac, "FACILITY"), d=P(c.date(), "DATE_TIME"),
             t=P(c.time(), "DATE_TIME"), r=P(c.rad.fl(), "PERSON"), cr=cred(rng))
    body.tpl("Ordering provider: {o}.\n\nAccession = {a}   MRN = {mr}\n\n", o=P(c.ref.init(), "PERSON"),
             a=P(c.acc, "ACCESSION"), mr=P(c.mrn, "MRN"))
    body.tpl("{h}: ", h=hdr(ch(["IMPRESSION", "Impression", "Summary"]))).add(findings(rng, c, rng.randint(1, 3))).t("\n\n")
    body.tpl("View the full report and images here: {u}\n", u=P(c.url, "URL"))
    body.tpl(ch(["Questions? Call the results line at {p} (Mon\u2013Fri).\n", "If you have questions call {p} \u2013 ask for the nurse navigator.\n"]),
             p=P(c.phone, "PHONE"))
    body.t("\n-- \nThis message was sent to ").p(c.email, "EMAIL").t(". Do not reply = this mailbox is unmonitored.\n")
    return h.add(qp_wrap(body.enc(qp)))


def portal_results_html_page(rng: random.Random, c: Ctx) -> B:
    ch = rng.choice
    e = lambda s: html(s, numeric=rng.random() < 0.4)  # noqa: E731
    b = B().t("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
    b.add(B().tpl("Test Results &ndash; {n}", n=P(c.pt.fl(), "PERSON")).enc(lambda s: s if "&" in s else e(s)))
    b.t("</title></head>\n<body class=\"mychart\">\n<div id=\"hdr\"><span class=\"welcome\">Welcome,&nbsp;")
    b.add(B().p(c.pt.first, "PERSON").enc(e)).t("!</span> <a href=\"/logout\">Log&nbsp;out</a></div>\n")
    b.t("<table class=\"demog\">\n")
    rows = [("Patient", P(c.pt.lf(), "PERSON")), ("Date of birth", P(c.date("dob", "us"), "DATE_TIME")),
            ("MRN", P(c.mrn, "MRN")), ("Accession", P(c.acc, "ACCESSION")),
            ("Collected", P(c.date(style=ch(["short", "us", "long"])), "DATE_TIME")),
            ("Location", P(c.fac, "FACILITY")), ("Ordered by", P(c.ref.fl(), "PERSON"))]
    rng.shuffle(rows)
    for lab, val in rows[: rng.randint(5, 7)]:
        b.add(B().tpl("  <tr><th>{l}</th><td>{v}</td></tr>\n", l=lab, v=B([(val[0], "phi", val[2])]).enc(e)).enc(
            lambda s: s))
    b.t("</table>\n<h2>").add(B().k(ch(["FINDINGS", "Findings", "Narrative"]), "section_header")).t("</h2>\n<p>")
    b.add(findings(rng, c, rng.randint(1, 3), sep=" <br>\n").enc(lambda s: s if s == " <br>\n" else e(s)))
    b.t("</p>\n<h2>").add(B().k("IMPRESSION", "section_header")).t("</h2>\n<p>")
    b.add(findings(rng, c, 1).enc(e)).t("</p>\n<p class=\"sig\">Electronically signed by ")
    b.add(B().tpl("{r}, {cr} on {d} {t}", r=P(c.rad.fl(), "PERSON"), cr=cred(rng),
                  d=P(c.date(style="us"), "DATE_TIME"), t=P(c.time(90, "12"), "DATE_TIME")).enc(lambda s: e(s).replace(" ", "&nbsp;") if rng.random() < 0.3 else e(s)))
    b.t("</p>\n<p>Questions about this result? Message <a href=\"mailto:")
    b.p(c.email, "EMAIL").t("\">your care team</a> or call ").p(c.phone, "PHONE").t(".</p>\n")
    b.t("<!-- render node ").p(c.ip, "IP_ADDRESS").t(" build 4.12.7 tmpl=results_v3 -->\n</body></html>\n")
    return b


def rtf_dictated_report_file(rng: random.Random, c: Ctx) -> B:
    ch = rng.choice
    b = B().t("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}{\\f1\\fmodern Courier New;}}\n")
    b.t("{\\*\\generator Msftedit 5.41.21.2510;}\\viewkind4\\uc1\\pard\\f0\\fs20\n")
    body = B()
    body.t("{\\b ").add(B().tpl("{f}", f=P(c.fac, "FACILITY")).enc(rtf)).t("}\\par\n")
    body.t("{\\b Patient Name:}\\tab ").add(B().p(c.pt.caps(), "PERSON").enc(rtf)).t("\\par\n")
    body.t("{\\b DOB:}\\tab ").p(c.date("dob", ch(["us", "iso"])), "DATE_TIME")
    if c.age > 89 or rng.random() < 0.5:
        body.t("\\tab {\\b Age:} ").add(B().tpl("{a}Y", a=age_tuple(c)))
    body.t("\\par\n{\\b MRN:}\\tab ").p(c.mrn, "MRN").t("\\tab {\\b Acc#:} ").p(c.acc, "ACCESSION").t("\\par\n")
    body.t("{\\b Referring:}\\tab ").add(B().tpl("{r}, {cr}", r=P(c.ref.lf(), "PERSON"), cr=cred(rng)).enc(rtf)).t("\\par\n")
    body.t("{\\b Exam Date:}\\tab ").p(c.date(), "DATE_TIME").t(" ").p(c.time(), "DATE_TIME").t("\\par\\par\n")
    for name in rng.sample(["HISTORY", "TECHNIQUE", "COMPARISON"], 2):
        body.t("{\\b\\ul ").k(name, "section_header").t(":}\\par\n")
        if name == "COMPARISON":
            body.add(B().tpl("{m} from {y}.", m=K(c.modality, "modality"), y=K(str(rng.randint(2016, 2024)), "year")).enc(rtf))
        else:
            body.add(findings(rng, c, 1).enc(rtf))
        body.t("\\par\n")
    body.t("{\\b\\ul ").k("FINDINGS", "section_header").t(":}\\par\n")
    body.add(findings(rng, c, rng.randint(2, 4), sep="\n").enc(rtf)).t("\\par\n")
    body.t("{\\b\\ul ").k("IMPRESSION", "section_header").t(":}\\par\n{\\i ")
    body.add(findings(rng, c, 1).enc(rtf)).t("}\\par\\par\n")
    body.t("Dictated by: ").add(B().tpl("{r} {cr}", r=P(c.rad.init(), "PERSON"), cr=cred(rng)).enc(rtf))
    body.t("\\line Transcribed: ").p(c.later(1, "us2"), "DATE_TIME").t(" /").p(c.tech.login(), "PERSON").t("\\par\n")
    return b.add(body).t("}\n")


def api_payload_escaped_body(rng: random.Random, c: Ctx) -> B:
    ch = rng.choice
    slash = rng.random() < 0.5
    asc = rng.random() < 0.7
    j = lambda s: js(s, asc, slash)  # noqa: E731
    rep = B().k("EXAM", "section_header").t(": ").k(c.modality, "modality").t(" ")
    rep.t("\n").k("HISTORY", "section_header").t(": ").add(B().tpl("{a} with \"pain\" per Dr. {r}", a=B().tpl(
        "{x}-year-old", x=age_tuple(c)), r=P(c.ref.last, "PERSON")))
    rep.t("\n\n").k("FINDINGS", "section_header").t(":\n").add(findings(rng, c, rng.randint(2, 3), "\n"))
    rep.t("\n\n").k("IMPRESSION", "section_header").t(":\n1. ").add(findings(rng, c, 1))
    rep.tpl("\n\nSigned: {r}, {cr} / {d} {t}", r=P(c.rad.fl(), "PERSON"), cr=cred(rng),
            d=P(c.date(style="us"), "DATE_TIME"), t=P(c.time(30, "24"), "DATE_TIME"))
    b = B().t("{\n  \"resourceType\": \"RadiologyResult\",\n  \"status\": \"final\",\n")
    b.t("  \"patient\": {\"name\": \"").add(B().p(c.pt.lf(), "PERSON").enc(j)).t("\", \"mrn\": \"")
    b.p(c.mrn, "MRN").t("\", \"birthDate\": \"").p(c.date("dob", "iso"), "DATE_TIME").t("\"},\n")
    b.t("  \"accession\": \"").p(c.acc, "ACCESSION").t("\",\n  \"performed\": \"")
    b.p(c.date(style="iso"), "DATE_TIME").t("T").p(c.time(style="iso"), "DATE_TIME").t(ch(["-05:00", "Z"])).t("\",\n")
    b.t("  \"performer\": \"").add(B().p(c.fac, "FACILITY").enc(j)).t("\",\n")
    b.t("  \"links\": {\"viewer\": \"").add(B().p(c.url, "URL").enc(j)).t("\"},\n")
    b.t("  \"report\": \"").add(rep.enc(j)).t("\",\n")
    b.t("  \"meta\": ")
    b.t("{\"schema\": \"2.3.1\", \"source\": \"").p(c.ip, "IP_ADDRESS").t(f"\", \"rev\": {rng.randint(1, 6)}}}\n}}\n")
    return b


def order_form_urlencoded_post(rng: random.Random, c: Ctx) -> B:
    ch = rng.choice
    b = B().tpl("POST /ris/orders/new HTTP/1.1\nHost: ris.example.org\nX-Forwarded-For: {ip}\n", ip=P(c.ip, "IP_ADDRESS"))
    b.t("Content-Type: application/x-www-form-urlencoded\nUser-Agent: OrderEntry/7.4.2 (build 3381)\n\n")
    fields = [("csrf", B().t(f"{rng.getrandbits(64):016x}")),
              ("pt_name", B().p(ch([c.pt.lf(), c.pt.fl(), c.pt.caps()]), "PERSON")),
              ("pt_dob", B().p(c.date("dob", ch(["us", "iso"])), "DATE_TIME")),
              ("mrn", B().p(c.mrn, "MRN")),
              ("pt_addr1", B().p(c.street, "STREET_ADDRESS")), ("pt_city", B().p(c.city, "CITY")),
              ("pt_state", B().t(c.state)), ("pt_zip", B().p(c.zip, "ZIP")),
              ("pt_phone", B().p(c.phone, "PHONE")),
              ("ins_member_id", B().p(c.plan, "HEALTH_PLAN_ID")),
              ("exam", B().k(ch(["CT CHEST W/O", "MRI L-SPINE W/WO", "US ABD COMPLETE", "XR KNEE 3V", "MAMMO DIAG BILAT"]), "modality")),
              ("priority", B().t(ch(["STAT", "routine", "ASAP"]))),
              ("reason", findings(rng, c, 1).t(ch([" r/o mets", " f/u per onc & PCP", " \"worse\" per pt"]))),
              ("requested_date", B().p(c.later(3, ch(["us", "iso"])), "DATE_TIME")),
              ("ordering_md", B().tpl("{r}, {cr}", r=P(c.ref.lf(), "PERSON"), cr=cred(rng))),
              ("callback", B().p(c.phone2, "PHONE")), ("site", B().p(c.fac2, "FACILITY")),
              ("submit", B().t("Place Order"))]
    if rng.random() < 0.5:
        fields.insert(5, ("acct", B().p(c.acct, "ACCOUNT_ID")))
    if rng.random() < 0.5:
        fields.insert(4, ("pt_ssn", B().p(c.ssn, "SSN")))
    if c.age > 89:
        fields.insert(3, ("age", B().p(str(c.age), "AGE_OVER_89")))
    first = True
    for k, v in fields:
        if rng.random() < 0.1 and k not in ("pt_name", "mrn", "exam"):
            continue
        b.t("" if first else "&").t(k + "=").add(v.enc(url_form))
        first = False
    return b.t("\n")
