"""Round 42, tuner A: identifiers read aloud in calls, voicemail, dictation and captions: digit words, pairs and
digit groups after a cue or long enough to be an identifier, pieces of a corrected or broken value, spelled
letter prefixes, spoken e-mail and web addresses, spoken house numbers and units, dialled extensions."""

from __future__ import annotations

import pytest

from tests.redaction.test_detection import check, typed, untouched


@pytest.mark.parametrize(("text", "phi"), [
    ("Okay, and the MRN I have is zero four three zero, six five nine zero.",
     ["zero four three zero, six five nine zero"]),
    ("That matches. Accession six two three, nine seven eight, sixty-nine ninety-seven. So, an adult.",
     ["six two three, nine seven eight, sixty-nine ninety-seven"]),
    ("They can call me back at extension six two seven five.", ["six two seven five"]),
    ("Prescriber is Dr. Chaudhry, callback twenty-one nineteen.", ["twenty-one nineteen"]),
    ("Caller: six one seven, seven six four, double oh one nine. [inaudible] ... yes that one.",
     ["six one seven, seven six four, double oh one nine"]),
    ("Brockton, the state, zip zero two four four four.", ["zero two four four four"]),
    ("Cicero, IL, zip 6 0 8 8 4.", ["6 0 8 8 4"]),
    ("and the whole thing is 1 5 5, 7 8, 5 0 1 2.", ["1 5 5, 7 8, 5 0 1 2"]),
    ("The card says serial P J N, four oh five, oh three six.", ["P J N, four oh five, oh three six"]),
    ("The insurance member ID on file is X, E, H, five six three three, nine two two two, is that current?",
     ["X, E, H, five six three three, nine two two two"]),
    ('OVERHEAD  "Doctor Osei, please call seventy-two fifty-two"  req by radiology', ["seventy-two fifty-two"]),
    ("intent=CALL resolved=Precious Boateng dial=3060", ["3060"]),
    ("M R N M R 8 9 0 3 9 4 1 period date of birth", ["M R 8 9 0 3 9 4 1"]),
])
def test_spoken_identifiers(analyzer, text: str, phi: list[str]) -> None:  # noqa: ANN001
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "phi"), [
    ("Yeah it's one four nine nine one oh, four eight nine... no sorry, four eight seven.", ["four eight seven"]),
    ("The account is seven six four eight -- sorry, correction, seven six four seven.",
     ["seven six four eight", "seven six four seven"]),
    ("The MRN on the bracelet is four two two three [inaudible] three one six one, sorry.",
     ["four two two three", "three one six one"]),
    ("Two studies, accessions A, seven nine zero, seven nine five, five four two one and nine one eight one.",
     ["A, seven nine zero, seven nine five, five four two one", "nine one eight one"]),
])
def test_pieces_of_a_corrected_or_broken_value(analyzer, text: str, phi: list[str]) -> None:  # noqa: ANN001
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "phi"), [
    ("If it's easier, email is patel underscore ays at riverside reg dot org. Thanks.",
     ["patel underscore ays at riverside reg dot org"]),
    ("Confirmation goes to oluwaseun10 at lakeshore imaging dot com.", ["oluwaseun10 at lakeshore imaging dot com"]),
    ('TTS "Directions are at h t t p s colon slash slash mercy health dot org slash results."',
     ["h t t p s colon slash slash mercy health dot org slash results"]),
    ("I tried bayview ortho dot org slash records like four times.", ["bayview ortho dot org slash records"]),
    ("Delivery address is six thousand one hundred fifty-five Old Mill Road, unit twelve, El Paso.",
     ["six thousand one hundred fifty-five Old Mill Road", "unit twelve"]),
    ("Caller: twenty-two oh seven Tremont Street, apartment seventeen D, Cicero.",
     ["twenty-two oh seven Tremont Street", "apartment seventeen D"]),
    ("We're at 67 Cedar Hollow Drive, suite one oh one, Brockton.", ["67 Cedar Hollow Drive", "suite one oh one"]),
    ("The pharmacy on file is the one on Birch Run Parkway in Duluth?", ["Birch Run Parkway"]),
])
def test_spoken_addresses(analyzer, text: str, phi: list[str]) -> None:  # noqa: ANN001
    check(analyzer, text, phi)


def test_spoken_email_leaves_the_sentence(analyzer) -> None:  # noqa: ANN001
    text = 'TTS "Directions are at mercy health dot org slash mychart."'
    assert untouched(analyzer, text, "Directions are")
    assert typed(analyzer, "Or email p dot halvorsen at lakeshore imaging dot com.", "EMAIL") == \
        ["p dot halvorsen at lakeshore imaging dot com"]


@pytest.mark.parametrize(("text", "keep"), [
    ("Pain should ease in two to three weeks.", "two to three weeks"),
    ("A seventy-two year old referred back in twenty eighteen.", "seventy-two year old"),
    ("If she gets short of breath, call nine one one.", "nine one one"),
    ("Lesion measures two point one centimetres, up from one point eight.", "two point one"),
    ("Levels C five, six and seven show foraminal narrowing.", "C five, six and seven"),
])
def test_spoken_numbers_in_prose_stay(analyzer, text: str, keep: str) -> None:  # noqa: ANN001
    assert untouched(analyzer, text, keep)
