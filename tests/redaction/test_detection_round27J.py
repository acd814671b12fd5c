"""Round 27J: ages of 90 and over said to the patient or as the writer's own, a site's name before its program
or its clinic, a town someone was driven from, and what is no PHI: a pain score after its change or before a
procedure, pacing modes and device codes in capitals, a verb in capitals after "to", an outreach service's name,
the dash before a department.

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, typed, untouched


def test_an_age_said_to_the_patient_or_as_ones_own(analyzer: PhiAnalyzer) -> None:
    assert typed(analyzer, "Since you are 96, the risk tool stops at its top age.", "AGE_OVER_89") == ["96"]
    assert typed(analyzer, "Climbed the stairs anyway. I felt every bit of my 93 today.", "AGE_OVER_89") == ["93"]
    assert typed(analyzer, "Still walking daily at my 91 years, thank you.", "AGE_OVER_89") == ["91"]
    # a percentage, a count of minutes or of patients is no age
    assert typed(analyzer, "You are 95% likely to need no further imaging.", "AGE_OVER_89") == []
    assert typed(analyzer, "That was the last of my 92 patients this week.", "AGE_OVER_89") == []


def test_a_site_name_before_its_program(analyzer: PhiAnalyzer) -> None:
    text = "Larchmere Outpatient Imaging Bone Health Program\n12 Tern Road, Oakvale, NE 68001\n"
    assert typed(analyzer, text, "FACILITY") == ["Larchmere Outpatient Imaging"]
    text = "Fallowby Harbor Regional Hospital Bone Health Program\n40 Quay St, Oakvale, NE 68001\n"
    assert typed(analyzer, text, "FACILITY") == ["Fallowby Harbor Regional Hospital"]


def test_a_clinic_of_the_site_after_a_dash(analyzer: PhiAnalyzer) -> None:
    text = "Wrenfield Community Hospital — Osteoporosis Clinic\n8 Elm Lane, Oakvale, NE 68001\n"
    assert typed(analyzer, text, "FACILITY") == ["Wrenfield Community Hospital"]
    assert untouched(analyzer, text, "Osteoporosis Clinic")


def test_the_dash_before_a_department_of_a_site_field(analyzer: PhiAnalyzer) -> None:
    text = "Site: Hollin Vale Family Clinic - Interventional Radiology\nRead on 02/03/2025\n"
    assert typed(analyzer, text, "FACILITY") == ["Hollin Vale Family Clinic"]


def test_a_town_someone_was_driven_from(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "My nephew drove me from Port Wendle. Parking was full.", ["Port Wendle"])
    check(analyzer, "A farmer drove himself in from Lower Brackley. His film was clear.", ["Lower Brackley"])


def test_pain_scores_are_no_dates(analyzer: PhiAnalyzer) -> None:
    assert typed(analyzer, "Knee pain worse, 6/10. They think it is arthritis.", "DATE_TIME") == []
    assert typed(analyzer, "Pain score 2/10 (pre-procedure 8/10). Follow up in clinic.", "DATE_TIME") == []
    # a date after a plain comma stays a date
    assert typed(analyzer, "Seen in clinic, 6/10. They think it is arthritis.", "DATE_TIME") == ["6/10"]


def test_device_codes_and_capital_verbs_are_no_sites(analyzer: PhiAnalyzer) -> None:
    text = "Device: CRT-D implanted 2019.\nProgrammed VOO at 80 bpm for the scan, then DDD.\n"
    assert typed(analyzer, text, "FACILITY") == []
    assert untouched(analyzer, "CTC Bowel Preparation Sheet\nTake the first dose at 6 pm.\n", "CTC")
    assert untouched(analyzer, "Tip at the cavoatrial junction. No pneumothorax. OK TO USE.\n", "USE")


def test_an_outreach_clinic_is_no_site(analyzer: PhiAnalyzer) -> None:
    assert typed(analyzer, "Refugee Health Clinic | chest film batch\nClinic day 2025-02-01\n", "FACILITY") == []
