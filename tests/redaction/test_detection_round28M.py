"""Round 28 (M): clinical scales, credentials, field strengths and log words kept; notes after a table's person.

Invented text; each case fails without the round's rules.
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, typed, untouched


@pytest.mark.parametrize(("text", "phi", "keep"), [
    ("Time  Patient  Drug  Scores  Prescriber / Witness\n"
     "0930  QUILLBY, T  midazolam 1 mg  ASA II Ramsay 3  R. Ostrander / Pell\n"
     "1015  VARNEY, O  propofol 2 mg/kg/h  ASA I UMSS 2  Ostrander / T. Pell\n", ["QUILLBY, T", "R. Ostrander"],
     ["Ramsay 3", "UMSS 2"]),
    ("Consistencies: IDDSI level 1 slightly thick. Worst score Penetration-Aspiration Scale 5 on thin liquid.\n",
     [], ["IDDSI level 1", "Penetration-Aspiration Scale 5"]),
    ("Gemma Torvik has mild cognitive impairment (MMSE 25/30, CDR 0.5); amyloid PET read Centiloid 61.\n",
     ["Gemma Torvik"], ["MMSE 25/30", "Centiloid 61"]),
])
def test_sedation_swallow_and_cognition_scales_are_kept(analyzer: PhiAnalyzer, text: str, phi: list[str],
                                                         keep: list[str]) -> None:
    check(analyzer, text, phi, keep)


@pytest.mark.parametrize(("text", "credential"), [
    ("PICC placed without difficulty.\n\n-- Wren Osterberg, CRNI\n", "CRNI"),
    ("Witness Tamsin Rook, RN, CPN; sedation ended 10:40\n", "CPN"),
    ("Electronically signed: Ivo Brantley, MD, FSBI 04/02/2026 9:10am\n", "FSBI"),
    ("Biopsy planned.\n\nQuincy Harlow, MD, FAAD / O. Renner, MD\n", "FAAD"),
    ("With sympathy,\n\nDelphine Aske, MD, FACOG\nMaternal-Fetal Medicine\n", "FACOG"),
    ("RSO: Corwin Lisle, MS, CHP  clisle@example.org\n", "CHP"),
    ("Interpreter team Odile Fenn + Bram Kettle (CDI)\n", "CDI"),
    ("On-site: Perrin Sato (NIC, CI/CT) from the agency\n", "NIC"),
])
def test_credentials_after_a_name_are_kept(analyzer: PhiAnalyzer, text: str, credential: str) -> None:
    assert untouched(analyzer, text, credential)


@pytest.mark.parametrize(("text", "keep"), [
    ("Whole-body STIR from vertex to toes at 1.5 T. No contrast given.\n", "1.5 T"),
    ("Axial T1 at 3 T. No sedation was needed.\n", "3 T"),
])
def test_field_strength_before_a_sentence_is_no_initial(analyzer: PhiAnalyzer, text: str, keep: str) -> None:
    assert untouched(analyzer, text, keep)


@pytest.mark.parametrize(("text", "keep"), [
    ("Fluid was very low and a second US confirmed the cardiac defect.\n", "US"),
    ("Findings were suspected and a fetal MRI confirmed agenesis of the corpus callosum.\n", "MRI"),
])
def test_a_study_confirmed_is_no_initials(analyzer: PhiAnalyzer, text: str, keep: str) -> None:
    assert untouched(analyzer, text, keep)


@pytest.mark.parametrize(("text", "keep"), [
    ("XR R wrist | Smith fx? -> splint, callback | Orla\n", "Smith"),
    ("XR L wrist | Barton fx? -> ortho aware | Orla\n", "Barton"),
    ("Vein compresses fully. Modified Allen test normal. Procedure after time-out.\n", "Allen test"),
    ("Lives alone, needs Hoyer lift and wheelchair, daughter drives.\n", "Hoyer"),
])
def test_eponyms_before_their_shorthand_nouns_are_kept(analyzer: PhiAnalyzer, text: str, keep: str) -> None:
    assert untouched(analyzer, text, keep)


def test_note_after_a_table_person_cell_is_not_the_name(analyzer: PhiAnalyzer) -> None:
    text = ("Time  Patient  Acct  Drug  Dose  Prescriber / Witness\n"
            "0910  HOLLOWAY, B  774120033  midazolam  1.0 mg  K. Stroud / Pell; waste 0.4 mL witnessed\n"
            "1130  MARCH, E  774120544  propofol  2.0 mg  Ostrander / Pell\n")
    check(analyzer, text, ["HOLLOWAY, B", "K. Stroud"], ["0.4 mL witnessed"])


def test_a_credential_shifted_under_a_serial_column_is_kept(analyzer: PhiAnalyzer) -> None:
    text = ("Name, Role, Badge SN, Location, Deep (mSv), Notes\n"
            "Quarry, Anselm, RT(R)(VI), 4410-KQRT-118, collar, 0.42\n"
            "LINDGREN, PAZ, RN, 5521-RRTX-903, waist, 0.17\n")
    assert untouched(analyzer, text, "RT(R)(VI)")
    assert untouched(analyzer, text, "RN")


@pytest.mark.parametrize(("text", "keep"), [
    ("   Assigned Sun-Hee; arrived 0805, done 0930\n   Assigned Oyelowo; arrived 1130, done 1240\n", "Assigned"),
    ("Contact by videophone 555-201-0104 or text 555-201-0188\n", "videophone"),
    ("Hospital Language Access - Sign Language Requests\nCoordinator: Oona Fitch\n", "Sign Language Requests"),
    ("Dear Teacher,\n\nTamsin was seen in our clinic today.\n", "Teacher"),
    ("the APOE e4 heterozygous status was discussed\n", "APOE"),
])
def test_log_and_letter_words_are_no_names(analyzer: PhiAnalyzer, text: str, keep: str) -> None:
    assert untouched(analyzer, text, keep)


def test_two_people_in_one_table_cell_are_two_names(analyzer: PhiAnalyzer) -> None:
    text = ("Time  Patient  Acct  Drug  Dose  Prescriber / Witness\n"
            "0910  HOLLOWAY, B  774120033  midazolam  1.0 mg  K. Stroud / Pell\n"
            "1130  MARCH, E  774120544  propofol  2.0 mg  Ostrander / T. Pell\n")
    people = typed(analyzer, text, "PERSON")
    assert "K. Stroud" in people and "Pell" in people and "K. Stroud / Pell" not in people
