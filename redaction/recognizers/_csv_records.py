"""CSV records that run over several lines: a quoted cell may hold line breaks (RFC 4180).

An export of prior reports puts each report in one quoted cell, so a record reads

    "DOE, JANE A",01610169,1934-07-26,89Y,20230819MR2025,...,"CLINICAL HISTORY: ...
    FINDINGS: ...
      -- R. Long"

and the next record starts on the line after the closing quote. Read line by line, the report's lines end
the table after its first record, and the record numbers of every later record go unread. A physical line
with an odd number of quote marks opens such a cell: the record goes on, line after line, until the quote
marks balance (a doubled quote ``""`` inside a cell counts twice and changes nothing).
"""

from __future__ import annotations

_MAX_LINES = 400  # a quoted cell is one report; an inch mark left open (`5"`) must not swallow a whole document


def quoted_record(text: str, lines: list[tuple[int, str]], i: int) -> tuple[str, int]:
    """The CSV record starting at physical line ``i`` as one string (line breaks kept, offsets unchanged) and
    the index of the line after it. A line whose quotes balance is its own record; a quote that never closes
    within reach, or closes before other text than a comma, leaves the line alone."""
    offset, line = lines[i]
    if line.count('"') % 2 == 0:
        return line, i + 1
    quotes = line.count('"')
    for j in range(i + 1, min(len(lines), i + _MAX_LINES)):
        quotes += lines[j][1].count('"')
        if quotes % 2 == 0:
            last = lines[j][1]
            close = last.rfind('"')
            if last[close + 1:].strip() and not last[close + 1:].lstrip().startswith(","):
                return line, i + 1  # the balancing quote is no cell's end: no multi-line cell
            return text[offset:lines[j][0] + len(last)], j + 1
    return line, i + 1
