"""Round 12c: keep-rate and precision fixes for forms an eleventh writer brought: technologist certifications in
a comma run after a name, modality abbreviations in English and other languages, eponyms written the German,
Danish or Dutch way ("Morbus X", "X-Knötchen"), scores glued to an ordinary word ("Lung-RADS") after a name,
headings and exam titles in capitals, device models after their maker, field labels at a column start, other
languages' department words, letter openings and closings, payer names, letter-prefixed terms before a name
("L-spine"), scales with their grade ("AAST 3") and departments that "were notified".

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, masked


# ------------------------------------------------------------------ credentials and modalities
@pytest.mark.parametrize(("text", "phi", "keep"), [
    ("DXA technologist: P. Quellmark, RT(R), CBDT\nDevice model: densitometer", ["P. Quellmark"], ["CBDT"]),
    ("Scan by Orla Vintersby, RT(N), CCD\nNext study", ["Orla Vintersby"], ["CCD", "RT(N)"]),
    ("Sonographer: Tamsin Greyhollow, RDMS, RMSK\nNo effusion.", ["Tamsin Greyhollow"], ["RMSK"]),
])
def test_credential_runs(analyzer: PhiAnalyzer, text: str, phi: list[str], keep: list[str]) -> None:
    check(analyzer, text, phi, keep)


@pytest.mark.parametrize(("text", "keep"), [
    ("Quarry Lane Dental Radiology\nCBCT Interpretation Report\nRegion: mandible", ["CBCT"]),
    ("Ergebnis der Untersuchung\n\nMRT des Kopfes ohne Kontrastmittel.", ["MRT"]),
    ("Compte rendu\n\nIRM du genou droit: pas de fracture.", ["IRM"]),
])
def test_modality_abbreviations(analyzer: PhiAnalyzer, text: str, keep: list[str]) -> None:
    check(analyzer, text, [], keep)


# ------------------------------------------------------------------ eponyms in other languages
@pytest.mark.parametrize(("text", "keep"), [
    ("Befund: Bekannter Morbus Paget des Beckens, stabil.", ["Morbus Paget"]),
    ("Konklusion: Kendt Morbus Crohn siden 2011, ingen abscess.", ["Morbus Crohn"]),
    ("Befund: Deckplatte mit Schmorl-Knötchen in LWK 2.", ["Schmorl-Knötchen"]),
    ("Kniegelenk: kleine Baker-Zyste medial.", ["Baker-Zyste"]),
])
def test_eponyms_other_languages(analyzer: PhiAnalyzer, text: str, keep: list[str]) -> None:
    check(analyzer, text, [], keep)


# ------------------------------------------------------------------ scores, headings and exam titles
@pytest.mark.parametrize(("text", "phi", "keep"), [
    ("Brackenfield Lung Nodule Clinic\n\nYour scan was read by Edwina Marchbank, MD and assigned Lung-RADS 3.",
     ["Edwina Marchbank"], ["Lung-RADS 3"]),
    ("Seen with resident T. Ravensworth.\n\nDISCHARGE DISPOSITION: home with family support and follow-up.",
     ["T. Ravensworth"], ["DISCHARGE DISPOSITION"]),
    ("MRN,NAME,EXAM\n4471,QUILLFEATHER^ODA,MAMMO SCREEN BILAT,normal study read by the attending",
     ["QUILLFEATHER^ODA"], ["MAMMO SCREEN BILAT"]),
    ("Spleen laceration 3 cm (AAST 3). Fluid in the pelvis, moderate amount.", [], ["AAST 3"]),
])
def test_scores_headings_titles(analyzer: PhiAnalyzer, text: str, phi: list[str], keep: list[str]) -> None:
    check(analyzer, text, phi, keep)


# ------------------------------------------------------------------ precision: what is not a name
@pytest.mark.parametrize(("text", "clean"), [
    ("Densitometer: Hologic Horizon W, S/N 44-QX; software v13.", ["Horizon"]),
    ("Unit: Planmeca ProMax 3D Classic (S/N QZ-7) at the dental suite.", ["Planmeca ProMax"]),
    ("Name : GWENDOLYN ASHBOURNE    NRIC : S7712345Z\nAge/Sex : 52Y/F    UHID : 55-12-98    Ward 4",
     ["NRIC", "UHID"]),
    ("Tel: 06-11223344   Ziekenhuisnr: 8812345   Leeftijd 57\nOnderzoek: CT thorax", ["Ziekenhuisnr", "Leeftijd"]),
    ("Vestmark Sygehus - Radiologisk Afdeling\nUndersøgelse: CT thorax", ["Radiologisk Afdeling"]),
    ("Estimado/a Sr. Quintanar:\nSu tomografía fue normal.\n\nAtentamente,\nDr. Ofelia Brisco", ["Estimado",
                                                                                                "Atentamente"]),
    ('{"coverage": {"payor": "Quellbrook Mutual", "memberId": "TQ-1"}}', ["Quellbrook Mutual"]),
    ("Subject: RE: question re: MRI L-spine Featherington\n\nThanks.", ["L-spine"]),
    ("Discrepancy grade: MAJOR\nED notified: spoke with the charge nurse at 14:10.", ["ED"]),
    ("Medic R. Ostrowicz, EMT-P, handed over at the bay.", ["Medic"]),
    ("Dental Surgery Center Radiology Nurse Line\nDate: today", ["Line"]),
    ("Estimada Sra. Valbuena:\nLe escribimos sobre su cita.", ["Sra"]),
    ("To: Rad Scheduling <sched@example.test>\nSubject: slot", ["Rad Scheduling"]),
    ("Verslag: Nodulus 9 mm in de linker bovenkwab.", ["Nodulus"]),
    ("SAFETY EVENT REPORT - CONTRAST REACTION\nFacility: Quarry Lane Hospital", ["REACTION"]),
    ("Adverse Drug Event: contrast, mild hives after injection.", ["Adverse Drug Event"]),
])
def test_not_names(analyzer: PhiAnalyzer, text: str, clean: list[str]) -> None:
    mask = masked(analyzer, text)
    for word in clean:
        start = text.index(word)
        assert not any(mask[start:start + len(word)]), f"{word!r} was redacted in {text!r}"


# ------------------------------------------------------------------ the names beside them stay masked
@pytest.mark.parametrize(("text", "phi"), [
    ("Referring: {name: Signe Bell, email: sb@example.test}", ["Signe Bell"]),
    ("Address: 12 Elm Street, Port Alder, WA 98000", ["Port Alder"]),
    ("Medic R. Ostrowicz, EMT-P, handed over at the bay.", ["R. Ostrowicz"]),
    ("Subject: RE: question re: MRI L-spine Featherington\n\nThanks.", ["Featherington"]),
    ("Name : GWENDOLYN ASHBOURNE    NRIC : S7712345Z", ["GWENDOLYN ASHBOURNE"]),
    ("Estimado/a Sr. Quintanar:\nSu tomografía fue normal.", ["Quintanar"]),
])
def test_names_still_masked(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)
