"""Shared builder, pools and formatters for the blind17 corpus (invented people and identifiers)."""

from __future__ import annotations

import datetime as dt

PHI = {"PERSON", "DATE_TIME", "AGE_OVER_89", "MRN", "ACCESSION", "SSN", "PHONE", "EMAIL", "URL", "IP_ADDRESS",
       "STREET_ADDRESS", "CITY", "ZIP", "FACILITY", "HEALTH_PLAN_ID", "ACCOUNT_ID", "DEVICE_SERIAL"}
KEEP = {"eponym", "anatomy", "vertebral_level", "measurement", "score", "sequence", "age_under_90", "year",
        "modality", "credential", "section_header"}

FIRST = ["Siobhan", "Oluwaseun", "Thanh", "Priya", "Mateus", "Ingrid", "Kwame", "Yuki", "Fatima", "Dmitri",
         "Esperanza", "Tariq", "Aoife", "Bongani", "Mei-Ling", "Rafael", "Hope", "Grace", "Joy", "Faith",
         "Lakshmi", "Bartholomew", "Zofia", "Tomasz", "Amara", "Keanu", "Nadia", "Ximena", "Olufemi", "Haruto",
         "Sven", "Leilani", "Carmen", "Declan", "Anh", "Rivka", "Mustafa", "Guadalupe", "Bjorn", "Chiamaka",
         "Wen", "Aleksandra", "Jamal", "Marisol", "Ewan", "Sunita", "Tevita", "Margarethe", "Rosario", "Ike",
         "Delphine", "Kofi", "Saoirse", "Anjali", "Joaquim", "Yerlan", "Hana", "Ezekiel", "Dolores", "Patrice"]
LAST = ["Baker", "Bell", "Hill", "Graves", "Long", "Young", "Paget", "Cushing", "Nguyen", "Okonkwo", "Fitzgerald",
        "Kowalczyk", "Haddad", "Ramirez", "Takahashi", "Mbeki", "Oyelaran", "Castellanos", "Lindqvist", "Petrov",
        "O'Sullivan", "Abernathy", "Bui", "Delacroix", "Sandoval", "Achterberg", "Mukherjee", "Van der Berg",
        "Al-Rashid", "Szabo", "Kealoha", "Iyer", "Moreno-Diaz", "Oduya", "Wojcik", "Chatterjee", "Street",
        "Little", "Frost", "Winter", "Fox", "Park", "Kaur", "Tran", "Eriksen", "Galloway", "Obi", "Papadopoulos",
        "Yilmaz", "Lefebvre", "Honda", "Mahlangu", "Quispe", "Rosenthal", "Brennan", "Adeyemi", "Novak",
        "Ferreira", "Hashemi", "Gutierrez", "McAllister", "Ostrowski", "Tanaka", "Ncube", "Delgado", "Keller"]
STREETS = ["Maple Ave", "Orchard Lane", "N Kedzie Blvd", "Calle del Sol", "Pinecrest Dr", "W 143rd St",
           "Harbor View Rd", "Old Mill Rd", "Magnolia Ct", "Bayou Bend", "Juniper Way", "E Colfax Ave",
           "Quarry Hill Rd", "Sycamore St", "Lighthouse Pt", "Prairie Wind Cir", "Cedar Hollow Ln"]
CITIES = [("Tulsa", "OK"), ("Spokane", "WA"), ("Dayton", "OH"), ("Fresno", "CA"), ("Savannah", "GA"),
          ("Duluth", "MN"), ("Laredo", "TX"), ("Burlington", "VT"), ("Boise", "ID"), ("Lowell", "MA"),
          ("Flagstaff", "AZ"), ("Gary", "IN"), ("Bangor", "ME"), ("Macon", "GA"), ("Yakima", "WA"),
          ("Cheyenne", "WY"), ("Paterson", "NJ"), ("Lafayette", "LA"), ("Provo", "UT"), ("Scranton", "PA")]
FAC_A = ["St. Brigid", "Lakeshore", "Cedar Ridge", "Mount Tabor", "Riverbend", "Good Shepherd", "Sagebrush",
         "Harborview Heights", "Willow Creek", "Prairie Star", "Blue Heron", "Saint Casimir", "Tamarack"]
FAC_B = ["Medical Center", "Regional Hospital", "Imaging Associates", "Community Hospital", "Health System",
         "Women's Imaging Center", "Children's Hospital", "Rehabilitation & Nursing", "Outpatient Imaging"]

# (pieces) findings: tuples are keep spans
FINDINGS = [
    ["There is a ", ("measurement", "2.3 x 1.9 cm"), " complex cyst in the ", ("anatomy", "popliteal fossa"),
     ", consistent with a ", ("eponym", "Baker cyst"), "."],
    ["Mild disc bulge at ", ("vertebral_level", "L4-L5"), " and ", ("vertebral_level", "L5-S1"),
     " without canal stenosis."],
    ["Hyperintense focus on ", ("sequence", "T2 FLAIR"), " in the ", ("anatomy", "left frontal lobe"),
     " measuring ", ("measurement", "7 mm"), "."],
    ["Findings most in keeping with ", ("eponym", "Crohn disease"), " involving the ", ("anatomy", "terminal ileum"), "."],
    ["Assessment: ", ("score", "BI-RADS 4"), ". Irregular mass ", ("measurement", "11 mm"), " in the ",
     ("anatomy", "right breast"), " at 10 o'clock."],
    ["Interstitial edema with ", ("eponym", "Kerley B lines"), " at the ", ("anatomy", "lung bases"), "."],
    ["Known ", ("eponym", "Hodgkin lymphoma"), "; ", ("anatomy", "mediastinal"), " nodes now ",
     ("measurement", "1.4 cm"), " short axis."],
    ["Restricted diffusion on ", ("sequence", "DWI"), " in the ", ("anatomy", "right caudate"), "."],
    ["Bone marrow edema on ", ("sequence", "STIR"), " at ", ("vertebral_level", "T12"), ", acute compression."],
    ["Displaced distal radius fracture (", ("eponym", "Colles fracture"), ") with ", ("measurement", "4 mm"),
     " dorsal angulation."],
    ["Nodule ", ("measurement", "6 mm"), " in the ", ("anatomy", "right upper lobe"), "; ", ("score", "Lung-RADS 3"), "."],
    ["Enlarged heterogeneous gland, ", ("eponym", "Hashimoto thyroiditis"), " pattern; ", ("score", "TI-RADS 4"),
     " nodule ", ("measurement", "1.8 cm"), "."],
    ["Renal lesion ", ("score", "Bosniak IIF"), ", ", ("measurement", "2.1 cm"), ", ", ("anatomy", "left kidney"), "."],
    ["Microhemorrhages on ", ("sequence", "SWI"), "; history of ", ("eponym", "Parkinson disease"), "."],
    ["Adnexal lesion ", ("score", "O-RADS 3"), ", ", ("measurement", "3.2 x 2.8 cm"), "."],
    ["Enhancing lesion on ", ("sequence", "T1 post-contrast"), " near the ", ("anatomy", "cerebellopontine angle"), "."],
    ["Foraminal narrowing at ", ("vertebral_level", "C5-C6"), ", ", ("anatomy", "right"), " greater than left."],
    ["Observation ", ("score", "LI-RADS 3"), " in ", ("anatomy", "segment 7"), ", ", ("measurement", "14 mm"), "."],
    ["Lesion ", ("score", "PI-RADS 4"), " in the ", ("anatomy", "peripheral zone"), ", ", ("measurement", "9 mm"), "."],
    ["Adrenal nodularity; clinical question of ", ("eponym", "Cushing syndrome"), "."],
    ["Atrophic adrenals, known ", ("eponym", "Addison disease"), "."],
    ["Facial nerve enhancement, compatible with ", ("eponym", "Bell palsy"), "."],
    ["Large renal mass in child, favor ", ("eponym", "Wilms tumor"), ", ", ("measurement", "8.5 cm"), "."],
    ["Ulnar shaft fracture with radial head dislocation (", ("eponym", "Monteggia fracture"), ")."],
    ["Posterolateral humeral head defect (", ("eponym", "Hill-Sachs lesion"), ")."],
    ["Expanded cortex of the ", ("anatomy", "pelvis"), ", compatible with ", ("eponym", "Paget disease"), "."],
    ["Diffusely enlarged thyroid, ", ("eponym", "Graves disease"), "."],
    ["Tonsillar descent ", ("measurement", "7 mm"), ", ", ("eponym", "Chiari I malformation"), "."],
    ["Small ", ("eponym", "Schmorl node"), " at ", ("vertebral_level", "L2"), "."],
    ["Solid pulmonary nodule ", ("measurement", "5 mm"), ", follow ", ("score", "Fleischner"), " guidelines."],
]
MODS = ["CT", "MRI", "US", "XR", "MG"]


class Doc:
    """Appends text and records spans as they are written."""

    def __init__(self):
        self.parts: list[str] = []
        self.n = 0
        self.phi: list[dict] = []
        self.keep: list[dict] = []

    def __call__(self, *items):
        for it in items:
            if it is None:
                continue
            if isinstance(it, str):
                self.parts.append(it)
                self.n += len(it)
                continue
            label, value = it
            assert value == value.strip() and value, (label, value)
            span = {"start": self.n, "end": self.n + len(value)}
            if label in PHI:
                self.phi.append({**span, "type": label, "text": value})
            elif label in KEEP:
                self.keep.append({**span, "label": label, "text": value})
            else:
                raise ValueError(label)
            self.parts.append(value)
            self.n += len(value)
        return self

    def text(self) -> str:
        return "".join(self.parts)


class Person:
    def __init__(self, first, last, mi):
        self.first, self.last, self.mi = first, last, mi


class Gen:
    def __init__(self, rng):
        self.r = rng
        self.base = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(0, 600))

    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def person(self):
        return Person(self.pick(FIRST), self.pick(LAST), self.pick("ABCDEFGHJKLMNPRSTW"))

    def name(self, p=None, fmt=None):
        p = p or self.person()
        fmt = fmt or self.pick(["LF", "FL", "FML", "IL", "Lf", "LFM"])
        return {"LF": f"{p.last.upper()}, {p.first.upper()}", "LFM": f"{p.last.upper()}, {p.first.upper()} {p.mi}",
                "FL": f"{p.first} {p.last}", "FML": f"{p.first} {p.mi}. {p.last}", "IL": f"{p.first[0]}. {p.last}",
                "Lf": f"{p.last}, {p.first}", "L": p.last, "F": p.first, "HL7": f"{p.last.upper()}^{p.first.upper()}^{p.mi}",
                "lower": f"{p.first.lower()} {p.last.lower()}"}[fmt]

    def day(self, back=0, fwd=0):
        return self.base + dt.timedelta(days=self.r.randint(-back, fwd))

    def date(self, d=None, fmt=None):
        d = d or self.day(30, 30)
        fmt = fmt or self.pick(["mdY", "mdy", "iso", "dbY", "BdY", "dBY", "bdY", "compact", "m-d-Y", "b.d", "md",
                                "Bd", "mdY"])
        m, dd, y = d.month, d.day, d.year
        return {"mdY": f"{m:02d}/{dd:02d}/{y}", "mdy": f"{m}/{dd}/{y % 100:02d}", "iso": d.isoformat(),
                "dbY": d.strftime("%d-%b-%Y"), "BdY": f"{d:%B} {dd}, {y}", "dBY": f"{dd} {d:%B} {y}",
                "bdY": f"{d:%b} {dd}, {y}", "compact": d.strftime("%Y%m%d"), "m-d-Y": f"{m:02d}-{dd:02d}-{y}",
                "b.d": f"{d:%b}. {dd}" if d.month != 5 else f"May {dd}", "md": f"{m}/{dd}", "Bd": f"{d:%B} {dd}",
                "DMY": f"{dd:02d}/{m:02d}/{y}"}[fmt]

    def dob(self, old=False, fmt=None):
        y = self.r.randint(1926, 1935) if old else self.r.randint(1940, 2018)
        d = dt.date(y, self.r.randint(1, 12), self.r.randint(1, 28))
        return self.date(d, fmt or self.pick(["mdY", "iso", "dbY", "BdY", "m-d-Y", "mdY"]))

    def time(self, fmt=None):
        h, mi, s = self.r.randint(0, 23), self.r.randint(0, 59), self.r.randint(0, 59)
        fmt = fmt or self.pick(["hm", "ampm", "hours", "hms", "a.m.", "hm", "hhmm"])
        h12 = h % 12 or 12
        return {"hm": f"{h:02d}:{mi:02d}", "ampm": f"{h12}:{mi:02d} {'AM' if h < 12 else 'PM'}",
                "hours": f"{h:02d}{mi:02d} hours", "hms": f"{h:02d}:{mi:02d}:{s:02d}",
                "a.m.": f"{h12}:{mi:02d} {'a.m.' if h < 12 else 'p.m.'}", "hhmm": f"{h:02d}{mi:02d}h"}[fmt]

    def digits(self, n):
        return "".join(self.pick("0123456789") for _ in range(n))

    def mrn(self):
        return self.pick([lambda: self.digits(8), lambda: "E" + self.digits(7), lambda: self.digits(3) + "-" +
                          self.digits(2) + "-" + self.digits(3), lambda: "MR" + self.digits(6)])()

    def acc(self):
        return self.pick([lambda: "A1" + self.digits(8), lambda: self.pick(["CT", "MR", "US", "NM", "XR"]) +
                          f"{self.r.randint(24, 26)}-" + self.digits(6), lambda: "RAD" + self.digits(7)])()

    def ssn(self):
        return self.pick([f"{self.r.randint(100, 665)}-{self.digits(2)}-{self.digits(4)}", "XXX-XX-" + self.digits(4),
                          f"{self.r.randint(100, 665)}{self.digits(6)}"])

    def phone(self):
        a, x = self.r.randint(201, 989), f"01{self.digits(2)}"
        return self.pick([f"({a}) 555-{x}", f"{a}-555-{x}", f"{a}.555.{x}", f"+1 {a} 555 {x}", f"555-{x}"])

    def email(self, p=None):
        p = p or self.person()
        user = self.pick([f"{p.first}.{p.last}", f"{p.first[0]}{p.last}", f"{p.last}{self.digits(2)}"])
        user = user.lower().replace(" ", "").replace("'", "")
        return f"{user}@{self.pick(['example.com', 'example.org', 'example.net'])}"

    def ip(self):
        return self.pick([f"10.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(2, 254)}",
                          f"192.168.{self.r.randint(0, 255)}.{self.r.randint(2, 254)}",
                          f"172.{self.r.randint(16, 31)}.{self.r.randint(0, 255)}.{self.r.randint(2, 254)}"])

    def url(self, tail=""):
        host = self.pick(["portal.example.org", "pacs.example.net", "share.example.com", "mychart.example.org"])
        return f"https://{host}/{self.pick(['view', 'study', 'pt', 'img'])}/{tail or self.digits(9)}"

    def street(self):
        s = f"{self.r.randint(12, 9870)} {self.pick(STREETS)}"
        return s + self.pick(["", "", f", Apt {self.r.randint(1, 40)}{self.pick('ABCD')}", f" Unit {self.r.randint(2, 300)}"])

    def city(self):
        return self.pick(CITIES)

    def zip(self):
        return self.digits(5) + self.pick(["", "", "-" + self.digits(4)])

    def facility(self):
        return f"{self.pick(FAC_A)} {self.pick(FAC_B)}"

    def plan(self):
        return self.pick([lambda: self.pick(["XQH", "BCX", "UHN", "KPW"]) + self.digits(9),
                          lambda: f"{self.r.randint(1, 9)}{self.pick('EGHJK')}{self.pick('ACDEFG')}{self.digits(1)}-"
                                  f"{self.pick('TKMNP')}{self.pick('ACDE')}{self.digits(1)}-{self.pick('MKRT')}"
                                  f"{self.pick('KLNP')}{self.digits(2)}",
                          lambda: "W" + self.digits(8) + self.pick(["01", "02", "03"])])()

    def account(self):
        return self.pick([lambda: "V" + self.digits(8), lambda: self.digits(10), lambda: "HAR" + self.digits(7),
                          lambda: "FIN-" + self.digits(6)])()

    def serial(self):
        return self.pick([lambda: self.pick(["PJN", "RNT", "BLK", "MZX"]) + self.digits(6),
                          lambda: f"{self.digits(4)}-{self.digits(2)}{self.pick('XKZ')}",
                          lambda: "SN" + self.digits(3) + self.pick("ABCDEF") + self.digits(5)])()

    def old_age(self):
        return str(self.r.randint(90, 104))

    def young_age(self):
        a = self.r.randint(18, 88)
        return self.pick([f"{a}-year-old", f"{a}Y", f"{a} yo", f"{a} y/o", f"{a}-yr-old"])

    def finding(self, d, n=1):
        for j, f in enumerate(self.r.sample(FINDINGS, n)):
            d(" " if j else "", *f)

    def times(self, n, fmt=None):
        """n increasing times of one day, one format."""
        fmt = fmt or self.pick(["hm", "hours", "hhmm", "ampm"])
        t = self.r.randint(0, 20 * 60)
        out = []
        for _ in range(n):
            t = min(t + self.r.randint(3, 40), 23 * 60 + 59)
            h, m = divmod(t, 60)
            h12 = h % 12 or 12
            out.append({"hm": f"{h:02d}:{m:02d}", "hours": f"{h:02d}{m:02d} hours", "hhmm": f"{h:02d}{m:02d}",
                        "ampm": f"{h12}:{m:02d} {'AM' if h < 12 else 'PM'}"}[fmt])
        return out

    def age(self, d, old=None):
        """Age phrase: over 89 -> number only is PHI; otherwise whole phrase is age_under_90."""
        old = self.chance(0.35) if old is None else old
        if not old:
            d(("age_under_90", self.young_age()))
            return
        a = self.old_age()
        form = self.pick(["{}-year-old", "{} yo", "{}Y", "{} y/o", "age {}", "{} years"])
        pre, post = form.split("{}")
        d(pre, ("AGE_OVER_89", a), post)

    def year(self):
        return str(self.r.randint(2008, 2024))

    def addr_block(self, d, sep="\n", city=None):
        c, st = city or self.city()
        d(("STREET_ADDRESS", self.street()), sep, ("CITY", c), f", {st} ", ("ZIP", self.zip()))
