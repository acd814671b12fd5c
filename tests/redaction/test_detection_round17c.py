"""Round 17c: continental letterhead address lines, a letter's place-and-date line, a ship's medical centre
(ship name, port of call, cabin), a "... Care Unit" site, and abbreviations and department names that are
not sites.

Every example is invented for these tests (people, sites, streets, towns, numbers and layouts are made up,
not taken from any evaluation corpus).
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, masked


# ------------------------------------------------------------------ continental address lines
@pytest.mark.parametrize(("line", "street", "postcode", "town"), [
    ("Olav Kyrres gate vei 27, 6013 Fjellvik", "Olav Kyrres gate vei 27", "6013", "Fjellvik"),
    ("88 ulica Sadowa, 42-310 Zawiercin", "88 ulica Sadowa", "42-310", "Zawiercin"),
    ("14 Lindenhofweg, 3012 Aarwil", "14 Lindenhofweg", "3012", "Aarwil"),
    ("avenue des Cordeliers 41, 38100 Valbonne", "avenue des Cordeliers 41", "38100", "Valbonne"),
])
def test_street_postcode_and_town_of_a_letterhead_line(analyzer: PhiAnalyzer, line: str, street: str,
                                                        postcode: str, town: str) -> None:
    text = (f"Service de Radiologie, Clinique Belvaux\n{line}\nTel. +33 5 555 0123\n\nDear colleague,\n"
            "FINDINGS:\nSegment 4, 2021 Comparison\nNo change.\n")
    check(analyzer, text, [street, postcode, town], keep=["Segment 4"])  # a finding's line is no address


# ------------------------------------------------------------------ a letter's place-and-date line
@pytest.mark.parametrize(("town", "date"), [("Geneva", "14.03.2025"), ("Vienna", "3 April 2024"),
                                          ("Oslo", "27/11/2023")])
def test_town_of_a_place_and_date_line(analyzer: PhiAnalyzer, town: str, date: str) -> None:
    text = (f"Department of Radiology, Sjukhuset Nordvik\n\n{town}, {date}\n\nTo: Dr. Imogen Halvorsen\n\n"
            "Dear colleague,\nThe MRI showed no change.\n")
    check(analyzer, text, [town])
    # a weekday or a label before a date is no town
    for word in ("Monday", "Dictated", "Signed"):
        other = f"Report follows.\n\n{word}, {date}\n\nNo change in the nodule.\n"
        assert not any(s.entity_type == "CITY" for s in analyzer.analyze(other)), word


# ------------------------------------------------------------------ a ship's medical centre
def test_ship_port_and_cabin(analyzer: PhiAnalyzer) -> None:
    text = ("SHIP'S INFIRMARY - MS Silver Plover\nPort of call: Cape Marlow   Date: 2 May 2024\n"
            "Guest: QUENTINO, ADELA  Cabin 9317  Folio V123400987\nPORTABLE XR chest PA\n")
    check(analyzer, text, ["MS Silver Plover", "Cape Marlow", "9317"])
    # a ship's prefix with no ship in the document, and a cabin's pressure, are neither a site nor an address
    for other, term in (("History of MS Lesions noted previously.\nMRI brain: stable periventricular foci.\n",
                         "MS Lesions"),
                        ("Flight nurse note: cabin 8000 ft equivalent during transfer by air.\n", "8000")):
        mask = masked(analyzer, other)
        start = other.index(term)
        assert not any(mask[start:start + len(term)]), term


# ------------------------------------------------------------------ "... Care Unit" sites
def test_named_care_unit_is_a_site(analyzer: PhiAnalyzer) -> None:
    text = "Dialysis unit: Westbrook Kidney Care Unit (Tacoma, WA), chair 9, HD TTS\n"
    check(analyzer, text, ["Westbrook Kidney Care Unit"])
    check(analyzer, "Transferred to the Intensive Care Unit overnight.\n", [], keep=["Intensive Care Unit"])


# ------------------------------------------------------------------ abbreviations and departments, not sites
@pytest.mark.parametrize(("text", "term"), [
    ("Decision support: AUC 5 may be appropriate, adherence documented.\n", "AUC"),
    ("Tag 0412 | Petra Lund | 44Y | YEL | CT head\nTag 0413 | Joel Nunn | 51Y | GRN | XR wrist\n", "YEL"),
    ("Tag 0412 | Petra Lund | 44Y | YEL | CT head\nTag 0413 | Joel Nunn | 51Y | GRN | XR wrist\n", "GRN"),
    ("Worksheet per NAACCR rules, abstractor Lena Wirth, CTR\n", "NAACCR"),
    ("Case worker from CPS called about the child.\n", "CPS"),
    ("DOB: 02-Mar-1960   Nationality: DEU\n", "DEU"),
    ("Mass in the UOQ of the left breast, 9 mm.\n", "UOQ"),
    ("Hemodialysis via left AVF, schedule MWF, dry weight 71 kg.\n", "MWF"),
])
def test_abbreviation_is_not_a_site(analyzer: PhiAnalyzer, text: str, term: str) -> None:
    mask = masked(analyzer, text)
    start = text.index(term)
    assert not any(mask[start:start + len(term)]), f"{term!r} was masked"


@pytest.mark.parametrize("department", ["Oral & Maxillofacial Radiology", "Health Information Management"])
def test_department_line_is_not_a_site(analyzer: PhiAnalyzer, department: str) -> None:
    text = (f"Harbor Mutual Insurance\n\nJune 3, 2024\n\n{department}\nLindqvist Family Hospital\n"
            "Attn: release of records\n")
    mask = masked(analyzer, text)
    start = text.index(department)
    assert not any(mask[start:start + len(department)]), f"{department!r} was masked"
