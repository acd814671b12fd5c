"""Round 12b: recall fixes for forms an eleventh writer brought: clock times in compact-header CSV exports and on
ambulance run sheets, Dutch/Nordic/German dates and clocks; names whose surname is an eponym after a title or an
initial (before an "ID #" label or a column gap), trauma aliases, foreign salutations and courtesy titles,
"by Last, First (role)", lower-case self-introductions in other languages, Nordic name labels, key/value markdown
rows; screening programs and department letterheads named for their place, German practices, Nordic and Dutch
hospitals, specialty-pair clinics.

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from redaction.recognizers.tables import _column_type
from tests.redaction.test_detection import check, masked


# ------------------------------------------------------------------ times and dates
def test_compact_and_camel_case_headers_name_their_columns() -> None:
    assert _column_type("StudyTime") == "DATE_TIME"
    assert _column_type("EXAMDATE") == "DATE_TIME"
    assert _column_type("PATIENTNAME") == "PERSON"
    assert _column_type("OrderingPhys") == "PERSON"
    assert _column_type("Dosage") is None  # not "dos" + "age"
    assert _column_type("ExamDescription") is None


@pytest.mark.parametrize(("text", "phi"), [
    ("PtName,MRN,ExamDate,ExamTime,Modality\n\"Quill, Ada\",88120011,20250309,0712,CT\n"
     "\"Vance, Teodor\",88120012,20250309,14:03:55,MR\n", ["0712", "Quill, Ada", "Vance, Teodor"]),
    ("PATIENTNAME|MRN|STUDYDATE|STUDYTIME|REFERRINGPHYS\nBRANDT^ANNELIESE|77100201|20260111|2231|Okafor, Rosalind\n"
     "ODDIE^MAREK|77100202|20260111|03:12:09|HALVORSEN^DAGNY\n", ["2231", "Okafor, Rosalind"]),
])
def test_clock_columns_of_compact_header_exports(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "phi", "keep"), [
    ("Run 5521\nDispatched 2108  En route 2110  On scene 2119  Transport 2131  At ED 2150\n",
     ["2108", "2110", "2119", "2131", "2150"], []),
    ("Pt contact 0417, left scene 0429, at hospital 0448.", ["0417", "0429", "0448"], []),
    ("She was transported 2019 to a rehab facility after her fall.", [], ["2019"]),
    ("Ziekenhuis-opname 4 juni, CT thorax 7 april 2025 kl. 08.45, herhaling 2 september 2025.",
     ["7 april 2025", "08.45", "2 september 2025"], []),
    ("Untersuchung vom 14. November 2025 um 10.30 Uhr.", ["14. November 2025", "10.30"], []),
    ("Undersokning 3 maj 2024 kl 11.05", ["3 maj 2024", "11.05"], []),
])
def test_run_sheet_and_european_times(analyzer: PhiAnalyzer, text: str, phi: list[str], keep: list[str]) -> None:
    check(analyzer, text, phi, keep)


# ------------------------------------------------------------------ names
@pytest.mark.parametrize(("text", "phi", "keep"), [
    ("Referred by : Dr. K. Paget    Exam date : 02.03.2026", ["K. Paget"], []),
    ("Interpreter: Yes - Tagalog, R. Colles ID #5518 (video)", ["R. Colles"], []),
    ("Known Wilms tumor, status post nephrectomy; Graves disease on methimazole.", [], ["Wilms tumor",
                                                                                       "Graves disease"]),
    ("Pt: UNKNOWN, TRAUMA FALCON  Age 30", ["FALCON"], []),
    ("Name: Trauma, Heron   Sex: M", ["Heron"], []),
    ("UNKNOWN TRAUMA TEAM activated at 0200", [], []),
    ("Ticket reopened 2025-02-11 by Quillfeather, Anselm (RIS analyst, x5512)", ["Quillfeather, Anselm"], []),
    ("Callback 3/4/2025 by Bell, Ylva: no further hives.", ["Bell, Ylva"], []),
    ("Etiology discussed; caused by Graves, Hashimoto: both excluded.", [], []),
])
def test_cued_names(analyzer: PhiAnalyzer, text: str, phi: list[str], keep: list[str]) -> None:
    check(analyzer, text, phi, keep)


@pytest.mark.parametrize(("text", "phi"), [
    ("Estimado/a Hope:\nSu resultado fue revisado.", ["Hope"]),
    ("Estimada Sra. Vo:\nLe escribimos por su estudio.", ["Vo"]),
    ("Sehr geehrte Frau Bell,\nanbei der Befund.", ["Bell"]),
    ("Geachte mevrouw Bell,\nHierbij de uitslag.", ["Bell"]),
    ("Chère Madame Fauchelevent,\nVoici votre compte rendu.", ["Fauchelevent"]),
    ("El Sr. dijo que la Sra. Long llamará mañana.", ["Long"]),
    ("hola, soy anselmo quintanilla, fecha de nacimiento 4/5/1970. tengo una pregunta", ["anselmo quintanilla"]),
    ("bonjour, je m'appelle odile fauchelevent, née le 3 mars 1961", ["odile fauchelevent"]),
    ("Personnummer: 19700101-0000   Namn: Bell, Ylva   Alder: 55", ["Bell, Ylva"]),
    ("| field | value |\n|---|---|\n| patient | HOPE BAKER |\n| referring | Odile Brask |\n"
     "| finding | Baker cyst |\n", ["HOPE BAKER", "Odile Brask"]),
])
def test_foreign_salutations_and_labels(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize("text", [
    "Liebe Kolleginnen und Kollegen,\nanbei der Befund.",
    "Sehr geehrte Damen und Herren,\nanbei der Befund.",
    "Befund anbei.\nBeste Grüße,\nPraxisteam",
    "| finding | value |\n|---|---|\n| finding | Baker cyst |\n| reader | Dr. |\n",
])
def test_salutations_without_a_name_mask_nothing_new(analyzer: PhiAnalyzer, text: str) -> None:
    from redaction.recognizers.alias_names import KeyValueRowRecognizer
    from redaction.recognizers.salutations import ForeignGreetingNameRecognizer, ForeignTitledNameRecognizer
    for recognizer in (ForeignGreetingNameRecognizer(), ForeignTitledNameRecognizer(), KeyValueRowRecognizer()):
        assert recognizer.analyze(text, ["PERSON", "FACILITY"]) == []


# ------------------------------------------------------------------ sites
@pytest.mark.parametrize(("text", "phi"), [
    ("Quarry Hollow Lung Screening Program\n12 Elm Row | Dayton, OH 45402", ["Quarry Hollow Lung Screening Program"]),
    ("Enrolled in the Fenwick Marsh Breast Screening Programme in 2021.", ["Fenwick Marsh Breast Screening Programme"]),
    ("Brackenfold Radiology Department\nName : ODDIE, MAREK", ["Brackenfold Radiology Department"]),
    ("Radiologische Praxis am Lindenhof\nHauptstr. 4, 10115 Berlin", ["Radiologische Praxis am Lindenhof"]),
    ("Ostervik sjukhuset - Rontgen\nRemiss", ["Ostervik sjukhuset"]),
    ("Ziekenhuis Waalhaven, afdeling radiologie", ["Ziekenhuis Waalhaven"]),
    ("Lakeside sjukhuset\nRemiss: DT thorax", ["Lakeside sjukhuset"]),
    ("Reported at Sacred Heart of the Prairie Heart & Vascular Center today.",
     ["Sacred Heart of the Prairie Heart & Vascular Center"]),
])
def test_program_and_practice_sites(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize("text", [
    "Interventional Radiology Department\nPlease call ext 4410.",
    "Results go to the Lung Cancer Screening Program for tracking.",
])
def test_generic_departments_and_programs_are_not_sites(text: str) -> None:
    from redaction.recognizers.site_programs import ProgramSiteRecognizer
    assert ProgramSiteRecognizer().analyze(text, ["FACILITY"]) == []


def test_a_two_letter_surname_found_once_is_masked_wherever_it_is_written_so(analyzer: PhiAnalyzer) -> None:
    text = ("Subject: RE: CT chest Vo -- MRN 55120033\n\nFollowing up on Mr. Vo (DOB 1/2/1950); NG tube tip in the "
            "stomach.\nSubject: RE: CT chest Vo\n")
    mask = masked(analyzer, text)
    starts = [i for i in range(len(text) - 1) if text[i:i + 2] == "Vo"]
    assert len(starts) == 3 and all(mask[i] and mask[i + 1] for i in starts)
    check(analyzer, text, [], ["NG tube"])


@pytest.mark.parametrize(("text", "phi", "keep"), [
    ("Estimado/a Hope:\nSu resultado fue revisado.", ["Hope"], ["Estimado"]),
    ("Hola, soy anselmo quintanilla, fecha de nacimiento 4/5/1970.", ["anselmo quintanilla"], ["Hola"]),
    ("Personnummer: 19700101-0000   Namn: Bell, Ylva", ["Bell, Ylva"], ["Namn", "Personnummer"]),
    ("Geachte mevrouw Bell,\nHierbij de uitslag.", ["Bell"], ["Geachte", "Hierbij"]),
])
def test_salutations_and_form_labels_are_not_names(analyzer: PhiAnalyzer, text: str, phi: list[str],
                                                   keep: list[str]) -> None:
    check(analyzer, text, phi, keep)
