"""Round 21a: people whose surname is an eponym or an everyday word, found by their place in a layout: a log whose
rows hold one cell more than its header (the header labels the last columns, "... Serial  IR MD"), a capitals name
after a person label and a dash, a bar or a tab ("Name - DOE, JANE A", "PATIENT | JOHN STONE"), an electronic
signature written surname first ("/s/ Doe, Jane (MD)") and a staff member after an administrative role.

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, typed, untouched

_SHIFTED_LOG = (
    "Embolization Registry - Enrollment\n\n"
    "Case{d}Init{d}MRN{d}Enrolled{d}Coil lot{d}Operator MD\n"
    "04-311{d}TQB{d}Q. Bramwell{d}MR448120{d}03/02/2025{d}CL-55120{d}Paget\n"
    "06-108{d}OLN{d}Lindgren, Oskar{d}71620953{d}04/11/2025{d}CL-55188{d}Graves\n"
    "02-517{d}HMS{d}M. Sorvino{d}E7710452{d}05/19/2025{d}CL-56002{d}Addison\n"
)


@pytest.mark.parametrize("delimiter", ["  ", " | ", "\t"])
def test_log_rows_with_one_cell_more_than_the_header(analyzer: PhiAnalyzer, delimiter: str) -> None:
    text = _SHIFTED_LOG.format(d=delimiter)
    check(analyzer, text, ["Paget", "Graves", "Addison", "Q. Bramwell", "Lindgren, Oskar"])


def test_a_csv_row_with_an_extra_cell_is_not_realigned(analyzer: PhiAnalyzer) -> None:
    text = "Case,Init,MRN,Enrolled,Operator MD\n04-311,TQB,MR448120,03/02/2025,Okafor,note\n" \
           "06-108,OLN,71620953,04/11/2025,Paget,late\n"
    assert untouched(analyzer, text, "late")


@pytest.mark.parametrize(("text", "phi"), [
    ("Adult Protective Services\nName - WHITTAKER, DOLORES J    Age - 81\nDOB - 3/3/1944\n",
     ["WHITTAKER, DOLORES J"]),
    ("EXAMINATION ORDERED BY COURT\nDOCKET - 25-CV-1120\nSUBJECT - PUALANI, NOELANI A\n",
     ["PUALANI, NOELANI A"]),
    ("TRAVEL SCHEDULE\nPATIENT | HAROLD PARKINSON\nDOB | 02.03.1960\n", ["HAROLD PARKINSON"]),
    ("Client\tMARGARET CUSHING\nDOB\t04/05/1949\n", ["MARGARET CUSHING"]),
])
def test_capitals_name_after_a_person_label_and_a_dash_bar_or_tab(analyzer: PhiAnalyzer, text: str,
                                                                  phi: list[str]) -> None:
    check(analyzer, text, phi)
    assert phi[0] in typed(analyzer, text, "PERSON")  # one name, not its words apart


@pytest.mark.parametrize(("text", "word"), [
    ("TRAVEL SCHEDULE\nPATIENT | NOT GIVEN\nDOB | 02.03.1960\n", "NOT GIVEN"),
    ("INTAKE\nSUBJECT - CT HEAD\n", "CT HEAD"),
])
def test_no_name_after_a_person_label(analyzer: PhiAnalyzer, text: str, word: str) -> None:
    assert untouched(analyzer, text, word)


def test_slash_signature_surname_first(analyzer: PhiAnalyzer) -> None:
    text = "Questions? Call 802-555-0199.\n\nSincerely,\n/s/ Golshiri, Parvati (MD)\nDirector, Breast Imaging\n"
    assert "Golshiri, Parvati" in typed(analyzer, text, "PERSON")


@pytest.mark.parametrize(("text", "phi"), [
    ("[09:41] Lee, Dana: escalating to PACS admin Harold Wilson - imaging.help@example.org\n", ["Harold Wilson"]),
    ("[09:41] Lee, Dana: escalating to PACS admin Rosalba Cushing - imaging.help@example.org\n", ["Rosalba Cushing"]),
    ("Forwarded to the scheduling coordinator Maria Baker for a new slot.", ["Maria Baker"]),
])
def test_staff_member_after_an_administrative_role(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


def test_role_before_a_department_is_no_name(analyzer: PhiAnalyzer) -> None:
    text = "Please contact the administrator Grace Office about the invoice."
    assert untouched(analyzer, text, "Office")


@pytest.mark.parametrize(("text", "word"), [
    ("A copy has been sent to Tamsin Okoro, Safety Manager at (806) 555-0177.", "Safety Manager"),
    ("Sincerely,\n/s/ Okafor, Tamsin (MD)\nDirector, Women's Imaging\nLetter ID 55120\n", "Director, Women"),
    ("VOICEMAIL TRANSCRIPTS - Imaging Front Desk Line 2\n\nMsg 1 | from 218-555-0100\n", "VOICEMAIL TRANSCRIPTS"),
    ("Resident Moonlighting Timesheet\nRESIDENT: Tamsin Okoro    PAY PERIOD: 7/27 to 08/09/2025\n",
     "Moonlighting Timesheet"),
    ("[2025-03-14T23:02:38] caller ID: (806) 555-0143\n", "ID"),
])
def test_role_form_and_log_words_are_no_names(analyzer: PhiAnalyzer, text: str, word: str) -> None:
    assert untouched(analyzer, text, word)


def test_judge_title_is_not_part_of_the_name(analyzer: PhiAnalyzer) -> None:
    text = "DOB: 5/26/1988    Ordered by: Judge Tamsin Okoro\n"
    assert untouched(analyzer, text, "Judge")
    check(analyzer, text, ["Tamsin Okoro"])


@pytest.mark.parametrize(("text", "word"), [
    ("TIMEPOINT | Bsaeline\nREADER | T. Okoro\n", "Bsaeline"),
    ("Event review\nUnit | Magent 3 (1.5T), bore 70 cm\n", "Magent"),
])
def test_a_lone_mistyped_word_is_no_name(analyzer: PhiAnalyzer, text: str, word: str) -> None:
    assert untouched(analyzer, text, word)
