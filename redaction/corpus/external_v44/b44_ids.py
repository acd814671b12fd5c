"""Identifiers, phone numbers, dates and network values in local non-US formats (synthetic, valid-looking)."""

from __future__ import annotations

import datetime as _dt
import unicodedata

from b44_doc import P

MONTHS = "January February March April May June July August September October November December".split()
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_L = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def digits(rng, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


# ----------------------------------------------------------------------------- patient numbers (MRN)
def nhs_number(rng, sep: str = " ") -> str:
    while True:
        d = [rng.randint(0, 9) for _ in range(9)]
        d[0] = rng.randint(4, 9)
        c = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
        c = 0 if c == 11 else c
        if c != 10:
            s = "".join(map(str, d)) + str(c)
            return sep.join((s[:3], s[3:6], s[6:])) if sep is not None else s


def chi_number(rng, dob: _dt.date) -> str:
    return dob.strftime("%d%m%y") + digits(rng, 4)


def ihi(rng) -> str:
    s = "800360" + digits(rng, 10)
    return " ".join(s[i:i + 4] for i in range(0, 16, 4))


def nhi(rng) -> str:
    a = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3))
    return a + (digits(rng, 4) if rng.random() < 0.6 else digits(rng, 2) + rng.choice(_L) + rng.choice(_L))


def hospital_number(rng, cc: str) -> str:
    return rng.choice({
        "UK": [f"RXH{digits(rng, 7)}", f"K{digits(rng, 7)}", f"RTH{digits(rng, 6)}", f"M{digits(rng, 6)}"],
        "IE": [f"{digits(rng, 7)}", f"MRN{digits(rng, 6)}", f"BH{digits(rng, 6)}"],
        "AU": [f"{digits(rng, 8)}", f"RPA{digits(rng, 6)}"], "NZ": [nhi(rng)],
        "CA": [f"{digits(rng, 7)}", f"SHSC-{digits(rng, 7)}"],
        "IN": [f"UHID{digits(rng, 8)}", f"BLR/{rng.randint(2019, 2026)}/{digits(rng, 6)}", f"SVD-{digits(rng, 7)}"],
        "SG": [f"{rng.choice('SGTN')}{digits(rng, 8)}{rng.choice(_L)}"], "HK": [f"HN{digits(rng, 8)}{rng.choice('0123456789X')}"],
        "ZA": [f"{digits(rng, 8)}", f"GSH{digits(rng, 7)}"], "KE": [f"KNH/{digits(rng, 6)}/{rng.randint(19, 26)}", f"{digits(rng, 7)}"],
        "NG": [f"LUTH/{digits(rng, 6)}", f"{digits(rng, 6)}"], "GULF": [f"MRN-{digits(rng, 7)}", f"{digits(rng, 8)}"],
    }[cc])


def abha(rng) -> str:
    return f"91-{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}"


# ----------------------------------------------------------------------------- insurer numbers (HEALTH_PLAN_ID)
def medicare_au(rng, spaced: bool = True) -> str:
    while True:
        d = [rng.randint(2, 6)] + [rng.randint(0, 9) for _ in range(7)]
        c = sum(x * w for x, w in zip(d, (1, 3, 7, 9, 1, 3, 7, 9))) % 10
        s = "".join(map(str, d)) + str(c) + str(rng.randint(1, 5))
        return f"{s[:4]} {s[4:9]} {s[9]}" if spaced else s


def ohip(rng) -> str:
    s = digits(rng, 10)
    return f"{s[:4]}-{s[4:7]}-{s[7:]}-{rng.choice(_L)}{rng.choice(_L)}"


def bc_phn(rng) -> str:
    s = "9" + digits(rng, 9)
    return f"{s[:4]} {s[4:7]} {s[7:]}"


def plan_id(rng, cc: str) -> tuple[str, str]:
    """(label, value) for an insurer / funder membership number."""
    return rng.choice({
        "UK": [("Bupa membership no.", f"{digits(rng, 8)}{rng.choice(_L)}"), ("AXA Health policy", f"{rng.choice(_L)}{digits(rng, 8)}")],
        "IE": [("Medical card no.", f"{digits(rng, 7)}{rng.choice(_L)}"), ("VHI member no.", digits(rng, 8)),
               ("Laya policy no.", f"LH{digits(rng, 7)}")],
        "AU": [("Medicare no.", medicare_au(rng)), ("DVA file no.", f"N{rng.choice('XQVW')}{digits(rng, 6)}"),
               ("HCF member no.", digits(rng, 9))],
        "NZ": [("Southern Cross member no.", digits(rng, 8))],
        "CA": [("OHIP", ohip(rng)), ("BC PHN", bc_phn(rng))],
        "IN": [("CGHS card", digits(rng, 8)), ("Star Health policy", f"P/{digits(rng, 6)}/01/2026/{digits(rng, 6)}")],
        "SG": [("MediShield policy", f"MS{digits(rng, 9)}"), ("AIA HealthShield", f"H{digits(rng, 9)}")],
        "HK": [("AXA policy", f"HK{digits(rng, 8)}"), ("Bupa HK member", f"BHK{digits(rng, 7)}")],
        "ZA": [("Discovery Health member no.", digits(rng, 9)), ("Bonitas membership", digits(rng, 8)), ("GEMS member no.", digits(rng, 9))],
        "KE": [("SHA/NHIF no.", digits(rng, 8))], "NG": [("NHIA enrolee no.", f"NHIA/{digits(rng, 5)}/{digits(rng, 4)}")],
        "GULF": [("Daman card no.", f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}"),
                 ("Thiqa no.", digits(rng, 10)), ("Bupa Arabia policy", f"{digits(rng, 8)}")],
    }[cc])


# ----------------------------------------------------------------------------- national identity numbers (SSN)
def nric(rng) -> str:
    p = rng.choice("STFG")
    d = [rng.randint(0, 9) for _ in range(7)]
    s = sum(x * w for x, w in zip(d, (2, 7, 6, 5, 4, 3, 2))) + (4 if p in "TG" else 0)
    tbl = "JZIHGFEDCBA" if p in "ST" else "XWUTRQPNMLK"
    return p + "".join(map(str, d)) + tbl[s % 11]


def hkid(rng) -> str:
    c = rng.choice("ACDEGHKPRVYZ")
    d = [rng.randint(0, 9) for _ in range(6)]
    s = 9 * 36 + 8 * (ord(c) - 55) + sum(x * w for x, w in zip(d, range(7, 1, -1)))
    ch = (11 - s % 11) % 11
    return f"{c}{''.join(map(str, d))}({'A' if ch == 10 else ch})"


def sa_id(rng, dob: _dt.date, sex: str) -> str:
    g = rng.randint(5000, 9999) if sex == "M" else rng.randint(0, 4999)
    body = dob.strftime("%y%m%d") + f"{g:04d}" + "08"
    tot = 0
    for i, ch in enumerate(reversed(body)):
        x = int(ch) * (2 if i % 2 == 0 else 1)
        tot += x - 9 if x > 9 else x
    return body + str((10 - tot % 10) % 10)


def national_id(rng, cc: str, dob: _dt.date, sex: str) -> tuple[str, str] | None:
    return {
        "SG": ("NRIC", nric(rng)), "HK": ("HKID", hkid(rng)), "ZA": ("ID no.", sa_id(rng, dob, sex)),
        "GULF": ("Emirates ID", f"784-{dob.year}-{digits(rng, 7)}-{rng.randint(0, 9)}"),
        "IE": ("PPSN", f"{digits(rng, 7)}{rng.choice('ABCDEFGHKLMNPTW')}"),
        "IN": ("Aadhaar", f"{rng.randint(2, 9)}{digits(rng, 3)} {digits(rng, 4)} {digits(rng, 4)}"),
        "KE": ("National ID", digits(rng, 8)), "NG": ("NIN", digits(rng, 11)),
    }.get(cc)


# ----------------------------------------------------------------------------- phones
def phone(rng, cc: str, kind: str = "any") -> str:
    r, d = rng.randint, lambda n: digits(rng, n)
    opts = {
        "UK": [f"+44 20 7946 {d(4)}", f"020 7946 {d(4)}", f"0113 243 {d(4)}", f"0161 276 {d(4)}", f"07700 900{d(3)}",
               f"+44 7700 900{d(3)}", f"0131 242 {d(4)}", f"(0117) 414 {d(4)}"],
        "IE": [f"+353 1 809 {d(4)}", f"(01) 221 {d(4)}", f"021 492 {d(4)}", f"087 {r(100, 999)} {d(4)}", f"091 524 {d(3)}"],
        "AU": [f"(02) 9{d(3)} {d(4)}", f"+61 3 9{d(3)} {d(4)}", f"04{d(2)} {d(3)} {d(3)}", f"(07) 3{d(3)} {d(4)}"],
        "NZ": [f"(09) 3{d(2)} {d(4)}", f"021 {d(3)} {d(4)}", f"+64 3 364 {d(4)}", f"027 {d(3)} {d(4)}"],
        "CA": [f"({r(2, 9)}{d(2)}) 555-0{d(3)}", f"613-555-0{d(3)}", f"+1 416 555 0{d(3)}"],
        "IN": [f"+91 98{d(3)} {d(5)}", f"080-2{d(3)} {d(4)}", f"044 2{d(3)} {d(4)}", f"+91 7{d(4)} {d(5)}"],
        "SG": [f"+65 6{d(3)} {d(4)}", f"6{d(3)} {d(4)}", f"+65 9{d(3)} {d(4)}"],
        "HK": [f"+852 2{d(3)} {d(4)}", f"2{d(3)} {d(4)}", f"9{d(3)} {d(4)}"],
        "ZA": [f"+27 21 404 {d(4)}", f"(021) 650 {d(4)}", f"082 {d(3)} {d(4)}", f"011 {d(3)} {d(4)}"],
        "KE": [f"+254 20 272 {d(4)}", f"0722 {d(6)}", f"+254 7{d(2)} {d(3)} {d(3)}"],
        "NG": [f"+234 803 {d(3)} {d(4)}", f"0805 {d(3)} {d(4)}"],
        "GULF": [f"+971 4 219 {d(4)}", f"04 {d(3)} {d(4)}", f"+971 50 {d(3)} {d(4)}", f"+974 4439 {d(4)}", f"+966 11 464 {d(4)}"],
    }[cc]
    return rng.choice(opts)


# ----------------------------------------------------------------------------- dates and times
def rand_date(rng, y0: int = 2024, y1: int = 2026) -> _dt.date:
    return _dt.date(y0, 1, 1) + _dt.timedelta(days=rng.randint(0, (y1 - y0) * 365 + 150))


def dob(rng, age: int, ref: _dt.date) -> _dt.date:
    return _dt.date(ref.year - age, 1, 1) + _dt.timedelta(days=rng.randint(0, 364) - (365 if rng.random() < 0.5 else 0))


def age_on(d: _dt.date, ref: _dt.date) -> int:
    return ref.year - d.year - ((ref.month, ref.day) < (d.month, d.day))


def _ord(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


DATE_FORMATS = ["dmy", "dmy", "dotted", "dmonyy", "dmonyyyy", "ordinal", "long", "long", "dmon", "caps", "short"]


def fdate(d: _dt.date, kind: str) -> str:
    mon = MONTHS[d.month - 1]
    return {
        "dmy": f"{d.day:02d}/{d.month:02d}/{d.year}", "dotted": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "dmonyy": f"{d.day:02d}-{mon[:3]}-{d.year % 100:02d}", "dmonyyyy": f"{d.day:02d}-{mon[:3]}-{d.year}",
        "ordinal": f"{_ord(d.day)} {mon} {d.year}", "long": f"{d.day} {mon} {d.year}",
        "dmon": f"{d.day} {mon[:3]} {d.year}", "caps": f"{d.day:02d}{mon[:3].upper()}{d.year}",
        "short": f"{d.day}/{d.month}/{d.year % 100:02d}", "iso": d.isoformat(),
        "weekday": f"{DAYS[d.weekday()]} {d.day} {mon}", "weekday_y": f"{DAYS[d.weekday()]} {_ord(d.day)} {mon} {d.year}",
        "mdy": f"{mon} {d.day}, {d.year}", "nomonth": f"{d.day} {mon}",
    }[kind]


def dt(rng, d: _dt.date, kind: str | None = None) -> P:
    return P(fdate(d, kind or rng.choice(DATE_FORMATS)), "DATE_TIME")


TIME_FORMATS = ["hm", "hm", "h", "pm", "hrs", "hms"]


def ftime(h: int, m: int, kind: str) -> str:
    h12 = h % 12 or 12
    ap = "am" if h < 12 else "pm"
    return {
        "hm": f"{h:02d}:{m:02d}", "h": f"{h:02d}h{m:02d}", "pm": f"{h12}.{m:02d}{ap}", "hrs": f"{h:02d}{m:02d}hrs",
        "hms": f"{h:02d}:{m:02d}:{(h * m) % 60:02d}", "pdot": f"{h12}:{m:02d} {ap[0]}.m.", "hours": f"{h:02d}{m:02d} hours",
    }[kind]


def tm(rng, kind: str | None = None, h0: int = 7, h1: int = 21) -> P:
    return P(ftime(rng.randint(h0, h1), rng.choice([0, 5, 10, 12, 15, 20, 25, 30, 34, 40, 45, 48, 50, 55]),
                   kind or rng.choice(TIME_FORMATS)), "DATE_TIME")


# ----------------------------------------------------------------------------- other identifiers
def accession(rng, cc: str) -> str:
    return rng.choice([f"RAD{digits(rng, 8)}", f"{rng.choice(['CT', 'MR', 'US', 'XR'])}{digits(rng, 2)}-{digits(rng, 6)}",
                       f"A{digits(rng, 9)}", f"{cc[:2]}{digits(rng, 10)}", f"E{digits(rng, 7)}"])


def account(rng) -> str:
    return rng.choice([f"EP{digits(rng, 8)}", f"INV-{digits(rng, 6)}", f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}",
                       f"V{digits(rng, 9)}", f"CLM/{digits(rng, 7)}"])


def device_serial(rng) -> tuple[str, str]:
    return rng.choice([("Medtronic Azure XT DR MRI SureScan pacemaker", f"RNB{digits(rng, 6)}H"),
                       ("Cochlear Nucleus CI612 implant", f"{digits(rng, 9)}"),
                       ("Abbott Assert-IQ loop recorder", f"ARC{digits(rng, 6)}"),
                       ("Codman Certas Plus shunt valve", f"CP{digits(rng, 7)}"),
                       ("Boston Scientific Accolade MRI pacemaker", f"{digits(rng, 6)}"),
                       ("BardPort implanted port", f"REBV{digits(rng, 4)}{rng.choice(_L)}"),
                       ("Medtronic MiniMed 780G insulin pump", f"NG{digits(rng, 7)}H")])


def _ascii(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "").replace("-", "")


def email(rng, name, domain: str) -> str:
    g = _ascii(name.given.split()[0])
    f = _ascii(name.family.split()[-1])
    return rng.choice([f"{g}.{f}@{domain}", f"{g[0]}{f}@{domain}", f"{f}.{g}{rng.randint(1, 99)}@{domain}"])


def ip(rng) -> str:
    return rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                       f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                       f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])
