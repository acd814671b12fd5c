"""Round 20b: a results-tracking letter's "tracking ID" (the patient's record, not a parcel), an age after a dash or
pipe label ("AGE - 93"), an ILO profusion grade that a date pattern read as a month/day, and numbers that name no
patient: a core lab's data-clarification query and an IT service desk's incident ticket.

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, masked


# ------------------------------------------------------------------ a letter's tracking ID is the patient's record
@pytest.mark.parametrize("value", ["KX30417726", "4410-552937", "903318824470"])
def test_results_tracking_id_is_masked_but_a_courier_number_is_not(analyzer: PhiAnalyzer, value: str) -> None:
    text = ("Your follow-up imaging is overdue; please book it soon.\n"
            f"Reminder 2 of 3 | tracking ID {value}\nNavigator: Odile Brandt, RN\n"
            "Films returned by UPS tracking # 1Z55X0183 (box 2 of 2).\n")
    check(analyzer, text, [value])
    mask = masked(analyzer, text)
    start = text.index("1Z55X0183")
    assert not any(mask[start:start + 9]), "the parcel's tracking number was masked"


# ------------------------------------------------------------------ an age after a dash or pipe label
@pytest.mark.parametrize("line", ["AGE - 93", "Age | 97", "Age - 94    Next of kin - Jory Castell (niece)"])
def test_dash_or_pipe_labelled_age_is_masked_and_a_younger_one_kept(analyzer: PhiAnalyzer, line: str) -> None:
    age = line.split()[2]
    text = (f"Authorization call notes\nDONOR - Ilse Marwick\n{line}\nMRN - Q4410392\n\n"
            "DONOR - Pim Kastelein\nAGE - 67\nMRN - Q4410977\n")
    check(analyzer, text, [age], keep=["67"])


# ------------------------------------------------------------------ ILO profusion grades are no dates
@pytest.mark.parametrize("grade", ["profusion 1/1", "ILO 2/1", "ILO category 1/2"])
def test_ilo_profusion_grade_is_kept_and_a_month_day_masked(analyzer: PhiAnalyzer, grade: str) -> None:
    text = (f"Surveillance chest film for Mr. Tennant: small opacities in both lower zones, {grade}.\n"
            "Pleural thickening is unchanged. Follow-up film booked for 3/2 at the west campus.\n")
    check(analyzer, text, ["Tennant", "3/2"], keep=[grade])


# ------------------------------------------------------------------ numbers that name no patient
@pytest.mark.parametrize("line", ["READING CENTER QUERY  R-60813", "Independent Reader Query / DCF  R-60813",
                                  "Data Clarification Form  R-60813"])
def test_core_lab_query_number_is_not_masked(analyzer: PhiAnalyzer, line: str) -> None:
    text = f"{line}\nSubject ID: 318-4471\nPlease confirm the baseline target lesion.\n"
    mask = masked(analyzer, text)
    start = text.index("R-60813")
    assert not any(mask[start:start + 7]), "the query's own number was masked"


def test_service_desk_incident_number_is_not_masked(analyzer: PhiAnalyzer) -> None:
    text = "PACS Support Chat INC0731942\nStarted 08:14\n...\nChat closed. Ticket INC0731942 resolved.\n"
    mask = masked(analyzer, text)
    for start in (text.index("INC0731942"), text.rindex("INC0731942")):
        assert not any(mask[start:start + 10]), "the help-desk incident number was masked"
