"""A document's scene (country, date, facility, patient, staff) and helpers that write marked PHI."""

from __future__ import annotations

import datetime as dt

import b9_cast as cast
import b9_dates as dates
import b9_ids as ids
from b9_markup import K, P


class Scene:
    def __init__(self, rng, country: str = "US", old_p: float = 0.18, fac_kind: str = "hospital", **pt_kw):
        self.rng, self.country = rng, country
        self.day_first = country in ("UK", "AU", "NZ", "IE")
        self.ref = dates.rand_date(rng, dt.date(2024, 1, 2), dt.date(2026, 6, 28))
        self._names: list[str] = []
        self.facility = cast.make_facility(rng, fac_kind, country)
        self.patient = self.register(cast.make_patient(rng, self.ref, country, old_p=old_p, **pt_kw))
        self.date_styles = dates.DAY_FIRST_STYLES if self.day_first else dates.US_DATE_STYLES
        self.date_style = rng.choice(self.date_styles)
        self.time_style = rng.choice(("hm24", "ampm")) if not self.day_first else "hm24"

    # ----- people -------------------------------------------------------------------------------
    def register(self, p):
        """Keep every first name and surname in the document unique to one person."""
        self._names += [p.first, p.family]
        return p

    def _clash(self, p) -> bool:
        return p.first in self._names or p.family in self._names or p.first == p.family

    def person(self, **kw):
        while True:
            p = cast.make_person(self.rng, **kw)
            if not self._clash(p):
                return self.register(p)

    def clinician(self, role: str, **kw):
        while True:
            p = cast.make_clinician(self.rng, role, **kw)
            if not self._clash(p):
                return self.register(p)

    def person_named(self, family: str, role: str | None = None, **kw):
        """Someone whose surname is fixed (e.g. a radiologist called Baker in a report about a Baker cyst)."""
        while True:
            p = cast.make_clinician(self.rng, role, **kw) if role else cast.make_person(self.rng, **kw)
            p.family = family
            if not self._clash(p):
                return self.register(p)

    def set_age(self, p, age: int):
        p.age = age
        p.dob = dates.dob_for_age(self.rng, self.ref, age)

    def patient_n(self, **kw):
        while True:
            p = cast.make_patient(self.rng, self.ref, self.country, **kw)
            if not self._clash(p):
                return self.register(p)

    def other_facility(self, kind: str = "hospital", country: str | None = None):
        """Another facility whose name (and abbreviation) differs from every facility already in the scene."""
        self._facs = getattr(self, "_facs", [self.facility])
        while True:
            f = cast.make_facility(self.rng, kind, country or self.country)
            if all(f.name != g.name and f.abbrev != g.abbrev for g in self._facs):
                self._facs.append(f)
                return f

    # ----- marked writers ------------------------------------------------------------------------
    def name(self, p, form: str) -> str:
        return P("PERSON", p.name(form))

    def creds(self, p) -> str:
        return ", ".join(K("credential", c) for c in p.cred.split(", "))

    def doc(self, p, form: str | None = None) -> str:
        """A clinician as a note would mention them: title and credential outside the span."""
        form = form or self.rng.choice(("dr_last", "full_cred", "dr_full", "init_cred", "full_cred", "LAST"))
        if form == "dr_last":
            return f"Dr. {self.name(p, 'last')}" if p.cred not in ("NP", "PA-C", "FNP-C") else f"{self.name(p, 'first_last')}, {self.creds(p)}"
        if form == "dr_full":
            return f"Dr. {self.name(p, 'first_last')}" if p.cred not in ("NP", "PA-C", "FNP-C") else self.name(p, "first_last")
        if form == "full_cred":
            return f"{self.name(p, self.rng.choice(('first_last', 'first_mi_last')))}, {self.creds(p)}"
        if form == "init_cred":
            return f"{self.name(p, 'initial_last')} {self.creds(p)}"
        if form == "LAST":
            return self.name(p, "LAST_FIRST")
        return self.name(p, form)

    def date(self, d: dt.date, style: str | None = None) -> str:
        return P("DATE_TIME", dates.fmt_date(d, style or self.date_style))

    def rdate(self, d: dt.date) -> str:
        return self.date(d, self.rng.choice(self.date_styles))

    def time(self, hm: tuple[int, int], style: str | None = None, s: int = 0) -> str:
        return P("DATE_TIME", dates.fmt_time(hm[0], hm[1], style or self.time_style, s))

    def stamp(self, d: dt.date, hm: tuple[int, int], dstyle: str | None = None, tstyle: str | None = None) -> str:
        return f"{self.date(d, dstyle)} {self.time(hm, tstyle)}"

    def age(self, age: int, form: str | None = None) -> str:
        form = form or self.rng.choice(("yo_dash", "yo_dash", "yo", "y/o", "Y", "years"))
        suffix = {"yo_dash": "-year-old", "yo": " yo", "y/o": " y/o", "Y": "Y", "years": " years", "yrs": " yrs"}[form]
        if age >= 90:
            return f"{P('AGE_OVER_89', age)}{suffix}"
        return K("age_under_90", f"{age}{suffix}")

    def bare_age(self, age: int) -> str:
        return P("AGE_OVER_89", age) if age >= 90 else K("age_under_90", str(age))

    def fac(self, f=None, short: bool = False) -> str:
        f = f or self.facility
        return P("FACILITY", f.abbrev if short and len(f.abbrev) >= 3 else f.name)

    def street(self, a) -> str:
        return P("STREET_ADDRESS", a.street)

    def city_line(self, a) -> str:
        state = f", {a.state}" if a.state else ""
        if a.country == "UK":
            return f"{P('CITY', a.city)} {P('ZIP', a.zip)}"
        if a.country in ("AU",):
            return f"{P('CITY', a.city)} {a.state} {P('ZIP', a.zip)}"
        if a.country == "CA":
            return f"{P('CITY', a.city)}, {a.state} {P('ZIP', a.zip)}"
        if a.country in ("IE", "NZ"):
            return f"{P('CITY', a.city)} {P('ZIP', a.zip)}"
        return f"{P('CITY', a.city)}{state} {P('ZIP', a.zip)}"

    def address(self, a, oneline: bool = False) -> str:
        return f"{self.street(a)}{', ' if oneline else chr(10)}{self.city_line(a)}"

    def phone(self, v: str) -> str:
        return P("PHONE", v)

    def mrn(self, v: str | None = None) -> str:
        return P("MRN", v or self.patient.mrn)

    def acc(self, modality: str = "CT", v: str | None = None) -> str:
        return P("ACCESSION", v or ids.accession(self.rng, modality, self.ref.year))

    def dob(self, p=None, style: str | None = None) -> str:
        p = p or self.patient
        return self.date(p.dob, style)

    def sex_word(self, p=None) -> str:
        p = p or self.patient
        return "female" if p.sex == "F" else "male"

    def pron(self, p=None) -> tuple[str, str]:
        p = p or self.patient
        return ("she", "her") if p.sex == "F" else ("he", "his")


def patient_header(s: Scene, modality: str = "CT", variant: str | None = None, acc: str | None = None,
                   account: bool = False) -> str:
    """The identification block at the top of a report, in one of several system layouts."""
    pt, rng = s.patient, s.rng
    acc = acc or s.acc(modality)
    variant = variant or rng.choice(("A", "B", "C", "D", "E"))
    sexc = pt.sex
    if variant == "A":
        out = (f"PATIENT: {s.name(pt, 'LAST_FIRST_MI')}    MRN: {s.mrn()}    DOB: {s.dob()}    "
               f"AGE: {s.age(pt.age, 'Y')}  SEX: {sexc}\nACCESSION: {acc}")
    elif variant == "B":
        out = (f"Name: {s.name(pt, 'first_mi_last')}\nMedical Record #: {s.mrn()}\nDate of Birth: {s.dob()}\n"
               f"Accession: {acc}")
    elif variant == "C":
        out = f"Pt: {s.name(pt, 'LAST_FIRST')} | MR# {s.mrn()} | DOB {s.dob()} ({s.age(pt.age, 'yo')} {sexc}) | Acc {acc}"
    elif variant == "D":
        out = (f"Patient Name........ {s.name(pt, 'LAST_FIRST_MI')}\nMRN................. {s.mrn()}\n"
               f"DOB/Age............. {s.dob()} / {s.age(pt.age, 'years')}\nAccession #......... {acc}")
        if rng.random() < 0.4:
            out += f"\nSSN................. {P('SSN', pt.ssn)}"
    else:
        out = f"{s.name(pt, 'last_first_mi')}  ({sexc}, {s.age(pt.age, 'yo')})  MRN {s.mrn()}  ACC# {acc}"
    if account:
        out += f"\n{rng.choice(('Account', 'FIN', 'Visit #', 'Encounter', 'HAR'))}: {P('ACCOUNT_ID', pt.account)}"
    return out


def signature(s: Scene, rad, d: dt.date, hm: tuple[int, int]) -> str:
    rng = s.rng
    v = rng.randrange(4)
    if v == 0:
        return f"Electronically signed by: {s.doc(rad, 'full_cred')} on {s.date(d)} at {s.time(hm)}"
    if v == 1:
        return f"Dictated by: {s.doc(rad, 'dr_full')}\nSigned: {s.stamp(d, hm)}"
    if v == 2:
        return f"{s.name(rad, 'first_mi_last')}, {s.creds(rad)}\nRadiologist, {s.fac()}\n{s.date(d)} {s.time(hm)}"
    return f"Read by {s.name(rad, 'initial_last')}, {s.creds(rad)} -- final {s.date(d)} {s.time(hm)}"
