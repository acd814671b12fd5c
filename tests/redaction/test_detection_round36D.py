"""Round 36 (D): names in engineering output found by layout: a capitals ``LAST_FIRST`` file name before a number
and an extension, a URL parameter named for the patient or a name part (percent-encoded), a ZPL label field,
the name columns of a CSV export found by its header, an attendance line of minutes, a surname naming an incident
("the Xu miss"), and a quoted nickname after a given name; each with a look-alike left alone.

Invented text.
"""

from __future__ import annotations

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, typed, untouched


def test_capitals_file_name(analyzer: PhiAnalyzer) -> None:
    text = "2025-03-01 10:00:01 WARN attachment written to /engine/errors/QUARRYMAN_TOBIAH_00418822.hl7\n"
    check(analyzer, text, ["QUARRYMAN_TOBIAH"])
    text = "  Dump: D:\\Apps\\Dictation\\dumps\\FENWICK_ORSOLYA_20250301_12.dmp\n"
    check(analyzer, text, ["FENWICK_ORSOLYA"])


def test_capitals_file_name_not_a_protocol(analyzer: PhiAnalyzer) -> None:
    text = "Series saved to /archive/CT_HEAD_20250301.dcm and ERROR_LOG_0003.txt\n"
    assert not typed(analyzer, text, "PERSON")


def test_url_name_parameters(analyzer: PhiAnalyzer) -> None:
    text = '10.1.2.3 - - [01/Mar/2025:10:00:00 -0500] "GET /viewer?patient=QUARRYMAN%2C+TOBIAH+K&acc=X1 HTTP/1.1" 200\n'
    check(analyzer, text, ["QUARRYMAN%2C+TOBIAH+K"])
    text = "> GET /fhir/Patient?family=Fenwick&given=Ors%C3%B3lya&birthdate=1950-01-02 HTTP/1.1\n"
    check(analyzer, text, ["Ors%C3%B3lya"])


def test_url_parameters_not_names(analyzer: PhiAnalyzer) -> None:
    text = "GET /css?family=Open+Sans&display=swap HTTP/1.1\n"
    assert untouched(analyzer, text, "Open+Sans")


def test_zpl_fields(analyzer: PhiAnalyzer) -> None:
    text = "^XA\n^FO30,30^FDQUARRYMAN, TOBIAH K^FS\n^FO30,150^FDDr FENWICK / Lakeside Imaging^FS\n^XZ\n"
    check(analyzer, text, ["QUARRYMAN, TOBIAH K", "FENWICK"])


def test_zpl_field_not_a_name(analyzer: PhiAnalyzer) -> None:
    text = "^XA\n^FO30,110^FDCT HEAD, WITHOUT CONTRAST^FS\n^XZ\n"
    assert untouched(analyzer, text, "WITHOUT CONTRAST")


def test_csv_name_columns(analyzer: PhiAnalyzer) -> None:
    text = ("id,mrn_a,mrn_b,last_a,first_a,last_b,first_b,score\n"
            '7,11223344,55667788,"Al-Quarry",Ors-Lya,"Al-Quarry",ORS-LYA,0.91\n')
    check(analyzer, text, ["Al-Quarry", "Ors-Lya", "ORS-LYA"])


def test_csv_other_columns_untouched(analyzer: PhiAnalyzer) -> None:
    text = "id,site_name,modality,status_code\n7,North Wing,CT,Pending\n"
    assert not typed(analyzer, text, "PERSON")


def test_attendance_line(analyzer: PhiAnalyzer) -> None:
    text = "Minutes\nPresent: QUARRYMAN, TOBIAH K, AL-FENWICK, ORSOLYA M, DOE, JANE T\n\n1. Review.\n"
    check(analyzer, text, ["AL-FENWICK, ORSOLYA M"])


def test_attendance_line_of_teams(analyzer: PhiAnalyzer) -> None:
    text = "Present: Radiology, Nursing, IT\n"
    assert not typed(analyzer, text, "PERSON")


def test_incident_named_by_surname(analyzer: PhiAnalyzer) -> None:
    text = "Added the routing flag after the Xu miss. We trim because of the de la ruvalcaba case.\n"
    check(analyzer, text, ["Xu", "de la ruvalcaba"])


def test_incident_not_a_name(analyzer: PhiAnalyzer) -> None:
    text = "In the index case and the worst case, the Whipple case and the Monday miss, nothing changes.\n"
    assert not typed(analyzer, text, "PERSON")


def test_quoted_nickname(analyzer: PhiAnalyzer) -> None:
    text = 'Patient impact: Dagny ("Chip")\'s ultrasound was re-sent.\n'
    check(analyzer, text, ["Chip"])


def test_quoted_term_not_a_nickname(analyzer: PhiAnalyzer) -> None:
    text = 'Contrast ("Omnipaque") was given.\n'
    assert untouched(analyzer, text, "Omnipaque")
