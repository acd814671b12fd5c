"""People's names in engineering output, found by the layout that carries them:

- a file a system wrote under the patient's name: ``/errors/DOE_JANE_00283244.hl7``, ``dumps\\DOE_JANE_2026.dmp``,
  ``exported DOE_JANE_20260417.zip``, ``file DOE_JANE_req.tif``;
- a URL query parameter named for a person, its value percent-encoded: ``?patient=DOE%2C+JANE+Q``,
  ``?family=Doe&given=J%C3%B8rn``;
- a ZPL label field (``^FD...^FS``) holding ``LAST, FIRST M`` or ``Dr LAST / site``;
- the name columns of a CSV export, found by its header (``last_a,first_a``, ``patient_last``);
- an attendance line of minutes: ``Present: DOE, JANE Q, ROE, RICHARD T``.
"""

from __future__ import annotations

import re
from urllib.parse import unquote_plus

from redaction._denylist import abbreviations, clinical_words, is_clinical
from redaction._vocabulary import is_clinical_vocabulary, is_common_word, is_eponym
from redaction.recognizers._base import SpanRecognizer
from redaction.recognizers._name_fields import _OTHER_WORDS, person_field
from redaction.recognizers.given_names import given_names, surnames


class _SpanRecognizer(SpanRecognizer):
    """A PERSON recognizer over spans a subclass's ``_spans`` finds."""

    SCORE = 0.85


def _not_name(word: str) -> bool:
    lower = word.lower().strip("'’")
    return (lower in clinical_words() or lower in abbreviations() or is_clinical_vocabulary(lower)
            or len(lower) < 2)


# "DOE_JANE" (or a double-barrelled "ROE-DOE_JANE") before a record number, a date, a short tag in either case
# ("_req", "_DICOMDIR") and a file extension (".7z" too)
_CAPS_FILE = re.compile(r"(?<![\w.\-])(?P<last>[A-Z][A-Z'’]{1,24}(?:-[A-Z][A-Z'’]{1,24})?)_"
                        r"(?P<first>[A-Z][A-Z'’-]{1,20})"
                        r"(?=(?:_\d{2,14})*(?:_[a-z]{2,8}|_[A-Z]{2,10})?\.(?:[a-z][a-z0-9]{1,4}|7z)\b)")


# the folder a file name sits in: "/inbound/outside_images/" before "DOE_JANE_2026.zip"
_FOLDER = re.compile(r"[^\s\"'`<>()\[\]=]*[/\\]\Z")


class CapitalsFileNameRecognizer(_SpanRecognizer):
    """A file named ``LAST_FIRST`` in capitals, then record numbers or a date and an extension: a crash dump,
    an interface error file, an export. Whatever the surname spells, the given name must be no everyday word,
    unless another file in the same folder is surely so named: that folder names its files for people, and a
    given name that is also a word ("JUNIPER", "IGNATIUS") is one there too, short of a clinical or report word."""

    def _spans(self, text: str) -> list[tuple[int, int]]:
        if "_" not in text:
            return []
        spans, doubtful, folders = [], [], set()
        for match in _CAPS_FILE.finditer(text):
            last, first = match.group("last"), match.group("first")
            if any(_not_name(part) for part in last.split("-")) or _not_name(first):
                continue
            folder = _FOLDER.search(text, max(0, match.start() - 200), match.start())
            folder_key = folder.group(0) if folder else None
            if is_common_word(first) and not (first.lower() in given_names() and not is_common_word(last)):
                doubtful.append((match.span(), folder_key))
                continue
            spans.append(match.span())
            if folder_key:
                folders.add(folder_key)
        spans.extend(span for span, folder_key in doubtful if folder_key in folders)
        return spans


# a query parameter and its value: "?patient=DOE%2C+JANE+Q", "&given=J%C3%B8rn"
_PARAM = re.compile(r"[?&](?P<key>[A-Za-z_]{1,20})=(?P<value>[A-Za-z%][A-Za-z0-9%+.'’-]{0,80})(?=[&#\s\"']|$)")
_WHOLE_KEYS = frozenset("patient patientname patient_name pt ptname pt_name name fullname full_name".split())
# a search box's query: a person only in the "Last, First" form, both words no clinical or report word
_SEARCH_KEYS = frozenset("q query search term search_term searchterm".split())
_PART_KEYS = frozenset("given family firstname lastname first_name last_name given_name family_name fname lname "
                       "surname".split())
_DECODED_COMMA = re.compile(r"[^\W\d_][\w'’-]*(?:[ ][^\W\d_][\w'’-]*)*,[ ]?"
                            r"[^\W\d_][\w'’-]*(?:[ ][^\W\d_][\w'’.-]*){0,2}")
_DECODED_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*")


class UrlNameParameterRecognizer(_SpanRecognizer):
    """The value of a URL parameter named for a patient or a name part, percent-encoded: ``patient=DOE%2C+JANE``
    or a search query ``q=Doe%2C+Jane`` (a ``Last, First`` value only), ``given=J%C3%B8rn`` (only beside a
    ``family`` or last-name parameter)."""

    def _spans(self, text: str) -> list[tuple[int, int]]:
        if "=" not in text or ("?" not in text and "&" not in text):
            return []
        spans = []
        for match in _PARAM.finditer(text):
            key, value = match.group("key").lower(), match.group("value")
            if re.search(r"\d", re.sub(r"%[0-9A-Fa-f]{2}", "", value)):
                continue
            decoded = unquote_plus(value).strip()
            if key in _WHOLE_KEYS:
                if _DECODED_COMMA.fullmatch(decoded):
                    spans.append(match.span("value"))
            elif key in _SEARCH_KEYS:
                if _DECODED_COMMA.fullmatch(decoded) and not any(_not_name(w) for w in re.findall(r"[^\W\d_]+", decoded)
                                                                 if len(w) > 1):
                    spans.append(match.span("value"))
            elif key in _PART_KEYS:
                line = text[text.rfind("\n", 0, match.start()) + 1:text.find("\n", match.end()) % (len(text) + 1)]
                siblings = {k.lower() for k in re.findall(r"[?&]([A-Za-z_]{2,20})=", line)} & _PART_KEYS
                if len(siblings) >= 2 and _DECODED_WORD.fullmatch(decoded) and not _not_name(decoded):
                    spans.append(match.span("value"))
        return spans


_ZPL_FIELD = re.compile(r"\^FD(?P<value>[^\^\n]{2,80})\^FS")
_ZPL_COMMA = re.compile(r"[A-Z][A-Za-z'’-]+(?:[ ][A-Z][A-Za-z'’-]+)?,[ ]?[A-Z][A-Za-z'’-]+(?:[ ][A-Z][A-Za-z'’-]*)?")
_ZPL_DOCTOR = re.compile(r"(?:Dr\.?|DR\.?)[ ]+(?P<name>[A-Z][A-Za-z'’-]+(?:[ ][A-Z][A-Za-z'’-]+)?)(?=[ ]*(?:/|$))")


class ZplNameFieldRecognizer(_SpanRecognizer):
    """A ZPL label's text field (``^FD ... ^FS``) that holds ``LAST, FIRST M`` or ``Dr NAME / site``."""

    def _spans(self, text: str) -> list[tuple[int, int]]:
        if "^FD" not in text:
            return []
        spans = []
        for match in _ZPL_FIELD.finditer(text):
            value, at = match.group("value"), match.start("value")
            if _ZPL_COMMA.fullmatch(value.strip()):
                words = re.findall(r"[A-Za-z'’-]+", value)
                if not any(_not_name(w) for w in words if len(w) > 1):
                    lead = len(value) - len(value.lstrip())
                    spans.append((at + lead, at + len(value.rstrip())))
                continue
            doctor = _ZPL_DOCTOR.match(value)
            if doctor and not _not_name(doctor.group("name")):
                spans.append((at + doctor.start("name"), at + doctor.end("name")))
        return spans


_CELL = re.compile(r'"(?:[^"\n]|"")*"|[^,\n]*')
_NAME_COLUMN_WORDS = frozenset("last first given family surname lname fname middle name lastname firstname "
                               "givenname familyname".split())
_CELL_NAME = re.compile(r"[^\W\d_][^\W\d_'’. -]*(?:['’. -]+[^\W\d_]+)*")


def _cells(line: str) -> list[tuple[str, int]]:
    cells, at = [], 0
    while at <= len(line):
        match = _CELL.match(line, at)
        cells.append((match.group(0), at))
        at = match.end()
        if at >= len(line) or line[at] != ",":
            break
        at += 1
    return cells


class CsvNameColumnRecognizer(_SpanRecognizer):
    """The cells under a CSV header's name columns (``last_a``, ``first_b``, ``patient_last``), row by row
    while the rows keep the header's column count."""

    def _spans(self, text: str) -> list[tuple[int, int]]:
        if "," not in text:
            return []
        spans = []
        lines = text.split("\n")
        offsets, pos = [], 0
        for line in lines:
            offsets.append(pos)
            pos += len(line) + 1
        index = 0
        while index < len(lines):
            header = lines[index]
            columns = header.split(",")
            if len(columns) < 4 or not all(re.fullmatch(r"[A-Za-z][A-Za-z0-9_]{0,30}", c.strip()) for c in columns):
                index += 1
                continue
            wanted = [i for i, c in enumerate(columns) if _name_column(c.strip())]
            index += 1
            if not wanted:
                continue
            while index < len(lines):
                row = _cells(lines[index])
                if len(row) != len(columns):
                    break
                for i in wanted:
                    cell, at = row[i]
                    inner = cell[1:-1] if len(cell) > 1 and cell[0] == cell[-1] == '"' else cell
                    shift = 1 if inner is not cell else 0
                    if inner and _CELL_NAME.fullmatch(inner) and not _not_name(inner):
                        start = offsets[index] + at + shift
                        spans.append((start, start + len(inner)))
                index += 1
        return spans


def _name_column(column: str) -> bool:
    words = [w for w in re.split(r"[^a-z0-9]+|(?<=[a-z])(?=[A-Z])", column.lower()) if w]
    if any(w in _OTHER_WORDS for w in words):
        return False
    return any(w in _NAME_COLUMN_WORDS for w in words) or person_field(column)


_ATTENDANCE = re.compile(r"(?im)^[ \t]*(?:present|attendees|attending|in[ \t]+attendance|absent|apologies|regrets|"
                         r"invitees|participants)[ \t]*:[ \t]*(?P<list>[^\n]+)$")
_LISTED = re.compile(r"(?P<name>[A-Z][A-Za-z'’-]+(?:[ ][A-Z][A-Za-z'’-]+)?,[ ]?[A-Z][A-Za-z'’-]+(?:[ ][A-Z]\b\.?)?)"
                     r"[ \t]*(?:[,;][ \t]*|$)")


class AttendanceNameRecognizer(_SpanRecognizer):
    """``Present: DOE, JANE Q, ROE, RICHARD T``: an attendance line of ``Last, First M`` names, read pair by pair."""

    def _spans(self, text: str) -> list[tuple[int, int]]:
        if ":" not in text:
            return []
        spans = []
        for line in _ATTENDANCE.finditer(text):
            at, end = line.start("list"), line.end("list")
            found = []
            while at < end:
                match = _LISTED.match(text, at, end)
                if match is None:
                    found = []
                    break
                found.append(match.span("name"))
                at = match.end()
            if found and not any(is_clinical(text[s:e], text[e:e + 40]) for s, e in found):
                spans.extend(found)
        return spans


_PARTICLE = r"(?:(?:de|del|della|van|von|der|den|la|le|da|di|du|st\.?)[ \t]+|[dDoO]['’])"
_CASE_NAME = re.compile(rf"\bthe[ \t]+(?P<name>{_PARTICLE}{{0,2}}(?:[^\W\d_][^\W\d_'’-]*))[ \t]+"
                        r"(?:case|miss|incident|mix-?up)\b")
_MONTHS_DAYS = frozenset("january february march april may june july august september october november december "
                         "monday tuesday wednesday thursday friday saturday sunday".split())


class CaseByNameRecognizer(_SpanRecognizer):
    """A surname used to name an incident in prose: ``the de la cruz case``, ``after the Le miss``. The word must
    be no everyday, clinical or calendar word ("the index case", "the Monday miss" are not people)."""

    def _spans(self, text: str) -> list[tuple[int, int]]:
        if "the" not in text:
            return []
        spans = []
        for match in _CASE_NAME.finditer(text):
            name = match.group("name")
            last = re.split(r"[ \t'’]+", name)[-1]
            if (not last or last.isupper() or last.lower() in _MONTHS_DAYS or last.lower() in clinical_words()
                    or is_eponym(last)):
                continue
            # an everyday word only when capitalised mid-sentence and a census surname ("the Le miss")
            if (_not_name(last) or is_common_word(last)) and not (last.istitle() and last.lower() in surnames()):
                continue
            if is_clinical(name, text[match.end("name"):match.end("name") + 40]):
                continue
            spans.append(match.span("name"))
        return spans


_NICKNAME = re.compile(r"\b(?P<given>[A-Z][a-z]+)[ \t]+\([ \t]*[\"“](?P<nick>[A-Z][a-z'’-]+)[\"”][ \t]*\)")


class QuotedNicknameRecognizer(_SpanRecognizer):
    """A nickname in quotes and brackets after a given name: ``Dagny ("Chip")``."""

    def _spans(self, text: str) -> list[tuple[int, int]]:
        if "(" not in text:
            return []
        return [match.span("nick") for match in _NICKNAME.finditer(text)
                if match.group("given").lower() in given_names() and not _not_name(match.group("nick"))]
