"""Round 17a: a surname's trailing initial ("Last, I." / "Last I" in a cell), whole mass-casualty aliases, a
call-centre agent's first name, and words around names that are no part of them (all-caps verdicts, insurers'
claim units, a biobank manifest's title, a deposition's questions, French titles, schedules, acronyms).

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, untouched


def _people(analyzer: PhiAnalyzer, text: str) -> list[str]:
    return [text[s.start:s.end] for s in analyzer.analyze(text) if s.entity_type == "PERSON"]


# ------------------------------------------------------------------ "Last, I." and "Last I"
def test_inverted_surname_and_initial_in_a_csv_row(analyzer: PhiAnalyzer) -> None:
    text = ("when,provider,patient\n"
            "2024-05-06T07:08:09,Vandersloot, Q.,PELLINGTON^RUTA^M\n"
            "2024-05-07T10:11:12,Okorafor, H.,DAMBRIDGE^ELSA^K\n")
    check(analyzer, text, ["Vandersloot, Q.", "Okorafor, H.", "PELLINGTON^RUTA^M"])


def test_inverted_surname_and_initial_after_a_label(analyzer: PhiAnalyzer) -> None:
    text = "Registry site: Pinecrest Oncology\nReviewer: Ter Haarveld, W., CTR   Review date: 03/02/2024\n"
    check(analyzer, text, ["Ter Haarveld, W."])


def test_surname_and_bare_initial_in_a_table_cell(analyzer: PhiAnalyzer) -> None:
    text = ("RM  | PATIENT        | AGE/SX | CC   | IMG        | DOC       | RN    | ARR\n"
            "07  | Quillfeather, Oda | 44Y F | fall | XR chest pend | Marchetti V | Sunniva | 08:15\n")
    check(analyzer, text, ["Quillfeather, Oda", "Marchetti V", "Sunniva"])


# ------------------------------------------------------------------ mass-casualty aliases
def test_phonetic_trauma_alias_is_masked_whole(analyzer: PhiAnalyzer) -> None:
    text = "Unidentified male registered as TRAUMA, HOTEL 58 at 0412; later Trauma, Sierra 7 arrived."
    check(analyzer, text, ["TRAUMA, HOTEL 58", "Trauma, Sierra 7"])
    assert untouched(analyzer, "TRAUMA, TEAM 2 activated at 0412; CT pan-scan ordered.", "TEAM")


# ------------------------------------------------------------------ call-centre agent
def test_agent_first_name_in_the_call_opening(analyzer: PhiAnalyzer) -> None:
    text = "AGENT: Imaging scheduling, this is Tia, how may I help?\nCALLER: Hello."
    check(analyzer, text, ["Tia"])


# ------------------------------------------------------------------ words that are no names
def test_all_caps_verdicts_are_not_names(analyzer: PhiAnalyzer) -> None:
    text = ("when,exam,auc,verdict\n2022-01-02T03:04:05,CT head,AUC 7 appropriate,DOES NOT ADHERE\n"
            "2022-01-03T03:04:05,MRI brain,AUC 2 rarely appropriate,NOT APPLICABLE\n")
    assert _people(analyzer, text) == []


def test_insurer_claim_unit_is_not_a_name(analyzer: PhiAnalyzer) -> None:
    text = "Prairie Dunes Casualty\nSubrogation Unit\n88 Quarry Rd\n\nRe: claim 22-771"
    assert untouched(analyzer, text, "Subrogation Unit")
    assert untouched(analyzer, text, "Casualty")


def test_commented_manifest_title_is_not_a_name(analyzer: PhiAnalyzer) -> None:
    text = "# BIOBANK TRANSFER MANIFEST  shipped=2021-02-03\nspecimen\tdonor\nTS-1\tHallvard, Greta\n"
    assert untouched(analyzer, text, "BIOBANK TRANSFER MANIFEST")
    check(analyzer, text, ["Hallvard, Greta"])


def test_deposition_question_opening_on_a_verb(analyzer: PhiAnalyzer) -> None:
    text = "12:4   Q. Did you compare it with the prior film?\n12:5   Q. Was it reported?"
    assert untouched(analyzer, text, "Q. Did")
    assert untouched(analyzer, text, "Q. Was")


def test_french_title_stays_outside_the_name(analyzer: PhiAnalyzer) -> None:
    text = "Médecin référent / Referring: Dre Vaillancourt\nNo d'accès / Accession: QX4411\n"
    assert _people(analyzer, text) == ["Vaillancourt"]


def test_dialysis_schedule_and_acronyms_are_not_names(analyzer: PhiAnalyzer) -> None:
    text = ("Dialysis unit: chair 14, HD MWF\nRead by Tove Lindahl, DDS, MS (OMFR)\n"
            "Consultation via a qualified CDSM\nRAMQ: QUIT 1234 5678\n")
    for word in ("MWF", "OMFR", "CDSM", "RAMQ"):
        assert untouched(analyzer, text, word), word
