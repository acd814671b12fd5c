"""Columns of a fixed-width extract whose layout line names them: ``LAYOUT: MRN(1-10) LAST(11-24) CITY(66-81)``.

Mainframe and batch extracts print a copybook-style layout line (field name and 1-based column range) above
records padded to fixed widths, so a surname runs into a birth date and a street into its town
("D8512088986Carvalho da SiFilomena  19230215F239 E Old Mill Street Dayton   OH45483"): no word boundary or
label separates the values. The layout is the label: each record is cut at its columns and a column whose
name says it holds PHI is masked whatever its value looks like. Records carry a record-type letter ahead of
the first column or not; the offset under which the columns line up (text columns start with a letter or
digit, date/ZIP/phone columns are all digits) is used. The header record of such a file (``H`` + a run
timestamp + the sending site) names the facility.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

from redaction._spans import Span
from redaction.recognizers.structured import add_field_value

# layout field name (upper case, letters only) -> entity type
_COLUMNS = {
    **dict.fromkeys(("MRN", "PATID", "PTID", "MEDREC", "CHART", "EMPI"), "MRN"),
    **dict.fromkeys(("LAST", "FIRST", "LNAME", "FNAME", "MIDDLE", "MNAME", "NAME", "PTNAME", "SURNAME", "GIVEN",
                     "PATNAME", "GUAR", "GUARANTOR", "SUBSCRIBER", "REFMD", "ORDMD", "READMD"), "PERSON"),
    **dict.fromkeys(("DOB", "BIRTH", "BIRTHDT", "EXDT", "SVCDT", "DOS", "ADMDT", "DISDT", "EXAMDT", "ORDDT"),
                    "DATE_TIME"),
    **dict.fromkeys(("ADDR", "ADDRESS", "STREET", "ADDRA", "ADDRB", "ADDRLINE", "STR"), "STREET_ADDRESS"),
    **dict.fromkeys(("CITY", "TOWN"), "CITY"),
    **dict.fromkeys(("ZIP", "ZIPCODE", "POSTAL", "POSTCODE"), "ZIP"),
    **dict.fromkeys(("PHONE", "TEL", "PHONENO", "HOMEPH", "CELL"), "PHONE"),
    **dict.fromkeys(("SSN", "SOCSEC"), "SSN"),
    **dict.fromkeys(("ACCT", "ACCOUNT", "ACCTNO", "ENC", "ENCOUNTER", "FIN", "CSN", "CLAIM", "CLM"), "ACCOUNT_ID"),
    **dict.fromkeys(("ACC", "ACCN", "ACCNO", "ACCESSION"), "ACCESSION"),
    **dict.fromkeys(("PLAN", "MEMBER", "MEMBERID", "POLICY", "SUBID", "INSID"), "HEALTH_PLAN_ID"),
}
# columns that never hold PHI: a detection running into one (a birth date glued to the sex code, an ID run into a
# CPT code) is cut back to the PHI columns beside it
_PLAIN_COLUMNS = frozenset(("SEX", "GENDER", "ST", "STATE", "CPT", "MOD", "MODALITY", "DX", "ICD", "PRIORITY",
                            "STATUS", "TYPE", "UNITS", "QTY", "AMT", "CHARGE", "FLAG", "REC", "RECTYPE", "CLASS",
                            "FC", "POS", "PROC", "LATERALITY", "LAT"))
_DIGIT_COLUMNS = frozenset({"DATE_TIME", "ZIP", "PHONE"})
_TEXT_COLUMNS = frozenset({"PERSON", "STREET_ADDRESS", "CITY"})
_LAYOUT = re.compile(r"(?im)^[ \t]*(?:record[ \t]+)?(?:layout|columns|fields)[ \t]*:[ \t]*"
                     r"((?:[A-Z][A-Z0-9_-]*[ \t]*\([ \t]*\d+[ \t]*-[ \t]*\d+[ \t]*\)[ \t,;]*){3,})$")
_FIELD = re.compile(r"([A-Za-z][A-Za-z0-9_-]*)[ \t]*\([ \t]*(\d+)[ \t]*-[ \t]*(\d+)[ \t]*\)")
_LINE = re.compile(r"[^\n]+")
_HEADER = re.compile(r"(?m)^H\d{8,14}(?P<phi>[A-Z][A-Za-z&'’.,/ -]{2,}?)[ \t]*$")
_SCORE = 0.85


def _columns(spec: str) -> list[tuple[str, int, int]]:
    """(entity type, 0-based start, end) of each PHI column the layout names ("" for a plain column)."""
    out = []
    for match in _FIELD.finditer(spec):
        name = re.sub(r"[^A-Z]", "", match.group(1).upper())
        kind = _COLUMNS.get(name) or ("" if name in _PLAIN_COLUMNS else None)
        first, last = int(match.group(2)), int(match.group(3))
        if kind is not None and 1 <= first <= last:
            out.append((kind, first - 1, last))
    return out


def _block_end(text: str, start: int, stop: int) -> int:
    """Where the records below a layout line end: at the first blank line (prose may follow an extract)."""
    blank = text.find("\n\n", start + 1, stop)
    return stop if blank < 0 else blank


def _cells(text: str) -> list[tuple[str, int, int]]:
    """(entity type or "", start, end) of each named column of each record below a layout line, as text offsets."""
    cells: list[tuple[str, int, int]] = []
    layouts = list(_LAYOUT.finditer(text))
    for index, layout in enumerate(layouts):
        columns = _columns(layout.group(1))
        if not any(kind for kind, _, _ in columns):
            continue
        stop = _block_end(text, layout.end(), layouts[index + 1].start() if index + 1 < len(layouts) else len(text))
        reach = max(start for _, start, _ in columns)
        records = [m for m in _LINE.finditer(text, layout.end(), stop) if len(m.group()) > reach]
        if not records:
            continue
        # a record-type letter shared by every record ("D...") ahead of a layout counted from 1 tips a tie to 1
        typed = len({m.group()[0] for m in records}) == 1 and records[0].group()[0].isalpha()
        offset = max((0, 1), key=lambda shift: sum(_fit(m.group(), columns, shift) for m in records)
                     + (len(records) / 2 if shift and typed else 0))
        for record in records:
            cells.extend((kind, record.start() + start + offset, min(record.start() + end + offset, record.end()))
                         for kind, start, end in columns)
    return cells


def without_plain_columns(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` cut back where they run into a fixed-width record's non-PHI column (sex, state, CPT code)."""
    if "(" not in text or not _LAYOUT.search(text):
        return spans
    plain = [(start, end) for kind, start, end in _cells(text) if not kind]
    if not plain:
        return spans
    out = []
    for span in spans:
        pieces = [(span.start, span.end)]
        for start, end in plain:
            if start < span.end and end > span.start:
                cut = [((a, min(b, start)), (max(a, end), b)) for a, b in pieces]
                pieces = [part for pair in cut for part in pair if part[1] > part[0]]
        out.extend(Span(a, b, span.entity_type, span.score) if (a, b) != (span.start, span.end) else span
                   for a, b in pieces)
    return out


def _fit(record: str, columns: list[tuple[str, int, int]], offset: int) -> int:
    """How well the columns line up with ``record`` shifted by ``offset`` characters."""
    score = 0
    for kind, start, end in columns:
        cell = record[start + offset:end + offset]
        value = cell.strip()
        if not value:
            continue
        if kind in _DIGIT_COLUMNS:
            score += 1 if value.isdigit() and not cell[0].isspace() else -1
        elif kind in _TEXT_COLUMNS:
            score += 1 if cell[0].isalnum() else -1
    return score


class FixedLayoutRecognizer(EntityRecognizer):
    """The PHI columns of fixed-width records below a layout line."""

    def __init__(self) -> None:
        super().__init__(supported_entities=sorted({*_COLUMNS.values(), "FACILITY"}),
                         name="FixedLayoutRecognizer")

    def load(self) -> None:
        return None

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        if "(" not in text:
            return []
        results: list[RecognizerResult] = []
        for kind, start, end in _cells(text):
            if kind:
                self._add(results, kind, start, end, text)
        layouts = list(_LAYOUT.finditer(text))
        for index, layout in enumerate(layouts):
            stop = layouts[index + 1].start() if index + 1 < len(layouts) else len(text)
            for header in _HEADER.finditer(text, layout.end(), _block_end(text, layout.end(), stop)):
                self._add(results, "FACILITY", header.start("phi"), header.end("phi"), text)
        return results

    @staticmethod
    def _add(results: list[RecognizerResult], kind: str, start: int, end: int, text: str) -> None:
        add_field_value(results, kind, start, end, text, _SCORE)
