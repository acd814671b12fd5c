"""A given name found alone is widened over the surname that follows it when that surname is also a word the
report vocabulary lists ("Thaddeus May", "Hiroshi Page", "Josephine Lane", "Clement St. John"): the recognizers
that found the given name stop before a month, a place word or a paging word, yet a census surname written
right after a person's given name is theirs.

Not widened: a month before a day ("Ivo May 4"), a word running on into another capitalised word after a single
space ("Ivo Lane Hospital"), a clinical word, or a given name right after a house number ("12 Ivo Lane").
"""

from __future__ import annotations

import re

from redaction._denylist import clinical_words
from redaction._spans import Span
from redaction.recognizers.given_names import surnames

# the surname after the lone given name: "May", "St. John", "B. Page"
_TAIL = re.compile(r"[ \t](?:[A-Z]\.[ \t])?(?P<st>St\.?[ \t])?(?P<word>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)"
                   r"(?![A-Za-z'’-])")
# what may follow the surname: punctuation, a line's end, a lower-case word, a field gap
_AFTER = re.compile(r"[,;:!?)—–]|[.](?!\d)|[ \t]*(?:\n|$)|[ \t][a-z]|[ \t]{2,}[^\d\s]|['’]s\b")
_HOUSE_NUMBER = re.compile(r"\d[ \t]+$")
_ONE_WORD = re.compile(r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?")
# a name cut after a saint particle: "Clement St" before ". John"
_CUT_SAINT = re.compile(r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?[ \t]St")
_SAINT_REST = re.compile(r"\.?[ \t](?P<word>[A-Z][a-z'’]+)(?![A-Za-z'’-])")


def widen_word_surnames(text: str, spans: list[Span]) -> list[Span]:
    """Widen a lone given-name PERSON span over a vocabulary-word census surname right after it."""
    out = []
    for span in spans:
        if span.entity_type == "PERSON" and _ONE_WORD.fullmatch(text, span.start, span.end):
            span = _widened(text, span)
        elif span.entity_type == "PERSON" and _CUT_SAINT.fullmatch(text, span.start, span.end):
            rest = _SAINT_REST.match(text, span.end)
            if rest and rest.group("word").lower() not in clinical_words() and _AFTER.match(text, rest.end()):
                span = Span(span.start, rest.end(), span.entity_type, span.score)
        out.append(span)
    return out


def _widened(text: str, span: Span) -> Span:
    tail = _TAIL.match(text, span.end)
    if tail is None or _HOUSE_NUMBER.search(text, max(0, span.start - 8), span.start):
        return span
    word = tail.group("word").lower().rstrip("'’")
    if tail.group("st") is None and word not in surnames() or word in clinical_words():
        return span
    if not _AFTER.match(text, tail.end()):
        return span
    end = tail.end()
    if text[end - 2:end] in ("'s", "’s"):
        end -= 2
    return Span(span.start, end, span.entity_type, span.score)
