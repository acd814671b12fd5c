"""Facility detections that a title line or a signature stretches past the site's name (round 23k).

- A clinic of the site after a dash: "Copperleaf Medical Center - High-Risk Breast Clinic". The site is the name
  before the dash; the words after it (department words, "Clinic", "Program") name a service every site has.
- An academic rank in a signature, "Professor of Radiology": a person's title, not a site.
- "Outside imaging" (a request for a second read "OF OUTSIDE IMAGING"): studies done elsewhere, no site named.
- A staffing agency's name, "... Radiology Staffing", "... Locums": a vendor of the practice, not a patient's site.
"""

from __future__ import annotations

import re

from redaction._denylist import department_words, not_name_words
from redaction._site_tails import department_tail
from redaction._spans import Span

_DASH = re.compile(r"[ \t]+[-–—][ \t]+")
_WORD = re.compile(r"[^ \t]+")
# the last word of a complete facility name, before the dash
_NAME_END = frozenset({"hospital", "center", "centre", "clinic", "institute", "imaging", "associates", "health",
                       "healthcare", "infirmary", "system"})
# a name's head that nothing of the name follows ("Radiology" may go on: "Elm Radiology Department")
_STRONG_END = frozenset({"hospital", "center", "centre", "clinic", "institute", "infirmary"})
_SERVICE_WORDS = frozenset({"clinic", "program", "programme", "&", "and", "risk", "center", "centre"})
_RANK_OF = re.compile(r"(?i:(?:assistant|associate|clinical|adjunct|emeritus)[ \t]+)*(?i:professor|lecturer|instructor|"
                      r"chair|chairman|chairwoman|chief|fellow)[ \t]+(?i:of)[ \t]")
_AGENCY_AFTER = re.compile(r"(?:[ \t]+(?:Physician|Radiology|Locum))?[ \t]+(?:Staffing|Locums)\b")
_AGENCY_END = re.compile(r"(?i:\b(?:Staffing|Locums))\Z")
_OUTSIDE_IMAGING = re.compile(r"(?i:outside[ \t]+(?:imaging|films|studies|images))\Z")


def _service_tail(text: str, s: Span) -> int:
    """Where a dash-separated service after a complete site name begins in ``s``, or ``s.end``."""
    for dash in _DASH.finditer(text, s.start, s.end):
        before = text[s.start:dash.start()].split()
        after = [w.lower() for w in _WORD.findall(text[dash.end():s.end])]
        if before and before[-1].lower() in _NAME_END and after and all(
                w in _SERVICE_WORDS or w in department_words() or w in not_name_words() for w in after):
            return dash.start()
    return s.end


def trim_site_titles(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with facilities cut to the site's name; ranks, agencies and "outside imaging" dropped."""
    out = []
    for s in spans:
        if s.entity_type in ("FACILITY", "PERSON") and (_AGENCY_AFTER.match(text, s.end)
                                                        or _AGENCY_END.search(text, s.start, s.end)):
            continue
        if s.entity_type == "FACILITY":
            if _RANK_OF.match(text, s.start) or _OUTSIDE_IMAGING.search(text, s.start, s.end):
                continue
            end = _service_tail(text, s)
            # (or an office after a complete name with no dash: "Elm Imaging Center Clinical Research Office")
            cut = department_tail(text, s.start, end)
            if cut != end and text[s.start:cut].split()[-1].lower() in _STRONG_END:
                end = cut
            if end != s.end:
                s = Span(s.start, end, s.entity_type, s.score)
        out.append(s)
    return out
