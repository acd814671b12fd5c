"""Round 22f: people named by the grammar of a messaging or interchange format, whatever their names spell:
pager log recipients, sign-offs and "RE Surname 40 yo", patient-discovery query parts (family=;given=),
duplicate-review records ("[A] DOE, JANE"), "PATIENT = ...", "Exported by ...", inverted names after a cue,
credential list items, author lists with affiliation numbers, HTML cells and bold signers, JSON person keys,
transport board cells, iCalendar SUMMARY "for LAST, FIRST", YAML cc lists, case captions and "X is a 50-year-old".

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, typed, untouched


@pytest.mark.parametrize("sep", [" | ", " ; ", "\t"])
def test_pager_log_recipients_sign_offs_and_subjects(analyzer: PhiAnalyzer, sep: str) -> None:
    text = (f"PAGER EXPORT 03.02.2025\n"
            f"0912h{sep}to:Hunter{sep}PLS CALL (555) 555-0142 RE Bishop 41 yo ACC XR.1234567{sep}SENT\n"
            f"0920h{sep}Recip=Fletcher{sep}PROTOCOL? CT head for B. Quill DOB 01/02/1980 ok? -Ivy{sep}ACK\n"
            f"0931h{sep}TO Carter{sep}WET READ no acute findings{sep}READ\n"
            "Sent via console by Hope\n")
    check(analyzer, text, ["Hunter", "Bishop", "Fletcher", "Ivy", "Carter", "Hope"])


@pytest.mark.parametrize("sep", [";", "&"])
def test_patient_discovery_query_name_parts(analyzer: PhiAnalyzer, sep: str) -> None:
    text = (f"2025-01-02T03:04:05 | 10.1.2.3 | J. Quill | Example Clinic | XCPD | "
            f"family=Baker{sep}given=Holly{sep}dob=19600101{sep}zip=00000 -> 1 match\n")
    check(analyzer, text, ["Baker", "Holly"])


def test_duplicate_review_records_and_equals_labels(analyzer: PhiAnalyzer) -> None:
    text = ("Duplicate Review\n\nPair 4  score 88%\n  [A] VAN TASSEL, ROWAN\n  MRN E1111111\n"
            "  [B] NGUYEN, AN THI MAI\n  MRN E2222222\n\nPATIENT = PARKER, JUNE ELLA\nOPERATOR = someone\n")
    check(analyzer, text, ["VAN TASSEL, ROWAN", "NGUYEN, AN THI MAI", "PARKER, JUNE ELLA"])


def test_exporter_cue_inverted_names_and_credential_lists(analyzer: PhiAnalyzer) -> None:
    text = ("Exported by Marchbank, Tolliver Q 2025-02-03 10:00\n"
            "ADDENDUM: Discussed with Brook, Rain T by phone at 0810h.\n"
            "PI Ferris, Wendell Ode to adjudicate.\n"
            "Credentialing roster:\n - Sorrel, Pim Ansel, MD, PhD, 555.555.0199\n - Dunmore, Kip A — 555-555-0188\n")
    check(analyzer, text, ["Marchbank, Tolliver Q", "Brook, Rain T", "Ferris, Wendell Ode", "Sorrel, Pim Ansel",
                           "Dunmore, Kip A"])


def test_critical_result_and_case_caption(analyzer: PhiAnalyzer) -> None:
    text = ("10:01 | to:X. Roe | CRIT RESULT Lark, Fenna P mr M1234567 CT chest - no change | SENT\n"
            "Re: Pollard, Ines K. v. Some Imaging Group, et al.\n")
    check(analyzer, text, ["Lark, Fenna P", "Pollard, Ines K."])


def test_author_list_with_affiliation_numbers(analyzer: PhiAnalyzer) -> None:
    text = ("Authors: Quill Tamsin1, B. Orrin2 MD, Zhao Lanfen2\n1 Department of Radiology, Somewhere\n")
    check(analyzer, text, ["Quill Tamsin", "Zhao Lanfen"])


def test_html_cells_bold_signers_and_json_keys(analyzer: PhiAnalyzer) -> None:
    html = ("<table>\n  <tr><th>Patient:</th><td>Marlow, Sunny R</td></tr>\n</table>\n"
            "<p>Electronically signed by <b>Hollis Pennyworth</b>, MD</p>\n")
    check(analyzer, html, ["Marlow, Sunny R", "Hollis Pennyworth"])
    js = ('{"channel": "rad-conf", "exportedBy": "Dawn Summers",\n'
          ' "messages": [{"from": {"user": {"displayName": "Pierre-Luc d\'Anjou"}}}],\n'
          ' "channelName": "Reading Room East"}\n')
    check(analyzer, js, ["Dawn Summers", "Pierre-Luc d'Anjou"])
    assert "Reading Room East" not in typed(analyzer, js, "PERSON")


def test_labels_students_reporters_and_timestamped_comments(analyzer: PhiAnalyzer) -> None:
    text = ("Student: Rowan Birch   Preceptor: Dr. A. Example\n"
            "Reporter: Hazel Wren\n"
            "02/03/2025 10:11 Marie-Claude d'Orsay: Reproduced.\n"
            "**ID/CC:** Clover is a 64-year-old presenting with pain.\n"
            "Claimant is a 40-year-old warehouse worker.\n")
    check(analyzer, text, ["Rowan Birch", "Hazel Wren", "Marie-Claude d'Orsay", "Clover"], keep=["Claimant"])


def test_board_rows_calendar_yaml_and_header_eponyms(analyzer: PhiAnalyzer) -> None:
    board = ("T10001\t7:05 AM\tHarold PAGET\tICU-2A\tXR\tK. Do\tDelayed\tRN Juniper to accompany\n"
             "T10002  8:15 AM  LE, MINH  ED-3  CT  Someone  Complete\n")
    check(analyzer, board, ["Harold PAGET", "K. Do", "Juniper", "LE, MINH"])
    cal = "BEGIN:VEVENT\r\nSUMMARY:CT ABDOMEN for HUNTER, MAY R\r\nEND:VEVENT\r\n"
    check(analyzer, cal, ["HUNTER, MAY R"])
    yaml = "report:\n  cc: [Minh Le, mle@example.org]\n"
    check(analyzer, yaml, ["Minh Le"])
    header = "Pt: ROE, JAN\tAcct: E0000001\tPCP: Wintermute, Obed B.\tProvider: Someone\n"
    check(analyzer, header, ["Wintermute, Obed B."])
    check(analyzer, "Patient: Walter ADDISON   MRN: 12345678\n", ["Walter ADDISON"])


def test_caller_given_name_and_its_limits(analyzer: PhiAnalyzer) -> None:
    text = "Re: results question\nJune called asking about her CT.\nRadiology called about the order.\n"
    check(analyzer, text, ["June"])
    assert untouched(analyzer, text, "Radiology")
