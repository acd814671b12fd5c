"""Structured styles 6-10: CSV export, XML with CDATA, YAML case record, SQL dump, log line with nested JSON."""

from __future__ import annotations

import random

from b39_core import B, K, P, csvq, js, sql_mysql, sql_std, xml, xml_num
from b39_pools import LEVELS, Ctx, age_tuple, cred, findings, hdr, make_ctx


def csv_multiline_comment_export(rng: random.Random, c: Ctx) -> B:
    ch = rng.choice
    b = B().t("\ufeff" if rng.random() < 0.3 else "")
    b.t("\"Acc\",\"MRN\",\"Patient\",\"DOB\",\"Exam\",\"Exam Date\",\"Status\",\"Comment\",\"Entered By\"\n")
    for r in range(rng.randint(2, 4)):
        x = c if r == 0 else make_ctx(rng, c.modality)
        cm = B()
        cm.tpl(ch(["Pt called {d}, states \"can't lie flat\" \u2013 needs {s} protocol only.\n",
                   "Spoke w/ {rel} {rn} re: prep; {s} added.\n",
                   "Outside imgs from {f2} loaded {d}.\n"]),
               d=P(x.later(-2, "md"), "DATE_TIME"), s=K(ch(["STIR", "FLAIR", "DWI", "T2-weighted"]), "sequence"),
               rel=x.rel_role, rn=P(x.rel.fl(), "PERSON"), f2=P(x.fac2, "FACILITY"))
        cm.add(findings(rng, x, 1))
        if rng.random() < 0.6:
            cm.tpl("\n-- callback {p}", p=P(x.phone, "PHONE"))
        row = [B().p(x.acc, "ACCESSION"), B().p(x.mrn, "MRN"), B().p(ch([x.pt.lf(), x.pt.caps()]), "PERSON"),
               B().p(x.date("dob", "us"), "DATE_TIME"), B().k(ch(["CT", "MR", "US", "XR"]), "modality"),
               B().p(x.date(style="us"), "DATE_TIME").t(" ").p(x.time(style="24"), "DATE_TIME"),
               B().t(ch(["FINAL", "PRELIM", "SCHEDULED", "NO SHOW"])), cm, B().p(x.tech.login(), "PERSON")]
        for n, cell in enumerate(row):
            b.t("," if n else "")
            quote = n in (2, 7) or rng.random() < 0.3
            b.t("\"" if quote else "").add(cell.enc(csvq)).t("\"" if quote else "")
        b.t("\r\n" if rng.random() < 0.4 else "\n")
    return b


def xml_cdata_result_message(rng: random.Random, c: Ctx) -> B:
    ch = rng.choice
    ex = xml_num if rng.random() < 0.4 else xml
    b = B().t("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ResultMessage xmlns=\"urn:example:ris:2\" version=\"2.1\">\n")
    b.t("  <Header sentAt=\"").p(c.later(0, "iso"), "DATE_TIME").t("T").p(c.time(120, "iso"), "DATE_TIME")
    b.t("\" sender=\"").add(B().p(c.fac, "FACILITY").enc(ex)).t("\" host=\"").p(c.ip, "IP_ADDRESS").t("\"/>\n")
    b.t("  <Patient>\n    <Name family=\"").add(B().p(c.pt.last, "PERSON").enc(ex)).t("\" given=\"")
    b.add(B().p(c.pt.first, "PERSON").enc(ex)).t("\"/>\n    <Id type=\"MR\">").p(c.mrn, "MRN").t("</Id>\n")
    b.t("    <BirthDate>").p(c.date("dob", "iso"), "DATE_TIME").t("</BirthDate>\n")
    if rng.random() < 0.6:
        b.t("    <Address><Line>").add(B().p(c.street, "STREET_ADDRESS").enc(ex)).t("</Line><City>")
        b.add(B().p(c.city, "CITY").enc(ex)).t(f"</City><State>{c.state}</State><Zip>").p(c.zip, "ZIP").t("</Zip></Address>\n")
    b.t("  </Patient>\n  <Order accession=\"").p(c.acc, "ACCESSION").t("\" modality=\"").k(c.modality, "modality").t("\">\n")
    b.t("    <Ordering>").add(B().tpl("{r}, {cr}", r=P(c.ref.fl(), "PERSON"), cr=cred(rng)).enc(ex)).t("</Ordering>\n")
    b.t("    <ReportText><![CDATA[")
    rep = B().k("FINDINGS", "section_header").t(":\n").add(findings(rng, c, rng.randint(2, 3), "\n"))
    rep.t("\n").k("IMPRESSION", "section_header").t(": ").add(findings(rng, c, 1))
    rep.tpl(ch(["\nCompared to outside study dated {d} <no images available>.", "\nDiscussed with Dr. {r} at {t} & documented.",
                "\n<<addendum pending>> {r}"]),
            d=P(c.later(-40, "us"), "DATE_TIME"), r=P(c.ref.last, "PERSON"), t=P(c.time(140, "12"), "DATE_TIME"))
    b.add(rep).t("]]></ReportText>\n")
    b.t("    <Signer>").add(B().tpl("{r}", r=P(c.rad.lf(), "PERSON")).enc(ex)).t("</Signer>\n  </Order>\n</ResultMessage>\n")
    return b


def yaml_folded_case_record(rng: random.Random, c: Ctx) -> B:
    ch = rng.choice
    sq = lambda s: s.replace("'", "''")  # noqa: E731
    b = B().tpl("# case export {v} \u2014 do not edit by hand\ncase_id: TF-{n}\n", v=ch(["v3", "v3.1", "2024.2"]), n=rng.randint(1000, 9999))
    b.t("patient:\n  name: '").add(B().p(c.pt.lf(), "PERSON").enc(sq)).t("'\n  mrn: \"").p(c.mrn, "MRN").t("\"\n")
    b.t("  dob: ").p(c.date("dob", "iso"), "DATE_TIME").t("\n")
    if c.age > 89 or rng.random() < 0.4:
        b.t("  age: ").add(B().tpl("{a}", a=age_tuple(c))).t("\n")
    b.t("  ssn_last4_verified: true\n" if rng.random() < 0.5 else "  ssn: '").add(B() if rng.random() < 0.0 else B())
    if b.segs[-1][0].endswith("'"):
        b.p(c.ssn, "SSN").t("'\n")
    b.t("  contact:\n    phone: '").p(c.phone, "PHONE").t("'\n    email: ").p(c.email, "EMAIL").t("\n")
    b.t("study:\n  accession: ").p(c.acc, "ACCESSION").t("\n  modality: ").k(c.modality, "modality").t("\n")
    b.t("  date: ").p(c.date(style="iso"), "DATE_TIME").t("\n  site: '").add(B().p(c.fac, "FACILITY").enc(sq)).t("'\n")
    b.t("  levels: [").add(B().k(ch(LEVELS), "vertebral_level")).t(", ").add(B().k(ch(LEVELS[6:]), "vertebral_level")).t("]\n")
    b.t("  history: >-\n")
    for ln in (findings(rng, c, 1), B().tpl("Referred by {r} ({cr}) after fall on {d}.", r=P(c.ref.init(), "PERSON"),
                                             cr=cred(rng), d=P(c.later(-5, "md"), "DATE_TIME"))):
        b.t("    ").add(ln).t("\n")
    b.t("  findings: >\n")
    for n in range(rng.randint(2, 4)):
        b.t("    ").add(findings(rng, c, 1)).t("\n")
        if rng.random() < 0.3:
            b.t("\n")
    b.t("  teaching_point: |\n    ").add(B().k(ch(["Baker cyst", "Schmorl node", "Hill-Sachs lesion", "Tornwaldt cyst"]), "eponym"))
    b.t(" vs mimic \u2014 see key image.\nsubmitted_by: ").p(c.rad.login(), "PERSON").t("\nreviewer: '")
    b.add(B().p(c.tech.fl(), "PERSON").enc(sq)).t("'\n")
    return b


def sql_referral_insert_dump(rng: random.Random, c: Ctx) -> B:
    ch = rng.choice
    mysql = rng.random() < 0.5
    q = sql_mysql if mysql else sql_std
    tbl = "`referrals`" if mysql else "public.referrals"
    b = B().t("-- MySQL dump 10.13  Distrib 8.0.36\n" if mysql else "-- PostgreSQL database dump\n-- Dumped by pg_dump version 15.6\n")
    b.t(f"\nINSERT INTO {tbl} (id, patient_name, dob, mrn, member_id, referring, phone, reason, received_at, site) VALUES\n")
    n = rng.randint(2, 4)
    for r in range(n):
        x = c if r == 0 else make_ctx(rng, c.modality)
        reason = B().add(findings(rng, x, 1)).tpl(ch([" Pt's {rel} {rn} to bring CD.", " Prior at {f}.", "\nAsk for \"Dr. {rl}\"."]),
                                                  rel=x.rel_role, rn=P(x.rel.fl(), "PERSON"), f=P(x.fac2, "FACILITY"),
                                                  rl=P(x.ref.last, "PERSON"))
        b.t(f"({rng.randint(40000, 90000)},'").add(B().p(ch([x.pt.lf(), x.pt.fl()]), "PERSON").enc(q)).t("','")
        b.p(x.date("dob", "iso"), "DATE_TIME").t("','").p(x.mrn, "MRN").t("',")
        b.add(B().t("'").p(x.plan, "HEALTH_PLAN_ID").t("'") if rng.random() < 0.8 else B().t("NULL")).t(",'")
        b.add(B().tpl("{r}, {cr}", r=P(x.ref.lf(), "PERSON"), cr=cred(rng)).enc(q)).t("','").p(x.phone, "PHONE").t("','")
        b.add(reason.enc(q if mysql else (lambda s: sql_std(s)))).t("','")
        b.p(x.date(style="iso"), "DATE_TIME").t(" ").p(x.time(style="sec"), "DATE_TIME").t("','")
        b.add(B().p(x.fac, "FACILITY").enc(q)).t("')").t(",\n" if r < n - 1 else ";\n")
    b.t("-- Dump completed\n" if mysql else "\n-- PostgreSQL database dump complete\n")
    return b


def applog_nested_json_event(rng: random.Random, c: Ctx) -> B:
    ch = rng.choice
    b = B()
    for n in range(rng.randint(2, 3)):
        x = c if n == 0 else make_ctx(rng, c.modality)
        ev = B().t("{\"event\":\"").t(ch(["report.finalized", "result.released", "order.updated"])).t("\",")
        ev.t("\"patient\":{\"name\":\"").add(B().p(ch([x.pt.fl(), x.pt.lf()]), "PERSON").enc(js)).t("\",\"mrn\":\"")
        ev.p(x.mrn, "MRN").t("\"},\"acc\":\"").p(x.acc, "ACCESSION").t("\",\"note\":\"")
        ev.add(B().add(findings(rng, x, 1)).tpl(ch(["\nack by {r}", "\n\"call {p}\"", "\tcc: {e}"]),
                                                r=P(x.rad.init(), "PERSON"), p=P(x.phone, "PHONE"),
                                                e=P(x.email, "EMAIL")).enc(js))
        ev.t("\",\"device\":\"").p(x.serial, "DEVICE_SERIAL").t("\"}")
        b.t("{\"ts\":\"").p(x.date(style="iso"), "DATE_TIME").t("T").p(x.time(n, "sec"), "DATE_TIME").t(".")
        b.t(f"{rng.randint(100, 999)}Z\",\"level\":\"{ch(['INFO', 'WARN', 'DEBUG'])}\",\"svc\":\"ris-bridge\",")
        b.t("\"host\":\"").p(x.ip, "IP_ADDRESS").t("\",\"user\":\"").p(x.tech.login(), "PERSON")
        b.t(f"\",\"ver\":\"5.{rng.randint(0, 9)}.{rng.randint(0, 30)}\",\"msg\":\"").add(ev.enc(js)).t("\"}\n")
    return b
