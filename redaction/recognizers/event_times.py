"""Four-digit 24-hour clock times after a cue that names an event's time in stroke, transfer and transport logs:
an arrival estimate and the time the patient was last known well.

- "Transport: fixed wing, ETA 1945."                 "ETA 0215", "ETD: 2330"
- "Last known well 2230 per daughter"                "LKW 0645", "last seen normal at 1315"
- a dispatch or transport log's event verb, the time ending its clause: "rcvd 2101 - Lakeview Terrace",
  "arrived 1818, done 2148", "ret 0837" (a cell's or line's end, ",", ";", "|" or " - " after it, so "done 2019
  showed" or "received 2000 units" stay)

Only right after the cue (an optional colon, "at" or "was" between) and only a valid time (0000-2359) not
followed by a unit, so a bare year or a measurement elsewhere is never read: the cue is what makes it a time.
"""

from __future__ import annotations

import re

from redaction.recognizers._base import RegexRecognizer


class EventClockTimeRecognizer(RegexRecognizer):
    """DATE_TIME: the four-digit time after "ETA", "ETD", "LKW" or "last known well"."""

    ENTITY = "DATE_TIME"
    SCORE = 0.85
    PATTERNS = (
        (r"(?:\b(?:ETA|ETD|LKW|LKWT|LSN)\b|\b(?i:last[ \t]+(?:known|seen)[ \t]+(?:well|normal))\b)"
         r"[ \t]*:?[ \t]*(?:(?i:at|was)[ \t]+)?(?P<phi>(?:[01]\d|2[0-3])[0-5]\d)(?:[ \t]*(?i:hrs?|h)\b)?"
         r"(?![0-9./:-]?\d)(?![ \t]*(?i:mg|ml|mgy|mm|cm|units?|kg|g)\b)"),
        (r"\b(?i:rcvd|rec'?d|arrived|arrival|done|departed|dispatched|ret|returned)[ \t]*:?[ \t]*"
         r"(?P<phi>(?:[01]\d|2[0-3])[0-5]\d)(?:[ \t]*(?i:hrs?|h)\b)?"
         r"(?=[ \t]*(?:[,;|)\t]|-[ \t]|->|$))"),
        # a whiteboard's hand-over time, an arrow after it: "overflow after 1414 -> St. Mary's"
        r"\b(?i:after|from|until|till|before)[ \t]+(?P<phi>(?:[01]\d|2[0-3])[0-5]\d)(?=[ \t]*(?:->|\u2192))",
    )
    FLAGS = re.MULTILINE
