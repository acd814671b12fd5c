"""Ages and addresses in forms the main patterns miss.

- an age of 90 or more said as "the patient is 94" (dictation), or in the table cell right after a birth
  date that it agrees with ("| 1931-04-02 | 93 |")
- a lower-case street after "address is" / "address:" (a patient's own message)
- a four-digit postcode after a street and its town, as New Zealand, Australia and much of Europe write
  them: "12 Kowhai Crescent, Dunedin 9016"
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

from redaction.recognizers._base import RegexRecognizer
from redaction.recognizers.lowercase_prose import _STREET_TYPE
from redaction.recognizers.places import _SUFFIX

_AGE = r"(?:9\d|1[0-2]\d)"


class SpokenAgeRecognizer(RegexRecognizer):
    """"the patient is 94": an age said without "years"."""

    ENTITY = "AGE_OVER_89"
    SCORE = 0.85
    PATTERNS = (rf"\b(?i:patient|pt|she|he)[ \t]+(?i:is|was|turned|turns)[ \t]+(?P<phi>{_AGE})(?![\d.,/:%-])"
                r"(?![ \t]*(?i:percent|mm|cm|kg|lbs?|pounds|bpm|beats|minutes|mins|hours|days|weeks|months|degrees|"
                r"over|/|on|at|of|out|mg|ml|units?)\b)",)


class BirthDateAgeRecognizer(EntityRecognizer):
    """An age cell right after the birth date it agrees with: ``| 1931-04-02 | 93 |``, ``02/03/1931  94``."""

    SCORE = 0.85
    _CELL = re.compile(r"(?<![\d/.-])(?:(?P<y1>1[89]\d\d)-\d{2}-\d{2}|\d{1,2}[/.-]\d{1,2}[/.-](?P<y2>1[89]\d\d))"
                       rf"(?:[ \t]*[|,;][ \t]*|[ \t]{{2,}}|\t)(?P<age>{_AGE})(?![\d/.:-])")

    def __init__(self) -> None:
        super().__init__(supported_entities=["AGE_OVER_89"], name="BirthDateAgeRecognizer")

    def load(self) -> None:
        return None

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        results = []
        for match in self._CELL.finditer(text):
            born = int(match.group("y1") or match.group("y2"))
            if 2000 <= born + int(match.group("age")) <= 2040:  # the age agrees with the birth year
                results.append(RecognizerResult("AGE_OVER_89", *match.span("age"), self.SCORE))
        return results


class AddressFormRecognizer(RegexRecognizer):
    ENTITY = "STREET_ADDRESS"
    SCORE = 0.85
    PATTERNS = (
        # "new address is 12 elm st", "address: 40 harbor way"
        rf"\b(?i:address)(?:[ \t]+(?:is|now))?[ \t]*:?[ \t]+(?P<phi>\d{{1,6}}[ \t]+(?:[nsew]\.?[ \t]+)?"
        rf"(?:[a-z][a-z'’-]*[ \t]+){{1,3}}{_STREET_TYPE})\b\.?",
    )


class PostcodeAfterTownRecognizer(RegexRecognizer):
    """A four-digit postcode after "<number> <street> <suffix>, <Town>"."""

    ENTITY = "ZIP"
    SCORE = 0.85
    PATTERNS = (rf"\b\d{{1,5}}[A-Za-z]?[ \t]+(?:[A-Z][A-Za-z'’-]+[ \t]+){{1,3}}{_SUFFIX}\.?,[ \t]+"
                r"(?:[A-Z][a-z'’-]+[ \t]+){1,3}(?P<phi>\d{4})(?![\d/.:-]|[ \t]*(?i:hours|hrs|h)\b)",)
