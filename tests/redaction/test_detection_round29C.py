"""Round 29 (C): roles, credentials, teams, employers, committees and staff or notice numbers are no patient's PHI.

Invented text; each case checks a word or number the round's rules leave alone, beside the PHI still masked.
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, typed, untouched


@pytest.mark.parametrize(("text", "phi", "role"), [
    ("Plan reviewed with the physicist. Dosimetrist Orla Brennick to contour by Friday.\n", ["Orla Brennick"],
     "Dosimetrist"),
    ("Offered prayer before the scan; accepted.\n\n- Chaplain Tobiah Wrenfield, M.Div., BCC\n", ["Tobiah Wrenfield"],
     "Chaplain"),
    ("Spiritual Care Visit\n\nVisited Marguerite Solberg in the MRI waiting room at the request of nursing.\n",
     ["Marguerite Solberg"], "Visited"),
])
def test_a_role_before_a_name_is_not_masked(analyzer: PhiAnalyzer, text: str, phi: list[str], role: str) -> None:
    check(analyzer, text, phi)
    assert untouched(analyzer, text, role)


@pytest.mark.parametrize(("text", "word"), [
    ("- Chaplain Tobiah Wrenfield, M.Div., BCC\n", "M.Div"),
    ("Return to play per protocol.\n\nIvo Castellane, DO, CAQSM\n", "CAQSM"),
    ("Garrick Thorne, a 19-year-old rugby player for the Stormhawks, took a hit to the head.\n", "Stormhawks"),
    ("1. Worker name: Pell, Anders\n4. Employer: Granite Ridge Coal Co.   Mine ID 4471902\n", "Granite Ridge Coal Co"),
    ("Imaging Safety Committee - minutes 2025-03-02\nPresent: chair, two technologists\n", "Imaging Safety Committee"),
    ("Per your subpoena we have located imaging records for the named patient.\n", "located imaging"),
    ("URGENT FIELD SAFETY NOTICE - DR detector battery\nTo: Imaging Director\n", "detector battery"),
    ("12-Nov-2025 | Wilma Oster | 51 yo | LAR signed (son)\n", "LAR"),
    ("DICOM node: AE PACSRCV @ 10.20.30.40:104\n", "PACSRCV"),
])
def test_words_that_name_no_person_or_site_are_kept(analyzer: PhiAnalyzer, text: str, word: str) -> None:
    assert untouched(analyzer, text, word)


@pytest.mark.parametrize(("text", "number"), [
    ("4. Employer: Granite Ridge Quarry   Mine ID 4471902\n", "4471902"),
    ("Physician reader: Anders Pell, MD  Cert # B4471    Date read: 3 March 2025\n", "B4471"),
    ("OUTSIDE IMAGE IMPORT REQUEST  # 55120\nRequested by: T. Quill\n", "55120"),
    ("Date: 2025-02-04    Ref FSN-2025-19\nAffected serial numbers at your site:\n", "FSN-2025-19"),
    ("Called pt with Somali interpreter Hodan Farrah (ID #30817) to go over prep.\n", "30817"),
    ("thanks so much,\nPriya RN, CWOCN\nWound & Ostomy, ext. 5120\n", "5120"),
])
def test_numbers_of_no_patient_are_kept(analyzer: PhiAnalyzer, text: str, number: str) -> None:
    assert untouched(analyzer, text, number)


def test_age_and_sex_under_an_age_label_is_no_account(analyzer: PhiAnalyzer) -> None:
    text = "Comments: calcified granuloma\nAge at exam:  41M\nPhysician reader: Anders Pell, MD\n"
    assert "41M" not in typed(analyzer, text, "ACCOUNT_ID")
    check(analyzer, text, ["Anders Pell"])


@pytest.mark.parametrize(("text", "keep"), [
    ("Item 2 - Wrong-side marker on US medial malleolus 10-22-2025; tech re-educated.\n", "medial malleolus"),
])
def test_clinical_terms_misread_as_names_are_kept(analyzer: PhiAnalyzer, text: str, keep: str) -> None:
    check(analyzer, text, [], [keep])


def test_a_title_line_of_words_is_no_name(analyzer: PhiAnalyzer) -> None:
    text = "ROENTGENOGRAPHIC INTERPRETATION (ILO classification)\n1. Worker name: Anders Pell\n"
    check(analyzer, text, ["Anders Pell"], ["ROENTGENOGRAPHIC INTERPRETATION"])



@pytest.mark.parametrize(("text", "name", "word"), [
    ("Reading tech: HE Chen RT(R), called at 0915.\n", "HE Chen", "called"),
    ("Worker name: IT Marsh (RN) reviewed the consent.\n", "IT Marsh", "reviewed"),
])
def test_two_initials_that_spell_a_pronoun_stay_a_name(analyzer: PhiAnalyzer, text: str, name: str, word: str) -> None:
    check(analyzer, text, [name])
    assert untouched(analyzer, text, word)
