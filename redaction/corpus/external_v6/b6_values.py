"""PHI value shapes: dates, times, identifiers, e-mail, URLs and IP addresses, each in many real spellings.

Why: the same datum is written differently by a RIS, a clerk, a dictating radiologist and a UK secretary; a
corpus that uses one spelling per type measures a regex, not a redactor.
"""

from __future__ import annotations

import datetime as dt
import random

from b6_people import Person, ascii_fold

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

# Date forms: US numeric, ISO, military, spelled, month-day, UK/EU numeric, compact, with ordinals.
DATE_FORMS = ["mdY", "mdy", "iso", "dMonY", "long", "md", "Md", "dMY", "MdY", "compact", "mdY-", "Mon.",
              "dmY/", "dmY.", "DMONY", "ord", "nocomma", "m/d/Y"]
US_DATE_FORMS = ["mdY", "mdY", "mdy", "m/d/Y", "long", "MdY", "dMonY", "iso"]
UK_DATE_FORMS = ["dmY/", "dmY/", "dMY", "dMonY", "dMY"]
EU_DATE_FORMS = ["dmY.", "dmY.", "iso", "dMY"]
TIME_FORMS = ["hm", "hm", "ampm", "hours", "hms", "a.m.", "hhmm", "ampm_tight", "h_eu"]


def date_str(d: dt.date, form: str) -> str:
    """``d`` written in ``form`` (see DATE_FORMS)."""
    mon = MONTHS[d.month - 1]
    return {
        "mdY": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "mdy": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "iso": d.isoformat(),
        "dMonY": f"{d.day:02d}-{mon[:3]}-{d.year}",
        "long": f"{mon} {d.day}, {d.year}",
        "md": f"{d.month}/{d.day}",
        "Md": f"{mon} {d.day}",
        "dMY": f"{d.day} {mon} {d.year}",
        "MdY": f"{mon[:3]} {d.day}, {d.year}",
        "compact": f"{d.year}{d.month:02d}{d.day:02d}",
        "mdY-": f"{d.month:02d}-{d.day:02d}-{d.year}",
        "Mon.": f"{mon[:3]}. {d.day}" if len(mon) > 3 else f"{mon} {d.day}",
        "dmY/": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "dmY.": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "DMONY": f"{d.day:02d}{mon[:3].upper()}{d.year}",
        "ord": f"{mon} {d.day}{_ordinal(d.day)}",
        "nocomma": f"{mon} {d.day} {d.year}",
        "m/d/Y": f"{d.month}/{d.day}/{d.year}",
    }[form]


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def time_str(t: dt.datetime, form: str) -> str:
    """The clock time of ``t`` written in ``form`` (see TIME_FORMS)."""
    h12 = t.hour % 12 or 12
    ap = "AM" if t.hour < 12 else "PM"
    return {
        "hm": f"{t.hour:02d}:{t.minute:02d}",
        "ampm": f"{h12}:{t.minute:02d} {ap}",
        "hours": f"{t.hour:02d}{t.minute:02d} hours",
        "hms": f"{t.hour:02d}:{t.minute:02d}:{t.second:02d}",
        "a.m.": f"{h12}:{t.minute:02d} {ap[0].lower()}.m.",
        "hhmm": f"{t.hour:02d}{t.minute:02d}",
        "ampm_tight": f"{h12}:{t.minute:02d}{ap.lower()}",
        "h_eu": f"{t.hour}h{t.minute:02d}",
    }[form]


def hl7_ts(t: dt.datetime) -> str:
    """HL7 v2 TS (``20260314143205``): one token, so one span."""
    return t.strftime("%Y%m%d%H%M%S")


def random_datetime(rng: random.Random, start: dt.date, days: int) -> dt.datetime:
    """A moment within ``days`` after ``start``, during working-ish hours most of the time."""
    d = start + dt.timedelta(days=rng.randint(0, days))
    hour = rng.choice([0, 2, 3, 5] + list(range(7, 23)) * 3)
    return dt.datetime(d.year, d.month, d.day, hour, rng.randint(0, 59), rng.randint(0, 59))


def mrn(rng: random.Random) -> str:
    """A medical record number in one of the shapes seen across vendors."""
    return rng.choice([f"{rng.randint(0, 99999999):08d}", f"E{rng.randint(1000000, 9999999)}",
                       f"MR-{rng.randint(0, 9999):04d}-{rng.randint(0, 9999):04d}",
                       f"{rng.randint(100, 9999)}-{rng.randint(100, 999)}", f"{rng.randint(0, 10**10 - 1):010d}",
                       f"H{rng.randint(100000, 999999)}", f"{rng.randint(1000000, 9999999)}",
                       f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"])


def nhs_number(rng: random.Random) -> str:
    """A UK NHS number shape (3-3-4 digits with spaces)."""
    return f"{rng.randint(400, 499)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"


def accession(rng: random.Random, modality: str, year: int) -> str:
    """A study accession number."""
    yy = year % 100
    return rng.choice([f"RAD-{yy}-{rng.randint(0, 9999999):07d}", f"A{yy}-{rng.randint(100000, 999999)}",
                       f"{modality}{yy}{rng.randint(10**7, 10**8 - 1)}", f"{rng.randint(1000000, 9999999)}",
                       f"ACC{year}-{rng.randint(0, 99999):05d}", f"{modality}-{yy}-{rng.randint(10000, 99999)}",
                       f"{rng.randint(10**9, 10**10 - 1)}"])


def ssn(rng: random.Random) -> str:
    """A US SSN shape (never 000, 666 or 9xx area)."""
    area = rng.choice([a for a in range(1, 900) if a != 666])
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    return rng.choice([f"{area:03d}-{g:02d}-{s:04d}", f"{area:03d} {g:02d} {s:04d}", f"{area:03d}{g:02d}{s:04d}"])


def sin_number(rng: random.Random) -> str:
    """A Canadian social insurance number shape (3-3-3)."""
    return f"{rng.randint(100, 799)} {rng.randint(100, 999)} {rng.randint(100, 999)}"


def plan_id(rng: random.Random, locale: str = "us") -> str:
    """A health plan member / beneficiary number."""
    letters = "ABCDEFGHJKMNPQRTUVWXY"
    if locale == "ca":
        return f"{rng.randint(1000, 9999)}-{rng.randint(100, 999)}-{rng.randint(100, 999)}-" \
               f"{rng.choice(letters)}{rng.choice(letters)}"
    if locale == "au":
        return f"{rng.randint(2000, 6999)} {rng.randint(10000, 99999)} {rng.randint(1, 9)}"
    mbi = (f"{rng.randint(1, 9)}{rng.choice(letters)}{rng.choice(letters)}{rng.randint(0, 9)}"
           f"{rng.choice(letters)}{rng.choice(letters)}{rng.randint(0, 9)}{rng.choice(letters)}{rng.choice(letters)}"
           f"{rng.randint(10, 99)}")
    return rng.choice([f"{''.join(rng.choice(letters) for _ in range(3))}{rng.randint(10**8, 10**9 - 1)}",
                       mbi, f"{mbi[:4]}-{mbi[4:7]}-{mbi[7:]}", f"{rng.randint(10**7, 10**8 - 1)}{rng.choice('ABC')}",
                       f"W{rng.randint(10**8, 10**9 - 1)}", f"ZXJ {rng.randint(10000, 99999)} "
                                                            f"{rng.randint(1000, 9999)}",
                       f"{rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}-01"])


def account_id(rng: random.Random) -> str:
    """A billing account / financial number / visit number."""
    return rng.choice([f"{rng.randint(7 * 10**9, 8 * 10**9)}", f"V{rng.randint(10**10, 10**11 - 1)}",
                       f"{rng.randint(10**9, 10**10 - 1)}", f"ENC-{rng.randint(10**7, 10**8 - 1)}",
                       f"{rng.randint(100, 999)}-{rng.randint(100000, 999999)}", f"HAR{rng.randint(10**8, 10**9 - 1)}"])


def serial(rng: random.Random) -> str:
    """A device or equipment serial number."""
    letters = "ABCDEFGHJKLMNPRSTVWXZ"
    three = "".join(rng.choice(letters) for _ in range(3))
    return rng.choice([f"{three}{rng.randint(100000, 999999)}", f"{three}{rng.randint(100000, 999999)}H",
                       f"{rng.randint(10**7, 10**8 - 1)}", f"{rng.choice(letters)}{rng.randint(100000, 999999)}",
                       f"{three}-{rng.randint(1000, 9999)}-{rng.randint(100, 999)}",
                       f"{rng.randint(1000, 9999)}{three}{rng.randint(10, 99)}"])


def ip(rng: random.Random) -> str:
    """A private IPv4 address."""
    return rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                       f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                       f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])


def email(rng: random.Random, p: Person, domain: str) -> str:
    """A work e-mail address built from a person's name."""
    g = ascii_fold(p.given_only()).lower().replace("'", "")
    f = ascii_fold(p.surname()).lower().replace("'", "").replace(" ", "").replace("-", "")
    return rng.choice([f"{g}.{f}", f"{g[0]}{f}", f"{f}.{g[0]}", f"{g}_{f}{rng.randint(1, 9)}"]) + "@" + domain


def personal_email(rng: random.Random, p: Person) -> str:
    """A patient's personal e-mail address."""
    g = ascii_fold(p.given_only()).lower()
    f = ascii_fold(p.surname()).lower().replace("'", "").replace(" ", "").replace("-", "")
    local = rng.choice([f"{g}{f}{rng.randint(50, 99)}", f"{g}.{f}", f"{f}fam{rng.randint(1, 9)}", f"{g[0]}{f}"])
    return local + "@" + rng.choice(["gmail.com", "yahoo.com", "outlook.com", "hotmail.co.uk", "bigpond.com"])
