"""Round 21d: people in machine formats, found by the format's grammar rather than the words: X12 ``NM1`` person
segments and ``PER`` contacts, vCard ``N``/``FN``/``NICKNAME``, iCalendar ``CN=``, key=value log fields, SQL
``INSERT`` rows (by their column list, or a ``'Last, First'`` value) and fixed-width records under a layout line
(after the merge with rounds 21c/21e these run through ``x12.py``, ``record_fields.py``, ``fixed_layouts.py`` and
``machine_names.py``: one reader per format).

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from redaction.recognizers._name_fields import person_field
from tests.redaction.test_detection import check, typed, untouched


@pytest.mark.parametrize("sep", ["~\n", "~"])
def test_x12_person_segments(analyzer: PhiAnalyzer, sep: str) -> None:
    segments = ["ST*837*0001*005010X222A1", "NM1*41*2*MAPLE CREST IMAGING*****46*QX901",
                "PER*IC*ODALYS FENWICK*TE*5555550142", "PER*IC*BILLING OFFICE*TE*5555550143",
                "NM1*IL*1*HILL*MARGO*T***MI*QZ88120455", "NM1*DN*1*YOUNG*BRAM", "NM1*82*1*VAN DER POL*ISKA*R",
                "SV1*HC:71250:26*410*UN*1***1", "SE*8*0001"]
    text = sep.join(segments) + "~\n"
    check(analyzer, text, ["ODALYS FENWICK", "HILL*MARGO*T", "YOUNG*BRAM", "VAN DER POL*ISKA*R"])
    assert untouched(analyzer, text, "BILLING OFFICE")


def test_vcard_name_parts(analyzer: PhiAnalyzer) -> None:
    text = ("BEGIN:VCARD\nVERSION:3.0\nN:Bell;Orla;Wren;Dr.;\nFN:Orla W. Bell, MD\nNICKNAME:Birdie\n"
            "TITLE:Radiologist\nEND:VCARD\nBEGIN:VCARD\nVERSION:4.0\nN:Ha;Minh;;;\nFN:Minh Ha, CWOCN\n"
            "END:VCARD\n")
    check(analyzer, text, ["Bell", "Orla", "Wren", "Orla W. Bell", "Birdie", "Ha", "Minh"])
    assert untouched(analyzer, text, "MD\n")


def test_calendar_organizer_and_attendee(analyzer: PhiAnalyzer) -> None:
    text = ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:MRI appointment\r\n"
            "ORGANIZER;CN=Pell Ashdown:mailto:scheduling@example.org\r\n"
            "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=\"Lark Young\";PARTSTAT=ACCEPTED:mailto:lyoung@example.net\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n")
    check(analyzer, text, ["Pell Ashdown", "Lark Young"])


def test_key_value_log_people(analyzer: PhiAnalyzer) -> None:
    text = ("2025-03-02T10:11:12Z INFO worklist event=query station=MR2 user=rowan.hill rows=4\n"
            "2025-03-02T10:12:40Z INFO router event=report.final signer=\"Hart, Wendell\" status=F\n"
            "2025-03-02T10:13:05Z INFO sync event=login user=svc.backup host=app.local\n")
    check(analyzer, text, ["rowan.hill", "Hart, Wendell"])
    assert untouched(analyzer, text, "svc.backup")


def test_sql_rows_by_column_list_and_by_shape(analyzer: PhiAnalyzer) -> None:
    text = ("INSERT INTO `patient` (`mrn`, `city`, `last_name`, `birth_date`, `first_name`) VALUES "
            "('QX55102', 'Reno', 'Long', '1950-02-03', 'Dell');\n"
            "INSERT INTO exam_order (accession_no, ordering_md, status) VALUES\n"
            "  ('AX-20911', 'Stone, Faye', 'F'),\n  ('AX-20912', 'FROST, ABEL Q', 'P');\n"
            "INSERT INTO audit VALUES (40112, 'Marsh, Tobin', 'VIEW', '10.1.2.3');\n")
    check(analyzer, text, ["Long", "Dell", "Stone, Faye", "FROST, ABEL Q", "Marsh, Tobin"])
    assert "Reno" not in typed(analyzer, text, "PERSON")


_FIXED = ("NIGHTLY EXTRACT\n"
          "LAYOUT: MRN(1-8) LAST(9-20) FIRST(21-30) DOB(31-38) CPT(39-43)\n"
          "{p}QM40211 {last:<12}{first:<10}1961040271250\n"
          "{p}QM40987 {last2:<12}{first2:<10}1977120574177\n")


@pytest.mark.parametrize("prefix", ["D", ""])
def test_fixed_width_name_columns(analyzer: PhiAnalyzer, prefix: str) -> None:
    text = _FIXED.format(p=prefix, last="PAGET", first="WILLA", last2="BAKER", first2="JUN")
    check(analyzer, text, ["PAGET", "WILLA", "BAKER", "JUN"])


@pytest.mark.parametrize(("name", "expected"), [
    ("last_name", True), ("ordering_md", True), ("signed_by", True), ("user", True), ("facility_name", False),
    ("signed_at", False), ("ref_md_npi", False), ("last_update", False), ("first_seen", False),
])
def test_person_field_names(name: str, expected: bool) -> None:
    assert person_field(name) is expected
