"""Round 31 (I): precision on forms: deposition marks, credentials after a name, device items in a serial column,
visitor badges, title lines, item numbers, a form's verbs and roles before a name, log abbreviations.

Invented text; each case fails without the round's rules.
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, typed, untouched


def test_deposition_marks_are_no_initials(analyzer: PhiAnalyzer) -> None:
    text = ("Q. Where did the patient say she lived?\nA. Off Route 9, I believe.\n"
            "Q. Who at Larkspur Ridge Hospital took the report?\nA. A nurse, Odile Vance.\n")
    assert untouched(analyzer, text, "Q. Where")
    assert untouched(analyzer, text, "Who at")
    check(analyzer, text, ["Larkspur Ridge Hospital", "Odile Vance"])


@pytest.mark.parametrize(("text", "credential", "name"), [
    ("* Ordering provider Odile P. Vance MD notified via in-basket.\n", "MD", "Odile P. Vance"),
    ("Apixaban paused today (cleared with Odile Vance MD's office).\n", "MD's", "Odile Vance"),
])
def test_credential_after_a_name_is_kept(analyzer: PhiAnalyzer, text: str, credential: str, name: str) -> None:
    assert untouched(analyzer, text, credential)
    check(analyzer, text, [name])


def test_title_word_after_lot_is_no_serial(analyzer: PhiAnalyzer) -> None:
    text = ("IR IMPLANT / LOT TRACKING LOG\nDate, MRN, Patient, Device, Lot/Serial, Implanted by\n"
            "2025-03-14, E7712034, Quill, Ada, embolic plug, LOT-448213, T. Brandvold\n")
    assert untouched(analyzer, text, "TRACKING")
    assert "LOT-448213" in typed(analyzer, text, "DEVICE_SERIAL")


def test_visitor_badge_number_is_no_account(analyzer: PhiAnalyzer) -> None:
    text = "ts=2025-02-11 09:14:02 badge=58231 who=Quill, Ada role=family escort=-\n"
    assert untouched(analyzer, text, "58231")
    check(analyzer, text, ["Quill, Ada"])


def test_all_caps_visit_title_is_no_site(analyzer: PhiAnalyzer) -> None:
    text = "HOME HEALTH SKILLED NURSING VISIT\nDate of visit: 03/02/2025\nPatient seen at home, wound dressed.\n"
    assert untouched(analyzer, text, "HOME HEALTH SKILLED NURSING")


@pytest.mark.parametrize(("text", "verb", "name"), [
    ("Pre-procedure phone screen\nReached Odile Vance (MRN 77120345) at 555-0142 to review prep.\n",
     "Reached", "Odile Vance"),
    ("On apixaban for afib. Prescriber Odile Vance, MD approved a 48h hold.\n", "Prescriber", "Odile Vance"),
    ("Locker 4; key given to son.\nWitness Odile Vance, RT(R) / 03/02/2025\n", "Witness", "Odile Vance"),
])
def test_form_verb_before_a_name_is_kept(analyzer: PhiAnalyzer, text: str, verb: str, name: str) -> None:
    assert untouched(analyzer, text, verb)
    check(analyzer, text, [name])


@pytest.mark.parametrize(("text", "word"), [
    ("Belongings list\n[x] Glasses\n[ ] Dentures\n[x] Hearing aid\n", "Dentures"),
    ("Hx diabetes.\nGlucometer serial Q7731209X replaced.\n", "Glucometer"),
    ("Annual Shielding Inspection - 2024\nInspector: T. Brandvold\n", "Annual Shielding Inspection"),
    ("(Reporter: Odile Vance, CSR)\n", "CSR"),
    ("2025-03-02  10:15  US-44120  E7712034  TRUS bx  T. Brandvold  pass\n", "TRUS"),
])
def test_form_words_are_kept(analyzer: PhiAnalyzer, text: str, word: str) -> None:
    assert untouched(analyzer, text, word)


def test_row_item_number_is_no_record_number(analyzer: PhiAnalyzer) -> None:
    text = ("Lead apron check\nID  S/N  Item  Owner  Pass/Fail\nB-201  SN448213-07  0.5mm Pb wrap  T. Brandvold  PASS\n"
            "B-202  LOT-330912  thyroid collar  Odile Vance  FAIL - crack 2 cm\n")
    assert untouched(analyzer, text, "B-202")
