"""DICOM headers pasted as text (dcmdump, pydicom, dciodvfy listings): the value representation says what a value is.

``(0010,0010) PN [DOE^JANE]`` is a person whatever the name looks like; DA/TM/DT values are dates and
times; an AS age of 90 or more is an identifier (with its unit letter, "094Y"); and LO/SH/ST values are
identifying when their tag is one the DICOM de-identification profile (PS3.15 Annex E) removes: patient
and other IDs, accession number, institution, device serial. Descriptions (StudyDescription, ProtocolName) are kept.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

# "(0010,0020) LO [M123]", "(0010,0020) LO: 'M123'", "0010,0020 PatientID LO [M123]", "(0008,0080) LO =Mercy",
# "I: (0010,1010) AS [094Y]" (a dcmtk findscu log line, its level letter first)
_LINE = re.compile(r"(?m)^[ \t>]*(?:[IDWEF]:[ \t]+)?"
                   r"\(?(?P<group>[0-9A-Fa-f]{4}),[ \t]?(?P<element>[0-9A-Fa-f]{4})\)?[ \t]+"
                   r"(?:[A-Za-z][A-Za-z' ]*?[ \t]+)?(?P<vr>[A-Z]{2})[ \t:=]+(?:\[(?P<b>[^\]\n]*)\]|'(?P<q>[^'\n]*)'|"
                   r"\"(?P<d>[^\"\n]*)\"|=?(?P<bare>[^\s#][^#\n]*?))[ \t]*(?:#|$)")
_TYPES_BY_VR = {"PN": "PERSON", "DA": "DATE_TIME", "TM": "DATE_TIME", "DT": "DATE_TIME"}
# (group, element) of identifying LO/SH/ST/LT/UT/CS/IS values, after PS3.15 Annex E
_IDENTIFYING_TAGS = {
    ("0010", "0020"): "MRN",  # PatientID
    ("0010", "1000"): "MRN",  # OtherPatientIDs
    ("0010", "0021"): "FACILITY",  # IssuerOfPatientID
    ("0008", "0050"): "ACCESSION",  # AccessionNumber
    ("0020", "0010"): "ACCESSION",  # StudyID
    ("0008", "0080"): "FACILITY",  # InstitutionName
    ("0008", "0081"): "STREET_ADDRESS",  # InstitutionAddress
    ("0008", "1040"): "FACILITY",  # InstitutionalDepartmentName
    ("0018", "1000"): "DEVICE_SERIAL",  # DeviceSerialNumber
    ("0010", "1040"): "STREET_ADDRESS",  # PatientAddress
    ("0010", "2154"): "PHONE",  # PatientTelephoneNumbers
    ("0010", "1090"): "MRN",  # MedicalRecordLocator
    ("0038", "0010"): "ACCOUNT_ID",  # AdmissionID
    ("0040", "1001"): "ACCESSION",  # RequestedProcedureID
    ("0040", "0009"): "ACCESSION",  # ScheduledProcedureStepID
    ("0040", "0253"): "ACCESSION",  # PerformedProcedureStepID
    ("0032", "1032"): "PERSON",  # RequestingPhysician
    ("0008", "0090"): "PERSON",  # ReferringPhysicianName
    ("0008", "1050"): "PERSON",  # PerformingPhysicianName
    ("0008", "1060"): "PERSON",  # NameOfPhysiciansReadingStudy
    ("0008", "1070"): "PERSON",  # OperatorsName
}
# the number with its unit letter: "094Y" is one Age String value
_OLD_AGE = re.compile(r"0?(?:9\d|1[0-2]\d)Y")


class DicomTextRecognizer(EntityRecognizer):
    """Values of a DICOM header listing, by value representation and tag."""

    SCORE = 0.9

    def __init__(self) -> None:
        super().__init__(supported_entities=sorted({*_TYPES_BY_VR.values(), *_IDENTIFYING_TAGS.values(),
                                                    "AGE_OVER_89"}), name="DicomTextRecognizer")

    def load(self) -> None:
        return None

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        if "," not in text or "(" not in text and "\n" not in text:
            return []
        results = []
        for match in _LINE.finditer(text):
            value_group = next(g for g in ("b", "q", "d", "bare") if match.group(g) is not None)
            start, end = match.span(value_group)
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if start == end or text.startswith("(no value available)", start):
                continue  # dcmtk's mark of an empty element ("SH (no value available)"), no value
            vr, tag = match.group("vr"), (match.group("group"), match.group("element").upper())
            tag = (tag[0].upper(), tag[1])
            if vr == "AS":
                age = _OLD_AGE.match(text, start, end)
                if age:
                    results.append(RecognizerResult("AGE_OVER_89", start, age.end(), self.SCORE))
                continue
            kind = _TYPES_BY_VR.get(vr) or _IDENTIFYING_TAGS.get(tag)
            if kind is not None:
                results.append(RecognizerResult(kind, start, end, self.SCORE))
        return results
