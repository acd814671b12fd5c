"""A home address written in lower case in a message, after its cue: the street, the town and the ZIP code run
together with no commas and no capitals, as texts and portal messages write them.

- "my new addr is 41 heron lane springfield 62704"           street, town, ZIP
- "we moved to 1187 n willow ave st paul mn 55104."          street, town (then the state), ZIP

The street needs a house number and a street-type word ("street", "ave", "dr" ...), the town one to three words,
and the ZIP code five digits (with an optional two-letter state before it) ending the clause's address; the cue
("addr", "address", "moved to", "lives at") is what makes the lower-case words a street and a town.
"""

from __future__ import annotations

from typing import ClassVar

from redaction.recognizers._grouped import GroupedRegexRecognizer

_STREET_TYPE = (r"street|st|road|rd|drive|dr|avenue|ave|av|lane|ln|court|ct|boulevard|blvd|way|place|pl|circle|cir|"
                r"terrace|ter|parkway|pkwy|trail|trl|highway|hwy|pike|square|sq|loop|run|row")
_WORD = r"[a-z][a-z'-]*"


class InformalAddressRecognizer(GroupedRegexRecognizer):
    """STREET_ADDRESS, CITY and ZIP of a lower-case "addr is 41 heron lane springfield 62704" after its cue."""

    ENTITY = "STREET_ADDRESS"
    SCORE = 0.85
    GROUPS: ClassVar[dict[str, str]] = {"street": "STREET_ADDRESS", "city": "CITY", "zip": "ZIP"}
    PATTERNS = (
        (r"\b(?i:addr|address|moved[ \t]+to|lives[ \t]+at|living[ \t]+at|mail[ \t]+it[ \t]+to|send[ \t]+it[ \t]+to)"
         r"(?:[ \t]+(?i:is|now))?[ \t]*:?[ \t]*"
         rf"(?P<street>\d{{1,6}}[ \t]+(?:(?:n|s|e|w|north|south|east|west)\.?[ \t]+)?(?:{_WORD}[ \t]+){{1,3}}"
         rf"(?:{_STREET_TYPE})\b\.?)[ \t]+"
         rf"(?P<city>{_WORD}(?:[ \t]+{_WORD}){{0,2}}?),?[ \t]+(?:[a-z]{{2}}[ \t]+)?(?P<zip>\d{{5}})(?![\d-])"),
    )
