"""Round 16b: sites named with their campus, dental practices, towns in scene lines and obituaries, and
Graves eye-disease terms.

A hospital named "<Name> Hospital at <Place>" (a system's campus) is masked with its place; dental and
oral-surgery practices ("... Dental Group", "... Orthodontics") are sites; the town after a scene line's street
before "on <date>" and the town in an obituary's "<Name> of <Town> died" are places. Kept: "Graves
orbitopathy" / "Graves ophthalmopathy" (while a person named Graves is still masked), workers'-comp and
dictation abbreviations (MMI, ASR) and a form's title ("REQUEST FOR IMAGING RECORDS").

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check


@pytest.mark.parametrize(("text", "phi"), [
    ("KIDNEY DONOR SUMMARY\nDaughters of Charity Hospital at Birch Falls Transplant Program\nDonor: Ivo Marsh",
     ["Daughters of Charity Hospital at Birch Falls"]),
    ("- 3/4/21 MRI at Brothers of Mercy Hospital at Quarry Bend, read by Dr. Okafor: L4 disc bulge.",
     ["Brothers of Mercy Hospital at Quarry Bend"]),
    ("Clinic site: Larkspur Medical Center at Fenwick Cove, 12 Alder Way, Tyler, TX 75701",
     ["Larkspur Medical Center at Fenwick Cove"]),
])
def test_hospital_with_its_campus(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "phi"), [
    ("ORTHODONTIC CEPH TRACING\nBirchwood Lane Dental Group\nPatient: see label", ["Birchwood Lane Dental Group"]),
    ("Outside films from Kestrel Creek Dental Associates not loaded, call back.", ["Kestrel Creek Dental Associates"]),
    ("Records from Silver Lake Dental Partners were reviewed.", ["Silver Lake Dental Partners"]),
])
def test_dental_practices(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


def test_dental_site_after_a_clinician_keeps_the_credential(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "We have copied K. Amberly MD at Larch Glen Dental Group.",
          ["K. Amberly", "Larch Glen Dental Group"], ["MD"])


@pytest.mark.parametrize(("text", "phi"), [
    ("Found: 812 Birch Lane Apt 4, Liberty on 03/02/2021 at 0215 hours", ["Liberty"]),
    ("Recovered: 77 Osprey Court, Mobile at 2310 hours by EMS", ["Mobile"]),
    ('Obituary: "Hope Tanaka of Liberty died peacefully at home, survived by Ann."', ["Liberty"]),
    ("Notice: Ivo Marsh of Florence passed away on 2 May after a long illness.", ["Florence"]),
])
def test_towns_in_scene_lines_and_obituaries(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "phi", "keep"), [
    ("Operator: R. Graves\nMRI orbits ordered for Graves orbitopathy follow-up.", ["R. Graves"],
     ["Graves orbitopathy"]),
    ("Tech: Pia Graves. Known Graves ophthalmopathy; muscles enlarged.", ["Pia Graves"], ["Graves ophthalmopathy"]),
])
def test_graves_eye_disease_is_kept(analyzer: PhiAnalyzer, text: str, phi: list[str], keep: list[str]) -> None:
    check(analyzer, text, phi, keep)


@pytest.mark.parametrize(("text", "keep"), [
    ("Degenerative findings predate the injury. MMI reached.\n\nIvo Marsh, MD", ["MMI"]),
    ("[ASR DRAFT - unedited] dictated by Dr. Ivo Marsh at 7:12 AM", ["ASR"]),
    ("REQUEST FOR IMAGING RECORDS OF A DECEASED PATIENT\nTo: Records Custodian", ["REQUEST FOR IMAGING"]),
])
def test_abbreviations_and_form_titles_are_kept(analyzer: PhiAnalyzer, text: str, keep: list[str]) -> None:
    check(analyzer, text, [], keep)
