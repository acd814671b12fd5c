"""Round 28 (K): people that a delimited row, a board, a booking line or an interpreter team places.

Invented text; each case fails without the round's rules.
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check


@pytest.mark.parametrize(("text", "phi"), [
    ("Reading room board\n\nUS renal | no hydro | Le\nXR ankle | fx? | A. van Dyke\n", ["Le", "A. van Dyke"]),
])
def test_board_row_reader_in_the_last_cell(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)



@pytest.mark.parametrize(("text", "phi"), [
    ("0815\tOR 3\tCT 1\tBROOKS, W\tQ7731902\tSunny\tstretcher\t\n", ["BROOKS, W", "Sunny"]),
    ("0815; OR 3; CT 1; FIELD, J; 41177302; Dawn; w/c; \n", ["FIELD, J", "Dawn"]),
])
def test_log_row_initialled_surname_and_escort_after_the_record_number(analyzer: PhiAnalyzer, text: str,
                                                                        phi: list[str]) -> None:
    check(analyzer, text, phi)



@pytest.mark.parametrize(("text", "phi"), [
    ("Booking list\n2/9 4:40 PM - STORM, PEARL - MRI brain\n", ["STORM, PEARL"]),
])
def test_inverted_name_placed_by_a_booking_or_log_line(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "phi"), [
    ("Deaf interpreter team Pearl + Storm (CDI) for the MRI\n", ["Pearl", "Storm"]),
])
def test_interpreter_team_members(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "phi"), [
    ("Transport\n1140\tED\tCT 1\tVOLE, ANA\t55120981\tSunny\tbed\tRN Storm escort\n", ["Storm"]),
    ("Dispatch\n   Assigned Storm; arrived 1402, done 1430\n", ["Storm"]),
    ("MRI HANDOFF 3/3/25  (Pearl off, Storm on)\n", ["Pearl", "Storm"]),
])
def test_escort_assignee_and_handoff_staff(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


def test_fragment_in_an_illegible_corner_of_a_board(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "CT head | neg | ?\n\n[upper left corner illegible] ... Storm ...\n", ["Storm"])


def test_csv_person_cell_split_by_an_unquoted_comma(analyzer: PhiAnalyzer) -> None:
    text = "time,unit,patient,mrn,escort\n0910,ED,Vole, Pearl,88123401,Sunny\n"
    check(analyzer, text, ["Vole, Pearl", "88123401"])
