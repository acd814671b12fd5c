"""Round 11c: clinical text a tenth writer brought that was masked as PHI: Doppler vessel and velocity
abbreviations ("CCA PSV", "CFV", "EDV"), a fat-suppressed MR sequence ("PD FS"), credentials after a name
(athletic trainer "ATC", medical dosimetrist "CMD", the Irish "MB BCh BAO", "FNP-C" after an ALL-CAPS
name), valve, hip and shoulder-test eponyms (Lambl excrescence, Ortolani and Barlow maneuvers, Graf type,
Hawkins-Kennedy test), a urinary-tract-dilation grade ("UTD P2") and the kind of document or role that
heads a note ("HOSPICE REFERRAL / INTAKE", "NAVIGATOR NOTE").

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check


# ------------------------------------------------------------------ Doppler and MR abbreviations
@pytest.mark.parametrize(("text", "keep"), [
    ("Carotid duplex: the right CCA PSV 80 cm/s and ICA PSV 150 cm/s, so the ICA/CCA ratio is 1.9.",
     ["CCA PSV", "ICA PSV"]),
    ("Venous duplex: the CFV and the popliteal vein compress fully; EDV was not measured.", ["CFV", "EDV"]),
    ("Knee MRI for a skier: PD FS and STIR images show a meniscal tear.", ["PD FS"]),
    ("Renal ultrasound. Both kidneys normal in size.\nUTD P2 dilation of the left collecting system.", ["UTD P2"]),
])
def test_vessel_and_sequence_abbreviations(analyzer: PhiAnalyzer, text: str, keep: list[str]) -> None:
    check(analyzer, text, [], keep)


# ------------------------------------------------------------------ credentials after a name
@pytest.mark.parametrize(("text", "phi", "keep"), [
    ("Sideline note\nAthletic trainer: Brannoch Velisk, ATC, cell 555-555-0100", ["Brannoch Velisk"], ["ATC"]),
    ("Sideline note\nAthletic trainer: Brannoch Velisk, MS, ATC, cell 555-555-0100", ["Brannoch Velisk"],
     ["MS, ATC"]),
    ("Physicist: Q. Ardmoyle, PhD, DABR   Dosimetry: T. Vanstrom, CMD\nPlan: 30 Gy in 10 fractions.",
     ["Vanstrom"], ["CMD"]),
    ("Kind regards,\n\nOrlagh Treminy\nMB BCh BAO, FFR RCSI\nConsultant Radiologist", ["Orlagh Treminy"],
     ["MB BCh BAO"]),
    ("Ordering: QUARVELL, TIBERIA FNP-C; performed by staff", ["QUARVELL, TIBERIA"], ["FNP-C"]),
])
def test_credentials_after_names(analyzer: PhiAnalyzer, text: str, phi: list[str], keep: list[str]) -> None:
    check(analyzer, text, phi, keep)


# ------------------------------------------------------------------ eponyms
@pytest.mark.parametrize(("text", "keep"), [
    ("Echo: trileaflet aortic valve.\nLambl excrescence on the aortic valve, incidental.", ["Lambl excrescence"]),
    ("Infant hips: alpha angle 62 degrees, Graf type I.\nOrtolani and Barlow maneuvers negative.",
     ["Graf type I", "Ortolani", "Barlow"]),
    ("Shoulder exam: Neer test positive, Hawkins-Kennedy test positive, no instability.", ["Hawkins-Kennedy test"]),
])
def test_eponyms(analyzer: PhiAnalyzer, text: str, keep: list[str]) -> None:
    check(analyzer, text, [], keep)


# ------------------------------------------------------------------ document kinds and roles in capitals
@pytest.mark.parametrize(("text", "keep"), [
    ("Please summarise the note below.\n\nHOSPICE REFERRAL / INTAKE — see details in the attached form",
     ["HOSPICE REFERRAL"]),
    ("OUTBOUND REMINDER SCRIPT — completed by the scheduling team this evening", ["OUTBOUND REMINDER SCRIPT"]),
    ("NURSE NAVIGATOR NOTE — Breast Health    2026-01-02 08:00\nPatient reached by phone.", ["NAVIGATOR NOTE"]),
])
def test_document_kind_headings(analyzer: PhiAnalyzer, text: str, keep: list[str]) -> None:
    check(analyzer, text, [], keep)


# ------------------------------------------------------------------ home-care agencies
@pytest.mark.parametrize(("text", "phi"), [
    ("Nursing visits were arranged with Willowmere Home Care Services for next week.",
     ["Willowmere Home Care Services"]),
    ("HOSPICE REFERRAL / INTAKE — Willowmere Home Care Services\nReferral received: 01/02/2026",
     ["Willowmere Home Care Services"]),
])
def test_home_care_agencies(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


# ------------------------------------------------------------------ guards: a degree's letters as a name
@pytest.mark.parametrize(("text", "phi"), [
    ("REFERRING: QUARVELL, BAO\nEXAM: MRI brain", ["QUARVELL, BAO"]),  # "Bao" is a given name
    ("Dictated: 01/02/26 13:00   Transcribed by: MB\nPatient Name: QUARVELL, TIBERIA", ["MB"]),  # initials
])
def test_degree_letters_still_names(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)
