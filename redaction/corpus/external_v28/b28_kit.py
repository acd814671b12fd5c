"""Short helpers returning annotated segments for b28 style functions."""

from __future__ import annotations

import random

from b28_pools import (
    ANATOMY,
    CITIES,
    CREDS,
    EPONYMS,
    FACILITIES,
    HEADERS,
    LEVELS,
    MODALITIES,
    SCORES,
    SEQUENCES,
    Person,
    accession,
    account,
    date,
    fdate,
    ftime,
    ip,
    meas,
    mrn,
    old_age,
    phone,
    plan_id,
    serial,
    ssn,
    street,
    young_age,
    zipc,
)


def nm(p: Person, formal: bool = False) -> tuple[str, str]:
    return (p.any(formal), "PERSON")


def last(p: Person, upper: bool = False) -> tuple[str, str]:
    return (p.last.upper() if upper else p.last, "PERSON")


def dte(r: random.Random, noyear: bool = True, y0: int = 2023, y1: int = 2026) -> tuple[str, str]:
    return (fdate(r, date(r, y0, y1), noyear), "DATE_TIME")


def dob(r: random.Random) -> tuple[str, str]:
    return (fdate(r, date(r, 1921, 2004), False), "DATE_TIME")


def tm(r: random.Random) -> tuple[str, str]:
    return (ftime(r), "DATE_TIME")


def age(r: random.Random, old: float = 0.5) -> list:
    if r.random() < old:
        a, n, b = old_age(r)
        return [a, (n, "AGE_OVER_89"), b]
    return [(young_age(r), "age_under_90")]


def addr(r: random.Random) -> list:
    city, st = r.choice(CITIES)
    return [(street(r), "STREET_ADDRESS"), r.choice([", ", "\n", " "]), (city, "CITY"), f", {st} ", (zipc(r), "ZIP")]


def city(r: random.Random) -> tuple[str, str]:
    return (r.choice(CITIES)[0], "CITY")


def fac(r: random.Random) -> tuple[str, str]:
    return (r.choice(FACILITIES), "FACILITY")


def P(kind: str, r: random.Random) -> tuple[str, str]:
    """A PHI identifier of the given type."""
    fn = {"MRN": mrn, "ACCESSION": accession, "ACCOUNT_ID": account, "HEALTH_PLAN_ID": plan_id, "SSN": ssn,
          "DEVICE_SERIAL": serial, "IP_ADDRESS": ip, "PHONE": phone, "ZIP": zipc}[kind]
    return (fn(r), kind)


def K(label: str, r: random.Random) -> tuple[str, str]:
    """A keep-span of the given label."""
    if label == "measurement":
        return (meas(r), label)
    if label == "age_under_90":
        return (young_age(r), label)
    if label == "year":
        return (str(r.randint(1978, 2022)), label)
    pool = {"eponym": EPONYMS, "anatomy": ANATOMY, "vertebral_level": LEVELS, "score": SCORES,
            "sequence": SEQUENCES, "modality": MODALITIES, "credential": CREDS, "section_header": HEADERS}[label]
    return (r.choice(pool), label)


def typo(r: random.Random, s: str) -> str:
    """Occasionally swap two adjacent letters of plain text, the way people type."""
    if len(s) < 6 or r.random() > 0.3:
        return s
    i = r.randrange(1, len(s) - 2)
    if not (s[i].isalpha() and s[i + 1].isalpha()):
        return s
    return s[:i] + s[i + 1] + s[i] + s[i + 2:]
