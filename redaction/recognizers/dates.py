"""Dates (every element but the year) and times, in the formats reports and clinicians use."""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

from redaction.recognizers._base import RegexRecognizer

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|"
          r"APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEP(?:T(?:EMBER)?)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)")
# a full month name in lower case (dictation, hurried prompts): "march fourteenth", "june 30"
_MONTH_LOWER = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december)")
# ordinal day words, as dictated: "fourteenth", "twenty-second", "thirty-first"
_ORDINAL_WORD = (r"(?:(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|"
                 r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
                 r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)")
# month names in the other languages reports arrive in (Spanish, French, Italian, Portuguese, German, Dutch,
# Scandinavian; with the English spellings they share, written in lower case or after "22."); only ever trusted
# next to a day number or a year, so "mars" or "mai" alone stays text
_MONTH_FOREIGN = (r"(?i:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|"
                  r"diciembre|janvier|f[eé]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|"
                  r"d[eé]cembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|"
                  r"fevereiro|mar[cç]o|maio|junho|julho|setembro|outubro|novembro|dezembro|januar|februar|m[aä]rz|"
                  r"juni|juli|oktober|dezember|januari|februari|maart|mei|augustus|april|august|augusti|september|november|"
                  r"december|maj|marts|desember|okt)")
_WEEKDAY = (r"(?:Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?|Sat(?:urday)?|"
            r"Sun(?:day)?|MON(?:DAY)?|TUE(?:SDAY)?|WED(?:NESDAY)?|THU(?:RSDAY)?|FRI(?:DAY)?|SAT(?:URDAY)?|SUN(?:DAY)?)")
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
        rf"(?<![\d.]){_DAY}\.{_MON_NUM}\.\d{{2}}(?!\d|\.\d)",  # 28.4.26 (day first, short year)
        r"(?<![\d-])\d{4}-(?:1[0-2]|0[1-9])-(?:3[01]|[12]\d|0[1-9])(?:T\d{2}:\d{2}(?::\d{2})?Z?)?(?![\d-]|\.\d)",
        rf"\b{_DAY}[-\s]{_MONTH}\.?[-\s,]+\d{{2,4}}\b",  # 14-Mar-2026, 14 March 2026
        rf"\b{_MONTH}\.?\s+{_DAY}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\b",  # March 14, 2026 / Mar 14
        rf"\b{_DAY}-{_MONTH}\b(?!-)",  # 14-Mar (day and month, no year: "from 16-Oct", "valid through 5-Apr")
        rf"\b(?:(?i:the)\s+)?{_DAY}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b",  # (the) 14th of March
        rf"\b{_MONTH}\.?,?\s+\d{{4}}\b",  # March 2026
        rf"\b{_MONTH}\s+the\s+{_DAY}(?:st|nd|rd|th)\b",  # March the 5th
        rf"\b{_WEEKDAY}\.?,?\s+(?:the\s+)?{_DAY}(?:st|nd|rd|th)\b",  # Tuesday the 14th
        rf"\b(?i:on|by|until|till|since|from|before|after)\s+(?P<phi>the\s+{_DAY}(?:st|nd|rd|th))\b(?!\s+(?i:of\s+)?(?:"
        r"rib|ribs|percentile|cycle|day|week|dose|fraction|session|level|vertebra|time|attempt|series))",  # on the 14th
        rf"(?<![\d/.-]){_MON_NUM}/{_DAY}(?![\d/]|\.\d)",  # 3/14 (month and day, no year)
        rf"(?<![\d/.-]){_DAY}([/.]){_MON_NUM}\1\d{{4}}(?![\d/]|\.\d)",  # 14/03/2026, 14.03.2026 (day first)
        rf"(?<![\d/.-])(?:1[3-9]|2\d|3[01])/{_MON_NUM}(?![\d/]|\.\d)",  # 14/3 (day first, no year)
        # day first with a short year, the day past 12 ("Episode: 17/6/25 to 22/9/25"); up to 12 the month-first
        # pattern above takes it (the span is the same either way)
        rf"(?<![\d/.-])(?:1[3-9]|2\d|3[01])/{_MON_NUM}/\d{{2}}(?![\d/]|\.\d)",
        # lower case, as chat writes it: "saturday 13th september", "the 4th of march"
        rf"\b(?:(?i:mon|tues|wednes|thurs|fri|satur|sun)day[ \t]+)?(?:the[ \t]+)?{_DAY}(?:st|nd|rd|th)[ \t]+"
        rf"(?:of[ \t]+)?{_MONTH_LOWER}\b",
        r"(?<![\d/.-])(?:0?[1-9]|1[0-2])/(?:19|20)\d{2}(?![\d/]|\.\d)",  # 03/2026 (month and year)
        r"(?<![\d/.-])(?:19|20)\d{2}-(?:0[1-9]|1[0-2])(?![\d-]|\.\d)",  # 2026-03 (year and month)
        r"(?<![\d/.-])\d{4}([/.])(?:1[0-2]|0?[1-9])\1(?:3[01]|[12]\d|0?[1-9])(?![\d/]|\.\d)",  # 2026/03/14
        rf"\b{_MONTH}[-/]{_DAY}[-/,]\s?\d{{2,4}}\b",  # Mar-14-2026
        rf"\b{_DAY}/{_MONTH}/\d{{2,4}}\b",  # 14/Mar/2026
        rf"\b{_DAY}(?:st|nd|rd|th)?\s*{_MONTH}\s*\d{{4}}\b",  # 14MAR2026, 14th March 2026
        # a military date whose day has one digit: "DOB: 8JAN30", "expect an answer by 4JUN24"
        r"\b[1-9](?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\d{2}\b",
        rf"\b(?:(?i:the)\s+)?{_DAY}(?:st|nd|rd|th)\s+(?:of\s+)?{_MONTH},?\s+\d{{4}}\b",  # 14th of March, 2026
        # spoken: "march fourteenth", "the fourteenth of march", "june 30" (lower case: dictation, chat)
        rf"(?i)\b{_MONTH_LOWER}\s+(?:the\s+)?{_ORDINAL_WORD}\b",
        rf"(?i)\b(?:the\s+)?{_ORDINAL_WORD}\s+of\s+{_MONTH_LOWER}\b",
        rf"\b{_MONTH_LOWER}\s+{_DAY}(?:st|nd|rd|th)?\b(?!\s*(?:mm|cm|mg|ml|%))",
        # a weekday names a date: "Tuesday 3/14", "Tue, Mar 14": the weekday goes with it
        rf"\b{_WEEKDAY}\.?(?=,?\s+(?:{_MON_NUM}[/.-]{_DAY}|{_DAY}(?:st|nd|rd|th)?\s+{_MONTH}|{_MONTH}\.?\s+{_DAY}))",
        # legal and consent wording: "this 16th day of June, 2026", "the 3rd day of March"
        rf"\b{_DAY}(?:st|nd|rd|th)?\s+day\s+of\s+(?:{_MONTH}|{_MONTH_FOREIGN})\.?"
        r"(?:,?\s+(?:in\s+the\s+year\s+)?\d{4})?\b",
        # other languages: "26 de abril de 2026", "29 novembre 2026", "3. März 2026", "1er juin 2026"
        rf"\b{_DAY}(?:er|º|°|\.)?\s+(?:de\s+)?{_MONTH_FOREIGN}(?![A-Za-z])\.?(?:,?\s+(?:de\s+|del\s+)?\d{{4}})?",
        rf"\b(?=[A-Za-z]{{3,10}}\s+(?:de\s+)?\d{{4}}\b){_MONTH_FOREIGN}\s+(?:de\s+)?\d{{4}}\b",  # cheap test first
        # HL7 / compact timestamps: 20260314, 202603141432, 20260314143205 (+zone)
        r"(?<![\d.])(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])?(?:[0-5]\d){0,2}"
        r"(?:\.\d{1,4})?(?:[+-]\d{4})?(?![\d.])",
    )


    def keep(self, text: str, start: int, end: int) -> bool:
        if _LEVEL_BEFORE.search(text, max(0, start - 3), start):
            return False  # "C6/7", "L4/5": a vertebral level, not a date
        if _COUNT_BEFORE.search(text, max(0, start - 10), start) and _day_of_course(text[start:end]):
            return False  # "IV abx day 6/7": a day of a course, not a date
        if _SIGNER_INITIAL.search(text, max(0, start - 16), start):
            return True  # "reconciled by P. 2/12": a signer's initial, then the date
        # "P. 1/3" is a page count; "RUN SHEET  May 19, 2023" is a sheet's date
        return not (_PAGE.search(text, max(0, start - 8), start) and _COUNT_OF.fullmatch(text, start, end))


_PAGE = re.compile(r"(?i)\b(?:p|pp|pg|page|pages|sheet)\.?[ \t]*\Z")
_COUNT_OF = re.compile(r"\d{1,3}/\d{1,3}")
_SIGNER_INITIAL = re.compile(r"\b(?i:by)[ \t]+P\.[ \t]*\Z")
_LEVEL_BEFORE = re.compile(r"(?<![A-Za-z])[CTLS]\Z")
# "day" alone: after "last dose" or "first fraction" the same shape is the date it was given ("last dose 2/11")
_COUNT_BEFORE = re.compile(r"(?i)\bday[ \t]*\Z")


def _day_of_course(value: str) -> bool:
    """"6/7", "2/14": the n-th of a course of m (n no more than m), as "day 6/7" of antibiotics."""
    parts = value.split("/")
    return len(parts) == 2 and all(p.isdigit() and len(p) <= 2 for p in parts) and 0 < int(parts[0]) <= int(parts[1])


class TimeRecognizer(RegexRecognizer):
    ENTITY = "DATE_TIME"
    SCORE = 0.85
    PATTERNS = (
        # 14:32, 2:32 PM, 14:32:05.123
        # ("12:33p" in a chat export; "Onset 08:04: urticaria": a colon after the time is punctuation)
        rf"(?<![\d:.])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{{1,6}})?)?"
        rf"(?:\s*{_MERIDIEM}|[AaPp](?![A-Za-z])|(?!\d|:\d|\.\d))",
        # military / aviation Zulu time: "1852Z", "0133Z" (also "24MAY2026 1852Z")
        r"(?<![\w.-])(?:[01]\d|2[0-3])[0-5]\d[Zz](?![\w])",
        rf"(?<![\d:.])(?:1[0-2]|0?[1-9])\.[0-5]\d\s*{_MERIDIEM}",  # 2.30pm
        r"(?<![\d:.])(?:[01]?\d|2[0-3])\.[0-5]\d\s*(?:hours|hrs|hr|h)\b",  # 14.32 hrs
        # a dotted clock after the date of a performed study: "performed on 8 Feb 2026 at 12.18."
        r"\b(?i:performed|acquired|obtained|undertaken)\b[^\n]{0,40}?[ \t]at[ \t]+"
        r"(?P<phi>(?:[01]?\d|2[0-3])\.[0-5]\d)(?![\d.]?\d)(?![ \t]*(?i:mm|cm|mg|ml|mgy|gy|hu|%))",
        rf"\b(?:1[0-2]|0?[1-9])\s*{_MERIDIEM}(?![A-Za-z])",  # 2 PM
        r"\b(?:[01]\d|2[0-3])[0-5]\d\s*(?:hours|hrs|hr|h)\b",  # 1430 hours
        r"\b(?:[01]?\d|2[0-3])h[0-5]\d\b",  # 14h32
        r"\b(?:[01]\d|2[0-3])[0-5]\dh\b",  # 1432h
        # a 24-hour time after "at"/"@"/"time" or a start/stop word: "paged at 0930", "@1433",
        # "Time: 1415", "sedation start 2059", "procedure end 2227", "scan complete 1144", "Attempt 1 2348"
        # ("therapy ended 2023;": a year after a past-tense verb is a year, unless "hours" follows it)
        r"(?:\b(?i:at|time|times|start|starting|end|stop|begin|finish|complete|arrival|arrived|departure|departed|"
        r"attempt\s+\d|(?:started|ended|stopped|began|finished|completed)"
        r"(?!\s*[:=]?\s*(?:19|20)\d\d\b(?!\s*(?i:hours|hrs|hr|h)\b)))|@)\s*[:=]?\s*"
        r"(?P<phi>(?:[01]\d|2[0-3])[0-5]\d)\b"
        r"(?!\s*(?:mm|cm|m|mg|ml|mL|cc|kg|g|units?|mGy|Gy|HU|%|x\b|[-/.,]\d|(?i:mgy|gy|mcg|ml|mm|cm|kev|kv|ma)\b))",
        # a 24-hour time opening a log line ("  0851  midazolam 1 mg IV") or after a verb of the workflow;
        # a value that could be a year (1900-2099) only before a lower-case word or "by"/"hours"/punctuation
        # (or before an order or a read of the log: "1929 XR ordered", "2050 Prelim read per ...")
        r"(?m)^[ \t]*(?P<phi>(?!(?:19|20)\d\d)(?:[01]\d|2[0-3])[0-5]\d)(?=[ \t]+[a-z]|[ \t]{2,}\S|"
        r"[ \t]+[A-Z]{2,4}[ \t]+ordered\b|[ \t]+Prelim[ \t]+read\b)",
        r"(?m)^[ \t]*(?P<phi>(?:19|20)[0-5]\d)(?=[ \t]+[a-z]|[ \t]+[A-Z]{2,4}[ \t]+ordered\b|[ \t]+Prelim[ \t]+read\b)",
        r"\b(?i:ordered|received|called|phoned|paged|scanned|seen|signed|read|dictated|reported|notified|"
        r"by\s+phone|verbal(?:ly)?|arrived|discharged|admitted|collected|drawn|given|administered)[ \t]+"
        r"(?P<phi>(?:[01]\d|2[0-3])[0-5]\d)\b(?![-/.,:]\d|\s*(?i:mm|cm|mg|ml|mgy|gy|hu|%|x)\b)"
        r"(?!(?<=\b(?:19|20)\d\d)(?![ \t]*(?i:by|on|to|at|hours|hrs|h)\b|[ \t]*[;,)]|[ \t]*$))",
        # a 24-hour time right after a date: "ADDENDUM 06.05.2026 0837", "PRELIM 7/14 1433"
        r"(?<![\d/.-])(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{4}-\d{2}-\d{2}|\d{1,2}[- ][A-Za-z]{3,9}[- ]\d{2,4})"
        r"[ \t]+@?(?P<phi>(?:[01]\d|2[0-3])[0-5]\d)\b"
        r"(?![\d/.:-]|\s*(?i:mm|cm|mg|ml|mgy|gy|hu|%)\b)",
        # a dotted 24-hour time in the cell after a date, as care-home and ward logs write it:
        # "20.06.2025  17.21  found on floor", "08.06.2025 | 09.54 | Settled", "6/3/26<TAB>20.31<TAB>Hospital rang"
        r"(?<![\d/.-])(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})(?:[ \t]*\|[ \t]*|[ \t]+)"
        r"(?P<phi>(?:[01]\d|2[0-3])\.[0-5]\d)(?![\d.]?\d)"
        r"(?![ \t]*(?i:mm|cm|m|mg|ml|mgy|gy|msv|sv|hu|kg|g|l|%|x|units?|mmol|umol|ng|mcg)\b|[ \t]*%)",
        # a 24-hour time after a date that ends in a four-digit year or is compact: "March 13th, 2025 1551",
        # "01/24/2026 1148", "20260416 1842"
        r"(?<![\d.])(?:(?:19|20)\d\d|(?:19|20)\d{6})[ \t]+(?P<phi>(?:[01]\d|2[0-3])[0-5]\d)\b"
        r"(?![\d/:-]|\.\d|[ \t]*(?i:mm|cm|mg|ml|mgy|gy|hu|%|x|patients|cases|studies|exams)\b)",
    )

    def keep(self, text: str, start: int, end: int) -> bool:
        # "[00:02:31] SPEAKER: ...": the time into a recording, not a clock time, when the stamps of a transcript
        # begin at zero ("[00:00:21]") and the text names the recording
        if start and text[start - 1] == "[" and text.startswith("]", end) and _OFFSET_STAMP.fullmatch(text, start, end):
            first = _FIRST_STAMP.search(text)
            return not (first and first.group(1) == "00:0" and _RECORDING.search(text))
        return True


# a stamp at a line's start, in brackets, with its seconds; the first one of a text
_OFFSET_STAMP = re.compile(r"\d\d:[0-5]\d:[0-5]\d")
_FIRST_STAMP = re.compile(r"(?m)^[ \t]*\[(\d\d:\d)\d:[0-5]\d\]")
_RECORDING = re.compile(r"(?i)\b(?:transcript|transcription|recording|recorded|podcast|episode|webinar|lecture|"
                        r"video|audio)\b")


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
        rf"(?<![-\w])(?P<phi>{_AGE})\s?(?:M|F|yM|yF)\b(?!\w)",
        rf"\b(?P<phi>{_AGE})[\s-]*(?:years?|yrs?)[\s-]+of[\s-]+age\b",  # 93 years of age
        rf"\b(?i:aged|age[sd]?|at\s+age)\s*[:=]?\s*(?P<phi>{_AGE})(?!\d)",  # aged 93
        rf"\b(?P<phi>{_AGE})\s*(?:-|\s)?(?:yo|y/o|y\.o\.?|yr|yrs)\b",  # 93-yo
        # spelled out: "ninety-two-year-old", "one hundred and one years old"
        r"(?i)\b(?P<phi>(?:ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one[- ]hundred"
        r"(?:[- ](?:and[- ])?[a-z]+)?))[- ](?:years?|yrs?)(?:[- ]old|[- ]of[- ]age)?\b",
        # any case, compact forms: "96yoF", "103yoM", "95Y", "92Y/M", "94 Y/O", "92 YEARS OLD", "90 y.o. male"
        rf"(?i)(?<![\d.])(?P<phi>0?{_AGE})\s*(?:-\s*)?(?:y(?:ears?|rs?|/o|\.o\.?|o)?)"
        r"(?:\s*-?\s*(?:old|o))?(?=[\s/,;:)|-]*(?:[MF]\b|male|female|man|woman|m\b|f\b)|[\s,;:)|.<\"]|$)",
        # spelled out in words: "ninety-three years old", "aged ninety", "a nonagenarian"
        r"(?i)\b(?P<phi>ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)(?=[- ](?:year|yr)|"
        r"\s+(?:years?|yrs?)\b)",
        r"(?i)\b(?:aged?|at\s+age)\s+(?P<phi>ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
        r"one[- ]hundred(?:[- ](?:and[- ])?[a-z]+)?)\b",
        r"(?i)\b(?:nonagenarian|centenarian|supercentenarian)s?\b",
        # sex then age, as ED boards and sign-outs write it: "F/101", "M/96", "(F, 93)"
        rf"(?<![A-Za-z0-9])(?:[MFmf]|Male|Female|male|female)[ \t]*[/,][ \t]*(?P<phi>{_AGE})(?![\d/.])",
        # spelled out, "ninety-six year old" / "one hundred and one"
        r"(?i)\b(?P<phi>one[- ]hundred(?:[- ](?:and[- ])?(?:one|two|three|four|five|six|seven|eight|nine|ten))?)"
        r"(?=[- ](?:year|yr))",
        # an age between commas after a name: "Thomas Aldridge III, 92, fell at home"
        rf"\b[A-Z][A-Za-z.'’-]+,[ \t]+(?P<phi>{_AGE}),[ \t]+(?=[a-z]|[MF]\b|(?i:male|female|man|woman)\b)",
    )


class TimelineTimeRecognizer(EntityRecognizer):
    """24-hour times opening the lines of a timeline, before a dash: ``1349 - MRI brain ordered.``,
    ``2227 - d/w Dr. X``. A value that could be a year (1900-2099: "2016 - MRI right knee") counts only
    when another such line of the text holds a value no year can be (a clock time such as 1133)."""

    SCORE = 0.85
    _LINE = re.compile(r"(?m)^[ \t]*(?P<time>(?:[01]\d|2[0-3])[0-5]\d)[ \t]+[-–][ \t]+\S")

    def __init__(self) -> None:
        super().__init__(supported_entities=["DATE_TIME"], name="TimelineTimeRecognizer")

    def load(self) -> None:
        return None

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        found = [m.span("time") for m in self._LINE.finditer(text)]
        clock = any(not _YEAR_LIKE.fullmatch(text[s:e]) for s, e in found)
        return [RecognizerResult("DATE_TIME", s, e, self.SCORE) for s, e in found
                if clock and (len(found) > 1 or not _YEAR_LIKE.fullmatch(text[s:e]))]


_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")
