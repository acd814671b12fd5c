"""Core builder and invented value pools for the blind34 corpus (all values fictitious)."""

from __future__ import annotations

PHI_TYPES = {
    "PERSON", "DATE_TIME", "AGE_OVER_89", "MRN", "ACCESSION", "SSN", "PHONE", "EMAIL", "URL", "IP_ADDRESS",
    "STREET_ADDRESS", "CITY", "ZIP", "FACILITY", "HEALTH_PLAN_ID", "ACCOUNT_ID", "DEVICE_SERIAL",
}

FIRST = ["Odalys", "Teodor", "Marisol", "Kwabena", "Ingrid", "Rafferty", "Yusra", "Bartholomew", "Ximena", "Lorcan",
         "Delphine", "Anselm", "Priyanka", "Casimir", "Wren", "Thaddeus", "Noor", "Evander", "Saoirse", "Ignatius",
         "Luz", "Hollis", "Mireille", "Oluwaseun", "Birgit", "Cormac", "Zofia", "Amadou", "Henrietta", "Joaquin",
         "Faye", "Lennox", "Rosalind", "Tiberius", "Ama", "Ferris", "June", "Rocco", "Ottilie", "Dashiell"]
LAST = ["Baker", "Bell", "Hill", "Graves", "Young", "Long", "Paget", "Parkinson", "Crane", "Whitlock", "Oyelaran",
        "Vasquez-Oduya", "van der Meulen", "O'Shaughnessy", "de la Fuente", "Kowalczyk", "Thistlewood", "Achterberg",
        "Nakashima-Reyes", "St. Aubin", "MacFarlane", "Brightwater", "Quenneville", "Ferreira da Silva", "Holloway",
        "Lindqvist", "Mbeki-Carr", "Delacroix", "Abernathy", "Rutherford-Ngo", "Sandoval", "Wojcik", "Fairweather",
        "Okonkwo", "Lévesque", "Drummond", "Castellanos", "Pemberton", "Marchetti", "Chikwanha"]
FACILITIES = ["Quillfeather Regional Medical Center", "St. Brigid of the Dunes Hospital", "Harrowgate Children's Hospital",
              "Lanternfield Imaging Pavilion", "Mercy Ashcombe Medical Center", "Tallowmere Community Hospital",
              "Brookhallow Cancer Institute", "Ravensmoor VA Medical Center", "Kestrel Point Outpatient Imaging",
              "Elmsworth Women's Health Center", "Cobalt Ridge Surgical Hospital", "Saltmarsh County General"]
FAC_SHORT = ["QRMC", "Harrowgate Children's", "Lanternfield", "Mercy Ashcombe", "Tallowmere", "Brookhallow",
             "Kestrel Point", "Elmsworth"]
STREETS = ["Larkspur Ln", "Quarry Hollow Rd", "Tinker Street", "Wexford Ave", "Old Mill Pike", "Sorrel Ct",
           "Beacon Hill Terrace", "Alder Bend Dr", "Cobbler's Row", "Harbor Gate Blvd", "Fenwick Way", "Juniper Cir"]
CITIES = ["Marrowgate", "Fennick Falls", "Port Ellery", "Ashby Crossing", "Wolcott Springs", "Dunmere",
          "Greyhaven", "Linden Vale", "Saltash Bay", "Corvallis Heights", "New Tarrow", "Bramblewood"]
STATES = ["OR", "ME", "NM", "WI", "VT", "KY", "ID", "NE"]
DOMAINS = ["example.org", "example.com", "example.net", "mail.example.org", "radiology.example.net"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
EPONYMS = ["Baker cyst", "Parkinson disease", "Kerley B lines", "Hodgkin lymphoma", "Cushing syndrome",
           "Bell palsy", "Graves disease", "Paget disease", "Hill-Sachs lesion", "Bankart lesion", "Schmorl node",
           "Chiari I malformation", "Colles fracture", "Segond fracture", "Crohn disease", "Wilms tumor",
           "Osgood-Schlatter disease", "Meckel diverticulum", "Klatskin tumor", "Hashimoto thyroiditis",
           "Monteggia fracture", "Addison disease", "Morton neuroma", "Tietze syndrome"]
ANATOMY = ["left breast", "right breast", "liver", "right kidney", "left adrenal gland", "pancreatic head",
           "right lower lobe", "left upper lobe", "thyroid", "spleen", "left femoral neck", "distal radius",
           "medial meniscus", "pituitary", "common bile duct", "right ovary", "lumbar spine", "total hip",
           "axillary lymph nodes", "carotid bifurcation", "mediastinum", "gallbladder"]
LEVELS = ["C5-C6", "C6-C7", "L4-L5", "L5-S1", "T12", "L1", "T7", "C2", "L3-L4", "T11-T12"]
SEQUENCES = ["T2 FLAIR", "DWI", "STIR", "T1 post-contrast", "SWI", "ADC map", "T2 HASTE", "3D SPGR", "MRCP",
             "T1 VIBE", "PD fat-sat", "GRE"]
MODALITIES = ["CT", "MRI", "PET/CT", "ultrasound", "mammogram", "DXA", "CTA", "MR", "fluoroscopy", "tomosynthesis"]
CREDS = ["MD", "DO", "RN", "RT(R)", "RT(R)(CT)", "CNMT", "RDMS", "PA-C", "CHP", "NP", "BSN", "CCLS", "RT(M)", "LPN"]


class Doc:
    """Accumulates text with exact PHI and keep spans."""

    def __init__(self) -> None:
        self.buf: list[str] = []
        self.n = 0
        self.phi: list[dict] = []
        self.keep: list[dict] = []

    def add(self, *items) -> "Doc":
        for it in items:
            if it is None or it == "":
                continue
            if isinstance(it, str):
                self.buf.append(it)
                self.n += len(it)
                continue
            s, lab = it
            assert s and s == s.strip(), repr(s)
            span = {"start": self.n, "end": self.n + len(s)}
            if lab in PHI_TYPES:
                self.phi.append({**span, "type": lab, "text": s})
            else:
                self.keep.append({**span, "label": lab, "text": s})
            self.buf.append(s)
            self.n += len(s)
        return self

    def text(self) -> str:
        return "".join(self.buf)


class Person:
    def __init__(self, r, first=None, last=None):
        self.r = r
        self.first = first or r.choice(FIRST)
        self.last = last or r.choice(LAST)
        self.mid = r.choice("ABCDEFGHJKLMNPRSTW")

    def full(self):
        return (f"{self.first} {self.last}", "PERSON")

    def sur(self):
        return (self.last, "PERSON")

    def any(self):
        f, l, m, r = self.first, self.last, self.mid, self.r
        return (r.choice([f"{f} {l}", f"{l}, {f}", f"{l.upper()}, {f.upper()} {m}", f"{f[0]}. {l}",
                          f"{f} {m}. {l}", f"{l}^{f}^{m}", f"{l.upper()}, {f.upper()}", f"{f[0]}.{m}. {l}"]), "PERSON")

    def lower(self):
        return (self.r.choice([self.first.lower(), f"{self.first.lower()} {self.last.lower()}"]), "PERSON")

    def user(self):
        base = "".join(ch for ch in self.last.lower() if ch.isalpha())
        return (self.r.choice([f"{self.first[0].lower()}{base}", f"{base}.{self.first.lower()}",
                               f"{self.first.lower()}_{base[:6]}", f"{base}{self.mid.lower()}"]), "PERSON")

    def email(self):
        base = "".join(ch for ch in self.last.lower() if ch.isalpha())
        return (f"{self.r.choice([self.first.lower() + '.' + base, self.first[0].lower() + base])}"
                f"@{self.r.choice(DOMAINS)}", "EMAIL")

    def poss(self):
        """Possessive: returns (name-span, "'s") items."""
        return (self.last, "PERSON"), "'s"


class Gen:
    """Per-document random value factory; every method returns a (value, label) item."""

    def __init__(self, r) -> None:
        self.r = r

    def pick(self, *opts):
        return self.r.choice(opts)

    def maybe(self, p=0.5):
        return self.r.random() < p

    def person(self, **kw):
        return Person(self.r, **kw)

    def _ymd(self, y0=2024, y1=2026):
        return self.r.randint(y0, y1), self.r.randint(1, 12), self.r.randint(1, 28)

    def date(self, y0=2024, y1=2026, fmt=None):
        y, m, d = self._ymd(y0, y1)
        mo = MONTHS[m - 1]
        ords = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}
        fmts = [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}-{mo[:3]}-{y}",
                f"{mo} {d}, {y}", f"{m}/{d}", f"{mo} {d}", f"{d} {mo} {y}", f"{mo[:3]} {d}, {y}", f"{y}{m:02d}{d:02d}",
                f"{m:02d}-{d:02d}-{y}", f"{mo[:3]}. {d}", f"{d:02d}-{mo[:3]}-{y % 100:02d}", f"{mo} {d}{ords.get(d, 'th')}",
                f"{d}{ords.get(d, 'th')} of {mo}", f"{d:02d}.{m:02d}.{y}", f"{d}{mo[:3].upper()}{y}"]
        return (fmts[fmt] if fmt is not None else self.r.choice(fmts), "DATE_TIME")

    def dob(self, fmt=None):
        fmt = self.r.choice([0, 1, 2, 3, 4, 7, 8, 9, 10, 12, 15, 16]) if fmt is None else fmt
        return self.date(1926, 2016, fmt)

    def time(self, fmt=None):
        h, mi, s = self.r.randint(0, 23), self.r.randint(0, 59), self.r.randint(0, 59)
        h12 = h % 12 or 12
        ap = "AM" if h < 12 else "PM"
        fmts = [f"{h:02d}:{mi:02d}", f"{h12}:{mi:02d} {ap}", f"{h:02d}{mi:02d} hours", f"{h:02d}:{mi:02d}:{s:02d}",
                f"{h12}:{mi:02d} {ap.lower()[0]}.m.", f"{h12}:{mi:02d}{ap.lower()}", f"{h:02d}{mi:02d}h"]
        return (fmts[fmt] if fmt is not None else self.r.choice(fmts), "DATE_TIME")

    def iso_ts(self):
        y, m, d = self._ymd(2025, 2026)
        return (f"{y}-{m:02d}-{d:02d}T{self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}:"
                f"{self.r.randint(0, 59):02d}", "DATE_TIME")

    def digits(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def mrn(self, plain=False):
        d = self.digits(7)
        opts = [f"Q{d}", f"{d[:3]}-{d[3:5]}-{d[5:]}", f"00{d}", f"RM{d[:6]}"]
        if not plain:
            opts += [" ".join(d), f"E-{d}"]
        return (self.r.choice(opts), "MRN")

    def acc(self):
        return (self.r.choice([f"RAD{self.digits(9)}", f"{self.r.choice(['CT', 'MR', 'US', 'MG', 'NM'])}."
                               f"{self.digits(2)}.{self.digits(5)}", f"X{self.digits(8)}",
                               f"ACC-{self.digits(4)}-{self.digits(4)}"]), "ACCESSION")

    def ssn(self):
        a, b, c = self.r.randint(100, 665), self.r.randint(10, 99), self.r.randint(1000, 9999)
        return (self.r.choice([f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}"]), "SSN")

    def phone(self):
        ac = self.r.choice(["503", "207", "505", "608", "802", "859", "208", "402"])
        x = f"01{self.r.randint(0, 99):02d}"
        return (self.r.choice([f"({ac}) 555-{x}", f"{ac}-555-{x}", f"{ac}.555.{x}", f"+1 {ac} 555 {x}",
                               f"1-{ac}-555-{x}", f"{ac}/555-{x}"]), "PHONE")

    def ext(self):
        return (f"555-01{self.r.randint(0, 99):02d}", "PHONE")

    def ip(self):
        return (self.r.choice([f"10.{self.r.randint(0, 254)}.{self.r.randint(0, 254)}.{self.r.randint(2, 254)}",
                               f"192.168.{self.r.randint(0, 254)}.{self.r.randint(2, 254)}",
                               f"172.{self.r.randint(16, 31)}.{self.r.randint(0, 254)}.{self.r.randint(2, 254)}"]),
                "IP_ADDRESS")

    def url(self, key=None):
        key = key or self.digits(8)
        host = self.r.choice(["pacs", "viewer", "portal", "share", "img"]) + "." + self.r.choice(DOMAINS)
        return (self.r.choice([f"https://{host}/study/{key}", f"https://{host}/zfp?acc={key}&mode=ro",
                               f"http://{host}/launch/{key}/series/2", f"https://{host}/p/{key}"]), "URL")

    def street(self):
        n = self.r.randint(12, 9890)
        unit = self.r.choice(["", "", f" Apt {self.r.randint(1, 40)}{self.r.choice('ABCD')}", f" Unit {self.r.randint(2, 19)}",
                              f", #{self.r.randint(100, 999)}"])
        return (f"{n} {self.r.choice(STREETS)}{unit}", "STREET_ADDRESS")

    def city(self):
        return (self.r.choice(CITIES), "CITY")

    def state(self):
        return self.r.choice(STATES)

    def zip(self):
        return (self.r.choice([f"{self.r.randint(10000, 99899)}", f"{self.r.randint(10000, 99899)}-{self.digits(4)}"]), "ZIP")

    def addr(self, sep=", "):
        """Items for street, city, state and ZIP."""
        return [self.street(), sep, self.city(), ", ", self.state(), " ", self.zip()]

    def fac(self, short=False):
        return (self.r.choice(FAC_SHORT if short else FACILITIES), "FACILITY")

    def plan(self):
        return (self.r.choice([f"{self.r.choice(['WXB', 'HPN', 'QTA'])}{self.digits(9)}", f"1{self.r.choice('ACEFG')}"
                               f"{self.r.randint(1, 9)}{self.r.choice('KMNPQ')}-{self.r.choice('RTUV')}{self.digits(2)}-"
                               f"{self.r.choice('WXY')}{self.digits(2)}", f"MBR-{self.digits(6)}-{self.digits(2)}"]),
                "HEALTH_PLAN_ID")

    def account(self):
        return (self.r.choice([f"{self.digits(10)}", f"HAR {self.digits(8)}", f"V{self.digits(9)}",
                               f"{self.digits(3)}-{self.digits(6)}"]), "ACCOUNT_ID")

    def serial(self):
        return (self.r.choice([f"SN{self.digits(7)}", f"{self.r.choice(['GXR', 'MZT', 'KLP'])}-{self.digits(5)}-{self.r.choice('ABCDE')}",
                               f"{self.digits(4)}-{self.digits(4)}", f"TLD{self.digits(6)}"]), "DEVICE_SERIAL")

    def old(self):
        return (str(self.r.randint(90, 104)), "AGE_OVER_89")

    def young(self, lo=2, hi=89):
        return (str(self.r.randint(lo, hi)), "age_under_90")

    # keep spans
    def ep(self):
        return (self.r.choice(EPONYMS), "eponym")

    def anat(self):
        return (self.r.choice(ANATOMY), "anatomy")

    def lvl(self):
        return (self.r.choice(LEVELS), "vertebral_level")

    def meas(self):
        return (self.r.choice([f"{self.r.randint(2, 45) / 10:.1f} cm", f"{self.r.randint(3, 40)} mm",
                               f"{self.r.randint(3, 30)} x {self.r.randint(3, 30)} mm",
                               f"{self.r.randint(2, 9)}.{self.r.randint(0, 9)} x {self.r.randint(1, 9)}.{self.r.randint(0, 9)} cm",
                               f"{self.r.randint(50, 900)} HU"]), "measurement")

    def score(self, kind=None):
        opts = {"birads": f"BI-RADS {self.r.choice(['0', '3', '4A', '4B', '4C', '5'])}",
                "t": f"T-score {self.r.choice(['-', '-', '+'])}{self.r.randint(0, 3)}.{self.r.randint(0, 9)}",
                "lung": f"Lung-RADS {self.r.choice(['2', '3', '4A', '4B'])}",
                "tirads": f"TI-RADS {self.r.randint(2, 5)}", "gcs": f"GCS {self.r.randint(3, 15)}",
                "asa": f"ASA {self.r.choice(['I', 'II', 'III', 'IV'])}", "lirads": f"LI-RADS {self.r.choice(['3', '4', '5'])}"}
        return (opts[kind] if kind else self.r.choice(list(opts.values())), "score")

    def seq(self):
        return (self.r.choice(SEQUENCES), "sequence")

    def mod(self, v=None):
        return (v or self.r.choice(MODALITIES), "modality")

    def cred(self, v=None):
        return (v or self.r.choice(CREDS), "credential")

    def year(self):
        return (str(self.r.randint(1998, 2023)), "year")

    def hdr(self, s):
        return (s, "section_header")
