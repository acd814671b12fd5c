"""Invented value pools and formatters for the blind30 corpus (all values fictitious)."""

from __future__ import annotations

import random

FIRST = ["Maria", "Dwayne", "Hope", "Grace", "Will", "Sunny", "Rosalind", "Tomasz", "Ngozi", "Priya", "Hyun-woo",
         "Aurelio", "Bethany", "Kwame", "Siobhan", "Jean-Luc", "Fatima", "Dolores", "Oksana", "Ravi", "Mei",
         "Earl", "Precious", "Thuy", "Ignatius", "Luz", "Bao", "Cheyenne", "Declan", "Yusuf", "Ingrid", "Pearl",
         "Rocco", "Anjali", "Wendell", "Xochitl", "Gunnar", "Imani", "Clement", "Marisol", "Tariq", "Noor"]
LAST = ["Baker", "Bell", "Hill", "Graves", "Young", "Long", "O'Neill", "van der Berg", "De la Cruz", "Nguyen",
        "Okonkwo", "Al-Hashimi", "Xu", "Patel", "Kowalczyk", "Ramirez-Ortiz", "MacLeod", "St. John", "Parkinson",
        "Brown", "Fairweather", "Oyelaran", "Szabo", "Whitehorse", "Castellanos", "Lindqvist", "Moss", "Rivers",
        "Dubois", "Tran", "Abernathy", "Chowdhury", "Kapoor", "Friedman", "Mbeki", "Haddad", "Ferreira",
        "Sato", "Wojcik", "Goldberg", "Price", "Street", "Wolfe", "Stone", "Nakamura-Reyes", "D'Amico"]
NICK = {"Will": "Billy", "Dwayne": "D", "Rosalind": "Roz", "Tomasz": "Tom", "Ignatius": "Iggy", "Bethany": "Beth",
        "Dolores": "Lola", "Wendell": "Dell", "Gunnar": "Gun", "Clement": "Clem", "Precious": "Pree"}
CITIES = [("Millbrook", "NY"), ("Cedar Falls", "IA"), ("Port Haven", "ME"), ("Ridgecrest", "CA"),
          ("Fort Calloway", "TX"), ("Bellingham", "WA"), ("New Carthage", "OH"), ("Shelbyville", "KY"),
          ("Lake Oswin", "MN"), ("Saint Albans", "VT"), ("Eagle Pass", "TX"), ("Marion Springs", "GA"),
          ("Hollister", "MO"), ("Grand Isle", "LA"), ("Buffalo Gap", "SD")]
STREETS = ["Larkspur Ave", "N. Quarry Rd", "Old Mill Lane", "Kestrel Ct", "Baker St", "Hill Road", "Martin Luther King Jr Blvd",
           "Route 9W", "Sycamore Terrace", "E 14th Street", "Via Paloma", "Graves Mill Rd", "Orchard Hwy"]
UNITS = ["", "", "", " Apt 3B", " Unit 12", " #407", " Lot 22", " Apt. 1F"]
FACILITIES = ["St. Brendan Regional Medical Center", "Hollow Creek Imaging", "Mercy Northside Hospital",
              "Lakeshore Diagnostic Imaging", "Saint Albans Community Hospital", "Pinecrest Outpatient Radiology",
              "Riverbend Vascular Institute", "Good Shepherd Rehab", "Calloway County Medical Center",
              "Brightwater Women's Health Pavilion", "Tri-Valley Cancer Center", "Harbor View Urgent Care"]
FAC_SHORT = ["St. Brendan's", "Hollow Creek", "Mercy North", "Lakeshore DI", "Pinecrest", "Tri-Valley"]
EPONYMS = ["Baker cyst", "Bell palsy", "Graves disease", "Paget disease", "Hill-Sachs lesion", "Bankart lesion",
           "Schmorl node", "Chiari I malformation", "Kerley B lines", "Colles fracture", "Segond fracture",
           "Klatskin tumor", "Meckel diverticulum", "Hashimoto thyroiditis", "Crohn disease", "Parkinson disease",
           "Osgood-Schlatter disease", "Wilms tumor", "Monteggia fracture", "Jones fracture", "Cushing syndrome",
           "Addison disease", "Hodgkin lymphoma", "Smith fracture"]
ANATOMY = ["left hepatic lobe", "right lower lobe", "pancreatic head", "L kidney upper pole", "basilic vein",
           "right breast 10 o'clock", "medial meniscus", "thyroid isthmus", "antecubital fossa", "common bile duct",
           "left adrenal", "supraspinatus tendon", "cephalic vein", "right iliac fossa", "sigmoid colon"]
VLEVELS = ["C5-C6", "L4-L5", "T12", "L5-S1", "C6-7", "T8", "L1", "S1", "C2", "L3-4"]
SCORES = ["BI-RADS 4A", "BI-RADS 3", "BI-RADS 5", "LI-RADS 4", "TI-RADS 3", "PI-RADS 4", "Lung-RADS 4B",
          "Lung-RADS 2", "Bosniak IIF", "O-RADS 3", "Lung-RADS 3", "BI-RADS 0"]
SEQUENCES = ["T2 FLAIR", "DWI", "STIR", "SWI", "T1 post-contrast", "ADC", "T2 fat-sat", "GRE"]
MODALITIES = ["CT", "MRI", "US", "XR", "MR", "CTA", "PET/CT", "MG", "DEXA", "fluoro"]
CREDS = ["MD", "DO", "RN", "RT(R)", "RT(R)(CT)", "RDMS", "NP", "PA-C", "RT(R)(MR)", "BSN, RN", "PhD", "CNMT"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


class G:
    """Random value generator bound to one document's rng."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    # people -------------------------------------------------------------
    def person(self) -> dict:
        r = self.r
        return {"first": r.choice(FIRST), "last": r.choice(LAST), "mid": r.choice("ABCDEJKLMRTW")}

    def name(self, p: dict | None = None, fmt: str | None = None) -> str:
        p = p or self.person()
        fmt = fmt or self.pick(["fl", "fl", "lf", "LF", "FL", "f.l", "fml", "l", "hl7", "nick", "lfm", "fl_low"])
        f, l, m = p["first"], p["last"], p["mid"]
        return {"fl": f"{f} {l}", "lf": f"{l}, {f}", "LF": f"{l.upper()}, {f.upper()}", "FL": f"{f.upper()} {l.upper()}",
                "f.l": f"{f[0]}. {l}", "fml": f"{f} {m}. {l}", "l": l, "hl7": f"{l.upper()}^{f.upper()}^{m}",
                "nick": f"{NICK.get(f, f)} {l}", "lfm": f"{l.upper()}, {f} {m}", "fl_low": f"{f.lower()} {l.lower()}",
                "f": f, "initials": f"{f[0]}{l[0]}", "lfi": f"{l}, {f[0]}."}[fmt]

    def pname(self, p=None, fmt=None):
        return (self.name(p, fmt), "PERSON")

    def doc_name(self, p=None, fmt=None, cred=None):
        """'Dr. Hill' style or 'Anne Hill, MD' style as segments."""
        n = self.name(p, fmt or self.pick(["fl", "l", "f.l", "fml", "lfi"]))
        c = cred or self.pick(["MD", "MD", "DO"])
        if self.chance(0.5) and c in ("MD", "DO"):
            return [(self.pick(["Dr. ", "Dr ", "dr. ", "DR. "]), None), (n, "PERSON")]
        return [(n, "PERSON"), (self.pick([", ", " "]), None), (c, "credential")]

    def staff(self, cred=None):
        c = cred or self.pick(CREDS)
        n = self.name(None, self.pick(["fl", "f.l", "fml", "FL", "lf"]))
        return [(n, "PERSON"), (self.pick([", ", " "]), None), (c, "credential")]

    def email(self, p=None) -> str:
        p = p or self.person()
        last = p["last"].lower().replace(" ", "").replace("'", "").replace(".", "")
        local = self.pick([f"{p['first'][0].lower()}{last}", f"{p['first'].lower()}.{last}", f"{last}{self.r.randint(1, 99)}"])
        return f"{local}@{self.pick(['example.org', 'example.com', 'mail.example.net', 'radiology.example.org'])}"

    # dates --------------------------------------------------------------
    def ymd(self, lo=2023, hi=2026):
        return self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 28)

    def date(self, fmt=None, lo=2023, hi=2026) -> str:
        y, m, d = self.ymd(lo, hi)
        mon = MONTHS[m - 1]
        fmt = fmt or self.pick(["us", "us2", "iso", "dmy", "long", "md", "mdname", "dlong", "abbr", "compact", "dash",
                                "mdot", "us", "iso"])
        return {"us": f"{m:02d}/{d:02d}/{y}", "us2": f"{m}/{d}/{y % 100:02d}", "iso": f"{y}-{m:02d}-{d:02d}",
                "dmy": f"{d:02d}-{mon[:3]}-{y}", "long": f"{mon} {d}, {y}", "md": f"{m}/{d}", "mdname": f"{mon} {d}",
                "dlong": f"{d} {mon} {y}", "abbr": f"{mon[:3]} {d}, {y}", "compact": f"{y}{m:02d}{d:02d}",
                "dash": f"{m:02d}-{d:02d}-{y}", "mdot": f"{mon[:3]}. {d}", "dmyU": f"{d:02d}{mon[:3].upper()}{y}"}[fmt]

    def dob(self, old=False):
        return self.date(None, 1925 if old else 1938, 1934 if old else 2010)

    def time(self, fmt=None) -> str:
        h, mi = self.r.randint(0, 23), self.r.randint(0, 59)
        fmt = fmt or self.pick(["24", "24", "ampm", "hours", "sec", "pm_dot", "ampm_low"])
        h12 = h % 12 or 12
        return {"24": f"{h:02d}:{mi:02d}", "ampm": f"{h12}:{mi:02d} {'PM' if h >= 12 else 'AM'}",
                "hours": f"{h:02d}{mi:02d} hours", "sec": f"{h:02d}:{mi:02d}:{self.r.randint(0, 59):02d}",
                "pm_dot": f"{h12}:{mi:02d} {'p.m.' if h >= 12 else 'a.m.'}",
                "ampm_low": f"{h12}:{mi:02d}{'pm' if h >= 12 else 'am'}"}[fmt]

    def dt(self, dfmt=None, tfmt=None, sep=" "):
        return [(self.date(dfmt), "DATE_TIME"), (sep, None), (self.time(tfmt), "DATE_TIME")]

    # ages ---------------------------------------------------------------
    def age(self, old: bool | None = None):
        """Age phrase as segments: over-89 number is PHI, under-90 phrase is a keep-span."""
        if old is None:
            old = self.chance(0.4)
        if old:
            n = str(self.r.randint(90, 104))
            pre, post = self.pick([("", "-year-old"), ("", " yo"), ("aged ", ""), ("", " y/o"), ("age ", ""),
                                   ("", "Y"), ("", " years old"), ("", "-yr-old"), ("", " yrs")])
            return [(pre, None), (n, "AGE_OVER_89"), (post, None)]
        n = self.r.randint(19, 89)
        return [(self.pick([f"{n}-year-old", f"{n} yo", f"{n}Y", f"{n} y/o", f"{n} years old", f"{n}-yr-old"]),
                 "age_under_90")]

    # identifiers --------------------------------------------------------
    def digits(self, n):
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def mrn(self):
        return self.pick([self.digits(8), "MR" + self.digits(7), "E" + self.digits(7), self.digits(3) + "-" + self.digits(4) + "-" + self.digits(2),
                          "00" + self.digits(6)])

    def acc(self):
        return self.pick([f"ACC{self.r.randint(23, 26)}-{self.digits(6)}", f"RA{self.digits(8)}", f"A{self.digits(7)}",
                          f"{self.r.randint(23, 26)}-CT-{self.digits(5)}", f"XR{self.digits(6)}", f"IMG.{self.digits(7)}"])

    def ssn(self):
        return self.pick([f"{self.r.randint(100, 665)}-{self.digits(2)}-{self.digits(4)}", f"xxx-xx-{self.digits(4)}",
                          f"{self.r.randint(100, 665)} {self.digits(2)} {self.digits(4)}"])

    def phone(self):
        a, x = self.r.randint(201, 989), f"01{self.digits(2)}"
        return self.pick([f"({a}) 555-{x}", f"{a}-555-{x}", f"{a}.555.{x}", f"+1 {a} 555 {x}", f"555-{x}", f"1-{a}-555-{x}"])

    def ip(self):
        return self.pick([f"10.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(2, 254)}",
                          f"192.168.{self.r.randint(0, 255)}.{self.r.randint(2, 254)}",
                          f"172.{self.r.randint(16, 31)}.{self.r.randint(0, 255)}.{self.r.randint(2, 254)}"])

    def url(self, token=None):
        token = token or self.digits(6)
        return self.pick([f"https://portal.example.com/appt/{token}", f"http://pacs.example.org/viewer?acc={token}",
                          f"https://mychart.example.net/r/{token}", f"https://{self.ip()}/wado?study={token}",
                          f"www.example.org/pay/{token}"])

    def street(self):
        return f"{self.r.randint(3, 9890)} {self.pick(STREETS)}{self.pick(UNITS)}"

    def city(self):
        return self.pick(CITIES)

    def zip(self):
        return self.pick([self.digits(5), self.digits(5) + "-" + self.digits(4)])

    def address(self, sep=", "):
        c, st = self.city()
        return [(self.street(), "STREET_ADDRESS"), (sep, None), (c, "CITY"), (f", {st} ", None), (self.zip(), "ZIP")]

    def facility(self, short=False):
        return self.pick(FAC_SHORT if short else FACILITIES)

    def plan(self):
        return self.pick([f"XQH{self.digits(9)}", f"W{self.digits(4)}-{self.digits(5)}", f"MCD-{self.digits(8)}",
                          f"{self.pick(['BCX', 'UHX', 'AET'])}{self.digits(8)}01", f"H{self.digits(10)}"])

    def account(self):
        return self.pick([self.digits(10), f"ENC-{self.digits(8)}", f"V{self.digits(9)}", f"HAR {self.digits(9)}",
                          f"FIN{self.digits(8)}"])

    def serial(self):
        return self.pick([f"SN{self.digits(6)}-{self.digits(2)}", f"US-{self.digits(5)}", f"{self.pick(['K', 'T', 'Q'])}{self.digits(7)}X",
                          f"LOT-{self.digits(6)}", f"AP{self.digits(4)}-{self.pick('ABCD')}{self.digits(3)}"])

    # keep ---------------------------------------------------------------
    def year(self):
        return (str(self.r.randint(1998, 2024)), "year")
