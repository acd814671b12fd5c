"""Round 33 (M): accession numbers in the four-digit, dot, five-digit shape (release-of-information logs, cover
letters, curbside mails), even before a tab and a lower-case word; a letter-prefixed member ID keeping its two-digit
suffix and a dashed member ID with a leading zero (eligibility logs whose name cells hold commas); the town after a
street with its state but no comma ("12 Elm St, Port Tyler ME") or after "in" in prose; a form's "No" answer to a
question before a year, and a summary line's finding under a notice-title pattern, left alone.

Invented text; each case fails without the round's rules.
"""

from __future__ import annotations

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, untouched


def test_dotted_five_digit_accession(analyzer: PhiAnalyzer) -> None:
    text = "Enclosed please find 2 imaging reports (CT 4417.20938, 3/2/24; MRI 8802.11573, 5/6/25).\n"
    check(analyzer, text, ["4417.20938", "8802.11573"])
    text = "Quick one - can you look at 3019.66204 on my patient? Thanks.\n"
    check(analyzer, text, ["3019.66204"])


def test_dotted_accession_before_tab_and_word(analyzer: PhiAnalyzer) -> None:
    text = "HAR1\t2025-01-02\tQuarry, Tobin\tself\tMRI 5521.30947\tmailed CD\n"
    check(analyzer, text, ["5521.30947"])


def test_member_id_in_csv_row_with_comma_name(analyzer: PhiAnalyzer) -> None:
    text = ("Checked,Patient,DOB,Plan,Member ID,Status\n"
            "2025-02-03 10:11,QUARRY, TOBIN J,1950-01-02,Lakeside Mutual,K44190275-02,ACTIVE\n"
            "2025-02-04 11:12,MARCHETTI, OSWIN P,1951-03-04,Lakeside Mutual,0GT4-WK2-MN55,ACTIVE\n")
    check(analyzer, text, ["K44190275-02", "0GT4-WK2-MN55"])


def test_town_before_state_without_comma(analyzer: PhiAnalyzer) -> None:
    text = "Location of accident  intersection near 412 Quillon Road, Port Embry ME\nImaging  CT\n"
    check(analyzer, text, ["Port Embry"])


def test_town_after_in_following_street(analyzer: PhiAnalyzer) -> None:
    text = "The patient was at home on 77 Tamsin Lane in New Corvale. I explained the CT result."
    check(analyzer, text, ["New Corvale"])
    text = "The patient was at home on 77 Tamsin Lane in March. I explained the CT result."
    assert untouched(analyzer, text, "March")


def test_no_answer_before_year_is_kept(analyzer: PhiAnalyzer) -> None:
    text = "Spinal levels involved  L4-L5\nRelated to accident?  No2019\nPhysician: see below\n"
    assert untouched(analyzer, text, "2019")
    text = "Related to accident?: No 2017\n"
    assert untouched(analyzer, text, "2017")


def test_summary_finding_is_no_site(analyzer: PhiAnalyzer) -> None:
    text = "CPT/Exam  CT chest\nCLINICAL SUMMARY  CT showing a 14 x 9 mm nodule\nPayer  Lakeside Mutual\n"
    assert untouched(analyzer, text, "CT showing a 14 x 9 mm nodule")
