"""One document's cast and setting: patient, family, staff, sites, moments and identifiers.

Styles draw what they need from a Scene; generating it up front keeps a document internally consistent (the
same patient, MRN and exam time wherever they recur).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from b8_cast import Ids, Person, make_ids, make_person
from b8_clinical import ECHO
from b8_pools import CITIES, FACILITIES, STATES, STREETS, UNITS


@dataclass
class Scene:
    patient: Person
    relative: Person
    relation: str
    referrer: Person
    radiologist: Person
    resident: Person
    tech: Person
    nurse: Person
    age: int
    dob: dt.date
    exam: dt.datetime
    prior: dt.date
    facility: tuple[str, str | None]
    outside: tuple[str, str | None]
    city: str
    state: str
    zip: str
    street: str
    ids: Ids


def _distinct_people(rng: random.Random, n: int) -> list[Person]:
    people: list[Person] = []
    names: set[str] = set()
    while len(people) < n:
        p = make_person(rng)
        parts = {p.given, p.family, p.given.split()[0]} - {""}
        if parts & names:
            continue
        names |= parts
        people.append(p)
    return people


def street_address(rng: random.Random) -> str:
    shape = rng.random()
    if shape < 0.12:
        return f"PO Box {rng.randint(100, 9999)}"
    if shape < 0.2:
        return f"RR {rng.randint(1, 6)} Box {rng.randint(10, 399)}"
    base = f"{rng.randint(2, 9899)} {rng.choice(STREETS)}"
    return base + (f" {rng.choice(UNITS)}" if rng.random() < 0.4 else "")


def make_scene(rng: random.Random) -> Scene:
    people = _distinct_people(rng, 7)
    age = rng.choice([rng.randint(19, 88), rng.randint(19, 88), rng.randint(90, 104), rng.randint(45, 89)])
    exam = dt.datetime(2025, 1, 1, 0, 0) + dt.timedelta(
        minutes=rng.randint(0, 730 * 24 * 60), seconds=rng.randint(0, 59)
    )
    dob = exam.date() - dt.timedelta(days=age * 365 + rng.randint(10, 350))
    prior = exam.date() - dt.timedelta(days=rng.randint(20, 700))
    if rng.random() < 0.2:
        people[0].family = rng.choice(sorted(ECHO))
    if rng.random() < 0.5 and people[0].family:
        people[1].family = people[0].family
    fac, out = rng.sample(FACILITIES, 2)
    zip_code = f"{rng.randint(1000, 99950):05d}" + (f"-{rng.randint(1000, 9999)}" if rng.random() < 0.25 else "")
    return Scene(
        patient=people[0],
        relative=people[1],
        relation=rng.choice(["daughter", "son", "wife", "husband", "niece", "sister", "grandson", "partner"]),
        referrer=people[2],
        radiologist=people[3],
        resident=people[4],
        tech=people[5],
        nurse=people[6],
        age=age,
        dob=dob,
        exam=exam,
        prior=prior,
        facility=fac,
        outside=out,
        city=rng.choice(CITIES),
        state=rng.choice(STATES),
        zip=zip_code,
        street=street_address(rng),
        ids=make_ids(rng),
    )
