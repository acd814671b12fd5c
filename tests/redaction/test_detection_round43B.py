"""Round 43 (B): newborn, NICU, obstetric and paediatric paperwork (external_v47): babies registered under
placeholder names, maternity and childcare sites, juvenile-court captions, child-welfare case numbers, and the
neonatal shorthand, credentials and formula authors that are no one's name.

Invented text; each case fails without the round's rules.
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, masked


@pytest.mark.parametrize(("text", "phi", "keep"), [
    ("Bed\tPatient\tMRN\n12\tBB Thornquist\tNB5512094\n14\tBG Moss\t66120934\n", ["Thornquist", "Moss"], ["BB", "BG"]),
    ("Registered as BABY GIRL B HALVORSEN (MRN 00812345) until the name change.\n", ["HALVORSEN"], ["BABY GIRL B"]),
    ("DICOM patient name QUILLAN^BABY BOY on the outside disc.\n", ["QUILLAN"], ["BABY BOY"]),
    ("Twin A  | MARSDEN, BABY GIRL A | 00412378 |\n", ["MARSDEN"], ["BABY GIRL A"]),
    ("Her band still read 'Baby Girl Rosenthal' on day three.\n", ["Rosenthal"], ["Baby Girl"]),
    ("Patient: Infant of Tavita Marsh    Receiving MRN: NB1234567\n", ["Tavita Marsh"], ["Infant of"]),
])
def test_a_newborn_placeholder_is_left_and_the_surname_masked(analyzer: PhiAnalyzer, text: str, phi: list[str],
                                                            keep: list[str]) -> None:
    check(analyzer, text, phi, keep)


def test_twin_labels_alone_are_no_name(analyzer: PhiAnalyzer) -> None:
    text = "Portable head US for Twin B was done under Twin A's MRN NB7712094 (bands swapped).\n"
    mask = masked(analyzer, text)
    for label in ("Twin B", "Twin A's"):
        start = text.index(label)
        assert not any(mask[start:start + len(label)]), f"{label!r} was redacted"


@pytest.mark.parametrize(("text", "phi"), [
    ("Receiving: Queen Matilda Hospital for Women NICU\n", ["Queen Matilda Hospital for Women"]),
    ("Referred from Larchfield Maternity Unit for a growth scan.\n", ["Larchfield Maternity Unit"]),
    ("Milk room log  site=Brookvale Mother & Baby Unit  date=2025-03-02\n", ["Brookvale Mother & Baby Unit"]),
    ("Fabienne Rossi, DO\nWillow Bend OB/GYN\n\nRE: anatomy scan\n", ["Willow Bend OB/GYN"]),
    ("To the manager, Little Wrens Day Nursery, 12 Mill Lane, Derby\n", ["Little Wrens Day Nursery"]),
])
def test_maternity_units_ob_practices_and_nurseries(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "phi"), [
    ("IN THE JUVENILE COURT OF HARRIS COUNTY\nIn the Interest of a minor child\n", ["HARRIS"]),
    ("Subject: RE: CPS DCFS 61830274 - skeletal survey follow-up\n", ["DCFS 61830274"]),
    ("PV1|1|I|NICU^^04|||||||NEO||||||||||HAR 612093847\n", ["HAR 612093847"]),
])
def test_court_county_and_agency_case_numbers(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "keep"), [
    ("EFW 1081 g (Hadlock 4), 38th centile\nHL      5.15 cm    29+4   +/-9d    94   Jeanty\n", ["Hadlock 4", "Jeanty"]),
    ("Team: Ana Lindqvist, NNP-BC; Rua Tane, RNC-NIC; Sonographer: W. Prentice, AMS\n", ["NNP-BC", "RNC-NIC", "AMS"]),
    ("12\tM4410293\t26w0d\tDOL#24\t29+3\t1300g\tAXR q6h NEC watch\n", ["DOL#24", "AXR"]),
    ("She's CGA 40+2 now and 3373 grams! MRI at PMA 44 weeks.\n", ["CGA 40+2", "PMA 44 weeks"]),
    ("Caudothalamic groove clear bilaterally. Curosurf given via ETT.\n", ["Caudothalamic", "Curosurf"]),
    ("Placenta posterior, clear of os. Cervix 2.9 cm. Dopplers normal.\n", ["Cervix 2.9 cm"]),
])
def test_neonatal_shorthand_credentials_and_authors_are_kept(analyzer: PhiAnalyzer, text: str,
                                                            keep: list[str]) -> None:
    check(analyzer, text, [], keep)
