"""People a note cites by initials or a bare surname, where the words around them say a person is meant:

- a patient's dotted initials after "initials" or in brackets after "patient": ``remove initials T.S. from``,
  ``a 40-year-old patient (Z.C.)``, ``patient (ZC)``;
- the writer's initials closing a note, on the last line after a closing word or a dash line (``Thanks!\\nAB``),
  after a validating label (``Validated by: AB``, ``Attendant: AB``) or before a credential (``-- AB, CRC``);
- a patient named by surname in a hand-off's wet read (``Wet read on Doe for Dr Roe``) or met in clinic with a
  relative (``Met with Doe and his daughter``);
- an author written surname and initials in a manuscript's author line (``Authors: Ann Roe, MD; Doe J``).
"""

from __future__ import annotations

import re

from redaction.recognizers._base import RegexRecognizer
from redaction.recognizers.staff_initials import _initials_ok

_SURNAME = r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"


class CitedInitialsRecognizer(RegexRecognizer):
    """Dotted initials a sentence says are a patient's."""

    ENTITY = "PERSON"
    SCORE = 0.85
    PATTERNS = (r"\binitials:?[ \t]+(?P<phi>(?:[A-Z]\.){2,3})(?![\w])",
                r"\b(?:patient|pt)[ \t]+\((?P<phi>(?:[A-Z]\.){2,3}|[A-Z]{2,3})\)")

    def keep(self, text: str, start: int, end: int) -> bool:
        return _initials_ok(text[start:end], dotted_ok=True)


class ClosingInitialsRecognizer(RegexRecognizer):
    """A writer's initials closing a note or a log."""

    ENTITY = "PERSON"
    SCORE = 0.85
    FLAGS = re.MULTILINE
    PATTERNS = (r"^(?:(?i:ttyl|thanks|thank you|thx|cheers|best|regards|later)[ \t!.,]*|-{1,3}[ \t]*)\n"
                r"(?P<phi>[A-Z]{2,3})[ \t]*\n?\Z",
                r"\b(?:Validated|Verified|Checked|Approved|Stamped|Issued)[ \t]+by:[ \t]*(?P<phi>[A-Z]{2,3})[ \t]*$",
                r"^(?:Attendant|Validator|Cashier):[ \t]*(?P<phi>[A-Z]{2,3})[ \t]*$",
                r"^(?:--|—|–)[ \t]*(?P<phi>[A-Z]{2,3}),[ \t]*[A-Z]{2,5}[ \t]*$")

    def keep(self, text: str, start: int, end: int) -> bool:
        return _initials_ok(text[start:end])


class CitedSurnameRecognizer(RegexRecognizer):
    """A patient named by surname alone where a hand-off or a visit note's phrasing says a person is meant."""

    ENTITY = "PERSON"
    SCORE = 0.85
    PATTERNS = (rf"\b(?:[Ww]et|[Pp]relim(?:inary)?|[Ff]inal)[ \t]+read[ \t]+on[ \t]+(?P<phi>{_SURNAME})"
                r"[ \t]+for[ \t]+Dr\b",
                rf"\b[Mm]et[ \t]+with[ \t]+(?P<phi>{_SURNAME})[ \t]+and[ \t]+(?:his|her|their)[ \t]+"
                r"(?:wife|husband|partner|daughter|son|mother|father|sister|brother|spouse|family|carer|caregiver)\b")


class AuthorInitialsRecognizer(RegexRecognizer):
    """An author written surname then initials in an author line: ``Authors: Ann Roe, MD; Doe J``."""

    ENTITY = "PERSON"
    SCORE = 0.85
    FLAGS = re.MULTILINE
    PATTERNS = (rf"^Authors?:(?:[^;\n]*;)*?[ \t]*(?P<phi>{_SURNAME}[ \t][A-Z]{{1,2}})[ \t]*(?=;|$)",)
