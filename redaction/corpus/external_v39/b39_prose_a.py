"""Prose styles 11-15: HTML referrer e-mail, QP complaint, RTF discharge paragraph, JSON dictation, URL-encoded feedback."""

from __future__ import annotations

import random

from b39_core import B, K, P, html, js, qp, qp_wrap, rtf, url_form
from b39_pools import Ctx, age_phrase, cred, finding, findings


def html_referrer_email_letter(rng: random.Random, c: Ctx) -> B:
    ch = rng.choice
    e = lambda s: html(s, numeric=rng.random() < 0.3).replace("\n", "<br>\n")  # noqa: E731
    b = B().t("<html><body style=\"font-family:Calibri\">\n<div>")
    txt = B().tpl(ch(["Dear Dr. {r},\n\n", "Hi {rf},\n\n", "Dear colleague (Dr. {r}),\n\n"]), r=P(c.rad.last, "PERSON"),
                  rf=P(c.rad.first, "PERSON"))
    txt.tpl(ch(["I'm writing about my patient {p}, a {a} I saw in clinic on {d}. ",
                "Thank you for reading the {m} on {p} ({a}) \u2014 I'd value a second look. ",
                "Re: {p} \u2013 DOB {dob}. She's a {a} with worsening symptoms since {d}. "]),
            p=P(ch([c.pt.fl(), c.pt.init(), c.pt.fl()]), "PERSON"), a=age_phrase(rng, c), d=P(c.later(-9, "mon_d"), "DATE_TIME"),
            m=K(c.modality, "modality"), dob=P(c.date("dob", "us"), "DATE_TIME"))
    txt.tpl(ch(["Your report (acc. {acc}) mentions the following: \"{f}\" ", "The report says \"{f}\" and I'm not sure what to do with it. "]),
            acc=P(c.acc, "ACCESSION"), f=finding(rng, c))
    txt.tpl(ch(["Her {rel}, {rn}, says she's been more confused & is \"not herself\". ",
                "The family ({rel} {rn}) would like to be present when we discuss results. ", ""]),
            rel=c.rel_role, rn=P(c.rel.fl(), "PERSON"))
    txt.add(finding(rng, c)).t(" ")
    txt.tpl(ch(["Could you compare with the films from {f} (done {y})?\n\n", "Prior imaging is at {f}; I've asked them to push it over.\n\n"]),
            f=P(c.fac2, "FACILITY"), y=K(str(rng.randint(2017, 2024)), "year"))
    txt.tpl("Best <regards> & thanks,\n{r}, {cr}\n{f}\nDirect: {p}", r=P(c.ref.fl(), "PERSON"), cr=cred(rng),
            f=P(c.fac, "FACILITY"), p=P(c.phone, "PHONE"))
    b.add(txt.enc(e)).t("</div>\n<div style=\"color:#777\">&nbsp;<br>Sent from ").p(c.email, "EMAIL").t("</div>\n</body></html>\n")
    return b


def qp_patient_complaint_body(rng: random.Random, c: Ctx) -> B:
    ch = rng.choice
    h = B().t("Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n")
    t = B().tpl(ch(["To whom it may concern,\n\n", "Hello,\n\n", "Dear Patient Relations \u2013\n\n"]))
    t.tpl(ch(["My name is {p} and I had an {m} at {f} on {d}. ", "I am writing on behalf of my {rel} {p} ({a}), who had a {m} at {f} on {d}. "]),
          p=P(c.pt.fl(), "PERSON"), m=K(c.modality, "modality"), f=P(c.fac, "FACILITY"), d=P(c.date(style="long"), "DATE_TIME"),
          rel=c.rel_role, a=age_phrase(rng, c))
    t.tpl(ch(["We arrived at {t} and waited almost two hours \u2014 nobody told us anything. ",
              "The appointment was for {t} but we were not seen until much later. "]), t=P(c.time(style="12"), "DATE_TIME"))
    t.tpl(ch(["The technologist ({tn}) was rude and said the scan \u201cwasn\u2019t urgent\u201d. ",
              "A tech named {tf} told me my results would be online \u201cin a day\u201d but it has been a week. ",
              "Only {tf} at the front desk was kind to us. "]), tn=P(c.tech.init(), "PERSON"), tf=P(c.tech.first, "PERSON"))
    t.tpl("Then the letter said: \u201c").add(finding(rng, c)).t("\u201d \u2014 what does that even mean?? ")
    t.tpl(ch(["My account number is {ac} and I was billed twice. ", "I have been charged on account {ac} even though my insurance ({pl}) was on file. "]),
          ac=P(c.acct, "ACCOUNT_ID"), pl=P(c.plan, "HEALTH_PLAN_ID"))
    t.tpl("My MRN is {mr} if that helps.\n\n", mr=P(c.mrn, "MRN"))
    t.tpl(ch(["Please call me at {p} or write to {s}, {ci}, {st} {z}.\n\n", "You can reach me on {p} (mobile) \u2013 address {s}, {ci} {st} {z}.\n\n"]),
          p=P(c.phone, "PHONE"), s=P(c.street, "STREET_ADDRESS"), ci=P(c.city, "CITY"), st=c.state, z=P(c.zip, "ZIP"))
    t.tpl("Sincerely,\n{n}\n{e}\n", n=P(ch([c.pt.fl(), c.rel.fl()]), "PERSON"), e=P(c.email, "EMAIL"))
    return h.add(qp_wrap(t.enc(qp), width=rng.choice([76, 72, 76])))


def rtf_discharge_paragraph(rng: random.Random, c: Ctx) -> B:
    ch = rng.choice
    b = B().t("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0\\fs22\n{\\b ").k("Hospital Course", "section_header").t(":} ")
    t = B().tpl(ch(["{p} is a {a} admitted on {d} after a fall at home. ", "Ms. {pl} is a {a} who presented {d} with chest pain. ",
                    "Mr. {pl}, a {a}, was admitted {d} from {f}. "]),
                p=P(c.pt.fl(), "PERSON"), pl=P(c.pt.last, "PERSON"), a=age_phrase(rng, c), d=P(c.date(style=ch(["us", "md"])), "DATE_TIME"),
                f=P(c.fac2, "FACILITY"))
    t.tpl("{m} on hospital day 2 showed: ", m=K(c.modality, "modality")).add(findings(rng, c, rng.randint(1, 2))).t(" ")
    t.tpl(ch(["Discussed with radiology (Dr. {r}), who felt this was likely chronic. ",
              "Case reviewed with {r} in radiology; follow-up imaging advised. "]), r=P(c.rad.last, "PERSON"))
    t.tpl(ch(["Family ({rel} {rn}, {p}) updated at bedside. ", "{rn} ({rel}) is the health-care proxy and agrees with plan. "]),
          rel=c.rel_role, rn=P(c.rel.fl(), "PERSON"), p=P(c.phone, "PHONE"))
    t.tpl("Discharged {d} to {s}, {ci}. Follow up with {pc} in 2 weeks.", d=P(c.later(4, "us"), "DATE_TIME"),
          s=P(c.street, "STREET_ADDRESS"), ci=P(c.city, "CITY"), pc=P(c.ref.init(), "PERSON"))
    b.add(t.enc(rtf)).t("\\par\n{\\i ").add(B().tpl("{r}, {cr}", r=P(c.ref.fl(), "PERSON"), cr=cred(rng)).enc(rtf)).t("}\\par\n}\n")
    return b


def json_escaped_dictation_fix(rng: random.Random, c: Ctx) -> B:
    ch = rng.choice
    asc = rng.random() < 0.6
    j = lambda s: js(s, asc)  # noqa: E731
    t = B().tpl(ch(["This is Dr. {r} dictating on {p}, medical record {mr}. ", "Dr. {r} dictating. Patient {p}, MRN {mr}, exam date {d}. "]),
                r=P(c.rad.last, "PERSON"), p=P(c.pt.fl(), "PERSON"), mr=P(c.mrn, "MRN"), d=P(c.date(style="long"), "DATE_TIME"))
    t.tpl(ch(["Scratch that \u2014 the patient is {pc}, spelled {sp}. ", "Correction, last name is {pc} not {pl}, period. ", ""]),
          pc=P(c.pt.last, "PERSON"), sp=P(" ".join(c.pt.last.upper().replace(" ", "")), "PERSON"), pl=P(c.rel.last, "PERSON"))
    t.tpl("{h} colon new paragraph ", h=K("FINDINGS", "section_header")).add(findings(rng, c, rng.randint(1, 3)))
    t.tpl(ch([" Delete last sentence. ", " Strike \"mild\", make it \"moderate\". ", " Comma. "]))
    t.tpl(" {h} colon ", h=K("IMPRESSION", "section_header")).add(finding(rng, c))
    t.tpl(ch([" Results called to {rf} at {tm} on {d}, read back. End dictation.", " cc {rf}. End of dictation."]),
          rf=P(c.ref.fl(), "PERSON"), tm=P(c.time(50, "12"), "DATE_TIME"), d=P(c.later(0, "md"), "DATE_TIME"))
    b = B().t("{\"job\":").t(str(rng.randint(10**6, 10**7))).t(",\"author\":\"").p(c.rad.login(), "PERSON")
    b.t("\",\"station\":\"").p(c.ip, "IP_ADDRESS").t("\",\"audio_s\":").t(str(rng.randint(40, 400))).t(",\"text\":\"")
    b.add(t.enc(j)).t("\",\"edits\":[{\"op\":\"replace\",\"from\":\"mild")
    b.t("\",\"to\":\"moderate\"}],\"asr\":\"v9.2.1\"}\n")
    return b


def urlenc_family_feedback_msg(rng: random.Random, c: Ctx) -> B:
    ch = rng.choice
    msg = B().tpl(ch(["My {rel} {p} had a {m} at your {f} location on {d}. ", "I'm writing about my {rel}, {p} ({a}), scanned {d} at {f}. "]),
                  rel=ch(["mother", "father", "grandmother", "husband", "aunt"]), p=P(c.pt.fl(), "PERSON"), m=K(c.modality, "modality"),
                  f=P(c.fac, "FACILITY"), d=P(c.date(style=ch(["us", "long", "md"])), "DATE_TIME"), a=age_phrase(rng, c))
    msg.tpl(ch(["The staff were wonderful, especially {t} who held her hand. ", "Nobody explained why she needed contrast & she's allergic! ",
                "{t} was patient & kind, please thank her. "]), t=P(c.tech.first, "PERSON"))
    msg.t("The report mentioned \"").add(finding(rng, c)).t("\" and we are worried. ")
    msg.tpl("Please call me ({n}) at {p} or email {e}. Her DOB is {dob}.", n=P(c.rel.fl(), "PERSON"), p=P(c.phone, "PHONE"),
            e=P(c.email, "EMAIL"), dob=P(c.date("dob", "us"), "DATE_TIME"))
    b = B().tpl("POST /feedback/submit HTTP/1.1\nHost: www.example.org\nReferer: {u}\nContent-Type: application/x-www-form-urlencoded\n\n",
                u=P(c.url, "URL"))
    b.t("form_id=patient-feedback&your_name=").add(B().p(c.rel.fl(), "PERSON").enc(url_form)).t("&relationship=")
    b.t(url_form(c.rel_role)).t("&email=").add(B().p(c.email, "EMAIL").enc(url_form)).t("&rating=")
    b.t(str(rng.randint(1, 5))).t("&message=").add(msg.enc(url_form)).t("&consent=on&g-recaptcha-response=")
    return b.t(f"03AFcWeA{rng.getrandbits(48):x}\n")
