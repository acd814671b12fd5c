"""One document's invented patient, clinicians, dates and identifiers, and the <<slot>> renderers.

Values are drawn once per document so every mention of the MRN or the patient is the same string,
as in a real report. Identifier formats differ by split (dev vs holdout), which keeps the two
splits' identifier values disjoint by construction.
"""

from __future__ import annotations

import datetime as dt
import random
import string

from corpus_doc import Doc
from corpus_pools import Pools

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY"  # Medicare Beneficiary Identifier alphabet (no S L O I B Z)

# Date and time formats. The dev split uses the formats named in the issue; holdout adds others.
DATE_FORMATS = {
    "mdy": lambda d: f"{d.month:02d}/{d.day:02d}/{d.year}",            # 03/14/2026
    "mdy_short": lambda d: f"{d.month}/{d.day}/{d.year % 100:02d}",     # 3/14/26
    "iso": lambda d: d.isoformat(),                                     # 2026-03-14
    "dmy_mon": lambda d: f"{d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year}",  # 14-Mar-2026
    "long": lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year}",       # March 14, 2026
    "md": lambda d: f"{d.month}/{d.day}",                               # 3/14
    "md_long": lambda d: f"{MONTHS[d.month - 1]} {d.day}",              # March 14
    # holdout-only
    "dmy_long": lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",    # 14 March 2026
    "mon_short": lambda d: f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}",  # Mar 14, 2026
    "compact": lambda d: f"{d.year}{d.month:02d}{d.day:02d}",           # 20260314
    "mdy_dash": lambda d: f"{d.month:02d}-{d.day:02d}-{d.year}",        # 03-14-2026
    "md_ord": lambda d: f"{MONTHS[d.month - 1][:3]}. {d.day}",          # Mar. 14
}
TIME_FORMATS = {
    "hm24": lambda t: f"{t.hour:02d}:{t.minute:02d}",                                   # 14:32
    "hm12": lambda t: f"{(t.hour % 12) or 12}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}",  # 2:32 PM
    "hours": lambda t: f"{t.hour:02d}{t.minute:02d} hours",                             # 1430 hours
    # holdout-only
    "hms24": lambda t: f"{t.hour:02d}:{t.minute:02d}:{t.second:02d}",                    # 14:32:05
    "hm12dots": lambda t: f"{(t.hour % 12) or 12}:{t.minute:02d} {'a.m.' if t.hour < 12 else 'p.m.'}",
}
SPLIT_DATE_FORMATS = {
    "dev": ("mdy", "mdy_short", "iso", "dmy_mon", "long", "md", "md_long"),
    "holdout": ("mdy", "mdy_short", "iso", "dmy_mon", "long", "md", "md_long", "dmy_long",
                "mon_short", "compact", "mdy_dash", "md_ord"),
}
SPLIT_TIME_FORMATS = {"dev": ("hm24", "hm12", "hours"), "holdout": ("hm24", "hm12", "hours", "hms24", "hm12dots")}
RELATIVES = {"M": ("wife", "son", "daughter", "brother"), "F": ("husband", "son", "daughter", "sister")}
PARENTS = ("mother", "father", "grandmother")
FEMALE_RELATIONS = frozenset({"wife", "daughter", "sister", "mother", "grandmother"})


class Person:
    def __init__(self, rng: random.Random, pools: Pools, sex: str | None = None) -> None:
        self.sex = sex or rng.choice("MF")
        self.first = rng.choice(pools.female_first if self.sex == "F" else pools.male_first)
        self.middle = rng.choice(string.ascii_uppercase) if rng.random() < 0.6 else ""
        self.last = rng.choice(pools.last_names)


class DocContext:
    """Per-document values; `fill` renders a <<slot>> into the Doc."""

    def __init__(self, rng: random.Random, split: str, pools: Pools, modality: str = "CT",
                 pediatric: bool = False) -> None:
        self.rng, self.split, self.pools, self.modality = rng, split, pools, modality
        r = rng
        self.patient = Person(r, pools, sex="F" if modality == "MG" else None)
        self.referrer, self.radiologist, self.resident, self.tech = (Person(r, pools) for _ in range(4))
        year0 = 2025 if split == "dev" else 2024
        self.exam_date = dt.date(year0, 1, 1) + dt.timedelta(days=r.randrange(0, 700))
        self.exam_time = dt.time(r.randrange(0, 24), r.randrange(0, 60), r.randrange(0, 60))
        self.sign_time = dt.time(r.randrange(0, 24), r.randrange(0, 60), r.randrange(0, 60))
        self.call_time = dt.time(r.randrange(7, 20), r.randrange(0, 60), r.randrange(0, 60))
        self.sign_date = self.exam_date + dt.timedelta(days=r.choice((0, 0, 0, 1)))
        self.prior_date = self.exam_date - dt.timedelta(days=r.randrange(30, 900))
        self.addendum_date = self.sign_date + dt.timedelta(days=r.choice((0, 1, 2)))
        roll = 0.15 if pediatric else r.random()
        self.age = r.randrange(90, 105) if roll < 0.12 else r.randrange(2, 18) if roll < 0.18 else r.randrange(19, 90)
        self.dob_date = dt.date(self.exam_date.year - self.age, 1, 1) + dt.timedelta(days=r.randrange(0, 365))
        if (self.dob_date.month, self.dob_date.day) > (self.exam_date.month, self.exam_date.day):
            self.age -= 1  # birthday not reached yet this year
        self.relation = r.choice(PARENTS if self.age < 18 else RELATIVES[self.patient.sex])
        self.relative = Person(r, pools, sex="F" if self.relation in FEMALE_RELATIONS else "M")
        if r.random() < 0.5 or self.age < 18:
            self.relative.last = self.patient.last
        self.prior_year = self.exam_date.year - r.randrange(2, 9)
        self.facility, self.facility2 = r.sample(pools.facilities, 2)
        self.city, self.state = r.choice(pools.cities)
        self.street_name = r.choice(pools.streets)
        self.domain = r.choice(pools.email_domains)
        self._ids: dict[str, str] = {}
        self.date_fmt = r.choice(SPLIT_DATE_FORMATS[split])  # a document tends to keep one style
        self.time_fmt = r.choice(SPLIT_TIME_FORMATS[split])

    # ---- identifier formats (split-specific, hence disjoint across splits) ----
    def _digits(self, n: int, first: str = string.digits) -> str:
        return self.rng.choice(first) + "".join(self.rng.choice(string.digits) for _ in range(n - 1))

    def _new_id(self, kind: str) -> str:
        r, dev = self.rng, self.split == "dev"
        if kind == "mrn":
            return "0" + self._digits(7, "01234") if dev else r.choice(("", "H")) + self._digits(7, "56789")
        if kind in ("acc", "acc2"):
            if dev:
                return f"{self.modality[:2].upper()}{self.exam_date.year % 100}-{self._digits(6)}"
            return r.choice("AE") + self._digits(9, "123456789")
        if kind == "ssn":
            area = r.randrange(100, 400) if dev else r.randrange(400, 666)
            sep = "-" if dev else r.choice("- ")
            return f"{area:03d}{sep}{r.randrange(1, 100):02d}{sep}{r.randrange(1, 10000):04d}"
        if kind in ("phone", "fax", "pt_phone"):
            area = r.choice(self.pools.area_codes)
            ex, line = r.randrange(201, 990), r.randrange(0, 10000)
            if ex in (555, 911):
                ex += 1
            if dev:
                return r.choice((f"({area}) {ex}-{line:04d}", f"{area}-{ex}-{line:04d}"))
            return r.choice((f"{area}.{ex}.{line:04d}", f"+1 {area} {ex} {line:04d}", f"({area}){ex}-{line:04d}"))
        if kind == "plan_id":
            if dev:
                return "".join(r.choice(string.ascii_uppercase) for _ in range(3)) + self._digits(9)
            c = [r.choice("123456789"), r.choice(MBI_LETTERS), r.choice(MBI_LETTERS + string.digits),
                 r.choice(string.digits), r.choice(MBI_LETTERS), r.choice(MBI_LETTERS + string.digits),
                 r.choice(string.digits), r.choice(MBI_LETTERS), r.choice(MBI_LETTERS),
                 r.choice(string.digits), r.choice(string.digits)]
            return "".join(c[:4]) + "-" + "".join(c[4:7]) + "-" + "".join(c[7:])
        if kind == "account":
            return self._digits(10, "7") if dev else r.choice(("V", "")) + self._digits(9, "8")
        if kind == "serial":
            letters = "".join(r.choice(string.ascii_uppercase) for _ in range(3))
            if dev:
                return f"{letters}{self._digits(6)}{r.choice(string.ascii_uppercase)}"
            return f"{letters}-{self._digits(7)}"
        if kind == "zip":
            z = self._digits(5, "01234") if dev else self._digits(5, "56789")
            return z if dev or r.random() < 0.5 else f"{z}-{self._digits(4)}"
        if kind == "ip":
            return f"{r.choice(self.pools.ip_prefixes)}.{r.randrange(0, 256)}.{r.randrange(1, 255)}"
        if kind == "street":
            n = r.randrange(12, 9999)
            unit = r.choice(("", "", f", Apt {r.randrange(1, 40)}{r.choice('ABCD')}")) if dev else \
                r.choice(("", f", Unit {r.randrange(1, 300)}", f" #{r.randrange(2, 60)}"))
            return f"{n} {self.street_name}{unit}"
        if kind == "email":
            p = self.referrer
            return (f"{p.first}.{p.last}@{self.domain}" if dev
                    else f"{p.first[0]}{p.last}{r.randrange(1, 99)}@{self.domain}").lower().replace("'", "")
        if kind == "pt_email":
            p = self.patient
            return (f"{p.first}{p.last}{r.randrange(10, 99)}@{self.domain}" if dev
                    else f"{p.last}.{p.first[0]}@{self.domain}").lower().replace("'", "")
        if kind == "url":
            if dev:
                return r.choice((f"https://pacs.{self.domain}/viewer?study={self.ids('acc')}",
                                 f"www.{self.domain}/patients/{self._digits(6)}"))
            return r.choice((f"http://{self.ids('ip')}/wado?studyUID=1.2.840.{self._digits(8)}",
                             f"https://portal.{self.domain}/records/{self._digits(7)}"))
        raise KeyError(kind)

    def ids(self, kind: str) -> str:
        if kind not in self._ids:
            self._ids[kind] = self._new_id(kind)
        return self._ids[kind]

    # ---- slot rendering ----
    def fill(self, doc: Doc, name: str, arg: str | None) -> None:
        people = {"pt": self.patient, "ref": self.referrer, "rad": self.radiologist,
                  "res": self.resident, "tech": self.tech, "rel": self.relative}
        who, _, form = name.partition("_")
        if who in people and form in NAME_FORMS:
            NAME_FORMS[form](doc, people[who])
            return
        if name.endswith("_date"):
            fmt = arg or "doc"
            fmt = self.date_fmt if fmt == "doc" else self.rng.choice(SPLIT_DATE_FORMATS[self.split]) if fmt == "any" else fmt
            doc.phi_span(DATE_FORMATS[fmt](getattr(self, name)), "DATE_TIME")
            return
        if name.endswith("_time"):
            fmt = arg or "doc"
            fmt = self.time_fmt if fmt == "doc" else self.rng.choice(SPLIT_TIME_FORMATS[self.split]) if fmt == "any" else fmt
            doc.phi_span(TIME_FORMATS[fmt](getattr(self, name)), "DATE_TIME")
            return
        getattr(self, f"_slot_{name}")(doc, arg)

    def _slot_age(self, doc: Doc, arg: str | None) -> None:
        suffix = {"hyphen": "-year-old", "yo": " yo", "years": " years", "y": "Y", None: "-year-old"}[arg]
        if self.age >= 90:
            doc.phi_span(str(self.age), "AGE_OVER_89")
            doc.text(suffix)
        else:
            doc.keep_span(f"{self.age}{suffix}", "age_under_90")

    def _slot_prior_year(self, doc: Doc, arg: str | None) -> None:
        doc.keep_span(str(self.prior_year), "year")

    def _slot_relation(self, doc: Doc, arg: str | None) -> None:
        doc.text(self.relation)

    def _slot_pronoun(self, doc: Doc, arg: str | None) -> None:
        forms = {"pos": ("his", "her"), "obj": ("him", "her"), None: ("he", "she")}[arg]
        doc.text(forms[self.patient.sex == "F"])

    def _slot_sex(self, doc: Doc, arg: str | None) -> None:
        doc.text({"M": "male", "F": "female"}[self.patient.sex] if arg == "word" else self.patient.sex)

    def _slot_facility(self, doc: Doc, arg: str | None) -> None:
        doc.phi_span(self.facility2 if arg == "outside" else self.facility, "FACILITY")

    def _slot_city(self, doc: Doc, arg: str | None) -> None:
        doc.phi_span(self.city, "CITY")

    def _slot_state(self, doc: Doc, arg: str | None) -> None:
        doc.text(self.state)

    def _slot_address(self, doc: Doc, arg: str | None) -> None:
        """Street, city, state ZIP: `1420 Birchwood Lane, Millbrook, OH 04412`."""
        doc.phi_span(self.ids("street"), "STREET_ADDRESS")
        doc.text(", ")
        doc.phi_span(self.city, "CITY")
        doc.text(f", {self.state} ")
        doc.phi_span(self.ids("zip"), "ZIP")


def _id_slot(kind: str, entity_type: str):  # noqa: ANN202
    def slot(self: DocContext, doc: Doc, arg: str | None) -> None:
        doc.phi_span(self.ids(kind), entity_type)
    return slot


for _kind, _type in (("mrn", "MRN"), ("acc", "ACCESSION"), ("acc2", "ACCESSION"), ("ssn", "SSN"),
                     ("phone", "PHONE"), ("fax", "PHONE"), ("pt_phone", "PHONE"), ("email", "EMAIL"),
                     ("pt_email", "EMAIL"), ("url", "URL"), ("ip", "IP_ADDRESS"), ("street", "STREET_ADDRESS"),
                     ("zip", "ZIP"), ("plan_id", "HEALTH_PLAN_ID"), ("account", "ACCOUNT_ID"),
                     ("serial", "DEVICE_SERIAL")):
    setattr(DocContext, f"_slot_{_kind}", _id_slot(_kind, _type))


def _caps(doc: Doc, p: Person) -> None:                    # DOE, JOHN A
    doc.phi_span(f"{p.last.upper()}, {p.first.upper()}{' ' + p.middle if p.middle else ''}", "PERSON")


def _full(doc: Doc, p: Person) -> None:                    # John A. Doe
    doc.phi_span(f"{p.first} {p.middle + '. ' if p.middle else ''}{p.last}", "PERSON")


def _name(doc: Doc, p: Person) -> None:                    # John Doe
    doc.phi_span(f"{p.first} {p.last}", "PERSON")


def _lastfirst(doc: Doc, p: Person) -> None:               # Doe, John
    doc.phi_span(f"{p.last}, {p.first}", "PERSON")


def _dr(doc: Doc, p: Person) -> None:                      # Dr. Doe
    doc.text("Dr. ")
    doc.phi_span(p.last, "PERSON")


def _md(doc: Doc, p: Person) -> None:                      # John Doe, MD
    doc.phi_span(f"{p.first} {p.last}", "PERSON")
    doc.text(", ")
    doc.keep_span("MD", "credential")


def _title(doc: Doc, p: Person) -> None:                   # Mr. Doe
    doc.text("Mr. " if p.sex == "M" else "Ms. ")
    doc.phi_span(p.last, "PERSON")


def _first(doc: Doc, p: Person) -> None:                   # John
    doc.phi_span(p.first, "PERSON")


def _last(doc: Doc, p: Person) -> None:                    # Doe
    doc.phi_span(p.last, "PERSON")


def _initial(doc: Doc, p: Person) -> None:                 # J. Doe
    doc.phi_span(f"{p.first[0]}. {p.last}", "PERSON")


def _hl7(doc: Doc, p: Person) -> None:                     # DOE^JOHN^A
    doc.phi_span(f"{p.last.upper()}^{p.first.upper()}{'^' + p.middle if p.middle else ''}", "PERSON")


NAME_FORMS = {"hl7": _hl7, "caps": _caps, "full": _full, "name": _name, "lastfirst": _lastfirst, "dr": _dr, "md": _md,
              "title": _title, "first": _first, "last": _last, "initial": _initial}


# ---- clinical keep-span slots: measurements, levels, image numbers ----
def _fmt_cm(rng: random.Random) -> str:
    return f"{rng.randrange(3, 95) / 10:.1f}"


def _slot_m1(self: DocContext, doc: Doc, arg: str | None) -> None:     # 1.4 cm / 7 mm
    doc.keep_span(f"{_fmt_cm(self.rng)} cm" if arg != "mm" else f"{self.rng.randrange(2, 30)} mm", "measurement")


def _slot_m2(self: DocContext, doc: Doc, arg: str | None) -> None:     # 2.3 x 1.9 cm
    doc.keep_span(f"{_fmt_cm(self.rng)} x {_fmt_cm(self.rng)} cm", "measurement")


def _slot_m3(self: DocContext, doc: Doc, arg: str | None) -> None:     # 2.3 x 1.9 x 1.1 cm
    doc.keep_span(f"{_fmt_cm(self.rng)} x {_fmt_cm(self.rng)} x {_fmt_cm(self.rng)} cm", "measurement")


def _slot_img(self: DocContext, doc: Doc, arg: str | None) -> None:    # series/image numbers: plain
    doc.text(str(self.rng.randrange(5, 250)))


DocContext._slot_m1, DocContext._slot_m2, DocContext._slot_m3 = _slot_m1, _slot_m2, _slot_m3
DocContext._slot_img = _slot_img
