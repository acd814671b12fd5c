"""Dates and times said aloud in calls, voicemail, radio and captions (round 42, tuner B).

``spoken`` reads a dictated "march twenty-fifth" or "the third of may"; a caller also says the day first
("twenty-third September nineteen sixty-six"), reads a date of birth as three numbers ("oh five, fifteen,
nineteen forty-one", "two eight forty-one"), names only the day ("we have the twelfth at seven thirty"), and
tells the time as a clock is read ("half past three", "quarter to nine", "oh six hundred", "ETA fourteen
hundred"). Clinical text says numbers and ordinals too ("the second lesion", "two weeks", "at three o'clock" in
the breast), so each form here needs what only a date or a time has: a month, a full spoken year, a birth-date
cue before it, a preposition of time before a bare day with nothing named after it, or a clock word.
"""

from __future__ import annotations

import re

from redaction.recognizers._base import RegexRecognizer
from redaction.recognizers.spoken import _HOUR, _MONTH, _ORDINAL, _TEEN, _TENS, _UNIT, _YEAR, SpokenDateRecognizer

_NUMBER_WORD = (r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
                r"hundred|thousand|double|triple|\d)")
_MONTH_NUM = rf"(?:(?:oh|zero)[- ]{_UNIT}|ten|eleven|twelve|{_UNIT}|0?[1-9]|1[0-2])"
_DAY_NUM = (rf"(?:(?:oh|zero)[- ]{_UNIT}|thirty[- ]one|thirty|twenty[- ]{_UNIT}|twenty|{_TEEN}|{_UNIT}|"
            r"0?[1-9]|[12]\d|3[01])")
_SHORT_YEAR = rf"(?:{_TENS}[- ]{_UNIT}|{_TENS}|(?:oh|zero)[- ](?:{_UNIT}|zero)|{_TEEN}|\d\d)"
_SEP = r",?[ \t]+"
# not inside a longer run of numbers read out (an identifier), on either side
_NO_NUMBER_AFTER = rf"(?![\w-]|,?[ \t]+{_NUMBER_WORD}\b)"


def _after_number(text: str, start: int) -> bool:
    """The word before ``start`` (across a comma) is a number: the match is the tail of a longer number."""
    before = re.search(r"([\w-]+)[ \t]*,?[ \t]*\Z", text[max(0, start - 30):start])
    return bool(before and re.fullmatch(rf"(?i){_NUMBER_WORD}(?:-\w+)?|\d+", before.group(1)))


class DayMonthDateRecognizer(RegexRecognizer):
    """The day before the month, without "of": "fifteenth September twenty twenty-four", "second June"."""

    ENTITY = "DATE_TIME"
    SCORE = 0.9
    PATTERNS = (rf"(?i)\b(?:the[ \t]+)?{_ORDINAL}[ \t]+{_MONTH}\b(?:,?[ \t]+{_YEAR}\b)?",)


class NumberedDateRecognizer(RegexRecognizer):
    """Month, day and a full spoken year as numbers: "oh five, fifteen, nineteen forty-one", "oh nine twelve
    nineteen sixty-one" (a year said in full makes the three numbers a date)."""

    ENTITY = "DATE_TIME"
    SCORE = 0.85
    PATTERNS = (rf"(?i)\b{_MONTH_NUM}{_SEP}{_DAY_NUM}{_SEP}{_YEAR}\b{_NO_NUMBER_AFTER}",)

    def keep(self, text: str, start: int, end: int) -> bool:
        return not _after_number(text, start)


class BareDayRecognizer(RegexRecognizer):
    """A day of the month said alone: "on the twelfth.", "the first at ten hundred", "scheduled the ninth": a
    preposition of time before it (or a clock time after it) and no noun after it ("the second lesion")."""

    ENTITY = "DATE_TIME"
    SCORE = 0.8
    _AT_TIME = (rf"[ \t]+at[ \t]+(?:\d{{1,2}}(?::\d\d|[ \t]?[ap]\.?m\b)|(?:oh[ \t]|zero[ \t])?{_HOUR}(?:teen)?[ \t]+"
                rf"(?:{_TENS}|{_TEEN}|oh|hundred|[ap][ .]?m\b)|half[ \t]past|quarter[ \t](?:past|to)|noon|midnight)")
    PATTERNS = (
        (rf"(?i)\b(?:on|from|since|until|till|by|before|after|scheduled|have|is)[ \t]+(?P<phi>the[ \t]+{_ORDINAL})"
         rf"(?=[ \t]*(?:[.;?!\"]|,(?![ \t]*(?:and[ \t]+)?(?:the[ \t]+)?{_ORDINAL})|\n|$|[ \t]+(?:comma|period)\b)"
         rf"|[ \t]+and[ \t]+(?!(?:the[ \t]+)?{_ORDINAL}|(?:so[ \t]+on|then)\b)|[ \t]+at[ \t]+(?-i:[A-Z])|{_AT_TIME})"),
        rf"(?i)\b(?P<phi>the[ \t]+{_ORDINAL})(?={_AT_TIME})",
    )


class SaidClockRecognizer(RegexRecognizer):
    """A time told as a clock is read: "half past three", "quarter to nine", "oh six hundred", "at fourteen
    hundred". An hour "hundred" counts only after a preposition of time and with no unit or number after it
    ("at eight hundred one Alvarado Street" is an address, "fourteen hundred milligrams" a dose)."""

    ENTITY = "DATE_TIME"
    SCORE = 0.85
    _NOT_COUNT = (rf"(?![ \t,-]*(?:and\b|{_NUMBER_WORD}\b|(?-i:[A-Z])|"
                  r"(?i:\w*(?:gram|liter|litre|unit|meter|metre|dollar|mg|ml|cc|feet|foot|mile|people|patient|case|time|block|cell|count|copies|beds?\b))))")
    PATTERNS = (
        (rf"(?i)\b(?:half|quarter)[ \t]+(?:past|to|after)[ \t]+(?:{_HOUR}|noon|midnight)\b"
         r"(?:[ \t]+(?:[ap][ .]?m\b\.?|o'clock|in[ \t]+the[ \t]+(?:morning|afternoon|evening)))?"),
        rf"(?i)\b(?:oh|zero)[ \t-]{_UNIT}[ \t]+hundred\b(?:[ \t]+hours\b)?",
        (rf"(?i)\b(?:at|by|before|after|until|till|ETA|around)[ \t]+"
         rf"(?P<phi>(?:{_TEEN}|twenty(?:[- ](?:one|two|three))?|{_UNIT})[ \t]+hundred\b"
         rf"(?:[ \t]+hours\b)?){_NOT_COUNT}"),
    )


_BIRTH_CUE = re.compile(r"(?i)\b(?:date[ \t]+of[ \t]+birth|d\.?o\.?b\b\.?|born|birthday|birth[ \t]?date|"
                        r"(?:performed|dated)|(?:scan|study|x-ray|ct|mri|ultrasound|exam|mammogram|prior)[ \t]+from)")
_LABEL = re.compile(r"(?m)^[ \t]*(?:\[[^\]\n]*\][ \t]*)?(?:[^:\n\"]{1,40}:[ \t])?")
_STAMPS = re.compile(r"\d{1,4}(?:[-:/.]\d{1,4})+(?:[ T]\d\d:\d\d(?::\d\d)?)?Z?|\b\w+=[\w.]+")
_NUMBERISH = re.compile(rf"(?i)\d|\b{_NUMBER_WORD}\b")


class AnsweredBirthDateRecognizer(RegexRecognizer):
    """Three numbers said after a birth-date cue, the first numbers after it: "date of birth? -- twelve fifteen
    thirty-four", "DOB as stated: "two eight forty-one"", "performed eight five twenty-five", "8 14 32"."""

    ENTITY = "DATE_TIME"
    SCORE = 0.8
    PATTERNS = (rf"(?i)(?<![\w-]){_MONTH_NUM}{_SEP}{_DAY_NUM}{_SEP}(?:{_YEAR}|{_SHORT_YEAR})\b{_NO_NUMBER_AFTER}",)

    def keep(self, text: str, start: int, end: int) -> bool:
        if _after_number(text, start):
            return False
        window = text[max(0, start - 240):start]
        cues = list(_BIRTH_CUE.finditer(window))
        if not cues:
            return False
        between = window[cues[-1].end():]
        first, _, rest = between.partition("\n")
        # the cue's own line after the cue, then the following lines without their time stamps and speaker labels;
        # stamps, "key=0.58" values and the same date said before (a read-back) are no other number
        between = _SAID_BEFORE.sub(" ", _STAMPS.sub(" ", first + "\n" + _LABEL.sub("", rest)))
        return _NUMBERISH.search(between) is None


_SAID_BEFORE = re.compile("(?i)" + "|".join(p.removeprefix("(?i)") for p in (
    AnsweredBirthDateRecognizer.PATTERNS[0], NumberedDateRecognizer.PATTERNS[0], DayMonthDateRecognizer.PATTERNS[0],
    *(p for p in SpokenDateRecognizer.PATTERNS if "(?P<" not in p))))
