"""Round 19b: health cooperatives and "... General" sending hospitals found, the town after a rural route's
box, and words that are no site kept: a payer's name after its member number, form and programme titles
("Student Health Referral Form"), body sites under an IV log's "Site" column, a hospital's office after a
slash, sleep-study and lab acronyms, and the Spanish label "Hospital de origen".

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, typed, untouched


# ------------------------------------------------------------------ sites found
@pytest.mark.parametrize(("text", "site"), [
    ("PRC REFERRAL\nFrom: Eastern Shore Health Cooperative  406-555-0122\nTo: Elm Imaging\n",
     "Eastern Shore Health Cooperative"),
    ("Transfer Form\nSending facility: Coastal Plains General\n  402 Birch Ave, Regina, SK\n",
     "Coastal Plains General"),
])
def test_sites_found(analyzer: PhiAnalyzer, text: str, site: str) -> None:
    check(analyzer, text, [site])


# ------------------------------------------------------------------ the town after a rural box
@pytest.mark.parametrize(("text", "town"), [
    ("Residence: HC 62 Box 415, Kayenta (no street address; see map)\nService: MRI knee\n", "Kayenta"),
    ("Mailing: RR 3 Box 77, Chinle (general delivery)\n", "Chinle"),
])
def test_town_after_rural_box(analyzer: PhiAnalyzer, text: str, town: str) -> None:
    assert town in typed(analyzer, text, "CITY")


# ------------------------------------------------------------------ words that are no site
@pytest.mark.parametrize(("text", "word"), [
    ("Coverage ID#: QX4471902  Granite Union Health\nCell: 555-0143\n", "Granite Union Health"),
    ("Member ID: XJ4471QA Cobalt Ridge Health\nPhone 555-0177\n", "Cobalt Ridge Health"),
    ("Ashgrove Children's Hospital\nStudent Health Referral Form\nGrade: 4\n", "Student Health"),
    ("Tribal Health Program - Imaging Referral\nFrom: Elmstead Clinic\n", "Tribal Health"),
    ("CONSENT WITHDRAWAL - TISSUE & IMAGING RESEARCH\nProtocol: LIVER-22\n", "TISSUE & IMAGING"),
    ("Ashgrove Children's Hospital\nREFERRAL FOR DIAGNOSTIC IMAGING\nGrade: 4\n", "DIAGNOSTIC IMAGING"),
    ("Kestrel Sleep & Airway Institute | Sleep Medicine & Radiology\nCBCT airway\n", "Sleep Medicine & Radiology"),
    ("REGISTRY FORM\nFacility\tElmstead Imaging Associates\nPatient\tOdum, Priya\n", "Facility"),
    ("Hospital de origen / Sending: Hospital Santa Lucia Frontera\n  Av. Madero 12, Ensenada\n", "Hospital de origen"),
    ("CLINICAL: OSA, AHI 42 on PSG 3/2/25; BMI 29.\n", "AHI"),
    ("CLINICAL: OSA, AHI 42 on PSG 3/2/25; BMI 29.\n", "PSG"),
    ("A/P: diuresis; recheck BMP 6/14 with Dr. Halvorsen.\n", "BMP"),
    ("Discharge disposition: IRF  mRS 90d: 2\n", "IRF"),
    ("Transport: CHR to drive; CHR Odessa Whitfeather cell 555-0160\n", "CHR"),
])
def test_words_that_are_no_site(analyzer: PhiAnalyzer, text: str, word: str) -> None:
    assert untouched(analyzer, text, word)


def test_payer_after_its_card_number_is_no_site(analyzer: PhiAnalyzer) -> None:
    text = "Phone (day): 555-0170\nIns. card # ZQ5512088-02  Mesa Alta Health\nPatient name __ Ona Brisk\n"
    check(analyzer, text, ["ZQ5512088-02", "Ona Brisk"])
    assert not [s for s in analyzer.analyze(text) if s.entity_type == "FACILITY"]


def test_payer_kept_site_still_found(analyzer: PhiAnalyzer) -> None:
    text = "Quarry Bend Medical Center\nInsurance ID#: QX4471902  Granite Union Health\n"
    check(analyzer, text, ["Quarry Bend Medical Center", "QX4471902"])
    assert untouched(analyzer, text, "Granite Union Health")


def test_body_site_column_of_an_iv_log(analyzer: PhiAnalyzer) -> None:
    text = ("Time | Pt | MRN | Site | Ga | Note\n"
            "0915 | Holmgaard, Birgit | 55120934 | R forearm | 20 | ok\n"
            "1020 | Achebe, Tolu | 66120311 | L antecubital | 22 | flushes well\n")
    check(analyzer, text, ["Holmgaard, Birgit", "55120934", "Achebe, Tolu"])
    assert untouched(analyzer, text, "R forearm")
    assert untouched(analyzer, text, "L antecubital")


def test_office_after_a_slash(analyzer: PhiAnalyzer) -> None:
    text = "ALTERNATE FORMAT REQUEST\nWillowmere Community Hospital / Office of Patient Access\nLogged 3/2/2026\n"
    check(analyzer, text, ["Willowmere Community Hospital"])
    assert untouched(analyzer, text, "Office of Patient Access")
