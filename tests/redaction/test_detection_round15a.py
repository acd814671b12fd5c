"""Round 15a: people named by portal and chat phrasing, Arabic "bint" names, name forms, care roles, sign-offs.

Lower-case names in relatives' portal messages ("hi its X again, im Y's nephew", "my son X drives me") and a
chat's patient line (name, then birth date); "bint" / "ibn" names with and without the given name; "Surname:" /
"Given names:" form values; a name after a care-team or decision-maker role, also after a slash in a role list;
a titled full name alone on its line and a titled surname before a dash; two-letter surnames repeated with a
possessive. Kept: report words that layouts put where names go ("Transport:", "Severity", a companion's role
word, a department heading, a detailed-anatomy title, "too" and "calling" before a phone number).

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check


@pytest.mark.parametrize(("text", "phi"), [
    ("hey its maeve again, im oren castell's nephew. hes 81 and had the scan tuesday",
     ["maeve", "oren castell"]),
    ("hello, this is ivo marsh here. I am Ife Okonjo-Bell's stepdaughter", ["ivo marsh", "Ife Okonjo-Bell"]),
    ("ok thx. also my son rain long drives me, can u text him 555-0142", ["rain long"]),
    ("[10:02] Patient: oren castell 3/4/1950\n[10:05] Clinic: thanks", ["oren castell"]),
    ("[9:05 AM] Patient: ana st. vaal 19500304\n", ["ana st. vaal"]),
])
def test_portal_and_chat_names(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "phi"), [
    ("Patient: bint Qasim, Salma   MRN 55120934", ["bint Qasim, Salma"]),
    ("Consent witnessed by K. bint Qasim at the bedside.", ["K. bint Qasim"]),
    ("Mrs. bint Qasim was comfortable overnight.", ["bint Qasim"]),
    ("Scan reviewed with the sister, Salma bint Qasim, who agreed.", ["Salma bint Qasim"]),
])
def test_patronymic_names(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "phi"), [
    ("Surname: AL-MANSOORI   Given names: Reem\nDOB: 02/03/1977", ["AL-MANSOORI", "Reem"]),
    ("Surname: HO   Given names: Minh Tam\nDOB: 02/03/1977", ["HO", "Minh Tam"]),
])
def test_name_form_labels(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "phi"), [
    ("Dosimetrist: Ivy R Marsh    Physicist: on call", ["Ivy R Marsh"]),
    ("Therapists: A. Quill / Hope Fisher\n", ["Hope Fisher"]),
    ("Family meeting with chaplain Hope da Costa: scans only if they change care.", ["Hope da Costa"]),
    ("HCPOA: Rain Long, adult child (555 0199).", ["Rain Long"]),
])
def test_care_role_names(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "phi"), [
    ("Findings conveyed by phone.\n\nDr. Ada E Le Fort\nConsultant Radiologist\n", ["Ada E Le Fort"]),
    ("Reason: review for Dr. Dandy — Chiari I malformation vs tonsillar ectopia.", ["Dandy"]),  # an eponym
    ("Action: Vu's office informed.\nReferring vet: Vu Thanh Lam, DVM.", ["Vu"]),  # the possessive comes first
])
def test_sign_offs_and_short_surnames(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "keep"), [
    ("07:40  Transport: ground BLS, ETA 08:15.", ["Transport"]),
    ("Observed 30 min, left with companion\n\nSeverity (ACR): mild.", ["Severity"]),
    ("Witness: Ada Quill, RN. Companion Ned Farrow notified.", ["Companion"]),
    ("Northwind Health Plan\nUtilization Management Department\nPO Box 4410", ["Utilization Management"]),
    ("FETAL ULTRASOUND — DETAILED ANATOMY (76811)\nPatient: QUILL, ADA", ["DETAILED ANATOMY"]),
    ("SCREENING CALL — INTERPRETER ASSISTED\nNorthwind Clinic", ["ASSISTED"]),
    ("ok. my daughter jo wynn drives me, can u text her too 555-012-0147", ["too"]),
    ("You may ask for a review by calling 555-014-0177 before the deadline.", ["calling"]),
])
def test_report_words_in_name_positions(analyzer: PhiAnalyzer, text: str, keep: list[str]) -> None:
    check(analyzer, text, [], keep)
