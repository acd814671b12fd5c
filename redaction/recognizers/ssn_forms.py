"""SSNs written in part.

- the last four digits as the VA writes them: the surname's initial then the last four, next to the name
  ("DOE, JANE A   D1234"). Only texts that speak of an SSN are read.
- a masked SSN, the first five digits written as X's or asterisks ("XXX-XX-1234", "***-**-1234"): the whole
  written value is the SSN, the mask included (the four digits alone would leave the value's shape).
- a Canadian Social Insurance Number (SIN / NAS), nine digits in three groups of three, after its label even when
  a bracketed note sits between label and value: "SIN (for payroll only): 123 456 789", "NAS : 123-456-789"."""

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


class MaskedSsnRecognizer(RegexRecognizer):
    """SSN: "XXX-XX-1234", "xxx-xx-1234", "***-**-1234" whole."""

    ENTITY = "SSN"
    SCORE = 0.85
    PATTERNS = (r"(?<![\w*-])(?P<phi>(?:XXX-XX|xxx-xx|\*\*\*-\*\*)-\d{4})\b(?![-/.]\d)",)


class SinNumberRecognizer(RegexRecognizer):
    """SSN: a Canadian SIN / NAS after its label, a short bracketed note allowed before the colon."""

    ENTITY = "SSN"
    SCORE = 0.9
    PATTERNS = (r"\b(?:SIN|NAS|S\.I\.N\.|(?i:social[ \t]+insurance[ \t]+(?:number|no\.?|#)))(?:[ \t]*#)?"
                r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*[:#]?[ \t]*(?P<phi>\d{3}([ .-]?)\d{3}\2\d{3})(?![\d-]|\.\d)",)
