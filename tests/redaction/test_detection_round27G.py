"""Round 27 (G): people in checklists, device-return logs, prep sheets and line-placement notes.

Invented text; each case fails without the round's rules.
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from redaction.recognizers.label_people import RecordFieldNameRecognizer
from tests.redaction.test_detection import check, untouched


@pytest.mark.parametrize(("text", "phi"), [
    ("[x] Lead apron check before fluoroscopy — 5/14/25 Q.R.N.\n", ["Q.R.N."]),
    ("(done) Gadolinium screening questionnaire — 9/3 init. O.V.T.\n", ["O.V.T."]),
])
def test_checklist_sign_off_initials_after_a_date(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "phi"), [
    ("Unit returns\n  returned: 3/3/25 10:10\n  patient: BROOK, Summer\n  device_sn: XQ-1182\n", ["BROOK, Summer"]),
    ("Unit returns\n  returned: 3/3/25 10:10\n  patient: Cotton\n  device_sn: XQ-1182\n", ["Cotton"]),
])
def test_record_person_fields_without_a_plain_colon(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize("text", ["Patient     Ready\n", "Patient | Male\n", "Patient     Consent Obtained\n",
                                  "Name = Not Given\n"])
def test_record_person_field_status_words_are_no_names(text: str) -> None:
    found = RecordFieldNameRecognizer().analyze(text, ["PERSON"])
    assert found == []


@pytest.mark.parametrize(("text", "phi"), [
    ("Read by Ember Q Lintel, MD; called to Chase at 1:31 PM on +1 971 555 0100\n", ["Chase"]),
    ("HOLTER MONITOR RETURNS\nChecked in by Sunny\n\nreturned,patient,device_sn\n", ["Sunny"]),
])
def test_logged_people_by_their_log_position(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


def test_log_checked_in_by_a_desk_is_no_person(analyzer: PhiAnalyzer) -> None:
    text = "RETURNED HOLTER MONITORS\nChecked in by Front Desk\n"
    assert untouched(analyzer, text, "Front Desk")


@pytest.mark.parametrize(("text", "phi"), [
    ("BOWEL PREP\nBROOK, Summer / MRN QX55120 / Age 71\nAppointment at 9 AM", ["BROOK, Summer"]),
    ("BOWEL PREP\nVAN DAMME, Otto / DOB 3/4/51\nAppointment at 9 AM", ["VAN DAMME, Otto"]),
])
def test_prep_sheet_header_inverted_name_before_labelled_number(analyzer: PhiAnalyzer, text: str,
                                                                phi: list[str]) -> None:
    check(analyzer, text, phi)
