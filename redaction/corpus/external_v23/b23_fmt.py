"""People, dates and identifier generators for blind23. Helpers return markup strings (see b23_doc)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from b23_doc import tag
from b23_pools import (AREA_CODES, CITIES, CREDENTIALS_MD, CREDENTIALS_STAFF, EMAIL_DOMAINS, FACILITIES,
                       NAMES, STREET_NAMES, STREET_SUFFIX, UNIT)

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


@dataclass
class Person:
    given: str
    middle: str
    family: str
    kind: str

    @property
    def last(self) -> str:
        return self.family or self.given

    def full(self) -> str:
        return f"{self.given} {self.family}".strip()

    def render(self, form: str) -> str:
        g, m, f = self.given, self.middle, self.family
        if self.kind == "m":
            return g.upper() if form.isupper() else g
        mid = f" {m}" if m else ""
        mi = f" {m[0]}" if m and len(m) == 1 else mid
        forms = {
            "full": f"{g} {f}",
            "full_mid": f"{g}{mid} {f}",
            "native": f"{f} {g}" if self.kind == "e" else f"{g} {f}",
            "last_first": f"{f}, {g}{mi}",
            "LAST_FIRST": f"{f.upper()}, {g.upper()}{mi.upper()}",
            "initial": f"{g[0]}. {f}" if not g.endswith(".") else f"{g} {f}",
            "last": f,
            "given": g if not g.endswith(".") else f"{g} {f}",
            "FULL": f"{g} {f}".upper(),
            "last_initial": f"{f} {g[0]}." if not g.endswith(".") else f"{f} {g}",
        }
        return forms[form]


def person(rng: random.Random, exclude: set | None = None) -> Person:
    exclude = exclude if exclude is not None else set()
    while True:
        g, m, f, k = rng.choice(NAMES)
        if (g, f) not in exclude and g not in {e[0] for e in exclude} and (not f or f not in {e[1] for e in exclude}):
            exclude.add((g, f))
            return Person(g, m, f, k)


def people(rng: random.Random, n: int) -> list[Person]:
    ex: set = set()
    return [person(rng, ex) for _ in range(n)]


def P(text: str) -> str:
    return tag(text, "PERSON")


def pn(rng: random.Random, p: Person, forms=("full", "full_mid", "native", "last_first", "LAST_FIRST",
                                              "initial", "FULL")) -> str:
    return P(p.render(rng.choice(forms)))


def creds(c: str) -> str:
    return ", ".join(tag(x, "credential") for x in c.split(", "))


def dr(rng: random.Random, p: Person, style: str | None = None) -> str:
    """A physician reference: title/credential kept outside the PERSON span."""
    style = style or rng.choice(["dr_last", "dr_full", "full_cred", "initial_cred", "last_cred", "plain"])
    c = rng.choice(CREDENTIALS_MD)
    if style == "dr_last":
        return f"{rng.choice(['Dr.', 'Dr', 'Doctor'])} {P(p.last)}"
    if style == "dr_full":
        return f"{rng.choice(['Dr.', 'Dr'])} {P(p.render(rng.choice(['full', 'initial', 'native'])))}"
    if style == "full_cred":
        return f"{P(p.render(rng.choice(['full', 'full_mid'])))}, {creds(c)}"
    if style == "initial_cred":
        return f"{P(p.render('initial'))} {tag(c.split(', ')[0], 'credential')}"
    if style == "last_cred":
        return f"{P(p.render('last_first'))}, {creds(c)}"
    return P(p.render(rng.choice(["full", "initial"])))


def staff(rng: random.Random, p: Person, creds_pool=CREDENTIALS_STAFF) -> str:
    c = rng.choice(creds_pool)
    r = rng.random()
    if r < 0.4:
        return f"{P(p.render(rng.choice(['full', 'initial'])))}, {creds(c)}"
    if r < 0.6:
        return f"{P(p.render('full'))} {tag(c.split(', ')[0], 'credential')}"
    if r < 0.8:
        return P(p.render(rng.choice(["given", "full", "last_initial"])))
    return P(p.render("full"))


# ---- dates and times ------------------------------------------------------------------------------
def rdate(rng: random.Random, lo=dt.date(2024, 1, 2), hi=dt.date(2026, 11, 20)) -> dt.date:
    return lo + dt.timedelta(days=rng.randrange((hi - lo).days))


def dob_for_age(rng: random.Random, ref: dt.date, age: int) -> dt.date:
    return ref - dt.timedelta(days=age * 365 + rng.randrange(20, 340))


def age_on(dob: dt.date, ref: dt.date) -> int:
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


DATE_FORMATS = ["mdY", "mdy", "iso", "dMonY", "MonthdY", "dMonthY", "MondY", "compact", "m-d-Y", "Mon.d",
                "md", "Monthd", "mdY_nopad", "Monthdth"]


def fmt_date(d: dt.date, f: str) -> str:
    mon, mo = MONTHS[d.month - 1], MONTHS[d.month - 1][:3]
    return {
        "mdY": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "mdY_nopad": f"{d.month}/{d.day}/{d.year}",
        "mdy": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "iso": d.isoformat(),
        "dMonY": f"{d.day:02d}-{mo}-{d.year}",
        "MonthdY": f"{mon} {d.day}, {d.year}",
        "dMonthY": f"{d.day} {mon} {d.year}",
        "MondY": f"{mo} {d.day}, {d.year}",
        "compact": f"{d.year}{d.month:02d}{d.day:02d}",
        "m-d-Y": f"{d.month:02d}-{d.day:02d}-{d.year}",
        "Mon.d": f"{mo}. {d.day}" if mo != "May" else f"May {d.day}",
        "md": f"{d.month}/{d.day}",
        "Monthd": f"{mon} {d.day}",
        "Monthdth": f"{mon} {d.day}{'th' if 10 < d.day % 100 < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d.day % 10, 'th')}",
        "dotted": f"{d.day:02d}.{d.month:02d}.{d.year}",
    }[f]


def D(rng: random.Random, d: dt.date, forms=None) -> str:
    forms = forms or ["mdY", "mdY", "mdy", "iso", "dMonY", "MonthdY", "MondY", "dMonthY", "m-d-Y", "mdY_nopad"]
    return tag(fmt_date(d, rng.choice(forms)), "DATE_TIME")


def fmt_time(h: int, m: int, f: str, s: int = 0) -> str:
    h12 = h % 12 or 12
    ap = "AM" if h < 12 else "PM"
    return {
        "24": f"{h:02d}:{m:02d}",
        "12": f"{h12}:{m:02d} {ap}",
        "12l": f"{h12}:{m:02d} {ap.lower()[0]}.m.",
        "12c": f"{h12}:{m:02d}{ap.lower()}",
        "hours": f"{h:02d}{m:02d} hours",
        "mil": f"{h:02d}{m:02d}",
        "sec": f"{h:02d}:{m:02d}:{s:02d}",
    }[f]


def T(rng: random.Random, h: int | None = None, m: int | None = None, forms=None) -> str:
    h = rng.randrange(6, 22) if h is None else h
    m = rng.randrange(60) if m is None else m
    forms = forms or ["24", "24", "12", "12", "12l", "12c", "hours", "sec"]
    return tag(fmt_time(h, m, rng.choice(forms), rng.randrange(60)), "DATE_TIME")


def age_mk(age: int) -> str:
    return tag(str(age), "AGE_OVER_89" if age > 89 else "age_under_90")


def pick_age(rng: random.Random, old_p: float = 0.18, lo: int = 24, hi: int = 88) -> int:
    return rng.randrange(90, 104) if rng.random() < old_p else rng.randrange(lo, hi)


# ---- identifiers ------------------------------------------------------------------------------
def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def mrn(rng: random.Random) -> str:
    return rng.choice([
        lambda: digits(rng, 8), lambda: "M" + digits(rng, 7), lambda: f"{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 3)}",
        lambda: "E" + digits(rng, 8), lambda: "7" + digits(rng, 6), lambda: f"MR{digits(rng, 7)}",
        lambda: f"{digits(rng, 2)}-{digits(rng, 6)}",
    ])()


def accession(rng: random.Random, mod: str = "CT") -> str:
    return rng.choice([
        lambda: f"{mod}{digits(rng, 2)}-{digits(rng, 6)}", lambda: f"RAD{digits(rng, 9)}",
        lambda: f"{digits(rng, 4)}{letters(rng, 2)}{digits(rng, 4)}", lambda: f"ACC-{digits(rng, 7)}",
        lambda: f"{mod}.{digits(rng, 8)}", lambda: f"X{digits(rng, 9)}",
    ])()


def ssn(rng: random.Random) -> str:
    a = rng.randrange(101, 665)
    return rng.choice([f"{a:03d}-{digits(rng, 2)}-{digits(rng, 4)}", f"{a:03d} {digits(rng, 2)} {digits(rng, 4)}"])


def phone(rng: random.Random, ac: str | None = None) -> str:
    ac = ac or rng.choice(AREA_CODES)
    x = f"01{digits(rng, 2)}"
    return rng.choice([f"({ac}) 555-{x}", f"{ac}-555-{x}", f"{ac}.555.{x}", f"+1 {ac} 555 {x}", f"1-{ac}-555-{x}",
                       f"{ac} 555 {x}"])


def email(rng: random.Random, p: Person | None = None, local: str | None = None) -> str:
    if local is None:
        base = (p.given if p else "imaging").split()[0].strip(".").lower()
        fam = (p.family if p and p.family else "desk").split()[-1].lower()
        fam = "".join(ch for ch in fam if ch.isascii() and ch.isalnum()) or "x"
        base = "".join(ch for ch in base if ch.isascii() and ch.isalnum()) or "pt"
        local = rng.choice([f"{base}.{fam}", f"{base[0]}{fam}", f"{fam}{digits(rng, 2)}", f"{base}_{fam}"])
    return f"{local}@{rng.choice(EMAIL_DOMAINS)}"


def ip(rng: random.Random) -> str:
    return rng.choice([f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                       f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                       f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"])


def plan_id(rng: random.Random) -> str:
    return rng.choice([
        lambda: f"{letters(rng, 3)}{digits(rng, 9)}", lambda: f"{digits(rng, 1)}{letters(rng, 2)}{digits(rng, 1)}-{letters(rng, 2)}{digits(rng, 1)}-{letters(rng, 2)}{digits(rng, 2)}",
        lambda: f"W{digits(rng, 9)}", lambda: f"{letters(rng, 2)}{digits(rng, 7)}-0{rng.randrange(1, 5)}",
        lambda: f"MCD{digits(rng, 8)}",
    ])()


def account(rng: random.Random) -> str:
    return rng.choice([lambda: digits(rng, 10), lambda: f"A{digits(rng, 9)}", lambda: f"FIN {digits(rng, 8)}"[4:],
                       lambda: f"{digits(rng, 4)}-{digits(rng, 5)}", lambda: f"HAR{digits(rng, 8)}"])()


def serial(rng: random.Random) -> str:
    return rng.choice([lambda: f"{letters(rng, 3)}{digits(rng, 6)}{letters(rng, 1)}", lambda: f"SN{digits(rng, 8)}",
                       lambda: f"{digits(rng, 2)}{letters(rng, 1)}{digits(rng, 5)}", lambda: f"RZK{digits(rng, 7)}",
                       lambda: f"{letters(rng, 2)}-{digits(rng, 4)}-{digits(rng, 4)}"])()


def facility(rng: random.Random, exclude=()) -> str:
    return rng.choice([f for f in FACILITIES if f not in exclude])


def city(rng: random.Random) -> tuple[str, str]:
    return rng.choice(CITIES)


def zipc(rng: random.Random) -> str:
    z = f"{rng.randrange(1, 99):02d}{digits(rng, 3)}"
    return z if rng.random() < 0.8 else f"{z}-{digits(rng, 4)}"


def street(rng: random.Random, unit_p: float = 0.3) -> str:
    s = f"{rng.randrange(2, 9800)} {rng.choice(STREET_NAMES)} {rng.choice(STREET_SUFFIX)}"
    if rng.random() < unit_p:
        s += rng.choice([", ", " "]) + rng.choice(UNIT)
    return s


def address(rng: random.Random, oneline: bool | None = None) -> str:
    c, st = city(rng)
    line1 = tag(street(rng), "STREET_ADDRESS")
    z = tag(zipc(rng), "ZIP")
    tail = rng.choice([f"{tag(c, 'CITY')}, {st} {z}", f"{tag(c.upper(), 'CITY')} {st}  {z}",
                       f"{tag(c, 'CITY')}, {st}, {z}", f"{tag(c, 'CITY')} {st} {z}"])
    if oneline is None:
        oneline = rng.random() < 0.5
    return f"{line1}, {tail}" if oneline else f"{line1}\n{tail}"


def pick(rng: random.Random, *opts):
    return rng.choice(opts)
