"""Core helpers for blind36: inline span markup, dates, times, people, locales."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

PHI_CODES = {
    "P": "PERSON", "D": "DATE_TIME", "A": "AGE_OVER_89", "MRN": "MRN", "ACC": "ACCESSION", "SSN": "SSN",
    "PH": "PHONE", "EM": "EMAIL", "URL": "URL", "IP": "IP_ADDRESS", "ST": "STREET_ADDRESS", "CITY": "CITY",
    "ZIP": "ZIP", "FAC": "FACILITY", "HP": "HEALTH_PLAN_ID", "ACCT": "ACCOUNT_ID", "DEV": "DEVICE_SERIAL",
}
KEEP_CODES = {
    "ep": "eponym", "an": "anatomy", "vl": "vertebral_level", "ms": "measurement", "sc": "score",
    "sq": "sequence", "age": "age_under_90", "yr": "year", "mod": "modality", "cr": "credential",
    "sh": "section_header",
}
MARK = re.compile(r"⟦(\w+):(.*?)⟧", re.S)


def m(code: str, value: str) -> str:
    """Wrap a value in span markup (code from PHI_CODES or KEEP_CODES)."""
    return f"⟦{code}:{value}⟧"


def P(v): return m("P", v)
def D(v): return m("D", v)
def K(label, v): return m(label, v)


def parse(marked: str) -> tuple[str, list[dict], list[dict]]:
    """Strip markup; return text and phi/keep span lists."""
    out: list[str] = []
    phi: list[dict] = []
    keep: list[dict] = []
    pos = 0
    last = 0
    for mt in MARK.finditer(marked):
        plain = marked[last:mt.start()]
        out.append(plain)
        pos += len(plain)
        code, value = mt.group(1), mt.group(2)
        start, end = pos, pos + len(value)
        if code in PHI_CODES:
            phi.append({"start": start, "end": end, "type": PHI_CODES[code], "text": value})
        elif code in KEEP_CODES:
            keep.append({"start": start, "end": end, "label": KEEP_CODES[code], "text": value})
        else:
            raise ValueError(f"unknown markup code {code!r}")
        out.append(value)
        pos = end
        last = mt.end()
    out.append(marked[last:])
    return "".join(out), phi, keep


def noisy(rng, marked: str, rate: float = 0.04) -> str:
    """Typo/OCR noise in the plain (unannotated) parts only."""
    swaps = [("the ", "teh "), ("and ", "adn "), ("rn", "m"), ("ll", "l"), (" to ", " to  "), ("ie", "ei"),
             ("ment", "mnet"), (", ", " ,"), ("ing ", "ign ")]
    parts = MARK.split(marked)
    # MARK.split yields plain, code, value, plain, code, value, ...
    res = []
    for idx, part in enumerate(parts):
        if idx % 3 == 0:
            for a, b in swaps:
                if a in part and rng.random() < rate * 5:
                    part = part.replace(a, b, 1)
            res.append(part)
        elif idx % 3 == 1:
            res.append(f"⟦{part}:{parts[idx + 1]}⟧")
    return "".join(res)


# ---------------------------------------------------------------- dates and times
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def rand_date(rng, start=date(2025, 6, 1), span=330) -> date:
    return start + timedelta(days=rng.randrange(span))


def ordinal(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def fdate(rng, d: date, kind: str | None = None) -> str:
    kinds = ["dot", "slash_short", "th", "of", "dmy_long", "slash4", "iso", "dmon", "us_long", "th_year",
             "dmy_dash"]
    kind = kind or rng.choice(kinds)
    mon = MONTHS[d.month - 1]
    return {
        "dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "slash_short": f"{d.day}/{d.month}/{d.year % 100:02d}",
        "th": f"{ordinal(d.day)} {mon}",
        "of": f"{ordinal(d.day)} of {mon}",
        "dmy_long": f"{d.day} {mon} {d.year}",
        "slash4": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "iso": d.isoformat(),
        "dmon": f"{d.day}-{mon[:3]}-{d.year % 100:02d}",
        "us_long": f"{mon} {d.day}, {d.year}",
        "th_year": f"{ordinal(d.day)} {mon} {d.year}",
        "dmy_dash": f"{d.day:02d}-{d.month:02d}-{d.year}",
        "us_slash": f"{d.month}/{d.day}/{d.year}",
        "day_th": f"{DAYS[d.weekday()]} {ordinal(d.day)} {mon}",
        "short_dm": f"{d.day}/{d.month}",
    }[kind]


def ftime(rng, kind: str | None = None) -> str:
    h, mi = rng.randrange(6, 22), rng.randrange(0, 60)
    kinds = ["h", "dotpm", "colon", "hrs", "pm", "dot24"]
    kind = kind or rng.choice(kinds)
    h12 = (h - 1) % 12 + 1
    ap = "am" if h < 12 else "pm"
    return {
        "h": f"{h}h{mi:02d}",
        "dotpm": f"{h12}.{mi:02d}{ap}",
        "colon": f"{h:02d}:{mi:02d}",
        "hrs": f"{h:02d}{mi:02d}hrs",
        "pm": f"{h12}:{mi:02d} {ap.upper()}",
        "dot24": f"{h:02d}.{mi:02d}",
    }[kind]


def dob(rng, lo=1931, hi=2012) -> date:
    return date(rng.randrange(lo, hi), rng.randrange(1, 13), rng.randrange(1, 29))


def age_of(b: date, on: date) -> int:
    return on.year - b.year - ((on.month, on.day) < (b.month, b.day))


def age_phrase(rng, age: int) -> str:
    """Age with markup: AGE_OVER_89 number only, else whole phrase as age_under_90 keep."""
    forms = [("{}-year-old", True), ("aged {}", False), ("{} years old", True), ("{} yrs", True), ("{}y", True)]
    f, whole = rng.choice(forms)
    if age >= 90:
        return f.replace("{}", m("A", str(age)))
    if whole:
        return m("age", f.format(age))
    return "aged " + m("age", str(age))


# ---------------------------------------------------------------- people
@dataclass
class Person:
    given: str
    family: str
    eastern: bool = False
    nick: str | None = None
    formal_uses_given: bool = False

    def full(self) -> str:
        return f"{self.family} {self.given}" if self.eastern else f"{self.given} {self.family}"

    def formal(self) -> str:
        return self.given if self.formal_uses_given else self.family

    def first(self) -> str:
        return self.nick or (self.family if self.eastern and self.formal_uses_given else self.given)

    def last_first(self, caps=False) -> str:
        fam = self.family.upper() if caps else self.family
        return f"{fam}, {self.given}"

    def initial(self) -> str:
        return f"{self.given[0]}. {self.family}" if not self.eastern else f"{self.family} {self.given[0]}."

    def caps(self) -> str:
        return self.full().upper()

    def any(self, rng) -> str:
        return rng.choice([self.full(), self.full(), self.last_first(), self.last_first(caps=True), self.initial(),
                           self.caps()])


def lower_marked(marked: str) -> str:
    """Lower-case text and span values, keeping markup codes intact."""
    parts = MARK.split(marked)
    out = []
    for i, p in enumerate(parts):
        if i % 3 == 0:
            out.append(p.lower())
        elif i % 3 == 1:
            out.append(f"⟦{p}:{parts[i + 1].lower()}⟧")
    return "".join(out)
