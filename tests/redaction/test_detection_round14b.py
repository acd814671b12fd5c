"""Round 14b: people in study-list exports, the sending site of an import log, and labels read as names.

Study-list CSV/TSV/pipe/semicolon exports whose header names the surname and given-name columns ("Last",
"First", "MI"): every cell under them is a person, and the header row itself is never PHI. The site after
"sender" in a media-import log, a town after its head word included. Kept: report words in an ALL-CAPS
title line ("OUTSIDE FILM CALL LOG", "XR LEFT HAND FOR BONE AGE"), section headings ("History of Present
Illness:"), an identifier's label before its number ("Teudat Zehut: ..."), a site's name after "To:" typed
as a site, and a transcript's "Q." / "A." marks before a pronoun.

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check


@pytest.mark.parametrize("delimiter", [",", "\t", "|", ";"])
def test_surname_and_given_name_columns(analyzer: PhiAnalyzer, delimiter: str) -> None:
    rows = [["Last", "First", "MRN", "DOB", "Exam", "Reader", "Status"],
            ["Short", "Wren", "Q5510238", "02/14/1960", "CT", "P. Hallgren", "FINAL"],
            ["Field", "Lark", "7730214", "11/30/1971", "MR", "T. Oyelowo", "PRELIM"],
            ["Mistry-Vale", "Anouk", "E44810372", "07/07/1988", "US", "P. Hallgren", "UNREAD"]]
    text = "\n".join(delimiter.join(row) for row in rows) + "\n"
    check(analyzer, text, ["Short", "Wren", "Field", "Lark", "Mistry-Vale", "Anouk", "T. Oyelowo"],
          [f"Last{delimiter}First"])


def test_middle_initial_column(analyzer: PhiAnalyzer) -> None:
    text = ("Last|First|MI|MRN|Exam\n"
            "Bright|Summer|K|55102931|XR chest\n"
            "Stone|Dale|R|55102947|CT head\n")
    check(analyzer, text, ["Bright", "Summer", "Stone", "Dale"], ["Last|First|MI|MRN"])


@pytest.mark.parametrize(("text", "phi"), [
    (("Disc received 03/04/2026 11:02 by mail; sender Bayview Heart Clinic Muscat\nStudies on disc: 3\n"
      "If you received this in error, notify the sender and destroy all copies."),
     ["Bayview Heart Clinic Muscat"]),
    ("CD logged in; sending facility: Harrowgate Imaging Centre Leeds\nReconciled to local MRN.",
     ["Harrowgate Imaging Centre Leeds"]),
])
def test_sending_site(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi, ["notify the sender and destroy"] if "notify" in text else [])


@pytest.mark.parametrize(("text", "phi", "keep"), [
    ("NEURORADIOLOGY FELLOW CALL LOG  03-Mar-2026  day shift\n0812 paged Dr. Quennell re CT.", ["Quennell"],
     ["CALL LOG"]),
    ("XR LEFT HAND FOR BONE AGE\nPatient: Tamsin Achebe-Lund  DOB 04/02/2015", ["Tamsin Achebe-Lund", "04/02/2015"],
     ["BONE AGE"]),
    ("CT ABDOMEN FOR KIDNEY STONE\nPatient: Ferdia Ostrowska", ["Ferdia Ostrowska"], ["KIDNEY STONE"]),
    ("IVR REMINDER TRANSCRIPT  line=3  started=2026-03-03 10:02\nAGENT: Good morning.", ["2026-03-03"],
     ["IVR REMINDER TRANSCRIPT"]),
])
def test_title_line_words_are_not_names(analyzer: PhiAnalyzer, text: str, phi: list[str], keep: list[str]) -> None:
    check(analyzer, text, phi, keep)


def test_section_heading_is_not_a_name(analyzer: PhiAnalyzer) -> None:
    text = ("Arrival: 02/03/2026 21:40\nHistory of Present Illness: 52-year-old man with flank pain "
            "seen by Dr. Ilse Marchetti.")
    check(analyzer, text, ["Ilse Marchetti"], ["History of Present Illness"])


def test_identifier_label_before_number(analyzer: PhiAnalyzer) -> None:
    text = "Medicaid #: 7QW2-PL4-ZX81\nKimlik Numarasi: 40817730214\nResponsible party: Ozan Tekbas (son)"
    check(analyzer, text, ["40817730214", "Ozan Tekbas"], ["Kimlik Numarasi"])


def test_site_after_to_is_not_a_person(analyzer: PhiAnalyzer) -> None:
    text = "From: Harbor Point Rehab    To: Quillan Ridge Medical Center Radiology\nResident: VOSS, ADA"
    spans = analyzer.analyze(text)
    site = next(s for s in spans if text[s.start:s.end].startswith("Quillan"))
    assert site.entity_type == "FACILITY"
    check(analyzer, text, ["Quillan Ridge Medical Center", "VOSS, ADA"])


@pytest.mark.parametrize(("text", "keep"), [
    ("Q. And the accession number was XB4410021?\nA. That's what the report says.\nQ. You described a mass.",
     ["A. That", "Q. You"]),
    ("Q. You did not mention Kerley B lines?\nA. It was not present in my opinion.", ["A. It", "Q. You"]),
    ("Witness: Bo Lindgren, RN. Interpreter ID 301174 (Farsi) used throughout.", ["Interpreter ID"]),
])
def test_transcript_marks_and_labels(analyzer: PhiAnalyzer, text: str, keep: list[str]) -> None:
    check(analyzer, text, [], keep)


@pytest.mark.parametrize(("text", "keep"), [
    ("Echo: LVEF 48%. Trace AR. Mild MR. TAPSE 17 mm.\nIMPRESSION: Normal RV function.", ["TAPSE"]),
    ("ASSESSMENT AND PLAN:\n1. Pyelonephritis - IV ceftriaxone.\n2. Dispo: rehab once afebrile.", ["Dispo"]),
])
def test_clinical_abbreviations_are_not_names(analyzer: PhiAnalyzer, text: str, keep: list[str]) -> None:
    check(analyzer, text, [], keep)
