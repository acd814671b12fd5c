"""People in a blind3 document and the ways their names are written (each rendering is one PERSON span).

Titles (Dr., Mr., Mrs.) stay outside the span and credentials become ``credential`` keep-spans, as the corpus
README's span rules require; a mononym renders as the one name whatever the format asked for.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from . import pools
from .markup import kp, ph


@dataclass(frozen=True)
class Person:
    """An invented person; ``last`` is empty for someone known by one name."""

    first: str
    last: str
    middle: str = ""
    sex: str = "F"
    credential: str = ""

    @property
    def mononym(self) -> bool:
        return not self.last

    def _p(self, value: str) -> str:
        return ph("PERSON", value)

    def full(self) -> str:
        """``Amara J. Okonkwo``."""
        if self.mononym:
            return self._p(self.first)
        mid = f" {self.middle}." if self.middle else ""
        return self._p(f"{self.first}{mid} {self.last}")

    def plain_name(self) -> str:
        """``Amara Okonkwo`` (no middle initial)."""
        return self._p(self.first if self.mononym else f"{self.first} {self.last}")

    def formal(self, upper: bool = True) -> str:
        """``OKONKWO, AMARA J`` (registration style)."""
        if self.mononym:
            return self._p(self.first.upper() if upper else self.first)
        value = f"{self.last}, {self.first}" + (f" {self.middle}" if self.middle else "")
        return self._p(value.upper() if upper else value)

    def hl7(self) -> str:
        """``OKONKWO^AMARA^J`` (HL7/DICOM person name)."""
        if self.mononym:
            return self._p(self.first.upper())
        return self._p(f"{self.last}^{self.first}^{self.middle}".upper().rstrip("^"))

    def initial_last(self) -> str:
        """``A. Okonkwo``."""
        return self._p(self.first if self.mononym else f"{self.first[0]}. {self.last}")

    def last_only(self) -> str:
        """``Okonkwo`` (after a title: ``Dr. Okonkwo``)."""
        return self._p(self.first if self.mononym else self.last)

    def first_only(self) -> str:
        return self._p(self.first)

    def initials(self) -> str:
        """``AO`` (technologist or transcriptionist initials)."""
        return self._p(self.first[:1] + (self.last.replace("'", "")[:1] if self.last else self.first[1:2]).upper())

    def signed(self) -> str:
        """``Amara Okonkwo, MD`` with the credential as a keep-span."""
        return f"{self.plain_name()}, {kp('credential', self.credential)}" if self.credential else self.plain_name()

    def title_last(self) -> str:
        """``Dr. Okonkwo`` (title outside the span)."""
        return f"Dr. {self.last_only()}"


_BAD_INITIALS = {"CT", "MR", "US", "XR", "MG", "PT", "OR", "ED", "IR", "NM", "DO", "MD", "RN", "NP", "HU", "ID"}


def make_person(rng: random.Random, sex: str | None = None, credential: str = "", mononym_ok: bool = False) -> Person:
    """A random person; ``credential`` is attached for clinicians."""
    sex = sex or rng.choice("FM")
    first = rng.choice(pools.FEMALE_FIRST if sex == "F" else pools.MALE_FIRST)
    if mononym_ok and rng.random() < 0.08:
        return Person(rng.choice(pools.MONONYMS), "", "", sex, credential)
    last = rng.choice(pools.SURNAMES)
    middle = rng.choice("ABCDEFGHJKLMNPRSTVW") if rng.random() < 0.55 else ""
    person = Person(first, last, middle, sex, credential)
    if (first[:1] + last.replace("'", "")[:1]).upper() in _BAD_INITIALS:
        return make_person(rng, sex, credential, mononym_ok)
    return person


def clinician(rng: random.Random, kind: str = "physician") -> Person:
    """A physician, technologist or mid-level provider with a fitting credential."""
    creds = {"physician": pools.CLINICIAN_CREDENTIALS, "tech": pools.TECH_CREDENTIALS,
             "midlevel": pools.MIDLEVEL_CREDENTIALS}[kind]
    return make_person(rng, credential=rng.choice(creds))
