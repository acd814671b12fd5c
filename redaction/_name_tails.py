"""What a detected name leaves outside its span: a suffix, a trailing initial, the other half of "Last, First".

- "Last, I." in a CSV export, a staff list or a signature ("Abstractor: Okafor, B., CTR",
  "...,Lindgren, T.,LEE^ANN^M,..."): a person span that stops at the surname is widened over ", I.";
- "Last I" as a whole table cell ("| Okafor B | 07:12 |", a tab- or comma-separated cell) or before a
  bracket or a slash ("Okafor, Bola T (E1234)", "OKAFOR, BOLA T / 19600101"): the bare initial is the
  given name's;
- a generational suffix after the name ("Bola Okafor Jr.", "Ada Quill III (friend)") is part of it;
- "Last, First" (or "Last,First") filling a field - after a label, a table separator, a wide gap or at the
  line's start, and ending the field: when one half was found (the other is a word such as "Autumn" or
  "Kingfisher", or was dropped), the span grows over the other half.

Only an existing PERSON span grows: the rule adds no new name on its own.
"""

from __future__ import annotations

import re

from redaction._name_joins import join_name_parts
from redaction._spans import Span
from redaction._vocabulary import is_clinical_vocabulary
from redaction.recognizers.names import CREDENTIALS

# ", B." after a space (not the first letter of a word; "Okafor,B." is two cells of a comma-separated row)
_COMMA_INITIAL = re.compile(r",[ \t][A-Z]\.(?![A-Za-z])")
# " B" closing a cell: a pipe, a tab, a comma, a semicolon or the line's end follows, or " (" / " /"
_CELL_INITIAL = re.compile(r"[ \t][A-Z](?=[ \t]*(?:[|\t,;]|$)|[ \t]+[(/])", re.MULTILINE)
# "Jr.", "Sr.", "II", "III", "IV" (not "IV contrast"): written inside the name
_SUFFIX = re.compile(r",?[ \t](?:[JS][Rr]\.?|II|III|IV(?![ \t]+[a-z]))(?![A-Za-z])")
# the given name after a found surname ("Papadopoulos,Autumn ;"), with its initial
_GIVEN_AFTER = re.compile(r",[ \t]?[A-Z][A-Za-z'’-]*[A-Za-z](?:[ \t][A-Z](?![A-Za-z]))?")
# the surname before a found given name ("Pt name: Shevchenko, Kalani"); searched up to the span's start
_SURNAME_BEFORE = re.compile(r"(?<![A-Za-z'’-])[A-Z][A-Za-z'’-]*[A-Za-z],[ \t]?\Z")
_CREDENTIAL = re.compile(rf",[ \t]?{CREDENTIALS}(?![A-Za-z])")
_ONE_NAME = re.compile(r"[A-Za-z'’-]+(?: [A-Z]\.?)?")
_FIELD_END = re.compile(r"[ \t]*(?:[|;\t/(\n]|\Z)")
_FIELD_OPENERS = ("|", ";", ":", "=", "\t", "  ", "*")


def _opens_field(text: str, at: int) -> bool:
    """``text[at]`` starts a field: the line's start, or after a label, a separator or a wide gap."""
    line_start = text.rfind("\n", 0, at) + 1
    before = text[max(line_start, at - 40):at]
    if line_start >= at - 40 and not before.strip(" \t"):
        return True
    return before.endswith(_FIELD_OPENERS) or before.rstrip(" ").endswith(_FIELD_OPENERS[:5])


def _other_half(text: str, span: Span) -> Span:
    """The span widened over the surname or given name that completes a "Last, First" field.

    Neither half may be report vocabulary: "Thanks, Ada", "Interpreter: Somali, Ada" and
    "Scheduling, Ada" are a word and a name, not a name written surname first.
    """
    words = text[span.start:span.end].split()
    if not _ONE_NAME.fullmatch(" ".join(words)) or is_clinical_vocabulary(words[0]):
        return span  # one half only: a single name, with its initial ("Rafael N")
    caps = words[0].isupper()
    before = _SURNAME_BEFORE.search(text, max(0, span.start - 40), span.start)
    if (before is not None and not _CREDENTIAL.match(text, before.start() - 1) and _opens_field(text, before.start())
            and _FIELD_END.match(text, span.end) and not _vocabulary(before.group(0), caps)):
        return Span(before.start(), span.end, span.entity_type, span.score)
    after = _GIVEN_AFTER.match(text, span.end)
    if (after is not None and not _CREDENTIAL.match(text, span.end) and _opens_field(text, span.start)
            and _FIELD_END.match(text, after.end()) and not _vocabulary(after.group(0), caps)):
        return Span(span.start, after.end(), span.entity_type, span.score)
    return span


def _vocabulary(half: str, caps: bool) -> bool:
    """The added half (", Autumn T" or "Kingfisher, ") is report vocabulary or written in another case
    than the found half ("Ada Quill, OD": a degree), not the rest of the name."""
    words = re.findall(r"[A-Za-z'’-]{2,}", half)
    return any(is_clinical_vocabulary(w) or w.isupper() != caps for w in words)


def with_initials(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with each person span widened over its suffix, initial or the other half of "Last, First"."""
    out = []
    for span in join_name_parts(text, spans):  # "Morales y Ramírez", "VASUKI, K V", "Hu Xiaohong", "Myint Swe"
        if span.entity_type == "PERSON" and span.end < len(text):
            span = _other_half(text, span)
            suffix = _SUFFIX.match(text, span.end)
            if suffix is not None:
                span = Span(span.start, suffix.end(), span.entity_type, span.score)
            tail = _COMMA_INITIAL.match(text, span.end) or _CELL_INITIAL.match(text, span.end)
            if tail is not None:
                span = Span(span.start, tail.end(), span.entity_type, span.score)
        out.append(span)
    return out
