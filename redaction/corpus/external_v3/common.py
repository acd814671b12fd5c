"""Pieces several blind3 styles share: a report body, a sign-off, a clinical history line."""

from __future__ import annotations

import random

from .case import Case
from .clinical import Study, header, study, year_phrase
from .markup import kp


REASONS = {
    "abdomen": ("right upper quadrant pain", "elevated liver enzymes", "abdominal pain after a fall", "weight loss"),
    "chest": ("shortness of breath", "hemoptysis", "chest pain", "staging of known lung lesion"),
    "neuro": ("sudden left arm weakness", "worst headache of life", "fall with head strike", "new seizure"),
    "spine": ("back pain after motor vehicle collision", "radiating leg pain", "progressive curvature"),
    "msk": ("fall on outstretched hand", "knee pain with locking", "ankle inversion injury", "hip pain after fall"),
    "breast": ("palpable lump", "callback from screening", "nipple discharge"),
    "pelvis": ("elevated PSA", "pelvic pain", "perineal swelling", "post-operative collection"),
    "thyroid": ("palpable neck nodule", "incidental thyroid nodule on prior imaging"),
    "peds": ("abdominal distension", "limp", "short stature workup", "bilious vomiting"),
}


def study_for(c: Case, rng: random.Random, modality: str | None = None, region: str | None = None) -> Study:
    """A study that fits the case's patient (sex- and age-specific findings filtered)."""
    return study(rng, c.patient.sex, c.age, modality, region)


def history(c: Case, rng: random.Random, region: str | None = None) -> str:
    """``72-year-old woman, treated for breast cancer in 2019; ...`` (age and year are spans)."""
    if c.age < 18:
        who = "girl" if c.patient.sex == "F" else "boy"
    else:
        who = {"F": rng.choice(("woman", "female", "F")), "M": rng.choice(("man", "male", "M"))}[c.patient.sex]
    why = rng.choice(REASONS.get(region or "", ("follow-up of known lesion", "staging", "pain", "abnormal labs")))
    tail = ""
    if c.age >= 18 and rng.random() < 0.6:
        tail = f"; {year_phrase(rng, rng.randint(1998, c.study_date.year - 1))}"
    return f"{c.age_str(rng.choice(('dash', 'yo', 'years')))} {who} with {why}{tail}."


def body(c: Case, s: Study, rng: random.Random, comparison: bool = True) -> str:
    """TECHNIQUE / COMPARISON / FINDINGS / IMPRESSION with keep-spans on the headers."""
    parts = [f"{header(rng, 'EXAM')} {s.exam}", f"{header(rng, 'CLINICAL HISTORY')} {history(c, rng, s.region)}"]
    if comparison:
        parts.append(f"{header(rng, 'COMPARISON')} " + rng.choice((
            f"{s.modality if s.modality != 'MG' else 'Mammogram'} of {c.d(c.prior_date)} "
            f"(accession {c.p('ACCESSION', c.prior_accession)}).",
            "None available.", f"Outside study from {c.fac(outside=True)}, {c.d(c.prior_date)}.")))
    parts.append(f"{header(rng, 'FINDINGS')}\n" + "\n".join(f"- {f}" for f in s.findings))
    parts.append(f"{header(rng, 'IMPRESSION')}\n1. {s.impression}")
    return "\n".join(parts)


def signoff(c: Case, rng: random.Random) -> str:
    """Electronic signature with the radiologist, the date and time as separate spans."""
    return rng.choice((
        f"Electronically signed by {c.radiologist.signed()} on {c.d()} at {c.t()}.",
        f"Dictated by: {c.resident.signed()} / Attending: {c.radiologist.signed()}\nSigned {c.d()} {c.t()}",
        f"-- {c.radiologist.signed()}, {c.fac()} -- {c.d()}",
    ))


def modality_kp(c: Case, s: Study) -> str:
    word = {"CT": "CT", "MR": "MRI", "US": "US", "XR": "XR", "MG": "mammogram"}[s.modality]
    return kp("modality", word) if word != "mammogram" else word
