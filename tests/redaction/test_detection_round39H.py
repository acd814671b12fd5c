"""Round 39, tuner H: text burned into images and printed by devices (ultrasound labels, mammography views and
CAD marks, DXA sites, CT slice and dose-range fields), and staff logins with a role suffix."""

from __future__ import annotations

from tests.redaction.test_detection import check, typed, untouched


def test_ultrasound_labels_are_kept_but_the_patient_is_masked(analyzer):  # noqa: ANN001
    text = ("GARCIA-FENWICK, MARISOL T   ID:40417723\n"
            "03-Feb-2025 10:14   C5-1  Abd  MI 0.9 TIs 0.6\n"
            "LT KIDNEY LONG\nL 10.2 cm\n[img 02]\nRT CFV COMPRESS\nDepth 14cm\n"
            "RT POPLITEAL FOSSA BAKER CYST\n2.4 x 1.3 cm\nSPLEEN LONG\nD1 9.8 cm\n")
    check(analyzer, text, ["GARCIA-FENWICK, MARISOL T"],
          keep=["LT KIDNEY LONG", "RT CFV COMPRESS", "RT POPLITEAL FOSSA BAKER CYST", "SPLEEN LONG"])


def test_a_name_line_with_a_plane_word_is_still_a_name(analyzer):  # noqa: ANN001
    text = "Patient: LONG, ROSALIND   MRN: 55120934\nRT THYROID LOBE TRV\nAP 0.9 cm\n"
    check(analyzer, text, ["LONG, ROSALIND", "55120934"], keep=["RT THYROID LOBE TRV"])


def test_mammography_views_marks_and_density_are_kept(analyzer):  # noqa: ANN001
    text = ("HALVORSEN, BIRGIT   MR7731209   DOB 02/14/1961\n"
            "Views: RCC RMLO LCC LMLO RMLO-ID\n"
            "Case score: 41/100   Density: Volpara 2\n"
            "Mark 1: Asym  LMLO  10:00  6 cm FN  size 9 mm  score 33\n")
    check(analyzer, text, ["HALVORSEN, BIRGIT", "MR7731209", "02/14/1961"],
          keep=["RMLO LCC LMLO RMLO-ID", "Volpara 2", "Mark 1", "10:00"])


def test_dxa_forearm_site_and_who_class_are_kept(analyzer):  # noqa: ANN001
    text = ("Patient: Quillon Ashdown  DOB: 07/30/1948\n"
            "1/3 Radius  0.812         -1.9      -0.8\n"
            "WHO Classification: Osteopenia\nEthnicity: White\n")
    check(analyzer, text, ["Quillon Ashdown", "07/30/1948"], keep=["1/3 Radius", "Osteopenia", "White"])


def test_ct_slice_spacing_and_dose_range_are_no_numbers(analyzer):  # noqa: ANN001
    text = ("Accession: XA55190348   Exam Date: 02/02/2026\n"
            "120 kV\n0.625mm/0.6sp\n"
            "1       Helical  S142.000-I637.000   9.40        244.40       Body 32\n")
    check(analyzer, text, ["XA55190348", "02/02/2026"], keep=["0.625mm/0.6sp", "S142.000-I637.000"])
    assert typed(analyzer, text, "PHONE") == []


def test_staff_logins_with_a_role_suffix(analyzer):  # noqa: ANN001
    text = ("Dept Appts - CT1   Mar 3, 2026   User: quashdo.md\n"
            "PRINTED Mar 3, 2026 07:12  by bvanterpool_rt\n"
            "Screenshots posted by Ines Q. Marlow (user imarlow_rt) in the chat.\n"
            "theodora.brisk_rt RT(R)(CT) 03/04/2026\n"
            "Tech: ofenwick.md   Reader: P. Cardle, MD\n")
    check(analyzer, text, ["quashdo.md", "bvanterpool_rt", "imarlow_rt", "theodora.brisk_rt", "ofenwick.md"],
          keep=["CT1", "RT(R)(CT)", "Reader"])
    assert untouched(analyzer, "Reviewed by staff\nRadiology notes: see readme.md for the workflow\n", "readme.md")
