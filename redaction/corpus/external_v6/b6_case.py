"""One invented imaging case (patient, people, site, study, dates, identifiers) and marked renderings of it.

Why: every style draws its PHI and clinical text from one coherent case, so names, dates and numbers recur
inside a document the way they do in real traffic, and each recurrence is marked.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

import b6_clinical as clin
import b6_places as places
import b6_values as val
from b6_markup import keep, phi
from b6_people import Person, make_person

CREDENTIALS = {"us": ["MD", "MD", "DO", "MD, PhD"], "uk": ["MBBS, FRCR", "FRCR", "MB ChB, FRCR"],
               "au": ["MBBS, FRANZCR", "FRANZCR"], "ca": ["MD, FRCPC", "MD"], "eu": ["MD", "MD, PhD"]}
REFERRER_CREDENTIALS = ["MD", "DO", "NP", "PA-C", "MD", "FNP-BC"]
TECH_CREDENTIALS = ["RT(R)", "RT(R)(CT)", "RT(R)(MR)", "RDMS", "RT(R)(M)"]
MODALITIES = ["CT", "MR", "US", "XR", "MG"]


@dataclass
class Case:
    """The facts one document is written about."""

    locale: str
    site: places.Site
    modality: str
    study: str
    indication: str
    findings: list[str]
    impression: list[str]
    patient: Person
    age: int
    dob: dt.date
    exam: dt.datetime
    prior: dt.datetime
    signed: dt.datetime
    mrn: str
    acc: str
    referrer: Person
    radiologist: Person
    resident: Person
    tech: Person
    rad_cred: str
    ref_cred: str
    tech_cred: str
    home_street: str
    home_city: str
    home_region: str
    home_postcode: str
    home_phone: str


def make_case(rng: random.Random, locale: str = "us", modality: str | None = None) -> Case:
    """A random coherent case; an eponym in the findings sometimes lends its surname to a person."""
    modality = modality or rng.choice(MODALITIES)
    region, study = rng.choice(clin.STUDIES[modality]).split(":: ", 1)
    pool = clin.region_pick(clin.FINDINGS[modality], region)
    findings = [clin.fill(rng, f) for f in rng.sample(pool, min(len(pool), rng.randint(2, 4)))]
    pool = clin.region_pick(clin.IMPRESSIONS[modality], region)
    impression = [clin.fill(rng, i) for i in rng.sample(pool, min(len(pool), rng.randint(1, 2)))]
    people = [make_person(rng, sex="F" if modality == "MG" else None)] + [make_person(rng) for _ in range(4)]
    collide = clin.eponym_surnames("".join(findings))
    if collide and rng.random() < 0.7:
        k = rng.randrange(5)
        people[k] = make_person(rng, "anglo", family=rng.choice(collide), sex=people[k].sex)
    patient, referrer, radiologist, resident, tech = people
    exam = val.random_datetime(rng, dt.date(2024, 1, 2), 800)
    if modality == "MG":
        age = rng.randint(40, 93)
    else:
        age = int(rng.triangular(90, 106, 90)) if rng.random() < 0.15 else int(rng.triangular(1, 89, 66))
    dob = exam.date() - dt.timedelta(days=365 * age + age // 4 + rng.randint(1, 360))
    prior = exam - dt.timedelta(days=rng.randint(20, 1500), minutes=rng.randint(0, 600))
    signed = exam + dt.timedelta(minutes=rng.randint(12, 900))
    home = rng.choice(["us"] * 6 + [locale] * 4) if locale == "us" else locale
    return Case(
        locale=locale, site=places.site(rng, locale), modality=modality, study=clin.fill(rng, study),
        indication=clin.fill(rng, rng.choice(clin.region_pick(clin.INDICATIONS[modality], region))),
        findings=findings, impression=impression, patient=patient, age=age, dob=dob, exam=exam, prior=prior,
        signed=signed, mrn=val.nhs_number(rng) if locale == "uk" and rng.random() < 0.5 else val.mrn(rng),
        acc=val.accession(rng, modality, exam.year), referrer=referrer, radiologist=radiologist,
        resident=resident, tech=tech, rad_cred=rng.choice(CREDENTIALS[locale]),
        ref_cred=rng.choice(REFERRER_CREDENTIALS), tech_cred=rng.choice(TECH_CREDENTIALS),
        home_street=places.street(rng, home), home_city=rng.choice(places.CITIES[home]),
        home_region=rng.choice(places.REGIONS[home]), home_postcode=places.postcode(rng, home),
        home_phone=places.phone(rng, home))


# ---- marked renderings ---------------------------------------------------------------------------------------

def name(who: Person, form: str) -> str:
    """The person's name in ``form`` as a PERSON span; a mononym's FNU filler stays outside the span."""
    span = phi("PERSON", getattr(who, form)())
    if who.mononym and form in ("upper", "last_first"):
        return span + ", FNU"
    if who.mononym and form == "hl7":
        return span + "^FNU"
    return span


def dr(who: Person, title: str = "Dr.") -> str:
    """``Dr. Okafor``: the title stays outside the PERSON span."""
    return f"{title} {phi('PERSON', who.surname())}"


def creds(text: str) -> str:
    """``MBBS, FRCR`` -> each credential its own keep-span."""
    return ", ".join(keep("credential", c) for c in text.split(", "))


def signed_name(who: Person, cred: str, form: str = "full_mi") -> str:
    """``Ngozi A. Adeyemi, MD`` with the credential as a keep-span."""
    return f"{name(who, form)}, {creds(cred)}"


def age(n: int, form: str = "year-old") -> str:
    """An age phrase: the number is PHI at 90 and over, otherwise the whole phrase is an age_under_90 keep."""
    pattern = {"year-old": "{}-year-old", "year old": "{} year old", "yo": "{} yo", "Y": "{}Y", "y/o": "{} y/o",
               "years": "{} years"}[form]
    if n >= 90:
        before, after = pattern.split("{}")
        return before + phi("AGE_OVER_89", str(n)) + after
    return keep("age_under_90", pattern.format(n))


def date(d: dt.date | dt.datetime, form: str) -> str:
    """A DATE_TIME span for the date part of ``d``."""
    return phi("DATE_TIME", val.date_str(d.date() if isinstance(d, dt.datetime) else d, form))


def time(t: dt.datetime, form: str) -> str:
    """A DATE_TIME span for the clock time of ``t``."""
    return phi("DATE_TIME", val.time_str(t, form))




def p(kind: str, value: str) -> str:
    """Shorthand for a PHI span."""
    return phi(kind, value)


def report_body(rng: random.Random, c: Case) -> str:
    """A short structured report: exam, history, comparison, findings, impression (headers are keep-spans)."""
    h = clin.header
    lines = [f"{h('EXAM')}: {c.study}", f"{h(rng.choice(['CLINICAL HISTORY', 'INDICATION']))}: {c.indication}"]
    comp = rng.choice([f"{keep('modality', c.modality if c.modality != 'MR' else 'MRI')} "
                       f"{date(c.prior, rng.choice(val.US_DATE_FORMS if c.locale == 'us' else val.UK_DATE_FORMS))}",
                       "None available.", f"Outside study from {keep('year', str(c.prior.year))}, report only."])
    lines.append(f"{h('COMPARISON')}: {comp}")
    lines.append(f"{h('FINDINGS')}:\n" + "\n".join(c.findings))
    imp = "\n".join(f"{i}. {x}" for i, x in enumerate(c.impression, 1))
    lines.append(f"{h('IMPRESSION')}:\n{imp}")
    return "\n".join(lines)


def date_forms(locale: str) -> list[str]:
    """The date spellings a sender in ``locale`` uses."""
    return {"us": val.US_DATE_FORMS, "uk": val.UK_DATE_FORMS, "au": val.UK_DATE_FORMS,
            "ca": ["iso", "iso", "long", "dMonY"], "eu": val.EU_DATE_FORMS}[locale]




def facility(c: Case, abbreviated: bool = False) -> str:
    """The case's facility (or its abbreviation) as a FACILITY span."""
    return phi("FACILITY", c.site.abbr if abbreviated else c.site.name)


def home_address(c: Case, sep: str = ", ") -> str:
    """Street, city, state and postcode: street, city and ZIP are separate spans; the state is not PHI."""
    region = f" {c.home_region}" if c.home_region else ""
    return (f"{phi('STREET_ADDRESS', c.home_street)}{sep}{phi('CITY', c.home_city)}{region} "
            f"{phi('ZIP', c.home_postcode)}")


def site_address(c: Case, sep: str = ", ") -> str:
    """The facility's street address, city, region and postcode."""
    s = c.site
    region = f" {s.region}" if s.region else ""
    return f"{phi('STREET_ADDRESS', s.street)}{sep}{phi('CITY', s.city)}{region} {phi('ZIP', s.postcode)}"


def daytime(rng: random.Random, t: dt.datetime) -> dt.datetime:
    """``t`` moved into clinic hours, for scheduled appointments."""
    return t.replace(hour=rng.randint(7, 17), minute=rng.choice([0, 15, 30, 45, 10, 40]))
