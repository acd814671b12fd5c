"""Span builder and invented value pools for the blind29 corpus (all values fictitious)."""

from __future__ import annotations

import random


class Doc:
    """Accumulates text pieces and records PHI / keep spans at exact offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.phi: list[dict] = []
        self.keep: list[dict] = []

    def t(self, s: str) -> "Doc":
        self.parts.append(s)
        self.n += len(s)
        return self

    def _span(self, s: str, bucket: list, key: str, val: str) -> "Doc":
        assert s and s == s.strip(), repr(s)
        bucket.append({"start": self.n, "end": self.n + len(s), key: val, "text": s})
        return self.t(s)

    def p(self, s: str, typ: str) -> "Doc":
        return self._span(s, self.phi, "type", typ)

    def k(self, s: str, label: str) -> "Doc":
        return self._span(s, self.keep, "label", label)

    def text(self) -> str:
        return "".join(self.parts)


FIRST = ["Maria", "James", "Siobhan", "Oluwaseun", "Priya", "Wei", "Yusuf", "Aigerim", "Tomasz", "Lakshmi",
         "Dolores", "Kwame", "Ingrid", "Mateo", "Hiroshi", "Fatima", "Eamon", "Beatriz", "Nkechi", "Rafael",
         "Agnes", "Dmitri", "Thanh", "Saoirse", "Gustavo", "Mei-Ling", "Abdirahman", "Wilhelmina", "Roosevelt",
         "Chiamaka", "Bartholomew", "Esperanza", "Leilani", "Anneliese", "Olamide", "Jae-won", "Marguerite"]
NICK = {"James": "Jimmy", "Wilhelmina": "Billie", "Bartholomew": "Bart", "Dolores": "Lola", "Roosevelt": "Rosie",
        "Marguerite": "Peggy", "Rafael": "Rafa", "Agnes": "Aggie", "Tomasz": "Tom", "Eamon": "Ned"}
LAST = ["Baker", "Bell", "Hill", "Graves", "Young", "Long", "Adeyemi", "Raghunathan", "Zhang", "Demir",
        "Seitkali", "Kowalczyk", "Nguyen", "O'Sullivan", "van der Berg", "de la Cruz", "McAllister-Shaw",
        "Okonkwo", "Fitzgerald", "Castellanos", "Haddad", "Lindqvist", "Mbeki", "Park", "Rosario", "Al-Masri",
        "Takahashi", "Brennan", "Petrosyan", "Achterberg", "Delacroix-Moreau", "Oyelaran", "Vasquez", "Whitfield",
        "Kaur", "Bjornsdottir", "Ferreira", "Mac Giolla Bhríde", "Abernathy", "Szymanski"]
STAFF_LAST = ["Patel", "Okafor", "Lindgren", "Hashemi", "Cho", "Brandt", "Osei", "Marchetti", "Kovac", "Reyes",
              "Bell", "Hill", "Nakamura", "Duarte", "Ferguson", "Iyer", "Wallace", "Moreno", "Stein", "Quist"]
MID = "ABCDEFGHJKLMNPRSTW"

CITIES = [("Brookhaven", "GA", "30319"), ("Millbrook", "NY", "12545"), ("Cedar Falls", "IA", "50613"),
          ("Port Huron", "MI", "48060"), ("Las Cruces", "NM", "88001"), ("Bellingham", "WA", "98225"),
          ("Marietta", "OH", "45750"), ("Red Wing", "MN", "55066"), ("Kingsport", "TN", "37660"),
          ("Hillsboro", "OR", "97123"), ("Beaufort", "SC", "29902"), ("Elkhart", "IN", "46514")]
STREETS = ["Hollis Ave", "Old Mill Rd", "Larkspur Ln", "N Sycamore St", "Water Street", "Cumberland Pike",
           "Riverbend Ct", "E 14th St", "Magnolia Blvd", "County Road 9", "Baker St", "Hill Crest Dr"]
FACILITIES = ["St. Brendan Regional Medical Center", "Lakeshore Imaging Pavilion", "Cedar Valley Nursing & Rehab",
              "Mercy Northfield Hospital", "Harborview Outpatient Radiology", "Prairie Sky Community Hospital",
              "Good Shepherd Rehabilitation Center", "Westbrook Orthopaedic Institute", "Saint Kateri Clinic",
              "Riverside Veterans Home", "Bluewater Cancer Institute", "Holloway Family Health Center"]
DOMAINS = ["example.org", "example.com", "example.net", "radiology.example.org", "mail.example.com",
           "stbrendan.example.org", "lakeshore.example.net"]

EPONYMS = ["Baker cyst", "Parkinson disease", "Kerley B lines", "Hodgkin lymphoma", "Cushing syndrome",
           "Addison disease", "Bell palsy", "Hashimoto thyroiditis", "Crohn disease", "Wilms tumor",
           "Monteggia fracture", "Colles fracture", "Graves disease", "Paget disease", "Segond fracture",
           "Hill-Sachs lesion", "Bankart lesion", "Chiari I malformation", "Schmorl node", "Klatskin tumor",
           "Meckel diverticulum", "Osgood-Schlatter disease", "Smith fracture", "Jones fracture",
           "Alzheimer disease", "Barrett esophagus", "Dupuytren contracture", "Boerhaave syndrome"]
ANATOMY = ["left femoral neck", "right hilum", "pancreatic head", "medial meniscus", "common bile duct",
           "right lower lobe", "sacroiliac joints", "left adrenal gland", "thoracic aorta", "pituitary fossa",
           "distal radius", "lateral ventricles", "posterior fossa", "right kidney", "ninth rib"]
LEVELS = ["C5-C6", "C6-C7", "L4-L5", "L5-S1", "T12", "L1", "T7", "C2", "L3-L4", "T11-T12", "S1"]
SCORES = ["BI-RADS 4", "BI-RADS 0", "LI-RADS 3", "LI-RADS 5", "TI-RADS 4", "PI-RADS 4", "Lung-RADS 3",
          "Bosniak IIF", "O-RADS 3", "Bosniak III", "Lung-RADS 4A", "BI-RADS 2", "Fleischner"]
SEQUENCES = ["T2 FLAIR", "DWI", "STIR", "SWI", "T1 post-contrast", "ADC", "T2*", "MPRAGE", "DCE"]
MODALITIES = ["CT", "MRI", "US", "XR", "PET/CT", "MG", "DEXA", "fluoroscopy"]
CREDS = ["MD", "DO", "RN", "RT(R)", "RT(R)(CT)", "NP", "PA-C", "LCSW", "RDMS", "CNMT", "PhD", "MSW", "JD"]


def pick(rng: random.Random, seq):
    return seq[rng.randrange(len(seq))]


_LAST_PARTS = ["", ""]


def parts() -> tuple[str, str]:
    """(first, last) of the most recent person() call."""
    return _LAST_PARTS[0], _LAST_PARTS[1]


def person(rng: random.Random, fmt: str | None = None, staff: bool = False) -> str:
    first = pick(rng, FIRST)
    last = pick(rng, STAFF_LAST if staff else LAST)
    _LAST_PARTS[:] = [first, last]
    mid = pick(rng, MID)
    fmt = fmt or pick(rng, ["fl", "fl", "LF", "Lf", "fml", "il", "FL", "LFM", "nick"])
    if fmt == "fl":
        return f"{first} {last}"
    if fmt == "LF":
        return f"{last.upper()}, {first.upper()}"
    if fmt == "LFM":
        return f"{last.upper()}, {first.upper()} {mid}"
    if fmt == "Lf":
        return f"{last}, {first}"
    if fmt == "fml":
        return f"{first} {mid}. {last}"
    if fmt == "il":
        return f"{first[0]}. {last}"
    if fmt == "FL":
        return f"{first.upper()} {last.upper()}"
    if fmt == "hl7":
        return f"{last.upper().replace(' ', '')}^{first.upper()}^{mid}"
    if fmt == "last":
        return last
    if fmt == "first":
        return first
    if fmt == "nick":
        return f"{NICK.get(first, first)} {last}"
    if fmt == "lower":
        return f"{first.lower()} {last.lower()}"
    return f"{first} {last}"


def surname(rng: random.Random, staff: bool = True) -> str:
    return pick(rng, STAFF_LAST if staff else LAST)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def date(rng: random.Random, fmt: str | None = None, year: int | None = None) -> str:
    y = year or rng.choice([2023, 2024, 2025, 2026])
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    mon = MONTHS[m - 1]
    fmt = fmt or pick(rng, ["us", "us2", "iso", "dmy", "long", "md", "mdn", "dlong", "abbr", "compact", "dash",
                            "abbrdot"])
    return {
        "us": f"{m:02d}/{d:02d}/{y}", "us2": f"{m}/{d}/{y % 100:02d}", "iso": f"{y}-{m:02d}-{d:02d}",
        "dmy": f"{d:02d}-{mon[:3]}-{y}", "long": f"{mon} {d}, {y}", "md": f"{m}/{d}", "mdn": f"{mon} {d}",
        "dlong": f"{d} {mon} {y}", "abbr": f"{mon[:3]} {d}, {y}", "compact": f"{y}{m:02d}{d:02d}",
        "dash": f"{m:02d}-{d:02d}-{y}", "abbrdot": f"{mon[:3]}. {d}" if mon != "May" else f"May {d}",
        "dob": f"{m:02d}/{d:02d}/{rng.randint(1922, 1999)}",
    }[fmt]


def dob(rng: random.Random, old: bool = False) -> str:
    y = rng.randint(1926, 1935) if old else rng.randint(1940, 1998)
    return date(rng, pick(rng, ["us", "iso", "dmy", "long"]), year=y)


def time(rng: random.Random, fmt: str | None = None) -> str:
    h, mi, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    fmt = fmt or pick(rng, ["24", "24", "ampm", "hrs", "sec", "pdot"])
    h12 = h % 12 or 12
    ap = "AM" if h < 12 else "PM"
    return {"24": f"{h:02d}:{mi:02d}", "ampm": f"{h12}:{mi:02d} {ap}", "hrs": f"{h:02d}{mi:02d} hours",
            "sec": f"{h:02d}:{mi:02d}:{s:02d}", "pdot": f"{h12}:{mi:02d} {ap[0].lower()}.m."}[fmt]


def old_age(rng: random.Random) -> str:
    return str(rng.randint(90, 104))


def young_age(rng: random.Random) -> int:
    return rng.randint(19, 88)


def mrn(rng: random.Random) -> str:
    return pick(rng, [f"{rng.randint(1000000, 9999999)}", f"{rng.randint(10000000, 99999999):08d}",
                      f"E{rng.randint(100000, 999999)}", f"MR-{rng.randint(100000, 999999)}"])


def accession(rng: random.Random) -> str:
    return pick(rng, [f"RAD{rng.randint(24, 26)}-{rng.randint(100000, 999999)}", f"A{rng.randint(10**8, 10**9 - 1)}",
                      f"{rng.randint(24, 26)}CT{rng.randint(10000, 99999)}", f"ACC{rng.randint(1000000, 9999999)}"])


def ssn(rng: random.Random) -> str:
    return f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"


def phone(rng: random.Random) -> str:
    a = pick(rng, ["312", "614", "503", "404", "919", "715", "208"])
    x = f"{rng.randint(0, 99):02d}"
    return pick(rng, [f"({a}) 555-01{x}", f"{a}-555-01{x}", f"{a}.555.01{x}", f"+1 {a} 555 01{x}",
                      f"1-{a}-555-01{x}"])


def email(rng: random.Random, name: str | None = None) -> str:
    base = (name or person(rng, "fl")).lower().replace("'", "").replace(" ", ".")
    base = "".join(c for c in base if c.isascii())
    return f"{base}@{pick(rng, DOMAINS)}"


def ip(rng: random.Random) -> str:
    return pick(rng, [f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                      f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                      f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])


def street(rng: random.Random) -> str:
    s = f"{rng.randint(12, 9890)} {pick(rng, STREETS)}"
    return s + pick(rng, ["", "", f" Apt {rng.randint(1, 30)}{pick(rng, 'ABCD')}", f" Unit {rng.randint(100, 420)}"])


def city(rng: random.Random) -> tuple[str, str, str]:
    return pick(rng, CITIES)


def facility(rng: random.Random) -> str:
    return pick(rng, FACILITIES)


def plan_id(rng: random.Random) -> str:
    return pick(rng, [f"{''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{rng.randint(10**8, 10**9 - 1)}",
                      f"W{rng.randint(10**7, 10**8 - 1)}-{rng.randint(10, 99)}", f"MCD{rng.randint(10**6, 10**7 - 1)}"])


def account(rng: random.Random) -> str:
    return pick(rng, [f"{rng.randint(10**7, 10**8 - 1)}", f"HAR{rng.randint(10**6, 10**7 - 1)}",
                      f"V{rng.randint(10**8, 10**9 - 1)}"])


def serial(rng: random.Random) -> str:
    return pick(rng, [f"SN{rng.randint(100000, 999999)}", f"{rng.randint(10, 99)}{pick(rng, 'ABKX')}{rng.randint(1000, 9999)}-{rng.randint(10, 99)}",
                      f"MX-{rng.randint(2000, 9999)}-{rng.choice('ABCDEFGH')}{rng.randint(100, 999)}"])


def url(rng: random.Random, acc: str | None = None) -> str:
    host = pick(rng, ["portal.example.com", "pacs.stbrendan.example.org", "share.example.net",
                      f"{ip(rng)}:8080"])
    tail = acc or f"{rng.randint(10**5, 10**6)}"
    return pick(rng, [f"https://{host}/viewer?acc={tail}", f"https://{host}/records/{tail}",
                      f"http://{host}/wado?studyUID=1.2.840.{rng.randint(10**5, 10**6)}.{tail}"])


def measurement(rng: random.Random) -> str:
    a = rng.randint(3, 60) / 10
    return pick(rng, [f"{a} cm", f"{rng.randint(2, 25)} mm", f"{a} x {rng.randint(3, 50) / 10} cm",
                      f"{rng.randint(3, 19)} x {rng.randint(3, 19)} mm"])
