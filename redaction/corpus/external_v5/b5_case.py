"""One document's invented patient, staff, dates and identifiers, rendered as marked text.

Every PHI value passes through :func:`b5_markup.phi` at the moment it is written, so a value that recurs is
annotated each time it appears.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

import b5_formats as F
import b5_pools as P
from b5_markup import keep, phi


@dataclass
class Person:
    """An invented person; ``last`` alone for a mononym (``first`` is then empty)."""

    first: str
    middle: str
    last: str

    def render(self, fmt: int) -> str:
        """Name formats: 0 'First M. Last', 1 'LAST, FIRST M', 2 'Last, First', 3 'F. Last', 4 HL7 'LAST^FIRST^M',
        5 'First Last', 6 'Last'."""
        if not self.first:
            return self.last.upper() if fmt in (1, 4) else self.last
        f, m, la = self.first, self.middle, self.last
        return (f"{f} {m}. {la}", f"{la.upper()}, {f.upper()} {m}", f"{la}, {f}", f"{f[0]}. {la}",
                f"{la.upper()}^{f.upper()}^{m}", f"{f} {la}", la)[fmt]


def new_person(rng: random.Random, mononym_ok: bool = False) -> Person:
    if mononym_ok and rng.random() < 0.06:
        return Person("", "", rng.choice(P.MONONYMS))
    return Person(rng.choice(P.FIRST), rng.choice(P.MIDDLE), rng.choice(P.LAST))


class Case:
    """The facts of one document; methods return marked strings for templates."""

    def __init__(self, rng: random.Random, modality: str) -> None:
        r = self.r = rng
        self.mod = modality
        self.pt = new_person(r, mononym_ok=True)
        self.rad, self.ref, self.res, self.rel = (new_person(r) for _ in range(4))
        self.tech = r.choice(P.TECH_INITIALS)
        self.sex = r.choice(("male", "female"))
        roll = r.random()
        self.age = r.randint(90, 104) if roll < 0.22 else r.randint(4, 17) if roll < 0.3 else r.randint(19, 89)
        self.exam = dt.date(2026, 1, 1) + dt.timedelta(days=r.randrange(330))
        self.dob = self.exam - dt.timedelta(days=self.age * 365 + r.randrange(1, 360))
        self.prior = self.exam - dt.timedelta(days=r.randrange(30, 900))
        self.time = (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
        self.dfmt = r.randrange(len(F.DATE_FORMATS))
        self.tfmt = r.randrange(len(F.TIME_FORMATS))
        self.mrn_v = F.mrn(r)
        self.acc_v = F.accession(r, "MR" if modality == "MR" else modality)
        self.fac_v, self.fac2_v = r.sample(P.FACILITIES, 2)
        self.city_v, self.state, self.zip_v = r.choice(P.PLACES)
        self.street_v = f"{r.randint(3, 9890)} {r.choice(P.STREETS)}"
        self.unit_v = r.choice(P.UNITS) if r.random() < 0.4 else ""
        self.area = r.choice(P.AREA_CODES)
        self.domain = r.choice(P.DOMAINS)
        self.payer = r.choice(P.PAYERS)
        self.relation = r.choice(P.RELATIONS)

    # --- people -------------------------------------------------------------------------------------------
    def name(self, who: Person | None = None, fmt: int | None = None) -> str:
        who = who or self.pt
        return phi("PERSON", who.render(self.r.choice((0, 1, 2, 5)) if fmt is None else fmt))

    def doc_sig(self, who: Person | None = None, cred: str = "MD") -> str:
        """'Jane Q. Doe, MD' with the credential as a keep-span."""
        return f"{self.name(who or self.rad, self.r.choice((0, 5)))}, {keep('credential', cred)}"

    def dr(self, who: Person | None = None) -> str:
        return f"Dr. {phi('PERSON', (who or self.ref).last)}"

    def tech_ini(self) -> str:
        return phi("PERSON", self.tech)

    def other(self) -> Person:
        return new_person(self.r)

    # --- dates and times ----------------------------------------------------------------------------------
    def d(self, day: dt.date | None = None, fmt: int | None = None) -> str:
        return phi("DATE_TIME", F.fmt_date(day or self.exam, self.r, self.dfmt if fmt is None else fmt))

    def dany(self, day: dt.date | None = None) -> str:
        return phi("DATE_TIME", F.fmt_date(day or self.exam, self.r))

    def dshort(self, day: dt.date | None = None) -> str:
        return phi("DATE_TIME", F.fmt_short_date(day or self.exam, self.r))

    def t(self, tm: tuple[int, int, int] | None = None, fmt: int | None = None) -> str:
        return phi("DATE_TIME", F.fmt_time(tm or self.time, self.r, self.tfmt if fmt is None else fmt))

    def later(self, minutes: int) -> tuple[int, int, int]:
        total = (self.time[0] * 60 + self.time[1] + minutes) % (24 * 60)
        return (total // 60, total % 60, self.r.randint(0, 59))

    def before(self, days: int) -> dt.date:
        return self.exam - dt.timedelta(days=days)

    def dob_(self) -> str:
        return self.d(self.dob)

    # --- age ----------------------------------------------------------------------------------------------
    def age_(self, form: int | None = None) -> str:
        """The age as written in a header or sentence; only ages over 89 are PHI."""
        a = self.age
        form = self.r.randrange(5) if form is None else form
        if a >= 90:
            v = phi("AGE_OVER_89", str(a))
            return (f"{v}-year-old", f"{v} y/o", f"{v}Y", f"{v} yrs", f"{v} years old")[form]
        return keep("age_under_90", (f"{a}-year-old", f"{a} y/o", f"{a}Y", f"{a} yrs", f"{a} years old")[form])

    # --- identifiers --------------------------------------------------------------------------------------
    def mrn(self) -> str:
        return phi("MRN", self.mrn_v)

    def acc(self) -> str:
        return phi("ACCESSION", self.acc_v)

    def new_acc(self) -> str:
        return phi("ACCESSION", F.accession(self.r, self.mod))

    def new_mrn(self) -> str:
        return phi("MRN", F.mrn(self.r))

    def ssn(self) -> str:
        return phi("SSN", F.ssn(self.r))

    def plan(self) -> str:
        return phi("HEALTH_PLAN_ID", F.plan_id(self.r, self.payer))

    def acct(self) -> str:
        return phi("ACCOUNT_ID", F.account(self.r))

    def serial(self) -> str:
        return phi("DEVICE_SERIAL", F.serial(self.r))

    # --- places and contacts ------------------------------------------------------------------------------
    def fac(self, second: bool = False) -> str:
        return phi("FACILITY", self.fac2_v if second else self.fac_v)

    def addr(self, sep: str = ", ") -> str:
        """Street, city, state (not PHI) and ZIP as separate spans."""
        street = phi("STREET_ADDRESS", f"{self.street_v} {self.unit_v}".strip())
        return f"{street}{sep}{phi('CITY', self.city_v)}, {self.state} {phi('ZIP', self.zip_v)}"

    def city(self) -> str:
        return phi("CITY", self.city_v)

    def phone(self) -> str:
        return phi("PHONE", F.phone(self.r, self.area))

    def ext(self) -> str:
        return phi("PHONE", f"x{self.r.randint(2000, 7999)}")

    def email(self, who: Person | None = None, webmail: bool = False) -> str:
        who = who or self.ref
        first = (who.first or who.last).split()[0].lower()
        last = who.last.lower().replace(" ", "").replace("'", "")
        local = self.r.choice((f"{first}.{last}", f"{first[0]}{last}", f"{last}{self.r.randint(1, 99)}"))
        local = local.encode("ascii", "ignore").decode()
        return phi("EMAIL", f"{local}@{self.r.choice(P.WEBMAIL) if webmail else self.domain}")

    def ip(self) -> str:
        return phi("IP_ADDRESS", F.ip(self.r))

    def url(self, with_acc: bool = False) -> str:
        host = self.r.choice((f"pacs.{self.domain}", f"viewer.{self.domain}", F.ip(self.r)))
        tail = f"/study?acc={self.acc_v}" if with_acc else f"/portal/{self.r.randint(1000, 99999)}"
        return phi("URL", f"https://{host}{tail}")
