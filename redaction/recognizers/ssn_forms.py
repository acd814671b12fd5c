"""The last four digits of an SSN written as the VA writes it: the surname's initial then the last four,
next to the name ("DOE, JANE A   D1234"). Only texts that speak of an SSN are read."""

from __future__ import annotations

import re

from redaction.recognizers._base import RegexRecognizer, text_forms


class LastFourIdRecognizer(RegexRecognizer):
    """SSN: the four digits of a "<initial><last four>" token after "SURNAME, GIVEN", whose letter is the
    surname's initial."""

    ENTITY = "SSN"
    SCORE = 0.85
    PATTERNS = (r"\b(?P<initial>[A-Z])[A-Za-z'’-]+(?:[ \t][A-Z][A-Za-z'’-]+)?,[ \t]+[A-Z][A-Za-z'’-]+"
                r"(?:[ \t]+[A-Z]\.?)?[ \t]+(?P=initial)(?P<phi>\d{4})\b(?![-/.]\d)",)

    def candidates(self, text: str) -> list[re.Pattern[str]]:
        return super().candidates(text) if " ssn " in text_forms(text)[1] else []
