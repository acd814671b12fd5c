"""Round 18a: credentials after a name kept (CNA, CHW, LICSW, "RN, CSPI"), surnames that are words or eponyms
named by a crew role ("receiving MD Winter", "medic K. Street", "| Surgeon | Hale |"), lower-case patients in a
chat's read request, and labels of logs, alerts and bilingual sheets kept out of names.

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, untouched


# ------------------------------------------------------------------ credentials after a name
@pytest.mark.parametrize(("text", "name", "credential"), [
    ("Resident was found beside the bed by Odile Brankovic, CNA. Portable film of the hip ordered.\n",
     "Odile Brankovic", "CNA"),
    ("Mailing address confirmed with the patient.\n-- Tobias Wennerlund, CHW\n", "Tobias Wennerlund", "CHW"),
    ("Follow-up visit in two weeks.\n\nMarisol Quintanar, LICSW\n", "Marisol Quintanar", "LICSW"),
    ("Case closed after the film.\nSPI: Halvard Ostby, RN, CSPI\n", "Halvard Ostby", "RN, CSPI"),
])
def test_credential_after_a_name_is_kept(analyzer: PhiAnalyzer, text: str, name: str, credential: str) -> None:
    check(analyzer, text, [name], keep=[credential])


# ------------------------------------------------------------------ surnames that are words, named by role
@pytest.mark.parametrize(("text", "phi"), [
    ("Transfer crew: Flight RN T. Amberg; medic K. Street; receiving MD Winter (301) 555-0142\n",
     ["K. Street", "Winter"]),
    ("Sedated for MRI brain.\nMonitored by Pia Lorentzen, RN; MD Young. Scanner 4410-22Q.\n", ["Young"]),
    ("Crew: RN B. Okoro; medic J. Havel; receiving MD Cushing 212-555-0177\n", ["Cushing"]),
    ("| OR date | 03/04/2025 |\n| Surgeon | Snow |\n| DOB | 01/02/1970 |\n", ["Snow"]),
    ("[Records note: films released 10/12 by R. Street; copy kept on file]\n", ["R. Street"]),
])
def test_word_surname_after_a_crew_role(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


def test_label_after_a_credential_is_no_surname(analyzer: PhiAnalyzer) -> None:
    text = "Reader: Ines Marquard, MD  Cert 8812093311\nTransfer: receiving MD Winter 301-555-0142\n"
    check(analyzer, text, ["Ines Marquard", "Winter"], keep=["Cert"])


# ------------------------------------------------------------------ chat read requests in lower case
@pytest.mark.parametrize(("text", "phi"), [
    ("[3/4/25, 9:15 PM] B. Ilves: pls overread mirela dunford CT24-551237?? \n", ["mirela dunford"]),
    ("[03/04/2025, 21:15] Ola Svane: anyone free to look at tamsin van der kolk A220193847??\n",
     ["tamsin van der kolk"]),
])
def test_lower_case_name_in_a_chat_read_request(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


def test_chat_read_request_of_a_body_part_is_no_name(analyzer: PhiAnalyzer) -> None:
    text = ("[3/4/25, 9:15 PM] B. Ilves: can someone check left knee XR25-551237\n"
            "[3/4/25, 9:17 PM] B. Ilves: also check rasmus okafor XR25-551240\n")
    check(analyzer, text, ["rasmus okafor"], keep=["left knee"])


# ------------------------------------------------------------------ labels kept out of names
@pytest.mark.parametrize(("text", "word"), [
    ("Instrucciones al paciente - Patient Instructions\nOakhaven Children's Hospital\n", "Instrucciones al paciente"),
    ("Cita de seguimiento / Follow-up: May 2 at 9:10 AM\n", "Cita"),
    ("Llame al / Call 412-555-0190 si tiene fiebre / if fever.\n", "Llame al / Call"),
    ("Intérprete / Interpreter: Anouk Verhaegen ID 44120\n", "Intérprete"),
    ("[2/3/26, 08:01] Noor Haddou: Posterolateral humeral head impaction, see series 4\n", "Posterolateral"),
    ("Dispensing log  Dose Calibrator S/N QXT441902\n", "Calibrator"),
    ("FALL DETECTED - Watch Alert\nMay 4, 2026 06:10:11\n", "Watch Alert"),
    ("Weight Mgmt Program - Pre-op Imaging\nDOB: 01/01/1980\n", "Weight Mgmt"),
    ("Rotor Wing  Tail N551QQ\nMission V88120455  12-Jul-2026\n", "Mission"),
    ("| Birthdate | 12/12/1989 |\n| Pt | Oskar Lindahl |\n", "Birthdate"),
    ("Heard a thud, found by Odile Brankovic, CNA. Hx Parkinson disease. Mobile X-ray ordered; read by Dr. Quill.\n",
     "Mobile X-ray"),
    ("Emergency contact notified.\nDevice QXP778123\n---\nED note: walked in.\n", "Device"),
])
def test_layout_label_is_no_name(analyzer: PhiAnalyzer, text: str, word: str) -> None:
    assert untouched(analyzer, text, word)


# ------------------------------------------------------------------ a named subject whose surname is a word
def test_given_name_and_word_surname_opening_an_alert(analyzer: PhiAnalyzer) -> None:
    text = ("FALL DETECTED - Wrist Alert\nMar 3, 2026 04:12:09\n"
            "Marco Street may have taken a hard fall. Location near 118 Birch Rd.\n")
    check(analyzer, text, ["Marco Street"])
