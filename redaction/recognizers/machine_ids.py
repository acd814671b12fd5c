"""Identifiers and ages in machine-made text: ZPL label source, FHIR JSON bodies, interface file names, review notes.

- the data of a ZPL barcode field (``^BCN,60,Y,N,N^FDACC7439273^FS``): a patient label's barcode encodes its
  accession or record number
- an age on a ZPL label field (``^FDAge 93  Collected ...^FS``): ``^FD`` opens the field, so the label has no
  word boundary in front of it
- the ``"id"`` of a FHIR Patient resource (the object that holds ``"birthDate"`` or ``"resourceType": "Patient"``)
- a record number closing an interface file's name after the patient's ``SURNAME_GIVEN_``
  (``/errors/DOE_JANE_K1234567.hl7``)
- an age stated of a person in a review note: ``because A is 93 and``, ``who is 95 and was waiting``
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

from redaction._system_numbers import json_own_members
from redaction.recognizers._base import RegexRecognizer

_AGE = r"(?:9\d|1[0-2]\d)"


class ZplBarcodeRecognizer(RegexRecognizer):
    ENTITY = "ACCESSION"
    SCORE = 0.9
    # a barcode command (^B + type, not ^BY, the module width), its parameters, then the field data
    PATTERNS = (r"\^B(?!Y)[0-9A-Z][A-Z]?[^\^\n]*\^FD(?P<phi>[A-Z]{0,4}-?\d[\dA-Z-]{4,19})(?<!-)\^FS",)


class ZplAgeRecognizer(RegexRecognizer):
    ENTITY = "AGE_OVER_89"
    SCORE = 0.95
    PATTERNS = (rf"\^FD(?:[ \t]*(?:Age|AGE|age))[ \t]*[:=]?[ \t]*(?P<phi>{_AGE})(?![\d.%])",)


class StatedAgeRecognizer(RegexRecognizer):
    """``A is 93 and B's registration``, ``Smith, who is 95 and was waiting``: "is"/"was"/"turned" and an age of
    90 or more after a relative pronoun, a personal pronoun or a record's candidate letter (A or B), then a
    conjunction or a clause's end; measurements ("SpO2 is 92 and") have no such subject."""

    ENTITY = "AGE_OVER_89"
    SCORE = 0.85
    PATTERNS = (rf"(?:\b(?:who|[Ss]he|[Hh]e)|(?<![\w.'’-])[AB])[ \t]+(?:is|was|turned|turns)[ \t]+(?P<phi>{_AGE})"
                r"(?=[ \t]+(?:and|but|so|now|with|yet)\b|[,;](?!\d)|\.(?!\d))",)


class FileStemIdRecognizer(RegexRecognizer):
    ENTITY = "MRN"
    SCORE = 0.85
    # "DOE_JANE_K1234567.hl7": the record number after the name (a date there, "..._20260417.zip", is a date)
    PATTERNS = (r"\b[A-Z][A-Z'-]+_[A-Z][A-Z'-]+_(?!(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])\b)"
                r"(?P<phi>[A-Z]{1,3}\d{5,12}|\d{6,12})(?=\.[A-Za-z0-9]{2,4}\b)",)


class FhirPatientIdRecognizer(EntityRecognizer):
    """The ``"id"`` member of a JSON object that is a patient (it holds ``"birthDate"`` or a Patient
    ``resourceType`` among its own members): a FHIR server's logical id for the patient, often the MRN."""

    SCORE = 0.85
    _ID = re.compile(r"\"id\"\s*:\s*\"(?P<phi>[A-Za-z0-9][A-Za-z0-9.-]{3,40})\"")
    _PATIENT = re.compile(r"\"birthDate\"\s*:|\"resourceType\"\s*:\s*\"Patient\"")

    def __init__(self) -> None:
        super().__init__(supported_entities=["MRN"], name="FhirPatientIdRecognizer")

    def load(self) -> None:
        return None

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        if "\"id\"" not in text or not self._PATIENT.search(text):
            return []
        results = []
        for match in self._ID.finditer(text):
            own = json_own_members(text, match.start())
            if own is not None and self._PATIENT.search(own):
                results.append(RecognizerResult("MRN", *match.span("phi"), self.SCORE))
        return results

