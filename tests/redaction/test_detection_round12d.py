"""Round 12d: recall fixes for forms the older external writers brought that earlier rounds left.

Times: call-back times after a read-back number, leading-zero 24-hour times after a preposition, French spaced
times. People: a first name with an apostrophe-less possessive before a phone number, a titled surname before a
phone number, a first name after a care role, a referrer after "ref", names after "exported by", quoted as spelled,
listed with a room, a patient named by a bare word in a colleague's request, initials before a bracketed name, a
diary's writer, ALL-CAPS "SURNAME, GIVEN" in a worklist row or after a participant label. IDs: an accession
dictated letter by letter. Places: worklist title sites, site codes after a clock time, outside facilities,
labelled streets without a suffix, lower-case towns before a ZIP code, the place a dictated site is "of". Kept: a
credential after an ALL-CAPS signature.

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check


# ------------------------------------------------------------------ cued clock times
@pytest.mark.parametrize(("text", "phi"), [
    ("Small SDH. Told QRT (555-201-3344) 2217; they want a callback.", ["2217"]),
    ("Free air. Paged Dr. Lund 555.201.3344 0140.\nNext case.", ["0140"]),
    ("No portable films after 0400.\n-Team", ["0400"]),
    ("Scanner back online by 0615 hrs per vendor.", ["0615"]),
    ("Examen réalisé à 14 h 35 au service.", ["14 h 35"]),
])
def test_cued_clock_times(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "keep"), [
    ("Dose since 1998 unchanged; DLP after 0350 mGy·cm is flagged.", ["1998"]),
    ("Told family the findings at length; lesion 2 cm.", ["2 cm"]),
])
def test_numbers_that_are_not_clock_times(analyzer: PhiAnalyzer, text: str, keep: list[str]) -> None:
    check(analyzer, text, [], keep)


# ------------------------------------------------------------------ names cued by chat and portal phrasing
@pytest.mark.parametrize(("text", "phi"), [
    ("if i cant drive, Ivelinas cell is 555-201-3344.", ["Ivelina"]),
    ("[08:12] Tomasz: can you look at Prewitt before I sign it? acc 77-CT-1", ["Prewitt"]),
    ("Merged by QV (Quinn Vasquez, RT(R)) at 3:10 PM.", ["QV"]),
    ("my scan diary — oksana\n\nMar. 2 — ct at the clinic", ["oksana"]),
    ("0910  CT25-1000001  4411-2200  CHURCH, WREN A  47F  CT HEAD", ["CHURCH, WREN A"]),
    ("Protocol X-12\nParticipant: SUMMER, IDA   MRN 44221100", ["SUMMER, IDA"]),
    ("Questions: backup Dr. Paget cell 555-201-3344.", ["Paget"]),
    ("Sedation not needed. Child life specialist Oyelaran assisted.", ["Oyelaran"]),
    ("ok, Junes cell is 555-201-3344 if needed", ["June"]),
    ("[secure chat] exported 2026-02-03 by April Hale\n6:01a  R. T: ok", ["April Hale"]),
    ('QC: outside name spelled "Okonkwoo"; matched on DOB', ["Okonkwoo"]),
    ('Name of ordering physician transcribed as "Tuesday" -- verify.', ["Tuesday"]),
    ('MT note: unclear spelling of ordering doctor, transcribed as "Sunday".', ["Sunday"]),
    ("Pending:\n1. Whitley in 7East-14 -- CT HEAD", ["Whitley"]),
    ('4,Ruiz,Ana,1970-01-02,CT,"ref Okafor"\n', ["Okafor"]),
])
def test_cued_people(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "keep"), [
    ("Please look at Chest before noon; assessed by MR (Magnetic Resonance) today.", ["Chest", "MR"]),
    ("Cells count: Plasma cells 5%; phones off during MRI. Lesion (ref Chest).", ["Plasma", "Chest"]),
    ("31. SIGNATURE OF PHYSICIAN: QUINTANO MD   DATE 01 02 26", ["MD"]),
])
def test_cued_people_leave_clinical_words(analyzer: PhiAnalyzer, text: str, keep: list[str]) -> None:
    check(analyzer, text, [], keep)


@pytest.mark.parametrize(("text", "phi"), [
    ("dob period accession a two one zero oh four seven seven period new paragraph",
     ["a two one zero oh four seven seven"]),
    ("accession two six c t four four one zero nine period exam", ["two six c t four four one zero nine"]),
])
def test_spoken_accession_with_letters(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


def test_spoken_accession_needs_digits(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "accession a b c d e f pending", [], ["pending"])


# ------------------------------------------------------------------ sites and address parts
@pytest.mark.parametrize(("text", "phi"), [
    ("RIS WORKLIST  MR  NWVH  01/02/2025\nPrinted 07:00", ["NWVH"]),
    ("       ^ prior at outside facility KRH, requested\n", ["KRH"]),
    ("Outside facility: Larchmere Family Clinic, 12 Oak St, Suite 4, Tyler", ["Larchmere Family Clinic"]),
    ("Address: 27 Parkgate, Sligo F91 X2Y3   Tel: none", ["27 Parkgate"]),
    ("Acc 112233   Performed: 03/01/2025 21:05 at NRHQ\nPatient: AB", ["NRHQ"]),
    ("hi, new address is 88 birch ln tulsa 74101\nthanks", ["tulsa"]),
    ("we live at 4 quail rd el paso tx 79901 now", ["el paso"]),
    ("comparison from general hospital of cedar bluff period new paragraph", ["general hospital of cedar bluff"]),
])
def test_cued_sites(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "keep"), [
    ("RIS WORKLIST  CT  02/03/2025", ["CT"]),
    ("Transferred to the hospital of choice. Then at the clinic of the day.", ["choice", "day"]),
    ("Seen 10:20 at ED.\nPaget disease of bone; interpreter Spanish present.", ["ED", "Paget", "Spanish"]),
])
def test_cued_sites_leave_modalities_and_units(analyzer: PhiAnalyzer, text: str, keep: list[str]) -> None:
    check(analyzer, text, [], keep)
