"""Shared builder and value generators for the blind15 corpus (standard library only)."""

from __future__ import annotations

PHI_TYPES = frozenset({
    "PERSON", "DATE_TIME", "AGE_OVER_89", "MRN", "ACCESSION", "SSN", "PHONE", "EMAIL", "URL", "IP_ADDRESS",
    "STREET_ADDRESS", "CITY", "ZIP", "FACILITY", "HEALTH_PLAN_ID", "ACCOUNT_ID", "DEVICE_SERIAL",
})
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


class Doc:
    """Text builder: spans are recorded while the text is appended, never searched for afterwards."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.phi: list[dict] = []
        self.keep: list[dict] = []

    def add(self, *items) -> "Doc":
        """Strings are plain text; (text, TAG) is a PHI span when TAG is a PHI type, else a keep-span label."""
        for item in items:
            if isinstance(item, str):
                text, tag = item, None
            else:
                text, tag = item
            if tag is not None:
                assert text and text == text.strip(), (text, tag)
                span = {"start": self.n, "end": self.n + len(text), "text": text}
                if tag in PHI_TYPES:
                    span["type"] = tag
                    self.phi.append(span)
                else:
                    span["label"] = tag
                    self.keep.append(span)
            self.parts.append(text)
            self.n += len(text)
        return self

    def text(self) -> str:
        return "".join(self.parts)


# --------------------------------------------------------------------------- names
FIRST = ["Maria", "Siobhan", "Tomasz", "Adaeze", "Keanu", "Ingrid", "Rafael", "Thu", "Nnamdi", "Priya",
         "Oksana", "Mateus", "Lerato", "Ewan", "Camila", "Dmitri", "Fatima", "Henrik", "Yolanda", "Bartholomew",
         "Hope", "Faith", "Grant", "Lincoln", "Paris", "Austin", "Jordan", "Florence", "Marisol", "Teodoro",
         "Rosalind", "Quentin", "Beatriz", "Aurelio", "Wendeline", "Desmond", "Ximena", "Gideon", "Noor", "Odette"]
LAST = ["Okonkwo", "Van Wyk", "Baker", "Hill", "Young", "Long", "Castellanos", "Fairweather", "Kowalczyk",
        "Nakashima", "Abernathy", "Delacroix", "Pietersen", "Quinlan", "Szabo", "Thibodeaux", "Villanueva",
        "Whitlock", "Yilmaz", "Zamora", "Oyelaran", "Brannigan", "Lindqvist", "Moreau", "Haddad", "Pellegrino",
        "Ravensworth", "Sorensen", "Tremblay", "Underhill", "Graves", "Bell", "Ferreira", "Achterberg", "Mbeki"]
SPECIAL = [  # (display, sort form) for names a rule writer may not expect
    ("Tanaka Hiroshi", "TANAKA^HIROSHI"), ("Kim Seo-yeon", "KIM^SEO-YEON"), ("Chen Jia-hui", "CHEN^JIAHUI"),
    ("Guðrún Jónsdóttir", "JONSDOTTIR^GUDRUN"), ("Einar Magnússon", "MAGNUSSON^EINAR"),
    ("María José García Márquez", "GARCIA MARQUEZ^MARIA JOSE"), ("Juan Pablo Ortiz de Zárate", "ORTIZ DE ZARATE^JUAN"),
    ("Siobhán O'Sullivan", "O'SULLIVAN^SIOBHAN"), ("Ewan MacLeod", "MACLEOD^EWAN"), ("Niamh McGillicuddy", "MCGILLICUDDY^NIAMH"),
    ("Pieter van der Berg", "VAN DER BERG^PIETER"), ("Annelies de Vries", "DE VRIES^ANNELIES"),
    ("Umm Khalid", "UMM KHALID"), ("Yusuf bin Abdullah al-Harbi", "AL-HARBI^YUSUF"), ("Layla bint Hassan", "HASSAN^LAYLA"),
    ("K. R. Narayanan", "NARAYANAN^K R"), ("S. Venkataraman", "VENKATARAMAN^S"), ("Nguyễn Thị Lan", "NGUYEN^THI LAN"),
    ("Abebe Girma", "GIRMA^ABEBE"), ("Jean-Baptiste Pierre-Louis", "PIERRE-LOUIS^JEAN BAPTISTE"),
]


def person(rng, form: str | None = None) -> str:
    """An invented person name in one of several written forms."""
    if rng.random() < 0.25:
        disp, hl7 = rng.choice(SPECIAL)
        return hl7 if form == "hl7" else disp
    f, l = rng.choice(FIRST), rng.choice(LAST)
    form = form or rng.choice(["full", "full", "lastfirst", "initial", "mid"])
    if form == "full":
        return f"{f} {l}"
    if form == "lastfirst":
        return f"{l.upper()}, {f.upper()}"
    if form == "initial":
        return f"{f[0]}. {l}"
    if form == "last":
        return l
    if form == "hl7":
        return f"{l.upper()}^{f.upper()}"
    return f"{f} {rng.choice('ABCDEGJKMRT')}. {l}"


def surname(rng) -> str:
    return rng.choice(LAST)


# --------------------------------------------------------------------------- dates and times
def date(rng, fmt: str | None = None, year: int | None = None) -> str:
    y = year or rng.randint(2019, 2026)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    fmt = fmt or rng.choice(["us", "us2", "iso", "dmy", "long", "dlong", "mshort", "compact", "dash", "md"])
    mon = MONTHS[m - 1]
    return {
        "us": f"{m:02d}/{d:02d}/{y}", "us2": f"{m}/{d}/{y % 100:02d}", "iso": f"{y}-{m:02d}-{d:02d}",
        "dmy": f"{d:02d}-{mon[:3]}-{y}", "long": f"{mon} {d}, {y}", "dlong": f"{d} {mon} {y}",
        "mshort": f"{mon[:3]} {d}, {y}", "compact": f"{y}{m:02d}{d:02d}", "dash": f"{m:02d}-{d:02d}-{y}",
        "md": f"{mon} {d}", "mdnum": f"{m}/{d}",
    }[fmt]


def dob(rng, fmt: str | None = None) -> str:
    return date(rng, fmt or rng.choice(["us", "iso", "long", "dmy"]), year=rng.randint(1931, 2016))


def time(rng, fmt: str | None = None) -> str:
    h, mi = rng.randint(0, 23), rng.randint(0, 59)
    fmt = fmt or rng.choice(["24", "ampm", "hours", "sec", "pm2"])
    h12 = h % 12 or 12
    return {"24": f"{h:02d}:{mi:02d}", "ampm": f"{h12}:{mi:02d} {'AM' if h < 12 else 'PM'}",
            "hours": f"{h:02d}{mi:02d} hours", "sec": f"{h:02d}:{mi:02d}:{rng.randint(0, 59):02d}",
            "pm2": f"{h12}:{mi:02d} {'a.m.' if h < 12 else 'p.m.'}"}[fmt]


# --------------------------------------------------------------------------- identifiers
def digits(rng, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def mrn(rng) -> str:
    return rng.choice([digits(rng, 8), "E" + digits(rng, 7), digits(rng, 3) + "-" + digits(rng, 4), "00" + digits(rng, 6)])


def accession(rng) -> str:
    return rng.choice([f"RAD{rng.randint(19, 26)}-{digits(rng, 7)}", f"A{digits(rng, 9)}", f"XR{digits(rng, 6)}",
                       f"{rng.randint(2019, 2026)}.{digits(rng, 6)}"])


def ssn(rng) -> str:
    return f"{rng.randint(101, 665):03d}-{rng.randint(10, 99):02d}-{rng.randint(1000, 9999)}"


def phone(rng) -> str:
    a, n = rng.choice(["617", "312", "206", "713", "404", "801", "503", "919"]), rng.randint(100, 199)
    return rng.choice([f"({a}) 555-01{n % 100:02d}", f"{a}-555-01{n % 100:02d}", f"{a}.555.01{n % 100:02d}",
                       f"+1 {a} 555.01{n % 100:02d}", f"555-01{n % 100:02d}"])


DOMAINS = ["example.org", "example.com", "example.net", "mail.test.example", "lawfirm.test.example",
           "clinic.test.example"]


def email(rng, who: str | None = None) -> str:
    local = who or (rng.choice(FIRST).lower() + rng.choice([".", "_", ""]) + rng.choice(LAST).lower().replace(" ", ""))
    return f"{local}{rng.choice(['', str(rng.randint(1, 99))])}@{rng.choice(DOMAINS)}"


def ip(rng) -> str:
    return rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                       f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                       f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])


def url(rng, acc: str | None = None) -> str:
    host = rng.choice(["pacs.example.org", "share.imaging.test.example", "portal.example.com", "viewer.example.net"])
    return rng.choice([f"https://{host}/study/{acc or digits(rng, 8)}", f"https://{host}/v?token={digits(rng, 10)}",
                       f"http://{ip(rng)}/wado?studyUID=1.2.840.{digits(rng, 6)}", f"https://{host}/p/{digits(rng, 6)}"])


def plan_id(rng) -> str:
    return rng.choice([f"XEH{digits(rng, 9)}", f"{rng.randint(1, 9)}EG{rng.randint(1, 9)}-TE{rng.randint(1, 9)}-MK{rng.randint(10, 99)}",
                       f"W{digits(rng, 8)} 01", f"BCX-{digits(rng, 4)}-{digits(rng, 5)}", f"MCD{digits(rng, 10)}"])


def account(rng) -> str:
    return rng.choice([digits(rng, 9), f"ACCT-{digits(rng, 7)}", f"HAR{digits(rng, 8)}", f"{digits(rng, 4)}-{digits(rng, 6)}"])


def serial(rng) -> str:
    return rng.choice([f"SN{digits(rng, 7)}", f"{rng.choice(['GE', 'SM', 'PH', 'CN'])}-{digits(rng, 5)}-{rng.choice('ABXZ')}{rng.randint(1, 9)}",
                       f"{digits(rng, 6)}MR{digits(rng, 3)}", f"DX{digits(rng, 4)}-{digits(rng, 4)}"])


STREETS = ["Larkspur Lane", "Old Mill Road", "Quarry Hill Drive", "Tamarack Court", "Wexford Street", "Juniper Avenue",
           "Caddo Trail", "Bellflower Boulevard", "Pemberton Way", "Heron Bay Road", "Kestrel Parkway", "Ashgrove Terrace"]
CITIES = [("Boston", "MA", "02"), ("Tacoma", "WA", "98"), ("El Paso", "TX", "79"), ("Duluth", "MN", "55"),
          ("Macon", "GA", "31"), ("Provo", "UT", "84"), ("Eugene", "OR", "97"), ("Durham", "NC", "27"),
          ("Dayton", "OH", "45"), ("Fresno", "CA", "93"), ("Paris", "TX", "75"), ("Florence", "AL", "35"),
          ("Lincoln", "NE", "68"), ("Austin", "TX", "78")]


def street(rng) -> str:
    s = f"{rng.randint(12, 9880)} {rng.choice(STREETS)}"
    return s + rng.choice(["", "", f", Apt {rng.randint(1, 40)}{rng.choice('ABC')}", f" Unit {rng.randint(100, 420)}"])


def city(rng) -> tuple[str, str, str]:
    c, st, z = rng.choice(CITIES)
    return c, st, z + digits(rng, 3)


FAC = ["St. Brigid Regional Medical Center", "Lakeshore Imaging Associates", "Cedar Bluff Community Hospital",
       "Mercy Vale Orthopaedic Clinic", "Harbourview Diagnostic Imaging", "Pinecrest Outpatient Radiology",
       "Northgate Sports Medicine Institute", "Sisters of Providence Hospital at Elm Ridge",
       "Two Rivers Veterans Clinic", "Redwood Hollow Dental Group", "Clearwater Eye Institute",
       "Maplewood Transplant Center", "Blue Heron Skilled Nursing", "Kessler Ridge Correctional Facility"]


def facility(rng) -> str:
    return rng.choice(FAC)


def addr(d: Doc, rng, lines: bool = True) -> None:
    """Street, city, state and ZIP (the state is not PHI)."""
    c, st, z = city(rng)
    d.add((street(rng), "STREET_ADDRESS"), "\n" if lines else ", ", (c, "CITY"), f", {st} ", (z, "ZIP"))


def age(d: Doc, rng, suffix: str = "-year-old", old: float = 0.3) -> None:
    """An age: over 89 is PHI (number only), under 90 is a keep-span (whole phrase)."""
    if rng.random() < old:
        d.add((str(rng.randint(90, 104)), "AGE_OVER_89"), suffix)
    else:
        d.add((f"{rng.randint(3, 89)}{suffix}", "age_under_90"))


def dt(d: Doc, rng, fmt: str | None = None, tfmt: str | None = None) -> None:
    """A date and a time, each its own span."""
    d.add((date(rng, fmt), "DATE_TIME"), " ", (time(rng, tfmt), "DATE_TIME"))
