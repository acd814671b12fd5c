"""Score fractions a date pattern mistakes for a month/day: they grade an image, they date nothing.

- An ILO pneumoconiosis profusion category, as asbestos- and silica-surveillance chest X-ray reports write it:
  "profusion 1/1", "ILO 2/1", "ILO category 1/2", "small opacities, profusion 1/1 q/t". Its two figures
  are 0-3 (the second may be "+" or "-"), so "1/1" or "2/3" there is the reader's grade, not January 1st or
  February 3rd.
- Couinaud liver segments written as a pair after "segment(s)": "segments 5/8", "segment 4a/4b".
- A score out of 5 or 10 after what it rates: a pain or strength score ("Pain 9/10", "pain score: 7/10",
  "strength 4/5", a changed pain "Back pain worse, 4/10", the score before a procedure "(pre-procedure 7/10)")
  or an evaluation's subcompetency code and its "=" ("PC2 Image interpretation = 2/5",
  "* MK1 = 4/5").

A letter grade ending a sentence is read as an initial by the name patterns: "ACR density C. Alternative site ...",
"Child-Pugh class B. Ada's husband ...". After a grading word (density, grade, class, category, type, stage) the
letter and its full stop are the grade, not a given name's initial: a PERSON span opening on it is trimmed to the
words after it, and dropped when only an everyday word is left ("Alternative").

``without_score_fractions`` looks only at the few characters before a short DATE_TIME span, on its line, and before
a PERSON span that opens on a capital letter and a full stop.
"""

from __future__ import annotations

import re

from redaction._spans import Span
from redaction._vocabulary import is_common_word

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
# round 27I: the score's change word and its comma ("Back pain worse, 7/10"), the score before a procedure written
# in brackets after the one after it ("pain score 1/10 (pre-procedure 6/10)")
_RATED_BEFORE = re.compile(r"(?i:\b(?:pain|NRS|VAS|strength|power|rating|rated|score|baseline|(?:pre|post)-?"
                           r"(?:procedure|procedural|injection|treatment|op|operative|block))(?:[ \t]+(?:score|scale|"
                           r"level|rating|of|is|was|at|now|currently|worse|better|improved|unchanged|increased|"
                           r"decreased|same))*)[ \t]*[:=,-]?[ \t]*\Z"
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


# round 23k: a "date" with no figure and no calendar or number word ("pt to call back", "no answer x2", "sent to ...
# Imaging Center" in a schedule's rebooked column) dates nothing
_CALENDAR_WORDS = frozenset(
    "january february march april may june july august september october november december jan feb mar apr jun jul "
    "aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs "
    "fri sat sun today tomorrow yesterday tonight morning afternoon evening night noon midnight dawn o'clock oclock "
    "christmas easter thanksgiving eve year years day days week weeks month months hour hours minute minutes am pm "
    "a.m. p.m. zero oh one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred first second "
    "third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth "
    "seventeenth eighteenth nineteenth twentieth thirtieth".split())
_DATE_WORD = re.compile(r"[A-Za-z][A-Za-z'.]*")
_TIMES_COUNT = re.compile(r"(?<![A-Za-z0-9])[xX][1-9](?![A-Za-z0-9/:.])")


def _wordless_date(text: str, start: int, end: int) -> bool:
    value = _TIMES_COUNT.sub("", text[start:end])  # "no answer x2": a count of tries, no figure of a date
    if any(c.isdigit() for c in value):
        return False
    return not any(w.lower().rstrip(".") in _CALENDAR_WORDS or w.lower() in _CALENDAR_WORDS
                   for w in _DATE_WORD.findall(value))


# a letter grade after its grading word ("ACR density C", "Child-Pugh class B", "Graf type I"), then its sentence's
# full stop; round 27I: a magnet's field strength in tesla ending a sentence ("obtained at 3 T. Background ...")
# (a lone "T." the name trim left: "at 1.5 T. No contrast")
_GRADE_INITIAL = re.compile(r"([A-EIVT])\.(?:[ \t]+|\Z)")
_GRADE_WORD_BEFORE = re.compile(r"(?i:\b(?:density|composition|grade|class|category|type|stage))[ \t]+\Z")
_TESLA_BEFORE = re.compile(r"(?<![\d.])(?:0\.[2-9]|1\.0|1\.5|3|3\.0|7|7\.0)[ \t]?\Z")


def _past_grade(text: str, span: Span) -> Span | None:
    """The PERSON span less a leading letter grade read as an initial; None when no name is left."""
    grade = _GRADE_INITIAL.match(text, span.start, span.end)
    if grade is None or not (_TESLA_BEFORE if grade.group(1) == "T" else _GRADE_WORD_BEFORE).search(
            text, max(0, span.start - 16), span.start):
        return span
    start = grade.end()
    rest = text[start:span.end]
    if not rest or " " not in rest.strip() and is_common_word(rest.strip("'’s")):
        return None
    return Span(start, span.end, span.entity_type, span.score)


def without_score_fractions(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` without the DATE_TIME spans that are an ILO profusion category, a segment pair or a pain score
    after its label, and without a letter grade read as a name's initial."""
    out = []
    for s in spans:
        if s.entity_type == "DATE_TIME" and (_profusion(text, s.start, s.end) or _wordless_date(text, s.start, s.end)):
            continue
        if s.entity_type == "PERSON" and text[s.start + 1:s.start + 2] == ".":
            s = _past_grade(text, s)
            if s is None:
                continue
        out.append(s)
    return out
