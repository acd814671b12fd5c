"""Facility names in forms the main facility patterns cut short: a head noun followed by "of" and its
place ("University Medical Center of Pine Ridge", "Children's Hospital of Harrow"), a saint's hospital
written with "St" and a possessive ("St Elowen's Hospital"), and heads made of two or three words
("Harrow Health Service", "Pine Ridge Hospice House", "Elm Row Transitional Care Unit", "Elm Row Open MRI",
"Elm Row Veterans Home"), and an outpatient site's letterhead in capitals ("HARBORVIEW OUTPATIENT RADIOLOGY").
"""

from __future__ import annotations

import re

from redaction._denylist import PLACE_AND_DATE_WORDS, clinical_words, department_words
from redaction.recognizers._base import RegexRecognizer

_CAP = r"[A-Z][A-Za-z'’-]+"


class FacilityFormRecognizer(RegexRecognizer):
    ENTITY = "FACILITY"
    SCORE = 0.85
    PATTERNS = (
        # "<name> Medical Center of <place>": the place after "of" is part of the name
        rf"\b(?:{_CAP}[ \t]){{0,3}}(?:Hospital|Hospitals|Medical[ \t]Center|Medical[ \t]Centre|Health[ \t]Center|"
        rf"Health[ \t]System|Cancer[ \t]Center|Infirmary)[ \t]of[ \t](?:the[ \t])?{_CAP}(?:[ \t]{_CAP}){{0,2}}",
        # "St Elowen's Hospital": "St" without its full stop before a saint's possessive name
        r"\b(?:St\.?|Saint)[ \t][A-Z][a-z]+['’]s[ \t](?:Hospital|Infirmary|Hospice|Medical[ \t]Cent(?:er|re)|Clinic)\b",
        # two- and three-word heads after a place name
        rf"\b(?:{_CAP}[ \t]){{1,3}}(?:Health[ \t]Service|Hospice[ \t]House|Transitional[ \t]Care[ \t]Unit|"
        rf"Care[ \t]Home|Rest[ \t]Home|Veterans['’]?[ \t]Home|Soldiers['’]?[ \t]Home|Open[ \t]MRI|Open[ \t]MR)\b(?!s)",
    )

    def bounds(self, text: str, start: int, end: int) -> tuple[int, int]:
        # trailing department words are not part of the site: "... of Pine Ridge Radiology"
        while True:
            last = text.rfind(" ", start, end)
            word = text[last + 1:end].lower()
            if last < 0 or word in _HEAD_WORDS or not (word in department_words() or word in clinical_words()):
                break
            end = last
        # leading words that are no part of a name: "from Elm Row ...", "The ..."
        while True:
            space = text.find(" ", start, end)
            word = text[start:space].lower()
            if space < 0 or not (word in _LEADING or word in clinical_words()):
                break
            start = space + 1
        return start, end

    def keep(self, text: str, start: int, end: int) -> bool:
        words = [w.lower() for w in re.findall(r"[A-Za-z'’-]+", text[start:end])]
        # "the Transitional Care Unit": a service needs a place name of its own before it
        name = [w for w in words if w not in _HEAD_WORDS and w not in ("of", "the")]
        return bool(name) and not all(w in clinical_words() or w in department_words()
                                      or w in PLACE_AND_DATE_WORDS for w in name)


_LEADING = frozenset({"the", "from", "at", "to", "in", "via", "site", "and", "our", "your", "their"})
_HEAD_WORDS = frozenset("hospital hospitals medical center centre health system cancer infirmary service hospice "
                        "house transitional care unit home rest open mri mr veterans veterans' veterans’ soldiers "
                        "soldiers' soldiers’".split())


class SaintSiteRecognizer(RegexRecognizer):
    """``Saint Ann Regional``, ``St. Ann Memorial``: a saint's name and a hospital's adjective, the noun
    ("Hospital", "Medical Center") left off as letters and captions often do."""

    ENTITY = "FACILITY"
    SCORE = 0.85
    PATTERNS = (r"\b(?:Saint|Sainte|St\.?|Ste\.?|San|Santa)[ \t]+[A-Z][a-z'’]+(?:[ \t]+[A-Z][a-z'’]+)?[ \t]+"
                r"(?:Regional|Memorial|General|Community|Mercy|Medical)\b",)

    def keep(self, text: str, start: int, end: int) -> bool:
        words = text[start:end].split()[1:-1]
        return not any(w.lower() in clinical_words() or w.lower() in PLACE_AND_DATE_WORDS for w in words)


class CapsOutpatientSiteRecognizer(RegexRecognizer):
    """``HARBORVIEW OUTPATIENT RADIOLOGY``: an outpatient site's name in capitals, as a letterhead prints it."""

    ENTITY = "FACILITY"
    SCORE = 0.85
    PATTERNS = (r"\b(?:[A-Z][A-Z'’-]+[ \t]+){1,3}OUTPATIENT[ \t]+(?:RADIOLOGY|IMAGING|CLINIC|CENTER|CENTRE)\b",)

    def keep(self, text: str, start: int, end: int) -> bool:
        # "DIAGNOSTIC OUTPATIENT RADIOLOGY", "DEPARTMENT OF OUTPATIENT IMAGING": a service, no site named
        name = text[start:end].split()[:-2]
        return not any(w.lower() in clinical_words() or w.lower() in department_words()
                       or w.lower() in PLACE_AND_DATE_WORDS or w.lower() in _LEADING or w in ("OF", "AND")
                       for w in name)
