"""People, addresses and facilities for one document, and the ways their names get written."""

from __future__ import annotations

import b9_ids as ids
import b9_pools as pools
from b9_dates import dob_for_age


def _weighted(rng, pairs):
    total = sum(w for _, w in pairs)
    r = rng.randrange(total)
    for item, w in pairs:
        if r < w:
            return item
        r -= w
    return pairs[-1][0]


class Person:
    def __init__(self, given: str, family: str, middle: str = "", sex: str = "F", origin: str = "us"):
        self.given, self.family, self.middle, self.sex, self.origin = given, family, middle, sex, origin

    @property
    def first(self) -> str:
        return self.given.split()[0]

    @property
    def nick(self) -> str:
        return pools.NICKNAMES.get(self.first, self.first)

    def name(self, form: str) -> str:
        g, f, m = self.given, self.family, self.middle
        mi = f" {m}" if m else ""
        mid = f" {m}." if m else ""
        if form == "first_last":
            return f"{g} {f}"
        if form == "first_mi_last":
            return f"{g}{mid} {f}"
        if form == "last_first":
            return f"{f}, {g}"
        if form == "last_first_mi":
            return f"{f}, {g}{mi}"
        if form == "LAST_FIRST_MI":
            return f"{f}, {g}{mi}".upper()
        if form == "LAST_FIRST":
            return f"{f}, {g}".upper()
        if form == "LAST_FIRST_nocomma":
            return f"{f} {g}".upper()
        if form == "hl7":
            return f"{f}^{g}^{m}".upper() if m else f"{f}^{g}".upper()
        if form == "initial_last":
            return f"{g[0]}. {f}"
        if form == "last":
            return f
        if form == "LAST":
            return f.upper()
        if form == "first":
            return self.first
        if form == "nick":
            return self.nick
        if form == "initials":
            parts = [g[0]] + ([m] if m else []) + [f.replace("'", " ").split()[-1][0]]
            return "".join(parts).upper()
        if form == "initials_dots":
            return f"{g[0]}.{f[0].upper()}."
        if form == "lower":
            return f"{self.nick} {f}".lower()
        raise ValueError(form)


def make_person(rng, origin: str | None = None, sex: str | None = None) -> Person:
    origin = origin or _weighted(rng, pools.ORIGIN_WEIGHTS)
    pool = pools.ORIGINS[origin]
    sex = sex or rng.choice("FM")
    given = rng.choice(pool["f" if sex == "F" else "m"])
    # word-surname people get ordinary first names half the time, so "Grace Baker" and "Linda Bell" both occur
    if origin == "word" and rng.random() < 0.5:
        given = rng.choice(pools.ORIGINS["us"]["f" if sex == "F" else "m"])
    if rng.random() < 0.15:   # mixed heritage / married names
        family = rng.choice(pools.ORIGINS[_weighted(rng, pools.ORIGIN_WEIGHTS)]["s"])
    else:
        family = rng.choice(pool["s"])
    middle = rng.choice(pools.MIDDLE_INITIALS) if rng.random() < 0.55 and " " not in given else ""
    return Person(given, family, middle, sex, origin)


def distinct_people(rng, n: int, **kw) -> list[Person]:
    """n people with distinct surnames and first names (so one name never stands for two people)."""
    out: list[Person] = []
    while len(out) < n:
        p = make_person(rng, **kw)
        if all(p.family != q.family and p.first != q.first and p.family != q.first and p.first != q.family
               for q in out):
            out.append(p)
    return out


class Address:
    def __init__(self, street: str, city: str, state: str, zip_code: str, country: str = "US"):
        self.street, self.city, self.state, self.zip, self.country = street, city, state, zip_code, country


def us_address(rng, unit_p: float = 0.3) -> Address:
    city, state, z3 = rng.choice(pools.US_CITIES)
    num = rng.choice((rng.randrange(10, 99), rng.randrange(100, 999), rng.randrange(1000, 9999),
                      rng.randrange(10000, 29999)))
    pre = rng.choice(("", "", "", "N. ", "S. ", "E. ", "W ", "NE "))
    street = f"{num} {pre}{rng.choice(pools.STREET_NAMES)} {rng.choice(pools.STREET_SUFFIX)}"
    if rng.random() < unit_p:
        street += rng.choice((" ", ", ")) + rng.choice(pools.UNITS)
    if rng.random() < 0.05:
        street = f"PO Box {rng.randrange(100, 9999)}"
    zip_code = z3 + f"{rng.randrange(100):02d}"
    if rng.random() < 0.2:
        zip_code += f"-{rng.randrange(1, 10000):04d}"
    return Address(street, city, state, zip_code)


def intl_address(rng, country: str) -> Address:
    if country == "UK":
        city, pc = rng.choice(pools.UK_CITIES)
        z = f"{pc}{rng.randrange(1, 20)} {rng.randrange(1, 10)}{ids.letters(rng, 2)}"
        return Address(f"{rng.randrange(1, 180)} {rng.choice(pools.UK_STREETS)}", city, "", z, "UK")
    if country == "AU":
        city, st, p2 = rng.choice(pools.AU_CITIES)
        unit = rng.choice(("", f"Unit {rng.randrange(1, 12)}/", f"{rng.randrange(1, 9)}/"))
        return Address(f"{unit}{rng.randrange(2, 240)} {rng.choice(pools.AU_STREETS)}", city, st,
                       f"{p2}{rng.randrange(10, 99)}", "AU")
    if country == "CA":
        city, prov, fsa = rng.choice(pools.CA_CITIES)
        z = f"{fsa}{ids.letters(rng, 1)} {rng.randrange(10)}{ids.letters(rng, 1)}{rng.randrange(10)}"
        return Address(f"{rng.randrange(10, 2999)} {rng.choice(pools.STREET_NAMES)} {rng.choice(('Street', 'Avenue', 'Road', 'Crescent'))}",
                       city, prov, z, "CA")
    city, cc, code = rng.choice([c for c in pools.IE_NZ_CITIES if c[1] == country] or pools.IE_NZ_CITIES)
    z = f"{code} {ids.letters(rng, 1)}{rng.randrange(10)}{ids.letters(rng, 1)}{rng.randrange(10)}" if cc == "IE" \
        else f"{code}{rng.randrange(10, 99)}"
    return Address(f"{rng.randrange(1, 200)} {rng.choice(pools.UK_STREETS)}", city, "", z, cc)


class Facility:
    def __init__(self, name: str, abbrev: str, kind: str, address: Address, phone: str, domain: str):
        self.name, self.abbrev, self.kind, self.address, self.phone, self.domain = \
            name, abbrev, kind, address, phone, domain


def _abbrev(name: str) -> str:
    words = [w for w in name.replace("'s", "").replace("&", " ").split() if w not in ("of", "and", "the")]
    return "".join(w[0] for w in words if w[0].isalpha()).upper()


def make_facility(rng, kind: str = "hospital", country: str = "US") -> Facility:
    if country == "UK":
        name = rng.choice((f"{rng.choice(pools.PLACES).split()[0]} {rng.choice(pools.UK_KINDS)}",
                           f"St {rng.choice(pools.SAINTS)}'s Hospital", f"Royal {rng.choice(pools.FOUNDERS)} Hospital"))
    elif country in ("AU", "NZ"):
        name = f"{rng.choice(pools.PLACES)} {rng.choice(pools.AU_KINDS)}"
    elif kind == "hospital":
        name = rng.choice((f"St. {rng.choice(pools.SAINTS)} {rng.choice(pools.HOSPITAL_KINDS)}",
                           f"{rng.choice(pools.PLACES)} {rng.choice(pools.HOSPITAL_KINDS)}",
                           f"{rng.choice(pools.FOUNDERS)} {rng.choice(pools.HOSPITAL_KINDS)}",
                           f"Saint {rng.choice(pools.SAINTS)} {rng.choice(pools.HOSPITAL_KINDS)}",
                           f"University Medical Center of {rng.choice(pools.PLACES)}",
                           f"{rng.choice(pools.PLACES)} VA Medical Center"))
    elif kind == "breast":
        name = rng.choice((f"{rng.choice(pools.PLACES)} {rng.choice(pools.BREAST_KINDS)}",
                           f"{rng.choice(pools.FOUNDERS)} {rng.choice(pools.BREAST_KINDS)}"))
    elif kind == "care":
        name = f"{rng.choice(pools.PLACES)} {rng.choice(pools.CARE_KINDS)}"
    else:
        name = rng.choice((f"{rng.choice(pools.PLACES)} {rng.choice(pools.OUTPATIENT_KINDS)}",
                           f"{rng.choice(pools.FOUNDERS)} {rng.choice(pools.OUTPATIENT_KINDS)}"))
    addr = us_address(rng, unit_p=0) if country == "US" else intl_address(rng, country)
    if country == "US" and addr.street.startswith("PO Box"):
        addr.street = f"{rng.randrange(100, 9999)} {rng.choice(pools.STREET_NAMES)} {rng.choice(pools.STREET_SUFFIX)}"
    if country == "US" and rng.random() < 0.3:
        addr.street += rng.choice((", Suite ", " Ste ", ", Building ")) + str(rng.choice((100, 110, 200, 210, 300, 4, "B")))
    phone = ids.phone_for(rng, country)
    words = [w for w in name.replace("University Medical Center of", "UMC").split() if w not in ("St.", "St", "Saint")]
    domain = ids.slug(" ".join(words[:2]))
    domain += rng.choice((".org", ".org", "health.org", ".com", "-health.net"))
    return Facility(name, _abbrev(name), kind, addr, phone, domain)


class Patient(Person):
    pass


def make_patient(rng, ref, country: str = "US", age: int | None = None, old_p: float = 0.18, **kw) -> Patient:
    p = make_person(rng, **kw)
    pt = Patient(p.given, p.family, p.middle, p.sex, p.origin)
    if age is None:
        age = rng.randint(90, 104) if rng.random() < old_p else rng.choice(
            (rng.randint(18, 89), rng.randint(40, 89), rng.randint(55, 89), rng.randint(2, 17)))
    pt.age = age
    pt.dob = dob_for_age(rng, ref, age)
    pt.mrn = ids.mrn(rng) if country == "US" else (ids.nhs_number(rng) if country == "UK" else ids.mrn(rng, "d7"))
    pt.address = us_address(rng) if country == "US" else intl_address(rng, country)
    pt.phone = ids.phone_for(rng, country)
    pt.email = ids.email_for(rng, pt.given, pt.family)
    pt.plan = ids.health_plan_id(rng)
    pt.account = ids.account_id(rng)
    pt.ssn = ids.ssn(rng)
    return pt


CREDENTIALS = {
    "radiologist": ("MD", "MD", "MD", "DO", "MD, PhD", "MBBS"),
    "ir": ("MD", "DO", "MD, FSIR"),
    "referrer": ("MD", "DO", "NP", "PA-C", "MD", "FNP-C"),
    "resident": ("MD", "DO"),
    "tech": ("RT(R)", "RT(R)(CT)", "RT(R)(MR)", "RDMS", "RDMS, RVT", "CNMT", "RT(N)", "RT(R)(M)"),
    "nurse": ("RN", "RN, BSN", "RN, CRN"),
}


def make_clinician(rng, role: str, **kw) -> Person:
    p = make_person(rng, **kw)
    p.role = role
    p.cred = rng.choice(CREDENTIALS.get(role, ("MD",)))
    return p
