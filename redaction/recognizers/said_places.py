"""Towns in a spoken address (round 42, tuner B): a caller says "the state" for the state ("Hilo, the state,
zip nine six seven oh oh") and names the town after a street with "in" ("the one on Willow Bend Circle in
Cicero?"), where the written patterns want a state code or a ZIP code after the town."""

from __future__ import annotations

from redaction.recognizers._base import RegexRecognizer
from redaction.recognizers.places import _SUFFIX

_TOWN = r"[A-Z][a-z'’]+(?:[ \t-][A-Z][a-z'’]+){0,2}"
# "on Tamsin Lane in March": a month, a weekday or a season after "in" is no town
_WHEN = (r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|"
         r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Spring|Summer|Autumn|Fall|Winter)\b)")


class SpokenTownRecognizer(RegexRecognizer):
    ENTITY = "CITY"
    SCORE = 0.85
    PATTERNS = (
        rf"(?<![\w'’])(?P<phi>{_TOWN}),[ \t]+the[ \t]+state,?[ \t]+(?i:zip|postcode|post[ \t]code)\b",
        rf"\b[A-Z][a-z'’]+[ \t]+{_SUFFIX}[ \t]+in[ \t]+{_WHEN}(?P<phi>{_TOWN})(?=[?.!,;]|[ \t]*$)",
    )
