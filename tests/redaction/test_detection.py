"""Detection rules, one test per class of rule: context words, report structure, formats, the deny-list.

Sentences are written for these tests (not taken from the evaluation corpus). A helper asserts that
every planted identifier is fully masked and that every clinical term is left alone.
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer


def masked(analyzer: PhiAnalyzer, text: str) -> bytearray:
    mask = bytearray(len(text))
    for span in analyzer.analyze(text):
        mask[span.start:span.end] = b"\x01" * (span.end - span.start)
    return mask


def untouched(analyzer: PhiAnalyzer, text: str, word: str) -> bool:
    """No character of ``word`` (its first occurrence in ``text``) is masked."""
    mask = masked(analyzer, text)
    start = text.index(word)
    return not any(mask[start:start + len(word)])


def typed(analyzer: PhiAnalyzer, text: str, kind: str) -> list[str]:
    """The texts of the spans detected as ``kind``."""
    return [text[s.start:s.end] for s in analyzer.analyze(text) if s.entity_type == kind]


def check(analyzer: PhiAnalyzer, text: str, phi: list[str], keep: list[str] = ()) -> None:  # noqa: ANN001
    mask = masked(analyzer, text)
    for value in phi:
        start = text.index(value)
        hidden = all(mask[i] for i in range(start, start + len(value)) if text[i].isalnum())
        assert hidden, f"{value!r} was not fully masked in {text!r}"
    for term in keep:
        start = text.index(term)
        assert not any(mask[start:start + len(term)]), f"clinical term {term!r} was redacted in {text!r}"


# ------------------------------------------------------------------ names from context words
@pytest.mark.parametrize(("text", "phi"), [
    ("Critical finding phoned; spoke with Rosalind Okafor at the nurses' station.", ["Rosalind Okafor"]),
    ("Contrast injection supervised by Teodor Vance, then images sent to PACS.", ["Teodor Vance"]),
    ("Results were given to Maribel Quintero before discharge.", ["Maribel Quintero"]),
    ("Hello, this is Dagny Halvorsen calling about my scan.", ["Dagny Halvorsen"]),
    ("Referring physician, Anneliese Brandt, was paged.", ["Anneliese Brandt"]),
    ("Electronically signed: Per Lindqvist, MD on the reading workstation.", ["Per Lindqvist"]),
])
def test_names_after_verbs_and_roles(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "phi"), [
    ("Hi Bartholomew, can you over-read the knee MRI?", ["Bartholomew"]),
    ("Dear Oksana Petrenko:\nYour mammogram showed no sign of cancer.", ["Oksana Petrenko"]),
    ("Hello Ignatius! The CT is ready.", ["Ignatius"]),
])
def test_greeting_addressees(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


def test_greeting_to_a_group_is_not_a_name(analyzer: PhiAnalyzer) -> None:
    text = "Hi Team, Dear Colleagues, Hello Everyone: the scanner is down."
    assert analyzer.analyze(text) == []


@pytest.mark.parametrize(("text", "phi"), [
    ("The family (Mireille Castellano) asked for a copy.", ["Mireille Castellano"]),
    ("Escorted by her grandmother Philippa Strand and a friend, Lorcan Dwyer.", ["Philippa Strand", "Lorcan Dwyer"]),
    ("Mrs. Abernathy (Clementine R. Abernathy, 5530912) has a pacemaker.", ["Abernathy", "Clementine R. Abernathy"]),
    ("KOWALCZYK MARTA  DOB 02/11/1961", ["KOWALCZYK MARTA", "02/11/1961"]),
    ("Patient: zielinski, tomasz", ["zielinski, tomasz"]),
    ("Reviewed by Achterberg, Hanne, MD at noon.", ["Achterberg, Hanne"]),
])
def test_names_from_report_structure(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


# ------------------------------------------------------------------ name span edges
def test_possessive_and_modality_are_not_part_of_a_name(analyzer: PhiAnalyzer) -> None:
    text = "Could you re-read Mr. Lindgren's MRI LUMBAR SPINE from last week?"
    spans = [text[s.start:s.end] for s in analyzer.analyze(text) if s.entity_type == "PERSON"]
    assert spans == ["Lindgren"]


def test_hl7_message_type_is_not_a_name(analyzer: PhiAnalyzer) -> None:
    text = "MSH|^~\\&|RIS|X|EHR||20250102||ORU^R01|M1|P|2.5\nPID|1||77^^^MRN||VANTERPOOL^ODILE||19400202|F"
    mask = masked(analyzer, text)
    start = text.index("ORU^R01")
    assert not any(mask[start:start + 7])
    check(analyzer, text, ["VANTERPOOL^ODILE"])


def test_a_name_seen_once_is_masked_with_its_given_name_and_initial(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "Ms. Ferreira called. Consent signed by Ines Q. Ferreira today.", ["Ines Q. Ferreira"])


def test_lowercase_word_equal_to_a_surname_is_kept(analyzer: PhiAnalyzer) -> None:
    text = "Patient: WHITE, ROSA\nScattered foci in the periventricular white matter."
    check(analyzer, text, ["WHITE, ROSA"], keep=["white matter"])


# ------------------------------------------------------------------ the clinical deny-list
@pytest.mark.parametrize("term", [
    "Bosniak IIF cyst", "Chiari I malformation", "Osgood-Schlatter disease", "Hill-Sachs lesion",
    "Doppler ultrasound", "Kerley B lines", "Baker cyst",
])
def test_eponyms_with_grades_and_hyphens_are_kept(analyzer: PhiAnalyzer, term: str) -> None:
    check(analyzer, f"Reviewed with Dr. Baker: comparison shows a {term}, unchanged.", ["Baker"], keep=[term])


def test_eponym_noun_in_the_next_sentence_does_not_protect_a_name(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "Safety monitoring by Nessa Macleod.\nDevice settings restored.", ["Nessa Macleod"])


def test_department_is_not_a_facility(analyzer: PhiAnalyzer) -> None:
    text = "Interventional Radiology - Riverbend Community Hospital"
    check(analyzer, text, ["Riverbend Community Hospital"], keep=["Interventional Radiology"])


# ------------------------------------------------------------------ places
@pytest.mark.parametrize(("text", "phi"), [
    ("Location: Larkspur Valley Hospital, Thistlewood\n\nProcedure: CT HEAD", ["Thistlewood"]),
    ("Outside films from Cobalt Ridge Clinic in Marrowfield.", ["Marrowfield"]),
    ("She lives in Port Verity and works nights.", ["Port Verity"]),
])
def test_towns_near_facilities_and_residence_words(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


# ------------------------------------------------------------------ dates, times, ages
@pytest.mark.parametrize("value", [
    "14/03/2026", "2026/03/14", "14.03.2026", "Mar-14-2026", "14/Mar/2026", "14MAR2026", "14th March 2026",
    "03.14.2026",
])
def test_date_formats(analyzer: PhiAnalyzer, value: str) -> None:
    check(analyzer, f"Prior exam dated {value}. No change.", [value])


def test_times_after_at_and_hour_marks_but_not_measurements_or_years(analyzer: PhiAnalyzer) -> None:
    text = "Paged at 0930 and again at 14h20. Dose 1200 mGy; image 1415. Symptoms since 2017."
    check(analyzer, text, ["0930", "14h20"], keep=["1200 mGy", "1415", "2017"])


@pytest.mark.parametrize(("text", "age"), [
    ("A 93 years of age woman with dyspnea.", "93"),
    ("Aged 96, lives alone.", "96"),
    ("91-yo man, fall.", "91"),
    ("A ninety-four-year-old man with hip pain.", "ninety-four"),
])
def test_ages_over_89(analyzer: PhiAnalyzer, text: str, age: str) -> None:
    check(analyzer, text, [age])


def test_ages_under_90_are_kept(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "A 72-year-old aged 72 with 45 years of age history.", [], keep=["72-year-old", "aged 72", "45"])


# ------------------------------------------------------------------ identifiers and contact details
@pytest.mark.parametrize("value", ["1790842261", "RQ-55102", "88213", "EXM-20931", "L99-4410"])
def test_labelled_identifiers(analyzer: PhiAnalyzer, value: str) -> None:
    labels = {"1790842261": "NPI", "RQ-55102": "Requisition #", "88213": "Referral No.", "EXM-20931": "Exam ID",
              "L99-4410": "License #"}
    check(analyzer, f"{labels[value]}: {value}  Priority: routine", [value])


def test_hostnames_with_paths_and_international_numbers(analyzer: PhiAnalyzer) -> None:
    text = "Images: viewer.lakeshore-rad.org/study/88412 - call +44 20 7946 0958 with questions."
    check(analyzer, text, ["viewer.lakeshore-rad.org/study/88412", "+44 20 7946 0958"])


# ------------------------------------------------------------------ names without any cue
@pytest.mark.parametrize(("text", "phi"), [
    ("Both Zeynep Arslan and Bo Lindqvist were present for the biopsy.", ["Zeynep Arslan", "Bo Lindqvist"]),
    ("Prior films were reviewed; Aurelio Bianchi requested the comparison.", ["Aurelio Bianchi"]),
    ("Later we will see Paloma Ruiz in clinic.", ["Paloma Ruiz"]),
])
def test_proper_case_names_in_running_text(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


def test_title_case_clinical_phrases_and_headings_are_not_names(analyzer: PhiAnalyzer) -> None:
    text = ("Exam: XR Chest Two Views Portable Upright\n"
            "Findings consistent with Multiple Myeloma; GCS per the Glasgow Coma Scale, with a Swan Ganz Catheter.")
    assert [s for s in analyzer.analyze(text) if s.entity_type == "PERSON"] == []


# ------------------------------------------------------------------ lower-case chat prompts and structured data
def test_lower_case_names_where_structure_gives_them_away(analyzer: PhiAnalyzer) -> None:
    text = "summarize this for jane halloran, mrn 4471902, seen 7/3 by dr. kovacs. left knee, mrn 2231."
    check(analyzer, text, ["jane halloran", "4471902", "7/3", "kovacs"], keep=["left knee"])


def test_fhir_style_json_name_fields(analyzer: PhiAnalyzer) -> None:
    text = '{"resourceType": "Patient", "name": [{"family": "Okonkwo", "given": ["Chidi"]}], "gender": "male"}'
    check(analyzer, text, ["Okonkwo", "Chidi"])


def test_city_before_state_and_zip_without_a_comma(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "Northshore Heart Institute, 220 Lakeview Blvd, Evanston IL 60201",
          ["Northshore Heart Institute", "220 Lakeview Blvd", "Evanston", "60201"])


def test_code_after_a_number_sign_and_site_year_sequence_ids(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "Specimen label # SP26-004411; second block SP26-004412.", ["SP26-004411", "SP26-004412"])


def test_a_department_addressee_is_not_a_name(analyzer: PhiAnalyzer) -> None:
    assert analyzer.analyze("To: Radiology Scheduling\nRe: add-on slot") == []


def test_all_caps_name_in_prose_but_not_exam_titles(analyzer: PhiAnalyzer) -> None:
    text = ("MAGNUS HOLLOWAY was seen in the emergency department. Please perform XR RIGHT FOREARM 2 VIEWS; "
            "the prior US ABDOMEN COMPLETE was normal.")
    check(analyzer, text, ["MAGNUS HOLLOWAY"], keep=["XR RIGHT FOREARM 2 VIEWS", "US ABDOMEN COMPLETE"])
