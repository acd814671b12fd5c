"""Round 37 (G): day-first dates with a two-digit year, dotted clock times in a log's time column, lower-case
chat dates, an ambulance dispatch (CAD) incident number, a spaced Medicare card number, a spaced UK mobile and
a unit record / hospital number. Each with a look-alike that stays.

Invented text.
"""

from __future__ import annotations

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, typed, untouched


def test_day_first_short_year(analyzer: PhiAnalyzer) -> None:
    text = "Physio block: 19/5/24 to 28/8/24. Split volumes 15/10/100 mL. Level C5/6 spared.\n"
    check(analyzer, text, ["19/5/24", "28/8/24"])
    assert untouched(analyzer, text, "15/10/100")
    assert untouched(analyzer, text, "C5/6")


def test_dotted_time_after_date_in_log(analyzer: PhiAnalyzer) -> None:
    text = ("Date | Time | Note\n11.02.2024 | 14.25 | Found sitting on floor, no injury.\n"
            "12/2/24\t07.50\tBreakfast eaten.\n")
    check(analyzer, text, ["14.25", "07.50"])
    other = "Scan 11.02.2024 12.50 mSv total; lesion 03/04/2024 14.25 mm.\n"
    assert untouched(analyzer, other, "12.50 mSv")
    assert untouched(analyzer, other, "14.25 mm")


def test_lower_case_chat_date(analyzer: PhiAnalyzer) -> None:
    text = "can you bring her to the hall tuesday 21st october after school?\n"
    check(analyzer, text, ["tuesday 21st october"])
    assert untouched(analyzer, "the 3rd ray of the left foot is fine\n", "3rd ray")


def test_dispatch_incident_number(analyzer: PhiAnalyzer) -> None:
    text = "PATIENT CARE RECORD\nCAD / incident no:  CAD41200587\nDate: 2/3/24\n"
    check(analyzer, text, ["CAD41200587"])
    safety = "SAFETY EVENT REPORT\nIncident no: SE4471020\nMRI door left open.\n"
    assert untouched(analyzer, safety, "SE4471020")


def test_spaced_medicare_number(analyzer: PhiAnalyzer) -> None:
    text = "Medicare - 4207 31658 2\nProtocol: CT chest 1.25 mm slices\n"
    assert typed(analyzer, text, "HEALTH_PLAN_ID") == ["4207 31658 2"]
    assert untouched(analyzer, text, "1.25 mm")


def test_spaced_uk_mobile(analyzer: PhiAnalyzer) -> None:
    text = "Daughter informed on 07700 900 4418 this morning.\n"
    check(analyzer, text, ["07700 900 4418"])
    assert untouched(analyzer, "Dose 07 mg given at 10 min intervals.\n", "07 mg")


def test_record_numbers(analyzer: PhiAnalyzer) -> None:
    text = "URN: KMH40217\nWard: 4B\nAlso my hospital number is TRW5532, she said.\n"
    assert typed(analyzer, text, "MRN") == ["KMH40217", "TRW5532"]
    assert untouched(analyzer, "The hospital number is on the wristband.\n", "wristband")
