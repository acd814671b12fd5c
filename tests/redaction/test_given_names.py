"""Names made of everyday words, told by a census given name: "Hunter, Dale", "Young, Sonny", "Will Chance".

Every example is invented for these tests (not taken from any evaluation corpus).
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from redaction.recognizers.given_names import (
    ForwardGivenNameRecognizer,
    InvertedGivenNameRecognizer,
    given_names,
    surnames,
)
from tests.redaction.test_detection import check, masked


def test_census_lists_load() -> None:
    assert {"dale", "sonny", "crystal", "hope"} <= given_names()
    assert {"young", "hunter", "frost", "nguyen"} <= surnames()


@pytest.mark.parametrize(("text", "phi"), [
    ("Attn: Hunter, Dale, Patient Financial Services", ["Hunter, Dale"]),
    ("cc: Young, Sonny; Bell, Hope; Frost, Crystal L", ["Young, Sonny", "Bell, Hope", "Frost, Crystal L"]),
    ("Ordering: Parkinson, Crystal   Reading: Baker, Mason", ["Parkinson, Crystal", "Baker, Mason"]),
    ("Guarantor Villanueva Soto, Devon signed the form.", ["Villanueva Soto, Devon"]),
    ("Will Chance called back about the scan.", ["Will Chance"]),
    ("The scan was reviewed with Dale Frost in clinic.", ["Dale Frost"]),
])
def test_names_of_everyday_words(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "keep"), [
    ("Sincerely, the reading room", ["Sincerely"]),
    ("Baker cyst again seen; Parkinson disease noted.", ["Baker cyst", "Parkinson disease"]),
    ("Le Fort II fracture pattern.", ["Le Fort II fracture"]),
    ("Information, Mercy West Imaging", ["Information"]),
])
def test_closings_dates_and_eponyms_stay(analyzer: PhiAnalyzer, text: str, keep: list[str]) -> None:
    check(analyzer, text, [], keep)


def test_weekday_and_month_are_no_name() -> None:
    text = "Scheduled Friday, August 3 and Monday, May 5 for follow-up."
    for recognizer in (InvertedGivenNameRecognizer(), ForwardGivenNameRecognizer()):
        assert recognizer.analyze(text, ["PERSON"]) == []


def test_label_title_and_possessive_are_not_the_name(analyzer: PhiAnalyzer) -> None:
    text = "Patient Winter, Ingeborg, MRN 6161058. Copied Miss Adair Cole. Saw Bao Tuilagi's CT."
    mask = masked(analyzer, text)
    for word in ("Patient", "Miss", "CT"):
        start = text.index(word)
        assert not any(mask[start:start + len(word)]), f"{word!r} was masked"
    check(analyzer, text, ["Winter, Ingeborg", "Adair Cole", "Bao Tuilagi"])
