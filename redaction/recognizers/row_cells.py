"""Cells of worklist and log rows that only their place in the row identifies.

- an age with the sex after a slash, as worklists write it: "94/F", "Age/Sex: 103 / M" (90 and over only)
- the opening time of a pipe-delimited log row whose next cell is a person's name:
  ``1553 | DOE^JANE^A | 1234567 | ...``, ``0907 | Doe, Jane | ...`` (a 24-hour clock time, never a year
  on its own: the name cell after it is required)
- a site named "<place> County General" / "<place> Regional General" (a worklist's site column)
"""

from __future__ import annotations

import re

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
