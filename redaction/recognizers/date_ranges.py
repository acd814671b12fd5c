"""Month/day dates without a year where the layout shows they are dates.

- the end of a month/day range, as schedules, rotations and leave rosters write it: "7/1-7/28",
  "3/10 - 4/2", "9/6 to 9/20" (the start is the plain month/day date; the end follows a dash, which
  the plain pattern does not take, so "C5/6-6/7" levels and "1/2-3/4" fractions are not read there)

A level ("C5/6-6/7") has a letter before it; a fraction range ("1/2-3/4 inch", "1/3-1/2 of") has a unit
or "of" after it: neither is matched.
"""

from __future__ import annotations

from redaction.recognizers._base import RegexRecognizer

_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_MON_NUM = r"(?:1[0-2]|0?[1-9])"


class MonthDayRangeRecognizer(RegexRecognizer):
    """"7/14-8/2": the second month/day of a range (two DATE_TIME spans, the dash between them kept)."""

    ENTITY = "DATE_TIME"
    SCORE = 0.9
    PATTERNS = (rf"(?<![\w/.-]){_MON_NUM}/{_DAY}[ \t]*(?:-|–|(?i:to|through|thru|until))[ \t]*"
                rf"(?P<phi>{_MON_NUM}/{_DAY})(?![\d/]|\.\d|[ \t]*(?:\"|(?i:of|in|inch|inches|mm|cm|th|rd|nd|cup|"
                r"tsp|tab|tabs|tablet|tablets|mg|ml|%)\b))",)
