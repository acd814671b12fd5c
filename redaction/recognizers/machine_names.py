"""Names in interchange formats, found by the format's grammar: X12 ``NM1`` person segments and ``PER``
contacts, vCard ``N``/``FN``/``NICKNAME`` properties, iCalendar ``CN=`` parameters, key=value log fields.

The position decides, whatever the letters spell: ``NM1*82*1*BELL*JOLENE*L`` is a rendering provider,
``N:Le;Thao;;;`` a family and a given name, ``user=jane.doe`` a login made of a name. Each recognizer bails
out on a literal the format cannot do without (``NM1*``, ``BEGIN:VCARD``, ``CN=``, ``=``).
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

from redaction._vocabulary import is_common_word
from redaction.recognizers._name_fields import NAME_VALUE, person_field, without_credentials

_SCORE = 0.9  # a field's position, not a guess: above the clinical-context judgement


class _FieldRecognizer(EntityRecognizer):
    """A PERSON recognizer over a format's fields (subclasses set ``_spans``)."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"], name=type(self).__name__)

    def load(self) -> None:
        return None

    def _spans(self, text: str) -> list[tuple[int, int]]:
        raise NotImplementedError

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        return [RecognizerResult("PERSON", s, e, _SCORE) for s, e in self._spans(text)
                if e > s and any(c.isalpha() for c in text[s:e])]


# NM1 with entity type 1 (a person): NM103 last, NM104 first, NM105 middle name; "*" elements, "~" segments
_NM1 = re.compile(r"(?<![A-Za-z0-9])NM1\*[A-Z0-9]{2,3}\*1\*(?P<phi>[^*~\n]+(?:\*[^*~\n]*){0,2})")
# PER02: the contact's name ("PER*IC*JANE DOE*TE*5555550100"), unless it names an office
_PER = re.compile(r"(?<![A-Za-z0-9])PER\*[A-Z0-9]{2}\*(?P<phi>[A-Za-z][^*~\n]*)(?=\*)")


class X12NameRecognizer(_FieldRecognizer):
    """Person names in X12 segments: ``NM1*IL*1*DOE*JANE*Q***MI*...`` (one span from last to middle name)."""

    def _spans(self, text: str) -> list[tuple[int, int]]:
        if "NM1*" not in text and "PER*" not in text:
            return []
        spans = []
        for match in _NM1.finditer(text):
            start, end = match.span("phi")
            while end > start and text[end - 1] in "* \t":
                end -= 1
            spans.append((start, end))
        for match in _PER.finditer(text):
            words = re.findall(r"[A-Za-z'’-]+", match.group("phi"))
            if words and not all(is_common_word(w) for w in words):
                spans.append(without_credentials(text, *match.span("phi")))
        return spans


# a vCard property line: its name, parameters after ";", the value after the first ":"
_VCARD_PROP = re.compile(r"(?im)^(?:item\d+\.)?(?P<prop>N|FN|NICKNAME)(?:;[^:\n]*)?:(?P<value>[^\r\n]*)")
_UNESCAPED_SEMI = re.compile(r"(?<!\\);")


class VCardNameRecognizer(_FieldRecognizer):
    """vCard names: each of ``N:Family;Given;Additional;;`` (the prefix and suffix left), ``FN`` without its
    credentials, ``NICKNAME``."""

    def _spans(self, text: str) -> list[tuple[int, int]]:
        if "BEGIN:VCARD" not in text.upper():
            return []
        spans = []
        for match in _VCARD_PROP.finditer(text):
            start, end = match.span("value")
            if match.group("prop").upper() != "N":
                spans.append(without_credentials(text, start, end))
                continue
            pos = start
            for k, part in enumerate(_UNESCAPED_SEMI.split(match.group("value"))[:3]):
                for name in re.finditer(r"[^,\s]+(?:[ \t]+[^,\s]+)*", part):
                    if k or name.group(0).rstrip(".") not in ("Dr", "Mr", "Mrs", "Ms"):
                        spans.append((pos + name.start(), pos + name.end()))
                pos += len(part) + 1
        return spans


# iCalendar: "ORGANIZER;CN=Jane Doe:mailto:...", "ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Doe, Jane":mailto:..."
_ICS_CN = re.compile(r"(?im)^(?:ORGANIZER|ATTENDEE)(?:;[^:\r\n]*?)?;CN="
                     r"(?:\"(?P<quoted>[^\"\r\n]+)\"|(?P<phi>[^;:\r\n]+))")


class CalendarNameRecognizer(_FieldRecognizer):
    """The common name of an iCalendar organizer or attendee."""

    def _spans(self, text: str) -> list[tuple[int, int]]:
        if "CN=" not in text.upper():
            return []
        spans = []
        for match in _ICS_CN.finditer(text):
            group = "quoted" if match.group("quoted") is not None else "phi"
            if "@" not in match.group(group):
                spans.append(without_credentials(text, *match.span(group)))
        return spans


# key=value: a quoted name or a name-made login ("first.last") under a key that names a person
# (the value is found from its "=", a literal the engine jumps to; the key is read back from there)
_KV_VALUE = re.compile(r"=[ \t]*(?:\"(?P<quoted>[^\"\n]{2,60})\"|'(?P<single>[^'\n]{2,60})'|"
                       r"(?P<login>[A-Za-z][a-z'’-]+[._][A-Za-z][a-z'’-]+(?:[._-][A-Za-z][a-z'’-]*)?)(?![\w@.-]))")
_KV_KEY = re.compile(r"(?<![\w.-])([A-Za-z][A-Za-z0-9_.-]{0,30})[ \t]*\Z")
_LOGIN_NOT_PERSON = frozenset("admin administrator root guest system sysadmin service svc postgres anonymous "
                              "readonly reporter interface batch daemon app test demo bot account scanner etl hl7 api "
                              "integration sync backup monitor nobody".split())


class KeyValueNameRecognizer(_FieldRecognizer):
    """``user=jane.doe``, ``signer="Doe, Jane"``, ``patient_name='Jane Doe'`` in key=value logs."""

    def _spans(self, text: str) -> list[tuple[int, int]]:
        if "=" not in text:
            return []
        spans = []
        for match in _KV_VALUE.finditer(text):
            key = _KV_KEY.search(text, max(0, match.start() - 40), match.start())
            if key is None or not person_field(key.group(1).rsplit(".", 1)[-1]):
                continue
            if match.group("login") is not None:
                parts = re.split(r"[._-]", match.group("login").lower())
                if not any(p in _LOGIN_NOT_PERSON for p in parts):
                    spans.append(match.span("login"))
                continue
            group = "quoted" if match.group("quoted") is not None else "single"
            start, end = without_credentials(text, *match.span(group))
            if NAME_VALUE.fullmatch(text, start, end):
                spans.append((start, end))
        return spans
