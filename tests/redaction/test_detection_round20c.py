"""Round 20c: a site field before the site's street address (shelters, missions, day rooms), a campus building
("... Imaging Pavilion"), and what is not a site or a town: hospital abbreviations (next of kin, organ
procurement, spirometry, research coordinators, trial timepoints), outreach services named
by what they are ("Mobile Clinic", "Shelter Health Clinic"), document titles in capitals, a mailbox after a
department, a title before a long dash, and a hotel after "Residence".

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, untouched


# ------------------------------------------------------------------ sites found
@pytest.mark.parametrize(("text", "phi"), [
    ("Outreach Visit Note\nSite: Lantern House Day Room, 4417 Mulberry Way, Casper, WY 82601\nPt: R. Ostrowski\n",
     ["Lantern House Day Room"]),
    ("Outreach Visit Note\nSite: Hope Street Mission, 88 Quarry Rd, Dayton, OH 45402\n", ["Hope Street Mission"]),
])
def test_site_field_before_its_street_address(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "phi"), [
    ("** Sacred Heart of the Lakes Women's Imaging Pavilion **\nScreening reminder letter\n",
     ["Sacred Heart of the Lakes Women's Imaging Pavilion"]),
])
def test_campus_building_is_part_of_the_site(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


# ------------------------------------------------------------------ not sites
@pytest.mark.parametrize(("text", "word"), [
    ("Referral call log\nNOK phone: 555-0100\n09:10 - Called NOK; reviewed the CT findings.\n", "NOK"),
    ("Family approach notes\nOPO ref: 44-118\n", "OPO"),
    ("Pleural plaques noted; ILO 1/0.\nSpirometry FVC 71% predicted.\n", "FVC"),
    ("Query form\nCRC: study coordinator on leave\nTimepoint: EOT\n", "CRC"),
    ("Query form\nCRC: study coordinator on leave\nTimepoint: EOT\n", "EOT"),
    ("Enrolment Log (IDE)\nRow 1 pending.\n", "IDE"),
    ("APS Referral (mandated reporter)\nConcern reported by the clinic.\n", "APS"),
    ("Central Reader Query / DCF  Q-1102\n", "DCF"),
])
def test_hospital_abbreviations_are_not_sites(analyzer: PhiAnalyzer, text: str, word: str) -> None:
    assert untouched(analyzer, text, word)


@pytest.mark.parametrize(("text", "word"), [
    ("MOBILE CLINIC @ CHURCH HALL\nVisit record follows.\n", "MOBILE CLINIC"),
    ("Shelter Health Clinic - Intake Record\nSeen today for cough.\n", "Shelter Health Clinic"),
    ("Street Medicine / Outreach Note\nSeen under the bridge.\n", "Street Medicine"),
    ("Imaging Core Lab - Query Form\nPlease confirm the slice thickness.\n", "Imaging Core Lab"),
    ("Quarry Ridge Hospital\nCOURT-ORDERED IMAGING REPORT\nExam: CT head\n", "COURT-ORDERED IMAGING"),
    ("Quarry Ridge Hospital\nREQUEST FOR PROXY ACCESS TO IMAGING RESULTS\n", "PROXY ACCESS TO IMAGING"),
])
def test_services_and_titles_are_not_sites(analyzer: PhiAnalyzer, text: str, word: str) -> None:
    assert untouched(analyzer, text, word)


def test_mailbox_after_a_department_is_not_a_site(analyzer: PhiAnalyzer) -> None:
    text = "Breast Center Mailbox 7 / auto-transcribed (may contain errors)\nCaller asked about results.\n"
    assert untouched(analyzer, text, "Breast Center Mailbox 7")


def test_title_before_a_long_dash_is_not_part_of_the_site(analyzer: PhiAnalyzer) -> None:
    text = "Zone III Event Debrief -- Fernhollow Community Hospital\nSummary of the event follows.\n"
    check(analyzer, text, ["Fernhollow Community Hospital"])
    assert untouched(analyzer, text, "Zone III Event Debrief")


def test_hotel_after_residence_is_not_a_town(analyzer: PhiAnalyzer) -> None:
    text = ("Travel plan\nHOTEL: Residence Inn - 412 Birchwood Lane, Tacoma, WA 98402\n"
            "Arrival: 2025-03-04\n")
    check(analyzer, text, ["412 Birchwood Lane", "Tacoma"])
    assert untouched(analyzer, text, "Residence Inn")
