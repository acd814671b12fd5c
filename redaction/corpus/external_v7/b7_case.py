"""One document's invented world: patient, relatives, clinicians, dates, identifiers, places.

Why a case object: every style draws the same kinds of facts, so each style only decides layout and wording,
and the values (with their many surface forms) stay consistent inside a document.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import b7_formats as fm
import b7_pools as pools
from b7_clinical import Exam, pick_exam
from b7_markup import keep, phi

_FOLD = str.maketrans({"Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "ß": "ss", "Æ": "AE", "æ": "ae"})


def ascii_fold(s: str) -> str:
    """Transliteration that many registration systems apply (Wiśniewski -> Wisniewski, Søren -> Soren)."""
    s = unicodedata.normalize("NFKD", s.translate(_FOLD))
    return "".join(c for c in s if not unicodedata.combining(c))


@dataclass
class Person:
    given: str
    family: str
    middle: str = ""
    sex: str = "F"
    family_first: bool = False
    nickname: str = ""
    credential: str = ""
    tradition: str = ""

    def form(self, kind: str) -> str:
        """The name written in one of the ways systems and people write it (plain text)."""
        g, f, m = self.given, self.family, self.middle
        if not f:  # mononym
            return g.upper() if kind in ("last_first_upper", "hl7", "dicom", "vista", "upper_family") else g
        mi = m[:1]
        forms = {
            "full": f"{f} {m} {g}".replace("  ", " ") if self.family_first else " ".join(x for x in (g, m, f) if x),
            "first_last": f"{g} {f}",
            "last_first": f"{f}, {g}" + (f" {mi}" if mi else ""),
            "last_first_upper": ascii_fold(f"{f}, {g}" + (f" {mi}" if mi else "")).upper(),
            "hl7": ascii_fold(f"{f}^{g}^{m}").upper().rstrip("^"),
            "dicom": ascii_fold(f"{f}^{g}").upper(),
            "initial_last": f"{g[0]}. {f}",
            "last": f,
            "given": g,
            "lower": (f"{g} {f}").lower(),
            "upper_family": f"{f.upper()} {g}",
            "initials": "".join(p[0] for p in (g.split()[0], f.split()[-1])).upper(),
            "dotted_initials": ".".join(p[0] for p in (g.split()[0], f.split()[-1])).upper() + ".",
            "nick": f'{g} "{self.nickname}" {f}' if self.nickname else f"{g} {f}",
            "ascii": ascii_fold(f"{g} {f}"),
            "first_mi_last": f"{g} {mi}. {f}" if mi else f"{g} {f}",
            "vista": ascii_fold(f"{f},{g}" + (f" {mi}" if mi else "")).upper(),
        }
        return forms[kind]


def make_person(rng: random.Random, tradition: str | None = None, sex: str | None = None) -> Person:
    tradition = tradition or rng.choice(tuple(pools.TRADITIONS))
    females, males, families, middles, family_first = pools.TRADITIONS[tradition]
    sex = sex or rng.choice("FM")
    given = rng.choice(females if sex == "F" else males)
    family = rng.choice(families)
    middle = rng.choice(middles) if rng.random() < 0.55 else ""
    if tradition == "vietnamese":
        middle = rng.choice(("Thi",) if sex == "F" else ("Van", "Duc", "Huu"))
    return Person(given, family, middle, sex, family_first, pools.NICKNAMES.get(given, ""), tradition=tradition)


CREDENTIALS = {
    "radiologist": ("MD", "DO", "MD, PhD", "MBBS, FRCR", "MD, FRCPC"),
    "resident": ("MD", "DO", "MBBS"),
    "referrer": ("MD", "DO", "NP", "PA-C"),
    "tech": ("RT(R)(CT)", "RT(R)(MR)", "RDMS", "RT(R)(M)"),
    "nurse": ("RN", "RN, BSN", "LPN"),
}


@dataclass
class Case:
    rng: random.Random
    region: str
    patient: Person
    age: int
    dob: date
    exam: Exam
    exam_dt: datetime
    prior_dt: datetime
    relative: Person
    relation: str
    staff: dict[str, Person]
    ids: dict[str, tuple[str, str]]
    facility: tuple[str, str | None]
    outside: tuple[str, str | None]
    city: str
    state: str
    zip: str
    street: str
    extra: dict[str, str] = field(default_factory=dict)

    # --- marked renderers -------------------------------------------------------------------------------
    def name(self, who: str, kind: str = "full") -> str:
        """PERSON span for the patient, the relative, or a staff role, in name form `kind`."""
        p = self.patient if who == "patient" else self.relative if who == "relative" else self.staff[who]
        return phi("PERSON", p.form(kind))

    def signed(self, who: str, kind: str = "first_last") -> str:
        """A clinician's name followed by ", CREDENTIAL" (credential as keep-span)."""
        p = self.staff[who]
        creds = ", ".join(keep("credential", c) for c in p.credential.split(", "))
        return f"{self.name(who, kind)}, {creds}"

    def dr(self, who: str, kind: str = "last") -> str:
        return f"Dr. {self.name(who, kind)}"

    def date(self, d: date | datetime, form: str) -> str:
        return phi("DATE_TIME", fm.fmt_date(d, form))

    def time(self, t: datetime, form: str) -> str:
        return phi("DATE_TIME", fm.fmt_time(t, form))

    def id(self, key: str, with_label: bool = True, sep: str = ": ") -> str:
        label, value = self.ids[key]
        kind = {
            "mrn": "MRN",
            "acc": "ACCESSION",
            "prior_acc": "ACCESSION",
            "acct": "ACCOUNT_ID",
            "plan": "HEALTH_PLAN_ID",
            "ssn": "SSN",
            "serial": "DEVICE_SERIAL",
            "path": "ACCESSION",
            "claim": "ACCOUNT_ID",
        }[key]
        return f"{label}{sep}{phi(kind, value)}" if with_label else phi(kind, value)

    def value(self, key: str) -> str:
        return self.ids[key][1]

    def age_phrase(self, form: str = "year_old") -> str:
        """The patient's age: AGE_OVER_89 (number only) at 90 and over, else an age_under_90 keep-span."""
        a = self.age
        if a >= 90:
            n = phi("AGE_OVER_89", str(a))
            return {
                "year_old": f"{n}-year-old",
                "yo": f"{n} yo",
                "y": f"{n}Y",
                "yrs": f"{n} yrs",
                "sex": f"{n}{self.patient.sex}",
                "slash": f"{n}/{self.patient.sex}",
                "y_o": f"{n} y/o",
                "years": f"{n} years",
            }[form]
        return {
            "year_old": keep("age_under_90", f"{a}-year-old"),
            "yo": keep("age_under_90", f"{a} yo"),
            "y": keep("age_under_90", f"{a}Y"),
            "yrs": keep("age_under_90", f"{a} yrs"),
            "sex": keep("age_under_90", f"{a}{self.patient.sex}"),
            "slash": f"{keep('age_under_90', str(a))}/{self.patient.sex}",
            "y_o": keep("age_under_90", f"{a} y/o"),
            "years": keep("age_under_90", f"{a} years"),
        }[form]

    def pron(self, female: str, male: str) -> str:
        """The word for the patient's sex (her/his, mother/father)."""
        return female if self.patient.sex == "F" else male

    def fac(self, which: str = "facility", short: bool = False) -> str:
        full, abbr = self.facility if which == "facility" else self.outside
        return phi("FACILITY", abbr if short and abbr else full)

    def address(self, sep: str = ", ") -> str:
        """Street, city, state and ZIP/postcode: street, city and ZIP are separate spans, the state is not PHI."""
        st = f" {self.state}" if self.state else ""
        tail = f"{sep}{phi('CITY', self.city)}{st}" + (f" {phi('ZIP', self.zip)}" if self.zip else "")
        return f"{phi('STREET_ADDRESS', self.street)}{tail}"

    def phone(self, key: str = "phone") -> str:
        return phi("PHONE", self.extra[key])

    def email(self, key: str = "email") -> str:
        return phi("EMAIL", self.extra[key])


def _street(rng: random.Random, region: str) -> str:
    if region != "US":
        return rng.choice(pools.INTL_STREETS[region])
    r = rng.random()
    if r < 0.1:
        return f"PO Box {rng.randint(12, 9999)}"
    if r < 0.16:
        return f"RR {rng.randint(1, 6)} Box {rng.randint(10, 400)}"
    if r < 0.22:
        return f"N{rng.randint(1000, 9999)} County Road {rng.choice('KJMQ')}"
    number, prefix = rng.randint(2, 29999), rng.choice(("", "N ", "SW ", "E. "))
    base = f"{number} {prefix}{rng.choice(pools.STREET_NAMES)} {rng.choice(pools.STREET_SUFFIX)}"
    return f"{base}, {rng.choice(pools.UNITS)}" if rng.random() < 0.35 else base


def _email_for(rng: random.Random, p: Person, domains: tuple[str, ...]) -> str:
    g, f = (
        ascii_fold(p.given).lower().replace(" ", ""),
        ascii_fold(p.family or p.given).lower().replace(" ", "").replace("'", ""),
    )
    local = rng.choice((f"{g}.{f}", f"{g[0]}{f}", f"{f}{g[0]}{rng.randint(1, 99)}", f"{g}_{f}{rng.randint(50, 99)}"))
    return f"{local}@{rng.choice(domains)}"


def make_case(rng: random.Random, region: str = "US", old: bool | None = None) -> Case:
    """A fresh case; `old` forces (True) or forbids (False) an age of 90 or more."""
    patient = make_person(rng)
    old = rng.random() < 0.3 if old is None else old
    age = rng.randint(90, 104) if old else rng.choice((rng.randint(1, 17), rng.randint(18, 89), rng.randint(40, 89)))
    exam_dt = datetime(2026, 1, 1, 0, 0) + timedelta(
        days=rng.randint(0, 190), minutes=rng.randint(0, 1439), seconds=rng.randint(0, 59)
    )
    dob = date(exam_dt.year - age - 1, 1, 1) + timedelta(days=rng.randint(exam_dt.timetuple().tm_yday, 364))
    prior_dt = exam_dt - timedelta(days=rng.randint(30, 900), minutes=rng.randint(0, 600))
    relative = make_person(rng)
    child = age < 18
    if rng.random() < (0.85 if child else 0.5) and patient.family:
        relative.family = patient.family
    relation = rng.choice((pools.CHILD_RELATIONS if child else pools.RELATIONS)[relative.sex])
    staff = {}
    for role, cred in (
        ("radiologist", "radiologist"),
        ("resident", "resident"),
        ("referrer", "referrer"),
        ("tech", "tech"),
        ("nurse", "nurse"),
        ("pcp", "referrer"),
        ("reviewer", "radiologist"),
    ):
        p = make_person(rng)
        p.credential = rng.choice(CREDENTIALS[cred])
        staff[role] = p
    exam = pick_exam(rng, patient.sex, age)
    ids = {
        "mrn": fm.mrn(rng),
        "acc": fm.accession(rng),
        "prior_acc": fm.accession(rng),
        "acct": fm.account(rng),
        "plan": fm.plan_id(rng) if region == "US" else fm.intl_plan_id(rng, region),
        "ssn": ("SSN", fm.ssn(rng)),
        "serial": fm.serial(rng),
        "path": ("Path #", fm.path_accession(rng)),
        "claim": ("Claim #", f"{fm.digits(rng, 4)}{fm.letters(rng, 2)}{fm.digits(rng, 6)}"),
    }
    if region == "US":
        city, state = rng.choice(pools.US_CITIES)
        zip_ = f"{rng.randint(10, 99)}{fm.digits(rng, 3)}" + (f"-{fm.digits(rng, 4)}" if rng.random() < 0.3 else "")
        facility = rng.choice(pools.FACILITIES)
    else:
        city, zip_ = rng.choice(pools.INTL[region])
        state = {"CA": pools.CA_PROVINCE.get(zip_[0], ""), "AU": pools.AU_STATE.get(zip_[0], "")}.get(region, "")
        facility = rng.choice(pools.INTL_FACILITIES[region])
    extra = {
        "phone": fm.us_phone(rng) if region == "US" else fm.intl_phone(rng, region),
        "phone2": fm.us_phone(rng) if region == "US" else fm.intl_phone(rng, region),
        "ext": fm.extension(rng),
        "ext2": fm.extension(rng),
        "email": _email_for(rng, patient, pools.PATIENT_DOMAINS),
        "staff_email": _email_for(rng, staff["referrer"], pools.DOMAINS),
        "rad_email": _email_for(rng, staff["radiologist"], pools.DOMAINS),
        "ip": fm.ip(rng),
        "ip2": fm.ip(rng),
    }
    return Case(
        rng,
        region,
        patient,
        age,
        dob,
        exam,
        exam_dt,
        prior_dt,
        relative,
        relation,
        staff,
        ids,
        facility,
        rng.choice(pools.OUTSIDE_FACILITIES),
        city,
        state,
        zip_,
        _street(rng, region),
        extra,
    )
