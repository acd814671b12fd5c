"""Per-document context: one patient, their identifiers and address, a hospital and a few staff members."""

from __future__ import annotations

import datetime as _dt

import b44_ids as I
from b44_doc import P
from b44_names import make_name
from b44_places import address, hospital, PRACTICES

GULF_CODES = {"Dubai": ("+971", "4"), "Abu Dhabi": ("+971", "2"), "Doha": ("+974", "44"), "Riyadh": ("+966", "11"),
              "Muscat": ("+968", "24"), "Manama": ("+973", "17")}
GULF_CITIES = {"Dubai", "Abu Dhabi", "Doha", "Riyadh", "Muscat"}
MRN_LABELS = {"UK": "Hospital No.", "IE": "MRN", "AU": "UR No.", "NZ": "NHI", "CA": "MRN", "IN": "UHID", "SG": "Case No.",
              "HK": "HN", "ZA": "Folder No.", "KE": "IP No.", "NG": "Hospital No.", "GULF": "File No."}
DOMAINS = {"UK": "nhs.net", "IE": "hse.ie", "AU": "health.nsw.gov.au", "NZ": "tewhatuora.govt.nz", "CA": "sunnybrook.ca",
           "IN": "svdiagnostics.in", "SG": "singhealth.com.sg", "HK": "ha.org.hk", "ZA": "westerncape.gov.za",
           "KE": "knh.or.ke", "NG": "luth.gov.ng", "GULF": "expatclinic.ae"}
PATIENT_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "eircom.net", "bigpond.com", "xtra.co.nz",
                   "rediffmail.com", "singnet.com.sg", "netvigator.com", "icloud.com", "hotmail.co.za"]


class Ctx:
    def __init__(self, rng, cc: str, trap: float = 0.12, old: float = 0.1) -> None:
        self.rng, self.cc = rng, cc
        self.today = I.rand_date(rng)
        self.pt = make_name(rng, cc, trap=trap)
        self.age = rng.randint(90, 101) if rng.random() < old else rng.randint(17, 88)
        self.dob = I.dob(rng, self.age, self.today)
        self.age = I.age_on(self.dob, self.today)
        self.mrn = I.hospital_number(rng, cc)
        self.hosp, self.org, self.hcity, self.hzip = hospital(rng, cc)
        self.addr, self.addr_vals = address(rng, cc)
        while cc == "GULF" and self.addr_vals["city"] != self.hcity and self.hcity in GULF_CITIES:
            self.addr, self.addr_vals = address(rng, cc)
        self.phone = self.ph().v
        self.practice = rng.choice(PRACTICES)
        self.acc = I.accession(rng, cc)
        self.datefmt = rng.choice(I.DATE_FORMATS)
        self._used: set[str] = {self.pt.full()}

    def relative(self, words: str = "daughter son wife husband sister brother partner carer") -> tuple[str, P]:
        """A relation word and a name whose sex fits it."""
        w = self.rng.choice(words.split())
        sex = {"daughter": "F", "wife": "F", "sister": "F", "niece": "F", "son": "M", "husband": "M", "brother": "M"}.get(w)
        return w.replace("_", " "), P(self.staff(sex).full(), "PERSON")

    def staff(self, sex: str | None = None):
        for _ in range(20):
            n = make_name(self.rng, self.cc, sex)
            if n.full() not in self._used and n.family != self.pt.family:
                self._used.add(n.full())
                return n
        return n

    # PHI helpers ------------------------------------------------------------------------------
    def date(self, d: _dt.date | None = None, kind: str | None = None) -> P:
        return I.dt(self.rng, d or self.today, kind or self.datefmt)

    def dob_p(self, kind: str | None = None) -> P:
        return I.dt(self.rng, self.dob, kind or self.datefmt)

    def days(self, n: int) -> _dt.date:
        return self.today + _dt.timedelta(days=n)

    def time(self, kind: str | None = None) -> P:
        return I.tm(self.rng, kind)

    def name(self, fmt: str = "full", who=None) -> P:
        who = who or self.pt
        return P(who.short if fmt == "short" else getattr(who, fmt)(), "PERSON")

    def email(self, who, staff: bool = True) -> P:
        return P(I.email(self.rng, who, DOMAINS[self.cc] if staff else self.rng.choice(PATIENT_DOMAINS)), "EMAIL")

    def ph(self, v: str | None = None) -> P:
        if v is None and self.cc == "GULF":
            cc_, loc = GULF_CODES[self.hcity]
            v = self.rng.choice([f"{cc_} {loc} {I.digits(self.rng, 3)} {I.digits(self.rng, 4)}",
                                 f"{cc_} 5{self.rng.randint(0, 9)} {I.digits(self.rng, 3)} {I.digits(self.rng, 4)}"])
        return P(v or I.phone(self.rng, self.cc), "PHONE")

    def fac(self, v: str | None = None) -> P:
        return P(v or self.hosp, "FACILITY")

    def age_text(self, prose: bool = False) -> list:
        from b44_clinical import age_phrase
        return age_phrase(self.rng, self.age, P, prose)

    def cred(self) -> str:
        from b44_clinical import CRED_BY_CC, cred
        return cred(self.rng, CRED_BY_CC[self.cc])

    def sex_word(self) -> str:
        return "F" if self.pt.sex == "F" else "M"

    def plan(self) -> tuple[str, P]:
        lab, v = I.plan_id(self.rng, self.cc)
        return lab, P(v, "HEALTH_PLAN_ID")

    def natid(self) -> tuple[str, P] | None:
        r = I.national_id(self.rng, self.cc, self.dob, self.pt.sex)
        if self.cc == "GULF" and self.hcity not in ("Dubai", "Abu Dhabi"):
            r = {"Doha": ("QID", "2" + I.digits(self.rng, 10)), "Riyadh": ("Iqama no.", "2" + I.digits(self.rng, 9)),
                 "Muscat": ("Resident card", I.digits(self.rng, 9)), "Manama": ("CPR", I.digits(self.rng, 9))}[self.hcity]
        return (r[0], P(r[1], "SSN")) if r else None

    def hosp_line(self) -> list:
        """Hospital, city and postcode on one line."""
        out: list = [self.fac()]
        if self.hcity and self.hcity not in self.hosp:
            out += [", ", P(self.hcity, "CITY")]
        if self.hzip:
            out += [" " if self.cc != "SG" else ", Singapore ", P(self.hzip, "ZIP")]
        return out

    def dr(self, who, fmt: str | None = None) -> P:
        return P(fmt and getattr(who, fmt)() or self.rng.choice([who.full(), who.initial(), who.full()]), "PERSON")
