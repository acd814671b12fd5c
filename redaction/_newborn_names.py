"""Newborn placeholder names: the words a nursery registers a baby under until it has a given name.

A newborn is registered as ``BABY GIRL NGUYEN``, ``NGUYEN, BABY BOY A``, ``NGUYEN^BABY GIRL``, ``BB Kim``,
``BG Kim``, ``Twin B Okafor`` or ``Infant of Maria Delgado`` and renamed later. The placeholder only says which
child of the mother this is (sex, birth order), like a title before a name; the surname (or the mother's name)
is what identifies. A person detection is trimmed to what is left once the placeholder is taken off either end:
``BABY GIRL A [TANAKA]``, ``[OCHOA], BABY GIRL B``, ``[YILMAZ]^BABY GIRL``, ``Infant of [Kiri Watanabe]``. A
detection made only of placeholder words (``Twin B``, ``Twin A's``, ``BABY BOY``) is dropped: no one is named.
Only capitalised forms count ("your baby girl Summer" is prose, and "Summer" is found by other rules).
"""

from __future__ import annotations

import re

from redaction._spans import Span

# "BABY GIRL", "Baby Boy A", "Newborn Girl", "BB", "BG", "Twin B", "Trip C", "Baby A", "Infant of", "Baby of"
PLACEHOLDER = (r"(?:(?:BABY|Baby|INFANT|Infant|NEWBORN|Newborn)[ \t]+(?:GIRL|Girl|BOY|Boy)"
               r"(?:[ \t]+[A-F](?!\w|['’][A-Za-z]{2}))?"
               r"|(?:TWIN|Twin|TRIP|Trip|TRIPLET|Triplet|BABY|Baby)[ \t]+[A-F](?!\w|['’][A-Za-z]{2})"
               # "BB"/"BG" (baby boy/girl) only where a cell or field opens, not "coach BG Zielinski" (initials)
               r"|(?:(?<![^\t\n|,\"'(:;=])|(?<=[\t\n|,\"'(:;=] ))(?:BB|BG)"
               r"|(?:INFANT|Infant|BABY|Baby)[ \t]+(?:OF|of))")
# a placeholder's words alone, as a detection cut short leaves them ("YILMAZ^BABY" of "YILMAZ^BABY GIRL")
_WORDS = r"(?:BABY|Baby|GIRL|Girl|BOY|Boy|INFANT|Infant|NEWBORN|Newborn|TWIN|Twin|TRIP|Trip)"
_TRAILING = re.compile(rf"(?:[ \t]*[,^][ \t]*|[ \t]+)(?:{PLACEHOLDER}|{_WORDS})(?:['’]s)?\Z")
_LEADING = re.compile(rf"(?:{PLACEHOLDER}|{_WORDS}(?:[ \t]+[A-F](?!\w|['’][A-Za-z]{{2}}))?)(?:['’]s)?[ \t]+(?=\S)")
_ORDER_LETTER = re.compile(r"[A-F][ \t]+(?=[A-Z])")
_PLACEHOLDER_BEFORE = re.compile(rf"(?<!\w){_WORDS}[ \t]+\Z")
_ONLY = re.compile(rf"(?:{PLACEHOLDER}|{_WORDS})(?:['’]s)?")


def without_newborn_placeholders(text: str, spans: list[Span]) -> list[Span]:
    """Person spans with a newborn's placeholder words taken off either end; spans of placeholders alone dropped."""
    out = []
    for span in spans:
        if span.entity_type == "PERSON":
            span = _trimmed(text, span)
            if span is None:
                continue
        out.append(span)
    return out


def _trimmed(text: str, span: Span) -> Span | None:
    value = text[span.start:span.end]
    if _ONLY.fullmatch(value):
        return None
    start, end = span.start, span.end
    lead = _LEADING.match(text, start, end)  # read in place: "BB"/"BG" count only where a cell opens
    if lead is None and _PLACEHOLDER_BEFORE.search(text, max(0, start - 12), start):
        lead = _ORDER_LETTER.match(text, start, end)
    if lead:  # "GIRL B HALVORSEN" or, after "BABY GIRL ", "B HALVORSEN": the birth-order letter is no initial
        start = lead.end()
    tail = _TRAILING.search(text, start, end)
    if tail and tail.start() > start:
        end = tail.start()
    if (start, end) == (span.start, span.end):
        return span
    return Span(start, end, span.entity_type, span.score) if any(c.isalpha() for c in text[start:end]) else None
