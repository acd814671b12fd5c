"""Health-service organisations and practices as the UK, Ireland, Hong Kong, New Zealand and India name them.

- a Scottish NHS board ("NHS Lothian", "NHS Greater Glasgow and Clyde") and a Welsh health board
  ("Cardiff and Vale University Health Board", "Powys Teaching Health Board")
- an NHS trust whose town has a particle ("The Newcastle upon Tyne Hospitals NHS Foundation Trust")
- an Irish hospital group ("RCSI Hospitals Group", "South/South West Hospital Group")
- a Hong Kong Hospital Authority cluster ("New Territories West Cluster") and a Te Whatu Ora district
  ("Te Whatu Ora Waikato", "Te Whatu Ora Capital, Coast and Hutt Valley")
- a GP practice by its British heads ("Bayside Family Doctors", "Riverside Medical Practice")
- a diagnostic centre joining two service words ("Medinova Imaging & Diagnostic Centre")
- a hospital named with its town after it ("Queen Elizabeth Hospital Birmingham", "University Hospital Galway")
"""

from __future__ import annotations

import re

from redaction._denylist import clinical_words, department_words, not_name_words
from redaction.recognizers._base import RegexRecognizer

_CAP = r"[A-Z][a-z'’]+"
_SCOTTISH_BOARDS = (r"(?:Ayrshire[ \t]and[ \t]Arran|Borders|Dumfries[ \t]and[ \t]Galloway|Fife|Forth[ \t]Valley|"
                    r"Grampian|Greater[ \t]Glasgow(?:[ \t](?:and|&)[ \t]Clyde)?|Highland|Lanarkshire|Lothian|Orkney|"
                    r"Shetland|Tayside|Western[ \t]Isles)")
# adjectives that open phrases, not practices: "Good Medical Practice" (the GMC's guidance)
_NOT_PRACTICE = frozenset({"good", "best", "safe", "general", "private", "clinical", "modern", "current", "your",
                           "our", "their", "his", "her", "the", "a", "in", "of", "and", "for", "standard", "standards"})
# words after "Hospital" that are no town: a street, a campus, a department, a body
_NOT_TOWN = frozenset({"road", "street", "lane", "avenue", "drive", "way", "site", "campus", "trust", "foundation",
                       "board", "group", "authority", "charity", "medicine", "radiology", "imaging", "department",
                       "ward", "unit", "wing", "block", "building", "number", "no", "records", "board", "services",
                       "service", "staff", "policy", "car", "park", "main", "north", "south", "east", "west",
                       "central", "outpatients", "outpatient", "pharmacy", "laboratory", "school", "library"})


class CommonwealthSiteRecognizer(RegexRecognizer):
    """FACILITY: NHS and Welsh health boards, Irish hospital groups, HA clusters, Te Whatu Ora districts, practices."""

    ENTITY = "FACILITY"
    SCORE = 0.85
    PATTERNS = (
        rf"\bNHS[ \t]{_SCOTTISH_BOARDS}\b",
        rf"\b(?:{_CAP}[ \t](?:(?:and|&)[ \t])?){{1,4}}(?:University[ \t]|Teaching[ \t])?Health[ \t]Board\b",
        rf"\b(?:The[ \t])?(?:{_CAP}[ \t](?:(?:upon|on|and)[ \t])?){{1,4}}(?:Hospitals?[ \t])?NHS[ \t]"
        rf"(?:Foundation[ \t])?Trust\b",
        r"\b(?:[A-Z][A-Za-z'’]*(?:/[A-Z][A-Za-z'’]*)?[ \t]){1,3}Hospitals?[ \t]Group\b",
        r"\b(?:Hong[ \t]Kong|Kowloon|New[ \t]Territories)[ \t](?:East|West|Central|North|South)[ \t]Cluster\b",
        r"\bTe[ \t]Whatu[ \t]Ora[ \t](?:[A-Z][\w'’]*(?:[ \t][A-Z][\w'’]*)*)(?:(?:,[ \t]|[ \t](?:and|&)[ \t])"
        r"[A-Z][\w'’]*(?:[ \t][A-Z][\w'’]*)*)*",
        rf"\b(?:The[ \t])?(?:{_CAP}[ \t]){{1,3}}(?:Family[ \t]Doctors|Medical[ \t]Practice|Group[ \t]Practice|"
        rf"Health[ \t]Centre|Family[ \t]Practice)\b",
        rf"\b(?:{_CAP}[ \t]){{1,3}}(?:Imaging|Diagnostics?|Scans?|Radiology)[ \t](?:&|and)[ \t]"
        rf"(?:Imaging|Diagnostics?|Scans?|Radiology)[ \t](?:Centre|Center|Clinic|Services)\b",
    )

    def keep(self, text: str, start: int, end: int) -> bool:
        first = text[start:end].split()[0].lower()
        return first not in _NOT_PRACTICE or first == "the" and len(text[start:end].split()) > 2


class HospitalTownRecognizer(RegexRecognizer):
    """FACILITY: a hospital's name with its town after it, ended by a comma, a line end or a postcode."""

    ENTITY = "FACILITY"
    SCORE = 0.85
    PATTERNS = (rf"\b(?:{_CAP}[ \t](?:of[ \t])?){{1,3}}Hospital[ \t](?P<town>[A-Z][a-z]{{3,}})"
                r"(?=,|[ \t]*\n|[ \t]*$|[ \t]+[A-Z]{1,2}\d)",)

    def keep(self, text: str, start: int, end: int) -> bool:
        town = _LAST_WORD.search(text, start, end).group(0).lower()
        return (town not in _NOT_TOWN and town not in department_words() and town not in clinical_words()
                and town not in not_name_words())


_LAST_WORD = re.compile(r"[A-Za-z]+$")
