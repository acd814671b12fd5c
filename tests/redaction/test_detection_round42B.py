"""Round 42, tuner B: identifiers said aloud. Names spelled letter by letter ("N-G-U-Y-E-N", "S as in Sam,
M-I-T-H") or split by speech recognition ("Gre Wal"), lower-case caption names, dates and times said as speech
("twenty-third September nineteen sixty-six", "oh five, fifteen, nineteen forty-one", "on the twelfth", "half
past three", "oh six hundred"), "a hundred and four" as an age and a town before "the state". Clinical numbers
and ordinals ("the second lesion", "three o'clock position", "two weeks") stay."""

from __future__ import annotations

import pytest

from tests.redaction.test_detection import check, typed, untouched


@pytest.mark.parametrize(("text", "phi"), [
    ("Caller: this is Lena Okafor, last name O-K-A-F-O-R, first name L-E-N-A.", ["O-K-A-F-O-R", "L-E-N-A"]),
    ("Patient Brendan Quill, Q, U, I, L, L, DOB on file.", ["Q, U, I, L, L"]),
    ("Medic 5: Tove Sørby, last name S R B Y, date of birth on file.", ["S R B Y"]),
    ('Doctor Marchetti, M-A-R-C-H-E-T-T-I, please call the reading room.', ["M-A-R-C-H-E-T-T-I"]),
    ("Sure, S as in Sam, M-I-T-H. And the first name is Owen.", ["S as in Sam, M-I-T-H"]),
    ("Nurse: Can you spell it?\n[00:02:36] Caller: V A N D E R L I N D E.", ["V A N D E R L I N D E"]),
    ("NOTE: caller spelled the surname as T-R-O-W-B-R-I-D-G-E; seen for x-ray.", ["T-R-O-W-B-R-I-D-G-E"]),
    ("[ASR uncertain tokens: 'Pell Egrino' (replaced by Pellegrino)]", ["Pell Egrino"]),
])
def test_spelled_names(analyzer, text: str, phi: list[str]) -> None:  # noqa: ANN001
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "word"), [
    ("CT of the T-L spine and the C T A of the neck were reviewed.", "C T A"),
    ("The name of the study is C T A, per protocol.", "C T A"),
    ("Levels T-1 through T-4 are intact; I-V-C filter in place.", "I-V-C"),
])
def test_letter_runs_that_are_no_names(analyzer, text: str, word: str) -> None:  # noqa: ANN001
    assert untouched(analyzer, text, word)


@pytest.mark.parametrize(("text", "phi"), [
    ("[00:01:10] Speaker 1: can you confirm your name and date of birth\n[00:01:20] Speaker 2: "
     "rosa quintanilla march fourth nineteen sixty", ["rosa quintanilla"]),
    ("[00:02:38] Speaker 2: okay um my brother tomas weller is here too", ["tomas weller"]),
    ("[00:02:42] Speaker 3: [crosstalk] hi yes its ingrid\n", ["ingrid"]),
])
def test_caption_names(analyzer, text: str, phi: list[str]) -> None:  # noqa: ANN001
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "phi"), [
    ("Proxy: twenty-third September nineteen sixty-six. He is fine.", ["twenty-third September nineteen sixty-six"]),
    ("Caller: oh five, fifteen, nineteen forty-one, and the rest.", ["oh five, fifteen, nineteen forty-one"]),
    ("Scheduler: And the date of birth?\n[00:01:26] Proxy: twelve fifteen thirty-four. Okay.",
     ["twelve fifteen thirty-four"]),
    ('Identifier 2 (DOB) as stated: "two eight forty-one"', ["two eight forty-one"]),
    ("We'd like to do a needle biopsy on the twelfth. Risks include bleeding.", ["the twelfth"]),
    ("Tech: the first at ten hundred.", ["the first", "ten hundred"]),
    ("I see a CT on the ninth at Lakeview Imaging.", ["the ninth"]),
    ("I'm home after half past five. Paged at quarter to nine.", ["half past five", "quarter to nine"]),
    ("Doses at nine hundred hours the night before, oh seven hundred, and noon.", ["oh seven hundred"]),
    ("Pickup by fourteen hundred? ETA eleven hundred, about eight minutes.", ["fourteen hundred", "eleven hundred"]),
])
def test_spoken_dates_and_times(analyzer, text: str, phi: list[str]) -> None:  # noqa: ANN001
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "word"), [
    ("The second lesion at three o'clock measures two point one centimetres.", "second lesion"),
    ("Mass at the three o'clock position, four centimetres from the nipple.", "three o'clock"),
    ("Follow-up in two weeks; fractures of the second, third and fourth ribs.", "the second"),
    ("This is the first time the patient has had contrast.", "the first"),
    ("Picked up at eight hundred one Alvarado Street.", "eight hundred"),
    ("Platelets were given, fourteen hundred milligrams in total.", "fourteen hundred"),
])
def test_spoken_numbers_in_clinical_text_stay(analyzer, text: str, word: str) -> None:  # noqa: ANN001
    assert not typed(analyzer, text, "DATE_TIME") or untouched(analyzer, text, word)


def test_hundred_age_and_spoken_town(analyzer) -> None:  # noqa: ANN001
    check(analyzer, "Caller: she's a hundred and four. Date of birth on file.", ["a hundred and four"])
    assert typed(analyzer, "We live at Ashgrove Crescent, Cicero, the state, zip on file.", "CITY") == ["Cicero"]
    assert "Cicero" in typed(analyzer, "The pharmacy is the one on Willow Bend Circle in Cicero? Thanks.", "CITY")
