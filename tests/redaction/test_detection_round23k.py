"""Round 23k: words and values that are no one's PHI in spreadsheets, drug cards, payment exports, letters and
title lines: formula functions, pharmacy routing values, visit labels in an account column, kin and card labels,
locum-agency words, a site's service after a dash, academic ranks, "outside imaging", meeting titles.

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, typed, untouched


def test_spreadsheet_formula_functions(analyzer: PhiAnalyzer) -> None:
    text = 'Row 7:  G7: 1988-04-11  H7: =DATEDIF(G7,TODAY(),"y")  J7: =EDATE(H7,6)  K7: =VLOOKUP(A7,Ref!A:C,2,0)\n'
    for word in ("DATEDIF", "EDATE", "VLOOKUP"):
        assert untouched(analyzer, text, word)


def test_drug_card_routing_values_and_labels(analyzer: PhiAnalyzer) -> None:
    text = ("Name  QUILLAN, BERTRAND\nDependent  ODALYS QUILLAN\nRxBIN  017321\nRxPCN  CARDPLUSX\n"
            "Copay  $15/$40\nSubscriber  QUILLAN, BERTRAND\n")
    check(analyzer, text, ["ODALYS QUILLAN", "BERTRAND"])
    for word in ("017321", "CARDPLUSX", "Dependent", "Copay"):
        assert untouched(analyzer, text, word)


def test_visit_labels_under_a_visit_column_are_not_accounts(analyzer: PhiAnalyzer) -> None:
    text = ("Participant | Card no. | Date | Amt | Visit\n"
            "Bertrand Quillan | 7710 2288 4431 9902 | 03/14/2025 | 40.00 | Baseline CT\n"
            "Odalys Fenwright | 6120 3349 0087 5561 | 04/02/2025 | 40.00 | V2 MRI\n")
    assert "Baseline CT" not in typed(analyzer, text, "ACCOUNT_ID")
    assert untouched(analyzer, text, "V2 MRI")


def test_kin_words_and_risk_models_are_not_names(analyzer: PhiAnalyzer) -> None:
    text = ("Your lifetime risk is 18.2% (Tyrer-Cuzick v8). Grandma Ottilie is 88 and lives in Tulsa; "
            "paged via Vocera at 7:02 PM.\n")
    assert "Ottilie" in typed(analyzer, text, "PERSON")
    for word in ("Grandma", "Tyrer-Cuzick", "Vocera"):
        assert untouched(analyzer, text, word)


def test_locum_agency_names(analyzer: PhiAnalyzer) -> None:
    text = ("Hi Dr. Penhallow,\n\nThanks for confirming with Ridgeway Locums. Details for the assignment follow.\n"
            "Thanks!\nOdalys\nTamarack Radiology Staffing | (555) 555-0161\n")
    for word in ("Ridgeway Locums", "Tamarack Radiology Staffing"):
        assert untouched(analyzer, text, word)


def test_pain_scores_are_not_dates(analyzer: PhiAnalyzer) -> None:
    text = "Pain 8/10 despite oxycodone; pain score: 10/10 at night. Seen 9/10/2024.\n"
    assert typed(analyzer, text, "DATE_TIME") == ["9/10/2024"]


def test_site_service_after_a_dash_and_meeting_titles(analyzer: PhiAnalyzer) -> None:
    text = ("Brackenfield Medical Center - High-Risk Breast Clinic\n\nMarch 3, 2025\n\n"
            "Orchard Vale Community Hospital Radiology Section Meeting\nDate: 4/5/2025\n")
    assert "Brackenfield Medical Center" in typed(analyzer, text, "FACILITY")
    assert "Orchard Vale Community Hospital" in typed(analyzer, text, "FACILITY")
    for word in ("High-Risk Breast Clinic", "Section Meeting"):
        assert untouched(analyzer, text, word)


def test_ranks_outside_imaging_and_exam_titles(analyzer: PhiAnalyzer) -> None:
    text = ("REQUEST FOR SECOND READ OF OUTSIDE IMAGING\nTo: Brackenfield Medical Center\n\n"
            "FLUOROSCOPY - VOIDING CYSTOURETHROGRAM\n\nSincerely,\nOdalys Fenwright, MD\nProfessor of Radiology\n")
    for word in ("SECOND READ OF OUTSIDE IMAGING", "VOIDING CYSTOURETHROGRAM", "Professor of Radiology"):
        assert untouched(analyzer, text, word)
    check(analyzer, text, ["Odalys Fenwright", "Brackenfield Medical Center"])


def test_cytology_category_products_and_abbreviations(analyzer: PhiAnalyzer) -> None:
    text = ("Cytology from the prior pass was Bethesda III. Extra pass for Afirma testing; images sent by DICOM push. "
            "Indication: opening pressure for IIH.\n")
    for word in ("Bethesda III", "Afirma", "DICOM", "IIH"):
        assert untouched(analyzer, text, word)


def test_rebooked_column_notes_are_not_dates(analyzer: PhiAnalyzer) -> None:
    text = ("Orig\tName\tMRN\tPhone\tExam\tNew slot\tNotes\n"
            "08:15\tOdalys Fenwright\t771-20-418\t555-555-0181\tknee\tno answer x2\tneeds interpreter\n"
            "09:45\tBertrand Quillan\t771-20-419\t555-555-0182\tL-spine\tpt to call back\t-\n"
            "10:30\tIvo Penhallow\t771-20-420\t555-555-0183\tpelvis\t6/11 14:20\t-\n")
    dates = typed(analyzer, text, "DATE_TIME")
    assert "6/11" in " ".join(dates)
    for word in ("no answer x2", "pt to call back"):
        assert untouched(analyzer, text, word)
