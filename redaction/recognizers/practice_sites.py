"""Care sites named without a head word the facility recognizer knows.

- a specialty practice: a name, the specialty as an adjective, then "Associates", "Group", "Partners",
  "Specialists" or "Consultants": "Elm Orthopedic Associates", "Birch Vascular Surgical Group"
  (the facility recognizer's bounds and checks apply: "The", "at" are trimmed, a department alone is kept)
- a hospital called by its name and "Regional" alone, where the layout shows it is a name: in brackets after
  a title ("CONSENT LOG  (Elm Bluff Regional)"), or a letterhead line's name before a dash or the line's end
  ("Elm Bluff Regional - Health Information Management")
"""

from __future__ import annotations

import re

from redaction._denylist import clinical_words, department_words, not_name_words
from redaction.recognizers._base import RegexRecognizer
from redaction.recognizers.places import FacilityRecognizer

_SPECIALTY = (r"(?:Orthopa?edic|Cardiovascular|Cardiac|Vascular|Neurological|Neurosurgical|Surgical|Spine|"
              r"Urologic(?:al)?|Pa?ediatric|Dermatologic|Oncologic|Pulmonary|Digestive|Gastrointestinal|Sports|"
              r"Musculoskeletal|Rheumatology|Kidney|Renal|Retina|Eye|ENT|Allergy|Obstetric|Specialty)")


class SpecialtyPracticeRecognizer(FacilityRecognizer):
    """FACILITY: "Elm Orthopedic Associates", a name, a specialty adjective and a practice's last word."""

    PATTERNS = (rf"\b(?:[A-Z][A-Za-z'’-]+[ \t]){{1,3}}{_SPECIALTY}[ \t]+"
                r"(?:Associates|Group|Partners|Specialists|Consultants)\b",)


class RegionalSiteRecognizer(RegexRecognizer):
    """FACILITY: "Elm Bluff Regional" alone, in brackets or opening a letterhead line."""

    ENTITY = "FACILITY"
    SCORE = 0.85
    PATTERNS = (
        r"(?:^|\()(?P<phi>[A-Z][a-z'’]+(?:[ \t][A-Z][a-z'’]+){0,2}[ \t]Regional)(?=\)|[ \t]+[-–—][ \t]|[ \t]*$)",
    )
    FLAGS = re.MULTILINE

    def keep(self, text: str, start: int, end: int) -> bool:
        words = [w.lower() for w in text[start:end].split()[:-1]]
        return not any(w in clinical_words() or w in department_words() or w in not_name_words() for w in words)
