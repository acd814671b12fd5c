"""Invented people, places, organisations and identifiers for the blind25 corpus (all synthetic)."""

from __future__ import annotations

import datetime as _dt

FIRST_F = ["Hope", "Rose", "May", "Opal", "Faith", "June", "Pearl", "Ivy", "Dawn", "Joy", "Siobhan", "Marisol",
           "Adaeze", "Thi Hoa", "Ingrid", "Beatriz", "Noor", "Keiko", "Yolanda", "Henrietta", "Lucia", "Priya",
           "Oksana", "Delphine", "Roberta", "Winifred", "Carmen", "Agnieszka", "Tamsin", "Eun-ji", "Fatoumata"]
FIRST_M = ["Grant", "Hunter", "Wade", "Bishop", "Chase", "Miles", "Dale", "Rashid", "Tobias", "Kwame",
           "Desmond", "Lorenzo", "Teodor", "Abel", "Hamish", "Ignatius", "Jun", "Matthias", "Osvaldo", "Rufus",
           "Cyrus", "Barnaby", "Emeka", "Vikram", "Anders", "Florian", "Thaddeus", "Mateo", "Lachlan", "Ezra"]
NICK = {"Roberta": "Bobbie", "Winifred": "Winnie", "Henrietta": "Etta", "Thaddeus": "Tad", "Ignatius": "Iggy",
        "Barnaby": "Barney", "Matthias": "Matt", "Agnieszka": "Aga", "Teodor": "Teo", "Lorenzo": "Enzo"}
LAST = ["Baker", "Young", "Long", "Hill", "Bell", "Graves", "Rivers", "Marsh", "Frost", "Stone", "Moss",
        "Winter", "Fairweather", "Okafor-Lindqvist", "O'Halloran", "D'Amico", "de la Cruz", "van der Berg",
        "Nakamura", "Abernathy", "Quispe", "Wojcik", "Achterberg", "Thistlewood", "Mbeki-Santos", "Oyelaran",
        "Castellanos", "MacGillivray", "Haddad", "Petrosyan", "Villanueva", "Szabo", "Kowalczyk", "Fitzgerald",
        "Ng", "Le Roux", "al-Masri", "Brightwater", "Penhaligon", "Underhill", "Ferreira-Lutz", "Tremblay",
        "Vukovic", "Lindgren", "Oduya", "Cavendish", "Pruitt", "Ashdown", "Delacroix", "Hargrove", "Kilbride"]
STAFF_LAST = ["Ravikumar", "Espinoza", "Halvorsen", "Obi", "Calloway", "Mendelsohn", "Tanaka-Reyes", "Brennan",
              "Sokolova", "Whitcombe", "Adeyemi", "Lundqvist", "Farrow", "Kaczmarek", "Boateng", "Iacono",
              "Stroud", "Marchetti", "Holloway", "Nakashima", "Zeller", "Quarshie", "Dunleavy", "Amadi"]
MIDDLE = ["A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "R", "S", "T", "W"]

CITIES = ["Port Alder", "Kingsmere", "East Varney", "Cobalt Springs", "Fenwick Falls", "Millbrook Junction",
          "Larchmont Heights", "Oxbow", "Saltash Bay", "Granite Ferry", "New Tillery", "Harrow Creek",
          "West Quarrington", "Bramblewood", "Copperton", "Lake Ossining", "Marrowfield", "Pine Barrow"]
STATES = ["MA", "NH", "VT", "ME", "RI", "CT", "NY", "PA", "OH", "MN", "OR", "WA", "CO", "NM", "TX", "GA"]
STREETS = ["Wrenfield Ave", "Tannery Rd", "Old Mill Lane", "Bayberry Court", "Quarry Hill Dr", "Locust St",
           "Cormorant Way", "Heron Pond Rd", "Juniper Terrace", "Fairhaven Blvd", "Kettle Brook Rd",
           "Chandler Row", "Pilgrim Path", "Sumac Circle", "Ridgeback Pkwy", "Lantern Sq"]
UNITS = ["Apt 3B", "Unit 12", "#204", "Apt. 7", "Suite 110", "Fl 2", "Apt 15C"]
FAC_STEMS = ["Larkspur Valley", "Kestrel Bay", "Mercy Ridge", "Cedar Hollow", "Saint Brigid", "Harborlight",
             "North Tillery", "Greystone", "Bellwether", "Juniper Crest", "Alder Point", "Riverbend"]
FAC_KIND = ["Hospital", "Medical Center", "Regional Medical Center", "Imaging Center", "Community Hospital",
            "Diagnostic Imaging", "Women's Imaging", "Children's Hospital", "Health System"]
DEPT_TAILS = ["Department of Radiology", "Breast Imaging", "Diagnostic Radiology", "Imaging Services",
              "MRI Suite", "Neuroradiology Section", "Radiology Business Office"]
INSURERS = ["Granite State Health Plan", "Lakeshore Mutual", "Bluepine Health", "Tri-County Care Alliance",
            "Medicare", "Medicaid", "Northwind Assurance"]
DOMAINS = ["example.com", "example.org", "example.net"]
SUBDOMAINS = ["", "", "rad.", "mail.", "imaging.", "portal.", "hr."]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON3 = [m[:3] for m in MONTHS]


class Person:
    def __init__(self, rng, staff: bool = False, sex: str | None = None) -> None:
        self.sex = sex or rng.choice("FM")
        self.first = rng.choice(FIRST_F if self.sex == "F" else FIRST_M)
        self.middle = rng.choice(MIDDLE) if rng.random() < 0.6 else ""
        self.last = rng.choice(STAFF_LAST if staff else LAST)
        self.nick = NICK.get(self.first)

    def full(self) -> str:
        return f"{self.first} {self.middle}. {self.last}" if self.middle else f"{self.first} {self.last}"

    def plain(self) -> str:
        return f"{self.first} {self.last}"

    def last_first(self) -> str:
        return f"{self.last}, {self.first}" + (f" {self.middle}" if self.middle else "")

    def upper(self) -> str:
        return self.last_first().upper()

    def dicom(self) -> str:
        return f"{self.last.upper()}^{self.first.upper()}" + (f"^{self.middle}" if self.middle else "")

    def initial_last(self) -> str:
        return f"{self.first[0]}. {self.last}"

    def initials(self) -> str:
        return "".join(w[0] for w in (self.first + " " + self.last.replace("-", " ")).split() if w[0].isupper())

    def possessive_first(self) -> str:
        return self.first  # caller appends "'s" outside the span

    def any_form(self, rng) -> str:
        return rng.choice([self.full(), self.plain(), self.last_first(), self.upper(), self.initial_last()])

    def title(self) -> str:
        return "Ms." if self.sex == "F" else "Mr."

    def pron(self) -> tuple[str, str]:
        return ("she", "her") if self.sex == "F" else ("he", "his")


def distinct_people(rng, n: int, staff: bool = False) -> list[Person]:
    out: list[Person] = []
    seen: set[str] = set()
    while len(out) < n:
        p = Person(rng, staff=staff)
        if p.last in seen or p.first in seen:
            continue
        seen.update({p.last, p.first})
        out.append(p)
    return out


def date(rng, lo: int = 2023, hi: int = 2026) -> _dt.date:
    return _dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def dob(rng, old: bool = False) -> _dt.date:
    return _dt.date(rng.randint(1921, 1935) if old else rng.randint(1940, 2012), rng.randint(1, 12),
                    rng.randint(1, 28))


def fmt_date(rng, d: _dt.date, fmt: str | None = None) -> str:
    fmt = fmt or rng.choice(["us", "us", "iso", "short", "long", "dmy", "dmon", "mon", "compact", "dash"])
    if fmt == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if fmt == "iso":
        return d.isoformat()
    if fmt == "short":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if fmt == "long":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if fmt == "dmy":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if fmt == "dmon":
        return f"{d.day:02d}-{MON3[d.month - 1]}-{d.year}"
    if fmt == "mon":
        return f"{MON3[d.month - 1]} {d.day}, {d.year}"
    if fmt == "compact":
        return f"{d.year}{d.month:02d}{d.day:02d}"
    if fmt == "dash":
        return f"{d.month:02d}-{d.day:02d}-{d.year}"
    if fmt == "md":
        return f"{d.month}/{d.day}"
    if fmt == "mdlong":
        return f"{MONTHS[d.month - 1]} {d.day}"
    raise ValueError(fmt)


def fmt_time(rng, fmt: str | None = None) -> str:
    h, m = rng.randint(6, 21), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, 55, 12, 37])
    fmt = fmt or rng.choice(["24", "24", "ampm", "hours", "sec", "pm2"])
    if fmt == "24":
        return f"{h:02d}:{m:02d}"
    if fmt == "sec":
        return f"{h:02d}:{m:02d}:{rng.randint(0, 59):02d}"
    if fmt == "hours":
        return f"{h:02d}{m:02d} hours"
    h12 = h % 12 or 12
    if fmt == "ampm":
        return f"{h12}:{m:02d} {'PM' if h >= 12 else 'AM'}"
    return f"{h12}:{m:02d} {'p.m.' if h >= 12 else 'a.m.'}"


def phone(rng) -> str:
    area = rng.choice(["603", "802", "207", "413", "508", "978", "612", "503", "720", "505", "212", "617"])
    tail = f"01{rng.randint(0, 99):02d}"
    return rng.choice([f"({area}) 555-{tail}", f"{area}-555-{tail}", f"{area}.555.{tail}",
                       f"+1 {area} 555 {tail}", f"1-{area}-555-{tail}", f"{area} 555-{tail}"])


def email(rng, p: Person | None = None) -> str:
    user = (rng.choice([f"{p.first[0]}{p.last}", f"{p.first}.{p.last}", f"{p.last}{rng.randint(1, 99)}"])
            if p else rng.choice(["scheduling", "records", "hr-desk", "advocacy", "mobile.mammo", "billing"]))
    user = "".join(c for c in user.lower() if c.isalnum() or c == ".")
    return f"{user}@{rng.choice(SUBDOMAINS)}{rng.choice(DOMAINS)}"


def url(rng, path: str = "") -> str:
    host = rng.choice(["portal", "records", "pacs", "share", "forms", "teach"]) + "." + rng.choice(DOMAINS)
    return f"https://{host}/{path or rng.choice(['case', 'req', 'view', 'r'])}/{rng.randint(10000, 99999)}"


def ip(rng) -> str:
    return rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                       f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                       f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])


def mrn(rng) -> str:
    return rng.choice([f"B{rng.randint(1000000, 9999999)}", f"{rng.randint(10000000, 99999999)}",
                       f"MR-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}", f"K{rng.randint(100000, 999999)}N"])


def accession(rng) -> str:
    return rng.choice([f"RX{rng.randint(10, 26)}-{rng.randint(100000, 999999)}", f"{rng.randint(10**9, 10**10 - 1)}",
                       f"ACC{rng.randint(1000000, 9999999)}", f"E{rng.randint(10**8, 10**9 - 1)}MR"])


def ssn(rng) -> str:
    a, b, c = rng.randint(900, 999), rng.randint(10, 99), rng.randint(1000, 9999)
    return rng.choice([f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}"])


def plan_id(rng) -> str:
    letters = "ACDEFGHJKMNPQRTUVWXY"
    mbi = (f"{rng.randint(1, 9)}{rng.choice(letters)}{rng.choice(letters)}{rng.randint(0, 9)}-"
           f"{rng.choice(letters)}{rng.choice(letters)}{rng.randint(0, 9)}-{rng.choice(letters)}"
           f"{rng.choice(letters)}{rng.randint(10, 99)}")
    return rng.choice([mbi, f"ZGH{rng.randint(100000000, 999999999)}", f"W{rng.randint(10**9, 10**10 - 1)}",
                       f"LKM-{rng.randint(1000, 9999)}-{rng.randint(100, 999)}"])


def account(rng) -> str:
    return rng.choice([f"{rng.randint(10**7, 10**8 - 1)}", f"G-{rng.randint(100000, 999999)}",
                       f"HB{rng.randint(1000000, 9999999)}", f"ST-{rng.randint(2023, 2026)}-{rng.randint(10000, 99999)}"])


def serial(rng) -> str:
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    return rng.choice([f"{rng.choice(L)}{rng.choice(L)}{rng.choice(L)}{rng.randint(100000, 999999)}{rng.choice(L)}",
                       f"{rng.randint(10**7, 10**8 - 1)}", f"{rng.randint(100, 999)}-{rng.randint(10000, 99999)}-"
                       f"{rng.choice(L)}{rng.randint(10, 99)}", f"NS{rng.randint(10**6, 10**7 - 1)}"])


def zip_code(rng) -> str:
    z = f"{rng.randint(1001, 99950):05d}"
    return z if rng.random() < 0.8 else f"{z}-{rng.randint(1000, 9999)}"


def street(rng) -> str:
    s = f"{rng.randint(2, 9899)} {rng.choice(STREETS)}"
    return s + (f", {rng.choice(UNITS)}" if rng.random() < 0.3 else "")


def facility(rng) -> str:
    return f"{rng.choice(FAC_STEMS)} {rng.choice(FAC_KIND)}"


def old_age(rng) -> int:
    return rng.choice([90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104])


def young_age(rng, lo: int = 18, hi: int = 88) -> int:
    return rng.randint(lo, hi)


def address_parts(rng, one_line: bool | None = None) -> list:
    """Parts for an address: street, city, state (not PHI), ZIP; one line or two."""
    one_line = rng.random() < 0.5 if one_line is None else one_line
    sep = ", " if one_line else "\n"
    return [(street(rng), "STREET_ADDRESS"), sep, (rng.choice(CITIES), "CITY"), ", " + rng.choice(STATES) + " ",
            (zip_code(rng), "ZIP")]
