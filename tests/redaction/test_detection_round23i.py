"""Round 23i: people written as initials (or a bare given name) where the layout says a person is meant: meeting
chair/scribe fields, action-item owners, "pt XY (MRN ...)", ledger steps ("reconciled by Q.R."), a note's patient as
initials before age and sex, document-closing sign-offs, OCR'd card name lines, inverted emergency contacts and list
lines, spreadsheet cells holding a capitals name surname first and "Patient = Given I Surname".

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, untouched


def test_meeting_minutes_roles_and_action_owners(analyzer: PhiAnalyzer) -> None:
    text = ("Quality huddle, ultrasound section\n"
            "Chair: Q.W.   Scribe: ZRT\n\n"
            "1. Event review: wrong-side study ordered for pt VJ (MRN K5521907) on 4/2; caught at time-out. "
            "YB to revise the order-entry template.\n\n"
            "Action items:\n"
            "  [XQ] circulate revised checklist by 5/14\n"
            "  [F.N.] book the phantom for testing by 05/20/2025\n")
    check(analyzer, text, phi=["Q.W.", "ZRT", "VJ", "YB", "XQ", "F.N."], keep=["wrong-side study", "time-out"])


def test_ledger_step_and_age_sex_initials(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "Subtotal paid: $120.00; reconciled by QZ 6/3\n", phi=["QZ"])
    check(analyzer, "Subtotal paid: $80.00; reconciled by R.V. 6/9\n", phi=["R.V."])
    check(analyzer, "sticky note, typed:\n3/11 @ 9:40am VX 52yo ♂ MRN 771-20-118\nh/o DM2.\n", phi=["VX"])
    check(analyzer, "4/2 - 0810 hours QJ 19 yo ♀\nc/o cough.\n", phi=["QJ"])


def test_document_closing_sign_offs(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "Specimen adequate; patient tolerated procedure well.\nQX/ZWB", phi=["QX", "ZWB"])
    check(analyzer, "Puncture site clean; instructions given.\n-- VQR", phi=["VQR"])
    check(analyzer, "Small bilateral effusions noted.\n— Margaret", phi=["Margaret"])
    # a section closing with a dash and a heading word is no sign-off
    assert untouched(analyzer, "Nodule stable.\n-- END", "END")


def test_ocr_card_name_lines(analyzer: PhiAnalyzer) -> None:
    text = ("-- page 1 --\nBLUE PLAN PPO\nName QUILLFE4THER, ODALYS M\nMember ID XQP20938811\n"
            "Dep: BRONWEN TASKER\nRxBIN 004336\n")
    check(analyzer, text, phi=["QUILLFE4THER, ODALYS M", "BRONWEN TASKER"])


def test_inverted_contact_and_list_line_names(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "Emergency contact Paget, Odalys R (daughter), 555-0100\n", phi=["Paget, Odalys R"])
    check(analyzer, "Quillan, Bronwen T - 58F - 7730291\nThyroid FNA performed.\n", phi=["Quillan, Bronwen T"])



def test_sheet_cell_caps_inverted_name(analyzer: PhiAnalyzer) -> None:
    text = "A1: Patient  B1: MRN\nA2: QUELLAR VOSKUIJL, BRONWEN\nB2: K4471203\n"
    check(analyzer, text, phi=["QUELLAR VOSKUIJL, BRONWEN"])


def test_equals_label_mixed_case_name(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "PREP ORDER\nPatient = Lysander P Marsh\nAGE = 71\n", phi=["Lysander P Marsh"])
    assert untouched(analyzer, "PREP ORDER\nPatient = Not Given\nAGE = 71\n", "Not Given")
