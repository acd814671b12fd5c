"""Detections that are a machine format's own keywords, not PHI: vCard / iCalendar property and parameter names
(``ORG:``, ``ADR;TYPE=HOME:``, ``PRODID:``, ``DTSTART;TZID=...``, ``PARTSTAT=``) and a SQL dump's statement words
(``INSERT INTO``), and the column labels of a Markdown table's header row (the line above ``|---|:---:|``).
Capitalised or all-caps, they look like a site's initials or a name to the recognisers; their
place in the line (a property name opens it and is followed by ``:`` or ``;``, a parameter name follows ``;`` and
precedes ``=``) says what they are. Only a span that is exactly such a keyword is dropped.
"""

from __future__ import annotations

import re

from redaction._denylist import department_words
from redaction._spans import Span

_CONTACT_FORMATS = ("BEGIN:VCARD", "BEGIN:VCALENDAR", "BEGIN:VEVENT")
_PROPERTY = re.compile(r"(?:item\d+\.)?[A-Z][A-Z0-9-]*")
# a Markdown table's delimiter row: cells of dashes with optional alignment colons
_MD_DELIMITER = re.compile(r"[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?[ \t]*(?:\n|$)")
_SQL_WORDS = re.compile(r"(?i)(?:INSERT[ \t]+INTO|VALUES|CREATE[ \t]+TABLE|UPDATE|DELETE[ \t]+FROM|SET)")


def _is_keyword(text: str, span: Span, contact: bool) -> bool:
    word = text[span.start:span.end]
    after = text[span.end:span.end + 1]
    before = text[span.start - 1:span.start] if span.start else "\n"
    if contact and _PROPERTY.fullmatch(word):
        return before == "\n" and after in (":", ";") or before == ";" and after == "="
    return before == "\n" and after in (" ", "\t") and bool(_SQL_WORDS.fullmatch(word))


# words that, with department words only, make a generic service name ("Wound Clinic", "Diagnostic Medical Physics",
# "Employee Health Services", "Medical Physicist"): every site has one, it identifies none
_GENERIC_SITE_WORDS = frozenset({"clinic", "health", "physics", "physicist", "employee", "wound", "program", "team"})
_SITE_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*")


def _generic_site(text: str, span: Span) -> bool:
    words = _SITE_WORD.findall(text[span.start:span.end])
    generic = department_words() | _GENERIC_SITE_WORDS
    return len(words) >= 2 and all(word.lower() in generic for word in words)


def _in_markdown_header(text: str, span: Span) -> bool:
    line_end = text.find("\n", span.end)
    return line_end >= 0 and "|" in text[text.rfind("\n", 0, span.start) + 1:span.start] \
        and bool(_MD_DELIMITER.match(text, line_end + 1))


def without_format_keywords(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` less those that are exactly a vCard / iCalendar property or parameter name or a SQL keyword, the
    labels of a Markdown table's header row, and site names made of service words only."""
    spans = [s for s in spans if s.entity_type != "FACILITY" or not _generic_site(text, s)]
    contact = any(marker in text for marker in _CONTACT_FORMATS)
    sql = "INSERT" in text.upper()
    markdown = "|---" in text or "|:--" in text or "| ---" in text or "| :--" in text
    if not (contact or sql or markdown):
        return spans
    drop = [s for s in spans if s.entity_type in ("PERSON", "FACILITY", "CITY")
            and ((contact or sql) and _is_keyword(text, s, contact) or markdown and _in_markdown_header(text, s))]
    return [s for s in spans if s not in drop] if drop else spans
