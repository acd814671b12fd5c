"""The people, places, times and identifiers of one document, and the ways real systems write them.

Every formatter returns marked text (see b8_markup) so a style can paste the result straight into a document.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from dataclasses import dataclass, field

from b8_markup import keep, phi
from b8_pools import NICKNAMES, TRADITIONS

_BAD_INITIALS = {
    "CT",
    "MR",
    "US",
    "XR",
    "MG",
    "PA",
    "DO",
    "MD",
    "RN",
    "NP",
    "OR",
    "ED",
    "IR",
    "NM",
    "PE",
    "MS",
    "AP",
    "LL",
    "RT",
    "DR",
    "ER",
    "NO",
    "OK",
    "ID",
    "IV",
    "IN",
}


@dataclass
class Person:
    """A name split the way forms need it; `given` may hold two words (Thi Lan, Juan Carlos)."""

    given: str
    family: str
    middle: str = ""
    tradition: str = "anglo"
    sex: str = "f"

    @property
    def mononym(self) -> bool:
        return not self.family

    def first_last(self) -> str:
        mid = f" {self.middle}." if self.middle else ""
        return self.given if self.mononym else f"{self.given}{mid} {self.family}"

    def plain(self) -> str:
        return self.given if self.mononym else f"{self.given} {self.family}"

    def last_first(self, upper: bool = False) -> str:
        if self.mononym:
            value = self.given
        else:
            value = f"{self.family}, {self.given}" + (f" {self.middle}" if self.middle else "")
        return value.upper() if upper else value

    def hl7(self) -> str:
        return (
            f"{self.given.upper()}^^" if self.mononym else f"{self.family.upper()}^{self.given.upper()}^{self.middle}"
        )

    def initial_last(self) -> str:
        return self.given if self.mononym else f"{self.given[0]}. {self.family}"

    def surname(self) -> str:
        return self.family or self.given

    def initials(self) -> str:
        letters = "".join(w[0] for w in self.given.replace("-", " ").split()) + "".join(
            w[0] for w in self.family.replace("'", " ").split() if w[0].isupper()
        )
        return letters.upper()

    def nickname_form(self) -> str | None:
        nick = NICKNAMES.get(self.given)
        if nick is None or self.mononym:
            return None
        return f'{self.given} "{nick}" {self.family}'


def make_person(rng: random.Random, tradition: str | None = None) -> Person:
    name = tradition or rng.choice(list(TRADITIONS))
    pool = TRADITIONS[name]
    sex = rng.choice("fm")
    given = rng.choice(pool[sex])
    family = rng.choice(pool["last"]) if pool["last"] else ""
    middle = rng.choice("ABCDEJKLMRST") if family and rng.random() < 0.4 and " " not in given else ""
    return Person(given, family, middle, name, sex)


def person_variants(p: Person) -> list[str]:
    """Forms a clinician's name takes in running text (values only; titles go outside the span)."""
    forms = [p.first_last(), p.plain(), p.surname(), p.initial_last()]
    return [f for f in forms if f]


def pname(p: Person, form: str) -> str:
    """Marked PERSON span for one of the named forms."""
    value = {
        "first_last": p.first_last(),
        "plain": p.plain(),
        "last_first": p.last_first(),
        "LAST_FIRST": p.last_first(upper=True),
        "hl7": p.hl7(),
        "initial_last": p.initial_last(),
        "surname": p.surname(),
        "lower": p.plain().lower(),
        "given": p.given,
        "initials": p.initials(),
        "nick": p.nickname_form() or p.plain(),
        "SURNAME": p.surname().upper(),
    }[form]
    return phi("PERSON", value)


def safe_initials(p: Person) -> bool:
    return len(p.initials()) >= 2 and p.initials() not in _BAD_INITIALS


# ---------------------------------------------------------------- dates and times
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def date_str(d: dt.date, fmt: str) -> str:
    """Unmarked date text in one of many real-world shapes."""
    mon = _MONTHS[d.month - 1]
    abbr = mon[:3]
    return {
        "us": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "us_short": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "iso": d.isoformat(),
        "dmy_abbr": f"{d.day:02d}-{abbr}-{d.year}",
        "long": f"{mon} {d.day}, {d.year}",
        "md": f"{d.month}/{d.day}",
        "month_day": f"{mon} {d.day}",
        "dmy_long": f"{d.day} {mon} {d.year}",
        "abbr_long": f"{abbr} {d.day}, {d.year}",
        "compact": f"{d.year}{d.month:02d}{d.day:02d}",
        "us_dash": f"{d.month:02d}-{d.day:02d}-{d.year}",
        "abbr_dot": (abbr + ("." if mon != abbr else "")) + f" {d.day}",
        "uk": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "eu_dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "ordinal": f"{mon} {_ordinal(d.day)}, {d.year}",
        "uk_ordinal": f"{_ordinal(d.day)} {mon} {d.year}",
        "DMY_UP": f"{d.day:02d}{abbr.upper()}{d.year}",
        "lower_md": f"{mon.lower()} {d.day}",
        "dmy_abbr_space": f"{d.day} {abbr} {d.year}",
        "us_nopad": f"{d.month}/{d.day}/{d.year}",
    }[fmt]


US_DATE_FORMATS = [
    "us",
    "us_short",
    "iso",
    "dmy_abbr",
    "long",
    "abbr_long",
    "us_dash",
    "us_nopad",
    "ordinal",
    "DMY_UP",
    "dmy_abbr_space",
]
INTL_DATE_FORMATS = ["uk", "dmy_long", "uk_ordinal", "eu_dot", "iso", "dmy_abbr_space"]


def date(d: dt.date, fmt: str) -> str:
    return phi("DATE_TIME", date_str(d, fmt))


def time_str(t: dt.datetime, fmt: str) -> str:
    h12 = t.hour % 12 or 12
    ampm = "AM" if t.hour < 12 else "PM"
    return {
        "hm": f"{t.hour:02d}:{t.minute:02d}",
        "hms": f"{t.hour:02d}:{t.minute:02d}:{t.second:02d}",
        "ampm": f"{h12}:{t.minute:02d} {ampm}",
        "ampm_dots": f"{h12}:{t.minute:02d} {ampm[0].lower()}.m.",
        "hours": f"{t.hour:02d}{t.minute:02d} hours",
        "mil": f"{t.hour:02d}{t.minute:02d}",
        "ampm_tight": f"{h12}:{t.minute:02d}{ampm.lower()}",
        "h_fr": f"{t.hour}h{t.minute:02d}",
        "hrs": f"{t.hour:02d}{t.minute:02d}hrs",
        "dot": f"{t.hour:02d}.{t.minute:02d}",
    }[fmt]


def time(t: dt.datetime, fmt: str) -> str:
    return phi("DATE_TIME", time_str(t, fmt))


def stamp(t: dt.datetime, dfmt: str, tfmt: str, sep: str = " ") -> str:
    return date(t.date(), dfmt) + sep + time(t, tfmt)


def hl7_ts(t: dt.datetime, seconds: bool = True) -> str:
    """HL7 TS value: the date and the time are separate spans that touch."""
    clock = f"{t.hour:02d}{t.minute:02d}" + (f"{t.second:02d}" if seconds else "")
    return phi("DATE_TIME", f"{t.year}{t.month:02d}{t.day:02d}") + phi("DATE_TIME", clock)


def later(t: dt.datetime, rng: random.Random, lo: int, hi: int) -> dt.datetime:
    """A moment `lo`..`hi` minutes after `t`."""
    return t + dt.timedelta(minutes=rng.randint(lo, hi), seconds=rng.randint(0, 59))


# ---------------------------------------------------------------- ages
def age_phrase(age: int, shape: str) -> str:
    """Marked age: >89 marks only the number (AGE_OVER_89); <90 keeps the whole phrase (age_under_90)."""
    pattern = {
        "yo_hyphen": "{}-year-old",
        "yo": "{} yo",
        "Y": "{}Y",
        "y_o": "{} y/o",
        "years": "{} years",
        "yrs": "{} yrs",
        "yF": "{}yF",
        "ans": "{} ans",
        "jaar": "{} jaar",
    }[shape]
    text = pattern.format(age)
    if age > 89:
        rest = text[len(str(age)) :]
        return phi("AGE_OVER_89", str(age)) + rest
    return keep("age_under_90", text)


# ---------------------------------------------------------------- contact details
def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def us_phone(rng: random.Random, shape: str | None = None) -> str:
    area = rng.choice(["617", "312", "614", "512", "206", "919", "470", "734", "503", "480", "773"])
    line = f"01{rng.randint(0, 9)}{rng.randint(0, 9)}"
    shape = shape or rng.choice(["paren", "dash", "dot", "space", "plus", "plus_dash", "tight", "one"])
    return {
        "paren": f"({area}) 555-{line}",
        "dash": f"{area}-555-{line}",
        "dot": f"{area}.555.{line}",
        "space": f"{area} 555 {line}",
        "plus": f"+1 {area} 555 {line}",
        "plus_dash": f"+1-{area}-555-{line}",
        "tight": f"({area})555-{line}",
        "one": f"1-{area}-555-{line}",
    }[shape]


def intl_phone(rng: random.Random, country: str) -> str:
    return {
        "uk": rng.choice(
            [f"+44 20 7946 0{digits(rng, 3)}", f"0113 496 0{digits(rng, 3)}", f"07700 900{digits(rng, 3)}"]
        ),
        "au": rng.choice([f"+61 2 5550 {digits(rng, 4)}", f"(02) 5550 {digits(rng, 4)}", f"0491 570 {digits(rng, 3)}"]),
        "ca": rng.choice(
            [f"(416) 555-01{digits(rng, 2)}", f"1 (807) 555-01{digits(rng, 2)}", f"514.555.01{digits(rng, 2)}"]
        ),
        "nl": rng.choice([f"+31 20 555 {digits(rng, 4)}", f"06-1234{digits(rng, 4)}", f"(038) 555 {digits(rng, 4)}"]),
    }[country]


def email_for(p: Person, rng: random.Random, domain: str) -> str:
    base = p.surname().lower().replace(" ", "").replace("'", "")
    first = p.given.split()[0].lower()
    local = rng.choice([f"{first}.{base}", f"{first[0]}{base}", f"{base}.{first[0]}", f"{first}{rng.randint(1, 99)}"])
    folded = unicodedata.normalize("NFKD", local.replace("ł", "l").replace("Ł", "L"))
    ascii_local = folded.encode("ascii", "ignore").decode() or "user"
    return f"{ascii_local}@{domain}"


@dataclass
class Ids:
    """Identifier values for one document, in the shapes this document's systems use."""

    mrn: str
    acc: str
    acc2: str
    plan: str
    account: str
    ssn: str
    extra: dict = field(default_factory=dict)


def make_ids(rng: random.Random) -> Ids:
    mrn = rng.choice(
        [
            digits(rng, 8),
            "E" + digits(rng, 7),
            f"{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 2)}",
            "H" + digits(rng, 6),
            digits(rng, 10),
            f"MR{digits(rng, 7)}",
            f"0{digits(rng, 6)}-{digits(rng, 1)}",
        ]
    )
    acc_shape = rng.choice(["rad", "dash", "plain", "yy", "site"])

    def acc() -> str:
        return {
            "rad": "RAD" + digits(rng, 11),
            "dash": f"{rng.choice(['CT', 'MR', 'US', 'XR'])}-26-{digits(rng, 6)}",
            "plain": "A" + digits(rng, 8),
            "yy": f"26{digits(rng, 2)}-{digits(rng, 5)}",
            "site": f"{rng.choice(['SBM', 'LVR', 'GSR'])}{digits(rng, 9)}",
        }[acc_shape]

    plan = rng.choice(
        [
            f"XGH{digits(rng, 9)}",
            f"W{digits(rng, 9)}",
            f"{digits(rng, 1)}EG{digits(rng, 1)}-TE{digits(rng, 1)}-MK{digits(rng, 2)}",
            f"ZQB{digits(rng, 8)}01",
            f"MCD-{digits(rng, 8)}",
            f"U{digits(rng, 8)}-{digits(rng, 2)}",
        ]
    )
    account = rng.choice(
        [
            digits(rng, 10),
            digits(rng, 9),
            f"26-{digits(rng, 7)}",
            f"V{digits(rng, 8)}",
            f"{digits(rng, 4)}-{digits(rng, 6)}",
        ]
    )
    area = rng.randint(101, 665)
    group, serial_no = rng.randint(10, 99), digits(rng, 4)
    ssn = rng.choice(
        [f"{area:03d}-{group}-{serial_no}", f"{area:03d} {group} {serial_no}", f"{area:03d}{group}{serial_no}"]
    )
    return Ids(mrn, acc(), acc(), plan, account, ssn)


def serial(rng: random.Random, pattern: str) -> str:
    out = pattern
    for n in (8, 7, 6, 5, 4):
        out = out.replace(f"{{d{n}}}", digits(rng, n))
    return out


def ip(rng: random.Random) -> str:
    return rng.choice(
        [
            f"10.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(2, 254)}",
            f"172.{rng.randint(16, 31)}.{rng.randint(0, 254)}.{rng.randint(2, 254)}",
            f"192.168.{rng.randint(0, 254)}.{rng.randint(2, 254)}",
        ]
    )
