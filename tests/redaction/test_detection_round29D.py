"""Round 29 (D): dates, clocks, towns and sites that a cue or a layout marks.

Invented text; each case fails without the round's rules.
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import typed, untouched


@pytest.mark.parametrize(("text", "value"), [
    ("Occupational history form. DOB: 7OCT41   Employer: quarry", "7OCT41"),
    ("Please reply to this complaint by 9SEP24.\n", "9SEP24"),
    ("MOBILE IMAGING RUN SHEET  June 3, 2024  Driver: see roster\n", "June 3, 2024"),
    ("Paged the attending, Dr. Lowe, by 1647. Agreed with plan.", "1647"),
    ("Family updated. Interpreter ended call 0732.\n", "0732"),
    ("Fell from the ladder at about 0915 and struck his head.", "0915"),
    ("#reading-room\n[2241] okafor_b: new study up\n[2250] lee_m: on it\n", "2241"),
])
def test_cued_dates_and_clocks(analyzer: PhiAnalyzer, text: str, value: str) -> None:
    assert value in typed(analyzer, text, "DATE_TIME")


def test_run_sheet_done_column(analyzer: PhiAnalyzer) -> None:
    text = ("Bed | Exam | Ordered by | Done\n12 | CXR port | Lowe MD | 0342\n14 | KUB | Roe NP | 5:10 PM\n"
            "15 | L hip | Roe NP | 1133 hours\n")
    found = typed(analyzer, text, "DATE_TIME")
    assert "0342" in found and "1133 hours" in found


def test_page_count_after_sheet_stays(analyzer: PhiAnalyzer) -> None:
    assert untouched(analyzer, "Flow sheet 2/3 attached; CXR clear.", "2/3")


@pytest.mark.parametrize(("text", "value"), [
    ("Ambulance transport from Grey Harbor arranged for the morning.", "Grey Harbor"),
    ("Her aunt drove her to the visit from Millbrook. Pain 4/10.", "Millbrook"),
    ("Son asks if he can drive back to Elmira tonight after the scan.", "Elmira"),
])
def test_travel_towns(analyzer: PhiAnalyzer, text: str, value: str) -> None:
    assert value in typed(analyzer, text, "CITY")


@pytest.mark.parametrize(("text", "value"), [
    ("Seen this morning at Ashgrove Orthopedic Associates for the heel ulcer.", "Ashgrove Orthopedic Associates"),
    ("Referred by Dr. Lowe of Quillmoor Vascular Surgical Group.", "Quillmoor Vascular Surgical Group"),
    ("IMAGING REGISTRY - ENROLMENT LOG  (Fenwick Hollow Regional)\ndate | subject\n", "Fenwick Hollow Regional"),
    ("Fenwick Hollow Regional - Release of Information\n12 Elm St\n", "Fenwick Hollow Regional"),
])
def test_practice_and_regional_sites(analyzer: PhiAnalyzer, text: str, value: str) -> None:
    assert value in typed(analyzer, text, "FACILITY")


def test_clinical_regional_stays(analyzer: PhiAnalyzer) -> None:
    assert untouched(analyzer, "History of Complex Regional\npain syndrome.", "Complex")
