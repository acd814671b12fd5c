"""Numbers whose layout or cue says what they are, where the generic label rules miss them.

- an Australian Medicare card number, ten digits spaced 4-5-1 as printed on the card: "Medicare - 1894 91611 6",
  "it's on the club form: 2480 77957 7" (the shape alone: no phone, date or measurement is written 4-5-1)
- a UK mobile number spaced 5-3-4 or 5-3-3 ("07700 555 0149", "07700 900 123"): the 07 prefix and its spacing
- a unit record number after "URN" / "UR no", and a hospital number told in a sentence ("my hospital number is
  AFL1021"): letters and digits, as hospitals issue them
"""

from __future__ import annotations

from redaction.recognizers._base import RegexRecognizer


class MedicareCardRecognizer(RegexRecognizer):
    ENTITY = "HEALTH_PLAN_ID"
    SCORE = 0.85
    PATTERNS = (r"(?<![\d.,/:+-])(?<!\d[ \t])\d{4}[ ]\d{5}[ ]\d(?:[ /-]\d)?(?![\d.,]?\d)(?![ \t]\d)",)


class UkMobileRecognizer(RegexRecognizer):
    ENTITY = "PHONE"
    SCORE = 0.85
    PATTERNS = (r"(?<![\d.+-])(?<!\d[ \t])07\d{3}[ \t]\d{3}[ \t]\d{3,4}(?![\d.,]?\d)(?![ \t]\d)",)


class RecordNumberRecognizer(RegexRecognizer):
    ENTITY = "MRN"
    SCORE = 0.85
    PATTERNS = (
        r"\b(?:URN|UR[ \t]*(?i:no\.?|number|#))[ \t]*[:#.-]?[ \t]*(?P<phi>(?=[A-Z]{0,4}\d)[A-Z]{0,4}\d{3,10}[A-Z]?)\b",
        r"\b(?i:hospital|unit[ \t]+record|patient|record|MRN|NHS|chart)[ \t]+(?i:number|no\.?)[ \t]+(?i:is|was)[ \t]+"
        r"(?P<phi>(?=[A-Za-z]{0,4}\d)[A-Za-z]{0,4}[-/]?\d{3,10}[A-Za-z]?)\b",
    )
