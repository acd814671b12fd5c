"""Round 27H: people a letter's, a memoir's, a diary's or a newsletter's phrasing names, even when the name is
also a word ("Page", "May", "Lane", "Hope"): a titled greeting, the first of a greeted couple, a paragraph
opening on a person's possessive exam or relative, a letter heading's "results for", a "named" introduction, a
name with its age in apposition, a bulleted staff entry, a diary's byline, and a lone given name widened over
the word-surname after it.

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, typed, untouched


def test_a_titled_greeting_and_a_greeted_couple(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "12 March 2026\nDear Dr. Page,\n\nI reviewed the knee films you sent.\n", ["Page"])
    check(analyzer, "Dear Mx. St. Clair,\n\nThank you for coming in.\n", ["St. Clair"])
    text = "Dear Faith and Osvald Lindgren,\n\nThe scan went well.\n"
    assert "Faith" in typed(analyzer, text, "PERSON")
    assert "Colleagues" not in typed(analyzer, "Dear Colleagues and Nurse Managers,\nThe unit reopens.\n", "PERSON")


def test_a_paragraph_opening_on_a_persons_possessive(analyzer: PhiAnalyzer) -> None:
    text = "Dear Mrs. Quenby,\n\nIvy's knee x-ray on 3/2 was requested by her doctor.\n"
    assert "Ivy" in typed(analyzer, text, "PERSON")
    text = "Back then the winters were long.\n\nBram's wife, Ottilie, wrote to us every spring.\n"
    assert "Bram" in typed(analyzer, text, "PERSON")
    assert untouched(analyzer, "Note.\n\nToday's scan was normal.\n", "Today")


def test_a_letter_heading_giving_results_for_a_first_name(analyzer: PhiAnalyzer) -> None:
    text = "Knee x-ray results for June — please keep for your records\nRecord no. 5512\n"
    assert "June" in typed(analyzer, text, "PERSON")


def test_a_named_introduction_and_an_age_in_apposition(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "That winter a retired welder named Oswin Page walked in from the bus stop.", ["Oswin Page"])
    check(analyzer, "History:\nOswin May, 61-year-old man, with knee pain after a fall.\n", ["Oswin May"])
    check(analyzer, "History:\nIlse Lane, woman aged 44, with hip pain.\n", ["Ilse Lane"])


def test_a_bulleted_staff_entry(analyzer: PhiAnalyzer) -> None:
    text = "Birthdays this month:\n  • Yan Hill (ultrasound) — 2/14\n  • T. Brand (CT) — 3/1\n"
    check(analyzer, text, ["Yan Hill"])


def test_a_diary_byline(analyzer: PhiAnalyzer) -> None:
    text = "My recovery journal, kept for the clinic\nby Ambrose\n\nDay 1: the MRI was loud.\n"
    check(analyzer, text, ["Ambrose"])


def test_a_lone_given_name_widened_over_its_word_surname(analyzer: PhiAnalyzer) -> None:
    text = "Witness statement\nStatement of: Oswaldo May   Occupation: Radiographer\nSigned: Oswaldo May\n"
    check(analyzer, text, ["Oswaldo May"])
    check(analyzer, "Retirements\nFarewell, Ottoline St. Clair!\nAfter 30 years she leaves us.\n",
          ["Ottoline St. Clair"])
    # a month before its day is a date, not a surname
    text = "Statement of: Oswaldo   Dated: Oswaldo May 4\n"
    assert "Oswaldo May" not in typed(analyzer, text, "PERSON")
