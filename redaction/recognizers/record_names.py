"""Names in database dumps and fixed-width extracts, found by the record's columns rather than the words.

``INSERT INTO patient (mrn, last_name, first_name) VALUES ('123', 'Vo', 'Bao')``: the column list says which
quoted values are names (``last_name``, ``ordering_md``, ``signed_by``); a row without a column list gives
up only its ``'Last, First M.'`` values. A fixed-width extract with its layout line
(``LAYOUT: MRN(1-10) LAST(11-24) FIRST(25-36) ...``) gives its name columns by position.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

from redaction.recognizers._name_fields import COMMA_NAME, NAME_VALUE, person_field, without_credentials

_SCORE = 0.9


class _RecordRecognizer(EntityRecognizer):
    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"], name=type(self).__name__)

    def load(self) -> None:
        return None

    def _spans(self, text: str) -> list[tuple[int, int]]:
        raise NotImplementedError

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        return [RecognizerResult("PERSON", s, e, _SCORE) for s, e in self._spans(text)
                if e > s and any(c.isalpha() for c in text[s:e])]


_INSERT = re.compile(r"(?i)\bINSERT[ \t]+INTO[ \t]+(?:[`\"\[]?\w+[`\"\]]?\.)?[`\"\[]?\w+[`\"\]]?[ \t]*"
                     r"(?:\((?P<cols>[^()]*)\))?\s*VALUES\s*")
_ROW_OPEN = re.compile(r"\s*\(")
# one value and what follows it: a quoted string ('' and \' escapes) or a bare token / function call
_VALUE = re.compile(r"\s*(?:'(?P<s>(?:[^'\\]|''|\\.)*)'|[^,()'\s][^,()']*?(?:\([^()]*\))?)\s*(?P<sep>[,)])")
_ROW_NEXT = re.compile(r"\s*,")


def _sql_rows(text: str, pos: int):  # noqa: ANN202 - yields (column index, start, end) of quoted values
    while True:
        opened = _ROW_OPEN.match(text, pos)
        if not opened:
            return
        pos, column = opened.end(), 0
        while True:
            value = _VALUE.match(text, pos)
            if not value:
                return
            if value.group("s") is not None:
                yield column, *value.span("s")
            pos, column = value.end(), column + 1
            if value.group("sep") == ")":
                break
        following = _ROW_NEXT.match(text, pos)
        if not following:
            return
        pos = following.end()


def _name_like(text: str, start: int, end: int) -> bool:
    return bool(NAME_VALUE.fullmatch(text, start, end))


class SqlNameRecognizer(_RecordRecognizer):
    """Quoted values of INSERT rows in a column whose name says person, or shaped ``'Last, First M.'``."""

    def _spans(self, text: str) -> list[tuple[int, int]]:
        if "INSERT" not in text.upper():
            return []
        spans = []
        for insert in _INSERT.finditer(text):
            cols = insert.group("cols")
            named = None if cols is None else [person_field(c.strip()) for c in cols.split(",")]
            for column, start, end in _sql_rows(text, insert.end()):
                start, end = without_credentials(text, start, end)
                if named is not None:
                    if column < len(named) and named[column] and _name_like(text, start, end):
                        spans.append((start, end))
                elif COMMA_NAME.fullmatch(text, start, end):
                    spans.append((start, end))
        return spans


# a layout field: "LAST(11-24)", "PT-NAME (11-40)", "FIRST 25-36"
_LAYOUT_FIELD = re.compile(r"\b(?P<name>[A-Z][A-Za-z0-9_-]{0,19})[ \t]*(?:\([ \t]*(?P<a>\d{1,4})[ \t]*-[ \t]*"
                           r"(?P<b>\d{1,4})[ \t]*\)|[ \t](?P<c>\d{1,4})-(?P<d>\d{1,4})\b)")
_CELL_NAME = re.compile(r"[A-Za-z][A-Za-z'’.-]*(?:[ \t][A-Za-z][A-Za-z'’.-]*){0,3}")
_PROSE = re.compile(r"[:;?!]\s|[a-z]{2,}[ \t]+[a-z]{2,}[ \t]+[a-z]{2,}")


def _layout(line: str) -> list[tuple[str, int, int]] | None:
    """The fields of a layout line (name, first and last position) when it lists three or more in order."""
    fields = []
    for match in _LAYOUT_FIELD.finditer(line):
        a, b = (match.group("a"), match.group("b")) if match.group("a") else (match.group("c"), match.group("d"))
        fields.append((match.group("name"), int(a), int(b)))
    if len(fields) < 3 or any(b < a for _, a, b in fields) \
            or any(nxt[1] <= cur[2] for cur, nxt in zip(fields, fields[1:])):
        return None
    return fields


class FixedWidthNameRecognizer(_RecordRecognizer):
    """Name columns of fixed-width records under a layout line giving each column's positions."""

    def _spans(self, text: str) -> list[tuple[int, int]]:
        if "-" not in text or not re.search(r"\b[A-Z][A-Za-z0-9_-]*[ \t]*\(\d{1,4}[ \t]*-[ \t]*\d{1,4}\)", text):
            return []
        lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", text)]
        spans = []
        for k, (_, line) in enumerate(lines):
            fields = _layout(line)
            if fields is None:
                continue
            columns = [(i, a, b) for i, (name, a, b) in enumerate(fields) if person_field(name, layout=True)]
            if columns:
                spans.extend(self._records(fields, columns, lines[k + 1:]))
        return spans

    def _records(self, fields, columns, lines) -> list[tuple[int, int]]:  # noqa: ANN001
        total = fields[-1][2]
        records = [(off, line.rstrip("\r")) for off, line in lines
                   if len(line.rstrip()) >= max(fields[columns[0][0]][1] + 1, total * 0.6) and not _PROSE.search(line)]
        best, best_score = [], 0
        for shift in (1, 0):  # position p at index p (a record-type letter first) or at p - 1
            found, score = [], 0
            for off, line in records:
                for i, a, b in columns:
                    start, end = a - 1 + shift, min(b + shift, len(line))
                    cell = line[start:end]
                    stripped = cell.strip()
                    if not stripped:
                        continue
                    prev_is_name = i > 0 and person_field(fields[i - 1][0], layout=True)
                    split = start > 0 and line[start - 1].isalnum() and cell[:1].isalnum() and not prev_is_name
                    if split or not _CELL_NAME.fullmatch(stripped):
                        score -= 1
                        continue
                    lead = len(cell) - len(cell.lstrip())
                    found.append((off + start + lead, off + start + lead + len(stripped)))
                    score += 1
            if score > best_score:
                best, best_score = found, score
        return best

