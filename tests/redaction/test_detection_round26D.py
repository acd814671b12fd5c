"""Round 26D: people a form's or a roster's layout names, whatever their names spell: a role field ("Site
manager:", "Financial counselor:", "Adoptive parent(s):", "Candidate:") holding a name, the second of a roster's
slash-joined pair written surname first, an ALL-CAPS name after a record number and a slash, and a month-word
given name standing alone once the document names that person in full.

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, typed, untouched


def test_a_name_filling_a_role_field(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "Unit manager: Okoro, May T +1 555 201 0146\n", ["Okoro, May T"])
    check(analyzer, "Records release\nFoster parent(s): Faith Summer; Tomasz Wielgo\nPhone: 555-201-0100\n",
          ["Faith Summer"])
    check(analyzer, "Applicant schedule\nCandidate: Le Garde, Ikenna  (ERAS)\nInterview date: May 2, 2025\n",
          ["Le Garde, Ikenna"])
    # a role field holding no person stays
    assert untouched(analyzer, "Case manager: Radiology Department\n", "Radiology Department")


def test_the_second_of_a_rosters_slash_pair(analyzer: PhiAnalyzer) -> None:
    text = ("On-call list, weekend\n"
            "* Saturday: K. Umberto / Grove, Zainab Q - MRI, 555-303-1212\n"
            "* Sunday: Pellham / Ashgrove, Yusuf T - CT, 555-303-1313\n")
    check(analyzer, text, ["Grove, Zainab Q", "Ashgrove, Yusuf T"])
    # a slash between clinical words is no roster
    assert untouched(analyzer, "Findings: Normal / Lung, Left A - clear.\n", "Lung, Left A")


def test_a_capitals_name_after_a_record_number_and_a_slash(analyzer: PhiAnalyzer) -> None:
    text = "Teaching case\nOriginal MRN: QX-441-2290 / HEATH, ORLA P\nKey images: series 2\n"
    check(analyzer, text, ["HEATH, ORLA P"])


def test_a_month_given_name_alone_once_named_in_full(analyzer: PhiAnalyzer) -> None:
    text = ("Call note. Spoke with the family about April G. Thornquist, 70 yo.\n"
            "April's sister asked about the scan. Review again in April 2026.\n")
    check(analyzer, text, ["April G. Thornquist"])
    assert "April" in typed(analyzer, text, "PERSON")  # "April's sister"
    text = "Patient: Okonjo-Reyes, June B\nJune completed the questionnaire. Return in June.\n"
    check(analyzer, text, ["Okonjo-Reyes, June B"])
    assert "June" in typed(analyzer, text, "PERSON")  # "June completed ...", not "in June."
    assert untouched(analyzer, text, "June.\n")
    # a month never given as a name stays a month
    assert untouched(analyzer, "May's clinic list was long.\nMay completed the audit cycle.\n", "May's")
