"""Round 23j: ages of 90 and over in family histories ("Nana Odile is 96", "lived to 101") and spreadsheet
formula dumps (``=DATEDIF(...) -> 94``), stipend-card numbers in four groups of four, a birthplace after a birth
date and where a relative still lives, a date after a signer's initial ("by P. 3/14"); kept: pain and
competency scores out of 5 or 10, "Bethesda IV" cytology, the Tyrer-Cuzick model, "CT(ASCP)" credentials.

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, typed, untouched


@pytest.mark.parametrize("sentence, age", [
    ("My great-aunt Odile Marchetti is 96 and lives alone.", "96"),
    ("Nana Ingrid was 91 when she had her stroke.", "91"),
    ("my grandfather is still 93 years young, he says", "93"),
    ("My uncle Bartholomew (age 97) had prostate cancer.", "97"),
    ("My grandmother Winifred Ashcombe lived to 101 and smoked all her life.", "101"),
    ("her father, who lived to be 94, had a stroke.", "94"),
])
def test_relative_ages_in_a_family_history(analyzer: PhiAnalyzer, sentence: str, age: str) -> None:
    assert typed(analyzer, sentence, "AGE_OVER_89") == [age]


def test_young_relatives_and_measurements_are_kept(analyzer: PhiAnalyzer) -> None:
    text = "My sister Dorotea is 54 and my brother was 91 kg before the diet. She lived to 80."
    assert typed(analyzer, text, "AGE_OVER_89") == []


def test_spreadsheet_age_formula_value(analyzer: PhiAnalyzer) -> None:
    text = ("A1: Name  B1: Born  C1: Seen  D1: Age\n"
            "D5: =DATEDIF(B5,C5,\"y\")  -> 94\n"
            "D6: =DATEDIF(B6,C6,\"y\") -> 71\n"
            "D7: =INT(YEARFRAC(B7,C7)) = 92\n")
    assert typed(analyzer, text, "AGE_OVER_89") == ["94", "92"]
    assert untouched(analyzer, text, "71")


@pytest.mark.parametrize("card", ["6011 2233 4455 6677", "3400-1299-8765-4321"])
def test_stipend_card_numbers_in_four_groups(analyzer: PhiAnalyzer, card: str) -> None:
    text = f"Subject stipends\nBrightwater, Odile | V2 | {card} | 40.00\n"
    check(analyzer, text, [card])


def test_four_years_are_no_card(analyzer: PhiAnalyzer) -> None:
    text = "Prior screening years: 2019 2020 2021 2022 without change."
    assert typed(analyzer, text, "ACCOUNT_ID") == []


def test_birthplace_after_birth_date_and_where_a_relative_still_lives(analyzer: PhiAnalyzer) -> None:
    text = ("I was born 4/17/1979 in Kettering. Aunt Rosalind is 70 and still in Zanesville; she is well.\n"
            "The patient is still in Recovery.")
    cities = typed(analyzer, text, "CITY")
    assert "Kettering" in cities and "Zanesville" in cities
    assert untouched(analyzer, text, "Recovery")


def test_date_after_a_signers_initial(analyzer: PhiAnalyzer) -> None:
    text = "Stipends paid: $120.00; reconciled by P. 3/14\nSee handout p. 2/12 for dosing."
    assert typed(analyzer, text, "DATE_TIME") == ["3/14"]


@pytest.mark.parametrize("text, kept", [
    ("Back pain 8/10 despite acetaminophen.", "8/10"),
    ("Pain score: 10/10 on arrival.", "10/10"),
    ("* SBP3 Systems navigation = 3/5", "3/5"),
    ("- PROF2 Accountability = 5/5", "5/5"),
])
def test_scores_out_of_five_or_ten_are_kept(analyzer: PhiAnalyzer, text: str, kept: str) -> None:
    assert untouched(analyzer, text, kept)


def test_cytology_category_risk_model_and_credentials_are_kept(analyzer: PhiAnalyzer) -> None:
    text = ("Prior aspirate was Bethesda IV. Lifetime risk 24.1% (Tyrer-Cuzick v8).\n"
            "Adequacy checked by Odile Brightwater, SCT(ASCP), and Ivo Marsh, CT(ASCP).")
    for kept in ("Bethesda IV", "Tyrer-Cuzick", "SCT(ASCP)", "CT(ASCP)"):
        assert untouched(analyzer, text, kept), kept
    check(analyzer, text, ["Odile Brightwater", "Ivo Marsh"])
