"""More names that report structure gives away: lists of clinicians, inverted "Last, First" before an
age or identifier, a name right before a record number, dictated and spelled names, initials."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from redaction._denylist import PLACE_AND_DATE_WORDS, abbreviations, clinical_words, not_name_words
from redaction._vocabulary import is_common_word
from redaction.recognizers.names import (
    _FUNCTION_WORDS,
    _INITIAL,
    _INITIALS,
    _NAME,
    _NameRecognizer,
    _plausible_name,
)

# An age as reports abbreviate it ("77Y", "9yoM", "44 yo", "92Y/M") or an identifier-shaped token
# ("M26099466", "4376324", "481-223-925", "29-45-7125").
_AGE_TOKEN = r"\d{1,3}[ \t]?(?:yo|y/o|y\.o\.|Y|y|yr|yrs|YO)[MF]?(?![A-Za-z])"
_ID_TOKEN = r"(?:[A-Z]{1,2}\d{6,}|\d{6,}|\d{2,3}-\d{2,3}-\d{3,4})(?![\w-])"
_CAPS_NAME = r"(?:(?:DE(?: LA)?|VAN(?: DER)?|ST\.|O['’]) ?)?[A-Z][A-Z'’-]+"
_INVERTED = rf"{_NAME}, ?{_NAME}(?: {_NAME})?{_INITIAL}?"  # "Tran, Duc Anh", "Lee, Mary Ann K"
_INVERTED_COMMA = r"[A-Za-z'’-], ?[A-Za-z]"  # what "{_NAME}, ?{_NAME}" holds where the two names meet
_NEAR = r"[ \t]*(?:,[ \t]*)?"
_AFTER_WORD = "|".join(rf"(?<=\b{w}\s)" for w in ("for", "re", "Re", "RE", "pt", "Pt", "PT", "on", "of"))


class ClinicianListRecognizer(_NameRecognizer):
    """Each name of ``Drs. Young, Hill and Baker`` (one span per name)."""

    SCORE = 0.9
    PATTERNS = (rf"\b(?:Drs|DRS|Doctors)\.?[ \t]+(?P<phi>{_NAME}(?:[ \t]*,[ \t]*{_NAME})*(?:,?[ \t]+(?:and|&)[ \t]+{_NAME})?)",)
    _SPLIT = re.compile(r"[ \t]*(?:,|\band\b|&)[ \t]*")

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        results = []
        for pattern in self.candidates(text):
            for match in pattern.finditer(text):
                pos = match.start("phi")
                for part in self._SPLIT.split(match.group("phi")):
                    start = text.index(part, pos) if part else pos
                    end = start + len(part)
                    pos = end
                    if part and _plausible_name(part):
                        results.append(RecognizerResult(self.ENTITY, start, end, self.SCORE))
        return results


class InvertedNameRecognizer(_NameRecognizer):
    """``Last, First [M]`` where structure shows it is a person: before an age, an identifier, a bar or
    a parenthesis (``Thistlewood, Nikolai | 95Y |``, ``Ewing, Arnold 16yoM``, ``Case: Winter, Addison L,
    44-year-old``), or inside parentheses after "patient" (``Patient (Bell, Catalina)``)."""

    SCORE = 0.9
    PATTERNS = (
        rf"(?P<phi>\b{_INVERTED})(?=[ \t]*(?:\||\(\d|\((?:MRN|DOB|age)|,[ \t]*\d|,[ \t]*(?i:ninety|one hundred|age|aged|DOB|MRN)\b"
        # a bed board or hand-off line: "Fox, Rusty, rm 4E-38", "Lee, Ann, bed 12"
        r"|,[ \t]*(?i:rm|room|bed|bay)[ \t]*#?[ \t]*\d"
        rf"|[ \t]+{_AGE_TOKEN}|[ \t]+{_ID_TOKEN}))",
        rf"\b(?i:patient|pt|case|re|subject)['’]?s?[ \t]*(?:\d+[ \t]*)?[(:][ \t]*(?P<phi>{_INVERTED})(?=[ \t]*[),;|]|[ \t]*$)",
        # a table or log cell holding only the name: "| Choi, Ximena L (unit clerk) |", an invoice row
        # "3/19/25  25-XR-24418  Qureshi, Chiamaka L  XR abd/pel w": the cell edges (a bar, a column gap,
        # a line end or a lower-case role in parentheses) are what make "Last, First" a person
        rf"(?m)(?:^|(?<=\|)|(?<=[ \t]{{2}})|(?<=\t))[ \t]*(?P<phi>{_NAME}, ?{_NAME}(?: {_NAME})?{_INITIAL}?)"
        rf"(?=[ \t]*\((?-i:[a-z]|[A-Z]{{1,4}}[ \t]+[a-z])|[ \t]{{2,}}\S|\t|[ \t]*\||[ \t]*$)",
    )
    # "Last, First": a name's last letter, a comma, the next name's first letter (only lines holding one are searched)
    LINE_CUES = (_INVERTED_COMMA, None, _INVERTED_COMMA)

    def keep(self, text: str, start: int, end: int) -> bool:
        return _plausible(text[start:end]) and super().keep(text, start, end)


class NameBeforeIdRecognizer(_NameRecognizer):
    """A name (any case) right before an age token or a record number, where a worklist line or a
    hurried prompt names its patient: ``YOUNG 77Y M26099466``, ``Kwabena Morton 9yoM``,
    ``for St. Clair 516-616-387``, ``Pt PAGET | M11510093``."""

    SCORE = 0.85
    PATTERNS = (
        # proper case, 1-3 words, at a line start or after a prompt word / separator
        rf"(?:^|(?<=\n)|(?<=[|:,]\s)|{_AFTER_WORD})(?P<phi>{_NAME}(?: {_NAME}){{0,2}})"
        rf"{_NEAR}(?={_AGE_TOKEN}|{_ID_TOKEN})",
        # ALL CAPS surname (and given name) opening a line before an age or identifier
        rf"(?m)^(?P<phi>{_CAPS_NAME}(?:,? ?{_CAPS_NAME})?){_NEAR}(?={_AGE_TOKEN}|{_ID_TOKEN})",
        # "Pt PAGET |", "Pt Paget, Eilidh |": the patient label without a colon, then a field separator
        rf"\b(?:Pt|PT|Patient|PATIENT)\.?[ \t]+(?P<phi>{_INVERTED}|{_CAPS_NAME}(?:[ \t]{_CAPS_NAME}){{0,2}}|"
        rf"{_NAME}(?: {_NAME}){{0,2}})(?=[ \t]*(?:\||/[ \t]*[A-Z0-9]|,[ \t]*\d|$))",
    )
    # the first pattern ends before an age or an identifier on the name's line: only lines holding one are searched
    LINE_CUES = (rf"(?:{_AGE_TOKEN}|{_ID_TOKEN})",)

    def bounds(self, text: str, start: int, end: int) -> tuple[int, int]:
        if any(c.islower() for c in text[start:end]):  # "Tomasz MBBS, 20240419": the credential is no name
            while (cut := _TRAILING_CREDENTIAL.search(text, start, end)) and cut.start() > start:
                end = cut.start()
        return start, end

    def keep(self, text: str, start: int, end: int) -> bool:
        span = text[start:end].replace(",", " ")
        if span.isupper() and " " not in span and span.lower() in abbreviations():
            return False  # "DSN 314-650-8071": an abbreviation before a number, not a surname
        return _plausible(span) and not _LABEL.fullmatch(span.split()[-1]) and super().keep(text, start, end)


def _plausible(span: str) -> bool:
    """``_plausible_name``, except that a month or weekday may be a given name ("Smith, June")."""
    if all(_CREDENTIAL_WORD.fullmatch(w.strip(".,")) for w in span.replace(",", " ").split()):
        return False  # "MD, PhD": credentials, not "Last, First"
    words = [w for w in span.replace(",", " ").split() if w.strip(".").lower() not in PLACE_AND_DATE_WORDS]
    return bool(words) and _plausible_name(" ".join(words))


_CREDENTIAL_WORD = re.compile(r"MD|DO|PhD|Ph\.D|MBBS|MBChB|FRCR|FRCPC|FACR|RN|NP|PA|DNP|MPH|MS|MSc|BSc|RT|DPM|DC|"
                              r"PharmD|JD|MBA|FSIR|RDMS|RVT|CNMT|RRA|ARRT|PGY-?\d")


_TRAILING_CREDENTIAL = re.compile(rf",?[ \t]+(?:{_CREDENTIAL_WORD.pattern})\.?\Z")


_LABEL = re.compile(r"(?i)mrn|mr|acc|acct|fin|csn|dob|ssn|id|no|unit|empi|mpi|exam|study|order|age|sex|room|bed|"
                    r"series|image|page|p|v|w|wo|x|hx|dx|rx|tx|sx|fx|loc|ref|case|slice|mm|cm|cc|ml|mg|kg")


class DictatedNameRecognizer(_NameRecognizer):
    """Names in speech-recognition dictation, often in lower case: ``this is doctor jane roe dictating``,
    ``dictating physician roe period``, ``patient name ann lee last name spelled L-E-E``."""

    SCORE = 0.85
    PATTERNS = (
        r"\b(?i:doctor|dr\.?|physician|patient\s+name|patient\s+is|on\s+patient|patient|name\s+is|this\s+is\s+on|"
        r"(?:first|last)\s+name\s+is)"
        r"\s+(?P<phi>[A-Za-z][a-z'’-]+(?:\s+[A-Za-z][a-z'’-]+)?)"
        r"(?=,?\s+(?i:dictating|period|comma|last\s+name|first\s+name|spelled|new\s+paragraph|date\s+of\s+birth|"
        r"dob|medical\s+record|mrn|m\s+r\s+n|end\s+of\s+(?:dictation|report)|end\s+dictation)\b)",
    )

    def bounds(self, text: str, start: int, end: int) -> tuple[int, int]:
        words = text[start:end].split()
        if len(words) == 2 and words[1].lower() in _DICTATED_MARKS:  # "doctor roe period new paragraph"
            return start, start + len(words[0])
        return start, end

    def keep(self, text: str, start: int, end: int) -> bool:
        words = text[start:end].lower().split()
        if any(w in _FUNCTION_WORDS or w in clinical_words() or w in not_name_words() for w in words):
            return False
        # after a bare "patient" ("patient rose haile medical record number ...") the words could be a
        # sentence ("patient tolerated well period"): one of them must be no everyday word
        return not _BARE_PATIENT.search(text, max(0, start - 10), start) or not all(map(is_common_word, words))


# spoken punctuation and section commands: the end of a dictated name, never a part of it
_DICTATED_MARKS = frozenset({"period", "comma", "colon", "semicolon", "dictating"})
_BARE_PATIENT = re.compile(r"(?i)(?<!on )\bpatient\s+\Z")


class SpelledNameRecognizer(_NameRecognizer):
    """A name spelled out letter by letter: ``last name spelled W-H-I-T-F-I-E-L-D``."""

    SCORE = 0.9
    PATTERNS = (r"\b(?i:spelled|spelt|spelling|spells)(?:\s+(?i:as|is|out))?\s*:?\s*"
                # two letters and more: "v o" is "Vo"
                r"(?P<phi>[A-Za-z](?:(?:-| - | )[A-Za-z]){1,}|[A-Za-z](?:\.[A-Za-z]){1,}\.?)(?![A-Za-z])",)

    def bounds(self, text: str, start: int, end: int) -> tuple[int, int]:
        return start, end

    def keep(self, text: str, start: int, end: int) -> bool:
        return True


class InitialedNameRecognizer(_NameRecognizer):
    """Initials and a surname: ``R.C. Stone``, ``T. Summers``, ``E. de la Fuente``: in a report an
    initial before a capitalised word that is not report vocabulary is a person."""

    SCORE = 0.8
    PATTERNS = (rf"(?<![A-Za-z0-9.])(?P<phi>{_INITIALS}{_NAME}(?:-{_NAME})?)(?![A-Za-z'’])",)

    def keep(self, text: str, start: int, end: int) -> bool:
        surname = re.sub(r"^(?:[A-Z]\.\s?)+", "", text[start:end])
        before = text[max(0, start - 12):start]
        if re.search(r"(?i)\b(?:fig|no|vol|p|pp|ch|sec|ref|tab|ex|e\.g|i\.e)\.?\s*$", before):
            return False
        if re.search(r"[A-Z]-$", before):
            return False  # "PA-C. Your results": a hyphenated credential's last letter, not an initial
        return _plausible_name(surname) and super().keep(text, start, end)
