"""One document's invented cast, dates and identifiers, and the renderers that return *marked* strings.

Every renderer wraps its value with ``P`` (PHI) or ``K`` (keep) at the point it is written, so a template can
never print a name or identifier without its annotation.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from b4_markup import K, P
from b4_pools import (AREA_CODES, CITIES, DOMAINS, FACILITIES, FAMILY, GIVEN_F, GIVEN_M, MONONYMS, STREETS, UNITS,
                      WEBMAIL)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre")
MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre")
ORD = {1: "1st", 2: "2nd", 3: "3rd", 21: "21st", 22: "22nd", 23: "23rd", 31: "31st"}


@dataclass
class Person:
    """An invented person; ``family`` is empty for someone known by one name."""

    given: str
    family: str
    middle: str = ""

    def form(self, how: str) -> str:
        """The name as a given system would print it (never with title or credential)."""
        g, f, mi = self.given, self.family, self.middle[:1]
        if not f:
            return {"caret": f"{g.upper()}^FNU", "upper_last": f"{g.upper()}, FNU"}.get(how, g)
        return {
            "full": f"{g} {mi + '. ' if mi else ''}{f}",
            "plain": f"{g} {f}",
            "last_first": f"{f}, {g}{' ' + mi if mi else ''}",
            "upper_last": f"{f.upper()}, {g.upper()}{' ' + mi if mi else ''}",
            "caret": f"{f.upper().replace(' ', '')}^{g.upper().replace(' ', '')}^{mi}",
            "initial": f"{g[0]}. {f}",
            "family": f,
            "given": g,
            "upper": f"{g.upper()} {f.upper()}",
        }[how]


@dataclass
class Ctx:
    """Everything one document may mention; all values drawn from the document's own ``rng``."""

    rng: random.Random
    modality: str = "CT"
    people: dict[str, Person] = field(default_factory=dict)

    def __post_init__(self) -> None:
        r = self.rng
        self.sex = r.choice("FM")
        self.study = dt.date(2025, 1, 1) + dt.timedelta(days=r.randrange(700))
        self.set_age(r.randint(90, 104) if r.random() < 0.25 else r.randint(19, 88))
        self.patient = self.person(self.sex, mononym_ok=True)
        self.facility = r.choice(FACILITIES)
        self.other_facility = r.choice([f for f in FACILITIES if f != self.facility])
        self.domain = r.choice(DOMAINS)
        self.city, self.state, self.zip = r.choice(CITIES)
        self.street = f"{r.randint(2, 9899)} {r.choice(STREETS)}{r.choice(UNITS)}"
        self.area = r.choice(AREA_CODES)
        self.modality = r.choice(("CT", "MRI", "US", "XR", "CT", "MRI"))

    def set_age(self, age: int) -> None:
        """Age at the study date, with a date of birth consistent with it."""
        self.age = age
        self.dob = dt.date(self.study.year - age - 1, self.rng.randint(1, 12), self.rng.randint(1, 28))
        if (self.dob.month, self.dob.day) <= (self.study.month, self.study.day):
            self.dob = self.dob.replace(year=self.dob.year + 1)

    # ---- people -------------------------------------------------------------------------------------------
    def person(self, sex: str | None = None, mononym_ok: bool = False) -> Person:
        r = self.rng
        sex = sex or r.choice("FM")
        if mononym_ok and r.random() < 0.06:
            return Person(r.choice(MONONYMS), "")
        given = r.choice(GIVEN_F if sex == "F" else GIVEN_M)
        middle = r.choice(("", "", "A", "J", "K", "R", "Marie", "Lee", "T"))
        return Person(given, r.choice(FAMILY), middle)

    def relative(self, *relations: str) -> tuple[str, Person]:
        """A relation word and an invented person whose sex fits it (a son is not called Iris)."""
        rel = self.rng.choice(relations)
        female = {"wife", "daughter", "sister", "niece", "mother", "grandmother"}
        male = {"husband", "son", "brother", "nephew", "grandson", "father"}
        sex = "F" if rel in female else "M" if rel in male else None
        return rel, self.person(sex)

    def name(self, p: Person, how: str = "full") -> str:
        return P("PERSON", p.form(how))

    # ---- dates and times ----------------------------------------------------------------------------------
    def days(self, n: int) -> dt.date:
        return self.study + dt.timedelta(days=n)

    def date(self, d: dt.date, how: str = "us") -> str:
        m, dd, y = d.month, d.day, d.year
        value = {
            "us": f"{m:02d}/{dd:02d}/{y}", "us_short": f"{m}/{dd}/{y % 100:02d}", "iso": d.isoformat(),
            "dmy_slash": f"{dd:02d}/{m:02d}/{y}", "dmy_dot": f"{dd:02d}.{m:02d}.{y}", "dicom": f"{y}{m:02d}{dd:02d}",
            "dmon": f"{dd:02d}-{MONTHS[m - 1][:3]}-{y}", "long": f"{MONTHS[m - 1]} {dd}, {y}",
            "mil": f"{dd:02d}{MONTHS[m - 1][:3].upper()}{y}", "dmonth": f"{dd} {MONTHS[m - 1]} {y}",
            "ymd_slash": f"{y}/{m:02d}/{dd:02d}", "md": f"{m}/{dd}", "mon_d": f"{MONTHS[m - 1][:3]} {dd}",
            "es": f"{dd} de {MONTHS_ES[m - 1]} de {y}", "fr": f"{dd} {MONTHS_FR[m - 1]} {y}",
            "legal": f"{ORD.get(dd, f'{dd}th')} day of {MONTHS[m - 1]}, {y}", "dash_dmy": f"{dd}-{m}-{y % 100:02d}",
            "mon_y": f"{MONTHS[m - 1][:3]} {y}",
        }[how]
        return P("DATE_TIME", value)

    def any_date(self, d: dt.date) -> str:
        return self.date(d, self.rng.choice(("us", "us_short", "iso", "dmon", "long", "dicom", "dmy_dot", "mil")))

    def time(self, how: str = "24") -> str:
        r = self.rng
        h, mi, s = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
        value = {
            "24": f"{h:02d}:{mi:02d}", "sec": f"{h:02d}:{mi:02d}:{s:02d}", "hrs": f"{h:02d}{mi:02d} hrs",
            "ampm": f"{(h % 12) or 12}:{mi:02d} {'AM' if h < 12 else 'PM'}", "fr": f"{h}h{mi:02d}",
            "short": f"{(h % 12) or 12}:{mi:02d}{'a' if h < 12 else 'p'}", "zulu": f"{h:02d}{mi:02d}Z",
            "dicom": f"{h:02d}{mi:02d}{s:02d}", "dot": f"{h:02d}.{mi:02d}",
        }[how]
        return P("DATE_TIME", value)

    def clock(self, n: int, how: str = "24") -> list[str]:
        """``n`` increasing times on one day (logs and chats run forward), each its own DATE_TIME span."""
        r = self.rng
        t = r.randint(0, 20 * 60)
        out = []
        for _ in range(n):
            h, mi = divmod(t, 60)
            out.append(P("DATE_TIME", {"24": f"{h:02d}:{mi:02d}",
                                       "short": f"{(h % 12) or 12}:{mi:02d}{'a' if h < 12 else 'p'}",
                                       "hrs": f"{h:02d}{mi:02d} hrs"}[how]))
            t = min(t + r.randint(1, 25), 23 * 60 + 59)
        return out

    # ---- ages ---------------------------------------------------------------------------------------------
    def age_phrase(self, how: str = "yo") -> str:
        """``93-year-old`` marks only 93 (PHI); ``72-year-old`` is one keep-span (ages under 90 are not PHI)."""
        a = self.age
        suffix = {"yo": "-year-old", "y": "Y", "yrs": " yrs", "ans": " ans", "anos": " años", "space_yo": " yo"}[how]
        if a > 89:
            return P("AGE_OVER_89", str(a)) + suffix
        return K("age_under_90", f"{a}{suffix}")

    # ---- identifiers and contact --------------------------------------------------------------------------
    def digits(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def letters(self, n: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXY") for _ in range(n))

    def mrn(self) -> str:
        return P("MRN", self.mrn_value())

    def mrn_value(self) -> str:
        d = self.digits
        return self.rng.choice((f"{d(3)}-{d(3)}-{d(2)}", f"E{d(7)}", f"MR{d(6)}", f"{d(9)}",
                                f"{self.letters(2)}{d(5)}", f"00{d(6)}-{d(1)}"))

    def acc(self) -> str:
        return P("ACCESSION", self.acc_value())

    def acc_value(self) -> str:
        d, y = self.digits, self.study.year % 100
        mod = {"MRI": "MR"}.get(self.modality, self.modality)
        return self.rng.choice((f"{mod}{y}{d(6)}", f"{y}-{mod}-{d(5)}", f"RAD.{d(8)}", f"X{d(9)}", f"{d(4)}.{d(4)}",
                                f"IMG-{y}{self.letters(1)}{d(5)}"))

    def ssn(self) -> str:
        r = self.rng
        return P("SSN", f"{r.randint(101, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}")

    def plan_id(self) -> str:
        d, le = self.digits, self.letters
        return P("HEALTH_PLAN_ID", self.rng.choice((f"{d(1)}{le(2)}{d(1)}-{le(1)}{d(2)}-{le(2)}{d(2)}",
                                                    f"ZGP{d(9)}", f"{le(3)}{d(8)}01", f"MCD-{d(10)}")))

    def account(self) -> str:
        d = self.digits
        return P("ACCOUNT_ID", self.rng.choice((f"{d(10)}", f"HAR {d(7)}", f"V{d(8)}", f"ENC-{d(4)}-{d(4)}")))

    def serial(self) -> str:
        d, le = self.digits, self.letters
        return P("DEVICE_SERIAL", self.rng.choice((f"{le(3)}{d(6)}{le(1)}", f"SN-{d(4)}-{le(2)}{d(3)}",
                                                   f"{d(2)}{le(1)}{d(7)}", f"{d(8)}")))

    def phone(self, how: str | None = None) -> str:
        r, d = self.rng, self.digits
        a, ex, ln = self.area, str(r.randint(201, 989)), d(4)
        how = how or r.choice(("paren", "dash", "dot", "intl", "plain"))
        value = {"paren": f"({a}) {ex}-{ln}", "dash": f"{a}-{ex}-{ln}", "dot": f"{a}.{ex}.{ln}",
                 "intl": f"+1 {a} {ex} {ln}", "plain": f"{a}{ex}{ln}", "ext": f"{ex}-{ln}", "pager": f"{d(1)}-{d(4)}",
                 "uk": f"+44 {r.randint(11, 20)} {d(4)} {d(4)}"}[how]
        return P("PHONE", value)

    def email(self, p: Person, webmail: bool = False) -> str:
        dom = self.rng.choice(WEBMAIL) if webmail else self.domain
        local = (p.given[0] + p.family).lower() if p.family else p.given.lower() + self.digits(2)
        local = "".join(ch for ch in local if ch.isascii() and (ch.isalnum()))
        return P("EMAIL", f"{local}@{dom}")

    def ip(self) -> str:
        r = self.rng
        return P("IP_ADDRESS", r.choice((f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                                         f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                                         f"192.168.{r.randint(0, 255)}.{r.randint(2, 254)}")))

    def address(self, sep: str = ", ") -> str:
        """Street, city and ZIP as three spans; the state abbreviation between them stays unmarked."""
        return f"{P('STREET_ADDRESS', self.street)}{sep}{P('CITY', self.city)}, {self.state} {P('ZIP', self.zip)}"

    def fac(self, other: bool = False) -> str:
        return P("FACILITY", self.other_facility if other else self.facility)
