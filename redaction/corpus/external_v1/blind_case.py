"""One document's invented people, dates and identifiers, and the renderers that write them as PHI markup."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from random import Random

import blind_pools as pools
from blind_markup import K, P

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
_ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
        9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
        15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth", 20: "twentieth",
        21: "twenty-first", 22: "twenty-second", 23: "twenty-third", 24: "twenty-fourth", 25: "twenty-fifth",
        26: "twenty-sixth", 27: "twenty-seventh", 28: "twenty-eighth"}
# Surnames that are also the first word of an eponym this corpus uses.
EPONYM_NAMES = {
    "Baker": "[e:Baker cyst]", "Graves": "[e:Graves disease]", "Paget": "[e:Paget disease] of bone",
    "Morton": "[e:Morton neuroma]", "Smith": "[e:Smith fracture]", "Jones": "[e:Jones fracture]",
    "Barrett": "[e:Barrett esophagus]", "Ewing": "[e:Ewing sarcoma]", "Wilson": "[e:Wilson disease]",
    "Bell": "[e:Bell palsy]", "Hill": "[e:Hill-Sachs lesion]", "Colles": "[e:Colles fracture]",
    "Hodgkin": "[e:Hodgkin lymphoma]", "Parkinson": "[e:Parkinson disease]", "Addison": "[e:Addison disease]",
    "Arnold": "[e:Arnold-Chiari malformation]", "Cushing": "[e:Cushing syndrome]", "Crohn": "[e:Crohn disease]",
}
_TENS = {9: "ninety", 10: "one hundred"}
_UNITS = ("", "-one", "-two", "-three", "-four", "-five", "-six", "-seven", "-eight", "-nine")


def _suffix(day: int) -> str:
    return "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def spoken_age(age: int) -> str:
    return _TENS[10] + (" and " + _UNITS[age - 100][1:] if age > 100 else "") if age >= 100 else _TENS[9] + _UNITS[age - 90]


@dataclass
class Person:
    first: str
    last: str
    middle: str

    def fmt(self, style: str) -> str:
        """The name as written; styles: fl, lf, lfm, fml, fl_caps, lfm_caps, il, iil, l, f, hl7, fi_l, lfi."""
        f, m, la = self.first, self.middle, self.last
        return {
            "fl": f"{f} {la}", "lf": f"{la}, {f}", "lfm": f"{la}, {f} {m}", "fml": f"{f} {m}. {la}",
            "fl_caps": f"{f} {la}".upper(), "lfm_caps": f"{la}, {f} {m}".upper(), "lf_caps": f"{la},{f}".upper(),
            "il": f"{f[0]}. {la}", "iil": f"{f[0]}.{m}. {la}", "l": la, "f": f, "hl7": f"{la}^{f}^{m}".upper(),
            "fi_l": f"{f[0]}{m} {la}", "lfi": f"{la} {f[0]}{m}", "l_caps": la.upper(), "fl_lower": f"{f} {la}".lower(),
        }[style]


@dataclass
class Case:
    """Everything one document may mention about its patient and the people around the exam."""

    rng: Random
    patient: Person = field(init=False)
    sex: str = field(init=False)
    age: int = field(init=False)
    people: dict[str, Person] = field(init=False)
    relation: str = field(init=False)
    dates: dict[str, dt.datetime] = field(init=False)
    ids: dict[str, str] = field(init=False)
    facility: tuple[str, str] = field(init=False)
    outside: tuple[str, str] = field(init=False)
    city: tuple[str, str, str] = field(init=False)

    def __post_init__(self) -> None:
        r = self.rng
        self.sex = r.choice("FM")
        self.patient = self._person(self.sex)
        self.age = r.choice((r.randint(90, 104), r.randint(18, 89), r.randint(40, 89), r.randint(55, 89)))
        self.people = {k: self._person(r.choice("FM")) for k in ("ref", "rad", "res", "tech", "nurse", "rel", "pcp")}
        self.people["rel"].last = self.patient.last if r.random() < 0.6 else self.people["rel"].last
        self.relation = r.choice(pools.RELATIONS)
        if r.random() < 0.3:  # a person who shares a name with a disease in the same document
            who = r.choice(("pt", "rad", "ref", "rel"))
            target = self.patient if who == "pt" else self.people[who]
            target.last = r.choice(tuple(EPONYM_NAMES))
        elif r.random() < 0.1:
            self.patient.first = r.choice(("Addison", "Arnold")) if self.sex == "M" else r.choice(("Rose", "Hope", "June"))
        exam = dt.datetime(2026, 1, 5) + dt.timedelta(days=r.randint(0, 330), minutes=r.randint(0, 1439))
        dob = dt.datetime(exam.year - self.age, r.randint(1, 12), r.randint(1, 28))
        self.dates = {
            "exam": exam, "dob": dob,
            "prior": exam - dt.timedelta(days=r.randint(30, 900), minutes=r.randint(-300, 300)),
            "call": exam + dt.timedelta(minutes=r.randint(20, 200)),
            "call2": exam + dt.timedelta(minutes=r.randint(220, 260)),
            "sign": exam + dt.timedelta(minutes=r.randint(60, 1500)),
            "addendum": exam + dt.timedelta(days=r.randint(1, 6), minutes=r.randint(0, 600)),
            "admit": exam - dt.timedelta(days=r.randint(0, 4), minutes=r.randint(0, 600)),
            "next": exam + dt.timedelta(days=r.randint(14, 200)),
        }
        self.facility, self.outside = r.sample(pools.FACILITIES, 2)
        self.city = r.choice(pools.CITIES)
        digits = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))  # noqa: E731
        self.ids = {
            "mrn": r.choice((digits(7), "M" + digits(8), digits(3) + "-" + digits(3) + "-" + digits(3),
                             "Z" + digits(7), digits(2) + "-" + digits(2) + "-" + digits(4))),
            "acc": r.choice(("1" + digits(9), "E-" + str(exam.year % 100) + "-" + digits(6), "IMG" + digits(8),
                             "R" + digits(3) + "." + digits(5), digits(8))),
            "acc2": "OS" + digits(7),
            "acct": r.choice(("FIN " + digits(11), digits(10), "V" + digits(9), "HAR" + digits(8))),
            "plan": r.choice(("QHB" + digits(9), "W" + digits(8) + "01", r.choice("XYZ") + "KP-" + digits(3) + "-" + digits(4),
                              "1EG4-TE5-MK" + digits(2), digits(3) + "A" + digits(6))),
            "ssn": f"{r.randint(101, 899)}-{digits(2)}-{r.randint(1000, 9999)}",
            "serial": r.choice(("PJN" + digits(6) + "S", "SN" + digits(2) + r.choice("QRTX") + digits(4) + r.choice("ABT"),
                                "RLA" + digits(6) + "H", digits(4) + "-" + digits(5) + "-K")),
            "street": f"{r.randint(2, 9870)} {r.choice(pools.STREETS)}",
            "unit": r.choice(pools.UNITS),
            "zip": self.city[2] + digits(3),
            "zip4": digits(4),
            "ip": f"{r.choice(pools.IP_PREFIXES)}.{r.randint(0, 254)}.{r.randint(2, 254)}",
            "fstreet": f"{r.randint(10, 999)} {r.choice(pools.STREETS)}", "fzip": self.city[2] + digits(3),
        }
        codes = r.sample(pools.AREA_CODES, 3)
        self.ids.update({f"phone{i}": f"{codes[i]}{r.randint(201, 989)}{digits(4)}" for i in range(3)})
        self.ids["pager"] = f"{codes[0]}{r.randint(201, 989)}{digits(4)}"

    def _person(self, sex: str) -> Person:
        r = self.rng
        return Person(r.choice(pools.FEMALE if sex == "F" else pools.MALE), r.choice(pools.SURNAMES),
                      r.choice(pools.MIDDLE_INITIALS))

    # ---- people -------------------------------------------------------------------------------------
    def name(self, who: str, style: str = "fl") -> str:
        person = self.patient if who == "pt" else self.people[who]
        return P("PERSON", person.fmt(style))

    def dr(self, who: str, style: str | None = None) -> str:
        """A clinician as a radiology report names them: "Dr. Oyelaran", "Marguerite Oyelaran, MD", ..."""
        r = self.rng
        form = style or r.choice(("dr_l", "dr_fl", "fl_md", "lf_md", "caps_md", "il_md", "dr_caps", "fl_do", "iil"))
        p = self.people[who]
        return {
            "dr_l": "Dr. " + P("PERSON", p.last), "dr_fl": "Dr. " + P("PERSON", p.fmt("fl")),
            "fl_md": P("PERSON", p.fmt("fl")) + ", " + K("credential", "MD"),
            "lf_md": P("PERSON", p.fmt("lf")) + " " + K("credential", "MD"),
            "caps_md": P("PERSON", p.fmt("fl_caps")) + ", " + K("credential", "M.D."),
            "il_md": P("PERSON", p.fmt("il")) + ", " + K("credential", "MD"),
            "dr_caps": "DR. " + P("PERSON", p.fmt("l_caps")), "fl_do": P("PERSON", p.fmt("fml")) + ", " + K("credential", "DO"),
            "iil": P("PERSON", p.fmt("iil")),
        }[form]

    def as_child(self) -> None:
        """Make the patient a child (styles where that is plausible); a parent or guardian becomes the relative."""
        r = self.rng
        self.age = r.randint(1, 16)
        exam = self.dates["exam"]
        self.dates["dob"] = dt.datetime(exam.year - self.age, r.randint(1, 12), r.randint(1, 28))
        self.relation = r.choice(("mother", "father", "guardian", "grandmother"))
        self.people["rel"].last = self.patient.last if r.random() < 0.7 else self.people["rel"].last

    def make_female(self) -> None:
        if self.sex == "M":
            self.sex = "F"
            self.patient.first = self.rng.choice(pools.FEMALE)

    def sex_word(self) -> str:
        if self.age < 18:
            return "girl" if self.sex == "F" else "boy"
        return "female" if self.sex == "F" else "male"

    def pt_title(self) -> str:
        title = {"F": self.rng.choice(("Ms.", "Mrs.", "Ms")), "M": self.rng.choice(("Mr.", "Mr"))}[self.sex]
        return f"{title} " + P("PERSON", self.patient.last)

    def eponym_twin(self) -> str | None:
        """An eponym template sharing a word with someone's name in this document, if any."""
        for person in (self.patient, *self.people.values()):
            for word in (person.last, person.first):
                if word in EPONYM_NAMES:
                    return EPONYM_NAMES[word]
        return None

    def pronoun(self) -> tuple[str, str]:
        return ("she", "her") if self.sex == "F" else ("he", "his")

    # ---- dates and times ----------------------------------------------------------------------------
    def date(self, which: str, style: str | None = None) -> str:
        d = self.dates[which]
        style = style or self.rng.choice(("us", "us_short", "iso", "dmon", "long", "mon", "dlong", "us_nopad"))
        mon, m, day, y = MONTHS[d.month - 1], d.month, d.day, d.year
        text = {
            "us": f"{m:02d}/{day:02d}/{y}", "us_short": f"{m}/{day}/{y % 100:02d}", "us_nopad": f"{m}/{day}/{y}",
            "iso": f"{y}-{m:02d}-{day:02d}", "dmon": f"{day:02d}-{mon[:3]}-{y}", "dmon_caps": f"{day:02d}-{mon[:3].upper()}-{y}",
            "long": f"{mon} {day}, {y}", "mon": f"{mon[:3]} {day} {y}", "dlong": f"{day} {mon} {y}",
            "md": f"{m}/{day}", "md_long": f"{mon} {day}", "md_ord": f"{mon} {day}{_suffix(day)}",
            "md_mon": f"{mon[:3]}. {day}", "dots_us": f"{m:02d}.{day:02d}.{y}", "dots_eu": f"{day}.{m}.{y}",
            "dots_short": f"{m}.{day}.{y % 100:02d}", "compact": f"{y}{m:02d}{day:02d}", "dash_us": f"{m:02d}-{day:02d}-{y}",
            "the_ord": f"the {day}{_suffix(day)} of {mon}", "spoken": f"{mon.lower()} {_ORD.get(day, str(day))}",
            "caps_long": f"{mon.upper()} {day}, {y}", "hl7": f"{y}{m:02d}{day:02d}{d.hour:02d}{d.minute:02d}",
            "slash_iso": f"{y}/{m:02d}/{day:02d}", "mon_comma": f"{mon[:3]}-{day:02d}-{y}",
        }[style]
        return P("DATE_TIME", text)

    def time(self, which: str, style: str | None = None) -> str:
        d = self.dates[which]
        style = style or self.rng.choice(("24", "12", "mil", "milh", "12l", "24s"))
        h12 = d.hour % 12 or 12
        ampm = "AM" if d.hour < 12 else "PM"
        text = {
            "24": f"{d.hour:02d}:{d.minute:02d}", "24s": f"{d.hour:02d}:{d.minute:02d}:{self.rng.randint(0, 59):02d}",
            "12": f"{h12}:{d.minute:02d} {ampm}", "12l": f"{h12}:{d.minute:02d} {ampm[0].lower()}.m.",
            "12c": f"{h12}:{d.minute:02d}{ampm.lower()}", "mil": f"{d.hour:02d}{d.minute:02d}",
            "milh": f"{d.hour:02d}{d.minute:02d} hours", "milhrs": f"{d.hour:02d}{d.minute:02d} hrs",
            "milH": f"{d.hour:02d}{d.minute:02d}h",
        }[style]
        return P("DATE_TIME", text)

    def when(self, which: str) -> str:
        """A date and a time, each its own span."""
        return f"{self.date(which)} {self.time(which)}"

    # ---- ages ---------------------------------------------------------------------------------------
    def age_phrase(self, style: str | None = None) -> str:
        """The patient's age; over 89 only the number is PHI, otherwise the whole phrase is a keep-span."""
        a = self.age
        style = style or self.rng.choice(("yo_dash", "yo", "y", "years", "yof", "yrs"))
        words = {"yo_dash": ("", "-year-old"), "yo": ("", " yo"), "y": ("", "Y"), "years": ("", " years old"),
                 "yof": ("", "yo" + self.sex), "yrs": ("", " y/o"), "spoken": ("", "-year-old")}[style]
        if style == "spoken" and a >= 90:
            return P("AGE_OVER_89", spoken_age(a)) + words[1]
        if a >= 90:
            return P("AGE_OVER_89", str(a)) + words[1]
        return K("age_under_90", f"{a}{words[1]}")

    # ---- identifiers and contact details --------------------------------------------------------------
    def id(self, key: str, kind: str) -> str:
        return P(kind, self.ids[key])

    def phone(self, which: int | str = 0, style: str | None = None) -> str:
        raw = self.ids[which if isinstance(which, str) else f"phone{which}"]
        a, b, c = raw[:3], raw[3:6], raw[6:]
        style = style or self.rng.choice(("paren", "dash", "dot", "plus", "space", "plain"))
        text = {"paren": f"({a}) {b}-{c}", "dash": f"{a}-{b}-{c}", "dot": f"{a}.{b}.{c}", "plus": f"+1 {a} {b} {c}",
                "space": f"{a} {b} {c}", "plain": raw, "one": f"1-{a}-{b}-{c}"}[style]
        return P("PHONE", text)

    def ssn(self) -> str:
        a, b, c = self.ids["ssn"].split("-")
        return P("SSN", self.rng.choice((f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}")))

    def ip(self) -> str:
        return P("IP_ADDRESS", self.ids["ip"])

    def address(self, sep: str = ", ", unit: bool = False, zip4: bool = False) -> str:
        """Street, city and ZIP as separate spans; the state between them is not PHI."""
        street = self.ids["street"] + (" " + self.ids["unit"] if unit else "")
        zipcode = self.ids["zip"] + ("-" + self.ids["zip4"] if zip4 else "")
        return f"{P('STREET_ADDRESS', street)}{sep}{P('CITY', self.city[0])}, {self.city[1]} {P('ZIP', zipcode)}"

    def facility_address(self, sep: str = ", ") -> str:
        """The imaging site's own address (also annotated: it places the patient)."""
        return f"{P('STREET_ADDRESS', self.ids['fstreet'])}{sep}{P('CITY', self.city[0])}, {self.city[1]} {P('ZIP', self.ids['fzip'])}"

    def email(self, who: str) -> str:
        r = self.rng
        if who == "pt":
            p = self.patient
            local = r.choice((f"{p.first.lower()}.{p.last.lower()}", f"{p.first[0].lower()}{p.last.lower()}{r.randint(10, 99)}",
                              f"{p.last.lower()}{self.dates['dob'].year}"))
            domain = r.choice(pools.PATIENT_MAIL)
        else:
            p = self.people[who]
            local = r.choice((f"{p.first.lower()}.{p.last.lower()}", f"{p.first[0].lower()}{p.last.lower()}"))
            domain = r.choice(pools.DOMAINS)
        local = "".join(ch for ch in local if ch.isalnum() or ch in ".-")
        return P("EMAIL", f"{local}@{domain}")

    def facility_name(self, which: str = "facility", short: bool = False) -> str:
        fac = getattr(self, which)
        return P("FACILITY", fac[1] if short else fac[0])
