"""Invented people, places and identifier generators for blind21 (no real people or identifiers)."""

from __future__ import annotations

import datetime as dt
import string

# (given, middle, family, family_first, nickname)
_NAMES = [
    # Vietnamese (family name first)
    ("Lan", "Thi", "Nguyen", True, ""), ("Minh", "Van", "Tran", True, ""), ("Thao", "Ngoc", "Pham", True, ""),
    ("Hieu", "Duc", "Vo", True, ""), ("Mai", "Thi Thanh", "Dang", True, ""), ("Khoa", "Minh", "Huynh", True, "Ken"),
    # Korean
    ("Min-jun", "", "Kim", True, ""), ("Ji-yeon", "", "Park", True, "Julie"), ("Seo-yeon", "", "Choi", True, ""),
    ("Dong-hyun", "", "Yoon", True, ""), ("Hae-won", "", "Jang", True, ""),
    # Chinese
    ("Xiaoling", "", "Chen", True, "Sherry"), ("Wei", "", "Zhang", True, ""), ("Jianguo", "", "Liu", True, ""),
    ("Meihua", "", "Zhou", True, "May"), ("Haoran", "", "Guo", True, ""),
    # Tagalog / Filipino
    ("Maria Cristina", "", "Dela Cruz", False, "Tina"), ("Jose Mari", "R", "Bautista", False, ""),
    ("Rowena", "L", "Macaraeg", False, ""), ("Bienvenido", "", "Soriano", False, "Benny"),
    ("Luzviminda", "P", "Villanueva", False, "Luz"), ("Arnel", "", "Pangilinan", False, ""),
    # Portuguese / Brazilian
    ("João Pedro", "", "Gonçalves da Silva", False, ""), ("Ana Luísa", "", "Ferreira dos Santos", False, ""),
    ("Thiago", "", "Albuquerque", False, ""), ("Conceição", "M", "Rebelo", False, "Sãozinha"),
    # Hebrew
    ("Yael", "", "Ben-David", False, ""), ("Avraham", "Y", "Katzenelson", False, "Avi"),
    ("Shira", "", "Levi-Tzur", False, ""), ("Eliezer", "", "Mizrahi", False, ""),
    # Arabic
    ("Khalid", "bin Saeed", "Al-Mansouri", False, ""), ("Fatima", "", "Abdel-Rahman", False, ""),
    ("Omar", "ibn Yusuf", "Haddad", False, ""), ("Layla", "", "El-Amin", False, ""), ("Nour", "", "Qasim", False, ""),
    # particles
    ("Pieter", "J", "van der Veen", False, ""), ("Lucía", "", "de la Fuente", False, "Lucy"),
    ("Giovanni", "", "Di Stefano", False, "Gio"), ("Anne-Marie", "", "d'Aubigné", False, ""),
    ("Cornelis", "", "Van Buskirk", False, "Neil"), ("Siobhan", "M", "Ní Bhriain", False, ""),
    # ordinary words / eponym surnames
    ("Hope", "A", "Baker", False, ""), ("Will", "T", "Long", False, ""), ("Dawn", "", "Graves", False, ""),
    ("Grant", "E", "Bell", False, ""), ("Constance", "", "Hill", False, "Connie"), ("Rose", "M", "Young", False, ""),
    ("Frank", "", "Barrett", False, "Frankie"), ("June", "", "Whipple", False, ""), ("Sterling", "", "Foley", False, ""),
    ("Amber", "", "Wilson", False, ""), ("Clay", "", "Morton", False, ""), ("Sunny", "", "Paget", False, ""),
    ("Chase", "", "Smith", False, ""), ("Summer", "", "Jones", False, ""), ("Ivy", "K", "Ewing", False, ""),
    ("Rusty", "", "Hartmann", False, ""), ("Crystal", "", "Parkinson", False, ""), ("Miles", "", "Cushing", False, ""),
    # others
    ("Desmond", "O", "Okafor", False, "Des"), ("Adaeze", "", "Nwachukwu", False, "Ada"),
    ("Tomasz", "", "Wiśniewski", False, "Tom"), ("Ingrid", "S", "Halvorsen", False, ""),
    ("Marisol", "", "Quintanilla", False, ""), ("Raymond", "J", "Kessler", False, "Ray"),
    ("Beatriz", "", "Olmedo", False, "Bea"), ("Dmitri", "", "Sokolov", False, ""), ("Priya", "", "Venkataraman", False, ""),
    ("Kwame", "", "Asante", False, ""), ("Tallulah", "R", "Brightwater", False, "Lula"), ("Hamish", "", "MacAllister", False, ""),
    ("Declan", "P", "O'Rourke", False, ""), ("Esperanza", "", "Ybarra", False, "Espi"), ("Aurelio", "", "Castellanos", False, ""),
    ("Mireille", "", "Baptiste", False, ""), ("Oksana", "", "Hrytsenko", False, ""), ("Tobias", "", "Lindqvist", False, ""),
    ("Ngozi", "", "Eze", False, ""), ("Bartholomew", "", "Pennington", False, "Bart"), ("Keoni", "", "Kahananui", False, ""),
]
CREDS = ["MD", "DO", "MD, PhD", "RT(R)", "RT(R)(CT)", "RN", "NP", "PA-C", "RDMS", "CNMT", "MBBS", "FRCR", "RT(MR)"]
_DOC_CREDS = ["MD", "DO", "MD, PhD", "MBBS", "MD, FACR"]


class Person:
    def __init__(self, given, middle, family, family_first, nick, cred):
        self.given, self.middle, self.family = given, middle, family
        self.family_first, self.nick, self.cred = family_first, nick, cred

    def fmt(self, f: str) -> str:
        g, m, fam = self.given, self.middle, self.family
        mi = (m.split()[0][0] if m and len(m) > 1 and not m.startswith(("bin", "ibn")) else m)
        if f == "full":
            if self.family_first:
                return " ".join(x for x in (fam, m, g) if x)
            return " ".join(x for x in (g, m if len(m) > 1 else (m + "." if m else ""), fam) if x)
        if f == "gf":
            return f"{fam} {g}" if self.family_first else f"{g} {fam}"
        if f == "western":
            return f"{g} {fam}"
        if f == "last_first":
            return f"{fam}, {g}" + (f" {mi}" if mi and not self.family_first else (f" {m}" if m else ""))
        if f == "LAST_FIRST":
            return self.fmt("last_first").upper()
        if f == "caret":
            return "^".join(x for x in (fam.upper(), g.upper(), (mi or "").upper()) if x)
        if f == "initial":
            return f"{g[0]}. {fam}"
        if f == "family":
            return fam
        if f == "given":
            return g
        if f == "nick":
            return f"{g} \u201c{self.nick}\u201d {fam}" if self.nick else f"{g} {fam}"
        if f == "nickonly":
            return self.nick or g
        raise ValueError(f)


def person(rng, used: set | None = None, doctor: bool = False, cred: str | None = None) -> Person:
    """A fresh person not already in ``used`` (family names kept distinct within a document)."""
    used = used if used is not None else set()
    while True:
        g, m, fam, ff, nick = rng.choice(_NAMES)
        if fam not in used and g not in used:
            break
    used.add(fam)
    used.add(g)
    c = cred or (rng.choice(_DOC_CREDS) if doctor else rng.choice(CREDS))
    return Person(g, m, fam, ff, nick, c)


# Real US cities (state abbreviation is not PHI); ZIPs invented within the state's range.
CITIES = [
    ("Sioux Falls", "SD", "571"), ("Grand Rapids", "MI", "495"), ("Santa Fe", "NM", "875"), ("Las Cruces", "NM", "880"),
    ("Duluth", "MN", "558"), ("Chattanooga", "TN", "374"), ("Bakersfield", "CA", "933"), ("Spokane", "WA", "992"),
    ("Tacoma", "WA", "984"), ("Lubbock", "TX", "794"), ("Brownsville", "TX", "785"), ("Savannah", "GA", "314"),
    ("Fort Wayne", "IN", "468"), ("Akron", "OH", "443"), ("Worcester", "MA", "016"), ("Hartford", "CT", "061"),
    ("Provo", "UT", "846"), ("Boise", "ID", "837"), ("Fargo", "ND", "581"), ("Billings", "MT", "591"),
    ("Cheyenne", "WY", "820"), ("Shreveport", "LA", "711"), ("Little Rock", "AR", "722"), ("Tulsa", "OK", "741"),
    ("Wichita", "KS", "672"), ("Des Moines", "IA", "503"), ("Lincoln", "NE", "685"), ("Madison", "WI", "537"),
    ("Burlington", "VT", "054"), ("Portland", "ME", "041"), ("Honolulu", "HI", "968"), ("Anchorage", "AK", "995"),
    ("Flagstaff", "AZ", "860"), ("Reno", "NV", "895"), ("Fresno", "CA", "937"), ("Eugene", "OR", "974"),
    ("Garden Grove", "CA", "928"), ("Westminster", "CA", "926"), ("Falls Church", "VA", "220"), ("Quincy", "MA", "021"),
]
_STREETS = ["Larkspur", "Tamarack", "Old Mill", "Quail Run", "Kestrel", "Juniper Hollow", "Bayberry", "Cottonwood",
            "Harbor View", "Sandpiper", "Wren", "Palisade", "Magnolia Bend", "Copperfield", "Iron Gate", "Lantana",
            "Mesquite", "Fox Chase", "Saltmeadow", "Hummingbird", "Briar Patch", "Cobblestone", "Granary", "Orchard Knoll"]
_SUFFIX = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Ct", "Way", "Blvd", "Pl", "Ter"]
_UNITS = ["Apt {n}", "Apt. {n}{l}", "Unit {n}", "#{n}", "Ste {n}", "Lot {n}", "Rm {n}"]


def street(rng) -> str:
    s = f"{rng.randint(2, 98999)} {rng.choice(['', '', '', 'N ', 'S ', 'E ', 'W ', 'NE '])}{rng.choice(_STREETS)} {rng.choice(_SUFFIX)}"
    if rng.random() < 0.35:
        u = rng.choice(_UNITS).format(n=rng.randint(1, 412), l=rng.choice("ABCD"))
        s += rng.choice([", ", " "]) + u
    return s


def city(rng):
    c, st, z3 = rng.choice(CITIES)
    return c, st, z3 + f"{rng.randint(1, 99):02d}"


_FAC_A = ["St. Brigid", "Mercy Hollow", "Osprey Point", "Larchmont Valley", "Cedar Bluff", "Prairie Lantern",
          "Holy Rood", "Windermere", "Blue Heron", "Ashgrove", "Silver Creek", "Good Shepherd Lakeside",
          "Kittredge Memorial", "Bramblewood", "North Ridge", "Sequoia Bend", "Tidewater Crossing", "Meadowlark"]
_FAC_B = ["Medical Center", "Regional Medical Center", "Community Hospital", "Imaging Center", "Outpatient Imaging",
          "Hospital", "Health Center", "Children's Hospital", "Cancer Institute", "Surgery Center", "Clinic"]


def facility(rng, used: set | None = None) -> str:
    used = used if used is not None else set()
    while True:
        a = rng.choice(_FAC_A)
        if a not in used:
            used.add(a)
            return f"{a} {rng.choice(_FAC_B)}"


def _d(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def _a(rng, n, alphabet=string.ascii_uppercase):
    return "".join(rng.choice(alphabet) for _ in range(n))


def mrn(rng) -> str:
    return rng.choice([
        lambda: _d(rng, 8), lambda: "M" + _d(rng, 7), lambda: "MR-" + _d(rng, 6), lambda: "E" + _d(rng, 7),
        lambda: f"{_d(rng, 3)}-{_d(rng, 2)}-{_d(rng, 2)}", lambda: "JX" + _d(rng, 6), lambda: _d(rng, 9),
        lambda: f"{_d(rng, 2)}-{_d(rng, 5)}-{_d(rng, 1)}"])()


def accession(rng) -> str:
    y = rng.choice(["24", "25", "26"])
    return rng.choice([
        lambda: f"RAD{y}-{_d(rng, 7)}", lambda: f"{y}MR{_d(rng, 7)}", lambda: f"CTA-{y}-{_d(rng, 6)}",
        lambda: "Q" + _d(rng, 9), lambda: f"US{_d(rng, 8)}", lambda: f"{_a(rng, 2)}{_d(rng, 8)}",
        lambda: f"{y}{_d(rng, 2)}{_d(rng, 6)}", lambda: f"XR.{_d(rng, 7)}"])()


def account(rng) -> str:
    return rng.choice([
        lambda: _d(rng, 11), lambda: "ENC-" + _d(rng, 9), lambda: "HAR" + _d(rng, 10), lambda: "V" + _d(rng, 8),
        lambda: f"{_d(rng, 4)}-{_d(rng, 6)}", lambda: "FIN" + _d(rng, 9)])()


def plan_id(rng) -> str:
    a = "ACDEFGHJKMNPQRTUVWXY"
    return rng.choice([
        lambda: f"{rng.randint(1, 9)}{_a(rng, 1, a)}{_a(rng, 1, a + string.digits)}{_d(rng, 1)}-"
                f"{_a(rng, 1, a)}{_a(rng, 1, a + string.digits)}{_d(rng, 1)}-{_a(rng, 2, a)}{_d(rng, 2)}",
        lambda: _a(rng, 3) + _d(rng, 9), lambda: "W" + _d(rng, 9), lambda: f"{_a(rng, 2)}{_d(rng, 8)}-0{rng.randint(1, 4)}",
        lambda: _d(rng, 12), lambda: f"ZGP{_d(rng, 8)}"])()


def ssn(rng) -> str:
    return f"{rng.randint(101, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"


def serial(rng) -> str:
    return rng.choice([
        lambda: f"{_a(rng, 3)}{_d(rng, 6)}{_a(rng, 1)}", lambda: f"SN{_d(rng, 8)}", lambda: f"{_d(rng, 2)}{_a(rng, 1)}{_d(rng, 5)}",
        lambda: f"{_a(rng, 2)}-{_d(rng, 4)}-{_d(rng, 4)}", lambda: f"X{_d(rng, 3)}{_a(rng, 2)}{_d(rng, 4)}"])()


def phone(rng) -> str:
    ac = rng.choice(["206", "312", "415", "505", "605", "612", "701", "808", "907", "402", "918", "316", "207", "559"])
    x = f"01{rng.randint(0, 99):02d}"
    return rng.choice([f"({ac}) 555-{x}", f"{ac}-555-{x}", f"{ac}.555.{x}", f"+1 {ac} 555 {x}", f"1-{ac}-555-{x}",
                       f"{ac}/555-{x}", f"({ac})555-{x}"])


def email(rng, p: Person | None = None) -> str:
    dom = rng.choice(["example.org", "example.com", "example.net", "mail.example.org", "radiology.example.net"])
    if p is None:
        local = rng.choice(["scheduling", "reading.room", "pacs.admin", "him.requests", "frontdesk"])
    else:
        gi = "".join(ch for ch in p.given.lower() if ch.isascii() and ch.isalpha()) or "x"
        fa = "".join(ch for ch in p.family.lower() if ch.isascii() and ch.isalpha()) or "y"
        local = rng.choice([f"{gi}.{fa}", f"{gi[0]}{fa}", f"{fa}.{gi[0]}", f"{gi}_{fa}{rng.randint(1, 99)}"])
    return f"{local}@{dom}"


def ip(rng) -> str:
    return rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                       f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                       f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])


def url(rng, token: str | None = None) -> str:
    tok = token or _a(rng, 10, string.ascii_letters + string.digits)
    host = rng.choice(["https://portal.example.org", "https://imageshare.example.net", f"http://{ip(rng)}:8080",
                       "https://pacs.example.com", "https://viewer.rad.example.org"])
    path = rng.choice(["/study/{t}", "/wado?studyUID=1.2.840.{n}&acc={t}", "/s/{t}", "/zfp?pl={t}", "/share/{t}?lang=en"])
    return host + path.format(t=tok, n=rng.randint(10000, 99999))


# ---- dates and times --------------------------------------------------------------------------
_DFMTS = ["%m/%d/%Y", "{m}/{d}/{yy}", "%Y-%m-%d", "%d-%b-%Y", "{B} {d}, %Y", "{d} {B} %Y", "{b} {d}, %Y",
          "%Y%m%d", "%m-%d-%Y", "{m}/{d}/%Y", "%d.%m.%Y"]
_DFMTS_NOYEAR = ["{m}/{d}", "{B} {d}", "{bdot} {d}"]


def date(rng, lo=(2024, 1, 1), hi=(2026, 6, 30)) -> dt.date:
    a, b = dt.date(*lo), dt.date(*hi)
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


def dob(rng, age: int, ref: dt.date) -> dt.date:
    return ref - dt.timedelta(days=int(age * 365.25) + rng.randint(1, 360))


def fdate(rng, d: dt.date, fmt: str | None = None, noyear_p: float = 0.0) -> str:
    if fmt is None:
        fmt = rng.choice(_DFMTS_NOYEAR) if rng.random() < noyear_p else rng.choice(_DFMTS)
    b = d.strftime("%b")
    s = fmt.format(m=d.month, d=d.day, yy=d.strftime("%y"), B=d.strftime("%B"), b=b,
                   bdot=b if b == "May" else b + ".")
    return d.strftime(s)


def ftime(rng, h: int | None = None, m: int | None = None, fmt: str | None = None) -> str:
    h = rng.randint(0, 23) if h is None else h
    m = rng.randint(0, 59) if m is None else m
    fmt = fmt or rng.choice(["24", "24", "12", "hours", "sec", "12dot", "24nocolon"])
    h12 = h % 12 or 12
    return {"24": f"{h:02d}:{m:02d}", "12": f"{h12}:{m:02d} {'PM' if h >= 12 else 'AM'}",
            "hours": f"{h:02d}{m:02d} hours", "sec": f"{h:02d}:{m:02d}:{rng.randint(0, 59):02d}",
            "12dot": f"{h12}:{m:02d} {'p.m.' if h >= 12 else 'a.m.'}", "24nocolon": f"{h:02d}{m:02d}h"}[fmt]
