"""Towns that a layout or a cue marks, without a state after them.

- a "Location" field holding a bare town, up to the line end or a column gap, as call logs write the caller's
  whereabouts: "Location: Duluth", "LOCATION........ Macon", "| Location | Scranton |"
- the town a patient line ends on after the age: "Pt: Ana Ruiz, 54 y/o, Cheyenne"
- a site's town in brackets after its name, as transfer logs write it: "From: Elm Regional Hospital (Boise)"
- where a patient comes from, after the age: "77 years old from Provo, accession ...", "aged 98 from Macon."
- where a relative travelled from: "Wife drove up from Bangor", "flying in from Dayton", "drove pt from Provo.",
  "drove him to the visit from Provo", "Transport from Provo arranged"; where a patient drives back to, then
  when: "can drive back to Provo tonight"
- where an outside study was done, then its date: "Outside CT abdomen in Boise on 3/2/2025", "in Salem on May 4"
- a town whose name holds a lower-case link word or an elided article, before its state code and ZIP code:
  "Lake of Pines, MN 55012", "Coeur d'Alene, ID 83814" (the state and ZIP make it a town; "Smith or Roe, MD" has none)
"""

from __future__ import annotations

import re

from redaction._denylist import clinical_words, department_words, is_clinical, not_name_words
from redaction.recognizers._base import RegexRecognizer
from redaction.recognizers.places import _STATES

_TOWN = r"(?:(?:St\.|Saint|Ft\.|Fort|Mt\.|Mount)[ \t]+)?[A-Z][a-z'’]+(?:[ \t-][A-Z][a-z'’]+){0,2}"
# the last word of a site's name before its bracketed town
_SITE_END = (r"(?:Hospital|Infirmary|Clinic|Center|Centre|Imaging|Radiology|Institute|Health|Healthcare|Regional|"
             r"Medical|Memorial|Associates|Group|Partners|Care|Home|System|Pavilion|Hospice|Practice|Diagnostics|"
             r"Nursing|Rehabilitation|Rehab|Living)")
# words a "Location" field or a bracket holds that are no town: a place in the building or a branch label
_NOT_TOWNS = frozenset("""home bedside scene residence work school street roadside field unknown other same none
main downtown uptown midtown central north south east west campus annex tower wing building floor room bay ward
lobby hallway bathroom bedroom kitchen outside inside left right
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday""".split())
# a word that makes the value a site's name, not a town ("Location: Elm Medical Center" is the site recognizer's)
_SITE_WORD = re.compile(rf"\b{_SITE_END}\b|\b(?:Unit|Dept|Department|Suite|Floor|Room|Bed|Bay|Ward|Wing)\b")


class CuedTownRecognizer(RegexRecognizer):
    """A bare town after a "Location" label, a patient line's age, a site's name in brackets, or a travel verb."""

    ENTITY = "CITY"
    SCORE = 0.85
    PATTERNS = (
        # "Location: Duluth", "LOCATION........ Macon": the whole value, up to the line end or a column gap
        rf"(?m)\b(?:Location|LOCATION)(?:[ \t]*:|[ \t]*\.{{2,}})[ \t]*(?P<phi>{_TOWN})(?=[ \t]*$|[ \t]{{2,}})",
        # "| Location | Scranton |": a two-cell label row (a header row "| Location | Baseline | TP1 |" is no field)
        rf"(?m)^[ \t]*\|[ \t]*(?:Location|LOCATION)[ \t]*\|[ \t]*(?P<phi>{_TOWN})[ \t]*\|[ \t]*$",
        # "Pt: Ana Ruiz, 54 y/o, Cheyenne": a town closing a patient line after the age
        rf"(?m)\b\d{{1,3}}[ \t-]?(?:yr-old|yo|y/o|y\.o\.|year-old|years[ \t]+old|yrs?)\b,[ \t]+(?P<phi>{_TOWN})"
        r"[ \t]*$",
        # "From: Elm Regional Hospital (Boise)  To: ...": a site's town in brackets
        rf"\b{_SITE_END}[ \t]+\((?P<phi>{_TOWN})\)",
        # "drove up from Bangor", "flying in from Dayton, reachable at ...", "drove pt from Provo."
        rf"\b(?:drove|drive|drives|driving|driven|flew|fly|flies|flying|flown|came|come|coming|arrived|arrives|"
        rf"arriving|travel(?:l)?ed|travel(?:l)?ing|visiting|[Tt]ransport(?:ation)?|[Tt]ransfer|[Rr]ide)"
        rf"(?:[ \t]+(?:up|down|in|over|out|back|pt|patient|him|her|them|me|us|himself|herself|myself|themselves|"
        rf"to[ \t]+the[ \t]+(?:visit|appointment|clinic|hospital|scan))){{0,2}}[ \t]+from[ \t]+(?P<phi>{_TOWN})"
        r"(?=[ \t]*(?:[,.;)]|$|[ \t]to\b|[ \t](?:with|arranged|booked|tonight|today|tomorrow)\b))",
        # "asks if she can drive back to Hope tonight": where a patient goes home to, then when
        rf"\b(?:drive|drives|driving|drove|fly|flying|flew|head|heading|go|going|get|getting)[ \t]+(?:back|home)"
        rf"[ \t]+to[ \t]+(?P<phi>{_TOWN})(?=[ \t]+(?:tonight|today|tomorrow|afterwards|after)\b)",
        # "77 years old from Provo, ...", "aged 98 from Glen Ellyn.": where a patient line's age says they live
        rf"\b(?:\d{{1,3}}[ \t-]?(?:yr-old|yo|y/o|y\.o\.|year-old|years[ \t]+old)|(?i:aged)[ \t]+\d{{1,3}})[ \t]+"
        rf"from[ \t]+(?P<phi>{_TOWN})(?=[ \t]*(?:[,.;)]|$))",
        # "MRI knee in Boise on 20250221", "in Flagstaff on 07-Jun-2024": a town between "in" and "on" a date
        rf"\bin[ \t]+(?P<phi>{_TOWN})[ \t]+on[ \t]+(?=\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
        rf"[ \t]+\d)",
        # "Lake of Pines, MN 55012", "Coeur d'Alene ID 83814": a link word or "d'" inside, then state and ZIP
        rf"\b(?P<phi>[A-Z][a-z'’]+(?:[ \t]+(?:or|of|on|upon|de|du|la|le|del|des|by|in|the)[ \t]+[A-Z][a-z'’]+|"
        rf"[ \t]+[dl]['’][A-Z][a-z]+))\\?,?[ \t]+(?:{_STATES})[ \t]+\d{{5}}(?:-\d{{4}})?\b",
    )

    def keep(self, text: str, start: int, end: int) -> bool:
        value = text[start:end]
        words = [w.lower() for w in value.split()]
        if words[0] in _NOT_TOWNS or _SITE_WORD.search(value):
            return False
        if all(w in clinical_words() or w in department_words() or w in not_name_words() for w in words):
            return False
        return not is_clinical(value, text[end:end + 40])
