"""Round 7: format classes a sixth, international writer brought: postcodes, towns, streets, phones and
health-card numbers from the UK, Ireland, Canada, Australia and the Netherlands; credentials in HL7 name
components and Commonwealth sign-offs; chat speakers written "Last, First (role)"; initials by their
role; numbered patient lists with an age column; lower-case portal messages and dictation (names after
their cue, sites, addresses, spoken dates, clock times and record numbers).

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check


# ------------------------------------------------------------------ international addresses
@pytest.mark.parametrize(("text", "phi"), [
    ("Address: 14 Heron Way, Brackenfold QC J7Q 2F4   Tel: 819-555-0133", ["Brackenfold", "J7Q 2F4"]),
    ("Imaging Dept\n3C/18 Grevillea St\nWarrawee NSW 2074\n", ["3C/18 Grevillea St", "Warrawee", "2074"]),
    ("Flat 2, 9 Thistle Gardens, Lowmoor Bridge KX14 7CQ\n", ["KX14 7CQ"]),
    ("Address: 7 Bothar na Tra, Kilbrack H91 K2W7   Tel +353 91 555 0199", ["7 Bothar na Tra", "H91 K2W7"]),
    ("Address: Beukenlaan 12b, Oosterwold 3821 KP   Tel: +31 33 555 0147", ["Beukenlaan 12b", "3821 KP"]),
    ("Requisition\n411 rue Belcourt, Trois-Pistoles QC G0L 4K0\n", ["411 rue Belcourt"]),
    ("12 Saltmarsh Pde\nCoogara QLD 4551\n", ["12 Saltmarsh Pde", "4551"]),
])
def test_international_addresses(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "phi"), [
    ("Tel (08) 6555 0172   Secretary: Oona Blyth", ["(08) 6555 0172"]),
    ("Re: Mrs Ida Penrose, DOB 02/04/1961   Medicare: 2953 61847 1", ["2953 61847 1"]),
    ("PACS down? page IT x4417", ["x4417"]),
    ("Coordinator: Orla Fennimore (x5120) - slides by Friday", ["5120"]),
])
def test_international_phones_and_health_numbers(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


def test_year_before_a_modality_is_no_dutch_postcode(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "Prior imaging, Since 2023 CT has shown no change.", [], keep=["CT"])


# ------------------------------------------------------------------ credentials kept
def test_hl7_prefix_and_degree_components_are_kept(analyzer: PhiAnalyzer) -> None:
    text = ("MSH|^~\\&|RIS|XYZ|EHR|XYZ|20250101120000||ORU^R01|7000001|P|2.5.1\r"
            "PV1|1|O|RAD^3^A||||^QUILLFEATHER^ODA^H^^^DR^FNP-BC|||||||||||\r"
            "OBR|1||RAD-25-0000001|1^US|||20250101|||||||||^DO^MINH^^^^DR^MD\r"
            "OBX|1|TX|&GDT^REPORT TEXT||EXAM: US thyroid||||||F\r")
    check(analyzer, text, ["QUILLFEATHER", "ODA", "DO^MINH"], keep=["FNP-BC", "DR^MD", "REPORT TEXT"])


@pytest.mark.parametrize(("text", "phi", "keep"), [
    ("Yours sincerely,\n\nDr Wendeline Marsk MB ChB FRCR\nConsultant Radiologist", ["Wendeline Marsk"],
     ["MB ChB", "FRCR"]),
    ("Yours sincerely,\n\nDr Ottoline Brae MBBS FRANZCR\nConsultant", ["Ottoline Brae"], ["MBBS", "FRANZCR"]),
    ("[4/2 9:10am] Quenby Starr, RDMS: US is up", ["Quenby Starr"], ["RDMS"]),
])
def test_commonwealth_and_board_credentials_are_kept(analyzer: PhiAnalyzer, text: str, phi: list[str],
                                                     keep: list[str]) -> None:
    check(analyzer, text, phi, keep)


def test_hl7_policy_number_in_any_insurance_field(analyzer: PhiAnalyzer) -> None:
    text = "IN1|1|PAYER||MEDICARE" + "|" * 33 + "QRV 55021 7710\r"
    check(analyzer, text, ["QRV 55021 7710"])


# ------------------------------------------------------------------ names and initials by position
@pytest.mark.parametrize(("text", "phi"), [
    ("[3/14 09:02am] Pellew, Ysolde K (NP ED): me. whats up", ["Pellew, Ysolde K"]),
    ("Comment: discussed.\nTechnologist (OA): protocol followed.", ["OA"]),
    ("Patient/guardian signature: Ines Varga  Witness: PD", ["PD"]),
    ("Pathology: Dr. Harrow. Minutes by AU.", ["AU"]),
    ("Patient: R.J.T. (MRN 5510042, 93Y)", ["R.J.T."]),
    ("Dictated 02/03/2024 typed 05/03/2024  WQ/bnx", ["WQ/bnx"]),
])
def test_initials_and_speakers_by_position(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


def test_by_column_initials_and_yes_no_flags(analyzer: PhiAnalyzer) -> None:
    text = ("Date | Time | Patient | Finding | Notified | By | Read-back\n"
            "01/02/2025 | 0140 | QUINCE, ORA | free air | Dr. Wyck pgr 2211 | MW | Y\n")
    check(analyzer, text, ["MW", "QUINCE, ORA"], keep=[" Y\n"])


def test_numbered_patient_list_with_age_column(analyzer: PhiAnalyzer) -> None:
    text = ("#  Patient (MRN)  Age  Presenter\n"
            "1. Tarrow, Bea-lin S (H551204)  97  Dr. Kestle  MR 2/1/25\n"
            "2. ter Velde, Joost (77-01-12)  54  Dr. Kestle  CT 3/3/25\n")
    check(analyzer, text, ["Tarrow, Bea-lin S", "97", "ter Velde, Joost"], keep=["54"])


def test_xml_site_code_and_age_element(analyzer: PhiAnalyzer) -> None:
    text = '<Site code="WBH-N">Wrenfield Bay Hospital North</Site>\n<Age unit="Y">102 years</Age>'
    check(analyzer, text, ["WBH-N", "Wrenfield Bay Hospital North", "102"])


# ------------------------------------------------------------------ lower-case portal messages and dictation
@pytest.mark.parametrize(("text", "phi"), [
    ("hi dr. oyelaran its tamsin quarrie (dob 3/4/51) i had the us", ["oyelaran", "tamsin quarrie"]),
    ("i had the mr at kestrel ridge medical center on 5/2", ["kestrel ridge medical center"]),
    ("we moved to 88 n pelican bluff rd apt 4, glen arbor mi 49636. thx", ["88 n pelican bluff rd apt 4",
                                                                          "glen arbor"]),
    ("my grandson tobiah will drive me", ["tobiah"]),
    ("please cc doctor wilf anand and rhosyn tate at fernbank family practice period",
     ["wilf anand", "rhosyn tate", "fernbank family practice"]),
    ("please cc dr tuan do and ella park at x period", ["tuan do"]),
])
def test_lower_case_names_sites_and_addresses(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


def test_lower_case_cues_leave_ordinary_words(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "the doctor recommended rest and my son will drive me to the outside hospital.", [],
          keep=["recommended", "will", "outside hospital"])


@pytest.mark.parametrize(("text", "phi"), [
    ("medical record number e four one one two nine five date of birth", ["e four one one two nine five"]),
    ("medical record number m r dash three one two dash five five one", ["m r dash three one two dash five five one"]),
    ("date of birth seven nine fifty two period", ["seven nine fifty two"]),
    ("date of service october twenty two twenty twenty five at", ["october twenty two twenty twenty five"]),
    ("at nineteen forty one hours period", ["nineteen forty one hours"]),
])
def test_spoken_record_numbers_dates_and_clock_times(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)
