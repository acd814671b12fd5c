"""Invented pools and the per-document context for blind39."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from b39_core import B, K, P

FIRST = ["José", "Zoë", "Renée", "Siobhán", "Björn", "Mary", "Declan", "Aoife", "François", "Inés", "Kwame",
         "Priya", "Thaddeus", "Marisol", "Noël", "Hyun-woo", "Gráinne", "Dolores", "Anneliese", "Tobías",
         "Wendell", "Ngozi", "Léa", "Ruairí", "Octavia", "Saoirse", "Émile", "Juniper", "Cormac", "Ximena",
         "Bartholomew", "Fenella", "Matías", "Odalys", "Lorcan", "Henrietta"]
LAST = ["O'Brien", "D'Souza", "O'Connell", "Müller", "Nuñez", "García-Peña", "Lefèvre", "Baker", "Bell", "Hill",
        "Young", "Graves", "Long", "Kowalczyk", "Nakashima", "Okonkwo", "Adebayo-Lewis", "Van der Berg",
        "St. Clair", "MacAllister", "Ó Dálaigh", "Smythe-Jones", "Brännström", "Quiñones", "Ferreira",
        "Thistlewood", "Achterberg", "Delacroix", "Villanueva", "Oyelaran", "Halvorsen", "Ruiz de León",
        "Pettigrew", "Castellanos", "Dumont-Roy", "Whitcombe"]
MIDDLE = ["A", "B", "C", "E", "J", "K", "L", "M", "R", "T"]
FACILITIES = ["Harrowgate Valley Medical Center", "St. Brendan's Imaging Institute", "Lakemoor Children's Hospital",
              "Corrigan & Hale Radiology Associates", "Meridian Ridge Outpatient Imaging", "Fairholt Regional Hospital",
              "Our Lady of Ardmore Hospital", "Pinecrest \"Open MRI\" Center", "Kestrel Bay Community Hospital",
              "Saint-Aubin Diagnostic Clinic"]
CITIES = [("Brackenridge", "PA"), ("Ellsworth Falls", "ME"), ("San Tomás", "NM"), ("Coeur d'Argent", "ID"),
          ("Millbrook Hollow", "VT"), ("Port Kessling", "WA"), ("Alder Springs", "OR"), ("Wexford Junction", "OH"),
          ("Lindell", "MN"), ("Cañon Verde", "AZ")]
STREETS = ["Quarry Lane", "O'Hara Street", "Calle Peñasco", "Tamarack Court", "Old Mill Road", "Fenwick Avenue",
           "Greystone Blvd", "Larkspur Way", "Hollister Drive", "Bishop's Row"]
DOMAINS = ["example.com", "example.org", "example.net", "mail.example.com", "portal.example.org"]

EPONYMS = ["Baker cyst", "Schmorl node", "Hill-Sachs lesion", "Bankart lesion", "Kerley B lines", "Segond fracture",
           "Colles fracture", "Morton neuroma", "Chiari I malformation", "Paget disease", "Graves disease",
           "Osgood-Schlatter disease", "Monteggia fracture", "Tornwaldt cyst", "Klatskin tumor", "Hoffa fat pad",
           "Bochdalek hernia", "Meckel diverticulum", "Stener lesion", "Tarlov cyst"]
ANATOMY = ["right lower lobe", "left adrenal gland", "medial meniscus", "pancreatic head", "left renal upper pole",
           "anterior cruciate ligament", "supraspinatus tendon", "right hepatic lobe", "sigmoid colon",
           "left frontal lobe", "common bile duct", "thyroid isthmus", "right ovary", "left kidney",
           "gallbladder", "splenic flexure", "lingula", "left parietal lobe", "posterior horn", "prostate"]
LEVELS = ["L4-L5", "L5-S1", "C5-C6", "C6-C7", "T12", "L1", "T7-T8", "C2", "L3", "S1", "T11-T12", "C4-C5"]
MEAS = ["1.4 cm", "8 mm", "3.2 x 2.1 cm", "11 mm", "2.7 cm", "4 mm", "6.5 x 4.0 x 3.8 cm", "15 mm", "0.9 cm",
        "23 mm", "5.1 cm", "7 x 6 mm"]
SCORES = ["BI-RADS 4", "BI-RADS 2", "LI-RADS 3", "TI-RADS 4", "Lung-RADS 3", "PI-RADS 4", "Bosniak IIF",
          "Fazekas grade 2", "ASPECTS 9", "O-RADS 3", "BI-RADS 0", "Lung-RADS 2"]
SEQUENCES = ["T2-weighted", "FLAIR", "DWI", "STIR", "T1 post-contrast", "GRE", "ADC map", "SWI", "T1 fat-sat",
             "proton density"]
MODS = {"CT": ["CT", "CTA", "CT abdomen/pelvis"], "MR": ["MRI", "MR", "MRCP"], "US": ["ultrasound", "US", "Doppler"],
        "XR": ["radiograph", "XR", "chest X-ray"], "MG": ["mammogram", "tomosynthesis", "MG"]}
CREDS = ["MD", "DO", "RT(R)", "RN", "PA-C", "NP", "RDMS", "MBBS", "RT(R)(CT)", "FRCR"]
HEADERS = ["FINDINGS", "IMPRESSION", "TECHNIQUE", "COMPARISON", "HISTORY", "INDICATION", "CONCLUSION"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def fmt_date(rng: random.Random, y: int, m: int, d: int, style: str | None = None) -> str:
    style = style or rng.choice(["us", "iso", "dmy", "long", "short", "us2", "compact", "mdy_dash", "dmy_long"])
    mon = MONTHS[m - 1]
    return {"us": f"{m:02d}/{d:02d}/{y}", "iso": f"{y}-{m:02d}-{d:02d}", "dmy": f"{d:02d}-{mon[:3]}-{y}",
            "long": f"{mon} {d}, {y}", "short": f"{mon[:3]} {d}, {y}", "us2": f"{m}/{d}/{y % 100:02d}",
            "compact": f"{y}{m:02d}{d:02d}", "mdy_dash": f"{m:02d}-{d:02d}-{y}", "dmy_long": f"{d} {mon} {y}",
            "md": f"{m}/{d}", "mon_d": f"{mon} {d}"}[style]


def fmt_time(rng: random.Random, h: int, mi: int, style: str | None = None) -> str:
    style = style or rng.choice(["24", "12", "hrs", "sec", "pm_dots"])
    h12 = h % 12 or 12
    ap = "AM" if h < 12 else "PM"
    return {"24": f"{h:02d}:{mi:02d}", "12": f"{h12}:{mi:02d} {ap}", "hrs": f"{h:02d}{mi:02d} hours",
            "sec": f"{h:02d}:{mi:02d}:{(h * 7 + mi) % 60:02d}", "pm_dots": f"{h12}:{mi:02d} {ap[0].lower()}.m.",
            "iso": f"{h:02d}:{mi:02d}:00"}[style]


@dataclass
class Person:
    first: str
    last: str
    mid: str

    def fl(self) -> str:
        return f"{self.first} {self.last}"

    def lf(self) -> str:
        return f"{self.last}, {self.first}"

    def caps(self) -> str:
        return f"{self.last.upper()}, {self.first.upper()} {self.mid}"

    def init(self) -> str:
        return f"{self.first[0]}. {self.last}"

    def login(self) -> str:
        raw = (self.first[0] + self.last).lower()
        return "".join(c for c in raw if c.isascii() and c.isalpha())

    def any(self, rng: random.Random) -> str:
        return rng.choice([self.fl(), self.lf(), self.caps(), self.init(), f"{self.first} {self.mid}. {self.last}"])


@dataclass
class Ctx:
    rng: random.Random
    modality: str
    pt: Person
    ref: Person
    rad: Person
    tech: Person
    rel: Person
    rel_role: str
    age: int
    dob: tuple
    exam: tuple
    hm: tuple
    mrn: str
    acc: str
    ssn: str
    phone: str
    phone2: str
    email: str
    url: str
    ip: str
    street: str
    city: str
    state: str
    zip: str
    fac: str
    fac2: str
    plan: str
    acct: str
    serial: str
    extra: dict = field(default_factory=dict)

    def date(self, which: str = "exam", style: str | None = None) -> str:
        y, m, d = {"exam": self.exam, "dob": self.dob}[which]
        return fmt_date(self.rng, y, m, d, style)

    def later(self, days: int, style: str | None = None) -> str:
        y, m, d = self.exam
        d2 = d + days
        m2 = m + (d2 - 1) // 28
        d2 = (d2 - 1) % 28 + 1
        y2 = y + (m2 - 1) // 12
        m2 = (m2 - 1) % 12 + 1
        return fmt_date(self.rng, y2, m2, d2, style)

    def time(self, plus: int = 0, style: str | None = None) -> str:
        h, mi = self.hm
        tot = h * 60 + mi + plus
        return fmt_time(self.rng, (tot // 60) % 24, tot % 60, style)


def _person(rng: random.Random, used: set) -> Person:
    while True:
        p = Person(rng.choice(FIRST), rng.choice(LAST), rng.choice(MIDDLE))
        if p.first not in used and p.last not in used:
            used.update({p.first, p.last})
            return p


def make_ctx(rng: random.Random, modality: str) -> Ctx:
    used: set = set()
    pt, ref, rad, tech, rel = (_person(rng, used) for _ in range(5))
    age = rng.choice([rng.randint(90, 103), rng.randint(24, 88), rng.randint(40, 86)])
    ey, em, ed = 2025 + rng.randint(0, 1), rng.randint(1, 12), rng.randint(1, 28)
    dob = (ey - age - (1 if em < 6 else 0), rng.randint(1, 12), rng.randint(1, 28))
    city, state = rng.choice(CITIES)
    dom = rng.choice(DOMAINS)
    who = rng.choice([pt, rel])
    email = f"{who.login()}{rng.randint(1, 99)}@{dom}"
    host = rng.choice(["portal", "pacs", "images", "share", "viewer"]) + "." + rng.choice(DOMAINS[:3])
    acc = rng.choice([f"ACC{rng.randint(10**7, 10**8 - 1)}", f"{modality}-26-{rng.randint(10**5, 10**6 - 1)}",
                      f"E{rng.randint(10**8, 10**9 - 1)}"])
    url = rng.choice([f"https://{host}/results/{rng.randint(10**5, 10**6 - 1)}?view=full",
                      f"https://{host}/study?acc={acc}&pt=1",
                      f"http://{host}/viewer/#/{rng.randint(10**6, 10**7 - 1)}"])
    ip = rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                     f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                     f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])
    return Ctx(
        rng=rng, modality=modality, pt=pt, ref=ref, rad=rad, tech=tech, rel=rel,
        rel_role=rng.choice(["daughter", "son", "wife", "husband", "niece", "mother", "partner", "grandson"]),
        age=age, dob=dob, exam=(ey, em, ed), hm=(rng.randint(6, 22), rng.randint(0, 59)),
        mrn=rng.choice([f"MRN{rng.randint(10**6, 10**7 - 1)}", f"{rng.randint(10**7, 10**8 - 1)}",
                        f"M-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"]),
        acc=acc, ssn=f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
        phone=rng.choice([f"(555) 01{rng.randint(0, 99):02d}", f"555-01{rng.randint(0, 99):02d}",
                          f"+1 {rng.randint(201, 989)} 555 01{rng.randint(0, 99):02d}",
                          f"{rng.randint(201, 989)}-555-01{rng.randint(0, 99):02d}"]),
        phone2=f"{rng.randint(201, 989)}.555.01{rng.randint(0, 99):02d}",
        email=email, url=url, ip=ip,
        street=f"{rng.randint(3, 9899)} {rng.choice(STREETS)}" + rng.choice(["", "", f", Apt {rng.randint(1, 40)}B",
                                                                           f" #{rng.randint(100, 999)}"]),
        city=city, state=state, zip=f"{rng.randint(10000, 99950):05d}",
        fac=rng.choice(FACILITIES), fac2=rng.choice(FACILITIES),
        plan=rng.choice([f"XKP{rng.randint(10**8, 10**9 - 1)}", f"{rng.randint(1, 9)}EG{rng.randint(1, 9)}-TE5-MK{rng.randint(10, 99)}",
                         f"WHP-{rng.randint(10**6, 10**7 - 1)}-0{rng.randint(1, 4)}"]),
        acct=rng.choice([f"HAR{rng.randint(10**7, 10**8 - 1)}", f"{rng.randint(10**9, 10**10 - 1)}",
                         f"ACCT-{rng.randint(10**5, 10**6 - 1)}"]),
        serial=rng.choice([f"SN{rng.randint(10**6, 10**7 - 1)}", f"PJN{rng.randint(10**5, 10**6 - 1)}H",
                           f"RLA{rng.randint(1000, 9999)}-{rng.randint(100, 999)}"]),
    )


# ---------------------------------------------------------------- clinical content with keep spans
def finding(rng: random.Random, ctx: Ctx) -> B:
    """One clinical sentence carrying keep spans."""
    m = rng.choice(MODS[ctx.modality])
    choices = [
        lambda: B().tpl("There is a {e} measuring {m} in the {a}.", e=K(rng.choice(EPONYMS), "eponym"),
                        m=K(rng.choice(MEAS), "measurement"), a=K(rng.choice(ANATOMY), "anatomy")),
        lambda: B().tpl("Disc protrusion at {l} with mild foraminal narrowing; no cord signal change on {s} images.",
                        l=K(rng.choice(LEVELS), "vertebral_level"), s=K(rng.choice(SEQUENCES), "sequence")),
        lambda: B().tpl("Nodule in the {a} now {m} (previously smaller in {y}), {sc}.",
                        a=K(rng.choice(ANATOMY), "anatomy"), m=K(rng.choice(MEAS), "measurement"),
                        y=K(str(rng.randint(2015, 2023)), "year"), sc=K(rng.choice(SCORES), "score")),
        lambda: B().tpl("{mod} shows a {m} lesion in the {a} \u2014 overall {sc}.", mod=K(m, "modality"),
                        m=K(rng.choice(MEAS), "measurement"), a=K(rng.choice(ANATOMY), "anatomy"),
                        sc=K(rng.choice(SCORES), "score")),
        lambda: B().tpl("Compression deformity of {l}, about {m} height loss; incidental {e}.",
                        l=K(rng.choice(LEVELS), "vertebral_level"), m=K(rng.choice(["20%", "30%", "40%"]), "measurement"),
                        e=K(rng.choice(EPONYMS), "eponym")),
        lambda: B().tpl("Restricted diffusion on {s} in the {a}, {m} focus.", s=K(rng.choice(SEQUENCES), "sequence"),
                        a=K(rng.choice(ANATOMY), "anatomy"), m=K(rng.choice(MEAS), "measurement")),
        lambda: B().tpl("Findings are stable compared with the {y} {mod}.", y=K(str(rng.randint(2012, 2024)), "year"),
                        mod=K(m, "modality")),
        lambda: B().tpl("No acute abnormality. Incidental {e} again noted near the {a}.", e=K(rng.choice(EPONYMS), "eponym"),
                        a=K(rng.choice(ANATOMY), "anatomy")),
        lambda: B().tpl("Mild degenerative change {l} through {l2}; canal is patent.", l=K(rng.choice(LEVELS[:6]), "vertebral_level"),
                        l2=K(rng.choice(LEVELS[6:]), "vertebral_level")),
        lambda: B().tpl("Hypoechoic {a} lesion, {m}, with internal flow – {sc}; recommend biopsy.",
                        a=K(rng.choice(ANATOMY), "anatomy"), m=K(rng.choice(MEAS), "measurement"), sc=K(rng.choice(SCORES), "score")),
        lambda: B().tpl("{s} hyperintensity in the {a} (max {m}), likely post-traumatic.", s=K(rng.choice(SEQUENCES), "sequence"),
                        a=K(rng.choice(ANATOMY), "anatomy"), m=K(rng.choice(MEAS), "measurement")),
        lambda: B().tpl("{mod} limited by motion; the {a} is not well seen. Suggest repeat.", mod=K(m, "modality"),
                        a=K(rng.choice(ANATOMY), "anatomy")),
        lambda: B().tpl("Interval growth of the {a} mass from {m} to {m2} since {y}.", a=K(rng.choice(ANATOMY), "anatomy"),
                        m=K(rng.choice(MEAS[:6]), "measurement"), m2=K(rng.choice(MEAS[6:]), "measurement"),
                        y=K(str(rng.randint(2016, 2024)), "year")),
        lambda: B().tpl("Classic appearance of {e}. {sc} — benign.", e=K(rng.choice(EPONYMS), "eponym"),
                        sc=K(rng.choice(["BI-RADS 2", "Bosniak II", "LI-RADS 1", "TI-RADS 1"]), "score")),
    ]
    return rng.choice(choices)()


def findings(rng: random.Random, ctx: Ctx, n: int, sep: str = " ") -> B:
    b = B()
    for i in range(n):
        if i:
            b.t(sep)
        b.add(finding(rng, ctx))
    return b


def age_phrase(rng: random.Random, ctx: Ctx) -> B:
    lab = ("AGE_OVER_89", "P") if ctx.age > 89 else ("age_under_90", "K")
    tup = (str(ctx.age), lab[1], lab[0])
    return B().tpl(rng.choice(["{a}-year-old", "{a} yo", "{a} y/o", "{a}-yr-old"]), a=tup)


def age_tuple(ctx: Ctx) -> tuple:
    return (str(ctx.age), "P", "AGE_OVER_89") if ctx.age > 89 else (str(ctx.age), "K", "age_under_90")


def cred(rng: random.Random) -> tuple:
    return K(rng.choice(CREDS[:4] + ["MD", "MD", "DO"]), "credential")


def hdr(name: str) -> tuple:
    return K(name, "section_header")
