"""Round 11d: recall fixes for forms a tenth writer brought: sites with a suite after a dash, "Medical Plaza",
a medical examiner's office named by its region, hospices with a second service, branches named with "at",
numbered mobile units, saints' hospitals with a middle word, military hospitals with their place, French
practice names; non-web URL schemes and bare hosts with a path; SSN last-four labels; Quebec health cards and
member IDs answered on the next turn; initials after "Pt:"; agents named by a given name and an initial;
lower-case names in speech; particle surnames; surname-first names before a date of birth; nicknames; spoken
e-mails and ages; building and apartment numbers; labels with a parenthesis; French clock times; shift ranges.

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check


# ------------------------------------------------------------------ sites
@pytest.mark.parametrize(("text", "phi"), [
    ("CT chest 3 May 2026 at Larkfield Outpatient Imaging – Suite 410 (Acc 77), read by Dr. Quill",
     ["Larkfield Outpatient Imaging – Suite 410"]),
    ("To: Release of Information / HIM, Sagebrush Flats Medical Plaza\nFax: 555-555-0100",
     ["Sagebrush Flats Medical Plaza"]),
    ("AUTOPSY IMAGING — Office of the Chief Medical Examiner, District 7\nCase no.: 1", [
        "Office of the Chief Medical Examiner, District 7"]),
    ("AUTOPSY IMAGING — Harrow Valley Coroner's Office\nCase no.: 1", ["Harrow Valley Coroner's Office"]),
    ("INTAKE — Quiet Harbor Hospice & Palliative Care\nReceived: today", ["Quiet Harbor Hospice & Palliative Care"]),
    ("Bluebell Pediatrics at Oakhaven — Radiology\nUS HIP", ["Bluebell Pediatrics at Oakhaven"]),
    ("Current location: The Willows at Stone Creek, Room 12B", ["The Willows at Stone Creek"]),
    ("Booked with Dr. Quill at Mobile Screening Coach 4. Hold aspirin.", ["Mobile Screening Coach 4"]),
    ("St Elowen's General Hospital\nDepartment of Radiology", ["St Elowen's General Hospital"]),
    ("Exam location: Naval Hospital Harbor Point    Exam date: today", ["Naval Hospital Harbor Point"]),
    ("cc: Dr Ada Quill, Cabinet médical des Tilleuls", ["Cabinet médical des Tilleuls"]),
])
def test_site_forms(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


def test_unqualified_examiner_office_is_not_a_site(analyzer: PhiAnalyzer) -> None:
    from redaction.recognizers.site_heads import SiteHeadRecognizer
    assert not SiteHeadRecognizer().analyze("Office of the Medical Examiner, Harrow County", [])


# ------------------------------------------------------------------ identifiers
@pytest.mark.parametrize(("text", "phi"), [
    ("Planning system linked; DICOM node dicom://10.9.8.7:104/PLANAE verified.", ["dicom://10.9.8.7:104/PLANAE"]),
    ("Reply Y to confirm. portal.harrowimaging.example/r/q7x2k9\n", ["portal.harrowimaging.example/r/q7x2k9"]),
    ("Date of birth: 1950-01-02   SSN (last 4 only): 8765\nAddress: on file", ["8765"]),
    ("Date of birth: 1950-01-02   SSN last four: 4321", ["4321"]),
    ("mon numéro d'assurance maladie c'est QUIA 1234 5678 et vous", ["QUIA 1234 5678"]),
    ("QUILL, ADA, DOB 2 May 1950, RAMQ QUIA 5012 3456, Hospital No. 99", ["QUIA 5012 3456"]),
    ("A: Member ID, please?\nB: It's XQZ 1234 5678 90.\nA: Thanks.", ["XQZ 1234 5678 90"]),
])
def test_identifier_forms(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


# ------------------------------------------------------------------ people
@pytest.mark.parametrize(("text", "phi"), [
    ("(Case 4 — REMOVE BEFORE PRESENTING)\nPt: Q.Z.\n\n[Slide 2]", ["Q.Z."]),
    ("Turnaround QI — abstractor Q.Z.\npt\tMRN", ["Q.Z."]),
    ("SCRIPT — completed by agent Adaeze Q. (queue SCHED) today", ["Adaeze Q."]),
    ("hi this is odalys quintero calling about my dad bartolo quintero date of birth may first",
     ["odalys quintero", "bartolo quintero"]),
    ("bonjour c'est odile quenneville je vous appelle. le docteur vasquez m'a dit que", [
        "odile quenneville", "vasquez"]),
    ("hey it's odalys quintero birthday 1/2/1950 i need", ["odalys quintero"]),
    ("Final read by Dr. Ysolde dela Quema, today.", ["Ysolde dela Quema"]),
    ("Patient name: dela Quema, Ysolde\nDate of birth: today", ["dela Quema, Ysolde"]),
    ("B: Treviño, Xiadani, date of birth 1/2/1950.", ["Treviño, Xiadani"]),
    ("Athlete: QUILL, BARTHOLOMEW (goes by Sunny)   DOB today", ["Sunny"]),
])
def test_person_forms(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


# ------------------------------------------------------------------ other forms
@pytest.mark.parametrize(("text", "phi"), [
    ("you can email me at ada dot quill at harrowclinic dot org dot example or call", [
        "ada dot quill at harrowclinic dot org dot example"]),
    ("my mom was born long ago she's ninety three she had the scan", ["ninety three"]),
    ("Address: 12 N Quill Ave Bldg 5, Apt 3, Harrow, PA 19001", ["12 N Quill Ave Bldg 5, Apt 3"]),
    ("Medical record # (if known): 765 432 10\n", ["765 432 10"]),
    ("Message vocal — 15/10/2025 14 h 35\n\nbonjour", ["14 h 35"]),
    ("NIGHT SIGN-OUT — 01/02/2026 1900–0700 — A. Quill", ["1900–0700"]),
])
def test_other_forms(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize("text", [
    "He is ninety percent sure of the finding.",
    "Velocity 90 cm/s, this is consistent with stenosis.",
    "Years 2000-2010 of follow-up were reviewed.",
])
def test_no_new_masks_in_clinical_text(analyzer: PhiAnalyzer, text: str) -> None:
    from redaction.recognizers import cued_ids_more, site_heads, spoken_forms
    for module in (site_heads, cued_ids_more, spoken_forms):
        for name in dir(module):
            cls = getattr(module, name)
            if isinstance(cls, type) and name.endswith("Recognizer") and cls.__module__ == module.__name__:
                assert not cls().analyze(text, []), (name, text)
