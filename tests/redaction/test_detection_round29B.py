"""Round 29 (B): people that prose places by a role, a visit, a call, a relative, a title, a legal heading, an age,
a credential or a photo's file name, in any spelling (initials, lower case, capitals, surname first).

Invented text; each case fails without the round's rules.
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check


@pytest.mark.parametrize(("text", "phi"), [
    ("Team physician note. Athletic trainer HOLLOWAY pulled her; coach Mason, Tomasz reported a brief daze.",
     ["HOLLOWAY", "Mason, Tomasz"]),
    ("Plan agreed. Dosimetrist KT Brandt to contour by Friday.", ["KT Brandt"]),
    ("Reached the family with Tagalog interpreter noor quinlan (ID #4471) to go over the prep.", ["noor quinlan"]),
])
def test_role_before_what_the_person_did(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "phi"), [
    ("Chaplaincy\n\nVisited TJ Okafor in the MRI waiting room at the request of family.", ["TJ Okafor"]),
    ("Consent\n\nToday I met with WB Sharp, a 68yo, and his brother in the holding bay.", ["WB Sharp"]),
    ("Phone note\nCalled pt ingrid solberg at 555-0142 about the prep.", ["ingrid solberg"]),
    ("Vascular clinic saw linnea brandt (MRN 55120044) this afternoon.", ["linnea brandt"]),
])
def test_visit_meeting_or_call(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "phi"), [
    ("He was driven home. Dad (ingmar solberg) wants the report mailed.", ["ingmar solberg"]),
    ("Her pastor, Rev. tobias quill, will visit tomorrow.", ["tobias quill"]),
    ("The risks were reviewed at length. Dawn will be the contact at 555-0100.", ["Dawn"]),
    ("The risks were reviewed at length. Will asked whether the scan could wait a week.", ["Will"]),
])
def test_relative_title_or_sentence_subject(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "phi"), [
    ("Re: Subpoena duces tecum dated 3/2/2025; Matter of KB Quillfeather\n\nDear Counsel:", ["KB Quillfeather"]),
    ("Re: Records request; In re Frost, June\n", ["Frost, June"]),
    ("I have copied my attorney, JS Pruitt. Please reply by mail.", ["JS Pruitt"]),
    ("The receptionist, I believe her name was Grace, said to wait.", ["Grace"]),
])
def test_legal_heading_lawyer_or_named_staff(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "phi"), [
    ("Sports concussion summary\n\nMASON, a 19-year-old rugby player, was struck.", ["MASON"]),
    ("Yours truly,\n\nKB Okafor, Esq.\n12 Elm Road", ["KB Okafor"]),
    ("Will follow up next week.\n\n- Chaplain QUILL, TOBIAS R, M.Div.\n", ["QUILL, TOBIAS R"]),
])
def test_name_opening_a_line_on_its_age_or_credential(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "phi"), [
    ("I saved the images as brandt_linnea_dorsal_03.jpg for review.", ["brandt_linnea"]),
    ("Subject: pics for CHURCH ankle - cellulitis?\n", ["CHURCH"]),
])
def test_photo_file_or_subject_named_after_the_person(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "keep"), [
    ("Athletic trainer Concussion Protocol reported as followed.", ["Concussion Protocol"]),
    ("Wound clinic saw mild improvement in the ulcer.", ["mild improvement"]),
    ("I saved the images as right_foot_plantar_02.jpg for review.", ["right_foot"]),
])
def test_clinical_words_after_the_cues_stay(analyzer: PhiAnalyzer, text: str, keep: list[str]) -> None:
    check(analyzer, text, [], keep)
