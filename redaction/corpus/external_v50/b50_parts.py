"""Reusable blocks of blind50 documents: face sheet, insurance card, problem/medication lists, labs,
letterheads, pagination with repeating page headers, and a budgeted report appender."""

from __future__ import annotations

import datetime as dt

import b50_pools as pools
from b50_markup import ACCT, CITY, CRED, D, EMAIL, FAC, HPID, MRN, P, PHONE, SSN, URL, vlen
from b50_reports import World, render_report
from b50_world import age_phrase, digits, fmt_date, fmt_time, patient_addr


def face_sheet(w: World, style: str = "us", with_ssn: bool = True) -> str:
    pt, p = w.pt, w.pt.person
    fac = w.facs[-1]
    lines = [f"PATIENT FACE SHEET - {FAC(fac.name)}",
             f"Name: {p.form('LAST, FIRST M')}   Sex: {p.sex}   DOB: {D(fmt_date(pt.dob, style))}   "
             f"Age: {age_phrase(w.age(w.today), p.sex, 'years')}",
             f"MRN: {MRN(pt.mrns[fac.abbr])}   Account: {ACCT(digits(w.rng, 10))}"
             + (f"   SSN: {SSN(pt.ssn)}" if with_ssn else ""),
             f"Address: {patient_addr(pt.addresses[-1])}",
             f"Home phone: {PHONE(pt.phones[-1])}   Email: {EMAIL(pt.email)}"]
    if len(pt.addresses) > 1:
        lines.append(f"Previous address (until {D(fmt_date(dt.date(pt.addresses[-1][4], 6, 1), style))}): "
                     f"{patient_addr(pt.addresses[-2])}  Phone {PHONE(pt.phones[-2])}")
    for rel, r in pt.relatives:
        lines.append(f"Emergency contact: {r.form('First Last')} ({rel})  {PHONE(r.phone)}")
    lines.append(f"Primary insurance: {pt.payer}  Member ID {HPID(pt.member_id)}  Group {HPID(pt.group_no)}")
    lines.append(f"PCP: {w.pcp.form('Name, cred')}, {FAC(w.clinic.name)}  {PHONE(w.clinic.phone)}")
    return "\n".join(lines) + "\n"


def insurance_card(w: World) -> str:
    pt, p, rng = w.pt, w.pt.person, w.rng
    eff = dt.date(w.today.year - rng.randint(0, 3), 1, 1)
    return (f"--- INSURANCE CARD (front/back, scanned) ---\n{pt.payer.upper()}\n"
            f"MEMBER: {P(p.first.upper() + ' ' + p.last.upper())}\n"
            f"ID: {HPID(pt.member_id)}      GROUP: {HPID(pt.group_no)}\nEFFECTIVE {D(fmt_date(eff, 'us'))}   "
            f"PCP COPAY $25  SPEC $50  ER $250\nRxBIN 610014  RxPCN 9999  RxGRP RX{rng.randint(1000, 9999)}\n"
            f"Member services {PHONE('1-800-' + str(rng.randint(200, 999)) + '-' + digits(rng, 4))}   "
            f"Providers: {URL('https://provider.' + pt.payer.split()[0].lower() + 'health.com/eligibility')}\n"
            f"Send claims to: PO Box {rng.randint(1000, 99999)}, {CITY(rng.choice(pools.PLACES)[0])}\n---\n")


def problem_list(w: World) -> str:
    rng = w.rng
    out = ["PROBLEM LIST"]
    for prob in rng.sample(pools.PROBLEMS, rng.randint(4, 7)):
        out.append(f"  - {prob} (onset {rng.choice(['', 'approx. ']) }{w.today.year - rng.randint(2, 20)})")
    return "\n".join(out) + "\n"


def med_list(w: World) -> str:
    rng = w.rng
    out = [f"MEDICATIONS (reconciled {D(fmt_date(w.today - dt.timedelta(days=rng.randint(1, 20)), 'us'))})"]
    out += [f"  {i}. {m}" for i, m in enumerate(rng.sample(pools.MEDS, rng.randint(4, 8)), 1)]
    return "\n".join(out) + "\n"


def lab_table(w: World) -> str:
    rng = w.rng
    dates = sorted(w.today - dt.timedelta(days=rng.randint(3, 300)) for _ in range(3))
    out = ["LABS            " + "  ".join(f"{D(fmt_date(d, 'us'))}" for d in dates)]
    for name, lo, hi in (("Creatinine", 0.7, 1.9), ("eGFR", 35, 95), ("Hgb", 9.1, 14.2), ("CEA", 1.2, 12.0),
                         ("ALT", 12, 80), ("Platelets", 110, 380)):
        vals = "  ".join(f"{rng.uniform(lo, hi):>10.1f}" for _ in dates)
        out.append(f"{name:<16}{vals}")
    return "\n".join(out) + "\n"


def letterhead(w: World, fac=None) -> str:
    f = fac or w.clinic
    return f"{FAC(f.name)}\n{f.addr_line()}\nTel {PHONE(f.phone)} | Fax {PHONE(f.fax)} | {URL('https://www.' + f.domain)}\n"


def signature(person, fac) -> str:
    return f"{person.form('Name, cred')}\n{FAC(fac.name)}\nDirect: {PHONE(person.phone)}  {EMAIL(person.email)}\n"


def add_reports(w: World, budget: int, studies=None, newest_first: bool = True, sep: str = "\n\n",
                minimum: int = 2, render=render_report) -> list[str]:
    """Rendered reports in order until the visible length would pass ``budget`` (at least ``minimum``)."""
    pool = list(studies if studies is not None else w.studies)
    if newest_first:
        pool.reverse()
    out: list[str] = []
    used = 0
    for s in pool:
        r = render(w, s) + sep
        n = vlen(r)
        if len(out) >= minimum and used + n > budget:
            break
        out.append(r)
        used += n
    return out


def paginate(w: World, body: str, banner, page_chars: int, footer=None) -> str:
    """Split marked text into pages at line breaks and add a repeating banner (and footer) per page.
    ``banner(k, n)`` and ``footer(k, n)`` return marked lines."""
    lines = body.split("\n")
    pages: list[list[str]] = [[]]
    size = 0
    for line in lines:
        n = vlen(line) + 1
        if size + n > page_chars and pages[-1]:
            pages.append([])
            size = 0
        pages[-1].append(line)
        size += n
    total = len(pages)
    out = []
    for k, pg in enumerate(pages, 1):
        out.append(banner(k, total) + "\n" + "\n".join(pg).strip("\n") + "\n")
        if footer:
            out.append(footer(k, total) + "\n")
        out.append("\f\n" if k < total and w.rng.random() < 0.5 else "\n")
    return "".join(out)


def stamp(w: World, style: str = "us") -> str:
    rng = w.rng
    return f"{D(fmt_date(w.today, style))} {D(fmt_time(rng.randint(7, 19), rng.randint(0, 59), '24'))}"


def cred(x: str) -> str:
    return CRED(x)
