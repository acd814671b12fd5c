"""Round 5: format classes a new writer brings: dates in other languages and legal wording, chat and
Zulu times, non-US postcodes and street-type-first addresses, facility heads ("Correctional Health
Unit", faith-named hospitals), "Last, First" in table and log cells, name labels in other languages,
and the clinical side (credentials, plane and biometry abbreviations, report labels in other languages,
languages, graded eponyms) that the recall nets must leave alone.

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from redaction._denylist import is_clinical
from tests.redaction.test_detection import check


# ------------------------------------------------------------------ dates and times
@pytest.mark.parametrize(("text", "phi"), [
    ("Witnessed and sworn this 4th day of February, 2027 before me.", ["4th day of February, 2027"]),
    ("Fecha de la ecografía: 9 de octubre de 2026, sin incidencias.", ["9 de octubre de 2026"]),
    ("Examen réalisé le 2 décembre 2026 à 8h15.", ["2 décembre 2026", "8h15"]),
    ("Untersuchung am 14. März 2027 ohne Befund.", ["14. März 2027"]),
    ("Esame eseguito il 21 maggio 2026.", ["21 maggio 2026"]),
    ("10:41a  nurse: pt back from CT\n11:07p  tech: done", ["10:41a", "11:07p"]),
    ("Reaction began 21:16: hives and wheeze.", ["21:16"]),
    ("Exam: MRI — 09FEB2027 0412Z, routine.", ["09FEB2027", "0412Z"]),
])
def test_dates_and_times_in_new_formats(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


# ------------------------------------------------------------------ postal codes and streets
@pytest.mark.parametrize(("text", "phi"), [
    ("Address: 41 Larch Walk, Dunmore FK9 4QX", ["FK9 4QX"]),
    ("Home: 7 Kestrel Row, Pellham SW1A 2BQ", ["SW1A 2BQ"]),
    ("Mailing: 88 Birchmount Crescent, Halden ON K2P 1L4", ["K2P 1L4"]),
    ("Domicilio: 415 Calle de las Palmas Apt 2C, Villaverde", ["415 Calle de las Palmas Apt 2C"]),
    ("Adresse : 62 Rue des Cordiers, Montval", ["62 Rue des Cordiers"]),
    ("Remit to 9120 Cesar Chavez Jr Pkwy Bldg D, Tarwick", ["9120 Cesar Chavez Jr Pkwy Bldg D"]),
])
def test_non_us_postcodes_and_streets(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


# ------------------------------------------------------------------ facilities
@pytest.mark.parametrize(("text", "phi"), [
    ("Transferred from Ridgemoor Correctional Health Unit for CT.", ["Ridgemoor Correctional Health Unit"]),
    ("Outside films from Sacred Heart of Tamsworth County arrived.", ["Sacred Heart of Tamsworth County"]),
    ("Good Samaritan of Brackley Valley — Imaging Department", ["Good Samaritan of Brackley Valley"]),
])
def test_facility_heads(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


# ------------------------------------------------------------------ names from cells, labels, chats
@pytest.mark.parametrize(("text", "phi"), [
    ("2026-03-02T10:11:12 | Varga, Ottilie M (unit clerk) | 10.1.2.3 | VIEW", ["Varga, Ottilie M"]),
    ("2026-03-02T10:11:12 | ter Horst, Bram (ED resident) | 10.1.2.3 | PRINT", ["ter Horst, Bram"]),
    ("4/2/26  4471.0932  Quennell, Marisol T  CT head wo  CPT 70450", ["4471.0932", "Quennell, Marisol T"]),
    ("RE: OYELARAN, ADA NNEKA T   DOB 01/02/1950", ["OYELARAN, ADA NNEKA T"]),
    ("Nom: FERRAND   Prénom: Lison", ["FERRAND", "Lison"]),
    ("Other names used: Petra Vollan", ["Petra Vollan"]),
    ("3:14p  Ines da Cunha: looking now", ["3:14p", "Ines da Cunha"]),
    ("Attn: Wendell van der Sloot, Accounts Payable", ["Wendell van der Sloot"]),
    ("Escort: Officer Brannagh; restraints stay on.", ["Brannagh"]),
    ("They plan to name the twins Odile and Fitzroy.", ["Odile", "Fitzroy"]),
    ("Consent reviewed by TKV (Tomasz Kovalenko, RT(R)) at bedside.", ["TKV", "Tomasz Kovalenko"]),
    ("Subject: 204-1187    Subject initials: WQA", ["WQA"]),
    ("typed by NB 2/3/27 7:10 PM", ["NB"]),
])
def test_names_in_cells_labels_and_chats(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


# ------------------------------------------------------------------ clinical text the nets must keep
@pytest.mark.parametrize(("text", "keep"), [
    ("Read by Halvard Pike, Consultant Radiologist, FRCR — 3 May 2026", ["FRCR"]),
    ("| tech | QRS, RDMS |", ["RDMS"]),
    ("Series: AX T2 FLAIR, SAG T1, COR STIR", ["SAG T1", "COR STIR"]),
    ("Twin B: BPD 8.8 cm, HC 31.2 cm, AC 29.9 cm, FL 6.7 cm; EFW 2410 g.", ["HC 31.2 cm", "EFW"]),
    ("Perforated diverticulitis, Hinchey IIb, with a 3 cm abscess.", ["Hinchey IIb"]),
    ("Interpreter: Tigrinya, by phone.", ["Tigrinya"]),
    ("INFORME RADIOLÓGICO\nFecha del estudio: ayer", ["INFORME RADIOLÓGICO", "Fecha"]),
    ("AUTHORIZATION FOR USE AND DISCLOSURE OF RECORDS", ["USE AND"]),
    ("Periumbilical nodule (Sister Mary Joseph nodule), 12 mm.", ["Sister Mary Joseph nodule"]),
    ("POC: CPT Orla Brenn, DSN 312-555-0187", ["DSN"]),
])
def test_clinical_terms_kept(analyzer: PhiAnalyzer, text: str, keep: list[str]) -> None:
    check(analyzer, text, [], keep=keep)


def test_graded_eponym_is_clinical_but_inverted_name_with_initial_is_not() -> None:
    assert is_clinical("Hinchey Ib", ", abscess")
    assert not is_clinical("von Ludwig, Anselm B", "   DOB")  # an eponym surname with an initial is a person
