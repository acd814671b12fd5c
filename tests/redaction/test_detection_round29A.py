"""Round 29 (A): people that queue chats, consent logs, equipment logs, import requests and minutes place.

Invented text; each case fails without the round's rules.
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, typed, untouched


def test_chat_handle_surname_given_after_the_bracketed_time(analyzer: PhiAnalyzer) -> None:
    text = ("#us-remote\n[6:42 PM] okafor_lionel: scanning now, gb wall thin\n"
            "[18:50] brandt_ingrid: ok, prelim posted\n")
    check(analyzer, text, ["okafor_lionel", "brandt_ingrid"])
    assert "okafor_lionel" in typed(analyzer, text, "PERSON")


def test_system_handle_of_common_words_is_no_person(analyzer: PhiAnalyzer) -> None:
    text = "[06:00] backup_job: nightly export finished without errors\n"
    assert untouched(analyzer, text, "backup_job")


def test_queue_patient_by_initials_before_the_age(analyzer: PhiAnalyzer) -> None:
    text = "[9:03 AM] lindgren_ola: next on the table - RV Stavros, 92-year-old, flank pain\n"
    check(analyzer, text, ["RV Stavros"])


@pytest.mark.parametrize(("text", "phi"), [
    ("date | participant | MRN | age | consenter | notes\n"
     "3/14 | PK Dunmore | 55120934 | 61F | lena vasquez | call back\n"
     "4/02 | Ostrow, Dana | 55120987 | 47M | TB | declined\n", ["PK Dunmore", "lena vasquez", "TB"]),
])
def test_consent_log_participant_and_consenter_columns(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


def test_ordered_by_column_is_a_person_and_credential_stays(analyzer: PhiAnalyzer) -> None:
    text = ("Rm | Resident | DOB | Exam | Ordered by | Done\n"
            "112 | Ada Quintero | 3/3/41 | CXR 2v | Farrow MD | 0810\n"
            "114 | Bo Lindahl | 5/9/38 | L hip | Pratt | 0840\n")
    check(analyzer, text, ["Farrow", "Pratt"])
    assert "Pratt" in typed(analyzer, text, "PERSON")
    assert untouched(analyzer, text, "MD |")


@pytest.mark.parametrize(("text", "phi"), [
    ("2024-02-11 03:10 - coil fault; GRETCHEN rebooted\n", ["GRETCHEN"]),
    ("2024-02-11 03:10 - table stuck; ottilie brandvold paged FSE\n", ["ottilie brandvold"]),
    ("2024-02-11 03:10 - helium alarm; KW Ambrose called vendor\n", ["KW Ambrose"]),
])
def test_equipment_log_entry_actor(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


def test_equipment_log_role_is_no_person(analyzer: PhiAnalyzer) -> None:
    text = "2024-02-11 03:10 - gantry error; tech paged FSE\n"
    assert untouched(analyzer, text, "tech paged")


def test_field_engineer_before_the_phone(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "Ticket opened  FSE odile brenneman +1 207 555 0199\n", ["odile brenneman"])


@pytest.mark.parametrize(("text", "phi"), [
    ("Status: IMPORTED by tobiah 12MAR24\n", ["tobiah"]),
    ("Status: FAILED - reprocess by grace 4/9\n", ["grace"]),
    ("Requested by: ottoline marsh / omarsh@example.org  3/4/24\n", ["ottoline marsh"]),
])
def test_import_request_people(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


def test_delivery_method_after_by_is_no_person(analyzer: PhiAnalyzer) -> None:
    text = "Status: CD received by mail 12/3/24\n"
    assert untouched(analyzer, text, "mail")


@pytest.mark.parametrize(("text", "phi"), [
    ("PORTABLE RUN  Tech: dorit wexler RT(R)  Van 12\n", ["dorit wexler"]),
    ("Chair: QV Halloran (RN)\n", ["QV Halloran"]),
    ("Item 1 - extravasation: pt BT Okwuosa (E4410298), 80F.\n", ["BT Okwuosa"]),
    ("Original reader: KD Farrelly, MD    Reviewer: Sam Ito\n", ["KD Farrelly"]),
    ("1. Worker name: PJ Szabo\n2. SSN: 000000000\n", ["PJ Szabo"]),
    ("Item 2 - late callback. Action: Hope to revise the callback list.\n", ["Hope"]),
])
def test_labelled_and_credentialed_people(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)
