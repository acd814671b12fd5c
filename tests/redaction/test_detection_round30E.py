"""Round 30 (E): DICOM Age Strings with their unit, ages said as an aside, accessions read out character by
character, veterans' homes and outpatient letterheads, and staff named by a ward role or a board column.

Invented text; each case fails without the round's rules.
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import typed, untouched


def test_dicom_age_string_with_unit(analyzer: PhiAnalyzer) -> None:
    text = "(0010,0010) PN [QUILL^ADA]\n(0010,1010) AS [096Y]\n(0008,0060) CS [CT]\n"
    assert "096Y" in typed(analyzer, text, "AGE_OVER_89")


@pytest.mark.parametrize(("text", "value"), [
    ("The biopsy was deferred because the patient, now 96, declined sedation.", "96"),
    ("Transport was refused; she, aged 101, preferred to stay home.", "101"),
])
def test_age_as_an_aside(analyzer: PhiAnalyzer, text: str, value: str) -> None:
    assert value in typed(analyzer, text, "AGE_OVER_89")


def test_younger_aside_stays(analyzer: PhiAnalyzer) -> None:
    assert untouched(analyzer, "The patient, now 67, could not travel for the scan.", "67")


def test_accession_read_out(analyzer: PhiAnalyzer) -> None:
    text = "left a message, accession is 2 5 M R 4 4 1 0 9 i think, please call back"
    assert "2 5 M R 4 4 1 0 9" in typed(analyzer, text, "ACCESSION")


@pytest.mark.parametrize(("text", "value"), [
    ("Transferred from Lakeview Veterans Home on the morning shuttle.", "Lakeview Veterans Home"),
    ("PINE HOLLOW OUTPATIENT RADIOLOGY\nDepartment of Radiology · 12 Oak St\n", "PINE HOLLOW OUTPATIENT RADIOLOGY"),
])
def test_homes_and_outpatient_letterheads(analyzer: PhiAnalyzer, text: str, value: str) -> None:
    assert value in typed(analyzer, text, "FACILITY")


def test_outpatient_service_stays(analyzer: PhiAnalyzer) -> None:
    assert untouched(analyzer, "Hours posted for DIAGNOSTIC OUTPATIENT RADIOLOGY this week.", "DIAGNOSTIC")


@pytest.mark.parametrize(("text", "value"), [
    ("Slipped stepping off the table; transporter Oksana witnessed. No LOC.", "Oksana"),
    ("Family called at 5 PM. Charge RN Whitcombe notified at 5:20 PM.", "Whitcombe"),
    ("RM    PATIENT     EXAM     TRANSPORTER   STATUS\n2B07  Quill  CT head  WC  -  Ana-Maria Loft  picked up 09:14\n",
     "Ana-Maria Loft"),
])
def test_staff_by_role_and_board_column(analyzer: PhiAnalyzer, text: str, value: str) -> None:
    assert value in typed(analyzer, text, "PERSON")
