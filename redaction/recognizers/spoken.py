"""Dates, times and numbers written as words, as speech recognition types a dictation.

A dictated report spells everything out: "march twenty-fifth twenty twenty six at eleven thirty-eight a m",
"M R N three six two seven three five one". The digit patterns never see these, so the words themselves
are matched: a month then an ordinal day (and a spoken year), an hour word then minutes and a meridiem,
and any run of five or more digit words or single digits (an identifier read out digit by digit).
"""

from __future__ import annotations

import re

from redaction.recognizers._base import RegexRecognizer

_UNIT = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEEN = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_UNDER_100 = rf"(?:{_TENS}(?:[- ]{_UNIT})?|{_TEEN}|oh[- ]{_UNIT}|{_UNIT})"
_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_ORDINAL = (r"(?:(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|"
            r"third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|"
            r"sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)")
# "nineteen ninety nine", "twenty twenty six", "twenty oh four", "twenty oh zero", "two thousand and five"
_YEAR = (rf"(?:(?:nineteen|twenty)[- ](?:{_TENS}(?:[- ]{_UNIT})?|{_TEEN}|oh[- ](?:{_UNIT}|zero)|hundred)|"
         rf"two[- ]thousand(?:[- ](?:and[- ])?(?:{_TENS}(?:[- ]{_UNIT})?|{_TEEN}|{_UNIT}))?)")
_HOUR = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_MERIDIEM = r"(?:[ap][ .]?m\b\.?|o'clock|in\s+the\s+(?:morning|afternoon|evening))"
_DAY = rf"(?:(?:twenty|thirty)[- ]{_UNIT}|twenty|thirty|{_TEEN}|{_UNIT})"
_DIGIT = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|[0-9])"


# a clock face laid on the breast (or another round organ): the hour is a position, not a time
_CLOCK_FACE = re.compile(r"(?i)\b(?:position|axis|nipple|breast|areolar|retroareolar|subareolar|quadrant|FN|"
                         r"axilla|mammo\w*|lesion|mass|biopsy|clip)\b")


class SpokenDateRecognizer(RegexRecognizer):
    """"march twenty-fifth twenty twenty six", "the third of may nineteen fifty", "june 30th two thousand"."""

    ENTITY = "DATE_TIME"
    SCORE = 0.9
    PATTERNS = (rf"(?i)\b{_MONTH}[ \t]+(?:the[ \t]+)?{_ORDINAL}(?:,?[ \t]+{_YEAR})?\b",
                rf"(?i)\b(?:the[ \t]+)?{_ORDINAL}[ \t]+of[ \t]+{_MONTH}(?:,?[ \t]+{_YEAR})?\b",
                rf"(?i)\b{_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+{_YEAR}\b",
                # a cardinal day: "december twenty eight twenty twenty five", "may two nineteen fifty four"
                rf"(?i)\b{_MONTH}[ \t]+{_DAY},?[ \t]+{_YEAR}\b",
                # month, day and year all as numbers after a date label: "date of birth seven seven fifty nine",
                # "date of service one twenty five twenty four"
                rf"(?i)\b(?:date[ \t]+of[ \t]+(?:birth|service|exam|study|procedure|injury|admission|visit)|"
                rf"d[ \t]?o[ \t]?b|born|dated)[ \t]+(?:is[ \t]+)?"
                rf"(?P<phi>{_HOUR}[ \t]+{_DAY}[ \t]+(?:{_YEAR}|{_UNDER_100}|oh[- ]{_UNIT}))\b")


class SpokenTimeRecognizer(RegexRecognizer):
    """"eleven thirty-eight a m", "nine oh eight p m", "seven forty p m", "four o'clock"."""

    ENTITY = "DATE_TIME"
    SCORE = 0.85
    PATTERNS = (rf"(?i)\b{_HOUR}(?:[ \t]+{_UNDER_100})?[ \t]+{_MERIDIEM}",
                rf"(?i)\b(?:at|@)[ \t]+(?P<phi>{_HOUR}[ \t]+(?:oh[- ]{_UNIT}|{_TEEN}|{_TENS}(?:[- ]{_UNIT})?))\b"
                r"(?![ \t-]+(?:mm|cm|mg|ml|millimet|centimet|percent|degrees|units|times|years?|months?|weeks?|"
                r"days?|hours?|minutes?))",
                # the 24-hour clock read out: "eighteen twenty three hours", "zero seven twenty hours"
                rf"(?i)\b(?:(?:zero|oh)[ \t]+{_UNIT}|twenty(?:[ \t-](?:one|two|three))?|{_TEEN}|{_UNIT}|zero)"
                rf"[ \t]+(?:{_UNDER_100}|hundred|(?:zero|oh)[ \t-]{_UNIT})[ \t]+hours\b")

    def keep(self, text: str, start: int, end: int) -> bool:
        """Not a clock position in the breast: "at the three o'clock position, four centimetres from the nipple"."""
        if not text.endswith("o'clock", start, end):
            return True
        before = re.split(r"[.!?;\n][ \t]", text[max(0, start - 80):start])[-1]
        after = re.split(r"[.!?;\n](?:[ \t]|$)", text[end:end + 80])[0]
        around = before + " " + after
        return not (text.endswith("the ", max(0, start - 4), start) or _CLOCK_FACE.search(around))


class SpokenDigitsRecognizer(RegexRecognizer):
    """Five or more digits read out one by one ("three six two seven three five one", "9 5 3 4 0 9 1"): an
    identifier dictated, never a measurement (a measurement is read as a number with its unit)."""

    ENTITY = "MRN"
    SCORE = 0.8
    # a letter prefix read out too, in either case, and "dash" between groups: "m r dash two six nine eight dash ..."
    PATTERNS = (rf"(?<![\w.-])(?:(?![ai][ \t])[A-Za-z][ \t]+(?:dash[ \t]+)?){{0,4}}"
                rf"(?i:{_DIGIT}(?:(?:[ \t]+dash[ \t]+|[ \t,-]+){_DIGIT}){{4,}})(?![\w.]|-\w)",)

    def keep(self, text: str, start: int, end: int) -> bool:
        words = text[start:end].replace(",", " ").replace("-", " ").split()
        if all(w.isdigit() for w in words) and any(len(w) > 1 for w in words):
            return False  # "10 12 14 16 18": a list of numbers, not one identifier read digit by digit
        return any(not w.isdigit() for w in words) or all(len(w) == 1 for w in words)
