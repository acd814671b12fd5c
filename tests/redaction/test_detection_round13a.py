"""Round 13a: recall fixes for worklist cells, institutions, foreign addresses and VA last-four IDs.

Ages with the sex after a slash ("93/F", "Age/Sex: 104 / M") and a relative "who is 92"; 24-hour times
opening a pipe-delimited log row before a name; "<place> County General" sites; schools, academies and
prisons after a label or by their head noun; the town in an obituary; Korean, Mexican, Brazilian,
French and Irish addresses, Brazilian phones; "Prontuario:" record numbers; the SSN's last four after the
surname's initial. Kept: ratios, bare years in tables, employers, clinical numbers.

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check


@pytest.mark.parametrize(("text", "phi"), [
    ("STAT  LOVEJOY, HARRIET  93/F  44120987  CT5512093  CT HEAD WO  Mercy West  14:02", ["93"]),
    ("Patient name: Orla V. Penhallow   Age/Sex: 104 / M\nTwo identifiers verified.", ["104"]),
    ("I am writing about my grandmother, who is 92 and has COPD.", ["92"]),
])
def test_old_ages_in_rows_and_prose(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "keep"), [
    ("BP 94/60 after fluids; SpO2 96% on RA.", ["94/60"]),
    ("Lesion 2.1 cm; 34/M follow-up in clinic.", ["2.1 cm"]),
])
def test_numbers_that_are_not_old_ages(analyzer: PhiAnalyzer, text: str, keep: list[str]) -> None:
    check(analyzer, text, [], keep)


def test_log_row_opening_time(analyzer: PhiAnalyzer) -> None:
    text = ("time / pt / id / agent / activity\n"
            "0914 | Lanigan, Beatrix | 5520981 | Tc-99m MDP | 24.1\n"
            "2237 | OSTROWSKI^PAVEL^K | E7731020 | F-18 FDG | 9.9\n")
    check(analyzer, text, ["0914", "2237"])


def test_year_column_without_name_is_kept(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "year | exams | dose\n2021 | 14 | 3.2\n", [], ["14 | 3.2"])


@pytest.mark.parametrize(("text", "phi"), [
    ("School: Juniper Flats High School   Sport: lacrosse\nParent present.", ["Juniper Flats High School"]),
    ("Facility: Cold Harbor State Prison   Housing: Med Obs\nTransport by van.", ["Cold Harbor State Prison"]),
    ("In-house: Maple Bend County General", ["Maple Bend County General"]),
])
def test_institutions(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


def test_obituary_town(analyzer: PhiAnalyzer) -> None:
    check(analyzer, 'Notice: "Imelda Trask, aged 88, of Kettering, passed peacefully in May."', ["Kettering"])


@pytest.mark.parametrize(("text", "phi"), [
    ("Address on outside requisition: 7 Yeongdong-daero 12-gil, Gangnam-gu, Seoul 06170", ["7 Yeongdong-daero 12-gil"]),
    ("Domicilio: Calle Morelos 41, Col. Roma, 06700 Puebla Pue.", ["Calle Morelos 41, Col. Roma", "Puebla"]),
    ("Endereco: Rua dos Ipes, 27, apto 14, 30140-071 Santos SP   Tel (21) 98812-3390",
     ["Rua dos Ipes, 27, apto 14", "Santos", "(21) 98812-3390"]),
    ("Address: 12 Larkfield Grove, Dublin 6 D06 F2K3", ["Dublin 6", "D06 F2K3"]),
])
def test_foreign_addresses_and_phones(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


def test_prontuario_number(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "Paciente: Ines Moura   Prontuario: QTB4410\nExame: RM", ["QTB4410"])


def test_va_last_four(analyzer: PhiAnalyzer) -> None:
    text = "RADIOLOGY REPORT\nHALVORSEN, BRIT K   H4417   SSN: XXX-XX-4417\nExam: CT HEAD"
    check(analyzer, text, ["4417"])  # the first "4417" is the one after "H"


def test_last_four_needs_matching_initial(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "HALVORSEN, BRIT K   T1234   SSN on file\nCT T1234 protocol", [], ["T1234 protocol"])
