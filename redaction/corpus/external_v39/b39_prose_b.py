"""Prose styles 16-20: CSV nurse narrative, XML-escaped peer review, Markdown-in-JSON chat, SMS gateway log, HTML ED note."""

from __future__ import annotations

import random

from b39_core import B, K, P, csvq, html, js, url_pct, xml
from b39_pools import Ctx, age_phrase, cred, finding, findings, hdr


def csv_nurse_narrative_cell(rng: random.Random, c: Ctx) -> B:
    ch = rng.choice
    n = B().tpl(ch(["{t} Pt {p} arrived via w/c from {f} for {m}. ", "{t}: received {p} ({a}) from ED for {m}, A&Ox3. "]),
                t=P(c.time(style=ch(["24", "hrs"])), "DATE_TIME"), p=P(ch([c.pt.fl(), c.pt.caps(), c.pt.lf()]), "PERSON"),
                f=P(c.fac2, "FACILITY"), m=K(c.modality, "modality"), a=age_phrase(rng, c))
    n.tpl(ch(["States \"I can't do the tube again\"; premedicated per protocol.\n", "Pt anxious, {rel} {rn} at bedside, calm after explanation.\n"]),
          rel=c.rel_role, rn=P(c.rel.fl(), "PERSON"))
    n.tpl("20g IV L AC placed by {tn}, flushed w/o difficulty. ", tn=P(c.tech.init(), "PERSON"))
    n.tpl(ch(["{t2} contrast injected, no reaction. ", "{t2} scan complete; pt tolerated well. "]), t2=P(c.time(25, "24"), "DATE_TIME"))
    n.t("Prelim per rad: \"").add(finding(rng, c)).t("\"\n")
    n.tpl(ch(["Called Dr. {r} w/ prelim at {t3}, verbalized understanding. ", "Paged {r} x2, callback at {t3}. "]),
          r=P(c.ref.last, "PERSON"), t3=P(c.time(60, "24"), "DATE_TIME"))
    n.tpl("Pt d/c'd home w/ {rn2}, ph {p}.", rn2=P(c.rel.first, "PERSON"), p=P(c.phone, "PHONE"))
    b = B().t("unit,note_date,author,mrn,note_type,note_text,cosign\n")
    b.t("\"").add(B().p(c.fac, "FACILITY").enc(csvq)).t("\",").p(c.date(style="us"), "DATE_TIME").t(",\"")
    b.add(B().tpl("{n}, {cr}", n=P(c.tech.lf(), "PERSON"), cr=K("RN", "credential")).enc(csvq)).t("\",").p(c.mrn, "MRN")
    b.t(",Nursing Narrative,\"").add(n.enc(csvq)).t("\",")
    b.t(ch(["", "Y"])).t("\n")
    return b


def xml_escaped_peer_comment(rng: random.Random, c: Ctx) -> B:
    ch = rng.choice
    t = B().tpl(ch(["I reviewed {r}'s read of acc {a} from {d}. ", "Case {a} ({d}), original reader Dr. {r}. "]),
                r=P(c.rad.last, "PERSON"), a=P(c.acc, "ACCESSION"), d=P(c.date(style="us"), "DATE_TIME"))
    t.tpl("Original said \"no acute findings\" but on the {s} images I'd call it: ", s=K(ch(["FLAIR", "STIR", "DWI", "SWI"]), "sequence"))
    t.add(finding(rng, c)).t(" ")
    t.tpl(ch(["Score 2b (minor discrepancy, <unlikely> to be clinically significant). ",
              "RADPEER 2a & I'd suggest an addendum. ", "Agree w/ overall read; score 1. "]))
    t.tpl(ch(["Pt {p} is {a}; age makes {e} less likely. ", "Also note {e} \u2014 not mentioned. "]), p=P(c.pt.init(), "PERSON"),
          a=age_phrase(rng, c), e=K(ch(["Paget disease", "Schmorl node", "Tarlov cyst"]), "eponym"))
    t.tpl("\u2014 {rv}, {cr}", rv=P(c.ref.fl(), "PERSON"), cr=cred(rng))
    b = B().t("<?xml version=\"1.0\"?>\n<peerReview id=\"PR-").t(str(rng.randint(10000, 99999))).t("\" blinded=\"false\">\n")
    b.t("  <reviewer login=\"").p(c.ref.login(), "PERSON").t("\"/>\n  <originalReader>").add(B().p(c.rad.fl(), "PERSON").enc(xml))
    b.t("</originalReader>\n  <study acc=\"").p(c.acc, "ACCESSION").t("\" modality=\"").k(c.modality, "modality").t("\"/>\n")
    b.t("  <comment>").add(t.enc(xml)).t("</comment>\n  <submitted>").p(c.later(6, "iso"), "DATE_TIME").t("</submitted>\n</peerReview>\n")
    return b


def md_json_rad_chat_msg(rng: random.Random, c: Ctx) -> B:
    ch = rng.choice
    b = B().t("{\"type\":\"message\",\"channel\":\"C0").t(f"{rng.getrandbits(28):X}").t("\",\"messages\":[\n")
    msgs = []
    m1 = B().tpl(ch(["@{r2} can you look at **{p}** ({a})? acc `{acc}`\n> ", "hey {r2} \u2014 quick q on _{p}_, MRN {mr}:\n> "]),
                 r2=P(c.rad.login(), "PERSON"), p=P(c.pt.fl(), "PERSON"), a=age_phrase(rng, c), acc=P(c.acc, "ACCESSION"),
                 mr=P(c.mrn, "MRN"))
    m1.add(finding(rng, c)).t("\nthoughts?")
    msgs.append((c.ref, m1))
    m2 = B().tpl(ch(["looks like a {e} to me. {f}\n- compare w/ {y} study\n- no need for {m}", "agree. {f}\n1. f/u {m} in 6 mo\n2. call {o}"]),
                 e=K(ch(["Baker cyst", "Tornwaldt cyst", "Hoffa fat pad", "Schmorl node"]), "eponym"), f=finding(rng, c),
                 y=K(str(rng.randint(2018, 2024)), "year"), m=K(ch(["MRI", "CT", "US"]), "modality"), o=P(c.tech.fl(), "PERSON"))
    msgs.append((c.rad, m2))
    m3 = B().tpl(ch(["thx! will tell the {rel} ({rn}) \u2014 :+1:", "ok, ordering. images here: {u}", "thanks \u2014 pinged {t} at {tm}"]),
                 rel=c.rel_role, rn=P(c.rel.first, "PERSON"), u=P(c.url, "URL"), t=P(c.tech.first, "PERSON"),
                 tm=P(c.time(15, "12"), "DATE_TIME"))
    msgs.append((c.ref, m3))
    for n, (who, m) in enumerate(msgs):
        b.t("  {\"user\":\"").p(who.login(), "PERSON").t("\",\"user_name\":\"").add(B().p(who.fl(), "PERSON").enc(js))
        b.t("\",\"ts\":\"").t(f"17{rng.randint(10**7, 10**8 - 1)}.{rng.randint(100000, 999999)}").t("\",\"text\":\"")
        b.add(m.enc(lambda s: js(s, rng.random() < 0.5))).t("\"}").t(",\n" if n < len(msgs) - 1 else "\n")
    return b.t("]}\n")


def sms_gateway_pctenc_log(rng: random.Random, c: Ctx) -> B:
    ch = rng.choice
    b = B()
    lines = [
        B().tpl(ch(["Hi {f}, this is {fac}. Your {m} is booked {d} at {t}. Reply C to confirm.",
                    "{f}: reminder - {m} appt {d} {t} at {fac}. No food 4 hrs prior."]),
                f=P(c.pt.first, "PERSON"), fac=P(c.fac, "FACILITY"), m=K(c.modality, "modality"),
                d=P(c.date(style="md"), "DATE_TIME"), t=P(c.time(style="12"), "DATE_TIME")),
        B().tpl(ch(["C. But can my {rel} {rn} drive me? I'm {a} & can't see well at night", "cant make it, moving to {s} {ci} - pls call {p}"]),
                rel=c.rel_role, rn=P(c.rel.first, "PERSON"), a=age_phrase(rng, c), s=P(c.street, "STREET_ADDRESS"),
                ci=P(c.city, "CITY"), p=P(c.phone2, "PHONE")),
        B().tpl(ch(["Yes, a driver is fine. Results are sent to Dr. {r} in 2-3 days.", "Thanks {f}. We'll call you from {p}."]),
                r=P(c.ref.last, "PERSON"), f=P(c.pt.first, "PERSON"), p=P(c.phone, "PHONE")),
        B().tpl("Your results are ready: {u} (code sent separately). Q's? {p}", u=P(c.url, "URL"), p=P(c.phone, "PHONE")),
    ]
    for n, body in enumerate(lines[: rng.randint(3, 4)]):
        out = n in (0, 2, 3)
        b.p(c.later(0 if n < 2 else 3, "iso"), "DATE_TIME").t(" ").p(c.time(n * 7, "sec"), "DATE_TIME")
        b.t(" smsgw[").t(str(rng.randint(2000, 9000))).t("]: ").t("MT" if out else "MO").t(" id=")
        gw = P("%2B1555010" + str(rng.randint(0, 9)), "PHONE")
        b.t(f"{rng.getrandbits(40):010x}").t(" from=").add(B().tpl("{g}", g=gw) if out else B().p(url_pct(c.phone), "PHONE"))
        b.t(" to=").add(B().p(url_pct(c.phone), "PHONE") if out else B().tpl("{g}", g=gw))
        b.t(" enc=UCS2 " if rng.random() < 0.3 else " enc=GSM7 ").t("text=").add(body.enc(url_pct)).t(" status=")
        b.t(ch(["DELIVRD", "ACCEPTD", "RCVD"])).t("\n")
    return b


def html_entity_ed_note(rng: random.Random, c: Ctx) -> B:
    ch = rng.choice
    e = lambda s: html(s, numeric=rng.random() < 0.5, apos=ch(["&#39;", "&#x27;", "&apos;"])).replace("\n", "<br/>")  # noqa: E731
    t = B().tpl(ch(["{h}: {p} is a {a} BIBA from {s}, {ci} after a fall at {t}.\n", "{h}: {a} w/ \"worst headache of life\" onset {t}. Pt {p}.\n"]),
                h=K(ch(["HPI", "HISTORY"]), "section_header"), p=P(ch([c.pt.fl(), c.pt.lf()]), "PERSON"), a=age_phrase(rng, c),
                s=P(c.street, "STREET_ADDRESS"), ci=P(c.city, "CITY"), t=P(c.time(-90, "24"), "DATE_TIME"))
    t.tpl(ch(["Hx per {rel} {rn} (ph {p}), pt poor historian.\n", "{rn} ({rel}) at bedside & provides hx.\n"]),
          rel=c.rel_role, rn=P(c.rel.fl(), "PERSON"), p=P(c.phone, "PHONE"))
    t.tpl("Vitals: BP 152/88, HR 96, SpO2 94% RA. Exam: tender over {l}, no step-off.\n", l=K(ch(["L1", "T12", "L4-L5", "C6-C7"]), "vertebral_level"))
    t.tpl("{h}: ", h=K("MDM", "section_header")).tpl("{m} ordered; ", m=K(ch(["CT head w/o", "CT C-spine", "CTA chest", "XR pelvis"]), "modality"))
    t.t("prelim read: ").add(finding(rng, c)).t("\n")
    t.tpl(ch(["D/w rads (Dr. {r}) at {t2} \u2013 no acute bleed.\n", "Wet read by {r} at {t2}.\n"]), r=P(c.rad.last, "PERSON"),
          t2=P(c.time(35, "hrs"), "DATE_TIME"))
    t.tpl("Dispo: admit to {f}. PCP {pc} notified {d}.\n{sg}, {cr}", f=P(c.fac, "FACILITY"), pc=P(c.ref.init(), "PERSON"),
          d=P(c.date(style="md"), "DATE_TIME"), sg=P(c.tech.fl(), "PERSON"), cr=K(ch(["MD", "DO", "PA-C", "NP"]), "credential"))
    b = B().t("<div class=\"note ed-provider\" data-enc=\"").p(c.acct, "ACCOUNT_ID").t("\">\n<span class=\"pt\">")
    b.add(B().p(c.pt.caps(), "PERSON").enc(e)).t("</span>&nbsp;&nbsp;MRN:&nbsp;").p(c.mrn, "MRN")
    b.t("&nbsp;|&nbsp;DOB&nbsp;").p(c.date("dob", "us"), "DATE_TIME").t("<br/>\n<p>").add(t.enc(e)).t("</p>\n</div>\n")
    return b
