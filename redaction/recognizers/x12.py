"""ASC X12 EDI claim and remittance segments (837, 835, 270/271 ...): dates and times by element position,
and the elements that number the interchange rather than the patient.

An X12 dump is segments (``DTP*472*D8*20240803~``) of elements separated by ``*`` (or the separator the
``ISA`` header declares), ended by ``~``. Dates and times sit in fixed elements with no label a pattern could
anchor on: the interchange's ``ISA*...*240822*1324*``, the group's ``GS*...*20240822*1324*``, the transaction's
``BHT*0019*00*559731*20240822*1324*CH``, a patient's birth date ``DMG*D8*19930602*F``, a service date
``DTP*472*D8*20240803`` or range ``DTP*472*RD8*20240801-20240803``, a remittance's ``DTM*232*20250710``
and its payment date ``BPR*...*20250719``. ``X12DateRecognizer`` reports them as DATE_TIME.

Other elements number only the exchange or name no patient, whatever shape they have: the envelope's
control numbers and version codes (``ISA13``, ``GS06``, ``GS08``, ``ST02``, ``SE``, ``GE``, ``IEA``), the
submitter's and receiver's interchange ids, the transaction's batch reference (``BHT03``), the payer's own id
after ``NM1*PR`` (the same for every member), a lab's CLIA number (``REF*X4``), the billed procedure code
(``SV1*HC:74177``), the payment's bank routing and account numbers (``BPR``) and its trace number (``TRN``).
``without_x12_envelope`` drops an identifier-shaped detection lying wholly inside one of them.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

from redaction._denylist import clinical_words, department_words, not_name_words
from redaction._spans import Span

# a segment: its id, then the separator and its elements, up to the terminator or the line end
_SEGMENT = re.compile(r"(?m)(?:^|(?<=~))[ \t]*(?P<id>[A-Z][A-Z0-9]{1,2})(?P<sep>[*|^])(?P<body>[^~\r\n]*)")
_KNOWN = frozenset({"ISA", "IEA", "GS", "GE", "ST", "SE", "BHT", "NM1", "N1", "N3", "N4", "PER", "HL", "SBR", "DMG",
                    "CLM", "CLP", "DTP", "DTM", "REF", "HI", "LX", "SV1", "SV2", "SVC", "CAS", "BPR", "TRN", "AMT",
                    "PAT", "SVD", "LQ", "PLB", "EQ", "EB", "INS", "STC", "PRV", "PWK", "CN1", "NTE"})
_CUE = re.compile(r"(?:^|~)[ \t]*(?:ISA|GS|ST|BHT|CLM|CLP|NM1|DTP|DTM|SV1|SVC)[*|^]", re.MULTILINE)

_DATE8 = r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
_DATE6 = r"\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
_TIME = r"(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d(?:\d{1,2})?)?"
_VALUE = {
    "D8": re.compile(_DATE8), "RD8": re.compile(rf"{_DATE8}-{_DATE8}"), "DT": re.compile(rf"{_DATE8}{_TIME}"),
    "TM": re.compile(_TIME), "date6": re.compile(_DATE6), "time": re.compile(_TIME),
    "any": re.compile(rf"{_DATE8}(?:{_TIME})?|{_DATE8}-{_DATE8}"),
}
# segment -> {element number: value shape}; a shape "fmt@N" takes its format from element N (DTP's D8 / RD8)
_DATES: dict[str, dict[int, str]] = {
    "ISA": {9: "date6", 10: "time"},
    "GS": {4: "D8", 5: "time"},
    "BHT": {4: "D8", 5: "time"},
    "DMG": {2: "fmt@1"},
    "DTP": {3: "fmt@2"},
    "DTM": {2: "D8", 3: "time", 6: "fmt@5"},
    "BPR": {16: "D8"},
    "PAT": {6: "fmt@5"},
    "SVD": {5: "D8"},
    "STC": {2: "D8"},
}
# segment -> element numbers that number the exchange, not the patient (None: every element)
_NOT_PHI: dict[str, frozenset[int] | None] = {
    "ISA": frozenset({1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 13, 14, 15, 16}),
    "IEA": None, "GS": frozenset({1, 2, 3, 6, 7, 8}), "GE": None, "ST": None, "SE": None,
    "BHT": frozenset({1, 2, 3, 6}), "BPR": frozenset(range(1, 16)), "TRN": None, "LX": None,
    "SV1": frozenset({1}), "SV2": frozenset({1, 2}), "SVC": frozenset({1, 6}),
}
# a qualifier element that makes another element of the same segment no patient's: the payer's id
# ("NM1*PR*2*AETNA*****PI*60054"), a receiver's or submitter's ("NM1*40", "NM1*41"), a lab's CLIA number
_QUALIFIED: dict[str, tuple[int, frozenset[str], int]] = {
    "NM1": (1, frozenset({"PR", "40", "41"}), 9),
    "N1": (1, frozenset({"PR"}), 4),
    "REF": (1, frozenset({"X4", "EI", "TJ", "2U", "HPI"}), 2),
}
_IDENTIFIER_TYPES = frozenset({"ACCOUNT_ID", "MRN", "ACCESSION", "HEALTH_PLAN_ID", "DEVICE_SERIAL", "SSN", "PHONE",
                               "ZIP", "DATE_TIME"})


def _segments(text: str):  # noqa: ANN202
    """(segment id, [(start, end) of each element, 1-based from index 1]) for each X12 segment of ``text``."""
    if "*" not in text and "|" not in text or not _CUE.search(text):
        return []
    found = []
    for match in _SEGMENT.finditer(text):
        if match.group("id") not in _KNOWN:
            continue
        sep, pos = match.group("sep"), match.start("body")
        elements = [(match.start("id"), match.end("id"))]
        for value in match.group("body").split(sep):
            elements.append((pos, pos + len(value)))
            pos += len(value) + 1
        found.append((match.group("id"), elements))
    return found if sum(1 for seg, _ in found if seg in _DATES or seg in _NOT_PHI) >= 2 else []


def _date_shape(text: str, elements: list[tuple[int, int]], shape: str) -> re.Pattern[str] | None:
    if shape.startswith("fmt@"):
        index = int(shape[4:])
        if index >= len(elements):
            return None
        return _VALUE.get(text[elements[index][0]:elements[index][1]].strip())
    return _VALUE[shape]


class X12DateRecognizer(EntityRecognizer):
    """Dates and times in X12 segments by element position (``ISA09/10``, ``GS04/05``, ``BHT04/05``, ``DTP03``,
    ``DMG02``, ``DTM02``, ``BPR16``), when the element has a date's or a time's digits."""

    SCORE = 0.9

    def __init__(self) -> None:
        super().__init__(supported_entities=["DATE_TIME"], name="X12DateRecognizer")

    def load(self) -> None:
        return None

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        results = []
        for seg, elements in _segments(text):
            for index, shape in _DATES.get(seg, {}).items():
                if index >= len(elements):
                    continue
                start, end = elements[index]
                value = text[start:end].strip()
                pattern = _date_shape(text, elements, shape)
                if value and pattern is not None and pattern.fullmatch(value):
                    lead = len(text[start:end]) - len(text[start:end].lstrip())
                    results.append(RecognizerResult("DATE_TIME", start + lead, start + lead + len(value), self.SCORE))
        return results


def _envelope_elements(text: str) -> list[tuple[int, int]]:
    out = []
    for seg, elements in _segments(text):
        positions = _NOT_PHI.get(seg, frozenset())
        for index in range(1, len(elements)):
            if positions is None or index in positions:
                if seg in _DATES and index in _DATES[seg]:
                    continue
                out.append(elements[index])
        if seg in _QUALIFIED:
            where, qualifiers, index = _QUALIFIED[seg]
            if index < len(elements) and text[slice(*elements[where])].strip() in qualifiers:
                out.append(elements[index])
    return out


def without_x12_envelope(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` less the identifier-shaped ones wholly inside an X12 element that numbers no patient."""
    if not any(s.entity_type in _IDENTIFIER_TYPES for s in spans):
        return spans
    elements = _envelope_elements(text)
    if not elements:
        return spans
    return [s for s in spans if s.entity_type not in _IDENTIFIER_TYPES
            or not any(a <= s.start and s.end <= b for a, b in elements)]


# NM1 entity codes whose organisation is the payer or the receiver (no site of care); any other organisation
# (billing provider "85", submitter "41", facility "77", payee "PE") is a site
_PAYER = frozenset({"PR", "40", "IN"})
_SITE_N1 = frozenset({"PE", "85", "77", "FA", "41", "SJ"})


def _contact_name(value: str) -> bool:
    """``PER*IC*ANDERSON PACHECO``: a person's name, not an office ("BILLING OFFICE", "PATIENT ACCOUNTS")."""
    words = value.lower().split()
    office = not_name_words() | department_words() | clinical_words()
    return 2 <= len(words) <= 4 and all(w.isalpha() or "-" in w or "'" in w for w in words) \
        and not any(w in office for w in words)


class X12NameRecognizer(EntityRecognizer):
    """People, sites and addresses in X12 name segments: ``NM1*IL*1*LAST*FIRST*M`` (a person: last, first, middle
    name elements), ``NM1*85*2*SITE NAME`` and ``N1*PE*SITE NAME`` (an organisation other than the payer), a
    contact's name ``PER*IC*FIRST LAST``, and the address after any of them: ``N3*STREET*UNIT`` (both street
    lines), ``N4*CITY*ST*ZIP`` (the state stays, as Safe Harbor allows)."""

    SCORE = 0.9

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON", "FACILITY", "STREET_ADDRESS", "CITY", "ZIP"],
                         name="X12NameRecognizer")

    def load(self) -> None:
        return None

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        results = []
        for seg, elements in _segments(text):
            values = [text[a:b].strip() for a, b in elements]
            if seg == "NM1" and len(values) > 3 and values[3]:
                if values[2] == "1":  # a person: last (3), first (4), middle (5)
                    last = max(i for i in (3, 4, 5) if i < len(values) and values[i])
                    results.append(RecognizerResult("PERSON", elements[3][0], elements[last][1], self.SCORE))
                elif values[2] == "2" and values[1] not in _PAYER:
                    results.append(RecognizerResult("FACILITY", *elements[3], self.SCORE))
            elif seg == "N1" and len(values) > 2 and values[1] in _SITE_N1 and values[2]:
                results.append(RecognizerResult("FACILITY", *elements[2], self.SCORE))
            elif seg == "PER" and len(values) > 2 and _contact_name(values[2]):
                results.append(RecognizerResult("PERSON", *elements[2], self.SCORE))
            elif seg == "N3":
                results.extend(self._part("STREET_ADDRESS", text, elements[i]) for i in (1, 2) if i < len(values))
            elif seg == "N4":
                results.extend(self._part(kind, text, elements[i]) for i, kind in ((1, "CITY"), (3, "ZIP"))
                               if i < len(values))
        return [r for r in results if r is not None]

    def _part(self, kind: str, text: str, element: tuple[int, int]) -> RecognizerResult | None:
        value = text[element[0]:element[1]]
        start = element[0] + len(value) - len(value.lstrip())
        end = element[1] - (len(value) - len(value.rstrip()))
        if end <= start or not any(c.isalnum() for c in text[start:end]):
            return None
        return RecognizerResult(kind, start, end, self.SCORE)
