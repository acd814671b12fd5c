"""Round 44, tuner E: long compiled records of one patient: CSV exports whose quoted report cells run over many
lines, a RIS banner's site abbreviation, dcmtk query command lines and log-prefixed DICOM listings, and an exam's
name before "at" that is no part of the site's."""

from __future__ import annotations

import pytest

from tests.redaction.test_detection import check, typed

_CSV = (
    "patient_name,mrn,dob,age_at_exam,accession,exam_date,modality,facility,radiologist,scanner_serial,report_text\n"
    '"OKAFOR, DANA R",4417205,1941-02-11,83Y,B24XR71530,2024-05-02,XR,"Lakeview General Hospital",'
    '"MORENO, ELIAS",558120K17,"CLINICAL HISTORY: Fall.\n'
    "FINDINGS:\nNo fracture. The ""old"" plate is intact.\n\nIMPRESSION:\nNo acute fracture.\n"
    '  -- E. Moreno"\n'
    '"OKAFOR, DANA R",01937755,1941-02-11,82Y,20230617CT3764,2023-06-17,CT,"Riverside Imaging Center",'
    '"TRAN, MINH",90031,"FINDINGS:\nNo hemorrhage.\n\nIMPRESSION:\nNegative.\n  -- M. Tran"\n'
    '"OKAFOR, DANA R",4417205,1941-02-11,81Y,A22QU03481,2022-01-09,MR,"Lakeview General Hospital",'
    '"MORENO, ELIAS",771903N55,"FINDINGS:\nNormal.\n  -- E. Moreno"\n'
)


@pytest.mark.parametrize("value", ["01937755", "20230617CT3764", "90031", "A22QU03481", "771903N55"])
def test_csv_records_after_a_multiline_report_cell(analyzer, value) -> None:  # noqa: ANN001
    check(analyzer, _CSV, [value])


@pytest.mark.parametrize(("text", "site"), [
    ("TCCH RIS | ROMANO^OKSANA^E | MRN 08279030 | DOB 01/02/1940\nCT HEAD WITHOUT CONTRAST\n", "TCCH"),
    ("Reports follow.\n\nSOPIC RIS | YOUNG^RAYMOND^W | MRN E108053649\n", "SOPIC"),
])
def test_site_abbreviation_heading_a_ris_banner(analyzer, text, site) -> None:  # noqa: ANN001
    assert site in typed(analyzer, text, "FACILITY")


def test_dcmtk_query_keys(analyzer) -> None:  # noqa: ANN001
    text = ("$ findscu -v -S -aet WS07 -aec PACS 10.1.8.22 11112 -k QueryRetrieveLevel=STUDY "
            "-k PatientID=05470970 -k StudyDate= -k AccessionNumber=\nI: Requesting Association\n")
    assert typed(analyzer, text, "MRN") == ["05470970"]


def test_dcmtk_log_prefixed_age_string(analyzer) -> None:  # noqa: ANN001
    text = ("I: Find Response: 1 (Pending)\nI: (0010,0030) DA [19300308]  # PatientBirthDate\n"
            "I: (0010,1010) AS [094Y]  # PatientAge\nI: (0008,1030) LO [CT CHEST]  # StudyDescription\n")
    check(analyzer, text, ["094"])


@pytest.mark.parametrize(("text", "exam_words", "site"), [
    ("On Mar 15, 2023, Mr. Jefferson underwent MRI Prostate Multiparametric at Sentinel Peak Cancer Institute "
     "(accession 4471). ", "Multiparametric", "Sentinel Peak Cancer Institute"),
    ("On 7 Oct 2022, Ms. Huang underwent MRI Left Knee Without Contrast at Saint Agnes Medical Center.",
     "Without Contrast", "Saint Agnes Medical Center"),
    ("In 2021 she underwent PET/CT Skull Base To Mid-Thigh at Kaweah Oaks Imaging Center.", "Mid-Thigh",
     "Kaweah Oaks Imaging Center"),
])
def test_exam_name_before_at_is_no_part_of_the_site(analyzer, text, exam_words, site) -> None:  # noqa: ANN001
    check(analyzer, text, [site], [exam_words])
