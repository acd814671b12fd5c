"""Four-digit 24-hour times that only a flowsheet's layout makes times (a bare "1918" is otherwise a year).

- the "Time" column of a vitals or sedation flowsheet or a nursing access log: a header row of short labels split
  by pipes, tabs or semicolons whose cell is "Time" or "Tm" ("Time | HR | SpO2 | Drug"), then rows whose cell in
  that column is a clock ("1847 | 108 | 94% | propofol 1 mg/kg"); every value in the column must be a clock
  (four digits, or "08:01" with a colon), two rows at least; a run sheet's last column "Done" likewise, its
  clocks in any form ("1821", "0202 hours", "8:19 PM"), one at least no year could be
- a narrative log of timed events: two or more clocks on one line, each opening a clause (the line's start,
  or after "." or ";") and followed by a lower-case word, in increasing order ("1314 bolus given; 1323 into
  scanner; 1450 out, awake"); a run of year-shaped values only in a log's ";"-separated clauses, so years opening
  sentences ("2016 exam showed a cyst. 2019 study was normal.") are kept
- a log whose rows open with their clock, a delimiter after it (tab, ";", ",", "|"): in a run of three or more
  such rows, two of them opening with a clock no year could be ("20:56", "3:19pm"), the four-digit openers are
  clocks too ("1106<TAB>ICU 2<TAB>XR 2", "1812; PACU; CT hold")
"""

from __future__ import annotations

import re
from itertools import pairwise

from presidio_analyzer import EntityRecognizer, RecognizerResult

from redaction.recognizers._first import guarded

_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d(?:h|[ \t]*(?i:hrs?|hours))?")
_TIME_LABEL = re.compile(r"(?i:time|tm|clock|hhmm|time[ \t]*\(24h\))")
_COLON_CLOCK = re.compile(r"(?:[01]?\d|2[0-3]):[0-5]\d")  # a row may write its clock with a colon: "08:01"
# a run sheet's "Done" column: a clock in any form ("1821", "0202 hours", "8:19 PM", "02:17:53", "3:29 p.m.")
_DONE_LABEL = re.compile(r"(?i:done|completed|time[ \t]+done)")
_ANY_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d(?:[ \t]*(?i:hrs?|hours))?|"
                        r"(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:[ \t]?(?i:[ap]\.?m\.?))?")
_YEAR_SHAPED = re.compile(r"(?:19|20)\d\d")
_DELIMITERS = ("|", "\t", ";")
_HAS_TIME_LABEL = re.compile(r"(?i:time|\btm\b|\|[ \t]*done[ \t]*$)", re.MULTILINE)
_HAS_TIME_LABEL = guarded(_HAS_TIME_LABEL)  # searched over whole texts: re skips to where a match can start
# a clock opening a clause, then a lower-case word: "; 1323 into scanner"
_CLAUSE_CLOCK = re.compile(r"(?:^|(?<=[.;])[ \t]+)(?P<clock>(?:[01]\d|2[0-3])[0-5]\d)(?=[ \t]+[a-z])")
# a row opening with its clock, then the cell delimiter: "1106\tICU 2", "3:19pm; PACU", "20:56,B,ICU 2"
_ROW_CLOCK = re.compile(r"^(?P<clock>(?:[01]\d|2[0-3])[0-5]\d|(?:[01]?\d|2[0-3]):[0-5]\d(?:[ \t]?(?i:[ap]\.?m\.?))?)"
                        r"[ \t]*(?P<delimiter>[\t;,|])", re.MULTILINE)
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
        if _DONE_LABEL.fullmatch(labels[-1]):
            return delimiter, -1, len(cells)  # the last column: when each row's exam was done
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
        if "\n" in text:
            results.extend(self._row_openers(text))
        return results

    def _row_openers(self, text: str) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        run: list[re.Match[str]] = []
        for match in [*_ROW_CLOCK.finditer(text), None]:
            if match is not None and run and match.group("delimiter") == run[-1].group("delimiter") \
                    and text.count("\n", run[-1].end(), match.start()) == 1:
                run.append(match)
                continue
            if len(run) >= 3 and sum(":" in m.group("clock") for m in run) >= 2:
                results.extend(RecognizerResult("DATE_TIME", m.start("clock"), m.end("clock"), _SCORE)
                               for m in run if ":" not in m.group("clock"))
            run = [match] if match is not None else []
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
            if column < 0:  # "Done": every cell a clock, one at least no year could be
                if len(cells) >= 2 and all(_ANY_CLOCK.fullmatch(v) for _, _, v in cells) \
                        and not all(_YEAR_SHAPED.fullmatch(v) for _, _, v in cells):
                    results.extend(RecognizerResult("DATE_TIME", s, e, _SCORE) for s, e, _ in cells)
            elif len(cells) >= 2 and all(_CLOCK.fullmatch(v) or _COLON_CLOCK.fullmatch(v) for _, _, v in cells):
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
