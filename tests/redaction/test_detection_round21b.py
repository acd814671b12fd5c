"""Round 21b: what is not a site: hospital abbreviations an unknown-acronym rule took for a site's initials
(an IRB, a post-mortem interval, low back pain, a deep brain stimulator, penicillin),
a document title that NER reads as an organisation ("... Clinic Note"), and generic HL7 assigning authorities
("^^^HOSP^MR", "^^^USSSA^SS"); the site in front of a document word is still found.

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, untouched


@pytest.mark.parametrize(("text", "word"), [
    ("Approved by the IRB chair Wilhelmina Ostrowska on 3/14/2025.\n", "IRB"),
    ("Body received 11/02/2024 06:15; PMI roughly 14 h at the time of scanning.\n", "PMI"),
    ("Reason for exam: chronic LBP with left leg radiculopathy, failed PT.\n", "LBP"),
    ("MR conditional? DBS leads placed 2019, IPG in the left chest wall.\n", "DBS"),
    ("MR conditional? DBS leads placed 2019, IPG in the left chest wall.\n", "IPG"),
    ("Allergies: PCN (hives)   Contrast: none known\n", "PCN"),
    ("CTA head and neck: no LVO; the ASPECTS score is 9.\n", "LVO"),
])
def test_hospital_abbreviations_are_not_sites(analyzer: PhiAnalyzer, text: str, word: str) -> None:
    assert untouched(analyzer, text, word)


@pytest.mark.parametrize(("text", "word"), [
    ("Street Health / Shelter Clinic Note\nSite: Harbor Lantern Mission, 12 Pike Row\nPt: R. Ostrowski\n",
     "Street Health / Shelter Clinic Note"),
])
def test_document_title_is_not_a_site(analyzer: PhiAnalyzer, text: str, word: str) -> None:
    assert untouched(analyzer, text, word)


def test_site_before_a_document_word_is_still_found(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "Copied to: Quillmont Valley Regional Hospital Discharge Summary, page 2.\n",
          ["Quillmont Valley Regional Hospital"])


@pytest.mark.parametrize("authority", ["HOSP", "USSSA"])
def test_generic_hl7_assigning_authority(analyzer: PhiAnalyzer, authority: str) -> None:
    text = ("MSH|^~\\&|RIS|ELMCREST|EHR|ELMCREST|202501020304||ADT^A08|7731|P|2.5.1\r"
            "PID|1||Q4418202^^^HOSP^MR~402-55-1987^^^USSSA^SS||TREMAINE^OSWIN^||19720311|M\r")
    assert untouched(analyzer, text, f"^{authority}^")
    check(analyzer, text, ["Q4418202", "402-55-1987", "TREMAINE"])
