"""Round 26E: patient-experience and infection-control credentials kept; a breast-density letter grade ending a
sentence is no initial; an age after a case label is no account; death-investigation titles, roster, interview
and volunteer headings, a coach's title, a letter's "Re" and public holidays are no names; a surname's lower-case
particle is not spread to a capitalised word.

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, typed, untouched


def test_experience_and_infection_credentials_are_kept(analyzer: PhiAnalyzer) -> None:
    text = ("Liaison: Rosalind T. Okonkwo-Baird, CPXP\nReviewed the complaint with the family.\n"
            "Walkthrough 2025-06-02 | by Emrys Penwarden, CIC\n")
    check(analyzer, text, ["Rosalind T. Okonkwo-Baird", "Emrys Penwarden"], keep=["CPXP", "CIC"])


@pytest.mark.parametrize("text", [
    "Prior exam: BI-RADS 2; ACR density D. Alternative imaging was offered by phone.\n",
    "Mammogram: BI-RADS 1, ACR density B. Continued screening in one year.\n",
])
def test_density_grade_closing_a_sentence_is_kept(analyzer: PhiAnalyzer, text: str) -> None:
    grade = text[text.index("density"):text.index("density") + 9]
    assert untouched(analyzer, text, grade)
    assert typed(analyzer, text, "PERSON") == []


def test_density_grade_before_a_name_leaves_the_name(analyzer: PhiAnalyzer) -> None:
    text = "Comparison: BI-RADS 3; ACR density C. Wilhelmina's nephew Osric Thornbury phoned at noon.\n"
    check(analyzer, text, ["Wilhelmina", "Osric Thornbury"], keep=["ACR density C"])


@pytest.mark.parametrize(("text", "age"), [
    ("Teaching slot 2\nPractice case: 58Y with a Bosniak IIF cyst of the left kidney.\n", "58Y"),
    ("Teaching slot 3\nPractice case: 27-year-old with a scaphoid waist fracture.\n", "27-year-old"),
])
def test_age_after_a_case_label_is_kept(analyzer: PhiAnalyzer, text: str, age: str) -> None:
    assert untouched(analyzer, text, age)


@pytest.mark.parametrize(("text", "title"), [
    ("Please phone Investigator R. Quillfeather at 555-0100.\nOswin B. Quillfeather, Forensic Pathologist\n",
     "Forensic Pathologist"),
    ("Coroner's Office\n41 Birchmead Rd, Unit 2, Ashcombe Vale, OR 97000\nFile CX-19-2207\n", "Coroner"),
])
def test_death_investigation_titles_are_no_names(analyzer: PhiAnalyzer, text: str, title: str) -> None:
    assert untouched(analyzer, text, title)


@pytest.mark.parametrize(("text", "word"), [
    ("Musculoskeletal Fellowship - Interview Day\nApplicant: Corwin Ashgrove - in person\n", "Interview Day"),
    ("MRI Research Volunteer Registry - SPINE-3T\nRow count: 12\n", "Volunteer Registry"),
    ("Exported 20250301 09:10 by K. Farthingale\n| Name | Age |\n", "Exported"),
    ("Patient Relations / Stonebridge General\nAdvocate: Perpetua Lowry\n", "Relations"),
    ("PORTABLE ULTRASOUND UNIT - DAILY ROSTER\nStop: library car park\n", "DAILY ROSTER"),
])
def test_heading_and_log_words_are_no_names(analyzer: PhiAnalyzer, text: str, word: str) -> None:
    assert untouched(analyzer, text, word)


def test_coach_and_re_are_not_part_of_the_name(analyzer: PhiAnalyzer) -> None:
    text = ("To: Coach Thornquist, Athletics Office\nDear Coach Thornquist,\n"
            "Re PELLINGHAM, ROWENA J  DOB 3/4/09\n")
    check(analyzer, text, ["Thornquist", "PELLINGHAM, ROWENA J"])
    assert untouched(analyzer, text, "Coach")
    assert untouched(analyzer, text, "Re ")


@pytest.mark.parametrize(("text", "holiday"), [
    ("Holiday\tDate\tAttending\nLabor Day\t9/1\tY. Marchbank\n", "Labor Day"),
    ("* New Year's Day (01-Jan-2027): Q. Dunstable / Avery, Lorcan\n", "New Year's Day"),
    ("* Christmas Eve (12/24/2027): Thaddeus Pryce - CT\n", "Christmas Eve"),
])
def test_public_holidays_are_no_names(analyzer: PhiAnalyzer, text: str, holiday: str) -> None:
    assert untouched(analyzer, text, holiday)


def test_lower_case_particle_is_not_spread(analyzer: PhiAnalyzer) -> None:
    text = "Van route (unit 4)\nStop 1: 9:15 AM, Isolde van der Merwe, 52 years old\n"
    check(analyzer, text, ["Isolde van der Merwe"])
    assert untouched(analyzer, text, "Van route")
