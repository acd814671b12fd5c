"""Round 13c: precision and keep fixes.

Kept: a credential after a name and its comma when a log verb follows ("Ivo Tam, MD agrees"), a scoring system
with an acronym suffix after "call it" ("call it TI-RADS 4"), a title line's subtitle after its dash ("Hot Lab -
Daily Dose Record"), an AE title written with underscores, a dictated name's spoken punctuation ("doctor roe
period"), and the words before a state code that are a personal title or a name-order label ("Dr. Roe, MD",
"(Last, First, MI)"), police titles and abbreviated ranks before a name ("Detective", "Lt Col"), an ALL-CAPS label
opening a line ("VENDOR HOLD: ..."). The names themselves stay masked.

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check


# ------------------------------------------------------------------ credentials before a log verb
@pytest.mark.parametrize(("text", "phi", "keep"), [
    ("Assay 18% low; AU Teodora Lindqvist, MD notified 0342 hours. Logged.", ["Lindqvist"], ["MD"]),
    ("Dose index exceeded on 4/2/2023; radiologist Quennell, MD agrees.\nNext row.", ["Quennell"], ["MD"]),
    ("Reviewed 6/1/2022; physicist Ilse V. Marrow, DO concurs with the plan.", ["Ilse V. Marrow"], ["DO"]),
])
def test_credential_before_log_verb_kept(analyzer: PhiAnalyzer, text: str, phi: list[str], keep: list[str]) -> None:
    check(analyzer, text, phi, keep)


@pytest.mark.parametrize(("text", "phi"), [
    ("Discussed with Dr. Varnholt. SM agrees with the plan.", ["Varnholt", "SM"]),
    ("Preliminary read given; KT acknowledged at 0915.", ["KT"]),
])
def test_initials_before_log_verb_still_masked(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


# ------------------------------------------------------------------ scores after "call it"
@pytest.mark.parametrize(("text", "keep"), [
    ("Kai  6:08 PM\nwould call it TI-RADS 4. compare w/ prior\n", ["TI-RADS"]),
    ("I'd call it Lung-RADS 3 for now.", ["Lung-RADS"]),
])
def test_score_after_call_it_kept(analyzer: PhiAnalyzer, text: str, keep: list[str]) -> None:
    check(analyzer, text, [], keep)


def test_child_name_after_name_the_baby_still_masked(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "They plan to name the baby Rosalind-Mae next week.", ["Rosalind-Mae"])


# ------------------------------------------------------------------ title lines
@pytest.mark.parametrize(("text", "keep"), [
    ("Hot Lab - Daily Dose Record\nDate: 2020-01-02", ["Daily Dose Record"]),
    ("PEDS SURVEY - SUSPECTED ABUSE TRAUMA\nPatient: Orla Fenwick", ["SUSPECTED ABUSE TRAUMA"]),
])
def test_title_line_subtitle_kept(analyzer: PhiAnalyzer, text: str, keep: list[str]) -> None:
    check(analyzer, text, [], keep)


def test_name_closing_title_line_still_masked(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "Imaging consult note - Marta Quillon\nText follows.", ["Marta Quillon"])


# ------------------------------------------------------------------ identifiers with underscores
def test_ae_title_with_underscores_kept(analyzer: PhiAnalyzer) -> None:
    text = "Connected: 10.1.2.3:104  AE_TITLE ZORA_RAD1  viewer https://x.example/v opened and then closed"
    check(analyzer, text, ["10.1.2.3"], ["TITLE ZORA"])


# ------------------------------------------------------------------ dictated names
def test_dictated_name_without_spoken_punctuation(analyzer: PhiAnalyzer) -> None:
    text = "Referred by doctor Fenwick period new paragraph\nCOMPARISON: none."
    check(analyzer, text, ["Fenwick"], ["period"])


# ------------------------------------------------------------------ words before a state code
@pytest.mark.parametrize(("text", "phi", "keep"), [
    ("1. Patient name (Last, First, MI): ORTEGA-VANCE, LUIS\n2. DOB", [], ["First"]),
    ("Findings communicated to pathologist Dr. Fenwick, MD and the team.", ["Fenwick"], ["Dr."]),
    ("Lives at 4 Elm St, Springfield, IL 62704 with her son.", ["Springfield"], []),
])
def test_title_and_label_before_state_code(analyzer: PhiAnalyzer, text: str, phi: list[str], keep: list[str]) -> None:
    check(analyzer, text, phi, keep)


# ------------------------------------------------------------------ police titles before a name
@pytest.mark.parametrize(("text", "phi", "keep"), [
    ("Released (case 44120099) at 10:33 AM.\nDetective Brannock, county sheriff, badge 4471, requested images.",
     ["Brannock"], ["Detective"]),
    ("Deputy Olwen Farris escorted the patient to CT.", ["Olwen Farris"], ["Deputy"]),
])
def test_police_title_not_part_of_name(analyzer: PhiAnalyzer, text: str, phi: list[str], keep: list[str]) -> None:
    check(analyzer, text, phi, keep)


# ------------------------------------------------------------------ ALL-CAPS line labels
@pytest.mark.parametrize("label", ["WASTAGE AUDIT", "VENDOR HOLD"])
def test_caps_label_opening_a_line_kept(analyzer: PhiAnalyzer, label: str) -> None:
    text = f"Row 4 | Tc-99m MDP | 20.1 | 19.9 | Quell\n{label}: Odalys Brennan, aged 71, assay checked and fine."
    check(analyzer, text, ["Odalys Brennan"], [label])


def test_caps_name_in_prose_still_masked(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "I saw JOHN QUARRELL in clinic today for follow-up.", ["JOHN QUARRELL"])


# ------------------------------------------------------------------ abbreviated ranks before a name
@pytest.mark.parametrize(("text", "phi", "keep"), [
    ("Release not to inmate. Security contact: Lt. Orrin Vasquez-Tal 919-555-1212.", ["Orrin Vasquez-Tal"], ["Lt"]),
    ("Read by Lt Col Imelda R. Frost, MD, USA  DSN 312-555-1000", ["Imelda R. Frost"], ["Lt Col"]),
    ("Read by CDR Lionel S. Quayle, DO, USN  DSN 312-555-4641", ["Lionel S. Quayle"], ["CDR"]),
])
def test_abbreviated_rank_not_part_of_name(analyzer: PhiAnalyzer, text: str, phi: list[str], keep: list[str]) -> None:
    check(analyzer, text, phi, keep)
