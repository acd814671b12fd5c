"""Round 28 (L): people that letters and clinic notes name in prose, often with everyday words for names
(a bereavement letter's baby, a school letter's pupil, a clinic note's patient line and age sentence).

Invented text; each case fails without the round's rules.
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check


@pytest.mark.parametrize(("text", "phi"), [
    ("We are deeply sorry for the loss of your baby Meadow. Nothing we write can ease that.\n", ["Meadow"]),
    ("The photographs of your baby girl Summer are in the memory box.\n", ["Summer"]),
])
def test_a_child_named_after_the_parents_word_for_it(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "phi"), [
    ("Dear Coach,\n\nBrindle was seen in our clinic on 4/2/2025 for a wrist sprain.\n", ["Brindle"]),
    ("To whom it may concern. Ivy was seen in the department today.\n", ["Ivy"]),
])
def test_the_person_a_clinic_letter_is_about(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "phi"), [
    ("Pt QUILLFEATHER, FAITH - 03/14/2024\n\nHPI: skin lesion.\n", ["QUILLFEATHER, FAITH"]),
    ("Pt Brackenridge, June - Acc 88.1204\n", ["Brackenridge, June"]),
])
def test_a_patient_line_written_surname_first(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "phi"), [
    ("Indication: Faith is a 71 years old retired baker with dysphagia.\n", ["Faith"]),
    ("History: Grant is a 58 y/o man with a changing mole.\n", ["Grant"]),
    ("Reason for referral: Peg is a 64-year-old woman with a failing fistula.\n", ["Peg"]),
])
def test_a_section_opening_on_a_name_then_an_age(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "phi"), [
    ("Dearest Lark and Tobiah,\n\nWe write with the results.\n", ["Lark"]),
    ("I have reviewed Le's imaging from 2019 to 2024.\n", ["Le"]),
    ("At the anatomy scan on March 3, 2025, Grant noted a small cyst in the left kidney.\n", ["Grant"]),
    ("Faith, our bereavement midwife, will call you next week.\n", ["Faith"]),
    ("Results were explained. His partner Pet Sorrel came to hear them.\n", ["Pet Sorrel"]),
    ("She came with her parent, Pet Oduya. Films were reviewed.\n", ["Pet Oduya"]),
    ("Clinic review today. Merriweather's cast should stay dry for two weeks.\n", ["Merriweather"]),
])
def test_people_named_by_a_letter_s_phrasing(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)

