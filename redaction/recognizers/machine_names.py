"""Names in machine output found by its grammar: key=value log fields and the rows of a SQL ``INSERT`` that
names no columns.

``user=jane.doe`` is a login made of a name and ``signer="Doe, Jane"`` a signer, whatever the letters spell;
``INSERT INTO audit VALUES (17, 'Doe, Jane Q.', ...)`` gives up its ``'Last, First M.'`` values. (X12 segments
are read by ``x12.py``; vCard, iCalendar, SQL column lists and fixed-width layouts by ``record_fields.py`` and
``fixed_layouts.py``.) Each recognizer bails out on a literal the format cannot do without (``=``, ``INSERT``).
"""

from __future__ import annotations

import re

from redaction.recognizers._base import SpanRecognizer
from redaction.recognizers._name_fields import COMMA_NAME, NAME_VALUE, person_field, without_credentials


class _FieldRecognizer(SpanRecognizer):
    """A PERSON recognizer over a format's fields (subclasses set ``_spans``)."""

    SCORE = 0.9  # a field's position, not a guess: above the clinical-context judgement
    NEEDS_LETTER = True


# key=value: a quoted name or a name-made login ("first.last") under a key that names a person
# (the value is found from its "=", a literal the engine jumps to; the key is read back from there)
_KV_VALUE = re.compile(r"=[ \t]*(?:\"(?P<quoted>[^\"\n]{2,60})\"|'(?P<single>[^'\n]{2,60})'|"
                       r"(?P<login>[A-Za-z][a-z'’-]+[._][A-Za-z][a-z'’-]+(?:[._-][A-Za-z][a-z'’-]*)?)(?![\w@.-]))")
_KV_KEY = re.compile(r"(?<![\w.-])([A-Za-z][A-Za-z0-9_.-]{0,30})[ \t]*\Z")
_LOGIN_NOT_PERSON = frozenset("admin administrator root guest system sysadmin service svc postgres anonymous "
                              "readonly reporter interface batch daemon app test demo bot account scanner etl hl7 api "
                              "integration sync backup monitor nobody".split())


class KeyValueNameRecognizer(_FieldRecognizer):
    """``user=jane.doe``, ``signer="Doe, Jane"``, ``patient_name='Jane Doe'`` in key=value logs."""

    def _spans(self, text: str) -> list[tuple[int, int]]:
        if "=" not in text:
            return []
        spans = []
        for match in _KV_VALUE.finditer(text):
            key = _KV_KEY.search(text, max(0, match.start() - 40), match.start())
            if key is None or not person_field(key.group(1).rsplit(".", 1)[-1]):
                continue
            if match.group("login") is not None:
                parts = re.split(r"[._-]", match.group("login").lower())
                if not any(p in _LOGIN_NOT_PERSON for p in parts):
                    spans.append(match.span("login"))
                continue
            group = "quoted" if match.group("quoted") is not None else "single"
            start, end = without_credentials(text, *match.span(group))
            if NAME_VALUE.fullmatch(text, start, end):
                spans.append((start, end))
        return spans


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


class SqlNameRecognizer(_FieldRecognizer):
    """``'Last, First M.'`` values in the rows of an ``INSERT`` without a column list (with one, the columns say
    which values are names: ``record_fields.py``)."""

    def _spans(self, text: str) -> list[tuple[int, int]]:
        if "INSERT" not in text.upper():
            return []
        spans = []
        for insert in _INSERT.finditer(text):
            if insert.group("cols") is not None:
                continue
            for _column, start, end in _sql_rows(text, insert.end()):
                start, end = without_credentials(text, start, end)
                if COMMA_NAME.fullmatch(text, start, end):
                    spans.append((start, end))
        return spans
