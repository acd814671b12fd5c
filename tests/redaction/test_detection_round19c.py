"""Round 19c: a Canadian SIN after a bracketed note, a Mexican IMSS affiliation number, an area code closed by a
slash, bare clocks of an access log's "Tm" column, ages 90+ in registry / form / slash-line layouts, body sites
under a log's "Site" column kept, implant lots beside their serial and "day 6/7" of a course kept.

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check


# ------------------------------------------------------------------ SSN / health plan / phone
@pytest.mark.parametrize(("text", "phi"), [
    ("Escort: Marta Lindgren (sister)\nSIN (payroll file only): 734 221 608\n", ["734 221 608"]),
    ("Spouse: Ines Paquet\nSIN (do not fax): 402 118 936\n", ["402 118 936"]),
])
def test_canadian_sin_is_masked(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


def test_imss_affiliation_number_is_masked(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "Sending unit: Clinica del Valle\nNo. de afiliacion IMSS: 17 62 48 3305 9\nReceiving: ER\n",
          ["17 62 48 3305 9"])


def test_area_code_closed_by_slash_is_masked(analyzer: PhiAnalyzer) -> None:
    text = "Pay online: https://pay.example.org/acct/55120xk or call 608/555-0174 M-F 9-5\n"
    check(analyzer, text, ["608/555-0174"])


# ------------------------------------------------------------------ clocks of an access log
@pytest.mark.parametrize("delimiter", ["\t", " ; "])
def test_bare_clocks_in_a_tm_column_are_masked(analyzer: PhiAnalyzer, delimiter: str) -> None:
    rows = [["Tm", "Name", "MR#", "Vein", "G", "#", "Comments"],
            ["0412", "Okafor, Lise", "K4471920", "L forearm", "22", "2", "flushes well"],
            ["13:05", "Brandt, Oren", "771203-4", "R hand", "20", "1", "second try ok"],
            ["1922", "Ruiz, Tomasz", "M6620184", "L AC", "18", "3", "warm pack"]]
    text = "PIV LOG 3 West\n" + "\n".join(delimiter.join(row) for row in rows) + "\n"
    check(analyzer, text, ["0412", "1922"])


# ------------------------------------------------------------------ ages 90 and over
@pytest.mark.parametrize(("text", "age"), [
    ("Registry form\nDOB\t02/11/1930\nAge at surgery\t96\nSide\tleft\n", "96"),
    ("Pt name:Ilse Varga   Age (yrs):93\nStudy: CT airway\n", "93"),
    ("Patient: Roland Feathers\nDOB 09/02/1929 (96)  HRN Q552019\n", "96"),
    ("B. Osei / 552-7710-18 / 9920-114455 / 91 / 7/3/34\nLast known well 03:10\n", "91"),
    ("Lund, Agnes P / K558120447 / 94 / 12 June 1931\nFormat: large print\n", "94"),
])
def test_age_over_89_layouts_are_masked(analyzer: PhiAnalyzer, text: str, age: str) -> None:
    check(analyzer, text, [age])


# ------------------------------------------------------------------ kept: body sites, lots, day counts
def test_body_site_under_site_column_is_kept(analyzer: PhiAnalyzer) -> None:
    text = ("Time | Pt | MRN | Site | Ga | Note\n"
            "0650 | Haldane, Bram | 55120938 | L basilic vein | 20 | ok\n"
            "10:14 | Quill, Ada | M8812004 | R AC | 22 | flushes well\n")
    check(analyzer, text, ["Haldane, Bram", "55120938"], keep=["L basilic vein", "R AC"])


def test_implant_lot_beside_its_serial_is_kept(analyzer: PhiAnalyzer) -> None:
    text = "Components:\n  - acetabular shell  lot 407719  SN QPX552071\n"
    check(analyzer, text, ["QPX552071"], keep=["407719"])


def test_day_of_an_antibiotic_course_is_kept(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "PLAN: Continue IV cefazolin day 4/10. Repeat film 6/18/2025.\n", ["6/18/2025"], keep=["4/10"])
