"""Round 13b: people given away by their place in a layout or a cue beside them, even when the name is a
word or an eponym: worklist rows, officers' badges, misheard-name corrections, logged-in users, chat
display names, procedure roles and inverted-name form labels.

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check


@pytest.mark.parametrize(("text", "phi"), [
    ("Pri  Patient  Age/Sx  MRN\nSTAT  CROHN Wendell  61Y/M  Q7781230  CT HEAD WO", ["CROHN Wendell"]),
    ("RT  DE LA ROSA Imelda Grace  44/F  Q0019283  US PELVIS", ["DE LA ROSA Imelda Grace"]),
    ("ASAP  MARFAN Seo-yeon  8y/F  Q5552101  XR CHEST", ["MARFAN Seo-yeon"]),
])
def test_worklist_row_surname_then_given_name(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "phi"), [
    ("Escort: officers Wilson #418 and Crohn #902 stay outside Zone IV.", ["Wilson", "Crohn"]),
    ("Escort: officer Parkinson #77 and nurse.", ["Parkinson"]),
    ("Escort officers Graves #12, Hill #30 and Long #41.", ["Graves", "Hill", "Long"]),
    ("The nurse, whose badge said Addison, drew the labs.", ["Addison"]),
])
def test_officers_by_badge_and_badge_names(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "phi"), [
    ('[[note: patient name misrecognized as "mister crohn on" - corrected to Crohn]]', ["crohn"]),
    ('name misrecognised as "miss de la rosa and" - fixed', ["de la rosa"]),
])
def test_misheard_name_in_a_correction(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "phi"), [
    ("NightRead - STAT  [3/4/25 02:10]  user: wendell baker\nPri  Patient", ["wendell baker"]),
    ("Reading list [1/2/24 08:00]  user: Wilson K\nPRI | PATIENT", ["Wilson K"]),
])
def test_logged_in_user_ending_a_header(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


def test_chat_display_name_repeated_before_times(analyzer: PhiAnalyzer) -> None:
    text = ("Teams: Body Imaging\nwendell crohn  9:12am\nthoughts on the liver lesion?\n"
            "Priya  9:14 AM\nlooks like a hemangioma\nwendell crohn  9:20am\nthanks\nPriya  21:02\nnp")
    check(analyzer, text, ["wendell crohn", "Priya"], keep=["hemangioma"])


def test_a_heading_before_a_time_once_is_not_a_speaker(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "Contrast  10:30\nFindings  11:05\nNo acute finding.", [], keep=["Contrast", "Findings"])


@pytest.mark.parametrize(("text", "phi"), [
    ("Team: attending Dr. Ames; sedation RN Wilson\nImplants: none", ["Wilson"]),
    ("Sponsor contact and investigator Imelda Crohn (ic@trial.invalid).", ["Imelda Crohn"]),
    ("Notified data steward Ada Moon, PhD (am@example.com) and IRB coordinator Hye-jin Hill.", ["Hye-jin Hill"]),
])
def test_procedure_and_study_roles(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "phi"), [
    ("1. Patient name (Last, First, MI): Crohn, Wendell\n2. Date of birth", ["Crohn, Wendell"]),
    ("Student-athlete: Moon, Seo-yeon   Grade 10", ["Moon, Seo-yeon"]),
])
def test_inverted_name_after_a_form_label(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


def test_badge_numbers_of_things_are_not_officers(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "Lot #12 and Ref #34; officers present.", [], keep=["Lot", "Ref"])


def test_eponyms_in_clinical_text_stay(analyzer: PhiAnalyzer) -> None:
    text = ("Findings suggest Paget disease of the skull; Graves disease history. "
            "Addison disease on steroids. Crohn disease flare excluded.")
    check(analyzer, text, [], keep=["Paget", "Graves", "Addison", "Crohn"])
