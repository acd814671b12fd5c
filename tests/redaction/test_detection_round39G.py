"""Round 39 G: text read off images, OCR's letter/digit confusions read back (redaction/_ocr_views.py)."""

from __future__ import annotations

import pytest

from redaction._ocr_views import ocr_digits, ocr_view
from tests.redaction.test_detection import check, typed, untouched


@pytest.mark.parametrize(("text", "phi", "keep"), [
    ("Scanned request\nPatient: GRUNDV8LD, MARISOL   MRN: 40271193\nExam: CT HEAD WO",
     ["GRUNDV8LD, MARISOL"], ["CT HEAD"]),
    ("Reviewed by Hollis Fenwi1ck, RT(R)  time 14:10\nFindings: no acute fracture.",
     ["Hollis Fenwi1ck"], ["no acute fracture"]),
    ("Signed: Dr. 0RLANDO PETRAK, MD\nImpression: L4-L5 disc bulge.", ["0RLANDO PETRAK"], ["L4-L5", "disc bulge"]),
])
def test_ocr_names_read_back_keep_offsets(analyzer, text, phi, keep) -> None:
    check(analyzer, text, phi, keep)


@pytest.mark.parametrize(("text", "phi", "keep"), [
    ("Date of exam: 3/1B/24  Modality: MR\nT2 hyperintense lesion.", ["3/1B/24"], ["T2 hyperintense"]),
    ("Acquired 11-Mar-2023 1Z:4S:07   C5-1  Abd", ["1Z:4S:07"], ["C5-1"]),
    ("Follow-up letter dated Aprll 9, 2024 regarding your MRI.",
     ["Aprll 9, 2024"], ["MRI"]),
])
def test_ocr_dates_read_back(analyzer, text, phi, keep) -> None:
    check(analyzer, text, phi, keep)


def test_ocr_dotted_quad_with_comma(analyzer) -> None:
    text = "Workstation node 10.44,161.2B  protocol 4.2 CT CHEST"
    assert typed(analyzer, text, "IP_ADDRESS") == ["10.44,161.2B"]
    assert untouched(analyzer, text, "protocol 4.2 CT CHEST")


def test_codes_and_logins_are_not_re_read() -> None:
    # codes mix letters and digits too: a probe, a level, a gene, an isotope, an MRN, a login keep their glyphs
    for word in ("L12-3", "L5-S1", "BRCA1", "HER2", "Tc99m", "MR641ZO99", "eL18-4", "szaboy2", "1st", "5October"):
        assert ocr_view(word) == word
    assert ocr_view("PlNECREST Ha1e 0SVALDO Ju1y") == "PINECREST Hale OSVALDO July"
    assert ocr_digits("9/2B/25 and B12") == "9/28/25 and 812"  # digits only; the analyzer keeps numeric spans


def test_ocr_view_leaves_versions_and_numbers(analyzer) -> None:
    text = "Software v3.0.18 build 1,234.5 reviewed; vitamin B12 level normal."
    assert ocr_view(text) == text
    assert untouched(analyzer, text, "vitamin B12 level normal")
