"""Round 42, tuner D: radiology paperwork from the UK, Ireland and the Commonwealth. British modality shorthand
("USS", "MRI IAMs"), degrees of other countries ("MBBS, GDFM", "MMed (Fam Med)", "PgDip MU", "DMU"), ages in a
log's patient cell ("(54Y)", "(61 yrs)"), British spellings after an eponym ("Barrett's oesophagus"), ward and
registration-body abbreviations, specialty departments heading a letter, and payer schemes named in a member's
details are left alone; the names, numbers and sites around them stay masked."""

from __future__ import annotations

import pytest

from tests.redaction.test_detection import check, typed, untouched


@pytest.mark.parametrize(("text", "phi", "keep"), [
    ("Patient    : OYELARAN, Tobias\nExam       : USS pelvis\nAccession  : GB5520193", ["OYELARAN, Tobias"],
     ["USS pelvis"]),
    ("Request: MRI IAMs for unilateral tinnitus; MCUG booked. Seen by Dr Ilse Varga.", ["Ilse Varga"],
     ["MRI IAMs", "MCUG"]),
])
def test_british_modality_shorthand(analyzer, text: str, phi: list[str], keep: list[str]) -> None:  # noqa: ANN001
    check(analyzer, text, phi, keep)


@pytest.mark.parametrize(("text", "phi", "keep"), [
    ("Regards,\n\nDr Farhana binte Rosli\nMBBS, GDFM\nFamily Physician", ["Farhana binte Rosli"], ["MBBS, GDFM"]),
    ("Dr Quek Li Wen\nMBBS, MMed (Fam Med)\nFamily Physician", ["Quek Li Wen"], ["MMed (Fam Med)"]),
    ("Scanned by: T. Ashdown (Sonographer) PgDip MU   Checked: Dr R. Villiers", ["T. Ashdown", "R. Villiers"],
     ["PgDip MU"]),
    ("Scanned by: K. Lomax (Sonographer) DMU   Checked: Dr A. Pryce", ["K. Lomax"], ["DMU"]),
    ("Yours,\nDr Omar Haddadin, MD, ABFM\nConsultant", ["Omar Haddadin"], ["MD, ABFM"]),
    ("Dr Ravindra Joshi\nMBBS, DNB (Radiodiagnosis)\nConsultant Radiologist", ["Ravindra Joshi"],
     ["DNB (Radiodiagnosis)"]),
])
def test_commonwealth_credentials(analyzer, text: str, phi: list[str], keep: list[str]) -> None:  # noqa: ANN001
    check(analyzer, text, phi, keep)


def test_age_and_note_in_a_log_patient_cell(analyzer) -> None:  # noqa: ANN001
    text = ("Time | Patient | Hosp No | Exam | Operator\n"
            "0915hrs | OKAFOR, Bisola (61 yrs) | K2231901 | CT KUB | W. Thorne (guidelines iRefer U12)\n"
            "10:40 | TAM Wing Sze (47Y) | K2231955 | CXR PA | R. Quayle (guidelines local protocol RAD-02)\n")
    check(analyzer, text, ["OKAFOR, Bisola", "TAM Wing Sze", "K2231901", "W. Thorne", "R. Quayle"],
          ["61 yrs", "47Y", "guidelines local protocol"])


def test_british_spelling_after_an_eponym(analyzer) -> None:  # noqa: ANN001
    text = "Mr Declan Barrett, 58, was reviewed. Past history includes Barrett's oesophagus and GORD."
    check(analyzer, text, ["Declan Barrett"], ["Barrett's oesophagus"])


@pytest.mark.parametrize(("text", "phi", "keep"), [
    ("9.10pm - bleeped by Dr F. Lindqvist (AMU, bleep 2291) re CT head.", ["F. Lindqvist"], ["AMU"]),
    ("Follow-up: OPD in 4 weeks.\n\nDr Aoife Brennan\nSHO on behalf of Dr Conal Reidy", ["Aoife Brennan"],
     ["OPD", "SHO"]),
    ("Referring practitioner: Dr Thandi Mokoena   HPCSA MP0455120", ["Thandi Mokoena", "0455120"], ["HPCSA"]),
    ("Dr Vikram Rao\nMBBS, MD (Radiology)\nConsultant Radiologist, KMC Reg. No. 44120", ["Vikram Rao", "44120"],
     ["KMC Reg"]),
])
def test_ward_and_register_abbreviations(analyzer, text: str, phi: list[str], keep: list[str]) -> None:  # noqa: ANN001
    check(analyzer, text, phi, keep)


def test_specialty_department_heading_a_letter(analyzer) -> None:  # noqa: ANN001
    text = ("Cork University Hospital\nDepartment of Geriatric Medicine\n\nDISCHARGE SUMMARY\n"
            "Kind regards,\nDr Rana Haddad, MD\nSpecialist Family Medicine, licence no. 55120931\n")
    assert "Cork University Hospital" in typed(analyzer, text, "FACILITY")
    assert untouched(analyzer, text, "Department of Geriatric Medicine")
    assert untouched(analyzer, text, "Specialist Family Medicine")


@pytest.mark.parametrize(("text", "phi", "keep"), [
    ("Re: Mr Idris Kanaan, resident, insurance Salama card no.: 4410 2231 7781", ["Idris Kanaan"], ["Salama"]),
    ("Scheme: Momentum   Option: Ingwe\nMembership no.: 55120931", ["55120931"], ["Momentum", "Ingwe"]),
    ("PPSN: 1234567T   Glohealth policy no.: GH5512093", ["GH5512093"], ["Glohealth"]),
])
def test_payer_schemes_in_member_details(analyzer, text: str, phi: list[str], keep: list[str]) -> None:  # noqa: ANN001
    check(analyzer, text, phi, keep)


def test_a_word_starting_with_a_relative_is_no_cue(analyzer) -> None:  # noqa: ANN001
    text = "SONOGRAPHER WORKSHEET        Room 4       Wexham Park Hospital\nName: HALLORAN, Brid"
    assert untouched(analyzer, text, "SONOGRAPHER WORKSHEET")
    check(analyzer, text, ["HALLORAN, Brid"])


def test_a_capitals_heading_after_for_is_no_name(analyzer) -> None:  # noqa: ANN001
    text = "Planned date: 14/02/2025\n\nFOR SCHEME USE\nAuth no.: PA55120931   Approved by case manager Lerato Dube"
    check(analyzer, text, ["Lerato Dube"], ["SCHEME USE"])
