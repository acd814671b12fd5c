"""Round 24l: performance-status scales and compliance credentials kept; ages of 90 and over said of a third person
or labelled with the study; a surname with the given name's initial after a cue or in a sign-off; a padded colon after
a person label; who wrote a line of a message thread and a relative before the relation in brackets; a saint's site
without its noun; one name word filling a staff field.

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, typed, untouched


def test_performance_status_and_compliance_credentials_are_kept(analyzer: PhiAnalyzer) -> None:
    text = ("Eligibility\n[x] ECOG 0-2 confirmed by oncology\n\nFROM :\tOrsolya Vantongeren CHC, Audit\n"
            "signed off by T. Quillfeather, CDIP\n")
    for word in ("ECOG", "CHC", "CDIP"):
        assert untouched(analyzer, text, word)


def test_ages_over_89_said_of_a_third_person(analyzer: PhiAnalyzer) -> None:
    text = ("Petitioner exhibits attached. Claimant is 93; hearing set by phone.\n"
            "Tobiah - she's 98, is the prep really needed?\n"
            "Age at scan     - 91\nModality        - CT\n")
    assert typed(analyzer, text, "AGE_OVER_89") == ["93", "98", "91"]
    assert not typed(analyzer, "she is 95 minutes away and he's 92% sure", "AGE_OVER_89")


def test_surname_with_trailing_initial_after_a_cue_or_signing_off(analyzer: PhiAnalyzer) -> None:
    text = ("Questions? your nurse navigator Quiroga Benítez L. can be reached at 555-201-4477.\n"
            "Allergy list reconciled 02/03/2025.\nEntered by Zwierzchowski T.\n"
            "Requested by : Mac Fhionnlaoich B.\n\nThanks a lot -\nOyelaran K.\nFront desk\n\n-- Thibodeaux É.")
    check(analyzer, text, ["Quiroga Benítez L.", "Zwierzchowski T.", "Mac Fhionnlaoich B.", "Oyelaran K.",
                           "Thibodeaux É."])


def test_padded_colon_after_a_person_label(analyzer: PhiAnalyzer) -> None:
    text = "Tech sheet\n\nPt name    : HOLLY MASON\nStudy      : US renal\n"
    check(analyzer, text, ["HOLLY MASON"], keep=["Study"])


def test_thread_speaker_and_relative_before_relation(analyzer: PhiAnalyzer) -> None:
    text = ("Texts (family)\n\nHoward (9:05 AM): Mom's CT is moved to Friday\nLiesel (09:12): ok i'll drive\n"
            "Howard (10:40 PM): bring the old CD\n\nFamily: Marigold (daughter) 555-330-1942\n")
    check(analyzer, text, ["Howard", "Liesel", "Marigold"], keep=["Family", "Texts"])


def test_saint_site_without_its_noun(analyzer: PhiAnalyzer) -> None:
    text = "Outside films obtained from Saint Wenceslas Regional HIM on 4/2; Doe v. St. Wendelin Regional\n"
    check(analyzer, text, ["Saint Wenceslas Regional", "St. Wendelin Regional"])


def test_one_name_word_filling_a_staff_field(analyzer: PhiAnalyzer) -> None:
    text = "Assignee      - Nehru\nOpened        - 02-Mar-2025 08:15\n"
    check(analyzer, text, ["Nehru"])
    assert untouched(analyzer, "Owner: Radiology\nAssignee: Unassigned\n", "Unassigned")


def test_group_chat_members_in_the_header(analyzer: PhiAnalyzer) -> None:
    text = ("Group: B. Okafor, Nehru\n\nB. Okafor - the MRI moved to 3pm\nNehru - can u drive her?\n"
            "B. Okafor - yes\n")
    check(analyzer, text, ["Nehru"], keep=["Group"])
    assert text.count("Nehru") == 2 and typed(analyzer, text, "PERSON").count("Nehru") == 2


def test_surname_first_name_with_a_patronymic(analyzer: PhiAnalyzer) -> None:
    text = ("Faculty advisor: Al-Hakim, Huda bint Salem, MB BCh\n"
            "Radiologist | Exams\nAl-Sabah, Noura bint Khalid | 212 | 4.0%\n")
    check(analyzer, text, ["Al-Hakim, Huda bint Salem", "Al-Sabah, Noura bint Khalid"], keep=["MB BCh"])


def test_name_given_as_the_answer_to_a_question(analyzer: PhiAnalyzer) -> None:
    text = ("Ines - who was the person that phoned from billing? Hope?\nTomasz - yes Hope, she left 555-404-1188\n"
            "Ines - what is the name of the scan? MRCP?\n")
    check(analyzer, text, ["Hope"], keep=["MRCP"])
    assert typed(analyzer, text, "PERSON").count("Hope") == 2
