"""The people, facilities and identifiers behind one blind50 document, and how they are written."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

import b50_pools as pools
from b50_markup import AGE, AU90, CITY, CRED, D, FAC, P, PHONE, ST, ZIP

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


@dataclass
class Person:
    first: str
    last: str
    middle: str = ""
    sex: str = "F"
    cred: str = ""
    role: str = ""
    email: str = ""
    phone: str = ""

    def form(self, kind: str) -> str:
        """The marked name in one written form (titles and credentials outside the span)."""
        f, m, l = self.first, self.middle, self.last
        title = "Ms." if self.sex == "F" else "Mr."
        forms = {
            "LAST, FIRST M": f"{l.upper()}, {f.upper()}" + (f" {m}" if m else ""),
            "LAST, FIRST": f"{l.upper()}, {f.upper()}",
            "Last, First": f"{l}, {f}",
            "First Last": f"{f} {l}",
            "First M. Last": f"{f} {m + '. ' if m else ''}{l}",
            "F. Last": f"{f[0]}. {l}",
            "HL7": f"{l.upper()}^{f.upper()}" + (f"^{m}" if m else ""),
            "First": f,
            "Last": l,
        }
        if kind == "Title Last":
            return f"{title} {P(l)}"
        if kind == "Dr. Last":
            return f"Dr. {P(l)}"
        if kind == "Name, cred":
            return f"{P(f + ' ' + l)}, {CRED(self.cred)}" if self.cred else P(f + " " + l)
        if kind == "LAST, FIRST cred":
            return f"{P(l.upper() + ', ' + f.upper())} {CRED(self.cred)}" if self.cred else P(f"{l.upper()}, {f.upper()}")
        if kind == "Dr. First Last":
            return f"Dr. {P(f + ' ' + l)}"
        return P(forms[kind])


@dataclass
class Facility:
    name: str
    abbr: str
    city: str
    state: str
    zip: str
    street: str
    phone: str
    fax: str
    domain: str
    datefmt: str
    timefmt: str
    mrn_style: str
    acc_style: str
    radiologists: list = field(default_factory=list)
    techs: list = field(default_factory=list)
    ip_prefix: str = "10.20.1"

    def addr_line(self) -> str:
        return f"{ST(self.street)}, {CITY(self.city)}, {self.state} {ZIP(self.zip)}"


@dataclass
class Patient:
    person: Person
    dob: dt.date
    addresses: list      # (street, city, state, zip, from_year)
    phones: list
    email: str
    ssn: str
    payer: str
    member_id: str
    group_no: str
    relatives: list      # (relation, Person)
    mrns: dict           # facility abbr -> MRN


def fmt_date(d: dt.date, style: str) -> str:
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return d.strftime("%d-%b-%Y")
    if style == "long":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "dmy_long":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "mon":
        return f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "dash":
        return d.strftime("%m-%d-%Y")
    raise ValueError(style)


def fmt_time(h: int, mi: int, style: str, sec: int = 0) -> str:
    if style == "24":
        return f"{h:02d}:{mi:02d}"
    if style == "24s":
        return f"{h:02d}:{mi:02d}:{sec:02d}"
    if style == "ampm":
        return f"{(h - 1) % 12 + 1}:{mi:02d} {'AM' if h < 12 else 'PM'}"
    if style == "ampm_dots":
        return f"{(h - 1) % 12 + 1}:{mi:02d} {'a.m.' if h < 12 else 'p.m.'}"
    if style == "hours":
        return f"{h:02d}{mi:02d} hours"
    raise ValueError(style)


def dd(d: dt.date, style: str) -> str:
    return D(fmt_date(d, style))


def age_at(dob: dt.date, on: dt.date) -> int:
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


def age_phrase(age: int, sex: str, kind: str) -> str:
    """An age written in one of several ways; 90+ is PHI (number only), under 90 a keep-span."""
    s = "F" if sex == "F" else "M"
    if kind == "yo":
        return f"{AGE(str(age))}-year-old" if age >= 90 else AU90(f"{age}-year-old")
    if kind == "Y":
        return f"{AGE(str(age))}Y" if age >= 90 else AU90(f"{age}Y")
    if kind == "Y/S":
        return f"{AGE(str(age))}Y/{s}" if age >= 90 else f"{AU90(f'{age}Y')}/{s}"
    if kind == "years":
        return f"{AGE(str(age))} years" if age >= 90 else AU90(f"{age} years")
    return f"{AGE(str(age))} yo" if age >= 90 else AU90(f"{age} yo")


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))


def phone(rng: random.Random, area: str, style: int | None = None) -> str:
    ex, num = f"{rng.randint(2, 9)}{digits(rng, 2)}", digits(rng, 4)
    style = rng.randrange(4) if style is None else style
    return [f"({area}) {ex}-{num}", f"{area}-{ex}-{num}", f"{area}.{ex}.{num}", f"+1 {area} {ex} {num}"][style]


def make_mrn(rng: random.Random, style: str) -> str:
    return {"d8": "0" + digits(rng, 7), "d7": digits(rng, 7), "E": "E" + digits(rng, 9),
            "dash": f"{digits(rng, 6)}-{digits(rng, 1)}", "M": "M" + digits(rng, 8)}[style]


def make_acc(rng: random.Random, style: str, mod: str, d: dt.date) -> str:
    if style == "modyy":
        return f"{mod}{d.year % 100:02d}-{digits(rng, 6)}"
    if style == "num":
        return digits(rng, 10)
    if style == "alpha":
        return f"A{d.year % 100:02d}{letters(rng, 2)}{digits(rng, 5)}"
    return f"{d.strftime('%Y%m%d')}{mod}{digits(rng, 4)}"


def new_person(rng: random.Random, sex: str | None = None, last: str | None = None) -> Person:
    sex = sex or rng.choice("FM")
    first = rng.choice(pools.FEMALE if sex == "F" else pools.MALE)
    mid = rng.choice(pools.MIDDLE) if rng.random() < 0.6 else ""
    return Person(first, last or rng.choice(pools.SURNAMES), mid, sex)


def staff(rng: random.Random, role: str, creds: list, domain: str, area: str) -> Person:
    p = new_person(rng)
    p.cred, p.role = rng.choice(creds), role
    p.email = f"{p.first[0].lower()}{''.join(c for c in p.last.lower() if c.isalpha() and c.isascii())}@{domain}"
    p.phone = phone(rng, area)
    return p


def new_facility(rng: random.Random, used: set) -> Facility:
    while True:
        stem, (kind, k) = rng.choice(pools.FACILITY_STEMS), rng.choice(pools.FACILITY_KINDS)
        if stem not in used:
            used.add(stem)
            break
    city, state, zp, area = rng.choice(pools.PLACES)
    abbr = "".join(w[0] for w in stem.replace("'s", "").replace("-", " ").replace(".", "").split()).upper() + k
    dom_stem = "".join(c for c in stem.lower() if c.isalpha())[:14]
    fac = Facility(
        name=f"{stem} {kind}", abbr=abbr, city=city, state=state, zip=zp + digits(rng, 2),
        street=f"{rng.randint(10, 9800)} {rng.choice(pools.STREET_NAMES)}", phone=phone(rng, area),
        fax=phone(rng, area), domain=f"{dom_stem}{k.lower()}.{rng.choice(pools.DOMAIN_TLDS)}",
        datefmt=rng.choice(["us", "us", "iso", "dmy", "long", "us_short", "mon", "dash"]),
        timefmt=rng.choice(["24", "24", "ampm", "hours", "24s", "ampm_dots"]),
        mrn_style=rng.choice(["d8", "d7", "E", "dash", "M"]), acc_style=rng.choice(["modyy", "num", "alpha", "dt"]),
        ip_prefix=f"10.{rng.randint(10, 250)}.{rng.randint(0, 40)}")
    fac.radiologists = [staff(rng, "radiologist", pools.CREDS_RAD, fac.domain, area) for _ in range(rng.randint(2, 4))]
    fac.techs = [staff(rng, "technologist", pools.CREDS_TECH, fac.domain, area) for _ in range(rng.randint(1, 3))]
    return fac


def new_patient(rng: random.Random, today: dt.date, facilities: list, sex: str | None = None) -> Patient:
    person = new_person(rng, sex)
    age = rng.choice([rng.randint(38, 89), rng.randint(52, 88), rng.randint(90, 101)])
    dob = today.replace(year=today.year - age) - dt.timedelta(days=rng.randint(1, 360))
    addrs = []
    for j in range(rng.randint(1, 3)):
        city, state, zp, area = rng.choice(pools.PLACES)
        street = f"{rng.randint(3, 24000)} {rng.choice(pools.STREET_NAMES)}"
        if rng.random() < 0.35:
            street += f" {rng.choice(pools.UNITS)}"
        addrs.append((street, city, state, zp + digits(rng, 2), today.year - 12 + 5 * j, area))
    phones = [phone(rng, a[5]) for a in addrs] + ([phone(rng, addrs[-1][5])] if rng.random() < 0.5 else [])
    user = f"{person.first.split('-')[0].lower()}.{''.join(c for c in person.last.lower() if c.isascii() and c.isalpha())}"
    email = f"{user}{rng.randint(1, 99)}@{rng.choice(['gmail.com', 'yahoo.com', 'outlook.com', 'comcast.net', 'icloud.com'])}"
    ssn = f"{rng.randint(101, 665)}-{digits(rng, 2)}-{digits(rng, 4)}"
    payer = rng.choice(pools.PAYERS)
    member = rng.choice([f"{letters(rng, 3)}{digits(rng, 9)}", f"{digits(rng, 1)}{letters(rng, 2)}{digits(rng, 1)}-{letters(rng, 2)}{digits(rng, 1)}-{letters(rng, 2)}{digits(rng, 2)}",
                         f"W{digits(rng, 9)}", f"{digits(rng, 11)}"])
    rels = []
    for rel in rng.sample(["daughter", "son", "husband", "wife", "niece", "sister", "grandson", "health care proxy"],
                          rng.randint(1, 3)):
        shared = rel in ("daughter", "son", "husband", "wife", "grandson") and rng.random() < 0.6
        sex = "F" if rel in ("daughter", "wife", "niece", "sister") else ("M" if rel in ("son", "husband", "grandson") else None)
        r = new_person(rng, sex, person.last if shared else None)
        r.role, r.phone = rel, phone(rng, addrs[-1][5])
        rels.append((rel, r))
    mrns = {f.abbr: make_mrn(rng, f.mrn_style) for f in facilities}
    return Patient(person, dob, addrs, phones, email, ssn, payer, member, f"{rng.randint(10000, 999999)}",
                   rels, mrns)


def patient_addr(addr: tuple) -> str:
    street, city, state, zp = addr[:4]
    return f"{ST(street)}, {CITY(city)}, {state} {ZIP(zp)}"


def fac_line(f: Facility) -> str:
    return f"{FAC(f.name)}  {f.addr_line()}  Tel {PHONE(f.phone)}  Fax {PHONE(f.fax)}"
