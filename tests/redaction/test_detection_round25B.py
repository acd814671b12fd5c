"""Round 25B: nursing certifications and reporting-system categories after a comma kept; a coronary calcium score's
eponym kept; research, survey, drill and log words, a caller's opening word and roles before a name not read as
names; a country of two words closing an address is no person.

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, typed, untouched


def test_nursing_certification_after_a_name_is_kept(analyzer: PhiAnalyzer) -> None:
    text = ("Report given at bedside; drain output charted.\nOrla P. Quennell, RN, CHPN\n"
            "Witness Z. Abernathy-Soto RN, CMSRN\n")
    check(analyzer, text, ["Orla P. Quennell", "Z. Abernathy-Soto"], keep=["CHPN", "CMSRN"])


def test_reporting_category_after_a_roman_segment_is_kept(analyzer: PhiAnalyzer) -> None:
    text = "Arterial phase hyperenhancement of 2.1 cm in hepatic segment VIII, LI-RADS 5.\n"
    assert untouched(analyzer, text, "VIII, LI-RADS 5")


def test_coronary_calcium_eponym_score_is_kept(analyzer: PhiAnalyzer) -> None:
    text = "Findings: coronary calcium Agatston 348 with mild plaque.\n"
    assert untouched(analyzer, text, "Agatston 348")


def test_research_survey_and_drill_words_are_not_names(analyzer: PhiAnalyzer) -> None:
    text = ("Outpatient Experience Survey: comments\nResponse 4471\n\n"
            "Thank you for taking part, your scan was reviewed per protocol.\n"
            "Yours,\nTobias Wrenfield, PhD, Principal Investigator\n"
            "Questions go to Fenna Okoro, Senior Investigator\n\n"
            "14:02 | Drill called on the overhead page; CT 3 held.\n")
    check(analyzer, text, ["Tobias Wrenfield", "Fenna Okoro"],
          keep=["Experience Survey", "Principal Investigator", "Senior Investigator", "Drill called"])


def test_log_verbs_before_a_date_or_number_are_not_names(analyzer: PhiAnalyzer) -> None:
    text = ("Shielding exemption letter\nIssued 03-11-2027 at 0915 hours\nReference 552019384\n"
            "Run 20270311 0930 hours by K. Osei\n")
    for word in ("Issued", "Reference", "Run"):
        assert untouched(analyzer, text, word)


def test_a_callers_opening_word_is_not_a_name(analyzer: PhiAnalyzer) -> None:
    text = ("AGENT: What time suits you? GA\nCALLER: Anything before noon. GA\n"
            "CALLER: My card number is Q7730215 if you need it. GA\nCALLER: Last visit the lift was broken. GA\n")
    for word in ("Anything", "My card", "Last visit"):
        assert untouched(analyzer, text, word)


def test_lower_case_words_before_a_phone_number_are_not_a_name(analyzer: PhiAnalyzer) -> None:
    text = "Next MRI due in spring; book via 555-303-8841 or the portal.\n"
    assert untouched(analyzer, text, "book via")


def test_roles_before_a_name_are_not_part_of_it(analyzer: PhiAnalyzer) -> None:
    text = ("Mass casualty exercise 3\nLead Ottilie Brannagh / scribe J. Vos\n\n10:10 | triage opened\n\n"
            "Recorder Ottilie Brannagh (RT)\n\nRotation log\nStudent QUILLAN, MAEVE R; site Harrowgate Imaging\n")
    people = typed(analyzer, text, "PERSON")
    assert "Ottilie Brannagh" in people and "QUILLAN, MAEVE R" in people
    for word in ("Lead", "Recorder", "Student"):
        assert untouched(analyzer, text, word)


def test_two_word_country_closing_an_address_is_no_person(analyzer: PhiAnalyzer) -> None:
    text = "3. Home address :   17 Quayside Row, Dunmore BT9 4QP, United Kingdom\n4. Phone :   +44 20 7946 0321\n"
    assert "United Kingdom" not in typed(analyzer, text, "PERSON")
    assert untouched(analyzer, text, "United Kingdom")
