"""Round 31 (G): registry CSV rows with an unquoted "Mon D, YYYY" date, a "referrer" column, record numbers in an
unlabelled column, probe serials under "transducer", pager senders and recipients in any case, a door log's
``who=`` field and the site a device or access log names in its heading.

Invented text; each case fails without the round's rules.
"""

from __future__ import annotations

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, typed, untouched


def test_csv_row_with_unquoted_date_comma(analyzer: PhiAnalyzer) -> None:
    text = ("pt_name,mrn,dob,exam_date,acc,zip,ordering\n"
            "QUILL^ADA^M,MR5512093,1961-02-03,2025-01-04,XR551203,40312,Nobel K.\n"
            "\"Quarry, Tobin\",70418825,Jun 9, 1958,2025-02-11,IMG.7710342,50231-7781,Ostrander R.\n"
            "VELLA^NINA^P,MR8870124,1975-10-12,2025-03-02,XR771034,61123,Pemberton\n")
    check(analyzer, text, ["70418825", "IMG.7710342", "50231-7781", "Ostrander R.", "Quarry, Tobin", "61123"])


def test_referrer_column(analyzer: PhiAnalyzer) -> None:
    text = ("NAME|MRN|DOB|ZIP|REFERRER\n"
            "ADA QUILL|MR5512093|1961-02-03|40312|Ostrander R.\n"
            "TOBIN QUARRY|MR7710342|1958-06-09|50231|Pemberton K.\n")
    check(analyzer, text, ["Ostrander R.", "Pemberton K."])


def test_unlabelled_column_of_record_numbers(analyzer: PhiAnalyzer) -> None:
    text = ("timestamp,badge,name,role,escort_for\n"
            "2025-03-01T10:01:00,11223,\"Quill, Ada\",family,MRN 00412233\n"
            "2025-03-01T11:15:00,44556,\"Quarry, Tobin\",anesthesia,70418825\n"
            "2025-03-01T12:40:00,77889,\"Vella, Nina\",security,-\n")
    assert "70418825" in typed(analyzer, text, "MRN")


def test_transducer_serial_column(analyzer: PhiAnalyzer) -> None:
    text = ("date,time,transducer,mrn,study,by,result\n"
            "2025-03-01,08:10,US-40917,MR5512093,TV OB,A. Quill,PASS\n"
            "2025-03-02,09:20,C5-1,MR7710342,TEE,T. Quarry,PASS\n")
    assert "US-40917" in typed(analyzer, text, "DEVICE_SERIAL")
    assert untouched(analyzer, text, "C5-1")


def test_pager_parties_in_any_case(analyzer: PhiAnalyzer) -> None:
    text = ("pager export\n"
            "[2025-03-01] [10:02] FROM tobin quarry TO Vella, Nina MSG callback 555-0101\n"
            "[03/02/2025 1:15 PM] ada quill -> Ostrander, Ruth: STAT read acc XR551203\n"
            "[2025-03-03] [11:40] | Pemberton | pls call 555-0199 re CT on Marlo Strand rm 14\n")
    check(analyzer, text, ["tobin quarry", "Vella, Nina", "ada quill", "Ostrander, Ruth", "Marlo Strand"])


def test_badge_who_field(analyzer: PhiAnalyzer) -> None:
    text = "ts=2025-03-01 10:02:11 badge=44120 who=Quarry role=MRI tech escort=-\n"
    assert "Quarry" in typed(analyzer, text, "PERSON")


def test_log_heading_site(analyzer: PhiAnalyzer) -> None:
    text = ("MRI ZONE IV DOOR ACCESS LOG\n"
            "Controller IP: 10.20.30.40 / Brackenfield\n"
            "# source=10.20.30.41 site=Ostrava Heights\n"
            "Unit: Marlow Glen   Disinfector SN AP1122-B334\n"
            "Quillan DI | HLD unit US-10221\n")
    found = typed(analyzer, text, "FACILITY")
    for site in ("Brackenfield", "Ostrava Heights", "Marlow Glen", "Quillan DI"):
        assert any(site in span for span in found), site


def test_clinical_arrow_line_untouched(analyzer: PhiAnalyzer) -> None:
    text = "[2025-03-01 10:02] protocol change CT -> MRI: per radiologist\n"
    assert untouched(analyzer, text, "MRI")
