"""Round 41, tuner B: towns abroad with their postcodes (after a site's name, in its brackets, after a travel
cue or a home label, before the town), the "of <place>" closing a site's name, a site after an exam's
modality and "at", and registration codes that are no site's initials."""

from __future__ import annotations

import pytest

from tests.redaction.test_detection import check, typed, untouched


@pytest.mark.parametrize(("text", "phi"), [
    ("To: Dr Ines Morvan, Halden Teaching Hospital, Trondheim 7030\n4 May 2025", ["Trondheim", "7030"]),
    ("referred from Vestry Eye Institute, Kaohsiung 807\n   Imaging: CT head", ["Kaohsiung", "807"]),
    ("Requesting physician: Sato Ken, Klinikum Ostwall, Braga 4700-320\nReceived today", ["Braga", "4700-320"]),
    ("She brought a disc from Norvik Clinic (Utrecht 3511 AB) taken abroad.", ["Utrecht", "3511 AB"]),
    ("He brought films from Saint Ives Clinic (Accra 233) obtained while away.", ["Accra", "233"]),
    ("son joined by phone from Wellington 6011; interpreter present.", ["Wellington", "6011"]),
    ("Donor home:        Szeged 6720 (staying nearby)", ["Szeged", "6720"]),
    ("Sent to Hospital Civil Norte, Zapopan, Jal. 45010\nThank you", ["Zapopan", "45010"]),
    ("Klinicni oddelek, Vrazov trg 2, 3000 Celje", ["3000", "Celje"]),
])
def test_town_and_postcode_abroad(analyzer, text: str, phi: list[str]) -> None:  # noqa: ANN001
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "word"), [
    ("Comparison: prior CT, Series 105", "105"),
    ("Contrast given (Omnipaque 350) without incident.", "350"),
    ("Images reviewed at Elm Hospital, Room 204", "204"),
    ("The patient called from Room 800; the nurse responded.", "Room 800"),
    ("Lesion on Image 105; Series 4 Image 80.", "Image 105"),
])
def test_numbers_that_are_no_postcode(analyzer, text: str, word: str) -> None:  # noqa: ANN001
    assert untouched(analyzer, text, word)


@pytest.mark.parametrize(("text", "site"), [
    ("Records came from Mercy Hospice of the Lakes yesterday.", "Mercy Hospice of the Lakes"),
    ("Seen at Hollins Infirmary of Greyford in 2019.", "Hollins Infirmary of Greyford"),
    ("Outside films from Harlow Center for Imaging arrived.", "Harlow Center for Imaging"),
    ("VISIT:      CT chest at Brookmere Travel Medicine Clinic\nCLERK: jdoe", "Brookmere Travel Medicine Clinic"),
])
def test_whole_site_name(analyzer, text: str, site: str) -> None:  # noqa: ANN001
    check(analyzer, text, [site])


def test_exam_before_site_is_no_part_of_it(analyzer) -> None:  # noqa: ANN001
    text = "VISIT:      Pelvic US at Brookmere Women's Clinic\n"
    assert untouched(analyzer, text, "Pelvic US")


@pytest.mark.parametrize(("text", "word"), [
    ("The hospital of admission was notified.", "hospital of admission"),
    ("The Center for Imaging reviewed it.", "Center for Imaging"),
    ("INFORMED CONSENT — SEDATION FOR IMAGING\nPatient: X", "SEDATION FOR IMAGING"),
    ("Cardiology Clinic of Internal Medicine reviewed.", "Internal Medicine"),
    ("FAMILY MEETING NOTE — Hospital Medicine\nAttendees listed below.", "Hospital Medicine"),
    ("08:10|Cantonese|MRI knee|VRI|video remote", "VRI"),
    ("Name: Parwati, FNU (single name)", "FNU"),
    ("INTERPRETER: Y\nREG CLERK:        jdoe", "REG"),
])
def test_not_a_site(analyzer, text: str, word: str) -> None:  # noqa: ANN001
    assert untouched(analyzer, text, word)
    assert word not in typed(analyzer, text, "CITY")


@pytest.mark.parametrize("text", [
    "Transport to Cedar Ridge Women's Imaging Center for CT; ED notified at 1551.",
    "Transferred to Penwarren Imaging Centre for X-ray. Son at bedside.",
    "Pt arrived via w/c from St. Brendan's Imaging Institute for MR. Pt anxious.",
])
def test_the_exam_a_patient_went_for_is_not_part_of_the_site(analyzer, text: str) -> None:  # noqa: ANN001
    exam = text.split(" for ", 1)[1].split(";")[0].split(".")[0]
    assert untouched(analyzer, text, exam)
