"""HL7 v2 segments (``PID|1||7840113^^^SITE^MR||DOE^JOHN^A||19560427|M|...``): PHI by field position.

Interface-engine dumps put identifiers in fixed fields of the standard segments, often with no label
a pattern could anchor on (an MRN is "PID-3", a ZIP is the fifth component of "PID-11"). This
recognizer reads the segments and reports the fields the HL7 v2 standard defines as identifying.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

from redaction._not_patient import interface_node
from redaction.recognizers.names import CREDENTIALS

# segment -> {field number: entity type, or a tuple of per-component types (None: not PHI)}
# Person names (XPN/XCN) are handled per component: every non-empty name component is a PERSON span.
_NAME = "NAME"
_ADDRESS = ("STREET_ADDRESS", "STREET_ADDRESS", "CITY", None, "ZIP")  # street^other^city^state^zip
_IDENT = ("MRN", None, None, "FACILITY")                                # id^check^scheme^authority
_LOCATION = (None, None, None, "FACILITY")                              # point^room^bed^facility
_FIELDS: dict[str, dict[int, object]] = {
    "MSH": {4: "FACILITY", 6: "FACILITY", 7: "DATE_TIME"},
    "EVN": {2: "DATE_TIME", 6: "DATE_TIME"},
    "PID": {2: _IDENT, 3: _IDENT, 4: _IDENT, 5: _NAME, 6: _NAME, 7: "DATE_TIME", 9: _NAME, 11: _ADDRESS,
            13: "PHONE", 14: "PHONE", 18: "ACCOUNT_ID", 19: "SSN", 20: "ACCOUNT_ID", 21: _IDENT,
            29: "DATE_TIME"},
    "PD1": {3: _NAME, 4: _NAME},
    "NK1": {2: _NAME, 4: _ADDRESS, 5: "PHONE", 6: "PHONE", 30: _NAME, 31: "PHONE", 32: _ADDRESS},
    "PV1": {3: _LOCATION, 6: _LOCATION, 7: _NAME, 8: _NAME, 9: _NAME, 17: _NAME, 19: "ACCOUNT_ID",
            44: "DATE_TIME", 45: "DATE_TIME", 50: "ACCOUNT_ID"},
    "GT1": {3: _NAME, 5: _ADDRESS, 6: "PHONE", 7: "PHONE", 8: "DATE_TIME", 12: "SSN"},
    "IN1": {8: "HEALTH_PLAN_ID", 16: _NAME, 18: "DATE_TIME", 19: _ADDRESS,
            36: "HEALTH_PLAN_ID", 49: "HEALTH_PLAN_ID"},
    "IN2": {1: "HEALTH_PLAN_ID", 2: "SSN", 8: "HEALTH_PLAN_ID"},
    "ORC": {2: "ACCESSION", 3: "ACCESSION", 9: "DATE_TIME", 10: _NAME, 11: _NAME, 12: _NAME, 15: "DATE_TIME"},
    "OBR": {2: "ACCESSION", 3: "ACCESSION", 6: "DATE_TIME", 7: "DATE_TIME", 8: "DATE_TIME", 14: "DATE_TIME",
            16: _NAME, 18: "ACCESSION", 19: "ACCESSION", 20: "ACCESSION", 22: "DATE_TIME", 28: _NAME,
            32: _NAME, 33: _NAME, 34: _NAME, 35: _NAME, 36: "DATE_TIME"},
    "OBX": {14: "DATE_TIME", 16: _NAME, 19: "DATE_TIME"},
    "TXA": {4: "DATE_TIME", 5: _NAME, 6: "DATE_TIME", 7: "DATE_TIME", 9: _NAME, 10: _NAME, 11: _NAME,
            12: "ACCESSION", 22: _NAME},
}
_SEGMENT = re.compile(r"(?m)(?:^|(?<=\r))(?P<seg>MSH|EVN|PID|PD1|NK1|PV1|GT1|IN1|IN2|ORC|OBR|OBX|TXA)\|[^\r\n]*")
_PART = re.compile(r"[^|^&~]+")
# ID-like component of a person field (XCN-1: an NPI or staff number); not a name, but an identifier.
_DIGITS = re.compile(r"\d")


class Hl7FieldRecognizer(EntityRecognizer):
    """PHI in HL7 v2 segments by field position (PID-3 MRN, PID-5 name, PID-11 address, OBR-3 accession ...)."""

    SCORE = 0.9

    def __init__(self) -> None:
        types = {"PERSON", "ACCOUNT_ID"}
        for fields in _FIELDS.values():
            for kind in fields.values():
                types.update(k for k in (kind if isinstance(kind, tuple) else (kind,)) if k and k != _NAME)
        super().__init__(supported_entities=sorted(types), name="Hl7FieldRecognizer")

    def load(self) -> None:
        return None

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        if "|" not in text:
            return []
        results = []
        for segment in _SEGMENT.finditer(text):
            fields = _FIELDS[segment.group("seg")]
            start = segment.start()
            # MSH-1 is the field separator itself, so MSH field n is at split index n - 1.
            offset = 1 if segment.group("seg") == "MSH" else 0
            pos = start
            for index, value in enumerate(segment.group(0).split("|")):
                kind = fields.get(index + offset)
                if kind == "FACILITY" and segment.group("seg") == "MSH" and interface_node(value):
                    pass  # "|EHR|HUB|": the receiving interface, not a site
                elif kind is not None and value.strip():
                    results.extend(_field_spans(text, pos, value, kind, self.SCORE))
                elif segment.group("seg") == "IN1" and index > 2 and _PLAN_ID.fullmatch(value):
                    # interfaces shift insurance fields: an ID-shaped IN1 value is the member's plan ID
                    results.append(_result(text, pos, value, "HEALTH_PLAN_ID", self.SCORE))
                pos += len(value) + 1
        return results


def _field_spans(text: str, pos: int, value: str, kind: object, score: float) -> list[RecognizerResult]:
    out = []
    for repetition_start, repetition in _split(value, "~", pos):
        if kind == _NAME:
            for i, (s, part) in enumerate(_split(repetition, "^", repetition_start)):
                if i >= 4 and _NAME_AFFIX.fullmatch(part.strip()):
                    continue  # XPN-5/6, XCN-6/7: the prefix and degree ("^^^DR^MD"); "DO^MINH" is a surname
                for s2, sub in _split(part, "&", s):
                    if sub.strip():
                        entity = "ACCOUNT_ID" if _DIGITS.search(sub) else "PERSON"
                        out.append(_result(text, s2, sub, entity, score))
        elif isinstance(kind, tuple):
            for i, (s, part) in enumerate(_split(repetition, "^", repetition_start)):
                entity = kind[i] if i < len(kind) else None
                if not entity or not part.strip() or (entity == "FACILITY" and part.strip().upper() in _NOT_SITES):
                    continue  # "12345^^^MRN": the assigning authority is sometimes the identifier type
                if entity == "STREET_ADDRESS" and "," in part:
                    out.extend(_address_parts(text, s, part, score))  # "1 Main St, Springfield, IL 62704"
                else:
                    out.append(_result(text, s, part, entity, score))
        else:
            out.append(_result(text, repetition_start, repetition, str(kind), score))
    return [r for r in out if r is not None]


# an XPN/XCN prefix or degree component ("^^^DR^MD", "^^^DR^FNP-BC"): a title or credential, not the name
_NAME_AFFIX = re.compile(rf"(?:DR|DRS|MR|MRS|MS|MISS|MX|PROF|REV|{CREDENTIALS})\.?", re.IGNORECASE)
# an insurance ID: letters and digits, six or more, with at least three digits ("ZXJ 10151 5560", "W365133590")
_PLAN_ID = re.compile(r"(?=(?:[^|^]*\d){3})[A-Z0-9][A-Z0-9 -]{4,24}[A-Z0-9]")
_ID_TYPES = frozenset({"MR", "MRN", "PI", "PT", "PN", "AN", "VN", "SS", "HC", "NPI", "EI", "PE", "RI", "U", "L"})
# generic assigning authorities ("^^^HOSP^MR", HL7 table 0363's "USSSA" for a Social Security number): no site's name
_NOT_SITES = _ID_TYPES | {"HOSP", "HOSPITAL", "LOCAL", "USSSA", "SSA"}
_STATE_ZIP = re.compile(r"\s*[A-Z]{2}\s+(?=\d{5})")


def _address_parts(text: str, pos: int, value: str, score: float) -> list[RecognizerResult | None]:
    """A whole address typed into one component: street, city and ZIP each, not the state or commas."""
    out = []
    for i, (s, part) in enumerate(_split(value, ",", pos)):
        state = _STATE_ZIP.match(part)
        if state:
            out.append(_result(text, s + state.end(), part[state.end():], "ZIP", score))
        elif part.strip() and not re.fullmatch(r"\s*[A-Z]{2}\s*", part):
            out.append(_result(text, s, part, "STREET_ADDRESS" if i == 0 else "CITY", score))
    return out


def _split(value: str, sep: str, pos: int) -> list[tuple[int, str]]:
    parts = []
    for part in value.split(sep):
        parts.append((pos, part))
        pos += len(part) + 1
    return parts


def _result(text: str, start: int, value: str, entity: str, score: float) -> RecognizerResult | None:
    end = start + len(value)
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return RecognizerResult(entity, start, end, score) if end > start else None
