"""Per-document context: one invented patient and the people, places and identifiers around them."""

from __future__ import annotations

import datetime as dt

import b20_phi as P
import b20_pools as pools


class Ctx:
    def __init__(self, rng, old_p: float = 0.14) -> None:
        self.rng = rng
        self.avoid: set = set()
        self.pt = pools.person(rng, avoid=self.avoid)
        self.sex = rng.choice(["F", "M"])
        self.date = P.exam_date(rng)
        if rng.random() < old_p:
            self.age = rng.randint(90, 104)
        else:
            self.age = rng.choice([rng.randint(19, 89), rng.randint(45, 89), rng.randint(60, 89)])
        self.dob = self.date - dt.timedelta(days=365 * self.age + rng.randint(10, 350) + self.age // 4)
        self.time = P.rand_time(rng, 6, 22)
        self.city, self.state, self.zip = pools.city(rng)
        self.street, self.unit = pools.street(rng)
        self.phone = P.phone(rng)
        self.mrn = P.mrn(rng)
        self.acc = P.accession(rng, self.date)
        self.fac = pools.facility(rng, self.city)
        self.rad = pools.clinician(rng, self.avoid)
        self.ref = pools.clinician(rng, self.avoid)
        self.tech = pools.clinician(rng, self.avoid, md=False)
        self.payer = rng.choice(pools.PAYERS)
        self.plan = P.plan_id(rng)
        self.acct = P.account(rng)
        self.df = rng.choice(P.DATE_FMTS)       # the document's dominant date format
        self.tf = rng.choice(P.TIME_FMTS)
        self.nf = rng.choice(P.NAME_FMTS)

    def set_age(self, age: int) -> None:
        self.age = age
        self.dob = self.date - dt.timedelta(days=365 * age + self.rng.randint(10, 350) + age // 4)

    def other(self, md: bool | None = None, culture: str | None = None, relative: bool = False):
        if relative and self.rng.random() < 0.5:
            p = pools.person(self.rng, culture=self.pt.culture)
            p.family = self.pt.family
            return p
        if md is None:
            return pools.person(self.rng, culture=culture, avoid=self.avoid)
        return pools.clinician(self.rng, self.avoid, md=md)

    def later(self, lo: int = 1, hi: int = 30) -> dt.date:
        return self.date + dt.timedelta(days=self.rng.randint(lo, hi))

    def earlier(self, lo: int = 1, hi: int = 400) -> dt.date:
        return self.date - dt.timedelta(days=self.rng.randint(lo, hi))

    def addr(self, sep: str = ", ") -> str:
        return P.address_md(self.rng, self.street, self.unit, self.city, self.state, self.zip, sep)

    def pick(self, *opts):
        return self.rng.choice(opts)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p
