"""Score fractions a date pattern mistakes for a month/day: they grade an image, they date nothing.

- An ILO pneumoconiosis profusion category, as asbestos- and silica-surveillance chest X-ray reports write it:
  "profusion 1/1", "ILO 2/1", "ILO category 1/2", "small opacities, profusion 1/1 q/t". Its two figures
  are 0-3 (the second may be "+" or "-"), so "1/1" or "2/3" there is the reader's grade, not January 1st or
  February 3rd.
- Couinaud liver segments written as a pair after "segment(s)": "segments 5/8", "segment 4a/4b".
- A score out of 5 or 10 after what it rates: a pain or strength score ("Pain 9/10", "pain score: 7/10",
  "strength 4/5") or an evaluation's subcompetency code and its "=" ("PC2 Image interpretation = 2/5",
  "* MK1 = 4/5").

``without_score_fractions`` looks only at the few characters before a short DATE_TIME span, on its line.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from redaction._spans import Span

_PROFUSION = re.compile(r"[0-3]/[0-3+-]")
# "ILO", "profusion", "ILO profusion", "profusion category", "ILO grade", then an optional colon or "of"
_GRADE_BEFORE = re.compile(r"(?i:\b(?:ILO|profusion)(?:[ \t]+(?:profusion|category|grade|score|of))*)"
                           r"[ \t]*[:=]?[ \t]*\Z")
_LOOKBACK = 40
# Couinaud liver segments written as a pair: "segments 5/8", "segment 4a/4b", "Couinaud 6/7"
_SEGMENTS = re.compile(r"[1-8][ab]?/[1-8][ab]?")
_SEGMENTS_BEFORE = re.compile(r"(?i:\b(?:segments?|Couinaud))[ \t]*[:=]?[ \t]*\Z")


# n/5 or n/10, n no more than the scale
_OUT_OF = re.compile(r"(?:[0-5]/5|(?:10|[0-9])/10)")
_RATED_BEFORE = re.compile(r"(?i:\b(?:pain|NRS|VAS|strength|power|rating|rated|score)(?:[ \t]+(?:score|scale|level|"
                           r"rating|of|is|was|at|now))*)[ \t]*[:=-]?[ \t]*\Z"
                           # a competency code, its title, then "=": "PC2 Image interpretation = ", "* MK1 = "
                           r"|(?:^|[*\-•][ \t]*)[A-Z]{2,5}\d[A-Za-z .,'-]{0,60}?[ \t]=[ \t]*\Z", re.MULTILINE)


def _profusion(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    if _OUT_OF.fullmatch(text, start, end) and _RATED_BEFORE.search(text, max(line_start, start - 80), start):
        return True
    if _SEGMENTS.fullmatch(text, start, end) and _SEGMENTS_BEFORE.search(text, max(line_start, start - 12), start):
        return True
    if not _PROFUSION.fullmatch(text, start, end):
        return False
    return bool(_GRADE_BEFORE.search(text, max(line_start, start - _LOOKBACK), start))


def without_score_fractions(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` without the DATE_TIME spans that are an ILO profusion category after its label."""
    return [s for s in spans if not (s.entity_type == "DATE_TIME" and _profusion(text, s.start, s.end))]
