"""Structured styles 16-20: secure-chat export, malpractice chart review, good-faith estimate, auto PIP statement, protocol comments."""

from __future__ import annotations

import b32_pools as P
from b32_clin import finding, meas, modality_word, EPONYMS, SEQUENCES, LEVELS
from b32_prose_a import _age, _dt


def secure_chat_export(r, d, mod):
    a, b, pt = P.person(r), P.person(r), P.person(r)
    users = {id(a): P.name(r, a, "lower").replace(" ", "."), id(b): (b["first"][0] + b["last"]).lower().replace(" ", "")}
    users = {k: "".join(c for c in v if c.isalnum() or c == ".") for k, v in users.items()}
    day = P.rdate(r)
    d.f("Secure chat export  conv={cid}  exported {dt}  client {ip}\n", cid=P.digits(r, 7), dt=_dt(r, day, "iso"),
        ip=(P.ip(r), "IP_ADDRESS"))
    fmt = r.choice(["[{ts}] {u}: ", "{ts} <{u}> ", "{u} @ {ts} | "])
    lines = [
        (a, ["pt ", (P.name(r, pt, r.choice(["lower", "last", "LFM"])), "PERSON"), " in bay ", str(r.randrange(1, 30)),
             ", mrn ", (P.mrn(r), "MRN"), " - can you protocol the ", modality_word(r, mod), "?"]),
        (b, ["which one, acc ", (P.accession(r), "ACCESSION"), "?"]),
        (a, ["yes. hx of ", (r.choice(EPONYMS), "eponym"), ", now ", *finding(r, mod)]),
        (b, ["add ", (r.choice(SEQUENCES), "sequence"), ". also is ", (P.name(r, pt, "lfirst"), "PERSON"),
             " over 89? chart says ", _age(r)]),
        (a, ["ok. family (", (P.name(r, P.person(r), "fl"), "PERSON"), ") at ", (P.phone(r), "PHONE"), " wants a call"]),
    ]
    for who, parts in lines[: r.randrange(4, 6)]:
        u = users[id(who)]
        ts = (P.ftime(r, r.choice(["sec", "24", "ampm"])), "DATE_TIME")
        pre, post = fmt.split("{u}")
        d.f(pre, ts=ts)
        _user(d, who, u)
        d.f(post, ts=ts)
        d.add(parts).t("\n")


def _user(d, who, u):
    # user names embed the name: annotate the name-bearing pieces of the handle
    if "." in u:
        f, l = u.split(".", 1)
        d.span(f, "PERSON").t(".").span(l, "PERSON")
    else:
        d.t(u[0]).span(u[1:], "PERSON")


def malpractice_chart_review_checklist(r, d, mod):
    pt, rad, rev = P.person(r), P.person(r), P.person(r)
    d.t(r.choice(["MEDICAL-LEGAL CHART REVIEW WORKSHEET (attorney work product)\n", "Claims chart review - radiology\n"]))
    sep = r.choice([": ", "\t", " | "])
    d.add(["Claimant", sep, (P.name(r, pt, r.choice(["LFM", "fl", "lf"])), "PERSON"), "\n"])
    old = r.random() < 0.45
    d.add(["DOB", sep, _dt(r, P.dob(r, old)), " (age ", _age(r, old), " at filing)\n"])
    d.add(["Insurer claim", sep, (P.account(r), "ACCOUNT_ID"), "\n"])
    d.add(["Facility", sep, (r.choice(P.FACILITIES), "FACILITY"), "\n"])
    d.t("Timeline:\n")
    for _ in range(r.randrange(3, 5)):
        d.add(["  - ", _dt(r, P.rdate(r), r.choice(["mdy", "dmy", "compact", "shortm"])), " ",
               (P.ftime(r, r.choice(["24", "hours"])), "DATE_TIME"), sep, modality_word(r, mod), " ",
               (P.accession(r), "ACCESSION"), " read by ", (P.name(r, rad, r.choice(["fi", "last", "LFM"])), "PERSON"),
               ": ", *finding(r, mod), "\n"])
    d.t("Checklist:\n")
    for q in r.sample(["[x] comparison available", "[ ] critical result documented", "[x] addendum issued",
                       "[ ] follow-up recommendation tracked", "[x] standard of care met?"], 3):
        d.t(f"  {q}\n")
    d.f("Reviewer: {n}, {c}  {dt}\n", n=(P.name(r, rev, r.choice(["fl", "fml"])), "PERSON"), c=(r.choice(["MD", "RN", "JD"]), "credential"),
        dt=_dt(r, P.rdate(r)))


def good_faith_estimate(r, d, mod):
    pt = P.person(r)
    d.t(r.choice(["GOOD FAITH ESTIMATE (No Surprises Act)\n", "Good-Faith Estimate for Uninsured / Self-Pay Patients\n"]))
    d.add(["Patient: ", (P.name(r, pt, r.choice(["fml", "LFM", "fl"])), "PERSON"), "    DOB: ", _dt(r, P.dob(r)), "\n"])
    st, city, stt, z = P.address(r)
    d.add(["Address: ", (st, "STREET_ADDRESS"), r.choice([", ", "\n         "]), (city, "CITY"), ", ", stt, " ", (z, "ZIP"), "\n"])
    d.add(["Estimate #: ", (P.account(r), "ACCOUNT_ID"), "   Issued: ", _dt(r, P.rdate(r), r.choice(["long", "mdy", "iso"])), "\n"])
    d.add(["Scheduled: ", _dt(r, P.rdate(r), r.choice(["ord", "md", "mon."])), " at ", (r.choice(P.FACILITIES), "FACILITY"), "\n"])
    sep = r.choice([" | ", "  ", "\t"])
    d.t(sep.join(["Provider", "Service", "CPT", "Est. charge"]) + "\n")
    for _ in range(r.randrange(2, 4)):
        d.add([(P.name(r, P.person(r), r.choice(["fl", "LFM"])), "PERSON"), ", ", (r.choice(["MD", "DO"]), "credential"), sep,
               modality_word(r, mod), r.choice([" professional read", " technical", " contrast"]), sep,
               str(r.randrange(70000, 78999)), sep, f"${r.randrange(90, 2400)}.00\n"])
    d.add(["Reason for exam: ", *finding(r, mod), "\n"])
    d.f("Dispute line: {ph}   Questions: {e}\n", ph=(P.phone(r), "PHONE"), e=(f"estimates@{r.choice(P.DOMAINS)}", "EMAIL"))


def auto_pip_attending_statement(r, d, mod):
    pt, doc = P.person(r), P.person(r)
    d.t(r.choice(["ATTENDING PHYSICIAN'S STATEMENT - PERSONAL INJURY PROTECTION\n", "Auto Claim: Attending Provider Report\n"]))
    sep = r.choice([": ", " ", "\t"])
    d.add(["Insurer", sep, r.choice(P.PAYERS), "   Claim #", sep, (P.account(r), "ACCOUNT_ID"), "\n"])
    d.add(["Policy/ID", sep, (P.plan_id(r), "HEALTH_PLAN_ID"), "\n"])
    d.add(["Injured person", sep, (P.name(r, pt, r.choice(["LFM", "Lf", "fl"])), "PERSON"), "   SSN", sep, (P.ssn(r), "SSN"), "\n"])
    d.add(["Date of accident", sep, _dt(r, P.rdate(r), r.choice(["mdy", "dash", "dlong"])), "  Time", sep,
           (P.ftime(r, r.choice(["ampm", "hours", "p.m."])), "DATE_TIME"), "\n"])
    st, city, stt, z = P.address(r)
    d.add(["Location of accident", sep, "intersection near ", (st, "STREET_ADDRESS"), ", ", (city, "CITY"), " ", stt, "\n"])
    d.add(["Imaging", sep, modality_word(r, mod), " ", (P.accession(r), "ACCESSION"), "\n"])
    d.add(["Findings", sep, *finding(r, mod), "; ", *finding(r, mod), "\n"])
    d.add(["Spinal levels involved", sep, (r.choice(LEVELS), "vertebral_level"), ", ", (r.choice(LEVELS[:4]), "vertebral_level"), "\n"])
    d.add(["Related to accident?", sep, r.choice(["Yes", "Probably", "Cannot determine - prior films from ", "No"]),
           *([(str(r.randrange(2010, 2023)), "year")] if r.random() < 0.4 else []), "\n"])
    d.f("Physician: {n}, {c}  Tel {ph}  Signed {dt}\n", n=(P.name(r, doc, r.choice(["fl", "fml"])), "PERSON"),
        c=(r.choice(["MD", "DO"]), "credential"), ph=(P.phone(r), "PHONE"), dt=_dt(r, P.rdate(r)))


def protocol_comment_thread(r, d, mod):
    pt = P.person(r)
    d.f("Order {acc} | {n} | {m}\n", acc=(P.accession(r), "ACCESSION"), n=(P.name(r, pt, r.choice(["hl7", "LFM"])), "PERSON"),
        m=(P.mrn(r), "MRN"))
    d.add(["Ordered: ", modality_word(r, mod), r.choice([" brain w/wo", " L-spine", " chest PE protocol", " liver multiphase"]), "\n"])
    d.t("Protocol comments:\n")
    for _ in range(r.randrange(3, 5)):
        who = P.person(r)
        role = r.choice([("MD", "rad"), ("RT(R)(MR)", "tech"), ("RN", "nurse"), ("NP", "ordering")])
        d.add([_dt(r, P.rdate(r), r.choice(["mdy2", "md", "iso"])), " ", (P.ftime(r, r.choice(["24", "ampm"])), "DATE_TIME"), " ",
               (P.name(r, who, r.choice(["fi", "LFM", "lf"])), "PERSON"), " (", (role[0], "credential"), "): "])
        k = r.randrange(4)
        if k == 0:
            d.add(["add ", (r.choice(SEQUENCES), "sequence"), " and ", (r.choice(SEQUENCES[:3]), "sequence"), "; hx ", (r.choice(EPONYMS), "eponym")])
        elif k == 1:
            d.add(["pt has implanted device, serial ", (P.serial(r), "DEVICE_SERIAL"), ", checking MR conditional status"])
        elif k == 2:
            d.add(["eGFR ok. ", *finding(r, mod), " on prior"])
        else:
            d.add(["called ", (P.name(r, P.person(r), r.choice(["last", "fl"])), "PERSON"), " at ", (P.phone(r), "PHONE"), " - ok to proceed"])
        d.t("\n")


STYLES = {f.__name__: f for f in (secure_chat_export, malpractice_chart_review_checklist, good_faith_estimate,
                                   auto_pip_attending_statement, protocol_comment_thread)}
