"""Round 16a: people where audit exports, hashtags, image file names and Arabic names put them, and words
around names that are no part of them (role words, board acronyms, credentials, headings, machines).

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, masked


# ------------------------------------------------------------------ logins in an audit export
@pytest.mark.parametrize("header", ["when,user,station,event,patient", "when,username,station,event,patient",
                                    "when,login,station,event,patient"])
def test_user_column_of_an_audit_export(analyzer: PhiAnalyzer, header: str) -> None:
    text = (f"{header}\n"
            "2023-03-04T09:10:11,tove.marlowe,10.9.8.7,OPEN,QUILL^ADA\n"
            "2023-03-05T19:20:21,rasmus.okeke,10.9.8.6,EXPORT,QUILL^ADA\n")
    check(analyzer, text, ["tove.marlowe", "rasmus.okeke", "QUILL^ADA"])


# ------------------------------------------------------------------ Arabic names
def test_arabic_name_keeps_its_family_name(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "Referred by Dr. Khalil bin Saeed al-Qahtani for a knee MRI.", ["Khalil bin Saeed al-Qahtani"])


# ------------------------------------------------------------------ names glued into hashtags and file names
def test_name_in_a_hashtag(analyzer: PhiAnalyzer) -> None:
    text = "Athlete: Brisa Long   DOB 03/04/2011\nCoach posted #LongStrong on the team page.\n"
    mask = masked(analyzer, text)
    tag = text.index("#LongStrong") + 1
    assert all(mask[tag:tag + 4]), "the name in the hashtag was not masked"


def test_hashtag_keeps_only_the_name(analyzer: PhiAnalyzer) -> None:
    text = "Patient: Tove Marwick\nThe trainer posted #MarwickCleared after review."
    check(analyzer, text, ["Tove Marwick", "Marwick"], keep=["Cleared"])


def test_hyphenated_given_name_in_a_file_name(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "Patient: Park Min-jun\nImage: ceph_Minjun_20200101.dcm\n", ["Park Min-jun", "Minjun"])


def test_unknown_name_part_of_an_image_file_name(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "Image attached: mri_Wojtaszek_20190203.dcm (3 series)", ["Wojtaszek"])


# ------------------------------------------------------------------ words next to names that are not names
def test_role_word_before_a_name_is_kept(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "IMPRESSION: No contraindication.\nCoordinator Rhea Tamsin, RN - pager 555-0100",
          ["Rhea Tamsin"], keep=["Coordinator"])


@pytest.mark.parametrize(("text", "word"), [
    ("Marta Quill, MD, Diplomate ABIME\nReport sent.", "Diplomate ABIME"),
    ("Letter sent by Ines Marlow, MS, CGC, 555-0102", "CGC"),
    ("Study pushed to the cloud - images sent to remote diag at 10.20.30.40.", "remote diag"),
    ("Scanner rebooted, ticket opened. Thx", "Thx"),
    ("Recipient: Ada Quill (brother)  UNOS ID 123456789", "UNOS"),
    ("DENTAL RECORDS - LATERAL CEPHALOGRAM TRACING\nPatient: Ada Quill", "LATERAL CEPHALOGRAM TRACING"),
])
def test_words_around_names_are_kept(analyzer: PhiAnalyzer, text: str, word: str) -> None:
    check(analyzer, text, [], keep=[word])


def test_eponym_orbitopathy_is_kept_beside_a_namesake(analyzer: PhiAnalyzer) -> None:
    text = "Operator: K. Graves\nCompare orbit MRI for Graves orbitopathy; no optic nerve compression."
    check(analyzer, text, ["K. Graves"], keep=["Graves orbitopathy"])


def test_law_firm_and_esquire_are_not_the_name(analyzer: PhiAnalyzer) -> None:
    text = "Very truly yours,\n\nIlse Marwood, Esq.\nTrevane & Holloway LLP, 40 Quarry Lane\n"
    check(analyzer, text, ["Ilse Marwood"], keep=["Esq", "Trevane & Holloway LLP"])


def test_audit_user_cell_keeps_the_role_unmasked(analyzer: PhiAnalyzer) -> None:
    text = ("when | user | station | action | patient\n"
            "2023-03-04 09:10 | tmarwick (unit clerk) | 10.9.8.7 | OPEN | QUILL, ADA\n"
            "2023-03-05 19:20 | rokeke (radiologist) | 10.9.8.6 | EXPORT | QUILL, ADA\n")
    check(analyzer, text, ["tmarwick", "rokeke", "QUILL, ADA"], keep=["unit clerk", "radiologist"])
