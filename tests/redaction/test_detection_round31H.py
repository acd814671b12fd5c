"""Round 31 (H): names and numbers in prose letters, call notes and transcripts (prose_contacts, the SSN last four).

Invented text; each case checks that a planted identifier is masked, or that a clinical term is left alone.
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, typed, untouched


@pytest.mark.parametrize(("text", "phi"), [
    ("Q. Who took the report?\nA. A clerk, HALVERSON, Mirela K. I read it back at 14:10.\n", ["HALVERSON, Mirela K"]),
    ("Reminded of the MRI on May 3 at the outpatient center; son TREMBLAY, Osric J will drive.\n",
     ["TREMBLAY, Osric J"]),
    ("Family states daughter wilhelmina quartermaine will bring her to the appointment.\n",
     ["wilhelmina quartermaine"]),
    ("Called home phone, spoke to grandson dolores pennyworth who says she is in Ohio now.\n",
     ["dolores pennyworth"]),
    ("Please call your coordinator ysolde farquharson at 555-201-0144 with questions.\n", ["ysolde farquharson"]),
    ("Questions? ysolde farquharson, 555-201-0144, or the transplant office.\n", ["ysolde farquharson"]),
    ("MR. HALE: Objection, form.\n(Reporter: maribeth ostrowska, CSR)\n", ["maribeth ostrowska"]),
    ("SN visit to ottoline brackenridge (91Y); wound care and med check.\n", ["ottoline brackenridge"]),
    ("Missed appointment\nmaribeth ostrowska did not arrive for CT on 2025-02-11.\n", ["maribeth ostrowska"]),
    ("DEPOSITION TRANSCRIPT OF ORSOLYA KEMENES-BARR\nTaken March 3, 2025, at the offices of counsel.\n",
     ["ORSOLYA KEMENES-BARR"]),
    ("Contrast counselling done. Her OB is Bramble, K., DO at the lakeside practice.\n", ["Bramble, K."]),
    ("Sending site: Northgate Vascular Institute. Pt HOLLIS^RENATA^B (93 y/o). Reason: embolization.\n",
     ["HOLLIS^RENATA^B"]),
    ("* Letter mailed to the address on file.\n* Portal message sent.\n-Thaddeus\n", ["Thaddeus"]),
])
def test_prose_contact_names(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


def test_inverted_caps_name_is_a_person(analyzer: PhiAnalyzer) -> None:
    text = "Spoke w/ QUARTERMAINE, Ysolde R by phone about the final read.\n"
    assert "QUARTERMAINE, Ysolde R" in typed(analyzer, text, "PERSON")


def test_neighbour_town_is_a_city(analyzer: PhiAnalyzer) -> None:
    text = "Thank you all!\nMy neighbor in Saint Wendeline says the same about your MRI team.\n"
    assert "Saint Wendeline" in typed(analyzer, text, "CITY")


@pytest.mark.parametrize(("text", "ssn"), [
    ("Ref: donor MRN 40021187; SSN on file ending 4417.\n", "4417"),
    ("Caller verified identity, social security number ending 9023.\n", "9023"),
])
def test_ssn_last_four_in_prose(analyzer: PhiAnalyzer, text: str, ssn: str) -> None:
    assert ssn in typed(analyzer, text, "SSN")


@pytest.mark.parametrize(("text", "term"), [
    ("Protocol selected: MRI, Brain W and W/O contrast per neuro.\n", "MRI, Brain W"),
    ("Pt states daughter will drive her home after sedation.\n", "will drive"),
    ("Husband at bedside; son and daughter present for the consent discussion.\n", "present"),
])
def test_prose_contacts_leave_terms(analyzer: PhiAnalyzer, text: str, term: str) -> None:
    assert untouched(analyzer, text, term)
