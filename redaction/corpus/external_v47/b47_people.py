"""Newborn identity handling (placeholder names, mother linkage, multiples) and staff helpers for blind47."""

from __future__ import annotations

import datetime as dt
import random

from b47_core import K, P, S
from b47_pools import full, given, mrn, name_as, rdate, surname

CREDS = {
    "neonatologist": ["MD", "MBBS", "DO", "MD, FAAP"], "radiologist": ["MD", "MBBS, FRCR", "DO", "FRANZCR"],
    "nnp": ["NNP-BC", "APRN"], "nurse": ["RN", "RNC-NIC", "RN, BSN"], "sonographer": ["RDMS", "RDMS, RVT", "AMS"],
    "midwife": ["RM", "CNM", "RM, BSc"], "mfm": ["MD", "MD, PhD"], "social": ["LCSW", "MSW", "BSW"],
    "childlife": ["CCLS"], "rt": ["RRT", "RT(R)"], "anesth": ["MD", "DO", "FANZCA"],
}


class Baby:
    """A newborn with a placeholder registration name, its own MRN and a link to the mother."""

    def __init__(self, rng: random.Random, last: str | None = None, dob: dt.date | None = None,
                 order: str | None = None) -> None:
        self.sex = rng.choice("FM")
        self.mother_first, self.mother_last = full(rng, "F")
        self.last = last or (self.mother_last if rng.random() < 0.6 else surname(rng))
        self.first = given(rng, self.sex)  # name given later (renaming)
        self.father_first = given(rng, "M")
        self.father_last = self.last if rng.random() < 0.7 else surname(rng)
        self.mrn = mrn(rng)
        self.mother_mrn = mrn(rng)
        self.dob = dob or rdate(rng)
        self.birth_h, self.birth_m = rng.randrange(24), rng.randrange(60)
        self.order = order  # "A", "B", "C" for multiples
        self.ga_w, self.ga_d = rng.randint(23, 40), rng.randrange(7)
        self.reweigh(rng)

    def reweigh(self, rng: random.Random) -> None:
        """Birth weight consistent with gestational age (call again after changing ga_w)."""
        self.weight_g = max(480, int(3400 - (40 - self.ga_w) * 160 + rng.randint(-250, 250)))

    @property
    def word(self) -> str:
        return "GIRL" if self.sex == "F" else "BOY"

    def placeholder(self, rng: random.Random, how: str | None = None) -> list:
        """The unnamed-newborn name; placeholder words stay outside the PERSON span (see README)."""
        w = self.word
        o = self.order
        choices = ["BABY_UP", "Baby", "BB", "Lf", "infant_of"] + (["twin", "boyA"] if o else [])
        how = how or rng.choice(choices)
        if how == "BABY_UP":
            return [f"BABY {w} ", P(self.last.upper())] if not o else [f"BABY {w} {o} ", P(self.last.upper())]
        if how == "Baby":
            return [f"Baby {w.title()} ", P(self.last)]
        if how == "BB":
            return [f"{'BB' if self.sex == 'M' else 'BG'} ", P(self.last)]
        if how == "Lf":
            return [P(self.last.upper()), f", BABY {w}" + (f" {o}" if o else "")]
        if how == "twin":
            return [f"Twin {o} ", P(self.last)]
        if how == "boyA":
            return [f"{w.title()} {o} ", P(self.last)]
        return ["Infant of ", P(f"{self.mother_first} {self.mother_last}")]

    def hl7_name(self) -> list:
        return [P(self.last.upper()), f"^BABY {self.word}" + (f" {self.order}" if self.order else "")]

    def mother(self, how: str = "fl", rng: random.Random | None = None):
        return P(name_as(self.mother_first, self.mother_last, how, rng))

    def father(self, how: str = "fl", rng: random.Random | None = None):
        return P(name_as(self.father_first, self.father_last, how, rng))

    def named(self, how: str = "fl"):
        return P(name_as(self.first, self.last, how))

    def ga(self, rng: random.Random):
        return K("age_under_90", rng.choice([f"{self.ga_w}+{self.ga_d} weeks", f"{self.ga_w}w{self.ga_d}d",
                                             f"{self.ga_w}+{self.ga_d}/40"]))


def staff(rng: random.Random, role: str, how: str = "fl", cred: bool = True) -> list:
    first, last = full(rng)
    out: list = [P(name_as(first, last, how, rng))]
    if cred:
        out += [", ", K("credential", rng.choice(CREDS[role]))]
    return out


def dr(rng: random.Random) -> list:
    """``Dr. Surname`` with the title outside the span."""
    return [rng.choice(["Dr. ", "Dr ", "Dr "]), P(surname(rng))]


def dol(rng: random.Random, n: int | None = None):
    n = rng.randint(1, 40) if n is None else n
    return K("age_under_90", rng.choice([f"DOL {n}", f"day of life {n}", f"{n}-day-old", f"DOL#{n}"]))


def infant_age(rng: random.Random):
    k = rng.randrange(5)
    return K("age_under_90", [f"{rng.randint(2, 16)} wk", f"{rng.randint(2, 23)} mo", f"{rng.randint(3, 11)} weeks old",
                              f"{rng.randint(2, 9)}-month-old", f"{rng.randint(2, 6)}y {rng.randint(1, 11)}m"][k])


def cga(rng: random.Random, w: int | None = None):
    w = rng.randint(30, 44) if w is None else w
    return K("age_under_90", rng.choice([f"corrected GA {w} weeks", f"CGA {w}+{rng.randrange(7)}",
                                         f"PMA {w} weeks", f"{w} weeks corrected"]))


def old_relative(rng: random.Random) -> list:
    """A great-grandparent over 89: the number alone is the AGE_OVER_89 span."""
    n = str(rng.randint(90, 101))
    return rng.choice([[S("AGE_OVER_89", n), "-year-old great-grandmother"], ["great-grandfather (aged ", S("AGE_OVER_89", n), ")"],
                       ["great-grandmother (", S("AGE_OVER_89", n), " yo)"]])


def age_between(rng: random.Random, born: dt.date, on: dt.date):
    """An infant/child age consistent with two dates (keep label age_under_90)."""
    days = max(1, (on - born).days)
    if days < 28:
        txt = rng.choice([f"{days}-day-old", f"{days} days", f"DOL {days}"])
    elif days < 7 * 16:
        w = days // 7
        txt = rng.choice([f"{w} wk", f"{w}-week-old", f"{w} weeks old"])
    elif days < 730:
        m = days * 12 // 365
        txt = rng.choice([f"{m} mo", f"{m}-month-old", f"{m} months"])
    else:
        y = days // 365
        txt = rng.choice([f"{y}yo", f"{y}-year-old", f"{y}y {(days % 365) * 12 // 365}m"])
    return K("age_under_90", txt)
