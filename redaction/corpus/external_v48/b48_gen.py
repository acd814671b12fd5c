"""Value generators for blind48: people, addresses, identifiers, dates.  Values are plain strings;
styles wrap them in markers where they are written."""

from __future__ import annotations

import datetime as _dt
import unicodedata

from b48_billing import EXAMS
from b48_pools import (CITIES, FIRST_F, FIRST_M, GROUPS, HOSPITALS, LAST, MIDDLE, PAYERS, STREET_NAMES,
                       STREET_SUFFIX, UNITS)

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def ascii_upper(s: str) -> str:
    """X12 / UB-04 style: upper case, accents stripped."""
    nf = unicodedata.normalize("NFKD", s)
    return "".join(c for c in nf if not unicodedata.combining(c)).upper().replace("Ø", "O").replace("Ł", "L")


# ---------------------------------------------------------------- people
def person(rng, sex: str | None = None) -> dict:
    sex = sex or rng.choice("FM")
    first = rng.choice(FIRST_F if sex == "F" else FIRST_M)
    return {"first": first, "last": rng.choice(LAST), "mi": rng.choice(MIDDLE), "sex": sex}


def name(p: dict, style: str) -> str:
    f, l, mi = p["first"], p["last"], p["mi"]
    return {
        "full": f"{f} {l}", "full_mi": f"{f} {mi}. {l}", "lf": f"{l}, {f}", "lf_mi": f"{l}, {f} {mi}",
        "LF": ascii_upper(f"{l}, {f}"), "LF_MI": ascii_upper(f"{l}, {f} {mi}"), "LF_nospace": ascii_upper(f"{l},{f}"),
        "init": f"{f[0]}. {l}", "last": l, "first": f, "FULL": ascii_upper(f"{f} {l}"),
    }[style]


def x12_name(p: dict, middle: bool = True) -> str:
    base = ascii_upper(p["last"]) + "*" + ascii_upper(p["first"])
    return base + ("*" + p["mi"] if middle else "")


def relative(rng, pt: dict, rel: str) -> dict:
    sex = {"spouse": "M" if pt["sex"] == "F" else "F", "mother": "F", "father": "M", "daughter": "F", "son": "M"}.get(rel)
    r = person(rng, sex)
    if rel != "spouse" or rng.random() < 0.6:
        r["last"] = pt["last"]
    return r


# ---------------------------------------------------------------- places
def address(rng) -> dict:
    c, st, zp = rng.choice(CITIES)
    if rng.random() < 0.12:
        line = f"PO Box {rng.randint(100, 99999)}"
    else:
        line = f"{rng.randint(2, 29999)} {rng.choice(['', 'N ', 'S ', 'E ', 'W '])}{rng.choice(STREET_NAMES)} {rng.choice(STREET_SUFFIX)}"
        if rng.random() < 0.3:
            line += " " + rng.choice(UNITS)
    z5 = zp + f"{rng.randint(1, 99):02d}"
    return {"street": line, "city": c, "state": st, "zip": z5, "zip4": z5 + f"{rng.randint(1, 9999):04d}"}


def facility(rng) -> dict:
    full, short = rng.choice(HOSPITALS)
    a = address(rng)
    return {"name": full, "short": short, **a}


def group(rng) -> str:
    return rng.choice(GROUPS)


# ---------------------------------------------------------------- numbers
def digits(rng, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def npi(rng) -> str:
    """Ten-digit NPI with a valid Luhn check digit (prefix 80840)."""
    base = "1" + digits(rng, 8)
    total = 24
    for i, ch in enumerate(reversed(base)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return base + str((10 - total % 10) % 10)


def ein(rng) -> str:
    return f"{rng.randint(10, 98)}-{digits(rng, 7)}"


def clia(rng) -> str:
    return f"{rng.randint(10, 99)}D{digits(rng, 7)}"


def mrn_value(rng) -> str:
    return rng.choice([
        lambda: "E" + digits(rng, 7), lambda: digits(rng, 8), lambda: "KH" + digits(rng, 8),
        lambda: "M" + digits(rng, 6), lambda: str(rng.randint(100000, 9999999)), lambda: "MR-" + digits(rng, 7),
    ])()


def account_value(rng) -> str:
    return rng.choice([
        lambda: "3" + digits(rng, 9), lambda: "V" + digits(rng, 11), lambda: "HAR" + digits(rng, 9),
        lambda: "ENC-" + digits(rng, 8), lambda: "24" + rng.choice("ABCDEFGH") + digits(rng, 9),
        lambda: "PFS" + digits(rng, 7),
    ])()


def mbi(rng) -> str:
    letters = "ACDEFGHJKMNPQRTUVWXY"
    pat = "CAANANAANNA"
    out = []
    for i, p in enumerate(pat):
        if i == 0:
            out.append(str(rng.randint(1, 9)))
        elif p == "N":
            out.append(str(rng.randint(0, 9)))
        elif p == "A":
            out.append(rng.choice(letters))
        else:
            out.append(rng.choice(letters + "0123456789"))
    return "".join(out)


def member_value(rng, kind: str) -> str:
    if kind == "medicare":
        return mbi(rng)
    if kind == "medicaid":
        return rng.choice([digits(rng, 9), "NM" + digits(rng, 10)])
    if kind == "ma":
        return rng.choice(["H" + digits(rng, 8), "W" + digits(rng, 9)])
    return rng.choice([
        "W" + digits(rng, 9), rng.choice(["XYP", "ZGA", "JQU", "AAK"]) + digits(rng, 9),
        "U" + digits(rng, 10), digits(rng, 11) + "01", "8" + digits(rng, 9) + "00",
    ])


def group_value(rng) -> str:
    return rng.choice([digits(rng, 7), "GRP-" + digits(rng, 5), digits(rng, 6) + "M" + digits(rng, 3),
                       "00" + digits(rng, 6), "P" + digits(rng, 5)])


def claim_icn(rng) -> str:
    return rng.choice([digits(rng, 13), "EB" + digits(rng, 8), digits(rng, 4) + "E" + digits(rng, 8),
                       "C" + digits(rng, 10) + "X"])


def auth_value(rng) -> str:
    return rng.choice(["A" + digits(rng, 9), "PA" + digits(rng, 7), digits(rng, 10), "EVI" + digits(rng, 8),
                       "NIA-" + digits(rng, 8)])


def accession_value(rng, mod: str) -> str:
    return rng.choice([
        lambda: f"{mod}{rng.randint(24, 26)}{digits(rng, 6)}", lambda: "RAD" + digits(rng, 8),
        lambda: "A" + digits(rng, 9), lambda: f"{rng.randint(24, 26)}-{mod}-{digits(rng, 6)}",
    ])()


def ssn_value(rng) -> str:
    return f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"


def phone_value(rng, style: str | None = None) -> str:
    a, b, c = rng.randint(201, 989), rng.randint(210, 989), rng.randint(0, 9999)
    style = style or rng.choice(["paren", "dash", "dot", "intl"])
    return {"paren": f"({a}) {b}-{c:04d}", "dash": f"{a}-{b}-{c:04d}", "dot": f"{a}.{b}.{c:04d}",
            "intl": f"+1 {a} {b} {c:04d}", "raw": f"{a}{b}{c:04d}"}[style]


def email_value(rng, p: dict, domain: str | None = None) -> str:
    f, l = ascii_upper(p["first"]).lower(), ascii_upper(p["last"]).lower()
    l = "".join(ch for ch in l if ch.isalnum())
    f = "".join(ch for ch in f if ch.isalnum())
    dom = domain or rng.choice(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net"])
    local = rng.choice([f"{f}.{l}", f"{f[0]}{l}{rng.randint(1, 99)}", f"{l}{f[0]}", f"{f}{l}{rng.randint(50, 99)}"])
    return f"{local}@{dom}"


def ip_value(rng) -> str:
    return rng.choice([f"{rng.randint(24, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                       f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])


def device_serial(rng) -> str:
    return rng.choice(["PT" + digits(rng, 8), f"{rng.choice(['BVR', 'PAS', 'XPT'])}-{digits(rng, 5)}-{rng.choice('ABCDEFGH')}",
                       digits(rng, 4) + "-" + digits(rng, 6), "RBK" + digits(rng, 6) + "V"])


# ---------------------------------------------------------------- dates
def rand_date(rng, start: _dt.date, end: _dt.date) -> _dt.date:
    return start + _dt.timedelta(days=rng.randint(0, (end - start).days))


def dos_date(rng) -> _dt.date:
    return rand_date(rng, _dt.date(2025, 4, 1), _dt.date(2026, 1, 31))


def fmt_date(d: _dt.date, f: str) -> str:
    return {
        "mdY": d.strftime("%m/%d/%Y"), "mdy": f"{d.month}/{d.day}/{d:%y}", "iso": d.isoformat(),
        "dMonY": d.strftime("%d-%b-%Y"), "MonthdY": f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
        "MondY": f"{d:%b} {d.day}, {d.year}", "dMonthY": f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        "ccyymmdd": d.strftime("%Y%m%d"), "mdY-": d.strftime("%m-%d-%Y"), "md": f"{d.month}/{d.day}",
        "Monthd": f"{MONTHS[d.month - 1]} {d.day}", "mmddyy": d.strftime("%m%d%y"), "mmddccyy": d.strftime("%m%d%Y"),
        "box": d.strftime("%m %d %Y"), "box2": d.strftime("%m %d %y"), "yymmdd": d.strftime("%y%m%d"),
        "DMONY": d.strftime("%d%b%Y").upper(),
    }[f]


def fmt_time(rng, f: str | None = None) -> str:
    h, mi, s = rng.randint(6, 21), rng.randint(0, 59), rng.randint(0, 59)
    f = f or rng.choice(["hm", "ampm", "hours", "hms"])
    h12 = h % 12 or 12
    return {"hm": f"{h:02d}:{mi:02d}", "ampm": f"{h12}:{mi:02d} {'AM' if h < 12 else 'PM'}",
            "hours": f"{h:02d}{mi:02d} hours", "hms": f"{h:02d}:{mi:02d}:{s:02d}", "hhmm": f"{h:02d}{mi:02d}",
            "ampm_l": f"{h12}:{mi:02d} {'a.m.' if h < 12 else 'p.m.'}"}[f]


def age_on(dob: _dt.date, d: _dt.date) -> int:
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))


def money(x: float) -> str:
    return f"{x:,.2f}"


# ---------------------------------------------------------------- patient profile
def patient(rng, exam=None, old: bool | None = None) -> dict:
    p = person(rng)
    exam = exam or rng.choice(EXAMS)
    if exam[6] in ("prostate",):
        p = person(rng, "M")
    if exam[6] in ("mammo_screen", "mammo_dx", "breast_us", "ovary", "port"):
        p = person(rng, "F")
    dos = dos_date(rng)
    old = (rng.random() < 0.1) if old is None else old
    if old:
        dob = rand_date(rng, _dt.date(1928, 1, 1), _dt.date(1935, 12, 31))
    else:
        dob = rand_date(rng, _dt.date(1938, 1, 1), _dt.date(2008, 12, 31))
    want_medicare = age_on(dob, dos) >= 65 and rng.random() < 0.6
    payer = rng.choice([py for py in PAYERS if (py[2] in ("medicare", "ma")) == want_medicare])
    pt = dict(p, dob=dob, dos=dos, age=age_on(dob, dos), exam=exam, mrn=mrn_value(rng), acct=account_value(rng),
              payer=payer, member=member_value(rng, payer[2]), group=group_value(rng), addr=address(rng),
              phone=phone_value(rng), ssn=ssn_value(rng), acc=accession_value(rng, exam[2]),
              icn=claim_icn(rng), auth=auth_value(rng))
    pt["email"] = email_value(rng, p)
    return pt

