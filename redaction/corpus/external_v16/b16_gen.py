"""Document builder (spans recorded as text is appended) and value generators for blind16."""
from __future__ import annotations

import datetime as dt

import b16_pools as P

PHI_TYPES = {"PERSON", "DATE_TIME", "AGE_OVER_89", "MRN", "ACCESSION", "SSN", "PHONE", "EMAIL", "URL",
             "IP_ADDRESS", "STREET_ADDRESS", "CITY", "ZIP", "FACILITY", "HEALTH_PLAN_ID", "ACCOUNT_ID",
             "DEVICE_SERIAL"}


class Doc:
    """Append-only text; a piece is a str (plain) or (value, TYPE|label) recorded at its offset."""

    def __init__(self):
        self.parts: list[str] = []
        self.n = 0
        self.phi: list[dict] = []
        self.keep: list[dict] = []

    def add(self, *pieces):
        for piece in pieces:
            if piece is None:
                continue
            if isinstance(piece, list):
                self.add(*piece)
            elif isinstance(piece, str):
                self.parts.append(piece)
                self.n += len(piece)
            else:
                value, kind = piece
                assert value and value == value.strip(), repr(value)
                span = {"start": self.n, "end": self.n + len(value)}
                if kind in PHI_TYPES:
                    self.phi.append({**span, "type": kind, "text": value})
                else:
                    self.keep.append({**span, "label": kind, "text": value})
                self.parts.append(value)
                self.n += len(value)
        return self

    def text(self) -> str:
        return "".join(self.parts)


class Person:
    def __init__(self, first, last, mi):
        self.first, self.last, self.mi = first, last, mi

    def f(self, fmt: str) -> tuple[str, str]:
        s = {"LFM": f"{self.last.upper()}, {self.first.upper()} {self.mi}", "LF": f"{self.last}, {self.first}",
             "FL": f"{self.first} {self.last}", "FML": f"{self.first} {self.mi}. {self.last}",
             "IL": f"{self.first[0]}. {self.last}", "L": self.last, "F": self.first,
             "HL7": f"{self.last.upper()}^{self.first.upper()}^{self.mi}", "LFU": f"{self.last.upper()}, {self.first.upper()}",
             "LI": f"{self.last} {self.first[0]}", "LFI": f"{self.last}, {self.first[0]}."}[fmt]
        return (s, "PERSON")


DATE_FMTS = ["mdY", "mdy", "ISO", "dbY", "BdY", "md", "Bd", "dBY", "bdY", "compact", "m-d-Y", "b.d"]


class Gen:
    def __init__(self, rng):
        self.r = rng

    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def digits(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def person(self, wordy=0.0):
        last = self.pick(P.WORD_LAST) if self.chance(wordy) else self.pick(P.LAST)
        return Person(self.pick(P.FIRST), last, self.pick(P.MIDDLE))

    # dates and times -------------------------------------------------------------------------------
    def rdate(self, y0=2019, y1=2026):
        return dt.date(self.r.randint(y0, y1), self.r.randint(1, 12), self.r.randint(1, 28))

    def date(self, d=None, fmt=None, y0=2019, y1=2026):
        d = d or self.rdate(y0, y1)
        fmt = fmt or self.pick(DATE_FMTS)
        s = {"mdY": f"{d:%m/%d/%Y}", "mdy": f"{d.month}/{d.day}/{d:%y}", "ISO": d.isoformat(),
             "dbY": f"{d:%d-%b-%Y}", "BdY": f"{d:%B} {d.day}, {d.year}", "md": f"{d.month}/{d.day}",
             "Bd": f"{d:%B} {d.day}", "dBY": f"{d.day} {d:%B %Y}", "bdY": f"{d:%b} {d.day}, {d.year}",
             "compact": f"{d:%Y%m%d}", "m-d-Y": f"{d:%m-%d-%Y}", "b.d": f"{d:%b}. {d.day}",
             "eu": f"{d:%d.%m.%Y}", "DMY": f"{d:%d/%m/%Y}", "UPPER": f"{d:%d%b%Y}".upper()}[fmt]
        return (s, "DATE_TIME")

    def dob(self, fmt=None):
        return self.date(fmt=fmt or self.pick(["mdY", "ISO", "dbY", "BdY", "mdy", "m-d-Y"]), y0=1931, y1=2019)

    def time(self, fmt=None):
        h, m, s = self.r.randint(0, 23), self.r.randint(0, 59), self.r.randint(0, 59)
        h12 = (h % 12) or 12
        ap = "AM" if h < 12 else "PM"
        fmt = fmt or self.pick(["24", "12", "hours", "sec", "p.m.", "24", "12"])
        t = {"24": f"{h:02d}:{m:02d}", "12": f"{h12}:{m:02d} {ap}", "hours": f"{h:02d}{m:02d} hours",
             "sec": f"{h:02d}:{m:02d}:{s:02d}", "p.m.": f"{h12}:{m:02d} {ap[0].lower()}.m.", "fr": f"{h}h{m:02d}"}[fmt]
        return (t, "DATE_TIME")

    def stamp(self, sep=" "):
        return [self.date(fmt=self.pick(["mdY", "ISO", "dbY", "m-d-Y"])), sep, self.time(self.pick(["24", "sec", "12"]))]

    # identifiers ----------------------------------------------------------------------------------
    def mrn(self):
        return (self.pick([self.digits(8), self.digits(7), "E" + self.digits(7), "MR" + self.digits(6),
                           self.digits(3) + "-" + self.digits(2) + "-" + self.digits(2)]), "MRN")

    def acc(self):
        return (self.pick(["RA" + self.digits(8), f"{self.r.randint(19, 26)}-CT-{self.digits(5)}", "A" + self.digits(9),
                           "ACC" + self.digits(7), f"XR{self.r.randint(2019, 2026)}{self.digits(6)}"]), "ACCESSION")

    def ssn(self):
        return (f"{self.r.randint(101, 665)}-{self.r.randint(10, 99)}-{self.r.randint(1000, 9999)}", "SSN")

    def phone(self, area=None):
        a = area or self.pick(["617", "508", "937", "520", "912", "218", "505", "559", "865", "806", "802", "208"])
        x = f"{self.r.randint(100, 199) - 100:02d}"
        return (self.pick([f"({a}) 555-01{x}", f"{a}-555-01{x}", f"{a}.555.01{x}", f"+1 {a} 555 01{x}",
                           f"1-{a}-555-01{x}"]), "PHONE")

    def fphone(self, prefix):
        return (f"{prefix}{self.r.randint(0, 99):02d}", "PHONE")

    def email(self, p=None):
        p = p or self.person()
        local = self.pick([f"{p.first}.{p.last}", f"{p.first[0]}{p.last}", f"{p.last}{self.r.randint(1, 99)}"])
        local = "".join(c for c in local.lower() if c.isalnum() or c == ".")
        return (f"{local}@{self.pick(['example.com', 'example.org', 'example.net'])}", "EMAIL")

    def url(self, acc=None):
        host = self.pick(["pacs.example.org", "imageshare.example.net", "portal.example.com", "10.41.7.22:8443"])
        path = self.pick(["/viewer?study=", "/share/", "/cases/", "/api/v2/studies/"])
        return (f"https://{host}{path}{acc or self.digits(10)}", "URL")

    def ip(self):
        return (self.pick([f"10.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}",
                           f"192.168.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}",
                           f"172.{self.r.randint(16, 31)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"]), "IP_ADDRESS")

    def address(self, sep=", "):
        """[street, sep, city, ', ST ', zip] pieces."""
        city, st, z3 = self.pick(P.CITIES)
        street = f"{self.r.randint(12, 9899)} {self.pick(P.STREETS)}"
        if self.chance(0.3):
            street += " " + self.pick(P.UNITS)
        z = z3 + self.digits(2) + (("-" + self.digits(4)) if self.chance(0.25) else "")
        return [(street, "STREET_ADDRESS"), sep, (city, "CITY"), f", {st} ", (z, "ZIP")]

    def city(self):
        c = self.pick(P.CITIES)
        return [(c[0], "CITY"), f", {c[1]}"]

    def facility(self, suffixes=None):
        return (f"{self.pick(P.FAC_STEM)} {self.pick(suffixes or P.FAC_SUF[:6])}", "FACILITY")

    def hpid(self):
        return (self.pick([self.pick(["XJH", "W", "MBR", "ZQK"]) + self.digits(9), f"{self.digits(3)}-{self.digits(4)}-{self.digits(2)}A"]),
                "HEALTH_PLAN_ID")

    def acct(self):
        return (self.pick(["V" + self.digits(9), self.digits(10), "ACCT-" + self.digits(7), "HAR" + self.digits(8)]),
                "ACCOUNT_ID")

    def serial(self):
        return (self.pick([f"SN{self.digits(8)}", f"{self.pick('KPXT')}{self.digits(2)}-{self.digits(4)}-{self.pick(['KT', 'RX', 'QA'])}",
                           f"{self.digits(3)}{self.pick('ABCDEF')}{self.digits(5)}"]), "DEVICE_SERIAL")

    # ages and keep-terms -------------------------------------------------------------------------
    def age(self, old=0.15, fmt=None):
        a = self.r.randint(90, 103) if self.chance(old) else self.r.randint(2, 89)
        fmt = fmt or self.pick(["-year-old", " yo", "Y", " y/o"])
        if a >= 90:
            return [(str(a), "AGE_OVER_89"), fmt]
        return [(f"{a}{fmt}", "age_under_90")]

    def meas(self):
        return (self.pick([f"{self.r.randint(2, 45) / 10:.1f} x {self.r.randint(2, 40) / 10:.1f} cm",
                           f"{self.r.randint(2, 19)} mm", f"{self.r.randint(2, 60)} x {self.r.randint(2, 50)} mm",
                           f"{self.r.randint(10, 90) / 10:.1f} cm"]), "measurement")

    def level(self):
        return (self.pick(["C5-C6", "C6-C7", "L4-L5", "L5-S1", "T12", "T11-T12", "L3-L4", "C2", "L1"]), "vertebral_level")

    def epo(self):
        return (self.pick(["Baker cyst", "Kerley B lines", "Schmorl node", "Monteggia fracture", "Colles fracture",
                           "Hill-Sachs lesion", "Chiari I malformation", "Meckel diverticulum", "Segond fracture",
                           "Osgood-Schlatter disease", "Paget disease", "Bankart lesion"]), "eponym")

    def anat(self, pool=None):
        return (self.pick(pool or ["right lower lobe", "left hemidiaphragm", "mediastinum", "pancreatic head",
                                   "left kidney", "medial meniscus", "sacroiliac joints", "thoracic spine"]), "anatomy")

    def seq(self):
        return (self.pick(["T2 FLAIR", "DWI", "STIR", "SWI", "T1 post-contrast", "ADC"]), "sequence")

    def year(self):
        return (str(self.r.randint(2008, 2024)), "year")

    def cred(self):
        return (self.pick(["MD", "DO", "MD, PhD"]) , "credential")
