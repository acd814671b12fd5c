"""Round 10b: how reports are written that the ninth writer showed us: a report dictated line by line after
timestamps (each line a section, not a chat speaker), a bare year after a past-tense verb, credentials beside
names (nursing certifications, Commonwealth degrees and fellowships, hyphenated board titles), and a clock
time that is not a street number.

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check


# ------------------------------------------------------------------ keep: dictation logs
@pytest.mark.parametrize(("text", "phi", "keep"), [
    ("[08:01:12] FINDINGS: Normal.\n[08:01:40] IMPRESSION: No acute disease.", [], ["FINDINGS", "IMPRESSION"]),
    ("[14:20] Spleen: normal size.\n[14:21] Kidneys: no hydronephrosis.", [], ["Spleen", "Kidneys"]),
    # a speaker in the same log is still a person
    ("[7:02pm] Odalys Fenwick: scanner two is down\n[7:04pm] FLAIR: no signal abnormality.", ["Odalys Fenwick"],
     ["FLAIR"]),
])
def test_timestamped_dictation_sections_are_kept(analyzer: PhiAnalyzer, text: str, phi: list[str],
                                                 keep: list[str]) -> None:
    check(analyzer, text, phi, keep)


# ------------------------------------------------------------------ keep: years
@pytest.mark.parametrize(("text", "phi", "keep"), [
    ("Chemotherapy completed 2019, no recurrence since.", [], ["2019"]),
    # a clock time after the same verbs is still a time: "hours" after it, or a value no year has
    ("Hormone therapy started 2021; infusion started 2014 hours today.", ["2014 hours"], ["2021"]),
    ("Radiation ended 2018. Sedation start 2041, procedure ended 2217.", ["2041", "2217"], ["2018"]),
])
def test_year_after_past_tense_verb_is_kept(analyzer: PhiAnalyzer, text: str, phi: list[str],
                                            keep: list[str]) -> None:
    check(analyzer, text, phi, keep)


# ------------------------------------------------------------------ keep: credentials
@pytest.mark.parametrize(("text", "phi", "keep"), [
    ("Sedation given by Odalys Fenwick, RN, CRN, with the fellow.", ["Odalys Fenwick"], ["CRN"]),
    ("Reported by: Odalys Fenwick, RN, CCRN\n", ["Odalys Fenwick"], ["CCRN"]),
    ("Verified by Dr Tobiah Quennell MBChB, FRANZCR, Consultant Radiologist.", ["Tobiah Quennell"], ["MBChB"]),
    ("Verified by Dr Tobiah Quennell MB, FFR RCSI, Consultant Radiologist.", ["Tobiah Quennell"], ["FFR RCSI"]),
    ("A copy went to Odalys Fenwick, PA-C. Your scan is on file.", ["Odalys Fenwick"], ["PA-C", "Your"]),
    ("Results to Odalys Fenwick, FNP-C. IR clinic line 555-555-0100.", ["Odalys Fenwick"], ["FNP-C", "IR"]),
])
def test_credentials_beside_names(analyzer: PhiAnalyzer, text: str, phi: list[str], keep: list[str]) -> None:
    check(analyzer, text, phi, keep)


# ------------------------------------------------------------------ keep: clock time then a modality
def test_clock_minutes_are_not_a_street_number(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "Access obtained at 9:15 AM. CT guidance used.", ["9:15 AM"], ["CT"])


# ------------------------------------------------------------------ recall: facility forms
@pytest.mark.parametrize(("text", "phi"), [
    ("Location: Regional Medical Center of Tamsin Ridge, MRI suite 2", ["Regional Medical Center of Tamsin Ridge"]),
    ("Outside films from Children's Hospital of Orrin Vale were reviewed.", ["Children's Hospital of Orrin Vale"]),
    ("St Elowen's Hospital  |  Department of Radiology\nPatient: Ada Quill", ["St Elowen's Hospital"]),
    ("Transferred from Brackenfold Transitional Care Unit by stretcher.", ["Brackenfold Transitional Care Unit"]),
    ("Jo in from Maple Grove Hospice House -- CHEST PA AND LATERAL", ["Maple Grove Hospice House"]),
    ("Brackenfold Health Service  |  Department of Medical Imaging", ["Brackenfold Health Service"]),
])
def test_facility_forms(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)



# ------------------------------------------------------------------ recall: people named by position
@pytest.mark.parametrize(("text", "phi"), [
    ("Small bleed. Told QX (555-555-0100) 02:10; they want a callback.", ["QX"]),
    ("Please leave results on voicemail.\nQuestions: Q.V. ext 4411.", ["Q.V."]),
    ("No further calls.\n\nQuiet night otherwise.\n-QVX", ["QVX"]),
    ("0701  CT26-0000001  5555-0001  QUILL, ADA  71F  CT HEAD WITHOUT CONTRAST  IN PROGRESS  FENWICK\n"
     "0715  CT26-0000002  5555-0002  HOPE, JO  64M  CT CHEST  NO SHOW  MARLOWE", ["FENWICK", "MARLOWE"]),
    ("Pending:\n1. Findings in RUQ reviewed.\n2. Marlowe in Obs -- CT HEAD WITHOUT CONTRAST, acc CT26-0000003",
     ["Marlowe"]),
    ("this is doctor quill dictating on tobiah fenwick medical record number 5 5 5 1", ["tobiah fenwick"]),
    ("hi dr quill,\nthis is odalys fenwick i had the ct scan on 3/4 and", ["odalys fenwick"]),
    ("Called 555-555-0100; read-back confirmed by MS at 2215 hours.", ["MS"]),
])
def test_people_named_by_position(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi, ["Findings"] if "Findings" in text else [])


@pytest.mark.parametrize(("text", "phi"), [
    ("IR PROCEDURE NOTE\nPatient Name........ MARLOWE, ROSE H\nMRN................. 55501234", ["MARLOWE, ROSE H"]),
    ("RIS WORKLIST  CT  07/09/2024\nPrinted 09:00 by WINTER, JUNE\n", ["WINTER, JUNE"]),
])
def test_all_caps_name_after_dot_leader_or_by(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


# ------------------------------------------------------------------ recall: ages and addresses
@pytest.mark.parametrize(("text", "phi", "keep"), [
    ("The scan is 85 percent done; the patient is 97 scratch that 97-year-old period", ["97"], ["85 percent"]),
    # an age cell must agree with the birth date before it: 92 is no age of someone born in 1980
    ("QUILL, ADA | 55501234 | 1930-02-11 | 95 | 2024-01-05 | BI-RADS 1\n"
     "HOPE, JO | 55501236 | 1980-02-11 | 92 | 2024-01-05 | BI-RADS 1", ["95"], ["92"]),
    ("FENWICK, JO | 55501235 | 04/09/1931 | 94 | 07/10/2025", ["94"], []),
])
def test_ages_said_or_tabled(analyzer: PhiAnalyzer, text: str, phi: list[str], keep: list[str]) -> None:
    check(analyzer, text, phi, keep)


@pytest.mark.parametrize(("text", "phi"), [
    ("also i moved, my new address is 4410 quarry hollow ln fairmont 26554\nthanks", ["4410 quarry hollow ln"]),
    ("Address: 12 Kowhai Crescent, Whanganui 4501   Tel: 555 0100", ["4501"]),
])
def test_address_forms(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)
