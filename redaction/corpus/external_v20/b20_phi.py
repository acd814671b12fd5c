"""Identifier generators and renderers that return marked templates (see b20_doc.m)."""

from __future__ import annotations

import datetime as dt

from b20_doc import m
from b20_pools import Person

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON = [x[:3] for x in MONTHS]

DATE_FMTS = ["mdy", "mdy", "mdy_short", "iso", "dmy_abbr", "long", "dm_long", "abbr", "compact", "mdy_dash"]
MD_FMTS = ["md", "md_long", "md_abbr_dot"]
TIME_FMTS = ["hm24", "hm24", "hm12", "hours", "hms", "pm_dots"]


def rand_date(rng, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


def exam_date(rng) -> dt.date:
    return rand_date(rng, dt.date(2024, 1, 8), dt.date(2026, 5, 29))


def rand_time(rng, lo: int = 0, hi: int = 23) -> dt.time:
    return dt.time(rng.randint(lo, hi), rng.randint(0, 59), rng.randint(0, 59))


def fmt_date(d: dt.date, f: str) -> str:
    if f == "mdy":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if f == "mdy_short":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if f == "iso":
        return d.isoformat()
    if f == "dmy_abbr":
        return f"{d.day:02d}-{MON[d.month - 1]}-{d.year}"
    if f == "long":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if f == "dm_long":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if f == "abbr":
        return f"{MON[d.month - 1]} {d.day}, {d.year}"
    if f == "compact":
        return f"{d.year}{d.month:02d}{d.day:02d}"
    if f == "mdy_dash":
        return f"{d.month:02d}-{d.day:02d}-{d.year}"
    if f == "md":
        return f"{d.month}/{d.day}"
    if f == "md_long":
        return f"{MONTHS[d.month - 1]} {d.day}"
    if f == "md_abbr_dot":
        return f"{MON[d.month - 1]}{'' if d.month == 5 else '.'} {d.day}"
    if f == "dmy_dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if f == "mon_upper":
        return f"{d.day:02d}{MON[d.month - 1].upper()}{d.year}"
    raise ValueError(f)


def fmt_time(t: dt.time, f: str) -> str:
    h12 = t.hour % 12 or 12
    ap = "AM" if t.hour < 12 else "PM"
    if f == "hm24":
        return f"{t.hour:02d}:{t.minute:02d}"
    if f == "hm12":
        return f"{h12}:{t.minute:02d} {ap}"
    if f == "hm12_lower":
        return f"{h12}:{t.minute:02d}{ap.lower()}"
    if f == "hours":
        return f"{t.hour:02d}{t.minute:02d} hours"
    if f == "hms":
        return f"{t.hour:02d}:{t.minute:02d}:{t.second:02d}"
    if f == "pm_dots":
        return f"{h12}:{t.minute:02d} {'a.m.' if t.hour < 12 else 'p.m.'}"
    if f == "hhmm":
        return f"{t.hour:02d}{t.minute:02d}"
    if f == "hhmmss":
        return f"{t.hour:02d}{t.minute:02d}{t.second:02d}"
    raise ValueError(f)


def D(d: dt.date, f: str) -> str:
    return m("DATE_TIME", fmt_date(d, f))


def T(t: dt.time, f: str) -> str:
    return m("DATE_TIME", fmt_time(t, f))


# ---------------------------------------------------------------- names
NAME_FMTS = ["first_last", "first_mi_last", "LAST_FIRST", "Last_First", "init_last", "first_LAST", "native"]


def name_str(p: Person, f: str) -> str:
    mid = p.middle
    mi = (mid[0] + ".") if mid and len(mid.split()) == 1 and mid[0].isupper() else mid
    if f == "first_last":
        return f"{p.given} {p.family}"
    if f == "first_mi_last":
        return f"{p.given} {mi + ' ' if mi else ''}{p.family}"
    if f == "first_middle_last":
        return f"{p.given} {mid + ' ' if mid else ''}{p.family}"
    if f == "LAST_FIRST":
        return f"{p.family.upper()}, {p.given.upper()}{' ' + mid[0].upper() if mid else ''}"
    if f == "Last_First":
        return f"{p.family}, {p.given}{' ' + mi if mi else ''}"
    if f == "init_last":
        return f"{p.given[0]}. {p.family}"
    if f == "first_LAST":
        return f"{p.given} {p.family.upper()}"
    if f == "native":
        if p.family_first:
            return f"{p.family.upper()} {p.given}" if p.culture != "vietnamese" or not mid else \
                f"{p.family.upper()} {mid} {p.given}"
        return f"{p.given} {p.family}"
    if f == "hl7":
        return f"{p.family.upper()}^{p.given.upper()}{'^' + mid.upper() if mid else ''}"
    if f == "x12":
        return f"{p.family.upper()}*{p.given.upper()}{'*' + mid[0].upper() if mid else ''}"
    if f == "last":
        return p.family
    if f == "first":
        return p.given
    if f == "nick":
        return p.nickname or p.given
    if f == "UPPER":
        return f"{p.given.upper()} {p.family.upper()}"
    raise ValueError(f)


def N(p: Person, f: str) -> str:
    return m("PERSON", name_str(p, f))


def cred(p: Person) -> str:
    """', MD' / ', MD, PhD' as marked credential keep-spans ('' when none)."""
    if not p.credential:
        return ""
    return ", " + ", ".join(m("credential", c) for c in p.credential.split(", "))


def NC(p: Person, f: str, title: bool = False) -> str:
    """Name with credentials after it, or 'Dr. Surname'."""
    if title:
        return f"Dr. {N(p, 'last')}"
    return N(p, f) + cred(p)


# ---------------------------------------------------------------- ages
def age_md(age: int, f: str) -> str:
    phi = age > 89
    if f == "yo_hyphen":
        return m("AGE_OVER_89", str(age)) + "-year-old" if phi else m("age_under_90", f"{age}-year-old")
    if f == "yo":
        return m("AGE_OVER_89", str(age)) + " yo" if phi else m("age_under_90", f"{age} yo")
    if f == "Y":
        return m("AGE_OVER_89", str(age)) + "Y" if phi else m("age_under_90", f"{age}Y")
    if f == "years":
        return m("AGE_OVER_89", str(age)) + " years" if phi else m("age_under_90", f"{age} years")
    if f == "bare":
        return m("AGE_OVER_89", str(age)) if phi else m("age_under_90", str(age))
    if f == "y_o":
        return m("AGE_OVER_89", str(age)) + " y/o" if phi else m("age_under_90", f"{age} y/o")
    raise ValueError(f)


AGE_FMTS = ["yo_hyphen", "yo", "Y", "years", "y_o"]


# ---------------------------------------------------------------- identifiers
def digits(rng, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def letters(rng, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def mrn(rng) -> str:
    return rng.choice([lambda: digits(rng, 8), lambda: "0" + digits(rng, 7), lambda: "E" + digits(rng, 7),
                       lambda: digits(rng, 3) + "-" + digits(rng, 2) + "-" + digits(rng, 2),
                       lambda: "MR" + digits(rng, 6), lambda: digits(rng, 10)])()


def accession(rng, d: dt.date | None = None) -> str:
    yy = f"{(d.year if d else 2026) % 100:02d}"
    return rng.choice([lambda: f"{rng.choice(['CT', 'MR', 'US', 'XR', 'NM'])}{yy}-{digits(rng, 6)}",
                       lambda: f"A{digits(rng, 9)}", lambda: f"RAD{yy}{digits(rng, 7)}",
                       lambda: f"{yy}{rng.choice(['CT', 'MR', 'DX'])}{digits(rng, 5)}",
                       lambda: digits(rng, 11)])()


def ssn(rng) -> str:
    a, b, c = rng.randint(101, 665), rng.randint(10, 99), rng.randint(1001, 9998)
    return rng.choice([f"{a:03d}-{b:02d}-{c:04d}", f"{a:03d}{b:02d}{c:04d}", f"{a:03d} {b:02d} {c:04d}"])


def phone(rng) -> str:
    area = rng.choice(["206", "509", "541", "559", "520", "505", "208", "303", "402", "918", "903", "601", "251",
                       "404", "704", "865", "937", "313", "608", "815", "518", "570", "508", "808", "907", "407"])
    line = f"01{rng.randint(0, 99):02d}"
    return rng.choice([f"({area}) 555-{line}", f"{area}-555-{line}", f"{area}.555.{line}",
                       f"+1 {area} 555 {line}", f"1-{area}-555-{line}", f"{area}555{line}"])


def email(rng, p: Person | None = None, domain: str | None = None) -> str:
    dom = domain or rng.choice(["example.com", "example.org", "example.net", "mail.example.com",
                                "radiology.example.org", "clinic.example.net"])
    if p is None:
        return f"{rng.choice(['scheduling', 'rad.billing', 'imaging.records', 'frontdesk'])}@{dom}"
    fam = "".join(ch for ch in p.family.lower() if ch.isalpha() and ch.isascii()) or "pt"
    giv = "".join(ch for ch in p.given.lower() if ch.isalpha() and ch.isascii()) or "x"
    local = rng.choice([f"{giv}.{fam}", f"{giv[0]}{fam}", f"{fam}{rng.randint(2, 99)}", f"{giv}_{fam[:4]}"])
    return f"{local}@{dom}"


def ip(rng) -> str:
    return rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                       f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                       f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])


def device_serial(rng) -> str:
    return rng.choice([lambda: f"{letters(rng, 3)}{digits(rng, 6)}{rng.choice('HSGR')}",
                       lambda: f"SN {digits(rng, 9)}"[3:], lambda: f"{letters(rng, 2)}{digits(rng, 7)}",
                       lambda: f"{digits(rng, 4)}-{letters(rng, 2)}-{digits(rng, 5)}"])()


def plan_id(rng) -> str:
    return rng.choice([lambda: f"{letters(rng, 3)}{digits(rng, 9)}", lambda: f"W{digits(rng, 9)}",
                       lambda: f"{digits(rng, 1)}{letters(rng, 2)}{digits(rng, 1)}-{letters(rng, 2)}{digits(rng, 1)}-{letters(rng, 2)}{digits(rng, 2)}",
                       lambda: f"U{digits(rng, 8)}01", lambda: f"MCD{digits(rng, 8)}"])()


def account(rng) -> str:
    return rng.choice([lambda: digits(rng, 9), lambda: f"V{digits(rng, 8)}", lambda: f"HAR {digits(rng, 8)}"[4:],
                       lambda: f"{digits(rng, 4)}-{digits(rng, 6)}", lambda: f"ENC{digits(rng, 7)}",
                       lambda: f"CLM-{digits(rng, 10)}"])()


def address_md(rng, street: str, unit: str, city: str, st: str, z: str, sep: str = ", ") -> str:
    s = m("STREET_ADDRESS", f"{street} {unit}" if unit and rng.random() < 0.5 else street)
    if unit and s.endswith(f"{street}⟧"):
        s += ", " + m("STREET_ADDRESS", unit)
    return f"{s}{sep}{m('CITY', city)}, {st} {m('ZIP', z)}"
