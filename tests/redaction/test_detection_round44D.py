"""Round 44, tuner D: identifiers glued into file names, folder paths and storage keys (path-word view), and
identifiers cut at a path step. Paths are written for these tests (not taken from the evaluation corpus)."""

from __future__ import annotations

import pytest

from redaction._path_words import cut_at_path_steps, path_word_view
from redaction._spans import Span
from tests.redaction.test_detection import check, typed


@pytest.mark.parametrize(("text", "phi", "keep"), [
    # a patient folder and a study folder in an export path: name, MRN, date and accession glued by "_"
    ("Copied /mnt/export/OKONKWO_BEATRIX_00719354/20250611_CT_CHEST_WO_ACC5521934/ to the share.",
     ["OKONKWO_BEATRIX", "00719354", "20250611"], ["CHEST"]),
    # an HL7-style name in a scanned document's file name
    ("detected D:\\ScanIn\\consent_FERREIRA^LUDMILA^K_20240917.pdf", ["FERREIRA^LUDMILA^K", "20240917"], []),
])
def test_glued_path_identifiers(analyzer, text, phi, keep):  # noqa: ANN001
    check(analyzer, text, phi, keep)


def test_view_keeps_length_and_spares_code_urls_and_email():
    text = ("x = patient_name; mail jane_doe@example.org; https://h.example.org/a_b/c_d.pdf "
            "/data/SMITH_JOHN/scan_01.dcm")
    view = path_word_view(text)
    assert len(view) == len(text)
    assert "patient_name" in view and "jane_doe@example.org" in view and "https://h.example.org/a_b/c_d.pdf" in view
    assert "/data/SMITH JOHN/scan 01.dcm" in view


def test_identifier_cut_at_path_step():
    text = "E06329294/MRI_BRAIN 2026/03/01"
    spans = cut_at_path_steps(text, [Span(0, 13, "ACCOUNT_ID", 0.6), Span(20, 30, "DATE_TIME", 0.6)])
    assert [text[s.start:s.end] for s in spans] == ["E06329294", "2026/03/01"]


def test_url_stays_one_span(analyzer):  # noqa: ANN001
    text = "link: https://share.example.org/outside/GRAYSON_MILO_44120873?sig=abc123"
    assert typed(analyzer, text, "URL") == ["https://share.example.org/outside/GRAYSON_MILO_44120873?sig=abc123"]


def test_compact_iso_stamp_in_folder_name(analyzer):  # noqa: ANN001
    # the MRN ends at the folder step; the date and the time of "2024-09-30T084458" are read apart
    text = "/research/export/HALVORSEN,TOMAS_MRN33428505/2024-09-30T084458_MRI_LSPINE_WO   (follow-up)"
    check(analyzer, text, ["HALVORSEN,TOMAS", "33428505", "2024-09-30", "084458"], ["LSPINE"])
    assert [v for v in typed(analyzer, text, "MRN") if "33428505" in v and "/" not in v]


def test_site_key_of_a_named_facility(analyzer):  # noqa: ANN001
    text = ("Outside images from Bramblewood Cancer Center arrived today.\n"
            "Staged at /vna/inbound/BramblewoodCC/README_BramblewoodCC.TXT for review.")
    check(analyzer, text, ["Bramblewood Cancer Center", "BramblewoodCC"])
