"""Round 28 (N): clocks of dispatch and transport logs, table rows with "SURNAME, GIVEN", towns with link words,
ages in reminder lists, labelled accessions with a modality, open-MRI sites.

Invented text; each case fails without the round's rules.
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, typed


@pytest.mark.parametrize(("text", "phi"), [
    ("Portable CXR run\n#1 rcvd 0742 - Maple Court Residence\n   Tech J. Roe; arrived 0915, done 1006\n",
     ["0742", "0915", "1006"]),
    ("Bed move: ret 2214\n", ["2214"]),
    ("MRI backlog after 1730 -> Elm Valley Hospital\n", ["1730"]),
])
def test_dispatch_event_clocks(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


def test_done_clock_but_not_a_year_in_prose(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "Colonoscopy done 2019 showed two polyps. Portable film done 0640; read.\n", ["0640"],
          keep=["2019"])


@pytest.mark.parametrize(("text", "phi"), [
    ("07:14\tED\tCT 1\tstretcher\n1309\tICU\tMRI 2\tbed\n4:40pm\tPACU\tUS 1\tw/c\n2251\tED\tXR 1\tbed\n",
     ["1309", "2251"]),
    ("0455; 3 West; CT 2; bed\n10:02am; ED; XR 1; w/c\n1912; ICU; US 1; bed\n13:30; ED; CT 1; bed\n",
     ["0455", "1912"]),
])
def test_log_rows_opening_with_a_clock(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


def test_year_rows_stay_clock_rows_masked(analyzer: PhiAnalyzer) -> None:
    text = ("2019\tCT chest\tnormal\n2021\tCT chest\tstable\n2023\tCT chest\tstable\n\n"
            "08:10\tED\tbed\n1422\tICU\tw/c\n17:05\tED\tbed\n")
    check(analyzer, text, ["1422"], keep=["2021"])


def test_csv_row_with_unquoted_surname_given(analyzer: PhiAnalyzer) -> None:
    text = ("time,car,from,to,patient,mrn,transporter,equipment\n"
            "0810,A,ED,CT 1,Joe Bloggs,44120987,Ann Roe,bed\n"
            "0925,B,ICU,US 2,QUILL, ODETTE,55012348,Ben Soto,w/c\n")
    check(analyzer, text, ["55012348"])


@pytest.mark.parametrize(("text", "phi"), [
    ("Home: 12 Birch Lane, Hope or Glory, NM 87001\n", ["Hope or Glory"]),
    ("Return to 55 Pine St, Lac d'Argent MN 55812\n", ["Lac d'Argent"]),
])
def test_towns_with_a_link_word_before_state_and_zip(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "phi"), [
    ("2) Hollis Fenwick (95) -> needs two-person assist\n", ["95"]),
    ("[ ] MARLOW, ESTHER (91) -> oxygen on transport\n", ["91"]),
])
def test_age_after_a_list_item_name(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


def test_accession_label_with_a_modality(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "Pt: Roe, Ann  Acc (CT): 8812.40017\n", ["8812.40017"])


def test_open_mri_site(analyzer: PhiAnalyzer) -> None:
    text = "Outside films from Riverbend Open MRI requested.\n"
    assert any("Riverbend" in span for span in typed(analyzer, text, "FACILITY"))


def test_department_clinic_names_and_a_degree_are_no_sites(analyzer: PhiAnalyzer) -> None:
    assert not typed(analyzer, "Seen in Cognitive Neurology and the Survivorship Clinic today.\n", "FACILITY")
    assert not typed(analyzer, "Physicist: K. Marlow, MS, DABR  ext 4410\n", "CITY")


def test_badge_csv_with_surname_given_keeps_the_body_site(analyzer: PhiAnalyzer) -> None:
    text = ("Name, Role, Badge SN, Location, Deep (mSv), Notes\n"
            "Marlow, Odette, RN, QX5512093, waist, 0.12, ok\n"
            "Fenwick, Hollis, MD, QX5512788, collar, 0.40, late\n")
    check(analyzer, text, ["QX5512093", "QX5512788"], keep=["waist", "collar"])
