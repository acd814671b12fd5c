"""Capitalised names whose position in a letter, a mail header, a chat or a worklist gives them away.

- a letter's or statement's addressee after "Attn:" / "c/o", written "Last, First [M]";
- an address-book entry, "Last, First <user@site>", in a mail header or a recipient list;
- whoever read a study "per" or "by" them: "Prelim read per Park (teleradiology)";
- a contact named right before a phone number: "Questions? Dana at 555.555.0100";
- a name with a quoted nickname inside it: 'Ana "Annie" Ruiz';
- a clinician's initials in a chat after "per", before the patient: "fyi per JP pt's wife called";
- a short surname that is also a word, after a title: "Dr. Do", "Dr. Le" (and "per Do" once one is seen);
- a single given name in the conversation it is part of: "spoke with Summer at payer", "covering for Ada?";
- an inverted name a form printout wrapped after its comma, under a patient label an OCR may have misread:
  "PATlENT NAME: QUILL,\nADA";
- an ALL-CAPS worklist name with a multi-word surname or given name in its column, before the age:
  "RUIZ DE ALDA, JOSE LUIS      6Y/M", or opening a label line before the sex and the date of birth.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import RecognizerResult

from redaction._denylist import abbreviations, eponyms, is_department
from redaction.recognizers.log_names import _NOT_INITIALS
from redaction.recognizers.names import (
    _INITIAL,
    _NAME,
    _PROPER,
    SHORT_SURNAMES,
    _NameRecognizer,
    _plausible_name,
)
from redaction.recognizers.names_context import _plausible

_INVERTED = rf"{_NAME}, ?{_NAME}(?: {_NAME})?{_INITIAL}?"


class _GatedNameRecognizer(_NameRecognizer):
    """GATES[i], when set, is a cheap regex a text must hold for PATTERNS[i] to run (patterns that open on
    a capitalised word have no literal anchor of their own)."""

    GATES: ClassVar[tuple[str | None, ...]] = ()

    def __init__(self) -> None:
        super().__init__()
        self._gates = {pattern: re.compile(gate) for pattern, gate in zip(self._compiled, self.GATES, strict=False)
                       if gate}

    def candidates(self, text: str) -> list[re.Pattern[str]]:
        return [pattern for pattern in super().candidates(text)
                if pattern not in self._gates or self._gates[pattern].search(text)]
_PHONE = r"\+?(?:1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}(?!\d)"


class AddresseeNameRecognizer(_GatedNameRecognizer):
    """``Attn: Hill, Ada R, Patient Financial Services``, ``c/o Quill, Ada``, ``Quill, Ada <aq@site.org>``."""

    SCORE = 0.9
    PATTERNS = (rf"\b(?i:attn|attention|c/o|care[ \t]+of)\b\.?[ \t]*:?[ \t]*(?P<phi>{_INVERTED})"
                r"(?=[ \t]*(?:[,;(<\n]|$))",
                rf"(?P<phi>\b{_INVERTED})[ \t]*<[^<>\s@]+@")
    GATES = (None, r"<[^<>\s@]+@")

    def keep(self, text: str, start: int, end: int) -> bool:
        return _plausible(text[start:end]) and super().keep(text, start, end)  # "Wren, April": a month may be a name


class ReaderNameRecognizer(_NameRecognizer):
    """Whoever read or reviewed a study, after "per": ``Prelim read per Park (teleradiology)``."""

    SCORE = 0.85
    PATTERNS = (r"\b(?i:read|reads|reading|interpreted|over-?read|reviewed|signed|dictated|protocoll?ed|"
                r"wet[ \t]+read|prelim(?:inary)?|final)\b[ \t]+(?:out[ \t]+)?\bper\b[ \t]+(?:(?:Dr|Doctor)\.?[ \t]+)?"
                rf"(?P<phi>{_NAME}(?: {_NAME})?)(?=[ \t]*[(,;:.\n]|[ \t]+(?:at|on|from|in|and|who|with)\b|$)",)

    def keep(self, text: str, start: int, end: int) -> bool:
        span = text[start:end]
        if span.isupper() or (" " not in span and span.lower() in eponyms()):
            return False  # "per ACR", "per Fleischner": a society or a guideline, not a reader
        return _plausible_name(span) and super().keep(text, start, end)


class PhoneContactNameRecognizer(_GatedNameRecognizer):
    """A contact named before a phone number: ``Questions? Dana at 555.555.0100``, ``call Ada Quill on ...``."""

    SCORE = 0.85
    PATTERNS = (r"(?:(?<=[?!.:][ \t])|(?m:^)|\b(?i:call|contact|ask[ \t]+for|reach|page|text|phone)[ \t]+)"
                rf"(?P<phi>{_PROPER}(?: {_PROPER})?)[ \t]+(?:at|on|@)[ \t]+(?={_PHONE})",)
    GATES = (rf"(?:\bat|\bon|@)[ \t]+{_PHONE}",)

    def keep(self, text: str, start: int, end: int) -> bool:
        span = text[start:end]
        return _plausible_name(span) and not is_department(span) and super().keep(text, start, end)


class NicknameNameRecognizer(_GatedNameRecognizer):
    """A full name with a quoted nickname inside it: ``Ada "Addie" Quill``, ``Duc Anh "Danny" Quill``."""

    SCORE = 0.85
    PATTERNS = (rf"(?P<phi>\b{_PROPER}(?: {_PROPER}){{0,2}} [\"“'‘(]{_PROPER}[\"”'’)] {_NAME})(?![A-Za-z])",)
    GATES = (r"[\"“'‘(][A-Z][A-Za-z'’-]*[a-z][\"”'’)] [A-Z]",)

    def bounds(self, text: str, start: int, end: int) -> tuple[int, int]:
        return start, end

    def keep(self, text: str, start: int, end: int) -> bool:
        words = text[start:end].translate(_QUOTES)
        return _plausible_name(words) and super().keep(text, start, end)


_QUOTES = str.maketrans({q: " " for q in "\"“”'‘’()"})


class ChatInitialsRecognizer(_NameRecognizer):
    """A colleague's initials after "per" in a chat, before the patient: ``fyi per JP pt's wife called``.
    The position decides, even when the letters spell an abbreviation ("per PO pt's son")."""

    SCORE = 0.8
    PATTERNS = (r"\bper\b[ \t]+(?P<phi>[A-Z]{2,3})(?=[ \t]+(?i:pt|pts|patient)(?:['’]?s)?\b)",
                r"\b(?i:fyi|btw)\b[ \t]+per[ \t]+(?P<phi>[A-Z]{2,3})(?![A-Za-z0-9])")

    def bounds(self, text: str, start: int, end: int) -> tuple[int, int]:
        return start, end

    def keep(self, text: str, start: int, end: int) -> bool:
        return text[start:end] not in _NOT_INITIALS


class WorklistCapsNameRecognizer(_GatedNameRecognizer):
    """An ALL-CAPS "LAST, FIRST" in a worklist column before the age, with a surname or given name of
    several words: ``STAT  CT-26-000001     RUIZ DE ALDA, JOSE LUIS      6Y/M``."""

    SCORE = 0.85
    _CAPS = r"[A-Z][A-Z'’-]*"
    PATTERNS = (rf"(?:(?m:^)|(?<=[ \t]{{2}})|(?<=\t)|(?<=\|))[ \t]*(?P<phi>{_CAPS}(?: {_CAPS}){{0,3}}, ?{_CAPS}"
                rf"(?: {_CAPS}){{0,2}})(?=[ \t]+\d{{1,3}}[ \t]?(?:Y|YO|y|yo)?[ \t]?/?[MF](?![A-Za-z]))",
                # a label line: the name, the sex and the date of birth ("QUILL  F  8/19/38", "ADA QUILL M 1/2/1950")
                rf"(?m)^[ \t]*(?P<phi>{_CAPS}(?:,? {_CAPS}){{0,3}})[ \t]+[MF][ \t]+"
                r"(?=\d{1,2}/\d{1,2}/\d{2,4}\b)",)
    GATES = (r"[A-Z],[ \t]?[A-Z][^\n]{0,60}?\d[ \t]?(?:Y|YO|y|yo)?[ \t]?/?[MF](?![A-Za-z])",
             r"[ \t][MF][ \t]+\d{1,2}/\d")

    def bounds(self, text: str, start: int, end: int) -> tuple[int, int]:
        return start, end

    def keep(self, text: str, start: int, end: int) -> bool:
        words = text[start:end].replace(",", " ").split()
        if all(w.lower() in abbreviations() for w in words if len(w) > 1):
            return False
        return _plausible_name(" ".join(words)) and super().keep(text, start, end)



class ShortSurnameRecognizer(_GatedNameRecognizer):
    """A surname that is also a word or an abbreviation after a title or before its credential:
    ``Dr. Do``, ``(Dr. Le)``, ``Mrs. Ha``, ``Minh Do, DO``; and the same surname after "per" once the
    title has shown it is one (``d/w Dr. Do (ICU), per Do plan for OR``)."""

    SCORE = 0.95
    _WORDS = "|".join(sorted(w.title() for w in SHORT_SURNAMES))
    PATTERNS = (rf"\b(?:(?i:dr|drs|doctor|prof)\.?|Mr\.?|Mrs\.?|Ms\.?|Miss)[ \t]+(?P<phi>(?:{_WORDS}))"
                r"(?![A-Za-z-])(?!['’][A-Za-rt-z])",
                rf"\b(?P<given>[A-Z][a-z]+)[ \t]+(?:{_WORDS})(?=,?[ \t]+(?:MD|DO|RN|NP|PA|RT|PhD)\b|,?[ \t]+\(\d)")
    GATES = (None, rf"[ \t](?:{_WORDS})(?=,?[ \t]+(?:MD|DO|RN|NP|PA|RT|PhD)\b|,?[ \t]+\(\d)")

    def analyze(self, text, entities, nlp_artifacts=None):  # noqa: ANN001, ANN201
        results = []
        for pattern in self.candidates(text):
            for match in pattern.finditer(text):
                start = match.start("phi") if "phi" in pattern.groupindex else match.start()
                if "given" in pattern.groupindex and not _plausible_name(match.group("given")):
                    continue  # "Left Do": no given name
                results.append(RecognizerResult(self.ENTITY, start, match.end(), self.SCORE))
        for surname in {text[r.start:r.end].split()[-1] for r in results}:
            for match in re.finditer(rf"\bper[ \t]+(?P<phi>{surname})(?![A-Za-z'’-])", text):
                results.append(RecognizerResult(self.ENTITY, match.start("phi"), match.end("phi"), self.SCORE))
        return results


class GivenNameRecognizer(_NameRecognizer):
    """A lone given name in a conversation about a case: ``spoke with Summer at payer``,
    ``who is covering for Ada?``."""

    SCORE = 0.85
    PATTERNS = (r"\b(?i:spoke|spoken|speaking|talked|talking)[ \t]+(?i:with|to)[ \t]+"
                rf"(?P<phi>{_PROPER}|[A-Z][a-z]+-[a-z]+)"
                r"(?=[ \t]+(?:at|from|of|in)[ \t]+[a-z]|[ \t]*[,;]|[ \t]+(?:re|about|who)\b)",
                rf"\b(?i:covering|cover|cross-?covering)[ \t]+for[ \t]+(?P<phi>{_PROPER}(?: {_PROPER})?)"
                r"(?=[ \t]*[?.,;!\n]|$)")

    def keep(self, text: str, start: int, end: int) -> bool:
        span = text[start:end]
        return _plausible_name(span) and not is_department(span) and super().keep(text, start, end)


class WrappedNameRecognizer(_GatedNameRecognizer):
    """``PATIENT NAME: QUILL,\nADA`` (a printout that wrapped after the comma; "PATlENT": a scanned "I")."""

    SCORE = 0.9
    PATTERNS = (r"\b(?i:pat[il1|]ent(?:[ \t]+name)?|name)[ \t]*:[ \t]*"
                r"(?P<phi>[A-Z][A-Za-z'’-]+(?:[ \t][A-Z][A-Za-z'’-]+)?,[ \t]*\n"
                r"[ \t]*[A-Z][A-Za-z'’-]+(?:[ \t][A-Z]\.?)?)"
                r"(?![A-Za-z'’-])",)
    GATES = (r",[ \t]*\n",)

    def bounds(self, text: str, start: int, end: int) -> tuple[int, int]:
        return start, end

    def keep(self, text: str, start: int, end: int) -> bool:
        return _plausible(text[start:end].replace("\n", " ")) and super().keep(text, start, end)
