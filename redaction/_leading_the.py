"""A site's name that opens with "The": the article is part of the name ("The Royal London Hospital",
"The Limes Medical Centre"); the site recognizers leave it out, so it is taken back here."""

from __future__ import annotations

from redaction._spans import Span

_BEFORE = frozenset(" \t\n(,:;|/")


def with_leading_the(text: str, spans: list[Span]) -> list[Span]:
    """Each FACILITY span right after a capitalised "The " (at a line's, a field's or a sentence's start) takes it."""
    out = []
    for span in spans:
        start = span.start
        if (span.entity_type == "FACILITY" and start >= 4 and text[start - 4:start] == "The "
                and (start == 4 or text[start - 5] in _BEFORE)):
            span = Span(start - 4, span.end, span.entity_type, span.score)
        out.append(span)
    return out
