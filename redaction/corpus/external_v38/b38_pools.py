"""Invented pools and a per-document context (patient, staff, dates, identifiers) for blind38."""

from __future__ import annotations

import datetime as dt

FIRST_F = ["Ines", "Marisol", "Dagny", "Oluwaseun", "Priyanka", "Henrietta", "Ximena", "Bronwyn", "Yesenia", "Thuy",
           "Margit", "Lavinia", "Rosalind", "Chidinma", "Solveig", "Ebony", "Agnieszka", "Farah", "Leocadia", "Wren",
           "Concepcion", "Hollis", "Mireille", "Tamsin", "Nkechi", "Giedre", "Odalys", "Petra", "Junie", "Sunniva"]
FIRST_M = ["Teodoro", "Anselm", "Kwabena", "Radomir", "Esteban", "Lachlan", "Bartholomew", "Dmitri", "Cormac", "Thaddeus",
           "Ifeanyi", "Leopold", "Santino", "Hamish", "Yusuf", "Evander", "Casimir", "Florian", "Desmond", "Aurelio",
           "Torbjorn", "Marcellus", "Obadiah", "Ruairi", "Kenji", "Zoltan", "Benedikt", "Amadou", "Linus", "Gideon"]
LAST = ["Okonkwo-Reyes", "Valderrama", "Szczepanski", "Abernathy", "Thorsdottir", "Mbeki", "Castellanos", "Quackenbush",
        "Lindqvist", "Oyelaran", "Pettigrew", "Haldane", "Nakashima", "Villalobos", "Drummond", "Ferreira-Lutz",
        "Kowalczyk", "Ashworth", "Baptiste", "Yilmaz", "Gallagher", "Osei", "Marchetti", "Van Der Berg", "Whitlock",
        "Rasmussen", "Achebe", "Trinh", "Delacroix", "Montgomery", "Iwu", "Sorensen", "Fairbanks", "Kuznetsova",
        "O'Shaughnessy", "Berglund", "Castillo", "Hargreaves", "Ndiaye", "Polanski",
        # surnames that are also ordinary words or eponyms
        "Baker", "Graves", "Bell", "Hill", "Young", "Long", "Paget", "Crohn", "Wilson", "Frost", "Rivers", "Hale"]
NICK = {"Thaddeus": "Tad", "Bartholomew": "Bart", "Henrietta": "Hetty", "Rosalind": "Roz", "Leopold": "Leo",
        "Marcellus": "Marc", "Concepcion": "Connie", "Esteban": "Steve", "Dmitri": "Dima", "Agnieszka": "Aga"}
FACILITIES = ["Harrow Valley Medical Center", "St. Ottilie Regional Hospital", "Brackenridge Imaging Associates",
              "Lowell Crossing Outpatient Imaging", "Mercy Westvale Hospital", "Cedar Bluff Community Hospital",
              "North Tamarack Health", "Saint Anselm Imaging Pavilion", "Kestrel Point Medical Group",
              "Fenwick County General", "Ridgeline Orthopedic & Spine Center", "Bayhollow Women's Imaging"]
FAC_SHORT = {"Harrow Valley Medical Center": "HVMC", "Fenwick County General": "FCG",
             "North Tamarack Health": "NTH", "Mercy Westvale Hospital": "MWH"}
CITIES = ["Millbrook Falls", "East Harlow", "Quarry Junction", "Port Aldridge", "Wexcombe", "Tilden Heights",
          "Saltmarsh", "Brindle Creek", "Oakhaven", "New Bremerton", "Fallowfield", "Larkin Springs"]
STATES = ["MA", "OH", "WA", "NC", "MN", "OR", "PA", "GA", "WI", "CO"]
STREETS = ["Larkspur Ave", "Old Mill Rd", "Quintard Street", "Harbison Lane", "Pembroke Ct", "Juniper Hollow Dr",
           "Ashgrove Terrace", "Canal St", "Wendover Blvd", "Fieldstone Way", "Tupelo Circle", "Marlowe Road"]
MAIL_DOM = ["harrowvalley.example.org", "stottilie.example.net", "brackenridge-imaging.example.com",
            "ntamarack.example.org", "fenwickgen.example.net", "kestrelpoint.example.com"]
FREE_MAIL = ["mailbox.example.com", "inbox.example.net", "postal.example.org"]
AREA = ["617", "508", "216", "425", "919", "612", "503", "412", "404", "608"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
REL = ["daughter", "son", "wife", "husband", "sister", "brother", "niece", "granddaughter", "partner", "mother"]
MODELS = ["gpt-4o-2024-08-06", "gpt-4o-mini", "llama-3.1-70b-instruct", "rad-drafter-v2.3", "qwen2.5-32b-instruct",
          "mistral-large-2407", "claude-3-5-sonnet", "meditron-70b-q4"]


class Person:
    def __init__(self, rng, sex=None):
        self.sex = sex or rng.choice("FM")
        self.first = rng.choice(FIRST_F if self.sex == "F" else FIRST_M)
        self.last = rng.choice(LAST)
        self.mi = rng.choice("ABCDEFGHJKLMNPRSTW")
        self.rng = rng

    def form(self, kind=None):
        """A rendering of the name as pieces; titles outside the span."""
        r = self.rng
        kind = kind or r.choice(["full", "full", "lastfirst", "caps", "init", "mi", "title", "last"])
        P = "PERSON"
        if kind == "full":
            return [(f"{self.first} {self.last}", P)]
        if kind == "mi":
            return [(f"{self.first} {self.mi}. {self.last}", P)]
        if kind == "lastfirst":
            return [(f"{self.last}, {self.first}", P)]
        if kind == "caps":
            return [(f"{self.last.upper()}, {self.first.upper()} {self.mi}", P)]
        if kind == "hl7":
            return [(f"{self.last.upper()}^{self.first.upper()}^{self.mi}", P)]
        if kind == "init":
            return [(f"{self.first[0]}. {self.last}", P)]
        if kind == "lower":
            return [(f"{self.first.lower()} {self.last.lower()}", P)]
        if kind == "first":
            return [(NICK.get(self.first, self.first), P)]
        if kind == "title":
            return [("Mrs. " if self.sex == "F" else "Mr. "), (self.last, P)]
        if kind == "lowtitle":
            return [("mrs " if self.sex == "F" else "mr "), (self.last.lower(), P)]
        if kind == "dr":
            return ["Dr. ", (self.last, P)]
        if kind == "drlow":
            return ["dr ", (self.last.lower(), P)]
        if kind == "last":
            return [(self.last, P)]
        if kind == "poss":
            return [(self.last, P), "'s"]
        if kind == "login":
            return [(self.login(), P)]
        if kind == "initials":
            return [(f"{self.first[0]}{self.mi}{self.last[0]}", P)]
        raise ValueError(kind)

    def login(self):
        return (self.first[0] + self.last.replace(" ", "").replace("'", "").replace("-", "")).lower()

    def email(self, dom):
        return f"{self.first.lower()}.{self.last.replace(' ', '').replace(chr(39), '').lower()}@{dom}"


def fmt_date(d: dt.date, r, style=None):
    style = style or r.choice(["us", "us", "iso", "short", "long", "dmy", "abbr", "md"])
    if style == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "short":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "iso":
        return d.isoformat()
    if style == "long":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "dmy":
        return f"{d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year}"
    if style == "abbr":
        return f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"
    if style == "md":
        return r.choice([f"{d.month}/{d.day}", f"{MONTHS[d.month - 1]} {d.day}"])
    if style == "compact":
        return f"{d.year}{d.month:02d}{d.day:02d}"
    raise ValueError(style)


def fmt_time(h, m, r, style=None):
    style = style or r.choice(["24", "24", "ampm", "hours", "sec"])
    if style == "24":
        return f"{h:02d}:{m:02d}"
    if style == "sec":
        return f"{h:02d}:{m:02d}:{r.randint(0, 59):02d}"
    if style == "hours":
        return f"{h:02d}{m:02d} hours"
    hh = h % 12 or 12
    return f"{hh}:{m:02d} {'AM' if h < 12 else 'PM'}" if r.random() < 0.7 else f"{hh}:{m:02d} {'am' if h < 12 else 'pm'}"


class Ctx:
    """Everything invented for one document."""

    def __init__(self, r):
        self.r = r
        self.pt = Person(r)
        self.rel = Person(r)
        self.rel.last = self.pt.last if r.random() < 0.6 else self.rel.last
        self.relation = r.choice(REL)
        self.ref = Person(r)
        self.rad = Person(r)
        self.rad2 = Person(r)
        self.res = Person(r)
        self.tech = Person(r)
        self.old = r.random() < 0.22
        self.age = r.randint(90, 102) if self.old else r.randint(19, 88)
        self.exam = dt.date(2026, 1, 1) + dt.timedelta(days=r.randint(0, 330))
        self.prior = self.exam - dt.timedelta(days=r.randint(60, 1400))
        self.dob = dt.date(self.exam.year - self.age, r.randint(1, 12), r.randint(1, 28))
        self.hm = (r.randint(6, 22), r.randint(0, 59))
        self.mrn = r.choice([f"{r.randint(10000000, 99999999)}", f"MR{r.randint(1000000, 9999999)}",
                             f"E{r.randint(100000000, 999999999)}", f"{r.randint(100, 999)}-{r.randint(1000, 9999)}-{r.randint(10, 99)}"])
        self.acc = r.choice([f"RAD{r.randint(10000000, 99999999)}", f"A{r.randint(2025, 2026)}-{r.randint(100000, 999999)}",
                             f"{r.choice(['CT', 'MR', 'US', 'XR', 'MG'])}{r.randint(1000000, 9999999)}"])
        self.acc_prior = f"OSH-{r.randint(100000, 999999)}"
        self.ssn = f"{r.randint(100, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}"
        self.plan = r.choice([f"XJH{r.randint(100000000, 999999999)}", f"W{r.randint(10000000, 99999999)}-01",
                              f"{r.randint(1, 9)}{r.choice('ACDEFGHJK')}{r.choice('ACDEFGHJK')}{r.randint(0, 9)}-"
                              f"{r.choice('ACDEFGHJK')}{r.choice('ACDEFGHJK')}{r.randint(0, 9)}-{r.choice('ACDEFGHJK')}{r.choice('ACDEFGHJK')}{r.randint(10, 99)}"])
        self.account = r.choice([f"HAR{r.randint(100000000, 999999999)}", f"ENC-{r.randint(1000000, 9999999)}",
                                 f"{r.randint(4000000000, 4999999999)}"])
        self.serial = r.choice([f"PJN{r.randint(100000, 999999)}H", f"SN-{r.randint(10000000, 99999999)}",
                                f"RZK{r.randint(1000, 9999)}{r.choice('ABCDEF')}{r.randint(10, 99)}"])
        self.phone = self.mkphone()
        self.phone2 = self.mkphone()
        self.street = f"{r.randint(12, 9870)} {r.choice(STREETS)}" + r.choice(["", "", f" Apt {r.randint(1, 40)}{r.choice('ABC')}", f" Unit {r.randint(100, 420)}"])
        self.city = r.choice(CITIES)
        self.state = r.choice(STATES)
        self.zip = f"{r.randint(10000, 99899):05d}"
        self.fac = r.choice(FACILITIES)
        self.fac2 = r.choice([f for f in FACILITIES if f != self.fac])
        self.dom = r.choice(MAIL_DOM)
        self.ip = r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                            f"192.168.{r.randint(0, 255)}.{r.randint(2, 254)}",
                            f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"])
        self.model = r.choice(MODELS)

    def mkphone(self):
        r = self.r
        a, x = r.choice(AREA), f"555-01{r.randint(0, 99):02d}"
        return r.choice([f"({a}) {x}", f"{a}-{x}", f"{a}.{x.replace('-', '.')}", f"+1 {a} {x}"])

    # convenience pieces
    def d(self, which="exam", style=None):
        return (fmt_date(getattr(self, which), self.r, style), "DATE_TIME")

    def tm(self, style=None, hm=None):
        h, m = hm or self.hm
        return (fmt_time(h, m, self.r, style), "DATE_TIME")

    def age_piece(self, suffix="-year-old"):
        return [(str(self.age), "AGE_OVER_89" if self.age >= 90 else "age_under_90"), suffix]

    def sexword(self):
        return "woman" if self.pt.sex == "F" else "man"

    def url(self):
        r = self.r
        host = r.choice(["pacs", "viewer", "ris", "enterprise-viewer"]) + "." + self.dom
        return r.choice([f"https://{host}/study?acc={self.acc}", f"https://{host}/launch?mrn={self.mrn}&ctx=rad",
                         f"http://{self.ip}:8042/app/explorer.html#study?uid=1.2.840.{r.randint(10000, 99999)}.{r.randint(1, 999)}",
                         f"https://{host}/wado/studies/{r.randint(100000, 999999)}"])
