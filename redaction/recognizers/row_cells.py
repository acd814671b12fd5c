"""Cells of worklist and log rows that only their place in the row identifies.

- an age with the sex after a slash, as worklists write it: "94/F", "Age/Sex: 103 / M" (90 and over only)
- the opening time of a pipe-delimited log row whose next cell is a person's name:
  ``1553 | DOE^JANE^A | 1234567 | ...``, ``0907 | Doe, Jane | ...`` (a 24-hour clock time, never a year
  on its own: the name cell after it is required)
- a site named "<place> County General" / "<place> Regional General" (a worklist's site column)
- people by their cell (the position decides, even when the name spells a word: "Hope", "May", "Le"):
  the last cell of a board row opened by an exam ("CT A/P w/ | 4.1 cm stone | St. John"); a "SURNAME, I" cell
  of a tab, semicolon or bar delimited log ("1608; PACU; HART, R; 04454731"); the cell right after a row's
  record number ("QUISPE, IRIS<tab>007921215<tab>Ivy<tab>w/c"); a "Surname, Given" between a booking line's
  clock time and its exam or account ("4/15 8:09 AM - Grant, Hope - CT chest", "- 9:12 PM Doe, Jane, acct 123");
  a badge report's wearer ("- Doe, Jane (RT) badge 7E891216"); a board photo's illegible corner's fragment
  ("[corner illegible] ... St. John ...")
"""

from __future__ import annotations

import re

from redaction._denylist import clinical_words
from redaction.recognizers._base import RegexRecognizer

_AGE = r"(?:9\d|1[0-2]\d)"
_HHMM = r"(?:[01]\d|2[0-3])[0-5]\d"
_CAP = r"[A-Z][A-Za-z'’-]+"


class AgeSexRecognizer(RegexRecognizer):
    """AGE_OVER_89: "94/F", "101 / M" (the sex letter closes the token)."""

    ENTITY = "AGE_OVER_89"
    SCORE = 0.85
    PATTERNS = (rf"(?<![\w/.:,-])(?P<phi>{_AGE})[ \t]?/[ \t]?[MFmf](?![\w/])",)


class LogRowTimeRecognizer(RegexRecognizer):
    """DATE_TIME: a four-digit time opening a pipe-delimited row whose second cell is a name."""

    ENTITY = "DATE_TIME"
    SCORE = 0.85
    PATTERNS = (rf"^(?P<phi>{_HHMM})[ \t]*[ ]\|[ \t]*(?=[A-Z][A-Za-z'’ -]{{0,40}}?(?:,[ \t]*|\^)[A-Z][A-Za-z'’-])",)
    FLAGS = re.MULTILINE


class GeneralHospitalRecognizer(RegexRecognizer):
    """FACILITY: "Pine Hollow County General": a hospital named by its place and "General" alone."""

    ENTITY = "FACILITY"
    SCORE = 0.85
    PATTERNS = (rf"\b(?:{_CAP}[ \t]){{1,3}}(?:County|Regional|Memorial|District|Community)[ \t]General\b",)


_PARTICLE = r"(?:de[ \t]la|de|del|della|da|di|dos|du|van[ \t]der|van[ \t]den|van|von|le|la|ter|St\.|Ste?)"
# one name word: "Hope", "O'Connor", "D'Amico", "Nakamura-Reyes", "MacLeod", "Le"
_WORD = r"[A-Z](?:['’][A-Z])?[a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?"
# a board cell's name: "Hope", "St. John", "A. del Rio", "de la Cruz", "Iris Paget"
_CELL_NAME = rf"(?:[A-Z]\.[ \t]?)?(?:{_PARTICLE}[ \t])?{_WORD}(?:[ \t]{_WORD})?"
_MODALITY = r"(?:CTA?|MRI|MRA|MR|US|XR|NM|PET(?:/CT)?|DX|CR|FL|IR|DEXA|Mammo|MAMMO)"
_CAPS_SURNAME = (r"(?:(?:DE[ \t]LA|DE|DEL|DA|DI|VAN[ \t]DER|VAN|VON|LE|ST\.?)[ \t])?"
                 r"[A-Z](?:['’][A-Z])?[A-Z]+(?:-[A-Z]+)?")
_CELL_ID = r"(?:[A-Z]{1,3}-?)?\d[\d-]{5,11}"
_CLOCK = r"\d{1,2}:?\d{2}(?:[ \t]?(?:[ap]m|[AP]M))?"
_FORWARD = r"[A-Z][a-z'’]+[ \t][A-Z][A-Za-z'’-]+"
_INVERTED = r"(?:St\.[ \t])?[A-Z][A-Za-z'’-]+(?:[ \t][A-Z][A-Za-z'’-]+)?,[ \t][A-Z][A-Za-z'’-]+"
# cells that hold a state or a finding, never a reader or an escort
_NOT_PERSON = frozenset("pending done read unread prelim preliminary final finalized stat none tbd na n/a signed ok "
                        "called dictated complete completed ready hold held cancelled canceled waiting negative "
                        "positive normal abnormal neg pos wnl yes no attending resident fellow rad radiologist "
                        "tech nurse bed stretcher chair wheelchair ambulatory portable self alone family escort "
                        "transport unknown other screening baseline enrollment enrolled consent consented withdrawn "
                        "visit followup active inactive paid unpaid approved denied".split())


class RowCellPersonRecognizer(RegexRecognizer):
    """PERSON: a name that a delimited row's layout places in a person's cell."""

    ENTITY = "PERSON"
    SCORE = 0.85
    PATTERNS = (
        # a board row: exam | finding | who reads it
        rf"(?m)^[ \t]*{_MODALITY}\b[^|\n]{{0,60}}\|[^|\n]{{1,160}}\|[ \t]*(?:Dr\.?[ \t]+)?(?P<phi>{_CELL_NAME})"
        r"[ \t]*$",
        # "SURNAME, I" filling a cell of a tab, semicolon or bar delimited row
        rf"(?m)(?:^|(?<=[\t;|]))[ \t]*(?P<phi>{_CAPS_SURNAME},[ \t]?[A-Z])\.?[ \t]*(?=[\t;|])",
        # the cell after a row's record number: the escort, the reader, the staff member
        rf"(?m)(?<=[\t;|])[ \t]*{_CELL_ID}[ \t]*[\t;|][ \t]*(?P<phi>(?:[A-Z]\.[ \t]?)?{_WORD})[ \t]*(?=[\t;|])",
        # a booking line: clock time - Surname, Given - exam (or "(MRN ...)")
        # and a log line: "- 9:12 PM Doe, Jane, acct 12345678, 88 kg: ..."
        rf"(?m)^[^\n]{{0,24}}?{_CLOCK}[ \t]+(?:[-–][ \t]+)?(?P<phi>{_INVERTED})"
        r"(?=[ \t]+[-–][ \t]|[ \t]*\((?i:mrn)|,[ \t]*(?i:acct|account|mrn|fin|dob)\b)",
        # a board photo's fragment: "[lower corner illegible] ... St. John ..."
        rf"(?i:illegible)\]?[ \t]*(?:\.{{3}}|…)[ \t]*(?P<phi>{_CELL_NAME})[ \t]*(?:\.{{3}}|…)",
        # a badge report's wearer: "- Doe, Jane (RT) badge 7E891216 at collar"
        rf"(?m)^[ \t]*[-•*][ \t]+(?P<phi>{_INVERTED}|{_FORWARD})[ \t]+\([A-Za-z().]{{1,20}}\)[ \t]+(?i:badge)\b",
    )

    def keep(self, text: str, start: int, end: int) -> bool:
        words = [w.strip(".,").lower() for w in text[start:end].split()]
        if any(w in _NOT_PERSON for w in words):
            return False
        last = words[-1]
        return len(words) > 1 or last not in clinical_words()
