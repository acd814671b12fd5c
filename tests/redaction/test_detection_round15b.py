"""Round 15b: places, dates and national IDs in registration forms and messages.

Address lines of Commonwealth, Gulf and African registration forms that go on, after a run of spaces, with the
next field ("    Mobile: ..."): the town (and postcode) ending the chain, an Indian state between the town and
the PIN code (no PERSON), the town after a Kenyan-style PO box; lower-case addresses in messages; Hijri dates in
brackets; clock times after "ETA" and "last known well"; a labelled Aadhaar number opening on 0. Kept: a payer's
PO box and town on its letterhead block, a branch label before "location", bare years and measurements.

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check


@pytest.mark.parametrize(("text", "phi"), [
    ("Address: 14 Jacaranda Lane, Rondebosch, Durban 4051    Mobile: +27 31 555 0192",
     ["14 Jacaranda Lane", "Durban", "4051"]),
    ("Address: Plot 12, Bankole Adeyemi Crescent, Victoria Island, Abuja    Mobile: +234 805 555 0101",
     ["Plot 12, Bankole Adeyemi Crescent, Victoria Island", "Abuja"]),
    ("Address: Flat 22, Ganga Nivas Apartments, 7th Main, Pune, Maharashtra 411038   Ph +91 90011 55512",
     ["Flat 22, Ganga Nivas Apartments, 7th Main", "Pune", "411038"]),
])
def test_address_chain_before_next_field(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "state"), [
    ("Address: Flat 9, Neel Kamal Towers, 3rd Cross, Mysuru, Karnataka 570010   Ph +91 94480 55501", "Karnataka"),
    ("Address: Flat 40, Surya Enclave, 2nd Street, Madurai, Tamil Nadu 625002   Ph +91 94430 55577", "Tamil Nadu"),
    ("Address: Door 5, Green Park Road, Warangal, Telangana 506002   Ph +91 98490 55533", "Telangana"),
])
def test_indian_state_is_no_person(analyzer: PhiAnalyzer, text: str, state: str) -> None:
    check(analyzer, text, [], [state])


def test_town_after_po_box(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "Address: P.O. Box 2291-40100 Kisumu    Mobile: +254 733 555 018", ["Kisumu"])


@pytest.mark.parametrize(("text", "phi"), [
    ("we moved last month, new addr is 4411 heron lane springfield 62711. thx",
     ["4411 heron lane", "springfield", "62711"]),
    ("my address is 908 quarry ridge rd el paso 79912 if u need it", ["908 quarry ridge rd", "el paso", "79912"]),
])
def test_lower_case_address_in_a_message(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "phi"), [
    ("Date of birth: 14/03/1979 (16/04/1399 H)    Age: 47Y", ["16/04/1399 H"]),
    ("DOB 2 May 1990 (07/10/1410 AH)", ["07/10/1410 AH"]),
])
def test_hijri_date_in_brackets(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "phi", "keep"), [
    ("1740  Transport: ground ALS, ETA 1835. Family notified. Symptoms since 2019.", ["1835"], ["2019"]),
    ("Last known well 2315 per neighbour; weight 2100 g.", ["2315"], ["2100 g"]),
    ("LKW 0945, CT head at arrival; lesion 1400 mm3 on the prior.", ["0945"], ["1400 mm3"]),
])
def test_clock_time_after_event_cue(analyzer: PhiAnalyzer, text: str, phi: list[str], keep: list[str]) -> None:
    check(analyzer, text, phi, keep)


def test_aadhaar_with_leading_zero(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "Aadhaar: 0381 4462 9017\nReferred for CT chest.", ["0381 4462 9017"])


def test_payer_letterhead_box_and_town_are_kept(analyzer: PhiAnalyzer) -> None:
    text = ("Lakemont Mutual\nUtilization Management Department\nPO Box 5120, Scranton, PA\n\n"
            "March 3, 2026\n\nDear Ms. Oduya,")
    check(analyzer, text, ["March 3, 2026"], ["PO Box 5120", "Scranton"])


def test_branch_label_before_location_is_kept(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "We have May 2 at 9:10 AM at our Westgate location. Reply 1 or 2.", ["May 2"], ["Westgate"])
