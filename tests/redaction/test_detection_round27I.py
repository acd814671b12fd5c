"""Round 27I: clinical words and layouts that were masked as names or dates: transcranial Doppler's TAMMV, a prep
sheet's day headings, a pain score after its change word or before-procedure label, a grade or a field strength
in tesla ending a sentence, an eponym before a tendon disease, credentials, device and exam acronyms, a PICC's
expansion, newsletter titles, kin and role words, an interpreter's language.

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, typed, untouched


def test_tcd_velocity_acronym_is_kept(analyzer: PhiAnalyzer) -> None:
    text = ("Dear parent of Ossian Brightwell,\nResults of the screening:\n"
            "Time-averaged mean of the maximum velocities (TAMMV):\n  right MCA: 154 cm/s\n"
            "Genotype HbSC, on hydroxyurea.\n")
    check(analyzer, text, ["Ossian Brightwell"], ["TAMMV", "HbSC"])


def test_prep_sheet_day_headings_are_kept(analyzer: PhiAnalyzer) -> None:
    text = ("Prep for your barium enema, Wilhelmina Carrow\n\n"
            "THREE DAYS BEFORE (6/2):\n  • Soft diet only.\n"
            "THE DAY BEFORE (June 4):\n  • Clear liquids after noon.\n"
            "DAY OF EXAM (6/5):\n  • Nothing by mouth.\n")
    check(analyzer, text, ["Wilhelmina Carrow"], ["THREE DAYS BEFORE", "THE DAY BEFORE", "DAY OF EXAM"])


def test_pain_score_after_change_word_or_procedure_label(analyzer: PhiAnalyzer) -> None:
    text = ("Sat 2/7\nNeck pain better, 2/10. Called the clinic.\n"
            "Post-injection pain score 0/10 (pre-injection 7/10). Follow up on 03/14/2026.\n")
    check(analyzer, text, ["03/14/2026"], ["2/10", "7/10", "0/10"])


def test_roman_grade_and_tesla_ending_a_sentence_are_no_initials(analyzer: PhiAnalyzer) -> None:
    text = ("The alpha angle is 64 degrees, which is Graf type I. Femoral head coverage is normal.\n"
            "Breast MRI obtained at 1.5 T. Background enhancement mild. Read by Dr. Quillon Marsh.\n")
    check(analyzer, text, ["Quillon Marsh"], ["Graf type I", "1.5 T", "Femoral", "Background"])


def test_eponym_before_tendon_disease_is_kept(analyzer: PhiAnalyzer) -> None:
    text = "Referred by Dr. Osric Pendleford for pain attributed to de Quervain tenosynovitis of the left wrist.\n"
    check(analyzer, text, ["Osric Pendleford"], ["de Quervain tenosynovitis"])


def test_credential_and_exam_acronyms_are_kept(analyzer: PhiAnalyzer) -> None:
    text = ("HSAT kit return log\nScoring tech: Brannoch Felloway, CRT\n"
            "CIED checked before the scan. DECT MSU crystal evaluation of both feet.\n"
            "Sequences: PD fat-saturated, ABER T1, T2 FSE.\nAUC consultation override (PAMA) export\n")
    check(analyzer, text, ["Brannoch Felloway"], ["HSAT", "CRT", "CIED", "DECT MSU", "ABER T1", "PAMA"])


def test_picc_expansion_and_log_fields_are_no_names(analyzer: PhiAnalyzer) -> None:
    text = ("Peripherally Inserted Central Catheter: placement note\nPatient = Tobiah Wrenfield\n"
            "Inserted = 2/9 10:41\nInserted by = K. Ashgrove, RN\nCatheter = 4 Fr single-lumen\n")
    assert typed(analyzer, text, "PERSON") == ["Tobiah Wrenfield", "K. Ashgrove"]


def test_exam_title_before_its_bracket_is_no_name(analyzer: PhiAnalyzer) -> None:
    text = "LEFT SHOULDER ARTHROGRAM (MR arthrography)\nName: PELLINGHAM, Corwin  Acc 55120934\n"
    assert untouched(analyzer, text, "SHOULDER ARTHROGRAM")


def test_newsletter_titles_and_roles_are_no_names(analyzer: PhiAnalyzer) -> None:
    text = ("The Viewbox Weekly\n\nHAPPY RETIREMENT — Odalys Fenwright!\n"
            "Contract RN Orientation: Imaging Services\n")
    assert typed(analyzer, text, "PERSON") == ["Odalys Fenwright"]


def test_nurse_title_and_kin_word_are_not_masked(analyzer: PhiAnalyzer) -> None:
    text = ("Tues 4/21, 9:05 AM\nNurse Ilsabet Corrowan called from 555-0144 to move my follow-up.\n"
            "\"daughter calling for mom, age 93\",left message\n")
    assert untouched(analyzer, text, "Nurse")
    assert untouched(analyzer, text, "mom")
    check(analyzer, text, ["Ilsabet Corrowan"])


def test_interpreter_language_is_no_name(analyzer: PhiAnalyzer) -> None:
    text = "Interpreter present: T. Marrowby (Rohingya). Family address on file.\n"
    assert untouched(analyzer, text, "Rohingya")
