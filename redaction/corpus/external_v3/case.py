"""One document's invented facts (patient, relatives, care team, places, identifiers, dates) and their renderers.

Every renderer returns marked text (see markup.py), so a style template never hand-writes a PHI value and
cannot forget a span. Formats are drawn per document from the document's own ``random.Random``.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from . import ids, pools, when
from .markup import kp, ph
from .people import Person, clinician, make_person


@dataclass
class Case:
    """Everything a style may mention about one (main) patient; extra patients come from :func:`new_case`."""

    rng: random.Random
    patient: Person
    age: int
    dob: dt.date
    study_date: dt.date
    study_time: dt.time
    relative: Person
    relation: str
    referrer: Person
    radiologist: Person
    resident: Person
    tech: Person
    nurse: Person
    facility: str
    outside_facility: str
    street: str
    city: str
    state: str
    zip: str
    mrn: str
    accession: str
    prior_accession: str
    account: str
    plan_id: str
    ssn: str
    serial: str
    phone: str
    relative_phone: str
    referrer_phone: str
    referrer_fax: str
    pager: str
    email: str
    referrer_email: str
    ip: str
    host: str
    prior_date: dt.date
    date_fmt: str = "us"
    time_fmt: str = "hm24"
    extras: dict = field(default_factory=dict)

    # ---- renderers -------------------------------------------------------------------------------------
    def d(self, day: dt.date | None = None, fmt: str | None = None) -> str:
        """A date (study date by default) in this document's date format unless ``fmt`` is given."""
        return when.date(day or self.study_date, fmt or self.date_fmt)

    def t(self, moment: dt.time | None = None, fmt: str | None = None) -> str:
        return when.time(moment or self.study_time, fmt or self.time_fmt)

    def dob_str(self, fmt: str | None = None) -> str:
        return when.date(self.dob, fmt or self.date_fmt)

    def age_str(self, style: str = "dash") -> str:
        """The age: AGE_OVER_89 for 90+ (number only), else an ``age_under_90`` keep-span (whole phrase)."""
        a = self.age
        if a >= 90:
            n = ph("AGE_OVER_89", str(a))
            return {"dash": f"{n}-year-old", "yo": f"{n} y/o", "y": f"{n}Y", "aged": f"aged {n}",
                    "years": f"{n} years", "sexage": f"{self.patient.sex}/{n}",
                    "spoken": f"{ph('AGE_OVER_89', when.words(a) if a < 100 else str(a))} year old"}[style]
        phrase = {"dash": f"{a}-year-old", "yo": f"{a} y/o", "y": f"{a}Y", "aged": f"aged {a}",
                  "years": f"{a} years", "sexage": f"{a}", "spoken": f"{when.words(a)} year old"}[style]
        if style == "sexage":
            return f"{self.patient.sex}/{kp('age_under_90', phrase)}"
        return kp("age_under_90", phrase)

    def address(self, sep: str = ", ") -> str:
        """Street, city, state and ZIP: three spans (the state stays visible)."""
        return (f"{ph('STREET_ADDRESS', self.street)}{sep}{ph('CITY', self.city)}, {self.state} "
                f"{ph('ZIP', self.zip)}")

    def p(self, kind: str, value: str) -> str:
        return ph(kind, value)

    def fac(self, outside: bool = False) -> str:
        return ph("FACILITY", self.outside_facility if outside else self.facility)

    def url(self, path: str = "viewer") -> str:
        dom = self.referrer_email.split("@")[1]
        return ph("URL", rng_url(self.rng, self.host, dom, path, self.accession, self.ip))


def rng_url(rng: random.Random, host: str, domain: str, path: str, acc: str, ip: str) -> str:
    return rng.choice((
        f"https://{host}.{domain}/{path}?acc={acc}",
        f"http://{ip}:8080/{path}/study/{acc}",
        f"https://{host}.{domain}/{path}#/studies/{acc.replace('/', '-')}",
        f"https://{domain}/{path}/open?accession={acc}&user=rad",
    ))


def _street(rng: random.Random) -> str:
    base = f"{rng.randint(2, 9899)} {rng.choice(pools.STREETS)}"
    return f"{base}, {rng.choice(pools.UNITS)}" if rng.random() < 0.35 else base


def email_for(rng: random.Random, person: Person, domains: tuple[str, ...]) -> str:
    first = "".join(c for c in person.first.lower() if c.isascii() and c.isalpha()) or "pt"
    last = "".join(c for c in person.last.lower() if c.isascii() and c.isalpha()) or "x"
    local = rng.choice((f"{first}.{last}", f"{first[0]}{last}", f"{last}{first[0]}{rng.randint(2, 99)}",
                        f"{first}_{last[:4]}{rng.randint(1960, 2005)}"))
    return f"{local}@{rng.choice(domains)}"


def new_case(rng: random.Random, year: int | None = None) -> Case:
    """A fresh random case: about one patient in six is 90 or older and one in twelve is a child."""
    year = year or rng.choice((2025, 2026))
    study = dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(360 if year == 2025 else 150))
    roll = rng.random()
    age = rng.randint(90, 104) if roll < 0.17 else rng.randint(2, 17) if roll < 0.25 else rng.randint(19, 89)
    dob = study - dt.timedelta(days=age * 365 + rng.randrange(1, 360))
    patient = make_person(rng, mononym_ok=True)
    relative = make_person(rng)
    referrer, radiologist, resident = clinician(rng), clinician(rng), clinician(rng)
    resident = Person(resident.first, resident.last, resident.middle, resident.sex, "MD")
    city, state = rng.choice(pools.CITIES)
    acc_domain = rng.choice(pools.EMAIL_DOMAINS)
    c = Case(
        rng=rng, patient=patient, age=age, dob=dob, study_date=study, study_time=when.random_time(rng, 6, 23),
        relative=relative, relation=rng.choice(("mother", "father", "guardian") if age < 18 else pools.RELATIONS),
        referrer=referrer, radiologist=radiologist,
        resident=resident, tech=clinician(rng, "tech"), nurse=clinician(rng, "midlevel"),
        facility=rng.choice(pools.FACILITIES), outside_facility="", street=_street(rng), city=city, state=state,
        zip=ids.zip_code(rng), mrn=ids.mrn(rng), accession=ids.accession(rng, year),
        prior_accession=ids.accession(rng, year - 1), account=ids.account(rng, year), plan_id=ids.health_plan(rng),
        ssn=ids.ssn(rng), serial=ids.device_serial(rng), phone=ids.phone(rng), relative_phone=ids.phone(rng),
        referrer_phone=ids.phone(rng), referrer_fax=ids.phone(rng), pager=ids.pager(rng),
        email=email_for(rng, patient, pools.PATIENT_EMAIL_DOMAINS),
        referrer_email=email_for(rng, referrer, (acc_domain,)), ip=ids.ip(rng), host=rng.choice(pools.HOSTS),
        prior_date=study - dt.timedelta(days=rng.randint(40, 900)),
        date_fmt=rng.choice(when.DATE_FORMATS), time_fmt=rng.choice(when.TIME_FORMATS),
    )
    c.outside_facility = rng.choice([f for f in pools.FACILITIES if f != c.facility])
    return c
