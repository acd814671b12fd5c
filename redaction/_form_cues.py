"""Detections that a form's own layout shows to be no PHI.

- A deposition's question or answer mark read as an initial: "Q. Where did the patient live?", "Q. Can you
  read ...": the mark and a common word are no initialled name; "Q. Who at Mercy Hospital received ...": the
  site starts after "at".
- A credential standing alone or closing a name ("Ordering provider Ada B. Roe MD notified", "Ada Roe MD's
  office", "Performed by: ADA ROE RT(R)(CT)"): the credential is no part of the name.
- A device column holding the item, not its serial: "embolic plug", "stent 8x60", "port 8Fr", "detachable coil
  4x10" (everyday words and sizes, no serial's letters-and-digits run), and a form's title word after "LOT"
  ("IMPLANT / LOT TRACKING LOG").
- A visitor badge's number ("badge=40390"): a pass handed at the desk, no patient's account.
- An all-caps title of everyday words taken for a site ("HOME HEALTH SKILLED NURSING VISIT").

Each rule reads the span and a few characters around it, never the whole text.
"""

from __future__ import annotations

import re

from redaction._denylist import abbreviations, clinical_words
from redaction._spans import Span
from redaction._vocabulary import is_common_word
from redaction.recognizers.names import CREDENTIALS

_QA_MARK = re.compile(r"[QA]\.[ \t]+")
_QA_LINE = re.compile(r"(?:^|\n)[ \t]*\Z")
_SITE_AFTER_AT = re.compile(r"[QA]\.[ \t]+(?:[A-Za-z]+[ \t]+){1,3}?at[ \t]+(?=[A-Z])")
_QA_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?P<mark>[QA]\.[ \t]+)\Z")
_CREDENTIAL_TAIL = re.compile(rf"[ \t,]+{CREDENTIALS}(?:['’]s)?\Z")
_CREDENTIAL_ONLY = re.compile(rf"{CREDENTIALS}(?:['’]s)?\Z")
_SIZE = re.compile(r"(?i)\d+(?:\.\d+)?(?:x\d+(?:\.\d+)?)+|\d+(?:\.\d+)?(?:fr|f|mm|cm|ml|ga)")
_BADGE_BEFORE = re.compile(r"(?i:\bbadge)=\Z")  # a visitor log's key=value ("badge=VISITOR", "badge=40390")
_NAME_BEFORE = re.compile(r"[A-Za-z][A-Za-z'’-]*\.? \Z")
_QA_WORDS = frozenset("where what when who whom why how which can could did do does is was were are will would "
                      "have has had and yes no i the that so".split())
_TITLE_KIND = re.compile(r"(?:VISIT|NOTE|REPORT|SUMMARY|ASSESSMENT|EVALUATION|LOG|FORM|CHECKLIST)\b")
_SITE_NOUN = re.compile(r"(?i)\b(?:hospital|clinic|cent(?:er|re)|institute|infirmary|hospice|pavilion|campus)\b")


def _common(word: str) -> bool:
    lowered = word.lower()
    return is_common_word(lowered) or lowered in clinical_words() or lowered in abbreviations()


def _qa_mark(text: str, span: Span) -> Span | None:
    """The span less a deposition's "Q." / "A." and its common words; None when nothing is left."""
    if span.entity_type == "FACILITY":
        mark = _QA_BEFORE.search(text, max(0, span.start - 16), span.start)
        lead = _SITE_AFTER_AT.match(text, span.start if mark is None else mark.start("mark"), span.end)
        if lead is None or (mark is None and not _QA_LINE.search(text, max(0, span.start - 12), span.start)):
            return span
        return Span(max(lead.end(), span.start), span.end, span.entity_type, span.score)
    if not (_QA_MARK.match(text, span.start) and _QA_LINE.search(text, max(0, span.start - 12), span.start)):
        return span
    rest = text[_QA_MARK.match(text, span.start).end():span.end].split()
    return None if len(rest) == 1 and rest[0].lower() in _QA_WORDS else span


def _without_credential(text: str, span: Span) -> Span | None:
    name = text[span.start:span.end]
    if _CREDENTIAL_ONLY.fullmatch(name):
        return None if _NAME_BEFORE.search(text, max(0, span.start - 30), span.start) else span
    tail = _CREDENTIAL_TAIL.search(name)
    if tail is None or tail.start() == 0:
        return span
    return Span(span.start, span.start + tail.start(), span.entity_type, span.score)


def _item_not_serial(text: str, span: Span) -> bool:
    words = text[span.start:span.end].split()
    if not any(w.isalpha() for w in words):
        return False
    return all((w.isalpha() and _common(w)) or (_SIZE.fullmatch(w) and len(words) > 1) for w in words)


def _title_not_site(text: str, span: Span) -> bool:
    name = text[span.start:span.end]
    if not name.isupper() or _SITE_NOUN.search(name):
        return False
    line_end = text.find("\n", span.end)
    rest = text[span.end:line_end if line_end >= 0 else len(text)].strip()
    line_start = text.rfind("\n", 0, span.start) + 1
    return (bool(_TITLE_KIND.match(rest)) and not text[line_start:span.start].strip()
            and all(w.isalpha() and _common(w) for w in name.split()))


def without_form_cues(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` less deposition marks, credentials, device items, badge numbers and titles (see the module)."""
    out = []
    for span in spans:
        kind = span.entity_type
        if kind in ("PERSON", "FACILITY") and ("." in text[span.start:span.start + 2]
                                               or "." in text[max(0, span.start - 3):span.start]):
            span = _qa_mark(text, span)
            if span is None:
                continue
        if kind == "PERSON":
            span = _without_credential(text, span)
            if span is None:
                continue
        elif kind == "MRN" and 0 < sum(c.isdigit() for c in text[span.start:span.end]) < 4:
            continue  # "A-103": a row's item number, no record number
        elif kind == "DEVICE_SERIAL" and _item_not_serial(text, span):
            continue
        elif kind == "ACCOUNT_ID" and _BADGE_BEFORE.search(text, max(0, span.start - 12), span.start):
            continue
        elif kind == "FACILITY" and _title_not_site(text, span):
            continue
        out.append(span)
    return out
