"""Round 20a: child-life credentials and APS / proxy-form section words kept, headings typed with two letters
swapped kept, columns lined up with runs of spaces, and names that a schedule line, an e-mail greeting, "Hon.",
an action owner, "aka", a "By:" signature, a sibling who attended or a caller's self-introduction mark.

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check


# ------------------------------------------------------------------ credentials and section words kept
@pytest.mark.parametrize(("text", "phi", "keep"), [
    ("Prep done with doll play.\nSigned: Odette Marchetti, CCLS | Mar 3 10:15\n", ["Odette Marchetti"], ["CCLS"]),
    ("Coping plan reviewed.\nBenedikt O. Varga CCLS on 2/9 1410 hours\n", ["Benedikt O. Varga"], ["CCLS"]),
    ("Phone: 555-0142\nRelationship: son\nNarrative\nBruising noted on arrival for the chest film.\n",
     [], ["Narrative"]),
    ("Relationship - niece\nCONCERN\nPatient reports missed meals and unpaid bills.\n", [], ["CONCERN"]),
    ("DOB: 3/4/1950\n\nSECTION 3: PROXY\nRequester | Lucan Ferreira\nTel | 555-0177\n",
     ["Lucan Ferreira"], ["PROXY", "Requester"]),
    ("Case | 25-XY-0091\nOrder of | Hon. Su-jin Hill\nExam | 4/4/2025\n", ["Su-jin Hill"], ["Hon"]),
])
def test_credentials_titles_and_section_words_are_kept(analyzer: PhiAnalyzer, text: str, phi: list[str],
                                                keep: list[str]) -> None:
    check(analyzer, text, phi, keep)


@pytest.mark.parametrize(("text", "word"), [
    ("Intake # 77120\n\nCilent\nName | Tomasz Ruhl\n", "Cilent"),
    ("Tech on duty: B. Aalto\n\nSummray\nPatient walked into zone IV with a wheelchair.\n", "Summray"),
    ("Smoker, 40 pack-years.\nCounesling\nDiscussed false positives and radiation.\n", "Counesling"),
])
def test_heading_with_two_letters_swapped_is_kept(analyzer: PhiAnalyzer, text: str, word: str) -> None:
    check(analyzer, text, [], [word])


# ------------------------------------------------------------------ columns lined up with spaces
def test_space_aligned_table_masks_word_names_under_the_operator_column(analyzer: PhiAnalyzer) -> None:
    text = ("Subj  Init  Name  Record  Consent  Operator\n"
            "31-220  KTV  Varga, Kasia  MR558120  04-Mar-2025  Hunter\n"
            "31-221  OBL  Lund, Otto  MR558121  05-Mar-2025  Cooper\n")
    check(analyzer, text, ["Hunter", "Cooper", "Varga, Kasia"])


# ------------------------------------------------------------------ cued names
@pytest.mark.parametrize(("text", "phi"), [
    ("ITINERARY\n3/14/26  0930 hours  Imaging: CT - Marsh\n3/15/26  1100 hours  MRI with Dr. Ofori\n", ["Marsh"]),
    ("Schedule\nMay 2  14:10  Arrival / ultrasound - Bishop\n", ["Bishop"]),
    ("From: desk@example.org\nSubject: RE: Somali for CT\n\nHope,\nCan you cover Tuesday?\n", ["Hope"]),
    ("Actions\n* Retrain front desk - owner Crane, due Feb. 2\n", ["Crane"]),
    ("Pt: Okonjo  aka Hope\nDOB 1990-01-01\n", ["Hope"]),
    ("Pt: Ruth Amsel (goes by) Mercy\nDOB 1988-05-05\n", ["Mercy"]),
    ("Wound dressed; follow-up in clinic.\nBy: Paget 6/4 09:12\n", ["Paget"]),
    ("Goal met without sedation. Sibling June also attended.\n", ["June"]),
    ('"hi it\'s Sunny, birthday March 3, 1979, calling about my scan"\n', ["Sunny"]),
])
def test_cued_names_that_are_also_words(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)
