"""PHI in the positional fields of interchange formats: vCard ``ADR``/``N``, iCalendar ``CN=``, SQL dumps.

These formats say what a value is by its position, not by a word next to it: a vCard address is
``ADR;TYPE=HOME:;Apt 3B;73 E Alder Rd;Allentown;PA;18175;USA`` (PO box; extended; street; locality; region;
postal code; country), and a SQL dump names its columns once
(``INSERT INTO t (mrn, city, first_name) VALUES ('1', 'Anchorage', 'Rajesh'), (...)``). The segment name,
component position or column name is the label; the value is masked whatever it looks like. A YAML address
block's ``line2:`` (``#7``, ``Unit 204``) is the second street line. (X12 segments: ``recognizers/x12.py``.)
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

from redaction.recognizers.structured import _FIELDS, _key, add_field_value

_SCORE = 0.85
# vCard 3.0/4.0 (RFC 6350 6.3.1): ADR value components; N: family;given;additional;prefix;suffix
_VCARD_ADR = re.compile(r"(?m)^(?:item\d+\.)?ADR(?:;[^:\n]*)?:(?P<value>[^\n]*)")
_VCARD_N = re.compile(r"(?m)^N(?:;[^:\n]*)?:(?P<value>[^\n]*)")
# a vCard nickname; an iCalendar organizer's or attendee's common name ("ORGANIZER;CN=Ada Roe:mailto:...")
_CONTACT_NAMES = re.compile(r"(?m)^(?:NICKNAME(?:;[^:\n]*)?:(?P<nick>[^\n;,]+)|"
                            r"(?:ORGANIZER|ATTENDEE)[^:\n]*?;CN=(?P<q>\"?)(?P<cn>[^\";:\n]+)(?P=q)[;:])")
_ADR_PARTS = {1: "STREET_ADDRESS", 2: "STREET_ADDRESS", 3: "CITY", 5: "ZIP"}
_N_PARTS = {0: "PERSON", 1: "PERSON", 2: "PERSON"}
_SEPARATOR = re.compile(r"(?<!\\);")
# SQL: INSERT INTO t (columns) VALUES (row), (row);
_SQL_INSERT = re.compile(r"(?i)\bINSERT[ \t]+INTO[ \t]+[`\"\[\]\w.]+[ \t]*\((?P<cols>[^()\n]{1,2000})\)\s*VALUES\s*")
_SQL_ROW = re.compile(r"\s*,?\s*\((?P<row>(?:'(?:[^'\\\n]|''|\\.)*'|[^'()\n])*)\)")
_SQL_VALUE = re.compile(r"\s*(?:'(?P<q>(?:[^'\\\n]|''|\\.)*)'|(?P<bare>[^,']*?))\s*(?:,|$)")
# column names (normalised like StructuredFieldRecognizer's keys) beyond its XML/JSON field names
_SQL_EXTRA = {
    **dict.fromkeys(("addr", "addrline", "homeaddress", "streetaddr", "addressline"), "STREET_ADDRESS"),
    **dict.fromkeys(("orderingmd", "referringmd", "readingmd", "attendingmd", "signedby", "readby", "dictatedby",
                     "orderedby", "performedby", "patientfirstname", "patientlastname", "ptname", "mdname"),
                    "PERSON"),
    **dict.fromkeys(("homephone", "cellphone", "workphone"), "PHONE"),
}
# XML/JSON field names that mean something else as a table's column: an order line, a body site
_SQL_NOT = frozenset({"line", "site"})
_SQL_TYPES = frozenset({"PERSON", "STREET_ADDRESS", "CITY", "ZIP", "FACILITY"})
# YAML: the street lines of an address block
_YAML_LINE = re.compile(r"(?m)^(?P<indent>[ \t]+)(?:line|addr|address|street)[ \t_-]?[1-3][ \t]*:[ \t]*"
                        r"(?P<q>[\"']?)(?P<phi>[^\n\"'#:][^\n\"']*|#[ \t]?\d[^\n\"']*)(?P=q)[ \t]*$")
_YAML_BLOCK = re.compile(r"(?im)^[ \t]*[\w-]*address[\w-]*[ \t]*:[ \t]*$")



class RecordFieldRecognizer(EntityRecognizer):
    """vCard, iCalendar and SQL-dump fields whose position or column says they hold PHI."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["CITY", "FACILITY", "PERSON", "STREET_ADDRESS", "ZIP"],
                         name="RecordFieldRecognizer")

    def load(self) -> None:
        return None

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        results: list[RecognizerResult] = []
        if "BEGIN:VCARD" in text or "BEGIN:VCALENDAR" in text or "BEGIN:VEVENT" in text:
            self._vcard(text, results)
        if "INSERT" in text or "insert" in text:
            self._sql(text, results)
        if "ddress" in text and ":" in text:
            for match in _YAML_LINE.finditer(text):
                if _YAML_BLOCK.search(text, max(0, match.start() - 160), match.start()):
                    self._add(results, "STREET_ADDRESS", match.start("phi"), match.end("phi"), text)
        return results

    def _vcard(self, text: str, results: list[RecognizerResult]) -> None:
        for pattern, parts in ((_VCARD_ADR, _ADR_PARTS), (_VCARD_N, _N_PARTS)):
            for match in pattern.finditer(text):
                start = match.start("value")
                cuts = [start - 1, *(cut.start() for cut in _SEPARATOR.finditer(text, start, match.end()))]
                cuts.append(match.end())
                for index, kind in parts.items():
                    if index + 1 < len(cuts):
                        self._add(results, kind, cuts[index] + 1, cuts[index + 1], text)
        for match in _CONTACT_NAMES.finditer(text):
            group = "nick" if match.group("nick") else "cn"
            if "@" not in match.group(group):
                self._add(results, "PERSON", match.start(group), match.end(group), text)

    def _sql(self, text: str, results: list[RecognizerResult]) -> None:
        for insert in _SQL_INSERT.finditer(text):
            kinds = []
            for column in insert.group("cols").split(","):
                key = _key(column.strip().strip("`\"[] "))
                kind = None if key in _SQL_NOT else _FIELDS.get(key) or _SQL_EXTRA.get(key)
                kinds.append(kind if kind in _SQL_TYPES else None)
            if not any(kinds):
                continue
            position = insert.end()
            while row := _SQL_ROW.match(text, position):
                position = row.end()
                index, cursor, row_end = 0, row.start("row"), row.end("row")
                while cursor < row_end and index < len(kinds):
                    value = _SQL_VALUE.match(text, cursor, row_end)
                    if value is None or value.end() == cursor:
                        break
                    if kinds[index] and value.group("q") is not None:
                        self._add(results, kinds[index], value.start("q"), value.end("q"), text)
                    cursor, index = value.end(), index + 1

    @staticmethod
    def _add(results: list[RecognizerResult], kind: str, start: int, end: int, text: str) -> None:
        add_field_value(results, kind, start, end, text, _SCORE)
