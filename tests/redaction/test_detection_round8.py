"""Round 8: format classes a seventh writer brought: claim-form (CMS-1500-like) boxes with spaced dates and
capitals CITY/ZIP CODE labels, military DDMONYY dates, VA last-four IDs, GS1 UDI strings and "serial SN",
bare and French phone extensions, four-dot-three accessions, bracketed three-three-three IDs, "Surname,
Given I" in mail headers and fields, sign-off and specimen initials, sites with no facility head word, and
names and sites in lower-case dictation and portal messages by their cue.

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check


# ------------------------------------------------------------------ dates
@pytest.mark.parametrize(("text", "phi"), [
    ("SPONSOR: SGT QUARRY, ODALYS   UNIT: 3-1 AR\nDOB: 11MAR57   AGE: 68Y", ["11MAR57"]),
    ("EXAM DATE/TIME: 02NOV25 1410Z   Order #: ORD5550123", ["02NOV25"]),
    ("3. PATIENT'S BIRTH DATE: 09 23 1948   SEX: F", ["09 23 1948"]),
    ("24A. DOS FROM 10 02 25 TO 10 03 25   B. POS 11", ["10 02 25", "10 03 25"]),
    ("31. SIGNATURE OF PHYSICIAN: QUELLING Ada MD   DATE 10 05 25", ["10 05 25"]),
])
def test_military_and_claim_form_dates(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


# ------------------------------------------------------------------ claim-form places
@pytest.mark.parametrize(("text", "phi"), [
    ("   CITY: LOWER BRANTWICK   STATE: VT   ZIP CODE: 05999-1234   TELEPHONE: 802 555 0114",
     ["LOWER BRANTWICK", "05999-1234"]),
    ("   CITY: FT. ODRAN   STATE: GA   ZIP CODE: 30999", ["FT. ODRAN", "30999"]),
])
def test_claim_form_city_and_zip(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


# ------------------------------------------------------------------ identifiers
@pytest.mark.parametrize(("text", "phi"), [
    ("Patient reports a spinal cord stimulator, serial SN 48213, implanted last spring.", ["SN 48213"]),
    ("Device card scanned; UDI (01)00812345678905(17)300131(21)QX55120. MR Conditional.",
     ["(01)00812345678905(17)300131(21)QX55120"]),
    ("Name     : QUARRY,ODALYS    Q7730\nPt ID Num: 555-01-7730", ["Q7730"]),
    ("   Imaging: CT HEAD WO 3/2 (4418.209): no acute hemorrhage.", ["4418.209"]),
    ('  "acc": "7301.552",\n  "site": "Main"', ["7301.552"]),
    ("Specimen mislabelled with the name of PELL, ARNO T (521 804 337).", ["521 804 337"]),
    ("||| |||| || ||| *614 220 958*\nWard 5E-12", ["614 220 958"]),
])
def test_serials_last_four_accessions_and_grouped_ids(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


# ------------------------------------------------------------------ phones
@pytest.mark.parametrize(("text", "phi"), [
    ("Dr Varga can be reached on 613.555.0142 poste 227.", ["613.555.0142 poste 227"]),
    ("Happy to discuss - my cell is 613.555.0188, or page x6610.", ["x6610"]),
    ("Consent obtained by the research nurse (study coordinator, x4471)", ["x4471"]),
])
def test_extensions(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


# ------------------------------------------------------------------ names
@pytest.mark.parametrize(("text", "phi", "keep"), [
    ("Utilization Management, Medicare Part B\nTo: Quist, Marit L <mquist@example.org>\n"
     "Cc: Okonjo-Bell, Tamsin R; Varga, Imre", ["Quist, Marit L", "Okonjo-Bell, Tamsin R"], ["Management"]),
    ('  "ordering": "Thorsby, Ingeborg K",\n  "exam_time": "10:12:00"', ["Thorsby, Ingeborg K"], []),
    ("Can someone look before the tumor board? Thanks - QV", ["QV"], []),
    ("MRN 5550142   Coll: 3/4/26 0815  by RW\nSource: core biopsy", ["RW"], []),
    ("[9:14] Penn: is the CT HEAD on odalys quarry read yet? MRN 555 014 201\n"
     "[9:15] Penn: is the XR CHEST on bed 12 read yet?", ["odalys quarry"], ["bed 12"]),
    ("Consent obtained 2026-02-11 by Grant Hill (study coordinator, x4471)", ["Grant Hill"], []),
])
def test_names_by_field_and_cue(analyzer: PhiAnalyzer, text: str, phi: list[str], keep: list[str]) -> None:
    check(analyzer, text, phi, keep)


@pytest.mark.parametrize(("text", "phi"), [
    ("findings were discussed with stepdaughter odalys quarry at 1410 hours by telephone period", ["odalys quarry"]),
    ("hi dr. penn its marit quist, Tamsin's partner. she had her ct", ["marit quist", "Tamsin"]),
    ("i am on a fixed income. - arno pell 613 555 0199", ["arno pell"]),
])
def test_lower_case_names_by_cue(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


# ------------------------------------------------------------------ sites
@pytest.mark.parametrize(("text", "phi", "keep"), [
    ("Adenocarcinoma; outside slides from Port Haven General\n   Labs: CEA 4.1", ["Port Haven General"], []),
    ("Outside institution: Stone Bridge General   Outside MRN: Q5550142", ["Stone Bridge General"], []),
    ("ED PROVIDER NOTE   St. Odran's Emergency Department", ["St. Odran's"], []),
    ("Fenwick Moor NHS Foundation Trust\nDepartment of Clinical Radiology", ["Fenwick Moor NHS Foundation Trust"], []),
    ("Willow Creek CBOC                  Radiology Service", ["Willow Creek CBOC"], []),
    ("Disposition: Home with Port Haven Rehabilitation; daughter updated.", ["Port Haven Rehabilitation"], []),
    ("Medications: St. John's wort daily; prior at Port Haven General.", ["Port Haven General"],
     ["St. John's wort"]),
    ("c c doctor ada quell at brackley vale period end of dictation", ["brackley vale"], []),
    ("comparison 3/1/24 from alder crest medical group period", ["alder crest medical group"], []),
])
def test_sites_without_a_head_word(analyzer: PhiAnalyzer, text: str, phi: list[str], keep: list[str]) -> None:
    check(analyzer, text, phi, keep)


# ------------------------------------------------------------------ addresses
@pytest.mark.parametrize(("text", "phi"), [
    ("5. PATIENT'S ADDRESS: W2217 COUNTY ROAD JJ\n   CITY: PINE HOLLOW", ["W2217 COUNTY ROAD JJ"]),
    ("     Ivy Cottage, Mill Lane, Thornbury BS35 9ZZ\n", ["Ivy Cottage, Mill Lane"]),
    ("     Beukengracht 41 hs, 7421 Brakelo, Netherlands\n", ["Beukengracht 41 hs", "7421", "Brakelo"]),
    ("     ul. Lipowa 17 m. 4, 31234 Kraków, Poland\n", ["ul. Lipowa 17 m. 4", "31234", "Kraków"]),
])
def test_rural_british_and_continental_addresses(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


# ------------------------------------------------------------------ more names, sites and dates
@pytest.mark.parametrize(("text", "phi"), [
    ("medical record number 5 5 5 0 1 4 2 date of service march 3, 2026 period new paragraph", ["march 3, 2026"]),
    ("01/14/2026 23:37   FROM: 802 555 0114   Elm Row RADIOLOGY   P. 001/003", ["Elm Row"]),
    ("<assignedPerson><name><prefix>Dr.</prefix>April Stone<suffix>MD</suffix></name>", ["April Stone"]),
    ("02/26/2026 | CT-0042 | Acute PE | RN Hope Parkinson | 32983 | Y - verbal", ["Hope Parkinson"]),
    ("SPONSOR: PO2 HILL, JUNE R   UNIT: 3-1 AR, Pine Hollow VT", ["HILL, JUNE R"]),
])
def test_written_dates_banner_sites_markup_and_role_names(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


# ------------------------------------------------------------------ form labels and report words kept
@pytest.mark.parametrize(("text", "phi", "keep"), [
    ("2. PATIENT'S NAME (Last Name, First Name, Middle Initial): QUARRY, ODALYS", ["QUARRY"], ["Middle Initial"]),
    ("Original study: PET/CT SKULL BASE TO MID THIGH   Exam #: 4418.209", ["4418.209"], ["THIGH"]),
    ("   Labs: CEA 3.6 ng/mL, AFP 193 (6/6/26)", ["6/6/26"], ["CEA"]),
    ("   B. POS 22   D. CPT 71250 26   E. PTR A   F. $ 1624 00   G. UNITS 1\nDATE 10 05 25", ["10 05 25"],
     ["POS", "PTR", "UNITS"]),
    ("Req Phys : QUARRY,ODALYS A    Pat Loc: PRIMARY CARE", ["QUARRY"], ["Req Phys"]),
    ("Dr Odalys Quarry\nHuisartsenpraktijk\n\nDear Dr Quarry,", ["Odalys Quarry"], ["Huisartsenpraktijk"]),
])
def test_form_labels_and_report_words_are_kept(analyzer: PhiAnalyzer, text: str, phi: list[str],
                                               keep: list[str]) -> None:
    check(analyzer, text, phi, keep)
