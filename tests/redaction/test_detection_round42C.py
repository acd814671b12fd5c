"""Round 42, tuner C: numbers, addresses, postcodes and sites as health services outside the US write them (UK,
Ireland, India, Hong Kong, Singapore, the Gulf, South Africa, Kenya, Australia, New Zealand)."""

from __future__ import annotations

import pytest

from tests.redaction.test_detection import check, typed, untouched


@pytest.mark.parametrize(("text", "phi"), [
    ("Tel (bypass): 020 7946 5512", ["020 7946 5512"]),
    ("Handler: Ewan Dunbar ((0131) 536 4410).", ["(0131) 536 4410"]),
    ("She can be contacted on 021 492 3318 after six.", ["021 492 3318"]),
    ("Centre | Ph: 080-2264 7781 | reports", ["080-2264 7781"]),
    ("Contact: 2391 4475 (patient), Ho Ka Yan (daughter, 9127 6640)", ["2391 4475", "9127 6640"]),
    ("(domestic helper, 6812 0937)", ["6812 0937"]),
])
def test_phones_with_trunk_prefix_and_local_eight_digits(analyzer, text: str, phi: list[str]) -> None:  # noqa: ANN001
    check(analyzer, text, phi)


def test_hkid_takes_its_check_character(analyzer) -> None:  # noqa: ANN001
    text = "Name: CHOI Ka Wai   HKID: K318204(2)   HN: HN30118842"
    check(analyzer, text, ["K318204(2)"])
    assert "K318204(2)" in typed(analyzer, text, "SSN")


@pytest.mark.parametrize(("text", "phi"), [
    ("e-RS UBRN: 3108 2274 9016    Date of decision to refer: 2/3/25", ["3108 2274 9016"]),
    ("Bulk billed - rebate $120.50  Invoice 6120 3344 9087", ["6120 3344 9087"]),
])
def test_reference_numbers_in_groups(analyzer, text: str, phi: list[str]) -> None:  # noqa: ANN001
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "phi"), [
    ("Address      : No. 48, 2nd Cross, 6th Main, Indiranagar, Bengaluru, Karnataka 560 038",
     ["No. 48, 2nd Cross, 6th Main", "560 038"]),
    ("Address: Flat 7C, 22/F, Block 3, Harbour Heights, Ma On Shan, New Territories",
     ["Flat 7C, 22/F, Block 3, Harbour Heights", "Ma On Shan"]),
    ("Office 612, Al Khaleej Road, Dubai", ["Office 612, Al Khaleej Road"]),
    ("Unit 3/41 Rue Dupont, Carlton VIC 3053", ["Unit 3/41 Rue Dupont"]),
    ("Flat 4, 17 Queensway, Headingley, Leeds LS6 3AB", ["17 Queensway"]),
    ("42 Oak Crescent, Sea Point, Cape Town, Western Cape, 8060", ["8060"]),
    ("Address: 12 Quay Street, Salthill, Galway H91 CKWA", ["Galway", "H91 CKWA"]),
    ("Patient: Ms A. Otieno, P.O. Box 51120-00200 Mombasa", ["Mombasa"]),
    ("Flat 9, 61 Elm Road, Perth, Perthshire PH1 5XA", ["Perth"]),
    ("Dr Mere Tipene, Lakeside Medical Practice, Hamilton   Tel 07 838 1122", ["Hamilton"]),
    ("Westmead Hospital, Westmead 2145\nDepartment of Medicine", ["2145"]),
])
def test_addresses_postcodes_and_towns(analyzer, text: str, phi: list[str]) -> None:  # noqa: ANN001
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "phi"), [
    ("Receiving site: NHS Tayside\nTransfer ID EP11", ["NHS Tayside"]),
    ("Swansea Bay University Health Board\nDepartment of Radiology", ["Swansea Bay University Health Board"]),
    ("The Newcastle upon Tyne Hospitals NHS Foundation Trust\nMeeting date: 1/2/25",
     ["The Newcastle upon Tyne Hospitals NHS Foundation Trust"]),
    ("Beaumont Hospital\nRCSI Hospitals Group\nDepartment of Surgery", ["RCSI Hospitals Group"]),
    ("From: Caritas Medical Centre (Kowloon West Cluster)", ["Kowloon West Cluster"]),
    ("Te Whatu Ora Capital, Coast and Hutt Valley\nMeeting date", ["Te Whatu Ora Capital, Coast and Hutt Valley"]),
    ("referred by Hillcrest Family Doctors with cough", ["Hillcrest Family Doctors"]),
    ("Copy to: Dr A. Moss, The Willows Medical Practice\n", ["The Willows Medical Practice"]),
    ("Location: Royal Victoria Hospital Belfast, MRI unit", ["Royal Victoria Hospital Belfast"]),
    ("Lotus Imaging & Diagnostic Centre\nNo. 5, 1st Cross", ["Lotus Imaging & Diagnostic Centre"]),
])
def test_health_service_sites(analyzer, text: str, phi: list[str]) -> None:  # noqa: ANN001
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "word"), [
    ("Revalidation follows Good Medical Practice guidance.", "Good Medical Practice"),
    ("Dose 12 mGy at 0.5 mm slice; repeat in 6 weeks.", "0.5"),
    ("Scanned at Elm Hospital Radiology, then discharged.", "Radiology"),  # a department, no town
    ("Ratio 0.45; series 012 345 of the phantom run.", "0.45"),
    ("Lesion measures 14 x 12 mm on series 3 image 22.", "14 x 12 mm"),
])
def test_left_alone(analyzer, text: str, word: str) -> None:  # noqa: ANN001
    assert untouched(analyzer, text, word)
