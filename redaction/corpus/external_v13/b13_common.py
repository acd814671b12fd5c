"""Shared helpers for the blind13 corpus: inline span marks, stripping, and invented data pools.

PHI is marked ``⟦TYPE|value⟧`` and keep-spans ``⟪label|value⟫``; ``strip`` removes the marks in one
left-to-right pass and records offsets from the length of the string emitted so far.
"""

from __future__ import annotations

import datetime as _dt
import re

_MARK = re.compile(r"⟦([A-Z_0-9]+)\|([^⟦⟧⟪⟫]*)⟧|⟪([a-z_0-9]+)\|([^⟦⟧⟪⟫]*)⟫")


def P(kind: str, value: str) -> str:
    return f"⟦{kind}|{value}⟧"


def K(label: str, value: str) -> str:
    return f"⟪{label}|{value}⟫"


def strip(markup: str) -> tuple[str, list[dict], list[dict]]:
    """Remove marks left to right; return (text, phi, keep) with offsets into the emitted text."""
    out: list[str] = []
    length = 0
    pos = 0
    phi: list[dict] = []
    keep: list[dict] = []
    for m in _MARK.finditer(markup):
        chunk = markup[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        if m.group(1):
            value = m.group(2)
            phi.append({"start": length, "end": length + len(value), "type": m.group(1), "text": value})
        else:
            value = m.group(4)
            keep.append({"start": length, "end": length + len(value), "label": m.group(3), "text": value})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(markup[pos:])
    text = "".join(out)
    if any(c in text for c in "⟦⟧⟪⟫"):
        raise ValueError("unbalanced span mark in markup")
    for span in phi + keep:
        if text[span["start"]:span["end"]] != span["text"]:
            raise AssertionError(f"offset drift at {span}")
    return text, phi, keep


# ---------------------------------------------------------------- people
FIRST = ["Siobhan", "Marcus", "Leilani", "Keoni", "Chidi", "Ngozi", "Adebayo", "Folasade", "Maria Lourdes",
         "Jericho", "Rosario", "Wojciech", "Małgorzata", "Agnieszka", "Yael", "Avraham", "Noa", "Fatima",
         "Mohammed", "Aisha", "Khalid", "José Luis", "Yamilet", "Desmond", "Shanice", "Tremaine", "Hannah",
         "Evelyn", "Raymond", "Dolores", "Priya", "Tomasz", "Kalani", "Imani", "Oluwaseun", "Marisol"]
LAST = ["Okonkwo", "Adeyemi", "Balogun", "Dela Cruz", "Santos", "Macaraeg", "Brzeczyszczykiewicz",
        "Wiśniewska", "Kowalczyk", "Ben-David", "Mizrahi", "Al-Mansouri", "Al Suwaidi", "bin Rashid",
        "Kahananui", "Kealoha", "Rivera Ortiz", "Colón", "McIntosh", "St. Hilaire", "Baptiste", "Baker",
        "Bell", "Hill", "Graves", "Long", "Young", "O'Donnell", "Nakamura-Reyes", "Fairweather",
        "Thibodeaux", "Oyelaran", "Pereira", "Szymańska", "Haddad", "Weatherspoon", "Kwiatkowski"]
MIDDLE = ["A", "J", "K", "M", "R", "T", "L", "Q", "E", ""]
STAFF_LAST = ["Patel", "Nguyen", "Okafor", "Lindqvist", "Abernathy", "Castellanos", "Hoang", "Feldman",
              "Mbeki", "Ruiz-Tagle", "Achterberg", "Kaur", "Whitlock", "Sorensen", "Delacroix", "Imamura"]
STAFF_FIRST = ["Anjali", "Brendan", "Chiara", "Dmitri", "Elif", "Farid", "Gwen", "Hiroshi", "Ines", "Jonah",
               "Kemi", "Lorenzo", "Mireille", "Nikhil", "Orla", "Pavel"]
CREDS = ["MD", "DO", "RN", "RT(R)", "NP", "PA-C", "CCC-SLP", "RDMS", "RVT", "LPN", "MBBS", "PhD", "RDCS"]


class Person:
    def __init__(self, rng, staff: bool = False):
        if staff:
            self.first, self.last = rng.choice(STAFF_FIRST), rng.choice(STAFF_LAST)
        else:
            self.first, self.last = rng.choice(FIRST), rng.choice(LAST)
        self.mi = rng.choice(MIDDLE)

    def fmt(self, rng, how: str | None = None) -> str:
        how = how or rng.choice(["LF", "LFM", "FML", "FL", "UPLF", "IL", "FMdotL"])
        mi = self.mi
        return {
            "LF": f"{self.last}, {self.first}",
            "LFM": f"{self.last}, {self.first} {mi}".rstrip(),
            "FML": f"{self.first} {mi + '. ' if mi else ''}{self.last}",
            "FL": f"{self.first} {self.last}",
            "UPLF": f"{self.last.upper()}, {self.first.upper()}{' ' + mi if mi else ''}",
            "IL": f"{self.first[0]}. {self.last}",
            "FMdotL": f"{self.first} {self.last}",
            "HL7": f"{self.last.upper()}^{self.first.upper()}^{mi}",
            "DCM": f"{self.last.upper()}^{self.first.upper()}",
            "L": self.last,
            "F": self.first,
        }[how]


def name(rng, p: Person, how: str | None = None) -> str:
    return P("PERSON", p.fmt(rng, how))


def staff(rng, cred: str | None = None, how: str | None = None, title: bool = True) -> str:
    """A clinician mention: optional 'Dr.' outside the span, credential as a keep-span."""
    p = Person(rng, staff=True)
    how = how or rng.choice(["FL", "IL", "FML", "L"])
    cred = cred if cred is not None else rng.choice(CREDS + ["", ""])
    if how == "L" or (title and rng.random() < 0.3 and cred in ("MD", "DO", "")):
        return f"Dr. {P('PERSON', p.fmt(rng, 'L' if how == 'L' else how))}"
    s = P("PERSON", p.fmt(rng, how))
    return f"{s}, {K('credential', cred)}" if cred else s


# ---------------------------------------------------------------- dates and times
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def rdate(rng, y0: int = 2024, y1: int = 2026) -> _dt.date:
    return _dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def fdate(rng, d: _dt.date, fmt: str | None = None) -> str:
    fmt = fmt or rng.choice(["us", "us2", "iso", "dmy", "long", "short", "dlong", "compact", "dash", "md"])
    mon = MONTHS[d.month - 1]
    return {
        "us": f"{d.month:02d}/{d.day:02d}/{d.year}", "us2": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "iso": d.isoformat(), "dmy": f"{d.day:02d}-{mon[:3]}-{d.year}", "long": f"{mon} {d.day}, {d.year}",
        "short": f"{mon[:3]} {d.day}, {d.year}", "dlong": f"{d.day} {mon} {d.year}",
        "compact": f"{d.year}{d.month:02d}{d.day:02d}", "dash": f"{d.month:02d}-{d.day:02d}-{d.year}",
        "md": f"{d.month}/{d.day}", "eu": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "mdot": f"{mon[:3]}. {d.day}", "mlong": f"{mon} {d.day}",
    }[fmt]


def date(rng, d: _dt.date | None = None, fmt: str | None = None) -> str:
    return P("DATE_TIME", fdate(rng, d or rdate(rng), fmt))


def ftime(rng, fmt: str | None = None) -> str:
    h, m, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    fmt = fmt or rng.choice(["24", "12", "hours", "sec", "pm"])
    h12 = h % 12 or 12
    return {
        "24": f"{h:02d}:{m:02d}", "12": f"{h12}:{m:02d} {'PM' if h >= 12 else 'AM'}", "hours": f"{h:02d}{m:02d} hours",
        "sec": f"{h:02d}:{m:02d}:{s:02d}", "pm": f"{h12}:{m:02d} {'p.m.' if h >= 12 else 'a.m.'}",
        "hl7": f"{h:02d}{m:02d}{s:02d}",
    }[fmt]


def time(rng, fmt: str | None = None) -> str:
    return P("DATE_TIME", ftime(rng, fmt))


# ---------------------------------------------------------------- places
# (street, city, state-or-country text, zip) -- streets invented.
US_PLACES = [
    ("{n} Kalakaua Ave Apt {u}", "Honolulu", "HI", "96815"), ("{n} Puainako St", "Hilo", "HI", "96720"),
    ("{n} Oneawa St Unit {u}", "Kailua", "HI", "96734"),
    ("Urb. Villa Carolina, Calle {u} #{n}", "Carolina", "PR", "00985"),
    ("Cond. Torre del Mar Apt {u}, {n} Ave. Ashford", "San Juan", "PR", "00907"),
    ("Bo. Pájaros Carr. 863 Km {u}.{n}", "Bayamón", "PR", "00956"),
    ("{n} W Fallbrook Dr", "Fresno", "CA", "93711"), ("{n} NE Alberta St #{u}", "Portland", "OR", "97211"),
    ("{n} Lenox Ave Apt {u}C", "New York", "NY", "10027"), ("{n} Magnolia Bend Rd", "Lafayette", "LA", "70508"),
    ("{n} Old Post Rd, Lot {u}", "Kingsport", "TN", "37660"), ("P.O. Box {n}{u}", "Bethel", "AK", "99559"),
]
INTL_PLACES = [
    ("Plot {n}, Adeola Odeku Street, Victoria Island", "Lagos", "Nigeria", None),
    ("{n} Ogui Road, off Zik Avenue", "Enugu", "Nigeria", None),
    ("Blk {u} Lot {n} Sampaguita St., Brgy. San Isidro", "Quezon City", "Philippines", "1109"),
    ("{n} P. Burgos St., Brgy. Poblacion", "Makati", "Philippines", "1210"),
    ("ul. Marszałkowska {n}/{u}", "Warszawa", "Poland", "00-017"),
    ("ul. Długa {n} m. {u}", "Kraków", "Poland", "31-147"),
    ("Rehov Herzl {n}, apt {u}", "Haifa", "Israel", "3303105"),
    ("Villa {n}, Street {u}, Al Barsha 2", "Dubai", "UAE", None),
    ("Bldg {n}, Road {u}, Block 338, Adliya", "Manama", "Bahrain", None),
    ("{n} Hope Road, Liguanea", "Kingston", "Jamaica", None),
    ("Lot {n} Frederick St", "Port of Spain", "Trinidad", None),
]


def place(rng, intl: bool | None = None):
    pool = INTL_PLACES if (intl if intl is not None else rng.random() < 0.35) else US_PLACES
    st, city, region, zp = rng.choice(pool)
    street = st.format(n=rng.randint(2, 4980), u=rng.randint(1, 40))
    if zp and rng.random() < 0.2 and len(zp) == 5 and zp[0] != "0":
        zp = f"{zp}-{rng.randint(1000, 9999)}"
    return street, city, region, zp


def address(rng, intl: bool | None = None, sep: str = ", ") -> str:
    street, city, region, zp = place(rng, intl)
    out = f"{P('STREET_ADDRESS', street)}{sep}{P('CITY', city)}"
    if region == "Poland" and zp:
        return f"{P('STREET_ADDRESS', street)}{sep}{P('ZIP', zp)} {P('CITY', city)}, {region}"
    if zp and len(region) == 2:
        return f"{out}, {region} {P('ZIP', zp)}"
    if zp:
        return f"{out} {P('ZIP', zp)}, {region}"
    return f"{out}, {region}"


# ---------------------------------------------------------------- identifiers
def digits(rng, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def letters(rng, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))


def mrn(rng) -> str:
    return rng.choice([digits(rng, 8), "M" + digits(rng, 7), digits(rng, 3) + "-" + digits(rng, 2) + "-" + digits(rng, 3),
                       "E" + digits(rng, 9), digits(rng, 7)])


def accession(rng) -> str:
    return rng.choice([f"RAD-{rng.randint(2024, 2026)}-{digits(rng, 7)}", "A" + digits(rng, 9),
                       letters(rng, 2) + digits(rng, 8), f"{digits(rng, 4)}{letters(rng, 1)}{digits(rng, 5)}"])


def ssn(rng) -> str:
    return f"{rng.randint(201, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"


def phone(rng, intl: bool = False) -> str:
    if intl:
        return rng.choice([f"+234 803 555 {digits(rng, 4)}", f"+971 50 555 {digits(rng, 4)}",
                           f"+48 22 555 {digits(rng, 2)} {digits(rng, 2)}", f"+63 917 555 {digits(rng, 4)}",
                           f"+972-52-555-{digits(rng, 4)}", f"+1 (876) 555-{digits(rng, 4)}"])
    a = rng.choice(["808", "787", "939", "503", "559", "212", "337", "423", "907"])
    x = digits(rng, 4)
    return rng.choice([f"({a}) 555-{x}", f"{a}-555-{x}", f"{a}.555.{x}", f"1-{a}-555-{x}", f"{a} 555 {x}"])


def email(rng, p: Person | None = None) -> str:
    base = (p.first.split()[0][0] + p.last.split()[-1]).lower() if p else letters(rng, 6).lower()
    base = "".join(c for c in base if c.isascii() and c.isalnum()) or "pt"
    return f"{base}{rng.randint(1, 99)}@{rng.choice(['example.org', 'example.com', 'mail.example.net', 'test.example'])}"


def ip(rng) -> str:
    return rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                       f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                       f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])


def plan_id(rng) -> str:
    return rng.choice([letters(rng, 3) + digits(rng, 9), f"{digits(rng, 1)}{letters(rng, 2)}{digits(rng, 1)}-{letters(rng, 2)}{digits(rng, 1)}-{letters(rng, 2)}{digits(rng, 2)}",
                       "W" + digits(rng, 8) + letters(rng, 1), digits(rng, 2) + "-" + digits(rng, 9) + "-" + digits(rng, 1)])


def account(rng) -> str:
    return rng.choice(["ACCT" + digits(rng, 8), digits(rng, 10), "V" + digits(rng, 9), "HAR " + digits(rng, 9)
                       if False else "H" + digits(rng, 9), f"CLM-{digits(rng, 4)}-{digits(rng, 6)}"])


def serial(rng) -> str:
    return rng.choice([letters(rng, 3) + digits(rng, 6), digits(rng, 5) + "-" + letters(rng, 2),
                       f"SN{digits(rng, 8)}", letters(rng, 2) + digits(rng, 4) + letters(rng, 1) + digits(rng, 3)])


FACILITIES = ["Kapiolani Harbor Medical Center", "Hospital San Gerardo de Carolina", "Lakeshore Imaging Partners",
              "St. Brendan's Regional Hospital", "Makati Heartway Medical Center", "Lagos Crestview Specialist Hospital",
              "Szpital Miejski im. Anny Wolskiej", "Carmel Ridge Medical Center", "Al Noor Family Clinic Dubai",
              "Mauna View Community Hospital", "Bayou Teche Radiology Associates", "Holston Valley Imaging",
              "Port Royal Diagnostic Centre", "Willamette Heights Medical Center", "Sunrise Gardens Skilled Nursing",
              "Tri-County Home Health Services"]


def facility(rng) -> str:
    return P("FACILITY", rng.choice(FACILITIES))


def age_phrase(rng, over: bool | None = None) -> str:
    over = over if over is not None else rng.random() < 0.3
    if over:
        a = str(rng.randint(90, 104))
        return rng.choice([f"{P('AGE_OVER_89', a)}-year-old", f"{P('AGE_OVER_89', a)} yo", f"{P('AGE_OVER_89', a)}-y/o",
                           f"aged {P('AGE_OVER_89', a)}", f"{P('AGE_OVER_89', a)} years old"])
    a = rng.randint(19, 89)
    return K("age_under_90", rng.choice([f"{a}-year-old", f"{a} yo", f"{a}-y/o", f"{a} years old"]))
