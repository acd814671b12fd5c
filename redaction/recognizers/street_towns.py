"""Towns and cross streets that follow a US street address.

- the town after a numbered street, a PO box or a rural route's box ("HC 61 Box 928, Tyler"), at the line's or
  clause's end or before its state:
  "4410 Aster Ln, Wichita\\n", "PO Box 88, Mobile\\n", "Vivo en 12 Elm Rd, Tyler y ...", "12 Oak Ave, Reading, PA",
  "12 Elm Rd, Tyler on 3/4/2024" (a scene line's date after the town), "12 Elm Rd, Tyler 75701" (no state)
- a town that is also an English word ("Reading", "Normal") before its state and ZIP code: "Reading, PA 19601"
- the second street of a scene or crossing: "MVC at 12 W. Elm St / Birch Drive", "Main St & Route 9 North"

The street or the state and ZIP code before or after the town is what makes the word a place, so these are
reported at a score that a clinical-sounding town ("Reading") keeps.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, RecognizerResult

from redaction._not_patient import payer_box_town
from redaction.recognizers._grouped import GroupedRegexRecognizer
from redaction.recognizers.places import _NUMBERED, _STATE_NAMES, _STATES, _STREET_WORD, _SUFFIX

_DIRECTION = r"(?:(?i:[NSEW]|North|South|East|West|NE|NW|SE|SW)\.?[ \t]+)"
_TOWN = r"[A-Z][a-z]+(?:\.(?=[ \t][A-Z]))?(?:[ \t-][A-Z][a-z]+){0,2}"  # "Tyler", "St. Cloud", "Glen Ellyn"
_STREET = (rf"\b\d{{1,6}}[A-Z]?[ \t]+{_DIRECTION}?(?:{_STREET_WORD}[ \t]+){{1,4}}(?i:{_SUFFIX})\b\.?"
           rf"(?:[ \t]+(?:North|South|East|West))?")
# a building, apartment or suite between the street and its town: "12 Elm St Bldg 2, Apt 9, Tyler"
_UNITS = r"(?:,?[ \t]+(?:Bldg|Building|Apt|Apartment|Unit|Suite|Ste|Fl|Floor|#)\.?[ \t]*#?[A-Za-z0-9-]{1,5}){0,2}"
_BOUND = r"(?:[ \t]+(?:North|South|East|West|[NSEW]B))"
# words that follow a street's comma without being its town
_NOT_TOWN = frozenset({"apt", "apartment", "suite", "ste", "unit", "flat", "floor", "fl", "room", "rm", "bldg",
                       "building", "usa", "us", "lot", "box", "dept", "po", "attn"})

# words that follow "in" after a street without being its town: "12 Elm St in March", "in the ..."
_WHEN = frozenset("january february march april may june july august september october november december jan feb mar "
                  "apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday "
                  "spring summer fall autumn winter the this that early late person town".split())


class StreetTownRecognizer(GroupedRegexRecognizer):
    """The town (CITY) and the cross street (STREET_ADDRESS) after a numbered street, a crossing or a PO box."""

    ENTITY = "CITY"
    SCORE = 0.9
    GROUPS: ClassVar[dict[str, str]] = {"cross": "STREET_ADDRESS", "town": "CITY", "town2": "CITY",
                                        "town3": "CITY"}
    _AFTER = (rf"(?=[ \t]*$|,[ \t]*(?:{_STATES}|{_STATE_NAMES})\b|"
              # the state with no comma, ending the line: "12 Elm St, Port Tyler ME"
              rf"[ \t]+(?:{_STATES})[ \t]*$|[ \t]+(?:y|and|e|et|und|en|or)[ \t]|[.;)]"
              # a scene line's date or clock time after the town: "12 Elm St, Tyler on 03/14/2024 at 0215"
              r"|[ \t]+(?:on|at)[ \t]+\d|[ \t]{2}|\t"
              # a ZIP code with no state before it: "12 Elm St, Tyler 75701"
              r"|[ \t]+\d{5}(?:-\d{4})?(?![\d/.:-]))")
    _CROSS = (rf"{_DIRECTION}?(?:{_STREET_WORD}[ \t]+){{1,3}}(?i:{_SUFFIX})\b\.?|{_NUMBERED}{_BOUND}?")
    PATTERNS = (
        # "12 Elm St, Tyler", "12 Elm St Apt 4, Tyler", "12 Elm St / Birch Drive, Tyler", "12 Elm St & Route 9"
        rf"{_STREET}(?:{_UNITS},[ \t]+(?P<town>{_TOWN}){_AFTER}"
        rf"|[ \t]*(?:/|&|\band\b|\bat\b)[ \t]*(?P<cross>{_CROSS})(?:,[ \t]+(?P<town2>{_TOWN}){_AFTER})?"
        # prose: "at home on 12 Elm St in New Tyler."
        rf"|[ \t]+in[ \t]+(?P<town3>{_TOWN})(?=[.;,)][ \t\n]|[.;)]?[ \t]*$))",
        # a crossing of two unnumbered streets, spaced as scene lines write it: "Elm St / Birch Drive, Tyler"
        rf"[ \t][/&][ \t](?P<cross>{_CROSS}),[ \t]+(?P<town>{_TOWN}){_AFTER}",
        # a PO box or a rural route's box ("HC 61 Box 928, Tyler (no street address)", "RR 2 Box 14, Tyler")
        (rf"\b(?:(?i:P\.?[ \t]?O\.?[ \t]*Box)|(?:HC|RR|Rural[ \t]+Route|Star[ \t]+Route)[ \t]+\d{{1,4}}[ \t]+Box)"
         rf"[ \t]+\d{{1,6}},[ \t]+(?P<town>{_TOWN})(?:{_AFTER}|[ \t]+\()"),
    )
    FLAGS = re.MULTILINE

    def accept(self, match: re.Match[str], group: str) -> bool:
        if group != "cross" and payer_box_town(match.string, match.start(group)):
            return False  # "Keystone Mutual / ... / PO Box 4410, Harrisburg, PA": the payer's town
        if group == "town3" and match.group(group).split()[0].lower().rstrip(".") in _WHEN:
            return False  # "12 Elm St in March.": a time, not a town
        return group == "cross" or match.group(group).split()[0].lower().rstrip(".") not in _NOT_TOWN


class StateZipTownRecognizer(EntityRecognizer):
    """A town that opens its line or follows a comma, before its state and ZIP code: "Reading, PA 19601"
    (a town that is also a word, which the general city pattern leaves to its clinical-word check)."""

    SCORE = 0.9
    _STATE_ZIP = re.compile(rf",[ \t](?:{_STATES})[ \t][ \t]*\d{{5}}(?:-\d{{4}})?\b")
    _TOWN_BEFORE = re.compile(rf"(?:^|\n|,)[ \t]*({_TOWN})\Z")

    def __init__(self) -> None:
        super().__init__(supported_entities=["CITY"], name="StateZipTownRecognizer")

    def load(self) -> None:
        return None

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        results = []
        for found in self._STATE_ZIP.finditer(text):
            start = max(0, found.start() - 60)
            town = self._TOWN_BEFORE.search(text, start, found.start())
            if town:
                results.append(RecognizerResult("CITY", *town.span(1), self.SCORE))
        return results
