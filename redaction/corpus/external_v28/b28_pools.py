"""Invented names, places, identifiers, dates and clinical look-alikes for the blind28 corpus."""

from __future__ import annotations

import datetime as dt
import random

FIRST = [
    "Margaret", "Harold", "Dolores", "Walter", "Imogen", "Terrence", "Bernadette", "Desmond", "Ruth", "Clarence",
    "Priya", "Oluwaseun", "Xiaoming", "Fatima", "Kwame", "Aigerim", "Thanh", "Siobhan", "Mateo", "Yusuf",
    "Ngozi", "Haruto", "Ines", "Tomasz", "Leilani", "Rajesh", "Marisol", "Dmitri", "Agnieszka", "Kofi",
    "Joy", "Hope", "Grace", "Faith", "Rich", "Sunny", "Dawn", "Buck", "June", "Will",
]
NICK = {"Margaret": "Peggy", "Harold": "Hal", "Walter": "Walt", "Terrence": "Terry", "Bernadette": "Bernie",
        "Desmond": "Dez", "Clarence": "Clancy", "Dmitri": "Dima", "Tomasz": "Tomek", "Rajesh": "Raj",
        "Oluwaseun": "Seun", "Agnieszka": "Aga", "Mateo": "Teo", "Will": "Billy"}
LAST = [
    "Baker", "Bell", "Hill", "Graves", "Young", "Long", "Paget", "Mason", "Hunter", "Marsh", "Church", "Sharp",
    "Little", "Cross", "Moody", "Frost", "Booker", "Lovejoy", "Stone", "Wolff",
    "O'Neill", "McAllister", "D'Souza", "van der Berg", "de la Cruz", "Al-Sayed", "St. Clair", "ben Ami",
    "Nguyen", "Raghunathan", "Adeyemi", "Chen", "Mensah", "Nurlanovna", "Okonkwo", "Takahashi", "Kowalczyk",
    "Fitzgerald-Ryan", "Haddad", "Oyelaran-Smith", "Papadopoulos", "Castellanos", "Lindqvist", "Abernathy",
    "Villanueva", "Gupta", "Iwu", "Zielinski",
]
MIDDLE = "ABCDEFGHJKLMNPRSTW"

CITIES = [("Millbrook", "NY"), ("Harlow Falls", "VT"), ("Cedar Bluff", "AL"), ("Port Anselm", "ME"),
          ("New Carthage", "OH"), ("Wexford", "PA"), ("Sweetwater", "TX"), ("Grand Marais", "MN"),
          ("Bellhaven", "NC"), ("Hope", "AR"), ("Paradise Valley", "AZ"), ("St. Ignace", "MI"),
          ("Eau Galle", "WI"), ("Kettle Falls", "WA"), ("Lewiston", "ID"), ("Marfa", "TX")]
STREETS = ["Baker Street", "Hill Road", "Mill Pond Lane", "Church St", "Old County Rd", "Frontage Rd",
           "Cherry Hollow Dr", "Kingsbury Ave", "N. Main St.", "Route 9W", "Laurel Ct", "Pleasant View Terrace"]
UNITS = ["", "", "", " Apt 4B", " Unit 12", " #3", ", Apt. 210", " Lot 17"]
FACILITIES = [
    "St. Brendan's Medical Center", "Northgate Imaging", "Maple Ridge Care Home", "Harlow Falls Community Hospital",
    "Riverside Diagnostic Center", "Cedar Bluff Regional", "Mercy Crossing Hospital", "Pinegrove Rehab & Nursing",
    "Lakeshore Cancer Institute", "Sweetwater Rural Health Clinic", "Holy Redeemer Hospital",
    "Bellhaven Orthopedic Associates", "Wexford Valley Medical Group", "Grand Marais Family Clinic",
]
DOMAINS = ["example.com", "example.org", "example.net"]

EPONYMS = ["Baker cyst", "Bell palsy", "Graves disease", "Paget disease", "Hill-Sachs lesion", "Bankart lesion",
           "Schmorl node", "Chiari I malformation", "Kerley B lines", "Colles fracture", "Segond fracture",
           "Jones fracture", "Smith fracture", "Osgood-Schlatter disease", "Hodgkin lymphoma", "Crohn disease",
           "Hashimoto thyroiditis", "Meckel diverticulum", "Klatskin tumor", "Charcot foot", "Morton neuroma",
           "Brodie abscess", "Cushing syndrome", "Addison disease", "Parkinson disease", "Monteggia fracture"]
ANATOMY = ["left lower lobe", "right upper lobe", "medial malleolus", "calcaneus", "costophrenic angle",
           "splenium", "corpus callosum", "left anterior descending artery", "right hepatic lobe", "pleura",
           "first metatarsal head", "lateral tibial plateau", "frontal lobe", "subdural space", "hilum",
           "glenoid", "distal radius", "sacrum", "pancreatic head", "left adnexa"]
LEVELS = ["C5-C6", "L4-L5", "T12", "L5-S1", "C2", "T7-T8", "L1", "C6-C7", "T4", "L3-L4"]
SCORES = ["BI-RADS 4", "BI-RADS 2", "LI-RADS 3", "TI-RADS 4", "PI-RADS 4", "Lung-RADS 2", "Lung-RADS 4A",
          "Bosniak IIF", "O-RADS 3", "CAD-RADS 2", "Bosniak 2", "BI-RADS 0", "LI-RADS 5"]
SEQUENCES = ["T2 FLAIR", "DWI", "SWI", "STIR", "T1 post-contrast", "GRE", "DTI", "ADC map", "T2 fat-sat"]
MODALITIES = ["CT", "MRI", "US", "XR"]
CREDS = ["MD", "DO", "RT(R)", "RN", "PA-C", "NP", "RDMS", "MBBS", "FACR", "RT(R)(CT)"]
HEADERS = ["FINDINGS", "IMPRESSION", "HISTORY", "TECHNIQUE", "COMPARISON", "INDICATION"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


class Person:
    def __init__(self, rng: random.Random) -> None:
        self.first = rng.choice(FIRST)
        self.last = rng.choice(LAST)
        self.mi = rng.choice(MIDDLE)
        self.rng = rng

    def full(self) -> str:
        return f"{self.first} {self.last}"

    def any(self, formal: bool = False) -> str:
        r = self.rng
        forms = [f"{self.first} {self.last}", f"{self.first} {self.mi}. {self.last}", (f"{self.last.upper()}, "
                 f"{self.first.upper()} {self.mi}"), f"{self.last}, {self.first}", f"{self.first[0]}. {self.last}",
                 f"{self.first[0]}{self.mi} {self.last}"]
        if not formal:
            forms += [f"{self.first.lower()} {self.last.lower()}", self.first, self.nick(), self.last.upper()]
        return r.choice(forms)

    def nick(self) -> str:
        return NICK.get(self.first, self.first)

    def hl7(self) -> str:
        return f"{self.last.upper().replace(' ', '')}^{self.first.upper()}^{self.mi}"

    def email(self) -> str:
        last = "".join(c for c in self.last.lower() if c.isalpha())
        f = self.first.lower()
        return self.rng.choice([f"{f}.{last}", f"{f[0]}{last}", f"{last}.{f[0]}", f"{f}{last[:4]}"]) + "@" + \
            self.rng.choice(DOMAINS)

    def handle(self) -> str:
        last = "".join(c for c in self.last.lower() if c.isalpha())
        return f"{last}_{self.first.lower()}"


def date(rng: random.Random, y0: int = 2023, y1: int = 2026) -> dt.date:
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def fdate(rng: random.Random, d: dt.date, noyear_ok: bool = True) -> str:
    forms = [f"{d:%m/%d/%Y}", f"{d.month}/{d.day}/{d:%y}", f"{d:%Y-%m-%d}", f"{d.day:02d}-{d:%b}-{d.year}",
             f"{MONTHS[d.month - 1]} {d.day}, {d.year}", f"{d.day} {MONTHS[d.month - 1]} {d.year}",
             f"{d:%b} {d.day}, {d.year}", f"{d:%Y%m%d}", f"{d:%m-%d-%Y}", f"{d.day}.{d.month}.{d.year}",
             f"{d:%b}. {d.day} {d.year}", f"{d.day}{d:%b}{d:%y}".upper()]
    if noyear_ok:
        forms += [f"{d.month}/{d.day}", f"{MONTHS[d.month - 1]} {d.day}", f"{d:%b}. {d.day}", f"{d.day}/{d.month}"]
    return rng.choice(forms)


def ftime(rng: random.Random) -> str:
    h, m = rng.randint(0, 23), rng.randint(0, 59)
    h12 = h % 12 or 12
    ap = "AM" if h < 12 else "PM"
    return rng.choice([f"{h:02d}:{m:02d}", f"{h12}:{m:02d} {ap}", f"{h:02d}{m:02d} hours", (f"{h:02d}:{m:02d}:"
                       f"{rng.randint(0, 59):02d}"), f"{h12}:{m:02d} {ap.lower()[0]}.m.", f"{h12}:{m:02d}{ap.lower()}",
                       f"{h:02d}{m:02d}"])


def old_age(rng: random.Random) -> tuple[str, str, str]:
    """(before, number, after) for an age over 89."""
    n = rng.randint(90, 104)
    word = ("ninety-" + ONES[n - 90]) if 90 < n < 100 else None
    forms = [("", str(n), "-year-old"), ("", str(n), " yo"), ("Age: ", str(n), " years"), ("AGE: ", str(n), "Y"),
             ("aged ", str(n), ""), ("", str(n), " y/o"), ("", str(n), "yo"), ("turned ", str(n), " in the spring"),
             ("", str(n), "-yr-old"), ("", str(n), " years of age"), ("", str(n), "F"), ("", str(n), " M")]
    if word:
        forms.append(("", word, "-year-old"))
    return rng.choice(forms)


def young_age(rng: random.Random) -> str:
    n = rng.randint(17, 89)
    return rng.choice([f"{n}-year-old", f"{n} yo", f"{n}Y", f"{n} y/o", f"{n}-yr-old", f"{n}M", f"{n}F"])


def phone(rng: random.Random) -> str:
    a, b = rng.choice(["617", "802", "207", "330", "512", "218", "715"]), f"{rng.randint(0, 99):02d}"
    return rng.choice([f"({a}) 555-01{b}", f"{a}-555-01{b}", f"{a}.555.01{b}", f"+1 {a} 555 01{b}",
                       f"{a} 555 01{b}", f"1-{a}-555-01{b}", f"555-01{b}"])


def mrn(rng: random.Random) -> str:
    return rng.choice([f"{rng.randint(0, 99999999):08d}", f"E{rng.randint(1000000, 9999999)}",
                       f"MR{rng.randint(100000, 999999)}", (f"{rng.randint(100, 999)}-{rng.randint(1000, 9999)}-"
                       f"{rng.randint(10, 99)}")])


def accession(rng: random.Random) -> str:
    return rng.choice([f"RAD{rng.randint(10**9, 10**10 - 1)}", f"{rng.randint(23, 26)}-CT-{rng.randint(0, 999999):06d}",
                       f"A{rng.randint(1000000, 9999999)}", f"ACC{rng.randint(100000, 999999)}MR"])


def account(rng: random.Random) -> str:
    return rng.choice([f"{rng.randint(10**9, 10**10 - 1)}", f"FIN-{rng.randint(10**6, 10**7 - 1)}",
                       f"HAR{rng.randint(10**7, 10**8 - 1)}", f"V{rng.randint(10**8, 10**9 - 1)}"])


def plan_id(rng: random.Random) -> str:
    letters = "".join(rng.choice("ABCDHJKMNPRWXYZ") for _ in range(3))
    return rng.choice([f"{letters}{rng.randint(10**8, 10**9 - 1)}", f"{rng.randint(10**9, 10**10 - 1)}A",
                       f"W{rng.randint(10**7, 10**8 - 1)}-01", f"{letters}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"])


def ssn(rng: random.Random) -> str:
    a, b, c = rng.randint(100, 665), rng.randint(10, 99), rng.randint(1000, 9999)
    return rng.choice([f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}"])


def serial(rng: random.Random) -> str:
    return rng.choice([f"SN{rng.randint(100000, 999999)}", (f"GE-{rng.choice(['LS', 'RV', 'OP'])}{rng.randint(10, 99)}-"
                       f"{rng.randint(0, 99999):05d}"), f"{rng.randint(1000, 9999)}-AX-{rng.randint(100, 999)}",
                       f"PHX{rng.randint(10**6, 10**7 - 1)}K", f"S{rng.randint(10**7, 10**8 - 1)}"])


def ip(rng: random.Random) -> str:
    return rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                       f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                       f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])


def host(rng: random.Random) -> str:
    return rng.choice(["pacs", "viewer", "portal", "share", "images", "upload", "tele"]) + "." + rng.choice(DOMAINS)


def street(rng: random.Random) -> str:
    return f"{rng.randint(2, 9890)} {rng.choice(STREETS)}{rng.choice(UNITS)}"


def zipc(rng: random.Random) -> str:
    z = f"{rng.randint(1000, 99950):05d}"
    return z if rng.random() < 0.75 else f"{z}-{rng.randint(1000, 9999)}"


def meas(rng: random.Random) -> str:
    return rng.choice([f"{rng.uniform(0.4, 6):.1f} x {rng.uniform(0.4, 6):.1f} cm", f"{rng.randint(3, 19)} mm",
                       f"{rng.uniform(1, 9):.1f} cm", (f"{rng.uniform(0.5, 4):.1f} x {rng.uniform(0.5, 4):.1f} x "
                       f"{rng.uniform(0.5, 4):.1f} cm")])
