"""Core helpers for blind35: inline span markers, invented pools, per-document context."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

_MARK = re.compile(r"«([A-Za-z_0-9]+)\|(.*?)»", re.S)


def M(kind: str, value: str) -> str:
    """Inline marker: upper-case kind = PHI type, lower-case = keep label."""
    return f"«{kind}|{value}»"


def P(v): return M("PERSON", v)
def DT(v): return M("DATE_TIME", v)
def K(label, v): return M(label, v)


def parse(marked: str) -> tuple[str, list[dict], list[dict]]:
    out, phi, keep, pos, n = [], [], [], 0, 0
    for m in _MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        n += len(marked[pos:m.start()])
        kind, val = m.group(1), m.group(2)
        assert val and val == val.strip(), (kind, val)
        span = {"start": n, "end": n + len(val)}
        if kind.isupper():
            phi.append({**span, "type": kind, "text": val})
        else:
            keep.append({**span, "label": kind, "text": val})
        out.append(val)
        n += len(val)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "«" not in text and "»" not in text
    return text, phi, keep


GIVEN = ["Aaliyah", "Bartholomew", "Chidi", "Dagny", "Eero", "Fatima", "Guadalupe", "Hamish", "Ines", "Jun",
         "Kalani", "Lorcan", "Mirela", "Nnamdi", "Oksana", "Pradeep", "Quynh", "Rosalind", "Saoirse", "Tomasz",
         "Ulla", "Vikram", "Wen", "Xochitl", "Yusuf", "Zuzana", "Beatriz", "Cormac", "Dmitri", "Esperanza",
         "Folake", "Gunnar", "Hideo", "Ifeoma", "Jolene", "Kwame", "Leilani", "Mateus", "Niamh", "Obinna",
         "Priya", "Rafferty", "Svetlana", "Thandiwe", "Ugo", "Valentina", "Wojciech", "Yara", "Zeynep", "Bo",
         "Ty", "Marguerite", "Delphine", "Anh", "Tobias", "Agnieszka", "Rashida", "Emeka", "Lucinda", "Søren",
         "José", "Renée", "Mei-Ling", "Jean-Baptiste", "Abigail", "Harold", "Dolores", "Cletus", "Wilhelmina"]
FAMILY = ["Baker", "Long", "Hill", "Young", "Bell", "Graves", "Parker", "Stone", "Rivers", "O'Donnell",
          "D'Amato", "van der Berg", "de la Cruz", "Al-Hakim", "Nakamura-Ross", "Okonkwo", "Müller", "Núñez",
          "Søndergaard", "MacLeod", "Fitzgerald", "Abernathy-Cole", "Oyelaran", "Thistlewood", "Kowalczyk",
          "Nguyen", "Tran", "Abebe", "Mwangi", "Haddad", "Rosenthal", "Petrovic", "Castellanos", "Ng", "Wu",
          "Featherstonehaugh", "Delacroix", "Ivanova", "Brightwater", "Okafor", "Villanueva", "Przybylski",
          "St. Clair", "McAllister", "Lindqvist", "Papadakis", "Ben-David", "Yilmaz", "Quispe", "Achterberg",
          "Kealoha", "Chaudhry", "Moreau", "Fairweather", "Underhill", "Paget", "Kerr-Whitlock", "Le"]
NICK = ["Bubba", "Kiki", "Tex", "Mimi", "Sonny", "Dot", "Chip", "Nana"]
MIDDLE = ["A", "B", "C", "D", "E", "J", "K", "L", "M", "R", "S", "T", "W", ""]

FACILITIES = ["Millbrook Regional Hospital", "Saint Wendeline Medical Center", "Cedar Hollow Imaging",
              "Larkspur Valley Clinic", "Greywater Community Hospital", "Northmere Orthopedic Institute",
              "Bramblewood Cancer Pavilion", "Harrowgate Children's Hospital", "Quillan Bay Outpatient Imaging",
              "Pinecrest Veterans Clinic", "Thornbury Women's Imaging Center", "Ostrander Heart Institute"]
FAC_SHORT = ["MRH", "SWMC", "CHI", "LVC", "GCH", "NOI", "BCP", "HCH", "QBOI", "PVC", "TWIC", "OHI"]
CITIES = ["Fenwick Falls", "Lower Abbotsford", "Marrowgate", "Tillamine", "Westhaven Ridge", "Quorra",
          "Ashcombe", "Dunmore Springs", "Kettleby", "Port Evander", "Saltmarsh", "Elderford"]
STATES = ["MA", "OR", "OH", "NM", "WI", "GA", "VT", "MN", "AZ", "ME", "KY", "NE"]
STREETS = ["Larchmont Terrace", "Quarry Hill Rd", "Oxbow Lane", "Featherbed Ave", "Tamarack Court",
           "Old Mill Pike", "Cobbler's Row", "Juniper Hollow Dr", "Wrenfield St", "Bellweather Blvd",
           "Sassafras Way", "Gantry Road"]
DOMAINS = ["radnet.example.org", "millbrook-health.example.org", "cedarhollow.example.com", "greywater.example.net",
           "iface-vendor.example.com", "mail.example.net", "patientmail.example.com"]
AREAS = ["617", "503", "614", "505", "608", "706", "802", "612", "480", "207", "859", "402"]

EPONYMS = ["Baker cyst", "Graves disease", "Paget disease", "Hill-Sachs lesion", "Bankart lesion",
           "Chiari I malformation", "Schmorl node", "Klatskin tumor", "Meckel diverticulum", "Colles fracture",
           "Monteggia fracture", "Kerley B lines", "Crohn disease", "Hashimoto thyroiditis", "Wilms tumor",
           "Bell palsy", "Segond fracture", "Jones fracture", "Morton neuroma", "Tarlov cyst", "Parkinson disease",
           "Osgood-Schlatter disease", "Cushing syndrome", "Hodgkin lymphoma"]
ANATOMY = ["right upper lobe", "left lower lobe", "left kidney", "medial meniscus", "pancreatic head",
           "right hepatic lobe", "left adrenal gland", "sigmoid colon", "common bile duct", "right thyroid lobe",
           "anterior cruciate ligament", "left parietal lobe", "urinary bladder", "left breast", "right ovary"]
SCORES = ["BI-RADS 4", "LI-RADS 3", "TI-RADS 4", "PI-RADS 5", "Lung-RADS 2", "Bosniak IIF", "ASPECTS 9",
          "Fazekas 2", "Kellgren-Lawrence grade 3", "O-RADS 3", "BI-RADS 0", "Lung-RADS 4A"]
SEQUENCES = ["T2 FLAIR", "DWI", "ADC", "T1 post-contrast", "STIR", "SWI", "GRE", "3D MPRAGE", "DCE", "T2 HASTE"]
LEVELS = ["L4-L5", "C5-C6", "T12", "L5-S1", "C2", "T7", "L1", "C6-C7", "T4-T5"]
MODALITIES = {"CT": ["CT", "CTA"], "MR": ["MRI", "MR"], "US": ["ultrasound", "US"], "XR": ["XR", "radiograph"],
              "MG": ["mammogram", "MG"]}
EXAMS = {"CT": ["CT ABD/PELVIS W", "CT CHEST WO", "CTA HEAD/NECK", "CT L-SPINE WO"],
         "MR": ["MRI KNEE LT WO", "MRI BRAIN W/WO", "MR L-SPINE WO", "MRI PELVIS PROSTATE"],
         "US": ["US ABDOMEN COMPLETE", "US THYROID", "US PELVIS TV", "US RENAL"],
         "XR": ["XR CHEST 2V", "XR KNEE 3V RT", "XR WRIST LT", "XR L-SPINE 2V"],
         "MG": ["MG SCREEN BILAT TOMO", "MG DIAG LT", "MG DIAG BILAT", "US BREAST LT"]}
CREDS = ["MD", "DO", "RT(R)", "RN", "PA-C", "NP", "RDMS", "RT(R)(CT)", "PhD", "MD, PhD"]
ORGANS = [a for a in ANATOMY if a not in ("medial meniscus", "anterior cruciate ligament", "urinary bladder")]
HEADERS = ["FINDINGS", "IMPRESSION", "HISTORY", "TECHNIQUE", "COMPARISON", "INDICATION"]


class Person:
    def __init__(self, rng, caps_family=False):
        self.given = rng.choice(GIVEN)
        self.family = rng.choice(FAMILY)
        self.mid = rng.choice(MIDDLE)
        self.nick = rng.choice(NICK) if rng.random() < 0.12 else ""

    def full(self): return f"{self.given} {self.family}"
    def fm(self): return f"{self.given} {self.mid + '. ' if self.mid else ''}{self.family}"
    def lf(self): return f"{self.family}, {self.given}"
    def caps(self): return f"{self.family.upper()}, {self.given.upper()}{' ' + self.mid if self.mid else ''}"
    def hl7(self): return f"{self.family.upper()}^{self.given.upper()}{'^' + self.mid if self.mid else ''}"
    def init(self): return f"{self.given[0]}. {self.family}"
    def fname(self): return f"{_slug(self.family).upper()}_{_slug(self.given).upper()}"

    def login(self, rng):
        g, f = _slug(self.given).lower(), _slug(self.family).lower()
        return rng.choice([g[0] + f, f"{f}.{g}", f"{g}_{f[0]}", f"{g}.{f}", f[:7] + g[0], f"{g[0]}{f}{rng.randint(1, 9)}"])

    def email(self, rng, dom=None):
        g, f = _slug(self.given).lower(), _slug(self.family).lower()
        return f"{rng.choice([g + '.' + f, g[0] + f, f + g[0]])}@{dom or rng.choice(DOMAINS)}"

    def any(self, rng):
        return rng.choice([self.full(), self.lf(), self.caps(), self.init(), self.fm(), self.full()])


def _slug(s: str) -> str:
    table = str.maketrans({"ø": "o", "ü": "u", "ú": "u", "é": "e", "Ø": "O", "Ü": "U", "Ñ": "N", "ñ": "n", "É": "E"})
    return re.sub(r"[^A-Za-z]", "", s.translate(table))


DATE_FMTS = ["%m/%d/%Y", "{m}/{d}/%y", "%Y-%m-%d", "%d-%b-%Y", "%B {d}, %Y", "%d %B %Y", "%b {d}, %Y", "%Y%m%d", "%m-%d-%Y"]


def fdate(rng, d, fmt=None) -> str:
    f = fmt or rng.choice(DATE_FMTS)
    return d.strftime(f.replace("{m}", str(d.month)).replace("{d}", str(d.day)))


def ftime(rng, t: datetime, fmt=None) -> str:
    f = fmt or rng.choice(["%H:%M", "%H:%M:%S", "12h", "%H%M hours", "12hp"])
    if f == "12h":
        return f"{t.hour % 12 or 12}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"
    if f == "12hp":
        return f"{t.hour % 12 or 12}:{t.minute:02d} {'a.m.' if t.hour < 12 else 'p.m.'}"
    return t.strftime(f)


class Ctx:
    """Everything invented for one document."""

    def __init__(self, rng):
        r = self.rng = rng
        self.pt = Person(r)
        self.pt2 = Person(r)
        self.rad, self.ref, self.tech, self.eng, self.eng2 = (Person(r) for _ in range(5))
        self.old = r.random() < 0.3
        self.age = r.randint(90, 104) if self.old else r.randint(19, 88)
        self.when = datetime(2026, 1, 5, 6, 0) + timedelta(minutes=r.randint(0, 150 * 24 * 60))
        self.dob = date(self.when.year - self.age, r.randint(1, 12), r.randint(1, 28))
        self.mrn = r.choice([f"{r.randint(10**7, 10**8 - 1)}", f"K{r.randint(10**6, 10**7 - 1)}", f"00{r.randint(10**5, 10**6 - 1)}"])
        self.mrn2 = f"{r.randint(10**7, 10**8 - 1)}"
        self.acc = r.choice([f"RA26{r.randint(10**5, 10**6 - 1)}", f"ACC{r.randint(10**6, 10**7 - 1)}", f"X26-{r.randint(10**5, 10**6 - 1)}"])
        self.acc2 = f"RA26{r.randint(10**5, 10**6 - 1)}"
        self.ssn = f"9{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}"
        self.area = r.choice(AREAS)
        self.phone = self.mkphone()
        self.street = f"{r.randint(2, 9899)} {r.choice(STREETS)}" + (f" Apt {r.randint(1, 40)}{r.choice('ABC')}" if r.random() < 0.3 else "")
        self.city = r.choice(CITIES)
        self.state = r.choice(STATES)
        self.zip = f"{r.randint(10000, 99899):05d}"
        self.plan = r.choice([f"XQH{r.randint(10**8, 10**9 - 1)}", f"MBR-{r.randint(10**6, 10**7 - 1)}-01", f"W{r.randint(10**7, 10**8 - 1)}"])
        self.acct = r.choice([f"V{r.randint(10**8, 10**9 - 1)}", f"AC-{r.randint(10**6, 10**7 - 1)}", f"HAR{r.randint(10**7, 10**8 - 1)}"])
        fi = r.randrange(len(FACILITIES))
        self.fac, self.fac_short = FACILITIES[fi], FAC_SHORT[fi]
        self.fac2 = r.choice([f for f in FACILITIES if f != self.fac])
        self.ip = r.choice([f"10.{r.randint(0, 254)}.{r.randint(0, 254)}.{r.randint(2, 254)}",
                            f"192.168.{r.randint(0, 254)}.{r.randint(2, 254)}",
                            f"172.{r.randint(16, 31)}.{r.randint(0, 254)}.{r.randint(2, 254)}"])
        self.ip2 = f"10.{r.randint(0, 254)}.{r.randint(0, 254)}.{r.randint(2, 254)}"
        self.serial = r.choice([f"SN{r.randint(10**5, 10**6 - 1)}", f"CTX-{r.randint(1000, 9999)}-{r.choice('ABCDEFGH')}{r.randint(1, 9)}",
                                f"MRQ{r.randint(10**4, 10**5 - 1)}K", f"PV7-{r.randint(10**6, 10**7 - 1)}"])
        self.mod = r.choice(list(EXAMS))
        self.exam = r.choice(EXAMS[self.mod])
        self.dom = r.choice(DOMAINS[:4])

    def mkphone(self):
        r = self.rng
        n = f"555-01{r.randint(0, 99):02d}"
        return r.choice([f"({self.area}) {n}", f"{self.area}-{n}", f"{self.area}.{n.replace('-', '.')}", f"+1 {self.area} {n}"])

    def later(self, minutes_lo=5, minutes_hi=600):
        return self.when + timedelta(minutes=self.rng.randint(minutes_lo, minutes_hi))


def finding(rng, mod=None) -> str:
    """A short clinical phrase with keep markers."""
    r = rng
    opts = [
        lambda: f"{K('measurement', f'{r.randint(3, 40) / 10:.1f} cm')} nodule in the {K('anatomy', r.choice(ORGANS))}",
        lambda: f"{K('eponym', r.choice(EPONYMS))}, unchanged",
        lambda: f"disc protrusion at {K('vertebral_level', r.choice(LEVELS))}",
        lambda: f"{K('score', r.choice(SCORES))}",
        lambda: f"restricted diffusion on {K('sequence', r.choice(SEQUENCES))}",
        lambda: f"{K('measurement', f'{r.randint(4, 30)} mm')} lesion, {K('anatomy', r.choice(ANATOMY))}",
        lambda: f"compression deformity of {K('vertebral_level', r.choice(LEVELS))}, {K('measurement', f'{r.randint(10, 50)}%')} height loss",
        lambda: f"possible {K('eponym', r.choice(EPONYMS))}",
    ]
    return r.choice(opts)()


def modword(rng, mod):
    return K("modality", rng.choice(MODALITIES[mod]))


def agem(c) -> str:
    return M("AGE_OVER_89", str(c.age)) if c.old else K("age_under_90", str(c.age))


def logts(c, t=None, sep=" ", ms=","):
    """Log timestamp as separate date and time spans."""
    t = t or c.later(0, 30)
    return f"{DT(t.strftime('%Y-%m-%d'))}{sep}{DT(t.strftime('%H:%M:%S') + f'{ms}{c.rng.randint(0, 999):03d}')}"
