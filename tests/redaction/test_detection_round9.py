"""Round 9: format classes an eighth writer brought: sites placed by layout (notice titles, letterhead
acronyms, signature-block site lines, form "Site" fields, DICOM station prefixes, follow-up visits), a site
named with its road ("- Route 9"), capital-X phone extensions and UK "bleep" numbers, XML <Last>/<First>
and guarantor elements, and CSV exports whose long finding cells used to end the table.

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check


# ------------------------------------------------------------------ sites by layout
@pytest.mark.parametrize(("text", "phi"), [
    ("CRITICAL RESULT NOTIFICATION - QVMH\nAccession: 2299-10101   MRN: 55501234", ["QVMH"]),
    ("DISCHARGE SUMMARY - QVMH\nPatient: Ada Quill", ["QVMH"]),
    ("APPOINTMENT CONFIRMATION  KBRC\nPt: Quill, Ada   DOB 01/02/1950", ["KBRC"]),
    ("ED PROVIDER NOTE   Trinity North   Arrival 01/02/2026 0100 hours", ["Trinity North"]),
    ("ZQMC  DEPARTMENT OF RADIOLOGY\nPatient: Ada Quill", ["ZQMC"]),
    ("Ada Quill, MD\nBody Imaging\nTrinity North\nTel 555-555-0100", ["Trinity North"]),
    ("> Ada Quill, MD\n> Neuroradiology Section\n> QVMH\n> Direct: 555 555 0100", ["QVMH"]),
    ("Ada Quill, PA-C\nInternal Medicine | Trinity North\no: (555)555-0100", ["Trinity North"]),
    ("Accession MR-26-000001 | Exam date 2026-01-02 | Site Prairie Glen Outpatient\nReviewer: X",
     ["Prairie Glen Outpatient"]),
    ("(0008,1010) SH [QVMH_CT2]                                   #  StationName", ["QVMH"]),
    ("Follow-up: Trinity North on March 3, 2026 at 9:00 AM.", ["Trinity North"]),
])
def test_sites_by_layout(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


def test_site_with_road_tail(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "Images from: Tollan Outpatient Imaging - Route 12, Harrow, PA",
          ["Tollan Outpatient Imaging - Route 12"])


# ------------------------------------------------------------------ phones
@pytest.mark.parametrize(("text", "phi"), [
    ("Questions? Ada at 555.555.0100 X4412", ["555.555.0100 X4412"]),
    ("Ada Quill (Clinical Nurse Specialist, bleep 4412).", ["4412"]),
])
def test_phone_extensions_and_bleeps(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


# ------------------------------------------------------------------ structured names
def test_xml_last_first_and_guarantor(analyzer: PhiAnalyzer) -> None:
    text = ('<Patient id="E1" sex="F">\n  <Name><Last>Quill</Last><First>Hope</First></Name>\n'
            '  <Guarantor relation="niece">Quill, Will E</Guarantor>\n</Patient>')
    check(analyzer, text, ["Quill", "Hope", "Quill, Will E"])


def test_csv_rows_after_a_long_finding(analyzer: PhiAnalyzer) -> None:
    text = ("mrn,patient_name,dob,accession,finding,pcp,phone\n"
            '70260001,"Quill, Ada",9/24/1967,RAD33600001,"Baker cyst 0.8 x 5.4 x 4.0 cm with STIR hyperintense '
            'edema in the medial femoral condyle and more words.",Hope,555-555-0101\n'
            'MR1100001,"Young, Summer",06/13/1939,2299-10101,"No acute finding.",Chance,555-555-0102\n')
    check(analyzer, text, ["Young, Summer", "2299-10101", "Chance", "Hope"])


# ------------------------------------------------------------------ times and towns
@pytest.mark.parametrize(("text", "phi"), [
    ("Brought in by sister (Ada).\n1929 XR ordered.\n2050 Prelim read per Quill (teleradiology).", ["1929", "2050"]),
    ("Brought in by wife (Ada).\n0007 CT ordered.\n0121 Prelim read per Quill.", ["0007", "0121"]),
    ("The CT thorax was performed on 27.07.2025 at 18.22.\nFindings: none.", ["18.22"]),
])
def test_log_times_and_dotted_clock(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "phi"), [
    ("HPI: Patient is a 59-year-old woman from New Hartwell admitted with a fall.", ["New Hartwell"]),
    ("HPI: Patient is a 80-year-old man from Georgetown admitted with fever.", ["Georgetown"]),
])
def test_home_town_in_history(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


def test_signature_site_before_short_contact_label(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "Ada Quill, MBBS\nDiagnostic Radiology\nQVMH\np: 555-555-0100", ["QVMH"])
