"""Round 21c: address parts in the positional fields of machine formats — vCard ``ADR``/``N``, X12 ``N3``/``N4``/
``NM1``/``N1`` and interchange times, SQL ``INSERT`` column lists, a YAML address block's second line, the
columns of a fixed-width extract under its layout line, and an iCalendar ``LOCATION`` with escaped commas.

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import typed, untouched


def test_vcard_address_components_and_name_parts(analyzer: PhiAnalyzer) -> None:
    text = ("BEGIN:VCARD\nVERSION:4.0\nN:Quenneville;Odalys;Brisa;;\nFN:Odalys Quenneville\n"
            "ADR;TYPE=home:;Bldg 4;2210 Tamarack Hollow;Marquette;MI;49855;USA\nEND:VCARD\n")
    assert "Marquette" in typed(analyzer, text, "CITY")
    assert "Bldg 4" in typed(analyzer, text, "STREET_ADDRESS")
    assert "2210 Tamarack Hollow" in typed(analyzer, text, "STREET_ADDRESS")
    assert "Brisa" in typed(analyzer, text, "PERSON")
    assert untouched(analyzer, text, "USA")
    assert untouched(analyzer, text, "VERSION")


def test_x12_address_segments_person_names_and_times(analyzer: PhiAnalyzer) -> None:
    text = ("ISA*00*          *00*          *ZZ*SUBMIT9        *ZZ*RCVR4          *240311*1322*^*00501*000000417*0*P*:~"
            "GS*HC*SUBMIT9*RCVR4*20240311*1322*417*X*005010X222A1~BHT*0019*00*5521*20240311*1322*CH~"
            "NM1*IL*1*VORNHOLT*TEAGAN*Q***MI*ZQ4417702~N3*5120 QUARRY BEND RD*UNIT 12~N4*NAMPA*ID*83651~"
            "N1*PE*CINDERFORD SPINE AND JOINT*XX*~SE*9*0001~")
    assert "NAMPA" in typed(analyzer, text, "CITY")
    assert "UNIT 12" in typed(analyzer, text, "STREET_ADDRESS")
    assert "VORNHOLT*TEAGAN*Q" in typed(analyzer, text, "PERSON")
    assert "CINDERFORD SPINE AND JOINT" in typed(analyzer, text, "FACILITY")
    assert "1322" in typed(analyzer, text, "DATE_TIME")
    assert untouched(analyzer, text, "HC*")


def test_sql_insert_columns_name_the_values(analyzer: PhiAnalyzer) -> None:
    text = ("INSERT INTO `patients` (`id`, `sex`, `town`, `street_addr`, `given_name`) VALUES\n"
            "  (7, 'F', 'Chillicothe', '18 Larkspur Cove', 'Wenonah'),\n"
            "  (8, 'M', 'Kokomo', '9 Brambling Row', 'Tavish');\n")
    assert {"Chillicothe", "Kokomo"} <= set(typed(analyzer, text, "CITY"))
    assert "18 Larkspur Cove" in typed(analyzer, text, "STREET_ADDRESS")
    assert "Tavish" in typed(analyzer, text, "PERSON")
    assert untouched(analyzer, text, "'F'")


@pytest.mark.parametrize("unit", ["#12", "Suite 9", "Rm 4C"])
def test_yaml_address_second_line(analyzer: PhiAnalyzer, unit: str) -> None:
    text = f"patient:\n  address:\n    line1: 7 Fenwick Terrace\n    line2: {unit}\n    city: Ogden\n"
    assert unit in typed(analyzer, text, "STREET_ADDRESS")


def test_yaml_line2_outside_an_address_block_is_left(analyzer: PhiAnalyzer) -> None:
    text = "report:\n  header:\n    line2: Suite of sequences reviewed\n"
    assert untouched(analyzer, text, "Suite of sequences")


def _record(kind: str, *cells: tuple[str, int]) -> str:
    return kind + "".join(value.ljust(width) for value, width in cells)


def test_fixed_width_columns_follow_the_layout_line(analyzer: PhiAnalyzer) -> None:
    rows = [("00441277", "QUARRINGTON", "88 Sallowfield Lane", "Bramblecrest", "44201", "71250"),
            ("00441278", "ABERNETHY", "1402 W Osier Ct", "Tallowmead", "44202", "74177")]
    widths = (8, 12, 24, 14, 5, 5)
    text = ("XTRCT9  NIGHTLY PATIENT FEED\n"
            "LAYOUT: ID(1-8) SURN(9-20) STREET(21-44) CITY(45-58) ZIP(59-63) CPT(64-68)\n"
            "H20240311221500WILLOWMERE COUNTY HOSPITAL\n"
            + "".join(_record("R", *zip(row, widths, strict=True)) + "\n" for row in rows)
            + "T00000220240311\n")
    assert {"88 Sallowfield Lane", "1402 W Osier Ct"} <= set(typed(analyzer, text, "STREET_ADDRESS"))
    assert {"Bramblecrest", "Tallowmead"} <= set(typed(analyzer, text, "CITY"))
    assert not untouched(analyzer, text, "WILLOWMERE COUNTY HOSPITAL")
    assert untouched(analyzer, text, "NIGHTLY PATIENT FEED")


def test_icalendar_location_with_escaped_commas(analyzer: PhiAnalyzer) -> None:
    text = ("BEGIN:VEVENT\nSUMMARY:Ultrasound visit\n"
            "LOCATION:Harrowgate Imaging\\, 41 Sedgewick Ave\\, Kettering\\, OH 45429\nEND:VEVENT\n")
    assert "Kettering" in typed(analyzer, text, "CITY")


# ------------------------------------------------------------------ a format's own keywords are no PHI
def test_vcard_and_icalendar_property_names_are_kept(analyzer: PhiAnalyzer) -> None:
    text = ("BEGIN:VCARD\nVERSION:3.0\nN:Abernethy;Colm;;;\nFN:Colm Abernethy\n"
            "ORG:Brackenridge Spine Clinic;Imaging\nADR;TYPE=WORK:;;60 Fallow Rd;Kettering;OH;45429;USA\nEND:VCARD\n"
            "BEGIN:VCALENDAR\nPRODID:-//Brackenridge Spine Clinic//Scheduler//EN\nBEGIN:VEVENT\n"
            "DTSTART;TZID=America/Chicago:20250304T091500\n"
            "ATTENDEE;CN=\"Colm Abernethy\";PARTSTAT=ACCEPTED:mailto:colm@example.org\nEND:VEVENT\nEND:VCALENDAR\n")
    for word in ("ORG", "ADR", "PRODID", "TZID", "PARTSTAT", "DTSTART"):
        assert untouched(analyzer, text, word), word


def test_markdown_header_row_labels_are_kept(analyzer: PhiAnalyzer) -> None:
    text = ("| Case | Name | Result | Concordance |\n| --- | --- | --- | --- |\n"
            "| 2 | Ilse Brandvold | fibroadenoma | benign |\n")
    assert untouched(analyzer, text, "Concordance")
    assert "Ilse Brandvold" in typed(analyzer, text, "PERSON")


def test_fixed_width_plain_columns_stay_readable(analyzer: PhiAnalyzer) -> None:
    widths = (8, 8, 1, 18, 2, 5)
    text = ("LAYOUT: ID(1-8) DOB(9-16) SEX(17-17) STREET(18-35) ST(36-37) CPT(38-42)\n"
            + _record("D", *zip(("00441277", "19480917", "F", "612 Harrow Bend", "OH", "74177"), widths, strict=True))
            + "\n")
    assert not untouched(analyzer, text, "19480917")
    assert not untouched(analyzer, text, "612 Harrow Bend")
    assert untouched(analyzer, text, "F612"[0])
    assert untouched(analyzer, text, "74177")


@pytest.mark.parametrize(("text", "generic"), [
    ("Sincerely,\n\nOrla Penhallow, PhD, DABR\nDiagnostic Medical Physics\nopen@example.org\n",
     "Diagnostic Medical Physics"),
    ("Wound Clinic Visit\nPt: Bram Okoro\n", "Wound Clinic"),
])
def test_service_names_without_a_proper_name_are_kept(analyzer: PhiAnalyzer, text: str, generic: str) -> None:
    assert untouched(analyzer, text, generic)
    assert not untouched(analyzer, text, "Penhallow" if "Penhallow" in text else "Okoro")


def test_prose_below_a_fixed_width_block_is_not_cut_into_columns(analyzer: PhiAnalyzer) -> None:
    widths = (8, 12, 24)
    text = ("LAYOUT: ID(1-8) SURN(9-20) STREET(21-44)\n"
            + _record("D", *zip(("00441277", "QUARRINGTON", "88 Sallowfield Lane"), widths, strict=True))
            + "\n\nComments: the nightly feed was rerun after the interface queue stalled overnight again.\n")
    assert not untouched(analyzer, text, "88 Sallowfield Lane")
    assert untouched(analyzer, text, "interface queue stalled")
