"""A date or time as a Python program prints it: ``datetime.date(1951, 3, 14)``,
``datetime.datetime(2026, 3, 15, 9, 12, 44)``. SDK debug logs and ``repr()`` dumps of parsed model outputs write a
date of birth or an exam time this way, and no written date shape matches a comma-separated argument list.

The argument list (year, month, day and any time fields) is the date; the constructor's name stays outside.
Only a plausible year (1800-2199), month (1-12) and day (1-31).
"""

from __future__ import annotations

import re

from redaction.recognizers._base import RegexRecognizer


class ReprDateRecognizer(RegexRecognizer):
    """DATE_TIME: the arguments of ``datetime.date(...)`` / ``datetime.datetime(...)`` / ``date(...)``."""

    ENTITY = "DATE_TIME"
    SCORE = 0.9
    PATTERNS = (
        (r"(?<![\w.])(?:datetime\.)?(?:date|datetime)\((?P<phi>(?:18|19|20|21)\d\d,[ \t]*(?:1[0-2]|0?[1-9]),[ \t]*"
         r"(?:3[01]|[12]\d|0?[1-9])(?:,[ \t]*\d{1,2}){0,3})(?:,[ \t]*\d{1,6})?(?:,[ \t]*tzinfo=[^()]*(?:\([^()]*\))?)?"
         r"\)"),
    )

    def candidates(self, text: str) -> list[re.Pattern[str]]:
        """Every match has "date(" in it."""
        return self._compiled if "date(" in text or "datetime(" in text else []
