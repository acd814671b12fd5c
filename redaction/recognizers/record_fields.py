"""PHI in the positional fields of interchange formats: vCard ``ADR``/``N``, X12 ``N3``/``N4``/``NM1``, SQL dumps.

These formats say what a value is by its position, not by a word next to it: a vCard address is
``ADR;TYPE=HOME:;Apt 3B;73 E Alder Rd;Allentown;PA;18175;USA`` (PO box; extended; street; locality; region;
postal code; country), an X12 claim writes ``N3*4393 S OLD MILL AVE*STE 110~N4*KNOXVILLE*TN*37961~`` and
``NM1*IL*1*LAST*FIRST*M`` (entity type 1 = a person), and a SQL dump names its columns once
(``INSERT INTO t (mrn, city, first_name) VALUES ('1', 'Anchorage', 'Rajesh'), (...)``). The segment name,
component position or column name is the label; the value is masked whatever it looks like. A YAML address
block's ``line2:`` (``#7``, ``Unit 204``) is the second street line.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

from redaction.recognizers.structured import _FIELDS, _key

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
# X12: a segment starts a line or follows the segment terminator "~"
_X12_N3 = re.compile(r"(?m)(?:^|~)[ \t]*N3\*(?P<a>[^*~\n]+)(?:\*(?P<b>[^*~\n]+))?")
_X12_N4 = re.compile(r"(?m)(?:^|~)[ \t]*N4\*(?P<city>[^*~\n]+)\*[A-Z]{0,3}\*(?P<zip>\d{5}(?:-?\d{4})?)?")
# N1 loops of a provider: payee, billing provider, service facility, facility
_X12_N1 = re.compile(r"(?m)(?:^|~)[ \t]*N1\*(?:PE|85|77|FA)\*(?P<phi>[^*~\n]+)")
# NM1 with entity type qualifier 1 (a person): last*first*middle as one span, like HL7's "^"
_X12_NM1 = re.compile(r"(?m)(?:^|~)[ \t]*NM1\*[A-Z0-9]{2,3}\*1\*(?P<phi>[^*~\n]+(?:\*[^*~\n]+){0,2})")
# the time beside an interchange / group / transaction date: ISA09-10, GS04-05, BHT04-05
_X12_TIMES = re.compile(r"(?m)(?:^|~)[ \t]*(?:ISA(?:\*[^*~\n]*){8}\*\d{6}|GS(?:\*[^*~\n]*){3}\*\d{8}|"
                        r"BHT(?:\*[^*~\n]*){3}\*\d{8})\*(?P<phi>\d{4}(?:\d{2}(?:\d{1,2})?)?)(?=\*|~|$)")
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
    """vCard, X12 and SQL-dump fields whose position or column says they hold PHI."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["CITY", "DATE_TIME", "FACILITY", "PERSON", "STREET_ADDRESS", "ZIP"],
                         name="RecordFieldRecognizer")

    def load(self) -> None:
        return None

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        results: list[RecognizerResult] = []
        if "BEGIN:VCARD" in text or "BEGIN:VCALENDAR" in text or "BEGIN:VEVENT" in text:
            self._vcard(text, results)
        if "*" in text and ("N3*" in text or "N4*" in text or "NM1*" in text or "ISA*" in text):
            self._x12(text, results)
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

    def _x12(self, text: str, results: list[RecognizerResult]) -> None:
        for match in _X12_N3.finditer(text):
            for group in ("a", "b"):
                if match.group(group):
                    self._add(results, "STREET_ADDRESS", match.start(group), match.end(group), text)
        for match in _X12_N4.finditer(text):
            self._add(results, "CITY", match.start("city"), match.end("city"), text)
            if match.group("zip"):
                self._add(results, "ZIP", match.start("zip"), match.end("zip"), text)
        for pattern, kind in ((_X12_N1, "FACILITY"), (_X12_NM1, "PERSON"), (_X12_TIMES, "DATE_TIME")):
            for match in pattern.finditer(text):
                self._add(results, kind, match.start("phi"), match.end("phi"), text)

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
        while start < end and text[start] in " \t":
            start += 1
        while end > start and text[end - 1] in " \t":
            end -= 1
        if end > start and any(c.isalnum() for c in text[start:end]):
            results.append(RecognizerResult(kind, start, end, _SCORE))
