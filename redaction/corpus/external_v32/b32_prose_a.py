"""Prose styles 1-5: portal reply, prior-auth appeal, curbside e-mail, error disclosure, workers' comp letter."""

from __future__ import annotations

import b32_pools as P
from b32_clin import finding, meas, modality_word, SECTIONS


def _dt(r, d, style=None):
    return (P.fdate(r, d, style), "DATE_TIME")


def _age(r, old=None):
    old = r.random() < 0.5 if old is None else old
    return (str(r.randrange(90, 104)), "AGE_OVER_89") if old else (str(r.randrange(19, 89)), "age_under_90")


def portal_message_reply(r, d, mod):
    pt, rad = P.person(r), P.person(r)
    study = P.rdate(r)
    d.f(r.choice(["Subject: {s}\n", "RE: {s}\n", "Portal thread - {s}\n"]),
        s=r.choice(["question about my results", "what does this mean??", "my scan from last week"]))
    d.f("From: {n} <{e}>\nSent: {dt} {tm}\n\n", n=(P.name(r, pt, "fl"), "PERSON"), e=(P.email(r, pt), "EMAIL"),
        dt=_dt(r, P.rdate(r)), tm=(P.ftime(r), "DATE_TIME"))
    d.f(r.choice(["Hi, this is {n}. ", "Hello doctor, ", "hi its {lo} again, "]),
        n=(P.name(r, pt, "first"), "PERSON"), lo=(P.name(r, pt, "lfirst"), "PERSON"))
    d.f(r.choice(["I had my {m} on {dt} and the report mentions ", "The {m} I got {dt} says something about ",
                  "my portal shows {m} results from {dt} with "]), m=modality_word(r, mod), dt=_dt(r, study))
    d.add(finding(r, mod)).t(". ")
    d.f(r.choice(["My birthday is {dob} in case you need it. ", "DOB {dob}, chart # {mrn}. ", "(born {dob}) "]),
        dob=_dt(r, P.dob(r)), mrn=(P.mrn(r), "MRN"))
    d.f(r.choice(["My mother is {a} years old and had the same thing, should I worry? ",
                  "My dad, who turns {a} this spring, keeps asking about it. ", "I am {a} and nervous. "]), a=_age(r))
    d.f(r.choice(["You can call me at {ph}.\n\n", "Best number: {ph}\n\n", "cell {ph} thx\n\n"]), ph=(P.phone(r), "PHONE"))
    d.t("---- Reply ----\n")
    title = r.choice(["", "Ms. ", "Mr. ", "Mx. "])
    d.f(r.choice(["Dear {t}{n},\n", "Hi {t}{n},\n", "{t}{n} -\n"]), t=title,
        n=(pt["last"] if title else P.name(r, pt, "first"), "PERSON"))
    d.f(r.choice(["Thank you for your message. I reviewed the {sec} section of your report ({acc}). ",
                  "I looked at exam {acc} this morning; the {sec} is reassuring overall. "]),
        sec=(r.choice(SECTIONS), "section_header"), acc=(P.accession(r), "ACCESSION"))
    d.add(["It describes ", *finding(r, mod), ". "])
    d.f(r.choice(["Dr. {ref} will go over next steps at your visit on {vd}. ", "Please keep your appointment with Dr. {ref} ({vd}). "]),
        ref=(rad["last"] if r.random() < 0.5 else P.name(r, P.person(r), "fi"), "PERSON"), vd=_dt(r, P.rdate(r), r.choice(["ord", "md", "mon."])))
    d.f("\n{n}, {c}\n{f}\n", n=(P.name(r, rad, r.choice(["fl", "fml"])), "PERSON"), c=(r.choice(["MD", "DO"]), "credential"),
        f=(r.choice(P.FACILITIES), "FACILITY"))


def prior_auth_appeal_letter(r, d, mod):
    pt, doc, rev = P.person(r), P.person(r), P.person(r)
    payer = r.choice(P.PAYERS)
    d.f("{dt}\n\n{payer} - Utilization Review Appeals\nAttn: {rev}, Medical Director\n", dt=_dt(r, P.rdate(r), r.choice(["long", "dlong", "shortm"])),
        payer=payer, rev=(P.name(r, rev, r.choice(["fl", "fi", "fml"])), "PERSON"))
    d.f(r.choice(["RE: Expedited appeal, member {n}, ID {pid}, DOB {dob}\n", "Re: {n} (Member # {pid}; D.O.B. {dob})\n"]),
        n=(P.name(r, pt, r.choice(["fl", "LFM", "lf"])), "PERSON"), pid=(P.plan_id(r), "HEALTH_PLAN_ID"), dob=_dt(r, P.dob(r)))
    d.f("Denial reference: {clm}\n\n", clm=(P.account(r), "ACCOUNT_ID"))
    d.t(r.choice(["To the reviewing physician:\n\n", "Dear Dr. "]))
    if d.text.endswith("Dr. "):
        d.f("{r}:\n\n", r=(rev["last"], "PERSON"))
    age = _age(r)
    d.f(r.choice(["I am writing to appeal the denial of {m} for my patient, a {a}-year-old with ",
                  "Please reconsider the non-certification of {m}. The patient is {a} years of age and has "]),
        m=modality_word(r, mod), a=age)
    d.add(finding(r, mod)).t(". ")
    d.add(["Prior imaging on ", _dt(r, P.rdate(r)), " demonstrated ", *finding(r, mod), ". "])
    if r.random() < 0.6:
        d.f(r.choice(["An MR-conditional device is present (generator serial {sn}), so the study must be done at {fac}. ",
                      "Note the implanted stimulator, S/N {sn}; only {fac} can scan it safely. "]),
            sn=(P.serial(r), "DEVICE_SERIAL"), fac=(r.choice(P.FACILITIES), "FACILITY"))
    d.f(r.choice(["Conservative therapy has been tried since {y} without relief. ", "Symptoms date to {y}. "]),
        y=(str(r.randrange(2015, 2024)), "year"))
    d.f("Please call my office at {ph} or fax {fx} for a peer discussion.\n\nSincerely,\n\n{n}, {c}\n{fac}\n{st}, {city}, {stt} {z}\n",
        ph=(P.phone(r), "PHONE"), fx=(P.phone(r), "PHONE"), n=(P.name(r, doc, r.choice(["fl", "fml"])), "PERSON"),
        c=(r.choice(["MD", "DO", "NP", "PA-C"]), "credential"), fac=(r.choice(P.FACILITIES), "FACILITY"),
        **dict(zip(["st", "city", "stt", "z"], [(a, t) for a, t in zip(P.address(r), ["STREET_ADDRESS", "CITY", None, "ZIP"])])))


def curbside_email_thread(r, d, mod):
    a, b, pt = P.person(r), P.person(r), P.person(r)
    acc = P.accession(r)
    for i, (frm, to) in enumerate([(a, b), (b, a)] if r.random() < 0.6 else [(a, b), (b, a), (a, b)]):
        d.f("From: {fn} <{fe}>\nTo: {te}\n", fn=(P.name(r, frm, "fl"), "PERSON"), fe=(P.email(r, frm), "EMAIL"),
            te=(P.email(r, to), "EMAIL"))
        d.f(r.choice(["Date: {dt} {tm}\n", "Sent: {dt}, {tm}\n"]), dt=_dt(r, P.rdate(r), r.choice(["long", "mdy", "shortm"])),
            tm=(P.ftime(r, r.choice(["ampm", "p.m.", "24"])), "DATE_TIME"))
        d.t("Subject: " + ("" if i == 0 else "RE: ") + "curbside - not for chart\n\n")
        if i == 0:
            d.f(r.choice(["{to}, quick one. Can you look at {acc} on {pn} (MRN {m})? ",
                          "hey {to} - would value your eyes on {pn}'s study, acc {acc}, mrn {m}. "]),
                to=(P.name(r, to, r.choice(["first", "lfirst"])), "PERSON"), acc=(acc, "ACCESSION"),
                pn=(P.name(r, pt, r.choice(["fl", "last", "LFM"])), "PERSON"), m=(P.mrn(r), "MRN"))
            d.add(["The read says ", *finding(r, mod), " but I'm wondering about ", *finding(r, mod), ".\n\n"])
            if r.random() < 0.5:
                d.f("Images are here: {u}\n\n", u=(f"https://pacs.{r.choice(P.DOMAINS)}/viewer?acc={acc}", "URL"))
        else:
            d.f(r.choice(["Looked at it. Agree mostly; ", "Thanks {to}. ", "Reviewed on {ws} - "]),
                to=(P.name(r, to, "first"), "PERSON"), ws=(P.ip(r), "IP_ADDRESS"))
            d.add(["I'd call it ", *finding(r, mod), ". Compare with the outside study from ", _dt(r, P.rdate(r), r.choice(["md", "ord", "mon."])), ".\n\n"])
        d.f("{n}{c}\n\n", n=(P.name(r, frm, r.choice(["first", "fi", "init"])), "PERSON"),
            c=[", ", (r.choice(["MD", "DO"]), "credential")] if r.random() < 0.5 else "")


def disclosure_of_error_note(r, d, mod):
    pt, fam, rad, risk = P.person(r), P.person(r), P.person(r), P.person(r)
    d.f(r.choice(["Disclosure conversation - documentation\n", "CANDOR / communication-and-resolution note\n"]))
    d.f("Patient: {n}   MRN {m}   Encounter {e}\n", n=(P.name(r, pt, r.choice(["LFM", "lf", "hl7"])), "PERSON"),
        m=(P.mrn(r), "MRN"), e=(P.account(r), "ACCOUNT_ID"))
    d.f(r.choice(["On {dt} at {tm} I met with the patient and ", "Met {dt}, {tm}, with patient plus "]),
        dt=_dt(r, P.rdate(r)), tm=(P.ftime(r), "DATE_TIME"))
    d.f(r.choice(["her son {f} ", "his daughter, {f}, ", "spouse {f} "]), f=(P.name(r, fam, r.choice(["fl", "fml"])), "PERSON"))
    d.f(r.choice(["in the family room at {fac}. ", "by video; the patient was at home on {st} in {c}. "]),
        fac=(r.choice(P.FACILITIES), "FACILITY"), st=(P.address(r)[0], "STREET_ADDRESS"), c=(r.choice(P.CITIES)[0], "CITY"))
    d.add(["I explained that the ", modality_word(r, mod), " (accession ", (P.accession(r), "ACCESSION"),
           ") originally reported no acute findings, but on re-review ", *finding(r, mod), " was present. "])
    d.f(r.choice(["The patient is {a} and asked whether this changed treatment. ", "At {a} years old she wanted to know if surgery was still an option. "]), a=_age(r))
    d.f(r.choice(["Risk manager {rm} was present. ", "{rm} (Risk Management, ext. {ph}) attended. "]),
        rm=(P.name(r, risk, r.choice(["fl", "fi"])), "PERSON"), ph=(P.phone(r), "PHONE"))
    d.f("Follow-up call planned {fd}.\n\n{n}, {c}\n", fd=_dt(r, P.rdate(r), r.choice(["md", "ord", "mon.", "long"])),
        n=(P.name(r, rad, r.choice(["fl", "fml"])), "PERSON"), c=(r.choice(["MD", "DO"]), "credential"))


def workers_comp_adjuster_letter(r, d, mod):
    clm, adj, doc = P.person(r), P.person(r), P.person(r)
    st, city, stt, z = P.address(r)
    d.f("{payer}\nClaims Department\n\n{dt}\n\n", payer=r.choice(P.PAYERS), dt=_dt(r, P.rdate(r), r.choice(["long", "dlong", "mdy"])))
    d.f("{fac} Radiology\nAttn: Release of Information\n\n", fac=(r.choice(P.FACILITIES), "FACILITY"))
    d.f(r.choice(["Claimant: {n}\nClaim No.: {c}\nDate of Injury: {doi}\nSSN (last 4 on file): {ssn}\n\n",
                  "RE: {n} / WC claim {c} / DOI {doi} / SSN {ssn}\n\n"]),
        n=(P.name(r, clm, r.choice(["LFM", "fl", "lf"])), "PERSON"), c=(P.account(r), "ACCOUNT_ID"),
        doi=_dt(r, P.rdate(r)), ssn=(P.ssn(r), "SSN"))
    d.f(r.choice(["Our insured's employee, {n}, reports a lifting injury at the warehouse on {st}, {city}, {stt} {z}. ",
                  "{n} states he fell from a ladder while working at {st} in {city}, {stt} {z}. "]),
        n=(P.name(r, clm, r.choice(["fl", "last"])), "PERSON"), st=(st, "STREET_ADDRESS"), city=(city, "CITY"), stt=stt, z=(z, "ZIP"))
    d.add(["We received the ", modality_word(r, mod), " report noting ", *finding(r, mod), " and ", *finding(r, mod), ". "])
    d.t(r.choice(["Please state whether these findings are acute or pre-existing (e.g., degenerative change since ",
                  "Kindly clarify causation; the claimant reports a prior injury in "]))
    d.add([(str(r.randrange(2008, 2022)), "year"), "). "])
    d.f("Send images and reports to {e} or call {ph}.\n\nRegards,\n{a}\nSenior Claims Adjuster\n",
        e=(P.email(r, adj), "EMAIL"), ph=(P.phone(r), "PHONE"), a=(P.name(r, adj, r.choice(["fl", "fml"])), "PERSON"))


STYLES = {f.__name__: f for f in (portal_message_reply, prior_auth_appeal_letter, curbside_email_thread,
                                   disclosure_of_error_note, workers_comp_adjuster_letter)}
