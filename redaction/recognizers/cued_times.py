"""Clock times that only their cue makes times: four-digit 24-hour times after a read-back or a preposition,
and French spaced times.

- a callback's time after the number read back: "Told AB (555-010-0000) 2215;", "paged Dr. X 555-0100 0140."
- a 24-hour time with a leading zero after a preposition: "no portable films after 0300.", "back by 0630"
  (a leading zero keeps bare years and counts out: "since 1998", "after 1500 mGy" are not read)
- a French spaced time after "à"/"vers" (accents are folded first): "à 16 h 55", "vers 9 h 05"
- a contact's time after "by"/"at" ("called it to Dr. X by 1702."), a call's end ("ended call 0910"), an
  approximate clock ("at about 0851") and a chat export's bracketed stamp before a handle ("[1435] jdoe: ok")
"""

from __future__ import annotations

import re

from redaction.recognizers._base import RegexRecognizer

_HHMM = r"(?:[01]\d|2[0-3])[0-5]\d"


class CuedClockTimeRecognizer(RegexRecognizer):
    """DATE_TIME: a four-digit time after a call-back's number, after a preposition (leading zero only),
    or a French "16 h 55" after "à"."""

    ENTITY = "DATE_TIME"
    SCORE = 0.85
    PATTERNS = (
        # the read-back: a verb of contact, (who and) the number, then the time ending the clause
        rf"\b(?i:told|called|notified|paged|informed|discussed\s+with|relayed\s+to|d/w)\b[^\n;]{{0,60}}?\d\)?"
        rf"[ \t]+(?P<phi>{_HHMM})(?:[ \t]*(?i:hrs?|h))?(?=[ \t]*[;,]|[ \t]*$|\.(?:\s|$))",
        # a preposition, then a 24-hour time that starts with 0 (never a year or a dose)
        r"\b(?i:after|before|until|till|since|by|at|from|around|past)[ \t]+(?P<phi>0\d[0-5]\d)"
        r"(?:[ \t]*(?i:hrs?|h)\b)?(?![0-9./:-]?\d)(?![ \t]*(?i:mg|ml|mgy|mm|cm|units?)\b)",
        # a contact's time after "by"/"at" closing the clause: "called it to Dr. Roe, Ann by 1702."
        # (a year-shaped value is left: "reported by 2019,")
        rf"\b(?i:called|paged|phoned|notified|relayed|told|reported|discussed)\b[^\n;]{{0,60}}?[ \t](?i:by|at)[ \t]+"
        rf"(?P<phi>(?!(?:19|20)\d\d){_HHMM})(?=[ \t]*[;,]|[ \t]*$|\.(?:\s|$))",
        # the end or start of a call or session: "Interpreter ended call 0910.", "began the session at 1415"
        rf"\b(?i:ended|started|began|finished|completed|terminated|disconnected)[ \t]+(?:(?i:the)[ \t]+)?"
        rf"(?i:call|session|visit|interview|consult|conference)[ \t]+(?:(?i:at)[ \t]+)?(?P<phi>{_HHMM})\b"
        r"(?![-/.,:]\d|[ \t]*(?i:mg|ml|mgy|gy|mm|cm|units?|%)\b)",
        # an approximate clock: "took a hit at about 0851", "at around 2215" (a year-shaped value needs "hours")
        rf"\b(?i:at|@)[ \t]+(?i:about|around|approx\.?|approximately|roughly|circa|~)[ \t]*"
        rf"(?P<phi>(?!(?:19|20)\d\d(?![ \t]*(?i:hours|hrs|h)\b)){_HHMM})\b(?![-/.,:]\d)",
        # a chat export's stamp in brackets, then the handle: "[1435] long_terrence: thx"
        rf"^\[(?P<phi>{_HHMM})\][ \t]+[a-z][\w.-]*:",
        # French: "à 16 h 55" (folded to "a 16 h 55"), "vers 9 h 05"
        r"\b(?i:a|vers|des|jusqu'a)[ \t]+(?P<phi>(?:[01]?\d|2[0-3]) h [0-5]\d)\b",
    )
    FLAGS = re.MULTILINE
