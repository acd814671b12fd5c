"""Identifier values in the many shapes RIS, PACS, EHR and payer systems print (all invented).

Each function returns the bare value; the label ('MRN:', 'Acc#', 'Member ID') is written by the style
and is never part of the span.
"""

from __future__ import annotations

import string

from b9_pools import EMAIL_DOMAINS

_UP = string.ascii_uppercase
_ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


def digits(rng, n: int, lead_zero_ok: bool = True) -> str:
    first = str(rng.randrange(0 if lead_zero_ok else 1, 10))
    return first + "".join(str(rng.randrange(10)) for _ in range(n - 1))


def letters(rng, n: int) -> str:
    return "".join(rng.choice(_UP) for _ in range(n))


def mrn(rng, style: str | None = None) -> str:
    style = style or rng.choice(("d8", "d8", "d7", "e7", "dash", "m7", "d10", "d9", "mr6"))
    return {
        "d8": lambda: "00" + digits(rng, 6),
        "d7": lambda: digits(rng, 7, False),
        "e7": lambda: "E" + digits(rng, 7),
        "dash": lambda: f"{digits(rng, 4, False)}-{digits(rng, 4)}",
        "m7": lambda: "M" + digits(rng, 7),
        "d10": lambda: digits(rng, 10, False),
        "d9": lambda: "1" + digits(rng, 8),
        "mr6": lambda: f"MR{digits(rng, 6, False)}",
    }[style]()


def nhs_number(rng) -> str:
    d = digits(rng, 10, False)
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def accession(rng, modality: str = "CT", year: int = 2026) -> str:
    yy = year % 100
    style = rng.choice(("pref", "pref", "a_date", "rad", "plain", "dots", "long"))
    if style == "pref":
        return f"{modality}{yy:02d}-{digits(rng, 7)}"
    if style == "a_date":
        return f"A{year}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}-{digits(rng, 4)}"
    if style == "rad":
        return f"RAD{digits(rng, 7, False)}"
    if style == "plain":
        return digits(rng, 9, False)
    if style == "dots":
        return f"{modality}.{yy:02d}.{digits(rng, 6)}"
    return f"{yy:02d}-{modality}-{digits(rng, 6, False)}"


def ssn(rng, style: str | None = None) -> str:
    area = rng.choice([a for a in range(101, 900) if a != 666 and not 740 <= a <= 750])
    g, s = rng.randrange(1, 100), rng.randrange(1, 10000)
    style = style or rng.choice(("dash", "dash", "dash", "space", "none"))
    if style == "dash":
        return f"{area:03d}-{g:02d}-{s:04d}"
    if style == "space":
        return f"{area:03d} {g:02d} {s:04d}"
    return f"{area:03d}{g:02d}{s:04d}"


def us_phone(rng, style: str | None = None) -> str:
    area = rng.choice((214, 248, 303, 319, 360, 402, 419, 458, 503, 509, 541, 608, 615, 717, 763, 806, 865,
                       915, 937, 978, 479, 575, 601, 803))
    ex = rng.choice((555, rng.randrange(201, 990)))
    line = rng.randrange(100, 10000)
    style = style or rng.choice(("paren", "paren", "dash", "dash", "dot", "plus", "plain"))
    if style == "paren":
        return f"({area}) {ex}-{line:04d}"
    if style == "dash":
        return f"{area}-{ex}-{line:04d}"
    if style == "dot":
        return f"{area}.{ex}.{line:04d}"
    if style == "plus":
        return f"+1 {area} {ex} {line:04d}"
    return f"{area}{ex}{line:04d}"


def uk_phone(rng) -> str:
    return rng.choice((f"0113 496 {rng.randrange(10000):04d}", f"020 7946 {rng.randrange(10000):04d}",
                       f"+44 161 496 {rng.randrange(10000):04d}", f"01632 {rng.randrange(100000, 999999)}"))


def au_phone(rng) -> str:
    return rng.choice((f"(03) 9{rng.randrange(1000):03d} {rng.randrange(10000):04d}",
                       f"+61 2 4{rng.randrange(100):02d}{rng.randrange(10):d} {rng.randrange(10000):04d}",
                       f"04{rng.randrange(10, 99)} {rng.randrange(1000):03d} {rng.randrange(1000):03d}"))


def nz_phone(rng) -> str:
    return rng.choice((f"(0{rng.choice((3, 7, 9))}) {rng.randrange(200, 999)} {rng.randrange(10000):04d}",
                       f"+64 21 {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}"))


def ie_phone(rng) -> str:
    return rng.choice((f"(091) {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}", f"+353 87 {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}"))


def ca_phone(rng) -> str:
    return us_phone(rng, rng.choice(("paren", "dash")))


def phone_for(rng, country: str) -> str:
    return {"US": us_phone, "CA": ca_phone, "UK": uk_phone, "IE": ie_phone, "AU": au_phone, "NZ": nz_phone}[country](rng)


def email_for(rng, given: str, family: str, domain: str | None = None) -> str:
    g = _ascii(given.split()[0]).lower()
    f = _ascii(family).lower().replace(" ", "").replace("'", "").replace("-", "")
    domain = domain or rng.choice(EMAIL_DOMAINS)
    local = rng.choice((f"{g}.{f}", f"{g[0]}{f}", f"{g}{f}{rng.randrange(10, 99)}", f"{f}.{g}{rng.randrange(1, 9)}",
                        f"{g}_{f}", f"{g[0]}.{f}"))
    return f"{local}@{domain}"


def _ascii(s: str) -> str:
    table = str.maketrans("áéíóúñÁÉÍÓÚÑüÜłŁńśźżćęąřčšžěůďťňéöőçàèìòùÀÈÌÒÙễầạảậ",
                          "aeiounAEIOUNuUlLnszzceaycszeudtneoocaeiouAEIOUeaaaa")
    return s.translate(table).encode("ascii", "ignore").decode()


def slug(s: str) -> str:
    return "".join(c for c in _ascii(s).lower() if c.isalnum())


def ip_address(rng, private: bool = True) -> str:
    if private:
        return rng.choice((f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                           f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                           f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}"))
    return f"{rng.choice((63, 66, 71, 98, 104, 131, 148, 199))}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"


def share_token(rng, n: int = 10) -> str:
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(n))


def health_plan_id(rng, style: str | None = None) -> str:
    style = style or rng.choice(("pref9", "w9", "mbi", "grouped", "medicaid", "suffix"))
    if style == "pref9":
        return letters(rng, 3) + digits(rng, 9)
    if style == "w9":
        return "W" + digits(rng, 9, False)
    if style == "mbi":
        c = "ACDEFGHJKMNPQRTUVWXY"
        return (f"{rng.randrange(1, 10)}{rng.choice(c)}{rng.choice(c + '0123456789')}{rng.randrange(10)}-"
                f"{rng.choice(c)}{rng.choice(c + '0123456789')}{rng.randrange(10)}-"
                f"{rng.choice(c)}{rng.choice(c)}{rng.randrange(10)}{rng.randrange(10)}")
    if style == "grouped":
        return f"{letters(rng, 3)} {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}"
    if style == "medicaid":
        return digits(rng, 8, False) + rng.choice(_UP)
    return f"{letters(rng, 1)}{digits(rng, 8)}-{rng.randrange(1, 4):02d}"


def account_id(rng, style: str | None = None) -> str:
    style = style or rng.choice(("fin", "har", "dash", "visit", "csn", "plain"))
    if style == "fin":
        return digits(rng, 8, False)
    if style == "har":
        return "22" + digits(rng, 8)
    if style == "dash":
        return f"{digits(rng, 7, False)}-{rng.randrange(10)}"
    if style == "visit":
        return "V" + digits(rng, 9)
    if style == "csn":
        return "10" + digits(rng, 8)
    return digits(rng, 11, False)


def claim_number(rng) -> str:
    return rng.choice((f"CLM-{rng.randrange(2024, 2027)}-{digits(rng, 7)}", f"{digits(rng, 4, False)}{letters(rng, 2)}{digits(rng, 6)}",
                       f"PA{digits(rng, 8, False)}", f"{digits(rng, 3, False)}-{digits(rng, 5)}"))


def device_serial(rng, kind: str = "cied") -> str:
    a = "".join(rng.choice(_ALNUM) for _ in range(3))
    if kind == "cied":
        return rng.choice((f"{letters(rng, 3)}{digits(rng, 6, False)}{rng.choice('HSGR')}",
                           f"{digits(rng, 6, False)}", f"{letters(rng, 2)}-{digits(rng, 6)}",
                           f"{digits(rng, 2, False)}{rng.choice('ABCDEFH')}{digits(rng, 5)}"))
    if kind == "pump":
        return rng.choice((f"PE{digits(rng, 7)}", f"NG{digits(rng, 7)}H", f"{digits(rng, 10, False)}"))
    if kind == "neuro":
        return rng.choice((f"N{letters(rng, 2)}{digits(rng, 6)}", f"{a}{digits(rng, 6)}N"))
    if kind == "cochlear":
        return f"{digits(rng, 4, False)}-{digits(rng, 5)}"
    return f"{digits(rng, 4, False)}-{letters(rng, 2)}-{digits(rng, 4)}"
