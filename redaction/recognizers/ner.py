"""spaCy NER (people, places, organisations) with the clinical deny-list applied."""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

from redaction._denylist import is_clinical, is_department
from redaction._not_patient import is_payer_name, payer_box, payer_box_town
from redaction._site_tails import department_after_mark, department_tail, names_department
from redaction._vocabulary import is_clinical_vocabulary, is_known_word
from redaction.recognizers.names import CREDENTIALS, trim_name

_FACILITY_WORDS = re.compile(r"(?i)\b(hospital|medical|clinic|health|imaging|infirmary|center|centre|"
                             r"memorial|radiology|institute|care)\b")
_EXAM_WORD = re.compile(r"(?i)[ -](?:x-?rays?|radiographs?|films?|scans?|CT|MRI|ultrasound|US)$")
_SEPARATOR = re.compile(r"\n| - |:|  |\||\t|;| \(")
# an office or department written after a slash behind the site's name
_OFFICE_AFTER = re.compile(r"[ \t]*/[ \t]*(?:Office|Department|Dept|Division|Unit)\b")
_CREDENTIAL_AT = re.compile(rf"{CREDENTIALS}(?![A-Za-z])")
_LABELS = {"PERSON": "PERSON", "GPE": "CITY", "LOC": "CITY", "ORG": "FACILITY", "FAC": "FACILITY"}


class SpacyNerRecognizer(EntityRecognizer):
    """Uses the ``doc`` the analyzer already ran; scores below the pattern recognizers'."""

    SCORE = 0.7
    uses_nlp_artifacts = True  # PhiAnalyzer runs NER only where the pattern recognizers left a candidate

    def __init__(self) -> None:
        super().__init__(supported_entities=sorted(set(_LABELS.values())), name="SpacyNerRecognizer")

    def load(self) -> None:
        return None

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        if nlp_artifacts is None:
            return []
        results = []
        for ent in nlp_artifacts.entities:
            kind = _LABELS.get(ent.label_)
            if kind is None:
                continue
            start, end = ent.start_char, ent.end_char
            # spaCy runs entities across line breaks, labels and field separators ("Doe, Jo | Unit No")
            cut = _SEPARATOR.search(text, start, end)
            end = cut.start() if cut else end
            if kind == "PERSON":
                start, end = trim_name(text, start, end)  # "Hi Joaquin", "Reyes's MRI"
            while end > start and not text[end - 1].isalnum():
                end -= 1  # spaCy sometimes swallows trailing spaces or punctuation
            span = text[start:end]
            if (not span or text[end:end + 1] == ":" or not _looks_like_a_name(text, start, span)
                    or is_clinical(span, text[end:end + 40])):
                continue  # "Email:" and other labels are not names
            if kind == "FACILITY":
                start, end = _site_part(text, start, end)
                span = text[start:end]
            if kind == "FACILITY" and (not _FACILITY_WORDS.search(span) or is_department(span)
                                       or names_department(span)):
                continue  # ORG on radiology text is mostly modalities, eponyms and departments
            if kind == "FACILITY" and is_payer_name(text, start, end):
                continue  # "Northwind Health Plan": a payer, not a care site
            if kind == "FACILITY":
                end = department_tail(text, start, end)  # "... Medical Center Vascular Lab": the site, not its lab
                office = _OFFICE_AFTER.search(text, start, end)
                if office:
                    end = office.start()  # "Elm Hospital / Office of Patient Access": the site, not its office
                end = department_after_mark(text, start, end)  # "Elm Hospital / Radiology Business Office"
                while end > start and not text[end - 1].isalnum():
                    end -= 1  # the slash or dash a department was cut after
                end = _before_document_word(text, start, end)  # "Shelter Clinic Note": a title, not a site
                if end <= start:
                    continue
            credential = _CREDENTIAL_AT.match(text, start)
            if credential and credential.end() >= end:
                continue  # "Kwame Doe, Au.D.": the start of a dotted credential, not a person or a town
            if kind == "PERSON" and not any(c.islower() for c in span) and len(span) <= 3:
                continue  # "CT", "PA", "MD" tagged as people
            if kind == "PERSON" and _EXAM_WORD.search(span):
                continue  # "Mobile X-ray", "Portable CT": an exam, a name never ends in one
            if kind in ("PERSON", "CITY") and _LODGING.search(span):
                continue  # "Residence Inn", "Harbor Suites": a hotel's name, not a person or a town
            if kind == "PERSON" and any(c.isdigit() for c in span):
                continue  # "Solid 1.6": a measurement, not a person
            if kind == "CITY" and (payer_box_town(text, start) or payer_box(text, start, end)):
                continue  # "Keystone Mutual / ... / PO Box 4410, Harrisburg, PA": the payer's town
            results.append(RecognizerResult(kind, start, end, self.SCORE))
        return results


# a title and a long dash before a site ("Zone IV Incident Review -- Elm Hospital"); a mailbox, room or desk
# number after it ("Breast Center Mailbox 4"): neither is part of the site's name
_LODGING = re.compile(r"[ \t](?:Inn|Hotel|Suites|Motel|Lodge)$")
_LONG_DASH = re.compile(r"[ \t](?:--|[–—])[ \t]")
_NUMBERED_AFTER = re.compile(r"[ \t]+[A-Z][a-z]+[ \t]+#?\d+$")


def _site_part(text: str, start: int, end: int) -> tuple[int, int]:
    """The part of an ORG span that names the site: the side of a long dash holding a facility word, without a
    numbered mailbox or room after it."""
    dash = _LONG_DASH.search(text, start, end)
    if dash:
        if _FACILITY_WORDS.search(text, dash.end(), end):
            start = dash.end()
        else:
            end = dash.start()
    numbered = _NUMBERED_AFTER.search(text[start:end])
    if numbered:
        end = start + numbered.start()
    return start, end


# the kind of document a title names, as its last word ("Shelter Clinic Note", "Imaging Requisition",
# "Imaging Center Franchise Audit")
_DOCUMENT_WORD = re.compile(r"[ \t/]+(?:Note|Notes|Report|Record|Form|Requisition|Referral|Letter|Summary|Log|"
                            r"Checklist|Worksheet|Transcript|Audit)$")


def _before_document_word(text: str, start: int, end: int) -> int:
    """The end of an ORG span that closes on a document word: none when every word before it is a plain word
    (a title such as "Street Medicine / Shelter Clinic Note"), else the site's name before that word."""
    word = _DOCUMENT_WORD.search(text, start, end)
    if not word:
        return end
    head = re.findall(r"[A-Za-z]+", text[start:word.start()])
    return start if all(is_known_word(w) for w in head) else word.start()


_MEDICAL_SUFFIX = re.compile(r"(?i)(?:megaly|osis|itis|ectomy|ostomy|otomy|graphy|gram|\w{4,}oma|emia|opathy|plasty|"
                             r"scopy|algia|plasia|trophy|ectasis|iasis|lysis|rrhage|rrhea|thorax|ism)$")
_CAMEL = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+")
_CAMEL_PART = re.compile(r"[A-Z][a-z]+")


def _software_identifier(word: str) -> bool:
    """CamelCase made of English words ("PatientBirthDate"): a field or class name ("McAllister" is not)."""
    return bool(_CAMEL.fullmatch(word)) and all(is_known_word(p) for p in _CAMEL_PART.findall(word))


_SENTENCE_START = re.compile(r"(?:^|[.:;!?]\s+|\n\s*)$")


def _looks_like_a_name(text: str, start: int, span: str) -> bool:
    """Capitalised like a name, not a lone sentence-initial word, not a clinical word form.

    All-caps names (RIS headers) and titled names are the pattern recognizers' job; NER on
    radiology text mostly mislabels capitalised clinical words.
    """
    if not span[0].isupper() or not any(c.islower() for c in span):
        return False
    words = span.split()
    if len(words) == 1 and _software_identifier(span):
        return False  # "StudyDescription", "AccessionNumber": a field name, not a person
    if all(is_clinical_vocabulary(w) for w in words):
        return False  # "Fentanyl", "Legg-Calve-Perthes": clinical words NER reads as names
    if any(_MEDICAL_SUFFIX.search(w) for w in words):
        return False  # "Multiple Myeloma", "Cholangitis"
    if len(words) == 1 and _SENTENCE_START.search(text[max(0, start - 3):start]):
        return False
    return True
