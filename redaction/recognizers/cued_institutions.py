"""Institutions that are not hospitals, named after a label or by their head noun, and towns in obituaries.

- the value of a "School:", "Facility:", "Institution:" label: "School: Pine Hollow Academy"
- a name ending in a school's or a prison's head: "Elm Creek High School", "Lakeview State Prison",
  "Eastgate Women's Correctional Institution", "St. Brigid Academy"
- the town in an obituary's "Name, 97, of <Town>, passed ...", "aged 22, of <Town>.", "Name of <Town> died"
"""

from __future__ import annotations

import re

from redaction._denylist import clinical_words, department_words
from redaction.recognizers._base import RegexRecognizer

_CAP = r"[A-Z][A-Za-z'’.-]*"
_NAME = rf"{_CAP}(?:[ \t](?:of|the|for|and|{_CAP})){{0,6}}"


class InstitutionRecognizer(RegexRecognizer):
    """FACILITY: a labelled institution, or a name with a school's or a prison's head noun."""

    ENTITY = "FACILITY"
    SCORE = 0.85
    PATTERNS = (
        rf"\b(?:School|SCHOOL|Facility|FACILITY|Institution|College|Daycare|Correctional[ \t]facility)"
        rf"[ \t]*:[ \t]*(?P<phi>{_NAME})",
        rf"\b(?:{_CAP}[ \t]){{1,4}}(?:(?:High|Middle|Elementary|Primary|Secondary|Grammar) School|"
        r"Academy|State Prison|Correctional (?:Institution|Facility|Cent(?:er|re))|Penitentiary|"
        r"Detention Cent(?:er|re)|County Jail)\b",
    )

    def bounds(self, text: str, start: int, end: int) -> tuple[int, int]:
        while True:  # leading words that are no part of a name: "The", "At"
            space = text.find(" ", start, end)
            if space < 0 or text[start:space].lower() not in _LEADING:
                break
            start = space + 1
        while text[end - 1] in ".,":
            end -= 1
        return start, end

    def keep(self, text: str, start: int, end: int) -> bool:
        words = [w.lower() for w in re.findall(r"[A-Za-z'’-]+", text[start:end])]
        name = [w for w in words if w not in ("of", "the", "for", "and")]
        return bool(name) and not all(w in clinical_words() or w in department_words() for w in name)


_LEADING = frozenset({"the", "at", "from", "to", "in", "attends", "attending", "student"})


class ObituaryTownRecognizer(RegexRecognizer):
    """CITY: "<Name>, 97, of <Town>, passed", "aged 22, of <Town>.", "<Name> of <Town> died" """

    ENTITY = "CITY"
    SCORE = 0.85
    PATTERNS = (r"\b\d{1,3},[ \t]of[ \t](?P<phi>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)"
                r"(?=,|\.|[ \t]+(?:passed|died|and|who)\b)",
                # no age: "Ada Quill of Tyler died peacefully", "... of Glen Ellyn passed away"
                r"\b[A-Z][a-z'’-]+[ \t]of[ \t](?P<phi>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)"
                r"(?=[ \t]+(?:passed[ \t]+away|died)\b)")
