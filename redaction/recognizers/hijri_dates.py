"""A Hijri (Islamic calendar) date in brackets after the Gregorian one, as Saudi and Gulf forms write a date of
birth: "Date of birth: 3/8/1975 (24/07/1395 H)". The date rules find the digits; the era letter after them ("H",
"AH", "A.H.") belongs to the date too, or the bracket would leave it readable as part of the value.

Only a year from 1300 to 1599 (the Hijri years of the nineteenth to the twenty-second centuries) in brackets that
close right after the era letter.
"""

from __future__ import annotations

import re

from redaction.recognizers._base import RegexRecognizer, text_forms


class HijriDateRecognizer(RegexRecognizer):
    """DATE_TIME: "(24/07/1395 H)", "(1395-07-24 AH)" in brackets, with its era letter."""

    ENTITY = "DATE_TIME"
    SCORE = 0.9
    PATTERNS = (
        (r"\((?P<phi>(?:\d{1,2}[/.-]\d{1,2}[/.-]1[3-5]\d\d|1[3-5]\d\d[/.-]\d{1,2}[/.-]\d{1,2})[ \t]*"
         r"(?:H|AH|A\.H\.|H\.))\)"),
    )

    def candidates(self, text: str) -> list[re.Pattern[str]]:
        """Every match ends on the era letter and the bracket: a text without "h)" or "h.)" is skipped."""
        lowered = text_forms(text)[0]
        return self._compiled if "h)" in lowered or "h.)" in lowered else []
