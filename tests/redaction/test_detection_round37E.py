"""Round 37 (E): credentials of other countries after a name (pharmacists, GPs, physiotherapists, dietitians,
dentists, nurses), Indian usage "USG" for ultrasound, town-named outcome scores, allied-health roles under a
signature, drug names and report words at a line's start, and a lower-case site run that repeats its head word.
The name before each credential is still masked.

Invented text.
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, untouched


@pytest.mark.parametrize(("text", "phi", "keep"), [
    ("Pharmacist: Oriel Fenwick BPharm  bleep 4411", ["Oriel Fenwick"], ["BPharm"]),
    ("Pharmacist: Tamsin Okoro MRPharmS  bleep 2210", ["Tamsin Okoro"], ["MRPharmS"]),
    ("With thanks,\n\nDr Corwin Ashby  MRCGP\nFamily Physician", ["Corwin Ashby"], ["MRCGP"]),
    ("Yours sincerely,\n\nDr Linnea Strand  FRACGP FRANZCR\nMedical Officer", ["Linnea Strand"], ["FRACGP"]),
    ("Kind regards,\n\nDr Bram Kettering  FRNZCGP MBChB\nMedical Officer", ["Bram Kettering"], ["FRNZCGP"]),
    ("Kind regards,\n\nDr Isolde Brennock  MICGP\nGeneral Practitioner", ["Isolde Brennock"], ["MICGP"]),
    ("Marlowe Tebbit, MCSP  Physiotherapist   3 May 2025", ["Marlowe Tebbit"], ["MCSP"]),
    ("Saffron Pellow, APAM  Physiotherapist   4 May 2025", ["Saffron Pellow"], ["APAM"]),
    ("Dietitian: Wrenna Halloway APD   7/5/25", ["Wrenna Halloway"], ["APD"]),
    ("Kind regards,\n\nOsric Delamere BDSc\nGeneral Dental Practitioner", ["Osric Delamere"], ["BDSc"]),
    ("Signed K. Thorne   Supervisor: P. Varley, RGN", ["P. Varley"], ["RGN"]),
    ("Thank you and God bless,\nDr Adaeze Okparaeke FWACS\nadaeze@mail.example.com", ["Adaeze Okparaeke"], ["FWACS"]),
    ("Thank you,\nDr Thembeka Nxumalo FCRad(D)SA\nthembeka@mail.example.com", ["Thembeka Nxumalo"], ["FCRad(D)SA"]),
    ("Dietitian: Rosalind Pemberton MNutr&Diet   2/6/25", ["Rosalind Pemberton"], ["MNutr&Diet"]),
    ("Imogen Tressider, BSc (Physio)  Physiotherapist   5 June 2025", ["Imogen Tressider"], ["BSc (Physio)"]),
])
def test_other_countries_credentials(analyzer: PhiAnalyzer, text: str, phi: list[str], keep: list[str]) -> None:
    check(analyzer, text, phi, keep=keep)


def test_usg_and_outcome_scores(analyzer: PhiAnalyzer) -> None:
    text = ("S.No | Date | Complaint | Referred for | Outcome\n1 | 3/4/25 | abd pain | USG | report awaited\n\n"
            "Measure | Initial | Discharge\nOswestry Disability Index | 48% | 14%\nQuickDASH | 40 | 12\n")
    assert untouched(analyzer, text, "USG")
    assert untouched(analyzer, text, "Oswestry Disability Index")


def test_usg_look_alike_site_initials_still_found(analyzer: PhiAnalyzer) -> None:
    # a hospital's initials of the same shape next to a cue stay masked
    text = "Transferred from Kellaway Park Hospital (KPH) for review; scan at Kellaway Park Hospital."
    check(analyzer, text, ["Kellaway Park Hospital"], keep=["review"])


def test_roles_drugs_and_report_words(analyzer: PhiAnalyzer) -> None:
    text = ("08.06.2025 | 09.54 | Settled. Pain score 4. Paracetamol given. | Nurse Halloran\n"
            "Apixaban 5 mg BD\tNo interaction\n"
            "Query scoliosis, rib hump R. Previous X-ray 2015 at another clinic.\n"
            "Kind regards,\n\nDerwent Ashcombe BDS\nGeneral Dental Practitioner\n")
    for word in ("Paracetamol", "Apixaban", "Previous", "General Dental Practitioner"):
        assert untouched(analyzer, text, word), word
    check(analyzer, text, ["Derwent Ashcombe"])


def test_lowercase_site_run_ends_at_last_head(analyzer: PhiAnalyzer) -> None:
    text = ("At about 9pm I escorted the resident to the imaging department for imaging. Later "
            "i had the scan at brackenridge medical center instead.")
    assert untouched(analyzer, text, "imaging department for imaging")
    check(analyzer, text, ["brackenridge medical center"])
