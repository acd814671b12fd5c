"""Dates (every element but the year) and times, in the formats reports and clinicians use."""

from __future__ import annotations

from redaction.recognizers._base import RegexRecognizer

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|"
          r"SEP|SEPT|OCT|NOV|DEC)")
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_MON_NUM = r"(?:1[0-2]|0?[1-9])"
_MERIDIEM = r"(?:[AaPp]\.[Mm]\.|[AaPp]\s?[Mm]\b)"  # "p.m." keeps its dot; "PM." does not


class DateRecognizer(RegexRecognizer):
    ENTITY = "DATE_TIME"
    SCORE = 0.9
    PATTERNS = (
        rf"(?<![\d/.-]){_MON_NUM}/{_DAY}/(?:\d{{4}}|\d{{2}})(?![\d/]|\.\d)",  # 03/14/2026, 3/14/26
        rf"(?<![\d.-]){_MON_NUM}-{_DAY}-(?:\d{{4}}|\d{{2}})(?![\d-]|\.\d)",  # 03-14-2026
        rf"(?<![\d.]){_MON_NUM}\.{_DAY}\.(?:\d{{4}}|\d{{2}})(?!\d|\.\d)",  # 03.14.2026
        r"(?<![\d-])\d{4}-(?:1[0-2]|0[1-9])-(?:3[01]|[12]\d|0[1-9])(?:T\d{2}:\d{2}(?::\d{2})?Z?)?(?![\d-]|\.\d)",
        rf"\b{_DAY}[-\s]{_MONTH}\.?[-\s,]+\d{{2,4}}\b",  # 14-Mar-2026, 14 March 2026
        rf"\b{_MONTH}\.?\s+{_DAY}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\b",  # March 14, 2026 / Mar 14
        rf"\b{_DAY}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b",  # 14th of March
        rf"\b{_MONTH}\.?,?\s+\d{{4}}\b",  # March 2026
        rf"(?<![\d/.-]){_MON_NUM}/{_DAY}(?![\d/]|\.\d)",  # 3/14 (month and day, no year)
        rf"(?<![\d/.-]){_DAY}([/.]){_MON_NUM}\1\d{{4}}(?![\d/]|\.\d)",  # 14/03/2026, 14.03.2026 (day first)
        r"(?<![\d/.-])\d{4}([/.])(?:1[0-2]|0?[1-9])\1(?:3[01]|[12]\d|0?[1-9])(?![\d/]|\.\d)",  # 2026/03/14
        rf"\b{_MONTH}[-/]{_DAY}[-/,]\s?\d{{2,4}}\b",  # Mar-14-2026
        rf"\b{_DAY}/{_MONTH}/\d{{2,4}}\b",  # 14/Mar/2026
        rf"\b{_DAY}(?:st|nd|rd|th)?\s*{_MONTH}\s*\d{{4}}\b",  # 14MAR2026, 14th March 2026
        rf"\b{_DAY}(?:st|nd|rd|th)\s+(?:of\s+)?{_MONTH},?\s+\d{{4}}\b",  # 14th of March, 2026
    )


class TimeRecognizer(RegexRecognizer):
    ENTITY = "DATE_TIME"
    SCORE = 0.85
    PATTERNS = (
        rf"(?<![\d:.])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s*{_MERIDIEM})?(?![\d:]|\.\d)",  # 14:32, 2:32 PM
        rf"\b(?:1[0-2]|0?[1-9])\s*{_MERIDIEM}(?![A-Za-z])",  # 2 PM
        r"\b(?:[01]\d|2[0-3])[0-5]\d\s*(?:hours|hrs|hr|h)\b",  # 1430 hours
        r"\b(?:[01]?\d|2[0-3])h[0-5]\d\b",  # 14h32
        # a 24-hour time after "at"/"time": "paged at 0930", "Time: 1415"
        r"\b(?i:at|@|time)\s*:?\s*(?P<phi>(?:[01]\d|2[0-3])[0-5]\d)\b"
        r"(?!\s*(?:mm|cm|m|mg|ml|mL|cc|kg|g|units?|mGy|Gy|HU|%|x\b|[-/.,]\d))",
    )


class AgeOver89Recognizer(RegexRecognizer):
    """Ages of 90 and over are identifiers under Safe Harbor; younger ages are kept."""

    ENTITY = "AGE_OVER_89"
    SCORE = 0.95
    _AGE = r"(?:9\d|1[0-2]\d)"
    PATTERNS = (
        rf"\b(?P<phi>{_AGE})(?:\s*|-)(?:years?|yrs?|y)(?:\s*|-)(?:old|o)\b",
        rf"\b(?P<phi>{_AGE})\s*(?:yo|y/o|y\.o\.|YO|yr\s+old)\b",
        rf"\b(?:[Aa]ge|AGE)\s*[:=]?\s*(?P<phi>{_AGE})(?!\d)",
        rf"\b(?P<phi>{_AGE})\s*(?:-year|year)\b",
        rf"\b(?P<phi>{_AGE})\s?(?:M|F|yM|yF)\b(?!\w)",
        rf"\b(?P<phi>{_AGE})[\s-]*(?:years?|yrs?)[\s-]+of[\s-]+age\b",  # 93 years of age
        rf"\b(?i:aged|age[sd]?|at\s+age)\s*[:=]?\s*(?P<phi>{_AGE})(?!\d)",  # aged 93
        rf"\b(?P<phi>{_AGE})\s*(?:-|\s)?(?:yo|y/o|y\.o\.?|yr|yrs)\b",  # 93-yo
        # spelled out: "ninety-two-year-old", "one hundred and one years old"
        r"(?i)\b(?P<phi>(?:ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one[- ]hundred"
        r"(?:[- ](?:and[- ])?[a-z]+)?))[- ](?:years?|yrs?)(?:[- ]old|[- ]of[- ]age)?\b",
    )
