"""Round 17b: identifiers whose prefix is a label (mass-casualty triage tags), CSV rows whose person cell holds
an unquoted "Surname, F.", decision-support session ids, appropriateness scores and breast quadrants that
are no site's initials, and numbers that name a parcel, not a patient.

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, masked


# ------------------------------------------------------------------ mass-casualty triage tags
@pytest.mark.parametrize("line", ["MCI-5821 | QUILL, ADA | 41Y | RED | CT head | 02:10 | SDH",
                                  "Tag MCI 5821 assigned at the ramp; CT head ordered.",
                                  "Triage tag 5821 arrived by helicopter, CT head ordered."])
def test_triage_tag_digits_are_masked(analyzer: PhiAnalyzer, line: str) -> None:
    check(analyzer, line, ["5821"])


def test_triage_tag_prefix_is_a_label(analyzer: PhiAnalyzer) -> None:
    text = "MCI-7310 | TRAUMA, ECHO 12 | 30Y | YEL | XR pelvis | 14:02 | no fx\n"
    mask = masked(analyzer, text)
    assert not any(mask[0:4]), "the MCI- label was masked"
    assert all(mask[4:8]), "the tag number was not masked"


# ------------------------------------------------------------------ CSV rows with "Surname, F." in a person column
def test_csv_row_with_unquoted_initials_keeps_its_columns(analyzer: PhiAnalyzer) -> None:
    text = ("when,ordering_provider,patient,mrn,exam,indication,score,session\n"
            "2024-02-03T10:11:12,Marwick, T.,QUILL^ADA^B,5518203,CT head,syncope,AUC 8 appropriate,730551920418\n"
            "2024-02-04T11:12:13,Okafor, R. J.,TENNANT^LIV,602-19-44,MRI knee,pain,AUC 3 rarely appropriate,"
            "318840275516\n")
    check(analyzer, text, ["Marwick, T.", "5518203", "730551920418", "Okafor, R. J.", "602-19-44", "318840275516"],
          keep=["AUC 8 appropriate", "AUC 3 rarely appropriate"])


def test_session_column_is_an_identifier(analyzer: PhiAnalyzer) -> None:
    text = ("patient\tmrn\tsession\tresult\n"
            "QUILL^ADA\tMR55120\t9931\tadheres\n")
    check(analyzer, text, ["9931"])


# ------------------------------------------------------------------ scores and quadrants are no site's initials
@pytest.mark.parametrize("term", ["AUC 6 appropriate", "breast, LIQ", "breast, UIQ", "CDSM"])
def test_appropriateness_scores_and_quadrants_are_kept(analyzer: PhiAnalyzer, term: str) -> None:
    text = f"Consultation by the qualified CDSM returned for Ms. Tennant: {term} noted on the order.\n"
    check(analyzer, text, ["Tennant"], keep=[term])


# ------------------------------------------------------------------ numbers that are no patient's
def test_courier_tracking_number_is_not_masked(analyzer: PhiAnalyzer) -> None:
    text = "# shipped 2024-05-06  courier_tracking=1Z883104  box 3 of 4\n"
    mask = masked(analyzer, text)
    start = text.index("1Z883104")
    assert not any(mask[start:start + 8]), "the parcel's tracking number was masked"


def test_label_words_before_a_value_are_not_part_of_it(analyzer: PhiAnalyzer) -> None:
    text = "Visit ID 31-MR-55120 opened.\nPayer: Lakeview Medicaid HMO 771-2290-18B\n"
    check(analyzer, text, ["31-MR-55120", "771-2290-18B"])
    mask = masked(analyzer, text)
    for word in ("ID 3", "HMO"):
        start = text.index(word)
        assert not any(mask[start:start + 2]), f"{word!r} was masked with its value"


# ------------------------------------------------------------------ what a link is sent to; a bracketed phone
def test_system_a_link_is_sent_to_is_no_person(analyzer: PhiAnalyzer) -> None:
    text = "Images sent to harborside nightrad https://viewer.example.org/cases/QX4471902\n"
    mask = masked(analyzer, text)
    start = text.index("harborside nightrad")
    assert not any(mask[start:start + len("harborside nightrad")]), "the receiving system was masked as a name"
    check(analyzer, text, ["https://viewer.example.org/cases/QX4471902"])


def test_phone_in_brackets_leaves_the_bracket(analyzer: PhiAnalyzer) -> None:
    text = "Accompanied by: aunt Tove Marwick (614.555.0193)\n"
    check(analyzer, text, ["614.555.0193", "Tove Marwick"])
    mask = masked(analyzer, text)
    assert not mask[text.index("(")], "the opening bracket was masked with the phone"
