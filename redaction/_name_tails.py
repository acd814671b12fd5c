"""A detected surname's trailing initial, the way lists, logs and exports abbreviate a given name.

- "Last, I." in a CSV export, a staff list or a signature ("Abstractor: Okafor, B., CTR",
  "...,Lindgren, T.,LEE^ANN^M,..."): a person span that stops at the surname is widened over ", I.";
- "Last I" as a whole table cell ("| Okafor B | 07:12 |", a tab- or comma-separated cell): the bare
  initial closing the cell is the given name's.

Only an existing PERSON span grows, and only by one capital letter: the rule adds no new name.
"""

from __future__ import annotations

import re

from redaction._spans import Span

# ", B." after a space (not the first letter of a word; "Okafor,B." is two cells of a comma-separated row)
_COMMA_INITIAL = re.compile(r",[ \t][A-Z]\.(?![A-Za-z])")
# " B" closing a cell: a pipe, a tab, a comma, a semicolon or the line's end follows
_CELL_INITIAL = re.compile(r"[ \t][A-Z](?=[ \t]*(?:[|\t,;]|$))", re.MULTILINE)


def with_initials(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with each person span widened over the initial that follows its surname."""
    out = []
    for span in spans:
        if span.entity_type == "PERSON" and span.end < len(text):
            tail = _COMMA_INITIAL.match(text, span.end) or _CELL_INITIAL.match(text, span.end)
            if tail is not None:
                span = Span(span.start, tail.end(), span.entity_type, span.score)
        out.append(span)
    return out
