"""Round 3: format-general detection and the recall-first safety nets (issue 3).

Every example here is invented for these tests (people, sites, numbers and layouts are made up, not
taken from any evaluation corpus). ``check`` asserts that each planted identifier is fully masked and
that each clinical term is left alone.
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from redaction._fold import fold
from redaction._vocabulary import has_vocabulary, is_common_word, is_known_word
from redaction._wordshape import is_unknown_word, medical_form
from tests.redaction.test_detection import check, masked


# ------------------------------------------------------------------ folding: same offsets, ASCII letters
def test_fold_keeps_length_and_reads_diacritics_and_leaders_as_ascii() -> None:
    text = "Patient ........ ŁUKASZEWICZ, BRONISŁAW Ø\nRef: Dr. Ó Faoláin, Nguyễn Thị Ngọc"
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded.isascii()
    assert "Patient :" in folded and "LUKASZEWICZ, BRONISLAW O" in folded and "O Faolain" in folded
    assert fold("plain ascii... stays") == "plain ascii... stays"  # an ellipsis is not a label leader


@pytest.mark.parametrize(("text", "phi"), [
    ("Patient: ŠVANDOVÁ, KVĚTOSLAVA  MRN 3302871", ["ŠVANDOVÁ, KVĚTOSLAVA", "3302871"]),
    ("Reviewed with Dr. Ærenlund-Søgaard this morning.", ["Ærenlund-Søgaard"]),
    ("Name ........ HØGSTRØM, ASLAUG\nMRN ......... 55-10-482", ["HØGSTRØM, ASLAUG", "55-10-482"]),
])
def test_names_with_diacritics_and_dot_leaders(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


# ------------------------------------------------------------------ delimited tables by header
@pytest.mark.parametrize("delimiter", ["|", "\t", ","])
def test_table_cells_masked_by_column_header(analyzer: PhiAnalyzer, delimiter: str) -> None:
    rows = [["State", "Slot", "Patient", "Record", "Born", "Age", "Study", "Reader"],
            ["DONE", "0715", "Quillfeather, Ambrose", "Q-448120", "1931-02-14", "095Y", "CT HEAD", "TW"],
            ["WAITING", "1340", "ORRINGTON^MAEVE", "Q-550913", "1978-11-03", "047Y", "XR CHEST 2 VIEWS", "LK"]]

    def cell(value: str) -> str:
        return f'"{value}"' if delimiter == "," and "," in value else value

    text = "\n".join(delimiter.join(cell(v) for v in row) for row in rows) + "\n"
    check(analyzer, text, phi=["0715", "Quillfeather, Ambrose", "Q-448120", "1931-02-14", "095", "TW", "1340",
                               "ORRINGTON^MAEVE", "Q-550913", "LK"],
          keep=["CT HEAD", "XR CHEST 2 VIEWS", "047Y"])


def test_a_table_without_identifying_columns_is_left_alone(analyzer: PhiAnalyzer) -> None:
    text = "Lesion | Size | Location | Series\n1 | 12 mm | right lobe | 4\n2 | 8 mm | segment 6 | 5\n"
    mask = masked(analyzer, text)
    assert not any(mask)


# ------------------------------------------------------------------ DICOM header listings
def test_dicom_listing_values_by_vr_and_tag(analyzer: PhiAnalyzer) -> None:
    text = ("(0008,0020) DA [20250611]            # StudyDate\n"
            "(0008,0030) TM [141503]              # StudyTime\n"
            "(0008,0050) SH [ZX-0042-77]          # AccessionNumber\n"
            "(0008,0060) CS [CT]                  # Modality\n"
            "(0008,0080) LO [Brambleford Clinic]  # InstitutionName\n"
            "(0008,1030) LO [CT CHEST WITHOUT CONTRAST]  # StudyDescription\n"
            "(0010,0010) PN [TARRANT^ELOWEN^J]    # PatientName\n"
            "(0010,0020) LO [K7731]               # PatientID\n"
            "(0010,1010) AS [097Y]                # PatientAge\n"
            "(0018,1000) LO [QX-88]               # DeviceSerialNumber\n")
    check(analyzer, text, phi=["20250611", "141503", "ZX-0042-77", "Brambleford Clinic", "TARRANT^ELOWEN^J", "K7731",
                               "097", "QX-88"],
          keep=["CT CHEST WITHOUT CONTRAST", "StudyDescription", "PatientName"])


# ------------------------------------------------------------------ identifier-shaped tokens
@pytest.mark.parametrize(("text", "phi"), [
    ("Reconcile outside study to local 29QT7740215 before the conference.", ["29QT7740215"]),
    ("Leads: KV-20931 / 55120-TR4, both conditional.", ["KV-20931", "55120-TR4"]),
    ("Your booking reference is 7741-208834.", ["7741-208834"]),
    ("Subject: follow-up (4410287-3)", ["4410287-3"]),
    ("Plan ID W55120934 12  DOB on file", ["W55120934 12"]),
])
def test_tokens_with_five_or_more_digits_are_identifiers(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


def test_codes_measurements_and_doses_are_not_identifiers(analyzer: PhiAnalyzer) -> None:
    text = ("Billed CPT 74177 and 74178; embolized with 300-500 micron particles; DLP 10450 mGy-cm; "
            "OBR|1||Q55|71046^XR CHEST 2V")
    check(analyzer, text, phi=[], keep=["74177", "74178", "300-500 micron", "10450 mGy", "71046^XR"])


# ------------------------------------------------------------------ dates and times
@pytest.mark.parametrize(("text", "phi"), [
    ("Outside film dated 9.3.25 reviewed.", ["9.3.25"]),
    ("Vendor on site 4/17 11:05 PM: checked the coil.", ["4/17", "11:05 PM"]),
    ("  0942  ketamine 20 mg IV   HR 88", ["0942"]),
    ("Exam ordered 2215 by the night team.", ["2215"]),
    ("Date: 03-Apr-2026 1710", ["03-Apr-2026", "1710"]),
    ("Seen again on March the 5th and Tuesday the 14th at 2.30pm.", ["March the 5th", "Tuesday the 14th", "2.30pm"]),
    ("Prior films 23/4 and 06/2025; scan log 1432h and 14:32:05.123.", ["23/4", "06/2025", "1432h", "14:32:05.123"]),
])
def test_more_date_and_time_shapes(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


def test_years_opening_a_line_are_not_log_times(analyzer: PhiAnalyzer) -> None:
    text = "Prior imaging:\n2019  MRI brain, unremarkable\nSedation log:\n  2005  propofol 20 mg IV"
    check(analyzer, text, phi=["2005"], keep=["2019"])


# ------------------------------------------------------------------ names by structure
@pytest.mark.parametrize(("text", "phi"), [
    ("Dictated by Willemijn ter Haar, MD; transcribed by QP 5/2/26 8:10 AM", ["Willemijn ter Haar", "QP"]),
    ("Communicated to Dr. Vance by phone; TV agrees.", ["Vance", "TV"]),
    ("# exported by OSTERGAARD for the morning huddle", ["OSTERGAARD"]),
    ("— Rowena Blackthorn, CPC", ["Rowena Blackthorn"]),
    ("Site contact: Wren Harlow, 555 0142", ["Wren Harlow"]),
    ("Spring 2026\n\nTamsin Holloway\nPO Box 4471\nGreyhaven, OR 97000", ["Tamsin Holloway"]),
    ("Original read by DE LA ROSA, ISIDRO M, MBBS", ["DE LA ROSA, ISIDRO M"]),
    ("Pt: TRAN^MINH KHOA  ID: 1180443", ["TRAN^MINH KHOA", "1180443"]),
    ("Patient D'ARCY-VOSS, MIRABEL was seen; CC: Dr. Karim al-Najjar.", ["D'ARCY-VOSS, MIRABEL", "Karim al-Najjar"]),
    ("THIS REPORT CONCERNS PATIENT OSWIN TREGARTHEN, SEEN IN CLINIC.", ["OSWIN TREGARTHEN"]),
    ("Ambrose Pennick IV, 94, lives alone.", ["Ambrose Pennick", "94"]),
    ("exam for ms. hester quarrington per protocol", ["hester quarrington"]),
    ("Report typed by: J.Q.\nTech initials: mw", ["J.Q.", "mw"]),
    ("JK/mm", ["JK"]),
])


def test_names_in_sign_offs_logs_and_letters(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "phi"), [
    ("If the line is busy, call her at 555 0142.", ["555 0142"]),
    ("Log in at mychart.brambleford.org for results.", ["mychart.brambleford.org"]),
    ("Lives at Flat 3, 18 Quillmont Parade, Harrowgate.", ["Flat 3", "18 Quillmont Parade"]),
    ("Outside films from Larchmont Orthopaedics reviewed.", ["Larchmont Orthopaedics"]),
])
def test_contacts_sites_and_addresses(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


# ------------------------------------------------------------------ residual: words no vocabulary knows
@pytest.mark.skipif(not has_vocabulary(), reason="the spaCy English model's lookups are not installed")
def test_vocabulary_knows_english_clinical_and_inflected_words() -> None:
    for word in ("effusion", "lesions", "enhancing", "hilar", "Impression", "the", "you're", "FLAIR", "mapped"):
        assert is_known_word(word), word
    for word in ("Quillfeather", "Okonjo", "Brambleford"):
        assert not is_known_word(word), word
    assert medical_form("Hypoenhancing") and medical_form("Peripancreatic") and not medical_form("Anastasia")
    assert is_unknown_word("Zubareva") and not is_unknown_word("StudyDate")
    assert is_common_word("HIP") and not is_common_word("QZX")


@pytest.mark.skipif(not has_vocabulary(), reason="the spaCy English model's lookups are not installed")
@pytest.mark.parametrize(("text", "phi", "keep"), [
    ("Please explain the scan in plain words. She prefers Tikvah.", ["Tikvah"], []),
    ("Pain since the fall; history from Oyelaran Babatunde at the bedside.", ["Oyelaran Babatunde"], []),
    ("Images pushed from QVMH overnight for the second read.", ["QVMH"], ["Images"]),
    ("Periportal edema and a Nissen fundoplication; Kerley B lines.", [],
     ["Periportal edema", "Nissen fundoplication", "Kerley B lines"]),
    ("Hypoenhancing lesion near the MCA; DWIBS and ASL were limited.", [], ["Hypoenhancing", "MCA", "DWIBS", "ASL"]),
    ("Patient Олег Петров and his wife 李娜 attended; β-hCG negative, 5 μm slices.", ["Олег Петров", "李娜"],
     ["β-hCG", "μm"]),
    ("Transferred from St. Wendreda for review.", ["St. Wendreda"], []),
    ("Encephalomalacia and syndesmophytes; Kanavel 3. Matrix 512x512, sedation with Fentanyl.", [],
     ["Encephalomalacia", "Kanavel 3", "512x512", "Fentanyl"]),
])
def test_residual_net_masks_unknown_capitalised_words(analyzer: PhiAnalyzer, text: str, phi: list[str],
                                                     keep: list[str]) -> None:
    check(analyzer, text, phi, keep)
