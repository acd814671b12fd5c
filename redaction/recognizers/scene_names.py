"""People a care note names in a scene, a hand-off or a call, often in lower case:

- who reacted during a session or a family meeting, after a clause break: ``...recording; cormac mbeki-carr
  giggled``, ``conference room; faye rutherford-ngo asked about pain``, ``; zofia crane cried``;
- who arranged something, by department: ``transport was arranged ... by noor long in scheduling``;
- who a result or a call went to, before a phone number: ``results phoned to Ama at +1 402 555 0178``,
  ``I phoned June on 402-555-0152``;
- the employee an occupational-health note is about: ``Employee: THISTLEWOOD, AMA``.

The slot is the cue; each word must still be a possible name word (no clinical, deny-listed or everyday filler
word), so "; the patient cried" or "by someone in scheduling" stay.
"""

from __future__ import annotations

from redaction.recognizers._base import RegexRecognizer
from redaction.recognizers.huddle_names import _NAME, _names_someone

# what a child or a relative did in a session or a meeting
_REACTION = (r"(?:giggled|laughed|smiled|cried|sobbed|wept|nodded|chose|picked|counted|sang|waved|napped|fell[ ]asleep"
             r"|wondered|asked[ ](?:about|whether|if|for)|hugged|squeezed)\b")
_DEPARTMENT = (r"(?:scheduling|registration|patient[ ]access|admitting|transport|central[ ]booking|intake"
               r"|the[ ]front[ ]desk|the[ ]call[ ]cent(?:er|re))\b")
_PHONE = r"(?:\+?1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}\b"
_CAPS_NAME = r"[A-Z][A-Za-z'\u2019-]+(?:[ ][A-Z][A-Za-z'\u2019-]+)?"


class SceneNameRecognizer(RegexRecognizer):
    """The people in a note's scenes, hand-offs and calls (see the module docstring)."""

    ENTITY = "PERSON"
    SCORE = 0.8
    PATTERNS = (
        # recording; cormac mbeki-carr giggled / conference room; zofia crane cried
        rf"(?:;|\A|\n)[ ]*(?P<phi>{_NAME})[ ]+(?={_REACTION})",
        # arranged from home by noor long in scheduling
        rf"\b[Bb]y[ ]+(?P<phi>{_NAME})[ ]+(?=in[ ]+{_DEPARTMENT})",
        # results phoned to Ama at +1 402 555 0178 / I phoned June on 402-555-0152
        rf"\b(?:phoned|called|texted|paged|rang)[ ]+(?:to[ ]+)?(?P<phi>{_CAPS_NAME}|{_NAME})[ ]+(?:at|on)[ ]+"
        rf"(?={_PHONE})",
        # Employee: THISTLEWOOD, AMA / Employee name: Ama Thistlewood
        r"(?m)^[ \t]*(?i:employee(?:[ ]name)?):[ \t]+(?P<phi>[A-Z][A-Za-z'\u2019-]+,[ ][A-Z][A-Za-z'\u2019-]+"
        r"(?:[ ][A-Z]\.?)?|[A-Z][A-Za-z'\u2019-]+[ ][A-Z][A-Za-z'\u2019-]+)(?=[ \t]*(?:$|[ \t]{2}|[|,;]))",
    )

    def keep(self, text: str, start: int, end: int) -> bool:
        return _names_someone(text.replace(",", " "), start, end)  # "THISTLEWOOD, AMA": the comma is no word
