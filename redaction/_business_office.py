"""A hospital business office's departments, roles and agencies, which the name recognizers take for people.

Revenue-cycle letters and notes sign with a department or a role and name the agencies an account goes to:
"Patient Financial Services", "Patient Financial Counselor", "Requested by: Ada Roe, CRCR, Cash Posting",
"Approved: E. Garcia, Supervisor", "Attn: Provider Disputes / Reconsiderations", "From: Patient Estimates
<estimates@...>", "placed with Transworld Systems", "Medical Revenue Recovery Bureau". None of these is a
person or a place: a detection made only of such words (or a name ending in an agency's word, "Recovery Bureau",
"Credit Systems") is dropped. A site's name never runs across a tab: a report's title cell before it is no part of
it ("Charge Lag Report<TAB>Lakeshore Radiology" is the site after the tab).
"""

from __future__ import annotations

import re

from redaction._spans import Span

# words of a business office's department and role names; a span made only of them is no person
_OFFICE_WORDS = frozenset({
    "patient", "patients", "financial", "finance", "counselor", "counsellor", "counseling", "counselling", "services",
    "service", "estimates", "estimate", "cash", "posting", "supervisor", "manager", "director", "disputes",
    "reconsiderations", "appeals", "billing", "collections", "collection", "revenue", "recovery", "bureau",
    "credit", "refunds", "refund", "business", "office", "access", "registration", "integrity", "charge", "coding",
    "provider", "customer", "account", "accounts", "receivable", "cycle", "denials", "denial", "management",
    "medical", "systems", "solutions", "agency", "specialist", "representative", "rep", "lead", "team", "unit",
})
# a single word alone is dropped only when no one is called so ("Cash", "Lead" and "Rep" can be surnames)
_LONE_WORDS = frozenset({"posting", "estimates", "disputes", "supervisor", "counselor", "counsellor", "collections",
                         "refunds", "reconsiderations", "appeals", "denials"})
# an agency's or vendor's name ends with the kind of business it is: "Transworld Systems", "Recovery Bureau"
_AGENCY_END = re.compile(r"[ \t](?:Bureau|Systems|Solutions|Collections|Agency|Recovery)\Z")
_JUDGED = frozenset({"PERSON", "CITY", "FACILITY"})


def _office_words(name: str) -> bool:
    words = [w.lower() for w in re.split(r"[ \t/&,]+", name) if w]
    if not words or not all(w in _OFFICE_WORDS for w in words):
        return False
    return len(words) > 1 or words[0] in _LONE_WORDS


_AGENCY_TAIL = re.compile(r"(?:[ \t]+[A-Z][a-z]+){0,3}?[ \t]+(?:Bureau|Systems|Solutions|Collections|Agency)\b")


def _agency_after(text: str, end: int) -> bool:
    """"Northgate| Revenue Recovery Bureau": the unknown word opens an agency's name, its kind after it."""
    tail = _AGENCY_TAIL.match(text, end)
    return bool(tail) and all(w.lower() in _OFFICE_WORDS for w in tail.group(0).split())


def without_business_office(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` less business-office departments, roles and agencies (see the module)."""
    out = []
    for span in spans:
        if span.entity_type in _JUDGED:
            name = text[span.start:span.end]
            if _office_words(name) or span.entity_type == "PERSON" and (_AGENCY_END.search(name)
                                                                         or _agency_after(text, span.end)):
                continue
            if span.entity_type == "FACILITY" and "\t" in name.strip():
                cut = span.start + name.rstrip().rfind("\t") + 1
                span = Span(cut, span.end, span.entity_type, span.score)
        out.append(span)
    return out
