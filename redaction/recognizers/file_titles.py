"""Identifiers a system log or a draft writes in its own layout:

- a document's file name, built from the patient's name and a record number: a print job's
  ``title="Okafor_Ben_RAD03144722.pdf"``, a draft's ``file: draft-Okafor_20240101.docx``, ``file: CR_St.Clair_...``;
- a device's serial after the word that names the device: a log header's ``# device SN 901461 ip ...``, a
  worksheet's ``Probe: uptake probe GEM-8217-M``, ``Probe: Captus SN 787150``;
- a staff name as a log's key-value pair: ``staff=Ann``, ``attendant=Ann``.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

from redaction.recognizers._base import RegexRecognizer

# a file name after a title or file label: "title="A_B_C.pdf"", "file: draft-A_2024.docx"
_FILE = re.compile(r"(?:\btitle=\"|\b[Ff]ile(?:name)?:[ \t]*\"?)(?P<name>[\w.'’-]{3,80}?)\.(?:pdf|docx?|rtf|odt)\b")
# one of its parts: a capitalised name ("O'Halloran", "St.Clair", "delaCruz", "Ferreira-Lopes") or a number
_NAME_PART = re.compile(r"(?=.*[a-z])(?:[a-z]{2,4})?[A-Z][a-z]*(?:(?:['’.-]|(?=[A-Z]))[A-Z][a-z]+)*")
_ID_PART = re.compile(r"(?=(?:\D*\d){5})[A-Z]{0,4}\d[\dA-Z]*(?:-[\dA-Z]+)*")
_DATE_PART = re.compile(r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
# a leading document-kind word: "draft-", "CR_", "report_"
_PREFIX = re.compile(r"^(?:[a-z]+[-_]|[A-Z]{2,4}_)")
# words a file name holds that are no one's name
_NOT_NAME = frozenset("draft final report case manuscript worklist requisition scan copy letter summary notes note "
                      "version rev fig figure image images table export print order orders consent form".split())


class FileTitleRecognizer(EntityRecognizer):
    """The parts of a labelled file name: capitalised words are the patient's name, a number of five or more
    digits the record's accession, an eight-digit date its date."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON", "ACCESSION", "DATE_TIME"], name="FileTitleRecognizer")

    def load(self) -> None:
        return None

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        if "title=\"" not in text and "ile" not in text:
            return []
        results = []
        for match in _FILE.finditer(text):
            name, offset = match.group("name"), match.start("name")
            prefix = _PREFIX.match(name)
            if prefix and prefix.group(0)[:-1].lower() in _NOT_NAME | {"cr", "dr", "rpt"}:
                offset += prefix.end()
                name = name[prefix.end():]
            parts = _split(name)
            if not any(_ID_PART.fullmatch(p) or _DATE_PART.fullmatch(p) for p, _ in parts):
                continue  # a name alone ("Report.pdf") is no record's file
            for part, at in parts:
                start, end = offset + at, offset + at + len(part)
                if _DATE_PART.fullmatch(part):
                    results.append(RecognizerResult("DATE_TIME", start, end, 0.8))
                elif _ID_PART.fullmatch(part):
                    results.append(RecognizerResult("ACCESSION", start, end, 0.85))
                elif len(part) > 1 and _NAME_PART.fullmatch(part) and part.lower() not in _NOT_NAME:
                    results.append(RecognizerResult("PERSON", start, end, 0.85))
        return results


def _split(name: str) -> list[tuple[str, int]]:
    """The underscore-separated parts of a file name with their offsets; a part of words joined by hyphens
    ("Ferreira-Lopes") stays whole."""
    parts, at = [], 0
    for part in name.split("_"):
        if part:
            parts.append((part, at))
        at += len(part) + 1
    return parts


# a serial's shapes: "SN 901461", "GEM-8217-M", "HPQ38009063"
_SERIAL = r"(?:SN[ \t]?\d{4,}|[A-Z]{2,5}-\d{3,6}(?:-[A-Z0-9]{1,4})?|[A-Z]{1,5}\d[A-Z0-9]{4,})"


class NamedDeviceSerialRecognizer(RegexRecognizer):
    """A serial right after the word naming the device it belongs to (a log header's ``# device``, a worksheet's
    probe), a maker's or model's name between them allowed: ``Probe: Captus GEM-8217-M``."""

    ENTITY = "DEVICE_SERIAL"
    SCORE = 0.85
    PATTERNS = (rf"^#[ \t]*device[ \t]+(?P<phi>{_SERIAL})(?=[ \t]+(?:ip|fw|firmware|ver|v\d)\b|[ \t]*$)",
                rf"\b(?i:probe)\b:?[ \t]+(?:(?i:uptake[ \t]+probe)[ \t]+|[A-Z][a-z]+[ \t]+)?(?P<phi>{_SERIAL})"
                r"(?![\w-])")
    FLAGS = re.MULTILINE


class KeyedStaffNameRecognizer(RegexRecognizer):
    """A staff member's name as a log's ``key=value``: ``staff=Ann``, ``attendant=Ann``, ``tech=Ann_Lee``."""

    ENTITY = "PERSON"
    SCORE = 0.85
    PATTERNS = (r"\b(?:staff|attendant|escort|tech|nurse|agent|clerk|volunteer)="
                r"(?P<phi>[A-Z][a-z]+(?:[_.][A-Z][a-z]+)?)(?![\w.-])",)
