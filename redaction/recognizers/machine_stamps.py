"""Dates and times in the formats machines write them: log frameworks, version control, JSON events, URLs.

- a log4j/logback time whose milliseconds follow a comma: ``05:11:00,607``
- a ctime/git date, weekday to year, one span: ``Sat Jan 31 06:55:00 2026`` (``date`` may put a zone before the year)
- an ISO-8601 timestamp with ``T``, fraction and zone, one span: ``2026-01-18T21:42:00.609Z``
- the clock of a web server's access log, after ``[26/May/2026:``
- a date URL-encoded in a query string: ``dob=01%2F02%2F2006``
"""

from __future__ import annotations

from redaction.recognizers._base import RegexRecognizer
from redaction.recognizers.dates import _DAY, _MON_NUM, _MONTH, _WEEKDAY

_CLOCK = r"(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d"


class MachineTimestampRecognizer(RegexRecognizer):
    ENTITY = "DATE_TIME"
    SCORE = 0.9
    PATTERNS = (
        # log4j / logback: "05:11:00,607" (milliseconds after a comma, three digits exactly)
        rf"(?<![\d:.,]){_CLOCK},\d{{3}}(?![\d,.:])",
        # ctime / git log: "Sat Jan 31 06:55:00 2026", "Fri Jan  9 07:18:00 UTC 2026"
        rf"\b{_WEEKDAY}[ \t]+{_MONTH}[ \t]+{_DAY}[ \t]+{_CLOCK}(?:[ \t]+[A-Z]{{3,4}})?[ \t]+(?:19|20)\d\d\b",
        # ISO-8601 with T and a fraction and/or a zone (one span): "2026-01-18T21:42:00.609Z"
        r"(?<![\d-])\d{4}-(?:1[0-2]|0[1-9])-(?:3[01]|[12]\d|0[1-9])T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?"
        r"(?:\.\d{1,9}Z?|Z)(?![\d:])",
        # a web server's access log: "[26/May/2026:07:51:00 -0500]": the clock after the date's year
        rf"\[{_DAY}/{_MONTH}/\d{{4}}:(?P<phi>{_CLOCK})(?=[ \t]*[+-]\d{{4}}\]|\])",
        # a date URL-encoded in a query or form value: "dob=01%2F02%2F2006", "1962%2D01%2D16"
        rf"(?<![\w%]){_MON_NUM}%2[Ff]{_DAY}%2[Ff](?:\d{{4}}|\d{{2}})(?!\d)",
        rf"(?<![\w%]){_DAY}%2[Ff]{_MON_NUM}%2[Ff]\d{{4}}(?!\d)",
        r"(?<![\w%])(?:19|20)\d\d%2[DdFf](?:1[0-2]|0[1-9])%2[DdFf](?:3[01]|[12]\d|0[1-9])(?!\d)",
    )
