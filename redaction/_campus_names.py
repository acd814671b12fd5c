"""A hospital named with its campus or town after "at": the campus is part of the name.

Systems that run several sites name each one "<Name> Hospital at <Place>" ("Mercy Hospital at Birch Falls",
"St. Aldric Medical Center at Kettle Point", "... Clinic at the Harbor"). A FACILITY span that ends on such a
head word (or on the "at" itself) is carried over "at" and the one to three capitalised words after it, so the
place, which is as identifying as the name, is masked with it. The words must read as a place: no clinical
word, no month or weekday, no title ("Dr."), no field label ("at Exam:").
"""

from __future__ import annotations

import re

from redaction._denylist import PLACE_AND_DATE_WORDS, clinical_words, not_name_words
from redaction._spans import Span

# the head word a campus name follows: "... Hospital at", "... Medical Center at", "... Clinic at"
_HEAD_AT_END = re.compile(r"(?:Hospital|Hospitals|Medical[ \t]Center|Medical[ \t]Centre|Health[ \t]Center|Clinic|"
                          r"Infirmary|Institute|Campus|Healthcare|Health[ \t]System)(?:[ \t]+at)?\Z")
_AT_END = re.compile(r"[ \t]at\Z")
# "at" (unless the span already ends on it), an optional "the", then one to three capitalised words;
# not a title, an initial or a field label after them
_CAMPUS = re.compile(r"(?P<at>[ \t]+at)?[ \t]+(?:the[ \t]+)?(?P<place>[A-Z][a-z'’-]+(?:[ \t][A-Z][a-z'’-]+){0,2})"
                     r"(?![A-Za-z'’-]|\.[A-Za-z]|[ \t]*:)")


def extend_campus_names(text: str, spans: list[Span]) -> list[Span]:
    """FACILITY spans carried over their campus ("Mercy Hospital" + " at Birch Falls")."""
    out = []
    for span in spans:
        if span.entity_type == "FACILITY":
            span = _with_campus(text, span)
        out.append(span)
    return out


def _with_campus(text: str, span: Span) -> Span:
    name = text[max(span.start, span.end - 40):span.end]
    if not _HEAD_AT_END.search(name):
        return span
    ends_on_at = bool(_AT_END.search(name))
    campus = _CAMPUS.match(text, span.end)
    if not campus or bool(campus.group("at")) == ends_on_at:
        return span
    end = campus.start("place")
    for word in re.finditer(r"[^ \t]+", campus.group("place")):
        if _not_a_place(word.group(0)):
            break  # "... at Elm Ridge Transplant Program": the place, not the program after it
        end = campus.start("place") + word.end()
    if end == campus.start("place"):
        return span
    return Span(span.start, end, span.entity_type, span.score)


def _not_a_place(word: str) -> bool:
    low = word.lower()
    return low in _NOT_PLACES or low in clinical_words() or low in not_name_words() or low in PLACE_AND_DATE_WORDS


# programmes named like a campus: "Hospital at Home", "Clinic at Work"
_NOT_PLACES = frozenset({"dr", "home", "work", "school", "night", "noon", "midnight", "christmas", "transplant",
                         "program", "programme"})
