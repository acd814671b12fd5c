"""Who and where in machine logs, by the log's own layout:

- a pager or secure-message export names its sender and recipient in fixed places, in whatever case the
  user typed them: ``FROM ann roe TO Lee, Bo MSG ...`` and ``[03/01/2025 10:02] ann roe -> Lee, Bo: ...``;
- the patient a page is about, before a room number (``re CT on Ann Roe rm 12``);
- a badge or door log's ``who=`` field is a person even as a bare surname (``who=Roe role=tech``);
- a device or access log's heading names its site after the controller's IP address
  (``reader 10.1.2.3  Pinecrest``, ``Controller IP: 10.1.2.3 / Lakeshore DI``), in a ``site=`` field
  (``site=Mercy North``), in a ``Unit:`` field closed by a run of spaces (``Unit: Hollow Creek   Disinfector``)
  or before the equipment's unit (``Lakeshore DI | HLD unit US-10167``).
"""

from __future__ import annotations

import re

from redaction._denylist import clinical_words, not_name_words
from redaction._vocabulary import is_clinical_vocabulary
from redaction.recognizers._base import RegexRecognizer

# a name as typed into a log: one to four words, any case ("oksana wolfe", "Ramirez-Ortiz, Noor", "St. John")
_WORD = r"[^\W\d_][\w'’.-]*"
_PARTY = rf"{_WORD}(?:,?[ \t]{_WORD}){{0,3}}"
# a bracketed stamp opening a message line: "[07/03/2025 1:48 PM]", "[15JUN2024 20:17]"
_STAMP = r"^\[[0-9][^\]\n]{2,28}\][ \t]+"
_IP = r"\b\d{1,3}(?:\.\d{1,3}){3}\b"
# a site's name: capitalised words, the first with a lower-case letter ("Lakeshore DI", "St. Brendan's")
_SITE = r"[A-Z][a-z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){0,4}"


def _not_word_list(value: str) -> bool:
    """True when ``value`` holds a word that is no name ("CT -> MRI", "FROM ward TO theatre")."""
    words = [w.strip(",.") for w in value.split()]
    lowered = clinical_words() | not_name_words()
    return any(w.lower() in lowered or is_clinical_vocabulary(w) for w in words if w and w not in ("St", "Ste"))


class MessagePartyRecognizer(RegexRecognizer):
    """The sender and the recipient of a pager / secure-message log line."""

    ENTITY = "PERSON"
    FLAGS = re.MULTILINE
    PATTERNS = (
        rf"^[^\n]{{0,40}}?\bFROM[ \t]+(?P<phi>{_PARTY})(?=[ \t]+TO[ \t])",
        rf"^[^\n]{{0,40}}?\bFROM[ \t][^\n]{{1,50}}?[ \t]TO[ \t]+(?P<phi>{_PARTY})(?=[ \t]+MSG\b)",
        rf"{_STAMP}(?P<phi>{_PARTY})(?=[ \t]+->[ \t])",
        rf"{_STAMP}[^\n>]{{1,50}}?[ \t]->[ \t]+(?P<phi>{_PARTY})(?=:)",
        # the patient a page is about, before the room: "pls call x4410 re CT on Ann Roe rm 12"
        r"\bre[ \t]+[A-Z]{2,4}[ \t]+on[ \t]+(?P<phi>[A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){0,2})(?=[ \t]+rm[ \t]+\d)",
    )

    def keep(self, text: str, start: int, end: int) -> bool:
        return not _not_word_list(text[start:end])


class BadgeWhoRecognizer(RegexRecognizer):
    """``who=Roe role=tech``: a door log's person field, a bare surname included."""

    ENTITY = "PERSON"
    PATTERNS = (r"\bwho=(?P<phi>[A-Z][\w'’.-]*(?:,?[ \t][A-Z][\w'’.-]*){0,3})(?=[ \t]+[a-z_]+=|[ \t]*$)",)
    FLAGS = re.MULTILINE

    def keep(self, text: str, start: int, end: int) -> bool:
        return not _not_word_list(text[start:end])


class LogSiteRecognizer(RegexRecognizer):
    """A device or access log's site, named after the controller's IP address, in ``site=`` or ``Unit:``."""

    ENTITY = "FACILITY"
    FLAGS = re.MULTILINE
    PATTERNS = (
        rf"{_IP}(?:[ \t]*/[ \t]*|[ \t]{{2,}})(?P<phi>{_SITE})[ \t]*$",
        rf"\bsite=(?P<phi>{_SITE})[ \t]*$",
        rf"^Unit:[ \t]+(?P<phi>{_SITE})(?=[ \t]{{3,}}\S)",
        # "Lakeshore DI | HLD unit US-10167": the site heading a line, then the equipment's unit
        rf"^(?P<phi>{_SITE})[ \t]*\|[ \t]*[A-Z]{{2,5}}[ \t]+unit\b",
    )

    def keep(self, text: str, start: int, end: int) -> bool:
        return not all(w.lower() in clinical_words() or is_clinical_vocabulary(w) for w in text[start:end].split())
