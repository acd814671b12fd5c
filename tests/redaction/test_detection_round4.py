"""Round 4: identifiers by label in any shape, structured fields, dictated numbers, log names, ages by
sex/age, facility names with legal form and campus, and the clinical-context rule that keeps eponyms.

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from redaction._clinical_context import in_clinical_context
from tests.redaction.test_detection import check


# ------------------------------------------------------------------ identifiers by label, any shape
@pytest.mark.parametrize(("text", "phi"), [
    ("Prior CT, acc QX.2024.7730215, reviewed.", ["QX.2024.7730215"]),
    ("MRI knee acc CT/25/440918 pending", ["CT/25/440918"]),
    ("Plan: Cedar Mutual, member ID KB 4410 9921 R.", ["KB 4410 9921 R"]),
    ("Pump serial 48/30517 logged for biomed.", ["48/30517"]),
    ("Versichertennummer: H837-22-1190", ["H837-22-1190"]),
    ("n° dossier 2025/88412 transmis", ["2025/88412"]),
    ("Worklist :: TORVALD, ELKE :: 612.904.377 :: age 51Y", ["612.904.377"]),
])
def test_values_after_any_identifier_label(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize("text", ["SS#: 482 17 3306", "soc sec 482.17.3306 on file", "SSN\n482 17 3306"])
def test_ssn_spaced_or_dotted(analyzer: PhiAnalyzer, text: str) -> None:
    value = next(v for v in ("482 17 3306", "482.17.3306") if v in text)
    check(analyzer, text, [value])


def test_oid_and_blood_pressure_are_not_identifiers(analyzer: PhiAnalyzer) -> None:
    check(analyzer, 'root="2.16.840.1.113883.19.5" BP 132/84 at rest', [], keep=["2.16.840.1.113883.19.5", "132/84"])


# ------------------------------------------------------------------ XML / JSON fields
def test_cda_fields_by_element_name(analyzer: PhiAnalyzer) -> None:
    text = ('<patient><name><given>Oskarine</given><family>Quellbrand</family></name></patient>\n'
            '<addr><streetAddressLine>88 Fernhollow Rd</streetAddressLine><city>Upper Tarrow</city></addr>\n'
            '<id root="2.16.840.1.113883.4.1" extension="730 41 5529"/>\n'
            '<representedOrganization><name>Brindlemoor Surgical Hospital</name></representedOrganization>')
    check(analyzer, text, ["Oskarine", "Quellbrand", "Upper Tarrow", "730 41 5529", "Brindlemoor Surgical Hospital"])


def test_fhir_fields_by_key(analyzer: PhiAnalyzer) -> None:
    text = ('{"name": [{"family": "Vantongeren", "given": ["Ilse", "P"]}], "address": [{"city": "Marrow Bend"}],\n'
            ' "identifier": [{"type": "ACSN", "value": "QA/26/118204"}], "subscriberId": "ZT 5521 0874 K"}')
    check(analyzer, text, ["Vantongeren", "Ilse", "Marrow Bend", "QA/26/118204", "ZT 5521 0874 K"])


# ------------------------------------------------------------------ dictation: words for numbers
def test_spoken_dates_times_and_digits(analyzer: PhiAnalyzer) -> None:
    text = ("dictating on october ninth twenty twenty five at four fifty-two p m period M R N six one "
            "zero four four nine eight period date of birth july second nineteen forty one period")
    check(analyzer, text, ["october ninth twenty twenty five", "four fifty-two p m",
                           "six one zero four four nine eight", "july second nineteen forty one"])


def test_digits_read_out_one_by_one(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "M R N 7 2 0 5 5 1 3 period", ["7 2 0 5 5 1 3"])


# ------------------------------------------------------------------ names by position in logs and lists
@pytest.mark.parametrize(("text", "phi"), [
    ("Callback done.\nClosed 2026-02-11 by QT.", ["QT"]),
    ("Import finished; reconciled by WZ.\nLink follows", ["WZ"]),
    ("Allergy noted.\nKV 9:12am: suggest premedication.\nRL 10:03am: agree.", ["KV", "RL"]),
    ("[4:05pm] Brannagh Oyelowo: images pushed", ["Brannagh Oyelowo"]),
    ("3) Thistleby, F/97, ED bay 4 - CT", ["Thistleby", "97"]),
    ("for the family of Okparaeke, Nwamaka T.", ["Okparaeke, Nwamaka T"]),
])
def test_names_in_logs_chats_and_boards(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


def test_modality_after_by_is_not_initials(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "Fracture was confirmed by CT.\n", [], keep=["CT"])


# ------------------------------------------------------------------ times after a year, ages, sites
def test_military_time_after_a_dated_year(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "Signed 02/19/2026 0742. Family updated.", ["02/19/2026", "0742"])


@pytest.mark.parametrize(("text", "age"), [("Kessler, M/102, bay 7", "102"), ("pt is a ninety-four year old", "ninety-four")])
def test_ages_over_89_in_more_phrasings(analyzer: PhiAnalyzer, text: str, age: str) -> None:
    check(analyzer, text, [age])


@pytest.mark.parametrize(("text", "site"), [
    ("outside study from Quarrystone Imaging LLC, Jan 2 2025", "Quarrystone Imaging LLC"),
    ("seen at Wrenfield Diagnostics - East Campus, is due", "Wrenfield Diagnostics - East Campus"),
    ("Report by A. Moss, MD, Tarnwick Valley Regional Health.", "Tarnwick Valley Regional Health"),
    ("She lives at Heronmoor Senior Living since May.", "Heronmoor Senior Living"),
])
def test_facility_names_with_legal_form_campus_and_new_end_words(analyzer: PhiAnalyzer, text: str, site: str) -> None:
    check(analyzer, text, [site])


def test_modality_before_a_site_is_kept(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "The MRI at Gorsebrook Medical Center says", ["Gorsebrook Medical Center"], keep=["MRI"])


# ------------------------------------------------------------------ clinical context keeps eponyms
@pytest.mark.parametrize(("text", "term"), [
    ("Cyst within Guyon canal, 8 mm.", "Guyon"),
    ("Spurring at the joints of Luschka at C4-C5.", "Luschka"),
    ("Fluid in the pouch of Douglas.", "Douglas"),
    ("Cirrhosis, Child-Pugh B.", "Child"),
    ("Observation in Couinaud segment 6.", "Couinaud"),
    ("Hemorrhage, modified Fisher grade 2.", "Fisher"),
])
def test_clinical_context_rule(text: str, term: str) -> None:
    start = text.index(term)
    assert in_clinical_context(text, start, start + len(term))


@pytest.mark.parametrize(("text", "term"), [
    ("Discussed with Dr. Hunter canal side.", "Hunter"),
    ("for the family of Pham.", "Pham"),
    ("attending Mayo to overread", "Mayo"),
])
def test_person_positions_are_not_clinical_context(text: str, term: str) -> None:
    start = text.index(term)
    assert not in_clinical_context(text, start, start + len(term))


@pytest.mark.parametrize(("text", "keep"), [
    ("Disc extrusion at C5/6 with foraminal narrowing.", ["C5/6"]),
    ("Uncovertebral spurring at the joints of Luschka. Fluid in the space of Retzius.", ["Luschka", "Retzius"]),
    ("Renal cyst, Bosniak IIF, 2.1 cm. Cirrhosis, Child-Pugh B.", ["Bosniak IIF", "Child-Pugh B"]),
    ("Signed: Ilka Varga, MD, PhD", ["MD, PhD"]),
])
def test_clinical_terms_kept_end_to_end(analyzer: PhiAnalyzer, text: str, keep: list[str]) -> None:
    check(analyzer, text, [], keep=keep)
