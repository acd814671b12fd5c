"""Span markup and one document's invented context (people, dates, identifiers) with format renderers.

Templates write marked text: ``phi("PERSON", "Doe, Jane")`` or ``keep("score", "BI-RADS 4")``; ``unmark``
turns the marked string into plain text plus offset-exact spans, so offsets can never drift.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from random import Random

import blind_pools as P

_OPEN, _SEP, _CLOSE = "\x01", "\x1f", "\x02"
_MARK = re.compile("\x01([PK])([^\x1f]+)\x1f([^\x02\x01]*)\x02")


def phi(kind: str, value: str) -> str:
    return f"{_OPEN}P{kind}{_SEP}{value}{_CLOSE}"


def keep(label: str, value: str) -> str:
    return f"{_OPEN}K{label}{_SEP}{value}{_CLOSE}"


def unmark(marked: str) -> tuple[str, list[dict], list[dict]]:
    """Plain text, PHI spans and keep-spans of a marked string."""
    out: list[str] = []
    phis: list[dict] = []
    keeps: list[dict] = []
    pos = last = 0
    for m in _MARK.finditer(marked):
        out.append(marked[last:m.start()])
        pos += m.start() - last
        value = m.group(3)
        if value:
            if m.group(1) == "P":
                phis.append({"start": pos, "end": pos + len(value), "type": m.group(2), "text": value})
            else:
                keeps.append({"start": pos, "end": pos + len(value), "label": m.group(2), "text": value})
        out.append(value)
        pos += len(value)
        last = m.end()
    out.append(marked[last:])
    text = "".join(out)
    if _OPEN in text or _CLOSE in text or _SEP in text:
        raise ValueError("unbalanced span markup")
    return text, phis, keeps


def age_words(n: int) -> str:
    tens = {9: "ninety", 10: "one hundred"}
    if n >= 100:
        rest = n - 100
        return "one hundred" + (f" {P.ONES[rest]}" if rest else "")
    return tens[n // 10] + (f"-{P.ONES[n % 10]}" if n % 10 else "")


def luhn_digit(digits: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


@dataclass
class Person:
    given: str
    family: str
    culture: str
    middle: str = ""
    nick: str = ""

    def render(self, fmt: str) -> str:
        g, f, m = self.given, self.family, self.middle
        if fmt == "natural":
            if self.culture == "fam_first":
                return f"{f.upper()} {g}"
            return f"{g} {m + '. ' if m else ''}{f}"
        if fmt == "western":
            return f"{g} {f}"
        if fmt == "last_first":
            return f"{f}, {g}{' ' + m if m else ''}"
        if fmt == "upper":
            return f"{f.upper()}, {g.upper()}{' ' + m if m else ''}"
        if fmt == "hl7":
            return f"{f.upper()}^{g.upper()}^{m}".rstrip("^")
        if fmt == "initial":
            return f"{g[0]}. {f}"
        if fmt == "initials":
            return f"{g[0]}{f[0]}".upper()
        if fmt == "family":
            return f
        if fmt == "given":
            return g
        if fmt == "nick":
            return f'{g} "{self.nick}" {f}' if self.nick else f"{g} {f}"
        raise ValueError(fmt)


def make_person(rng: Random, pool: list[tuple], used: set[str]) -> Person:
    while True:
        entry = rng.choice(pool)
        g, f = entry[0], entry[1]
        if f not in used and g not in used:
            used.update({f, g})
            break
    culture = entry[2] if len(entry) > 2 else "clin"
    middle = rng.choice(P.MIDDLE_INITIALS) if culture not in ("fam_first", "viet_dia") and rng.random() < 0.45 else ""
    return Person(g, f, culture, middle, P.NICKNAMES.get(g, ""))


@dataclass
class Ctx:
    """Everything one document may mention about its patient and encounter."""

    rng: Random
    patient: Person = None  # type: ignore[assignment]
    used: set[str] = field(default_factory=set)
    age: int = 0
    sex: str = "F"
    dob: dt.date = None  # type: ignore[assignment]
    study: dt.datetime = None  # type: ignore[assignment]
    facility: tuple[str, str] = ("", "")
    town: tuple[str, str, str] = ("", "", "")

    def __post_init__(self) -> None:
        r = self.rng
        self.patient = make_person(r, P.PEOPLE, self.used)
        self.age = r.choice([r.randint(18, 88), r.randint(18, 88), r.randint(90, 104), r.randint(40, 89)])
        self.sex = r.choice("FM")
        self.study = dt.datetime(2026, 1, 1, 0, 0) + dt.timedelta(minutes=r.randint(0, 60 * 24 * 500))
        self.dob = (self.study - dt.timedelta(days=int(365.25 * self.age) + r.randint(1, 360))).date()
        self.facility = r.choice(P.FACILITIES)
        self.town = r.choice(P.TOWNS)
        self._mrn = self._new_mrn()
        self._acc = self._new_acc()

    # ---------------------------------------------------------------- people
    def clinician(self) -> Person:
        return make_person(self.rng, P.CLINICIANS, self.used)

    def other_person(self) -> Person:
        return make_person(self.rng, P.PEOPLE, self.used)

    def name(self, person: Person | None = None, fmt: str | None = None) -> str:
        person = person or self.patient
        fmt = fmt or self.rng.choice(["natural", "last_first", "upper", "western", "natural"])
        return phi("PERSON", person.render(fmt))

    def doc(self, person: Person, style: str | None = None) -> str:
        """A clinician with title or credential as written in reports."""
        r = self.rng
        style = style or r.choice(["dr", "dr_nodot", "cred", "cred", "dr_full", "upper_cred"])
        if style == "dr":
            return "Dr. " + phi("PERSON", person.family)
        if style == "dr_nodot":
            return "Dr " + phi("PERSON", person.render("initial"))
        if style == "dr_full":
            return "Dr. " + phi("PERSON", person.render("western"))
        cred = r.choice(P.DOCTOR_CREDS)
        creds = ", ".join(keep("credential", c) for c in cred.split(", "))
        name = person.render("upper" if style == "upper_cred" else "western")
        return phi("PERSON", name) + ", " + creds

    def staff(self, person: Person, creds: list[str]) -> str:
        cred = self.rng.choice(creds)
        return phi("PERSON", person.render(self.rng.choice(["western", "initial"]))) + ", " + \
            ", ".join(keep("credential", c) for c in cred.split(", "))

    # ---------------------------------------------------------------- dates and times
    def date(self, d: dt.date | dt.datetime | None = None, fmt: str | None = None) -> str:
        d = d or self.study
        r = self.rng
        fmt = fmt or r.choice(["us", "us_short", "iso", "dmy_mon", "long", "dmy_long", "mon_short", "dicom",
                               "us_dash", "dotted", "dotted_short", "weekday_long", "weekday_short", "us"])
        mon, day, yr = d.month, d.day, d.year
        out = {
            "us": f"{mon:02d}/{day:02d}/{yr}", "us_short": f"{mon}/{day}/{yr % 100:02d}",
            "iso": f"{yr}-{mon:02d}-{day:02d}", "dmy_mon": f"{day:02d}-{P.MONTHS[mon - 1][:3]}-{yr}",
            "long": f"{P.MONTHS[mon - 1]} {day}, {yr}", "dmy_long": f"{day} {P.MONTHS[mon - 1]} {yr}",
            "mon_short": f"{P.MONTHS[mon - 1][:3]} {day}, {yr}", "dicom": f"{yr}{mon:02d}{day:02d}",
            "us_dash": f"{mon:02d}-{day:02d}-{yr}", "dotted": f"{day:02d}.{mon:02d}.{yr}",
            "dotted_short": f"{day}.{mon}.{yr % 100:02d}",
            "weekday_long": f"{P.WEEKDAYS[d.weekday()]}, {P.MONTHS[mon - 1]} {day}, {yr}",
            "weekday_short": f"{P.WEEKDAYS[d.weekday()][:3]} {mon:02d}/{day:02d}/{yr}",
            "md": f"{mon}/{day}", "md_long": f"{P.MONTHS[mon - 1]} {day}", "md_abbr": f"{P.MONTHS[mon - 1][:3]}. {day}",
            "weekday_md": f"{P.WEEKDAYS[d.weekday()]} {mon}/{day}",
        }[fmt]
        return phi("DATE_TIME", out)

    def time(self, t: dt.datetime | None = None, fmt: str | None = None) -> str:
        t = t or self.study
        r = self.rng
        fmt = fmt or r.choice(["24", "24s", "12", "12dot", "hours", "mil", "24", "12"])
        h12 = t.hour % 12 or 12
        ampm = "AM" if t.hour < 12 else "PM"
        sec = (t.minute * 7) % 60
        out = {"24": f"{t.hour:02d}:{t.minute:02d}", "24s": f"{t.hour:02d}:{t.minute:02d}:{sec:02d}",
               "12": f"{h12}:{t.minute:02d} {ampm}", "12dot": f"{h12}:{t.minute:02d} {ampm[0].lower()}.m.",
               "hours": f"{t.hour:02d}{t.minute:02d} hours", "mil": f"{t.hour:02d}{t.minute:02d}",
               "12lc": f"{h12}:{t.minute:02d}{ampm.lower()}", "dicom": f"{t.hour:02d}{t.minute:02d}{sec:02d}"}[fmt]
        return phi("DATE_TIME", out)

    def later(self, minutes: int) -> dt.datetime:
        return self.study + dt.timedelta(minutes=minutes)

    def earlier_days(self, lo: int, hi: int) -> dt.datetime:
        return self.study - dt.timedelta(days=self.rng.randint(lo, hi), minutes=self.rng.randint(0, 600))

    def age_phrase(self, fmt: str | None = None) -> str:
        r, n = self.rng, self.age
        fmt = fmt or r.choice(["yo_dash", "yo_dash", "yo", "Y", "y/o", "years", "words"] + (["words"] * 3 if n >= 90 else []))
        if fmt == "words" and n < 90:
            fmt = "yo_dash"
        suffix = {"yo_dash": "-year-old", "yo": " yo", "Y": "Y", "y/o": " y/o", "years": " years", "words": "-year-old"}[fmt]
        if n >= 90:
            return phi("AGE_OVER_89", age_words(n) if fmt == "words" else str(n)) + suffix
        return keep("age_under_90", f"{n}{suffix}")

    # ---------------------------------------------------------------- identifiers
    def _new_mrn(self) -> str:
        r = self.rng
        body = "".join(r.choice("0123456789") for _ in range(r.choice([7, 8])))
        return r.choice([body, f"{body}-{luhn_digit(body)}", f"M{body}", f"{body[:2]}-{body[2:4]}-{body[4:]}",
                         f"E{body}{luhn_digit(body)}"])

    def _new_acc(self) -> str:
        r = self.rng
        n = "".join(r.choice("0123456789") for _ in range(7))
        y = self.study.year % 100
        return r.choice([f"{y}{r.choice(['CT', 'MR', 'US', 'XR', 'NM'])}{n}", f"RAD-{y}{n}", f"A{n}{luhn_digit(n)}",
                         f"{n}{r.randint(10, 99)}", f"IMG{y}-{n[:3]}-{n[3:]}", f"X{n}"])

    def mrn(self) -> str:
        return phi("MRN", self._mrn)

    def acc(self) -> str:
        return phi("ACCESSION", self._acc)

    def new_acc(self) -> str:
        return phi("ACCESSION", self._new_acc())

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def account(self) -> str:
        r = self.rng
        return phi("ACCOUNT_ID", r.choice([f"{self.digits(10)}", f"V{self.digits(9)}", f"{self.digits(3)}-{self.digits(7)}",
                                           f"{self.digits(4)}-{self.digits(6)}", f"ENC{self.digits(8)}"]))

    def plan_id(self) -> str:
        r = self.rng
        abc = "ACDEFGHJKMNPQRTUVWXY"
        mbi = f"{r.randint(1, 9)}{r.choice(abc)}{r.choice(abc)}{r.randint(0, 9)}-{r.choice(abc)}{r.choice(abc)}" \
              f"{r.randint(0, 9)}-{r.choice(abc)}{r.choice(abc)}{r.randint(10, 99)}"
        return phi("HEALTH_PLAN_ID", r.choice([mbi, f"{''.join(r.choice(abc) for _ in range(3))}{self.digits(9)}",
                                               f"W{self.digits(8)} {self.digits(2)}", f"MCD-{self.digits(10)}"]))

    def ssn(self) -> str:
        a, b, c = self.rng.randint(101, 665), self.rng.randint(10, 99), self.rng.randint(1000, 9999)
        return phi("SSN", self.rng.choice([f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}"]))

    def phone(self, intl_ok: bool = True, ext: bool | None = None) -> str:
        r = self.rng
        if intl_ok and r.random() < 0.18:
            return phi("PHONE", r.choice(P.INTL_PHONES))
        ac, ex, ln = r.choice(P.AREA_CODES), r.randint(201, 989), r.randint(1000, 9999)
        num = r.choice([f"({ac}) {ex}-{ln}", f"{ac}-{ex}-{ln}", f"{ac}.{ex}.{ln}", f"1-{ac}-{ex}-{ln}",
                        f"+1 {ac} {ex} {ln}"])
        if ext if ext is not None else r.random() < 0.3:
            num += r.choice([f" ext. {r.randint(100, 9999)}", f" x{r.randint(1000, 9999)}", f" ext {r.randint(10, 999)}"])
        return phi("PHONE", num)

    def email(self, person: Person) -> str:
        r = self.rng
        local = r.choice([f"{person.given[0]}.{person.family}", f"{person.given}{person.family[:1]}{r.randint(1, 99)}",
                          f"{person.family}.{person.given}"]).lower()
        local = re.sub(r"[^a-z0-9.]", "", local.encode("ascii", "ignore").decode())
        return phi("EMAIL", f"{local}@{r.choice(P.EMAIL_DOMAINS)}")

    def ip(self) -> str:
        pre = self.rng.choice(P.IP_PREFIXES)
        parts = pre.split(".")
        while len(parts) < 4:
            parts.append(str(self.rng.randint(2, 250)))
        return ".".join(parts)

    def url(self, with_acc: bool = False) -> str:
        r = self.rng
        host = r.choice([f"{r.choice(P.HOSTS)}.{self.facility[1].lower()}.org", self.ip() + f":{r.choice([8080, 443, 8443])}"])
        path = r.choice(["/viewer/study?acc=" + self._acc if with_acc else "/viewer/open?sid=" + self.digits(12),
                         "/portal/results/" + self.digits(8), "/wado?requestType=WADO&studyUID=1.2.840." + self.digits(9)])
        return phi("URL", f"http{'s' if r.random() < 0.6 else ''}://{host}{path}")

    def serial(self) -> str:
        r = self.rng
        return phi("DEVICE_SERIAL", r.choice([f"SN{self.digits(6)}", f"{self.digits(5)}-MR{r.randint(1, 9)}",
                                              f"MDX{self.digits(7)}A", f"{r.choice(['PJN', 'RLB', 'KQ'])}{self.digits(6)}",
                                              f"C{self.digits(4)}-{self.digits(4)}"]))

    def address(self, oneline: bool = True, style: str = "") -> str:
        r = self.rng
        street = r.choice([f"{r.randint(2, 9899)} {r.choice(P.STREETS)}",
                           f"{r.randint(2, 9899)} {r.choice(P.STREETS)}, Apt {r.randint(1, 40)}{r.choice('ABCD')}",
                           f"{r.randint(2, 9899)} {r.choice(P.STREETS)} #{r.randint(100, 999)}",
                           f"PO Box {r.randint(10, 99999)}", f"P.O. Box {r.randint(10, 9999)}",
                           f"{r.randint(2, 9899)} {r.choice(P.STREETS)}, Unit {r.randint(1, 60)}"])
        town, state, z = self.town
        zipc = z if r.random() < 0.7 else f"{z}-{self.digits(4)}"
        if style == "hl7":
            return f"{phi('STREET_ADDRESS', street)}^^{phi('CITY', town)}^{state}^{phi('ZIP', zipc)}"
        sep = ", " if oneline else "\n"
        return f"{phi('STREET_ADDRESS', street)}{sep}{phi('CITY', town)}, {state} {phi('ZIP', zipc)}"

    def fac(self, abbrev: bool | None = None, which: tuple[str, str] | None = None) -> str:
        name, ab = which or self.facility
        use_ab = abbrev if abbrev is not None else self.rng.random() < 0.3
        return phi("FACILITY", ab if use_ab else name)
