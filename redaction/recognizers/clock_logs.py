"""Four-digit 24-hour times that only a flowsheet's layout makes times (a bare "1918" is otherwise a year).

- the "Time" column of a vitals or sedation flowsheet or a nursing access log: a header row of short labels split
  by pipes, tabs or semicolons whose cell is "Time" or "Tm" ("Time | HR | SpO2 | Drug"), then rows whose cell in
  that column is a clock ("1847 | 108 | 94% | propofol 1 mg/kg"); every value in the column must be a clock
  (four digits, or "08:01" with a colon), two rows at least
- a narrative log of timed events: two or more clocks on one line, each opening a clause (the line's start,
  or after "." or ";") and followed by a lower-case word, in increasing order ("1314 bolus given; 1323 into
  scanner; 1450 out, awake"); a run of year-shaped values only in a log's ";"-separated clauses, so years opening
  sentences ("2016 exam showed a cyst. 2019 study was normal.") are kept
"""

from __future__ import annotations

import re
from itertools import pairwise

from presidio_analyzer import EntityRecognizer, RecognizerResult

_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d(?:h|[ \t]*(?i:hrs?|hours))?")
_TIME_LABEL = re.compile(r"(?i:time|tm|clock|hhmm|time[ \t]*\(24h\))")
_COLON_CLOCK = re.compile(r"(?:[01]?\d|2[0-3]):[0-5]\d")  # a row may write its clock with a colon: "08:01"
_DELIMITERS = ("|", "\t", ";")
_HAS_TIME_LABEL = re.compile(r"(?i:time|\btm\b)")
# a clock opening a clause, then a lower-case word: "; 1323 into scanner"
_CLAUSE_CLOCK = re.compile(r"(?:^|(?<=[.;])[ \t]+)(?P<clock>(?:[01]\d|2[0-3])[0-5]\d)(?=[ \t]+[a-z])")
_SCORE = 0.85


def _cells(line: str, delimiter: str) -> list[tuple[int, int]]:
    """(start, end) of each cell in ``line``, whitespace trimmed (a leading or trailing pipe adds an empty cell)."""
    cells, pos = [], 0
    for part in line.split(delimiter):
        lead = len(part) - len(part.lstrip())
        cells.append((pos + lead, pos + len(part.rstrip())))
        pos += len(part) + 1
    return cells


def _time_column(line: str) -> tuple[str, int, int] | None:
    """(delimiter, index of the "Time" cell, number of cells) when ``line`` is a flowsheet header."""
    for delimiter in _DELIMITERS:
        if line.count(delimiter) < 2:
            continue
        cells = _cells(line, delimiter)
        labels = [line[s:e] for s, e in cells]
        if any(len(label) > 24 or label[:1].isdigit() for label in labels):
            continue  # header cells are short labels, none a number ("SpO2" is a label, "1847" a value)
        for k, label in enumerate(labels):
            if _TIME_LABEL.fullmatch(label):
                return delimiter, k, len(cells)
    return None


class FlowsheetTimeRecognizer(EntityRecognizer):
    """DATE_TIME: the clocks of a flowsheet's "Time" column and of a timed-event narrative."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["DATE_TIME"], name="FlowsheetTimeRecognizer")

    def load(self) -> None:
        return None

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        results = []
        if _HAS_TIME_LABEL.search(text):
            results.extend(self._columns(text))
        results.extend(self._narrative(text))
        return results

    def _columns(self, text: str) -> list[RecognizerResult]:
        results = []
        lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", text)]
        for i, (_, line) in enumerate(lines):
            found = _time_column(line)
            if found is None:
                continue
            delimiter, column, width = found
            cells = []
            for offset, row in lines[i + 1:i + 100]:
                spans = _cells(row, delimiter)
                if len(spans) != width:
                    break
                start, end = spans[column]
                cells.append((offset + start, offset + end, row[start:end]))
            if len(cells) >= 2 and all(_CLOCK.fullmatch(v) or _COLON_CLOCK.fullmatch(v) for _, _, v in cells):
                results.extend(RecognizerResult("DATE_TIME", s, e, _SCORE) for s, e, _ in cells)
        return results

    def _narrative(self, text: str) -> list[RecognizerResult]:
        results = []
        for line in re.finditer(r"[^\n]+", text):
            clocks = list(_CLAUSE_CLOCK.finditer(line.group(0)))
            values = [int(m.group("clock")) for m in clocks]
            if len(clocks) < 2 or not all(a < b for a, b in pairwise(values)):
                continue
            if ";" in line.group(0) or any(not 1900 <= v <= 2099 for v in values):
                results.extend(RecognizerResult("DATE_TIME", line.start() + m.start("clock"),
                                                line.start() + m.end("clock"), _SCORE) for m in clocks)
        return results
