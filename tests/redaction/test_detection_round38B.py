"""Round 38 (B): names that are not logins. Capitals file names in a folder of patient imports (hyphenated
surnames, ``_DICOMDIR`` tags, ``.7z``, given names that are also words), a search query ``q=Last%2C+First``,
a given name with a surname initial, a quoted ``Last, First M.``; lower-case names in typed requests (before
"date of service", after a lower-case title), and a reader's possessive before "read".

Invented text.
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, typed


def test_capitals_file_names_in_an_import_folder(analyzer: PhiAnalyzer) -> None:
    text = ('12:01 put "/incoming/studies/OKAFOR-LINDH_MARGUERITE_20250611.zip" ok\n'
            '12:04 put "/incoming/studies/TALBRECHT_ORSOLYA_61422009_20250611_DICOMDIR.zip" ok\n'
            '12:09 put "/incoming/studies/WEXFORD_JUNIPER_20250612.7z" ok\n'
            '12:15 put "/archive/PACS_NIGHTLY_20250612.7z" ok\n')
    check(analyzer, text, ["OKAFOR-LINDH", "MARGUERITE", "TALBRECHT", "ORSOLYA", "WEXFORD", "JUNIPER"],
          keep=["NIGHTLY", "DICOMDIR"])


def test_word_given_name_alone_is_not_trusted(analyzer: PhiAnalyzer) -> None:
    text = 'restore "/archive/PACS_BACKUP_20250612.7z" done'
    check(analyzer, text, [], keep=["PACS_BACKUP"])


def test_search_query_last_first(analyzer: PhiAnalyzer) -> None:
    text = '10.0.0.7 - - "GET /api/patients/search?q=Quennell%2C+Ottoline&page=2 HTTP/1.1" 200 ... ?q=chest%2C+pa&x=1'
    check(analyzer, text, ["Quennell%2C+Ottoline"], keep=["chest%2C+pa"])


def test_given_name_with_surname_initial(analyzer: PhiAnalyzer) -> None:
    text = ("Shared login on the MR console is used by 3 techs incl. Thessaly R.; named accounts requested.\n"
            "Kerley B lines present. Hepatitis B, C serologies negative. Cirrhosis, Child-Pugh B.")
    check(analyzer, text, ["Thessaly R."], keep=["Kerley B", "Hepatitis B", "Child-Pugh B"])


def test_quoted_inverted_name(analyzer: PhiAnalyzer) -> None:
    text = ("After the merge the record must read `Halvorsen, Brisa T.` with DOB 04/02/1961; the study reads "
            "`Chest, PA`.")
    check(analyzer, text, ["Halvorsen, Brisa T."], keep=["Chest, PA"])


@pytest.mark.parametrize(("text", "phi", "keep"), [
    ("CT abdomen with contrast for marisela stone date of service May 3, 2025 comma history pain",
     ["marisela stone"], ["CT abdomen"]),
    ("US pelvis for Oren Wilde DOS 6/2 comma history bleeding", ["Oren Wilde"], ["US pelvis"]),
    ("schedule a follow up for next week date of service pending", [], ["follow up", "next week"]),
])
def test_exam_for_name_before_date_of_service(analyzer: PhiAnalyzer, text: str, phi: list[str],
                                             keep: list[str]) -> None:
    check(analyzer, text, phi, keep=keep)


def test_lower_case_title_surnames(analyzer: PhiAnalyzer) -> None:
    text = ("pls fix this for mr de la cruz. then i spoke to dr winter about it. also referring is dr baker "
            "not the default. mr knee without contrast was fine; mr paget disease follow-up next.")
    check(analyzer, text, ["de la cruz", "winter", "baker"], keep=["knee", "paget disease"])


def test_reader_possessive_before_read(analyzer: PhiAnalyzer) -> None:
    text = ("No acute findings.\n\nSummers's read missed the rib fracture. The fellow's read agreed. "
            "Today's read is final.")
    check(analyzer, text, ["Summers"], keep=["fellow", "Today"])
    assert "Summers" in typed(analyzer, text, "PERSON")
