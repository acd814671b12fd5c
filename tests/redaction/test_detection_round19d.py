"""Round 19d: lower-case names in an intake form's name, contact and signature fields, ALL-CAPS names after a
"=" label or opening a slash-separated header line, a care worker before a phone cue, a colleague before a
bracketed specialty.

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, untouched


@pytest.mark.parametrize(("text", "phi"), [
    ("Legal name: marguerite t. oyelowo\nInsurance: Sagebrush Mutual\n", ["marguerite t. oyelowo"]),
    ("Emergency contact: thu ha (sister) 555-212-0148\n", ["thu ha"]),
    ("Parent signature: anouk vermeulen   Date: 3/4/2026\n", ["anouk vermeulen"]),
])
def test_lower_case_name_in_an_intake_field(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "phi"), [
    ("HIP REGISTRY EXPORT\nPatient = PARKINSON, SO-RA J\nDOB = 02/11/1948\n", ["PARKINSON, SO-RA J"]),
    ("FALL F/U PHONE CALL\nOZTURK, DEMIRA / K482019377 / 4/19/61\nEvent: slipped in hall\n", ["OZTURK, DEMIRA"]),
])
def test_caps_name_in_a_laid_out_header(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


def test_care_worker_before_a_phone_cue(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "Ride: CHR Hodgkin Tsosie cell 928/555-0161 will bring her.\n", ["Hodgkin Tsosie"])


@pytest.mark.parametrize(("text", "phi"), [
    ("Ref: Florence MacLeish (sleep medicine)\nCLINICAL: snoring\n", ["Florence MacLeish"]),
    ("Result called. Reviewed with Cushing (rad). Follow-up booked.\n", ["Cushing"]),
])
def test_colleague_before_a_bracketed_specialty(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


def test_sign_off_verb_before_a_name_and_md_is_no_town(analyzer: PhiAnalyzer) -> None:
    text = "IMPRESSION: mild tonsillar hypertrophy.\nTech Q. Rowe, RPSGT. Dictated Ilse Marchand, MD 3/18/26\n"
    check(analyzer, text, ["Ilse Marchand"])
    assert untouched(analyzer, text, "Dictated")


@pytest.mark.parametrize(("text", "word"), [
    ("EXAM: HSG   TIME: 10:12\nReferring REI: Tove Brandt, MD\nHISTORY: infertility\n", "REI"),
    ("Valley Clinic - Health Information Management\nReceived 02-14-2025 09:12\nMRN: Q4412093\n", "Received"),
    ("Patient Oona Brandt | Chart Q5512093 | Born 4/4/61\n", "Chart"),
    ("HIP REGISTRY - DATA COLLECTION\nHospital: Linden Vale Medical Center\n", "DATA COLLECTION"),
    ("Spine Registry Upload (queued record)\nFacility\tLinden Vale Medical Center\n", "Upload"),
])
def test_form_and_specialty_words_are_kept(analyzer: PhiAnalyzer, text: str, word: str) -> None:
    assert untouched(analyzer, text, word)


@pytest.mark.parametrize("agency", ["Harborline Credit Management", "Summit Receivables Group"])
def test_collection_agency_letterhead_is_no_person(analyzer: PhiAnalyzer, agency: str) -> None:
    text = f"{agency}\nPO Box 44120, Reno NV 89501\n\nRe: account 7741-22\nDear Olek Varga,\n"
    assert untouched(analyzer, text, agency)
