"""Detections that a claim's or a legal request's wording shows to be a payer, a firm, a court or a code, no PHI.

- A payer named in its field or by its kind: "Payer - Summit Blue Advantage", "Insurer<TAB>Granite Health",
  a release log's requester "ins. Meridian Auto Insurance", a letterhead's "Keystone Mutual Health / Claims
  Department". An insurer, a health plan or an HMO is an organisation, never the patient (its member number stays).
- A law firm: "Tindall Injury Law", "Roe Family Law Group", "Ames & Roe LLP" (the attorney's own name stays).
- A court's case number after a case caption: "Roe v. Cedar Valley Hospital, Case No. 24-CV-03596". A court
  docket numbers a lawsuit, not the patient's stay (a claim or request number on the same letter stays masked).
- A chat export's conversation number: "conv=5762850", "conversation id: 88120": the thread's, not a patient's.
- A procedure code under a table's "CPT" column header ("Provider | Service | CPT | Est. charge").
- A form's all-caps title of everyday words after its kind: "ATTENDING PHYSICIAN'S STATEMENT - PERSONAL INJURY
  PROTECTION"; a field label's word before its number sign: "Estimate #: 83-0455905".
- A release log's requester who is no person by name: "self (portal)", an agency's initials "SSA/DDS".

Each rule reads the span and its line (a CPT code: the table's header line a few lines above).
"""

from __future__ import annotations

import re

from redaction._spans import Span
from redaction._vocabulary import is_common_word

# words that name a payer's kind; a name holding one is a plan or an insurer unless it also names a care site
_PAYER_WORD = re.compile(r"\b(?:Mutual|Insurance|Insurer|Casualty|Assurance|Indemnity|Underwriters|HMO|PPO|EPO|"
                         r"Medicaid|Medicare|Advantage|BlueCross|BlueShield|Blue[ \t]+Cross|Blue[ \t]+Shield)\b")
_CARE_SITE = re.compile(r"(?i)\b(?:hospital|clinic|cent(?:er|re)|institute|infirmary|hospice|pavilion|campus|"
                        r"imaging|radiology|medical|diagnostics?|surgery|surgical|urgent)\b")
# a payer's field label before the value, or opening the span itself ("Insurer<TAB>Keystone ...")
_PAYER_LABEL_BEFORE = re.compile(r"(?i:\b(?:payer|payor|insurer|carrier|insurance(?:[ \t]+(?:co\.?|company|carrier))?"
                                 r"|health[ \t]+plan))[ \t]*(?:name)?[ \t]*(?:[:=]|[-–]|\t)[ \t]*\Z")
# "insurance Daman card no.", "medical aid Bonitas", "Scheme: Bonitas   Option: KeyCare Plus", "Laya policy no.":
# a scheme named by its kind or by its card's number, in the field or the sentence of a member's details
_SCHEME_BEFORE = re.compile(r"(?:\b(?:insurance|insurer|medical[ \t]+aid)[ \t]+|\b(?i:scheme|plan[ \t]+option|option)"
                            r"[ \t]*:[ \t]*)\Z")
_MEMBER_NUMBER_AFTER = re.compile(r"[ \t]+(?:card|policy|membership|member)[ \t]+(?:no\.?|number|#)")
_PAYER_LABEL_OPENING = re.compile(r"(?:Payer|Payor|Insurer|Carrier)(?:[ \t]*:[ \t]*|\t[ \t]*)")
_INS_ABBREVIATION = re.compile(r"(?i:ins)\.[ \t]+")
_LAW_FIRM_END = re.compile(r"[ \t](?P<last>Law|Legal)(?:[ \t]+(?:Group|Firm|Offices?|Partners|Center))?\Z"
                           r"|[ \t]*(?:,[ \t]*)?(?:LLP|PLLC|L\.L\.P\.|&[ \t]+Associates)\Z")
_CASE_NUMBER_BEFORE = re.compile(r"\bv\.?[ \t]+[A-Z][^\n]{0,80}?,?[ \t]*(?i:case|docket|civil[ \t]+action|index)"
                                 r"[ \t]*(?i:no\.?|number|#)[ \t]*:?[ \t]*\Z")
_CONVERSATION_BEFORE = re.compile(r"(?i:\bconv(?:ersation)?(?:[ \t_-]*id)?)[ \t]*[=:#][ \t]*\Z")
_CPT_NUMBER = re.compile(r"\d{5}(?:-?[0-9A-Z]{2})?")
_CPT_HEADER = re.compile(r"(?i:cpt)(?:[ \t]*(?:code|#))?")
_TITLE_LINE_BEFORE = re.compile(r"[^a-z\n]*[-–:][ \t]*\Z")
_LABEL_AFTER = re.compile(r"[ \t]*(?:#|No\.|Number)[ \t]*:")
_AGENCY_INITIALS = re.compile(r"[A-Z]{2,5}(?:/[A-Z]{2,5})+")
_SELF_WORDS = frozenset({"self", "patient"})
_ID_TYPES = frozenset({"ACCOUNT_ID", "MRN", "ACCESSION", "HEALTH_PLAN_ID"})


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end


def _payer(text: str, span: Span) -> bool:
    name = text[span.start:span.end]
    if _PAYER_WORD.search(name) and not _CARE_SITE.search(name):
        return True
    if _PAYER_LABEL_OPENING.match(name) or _INS_ABBREVIATION.match(name):
        return True
    line_start, _ = _line_bounds(text, span.start, span.end)
    if _INS_ABBREVIATION.fullmatch(text, max(line_start, span.start - 5), span.start) and (
            text[max(line_start, span.start - 7):span.start - 5].strip() in ("", "|", ",", ";")):
        return True  # "| ins. Keystone" in a requester column
    if _SCHEME_BEFORE.search(text, max(line_start, span.start - 16), span.start) or (
            " " not in name and _MEMBER_NUMBER_AFTER.match(text, span.end)):
        return True
    return bool(_PAYER_LABEL_BEFORE.search(text, max(line_start, span.start - 30), span.start))


def _law_firm(text: str, span: Span) -> bool:
    end = _LAW_FIRM_END.search(text, span.start, span.end)
    if end is None or end.start() == span.start:
        return False
    if end.group("last") is None:
        return True
    before = text[span.start:end.start()].split()
    return bool(before) and is_common_word(before[-1].lower())  # "Injury Law", not "Ada Law"


def _cells(line: str) -> list[tuple[int, int]]:
    sep = "\t" if "\t" in line else "|" if "|" in line else None
    if sep is None:
        return [(m.start(), m.end()) for m in re.finditer(r"\S+(?: \S+)*", line)]
    out, pos = [], 0
    for cell in line.split(sep):
        out.append((pos, pos + len(cell)))
        pos += len(cell) + 1
    return [(s, e) for s, e in out if line[s:e].strip()] if sep == "|" else out


def _cpt_column(text: str, span: Span) -> bool:
    if not _CPT_NUMBER.fullmatch(text, span.start, span.end):
        return False
    line_start, line_end = _line_bounds(text, span.start, span.end)
    row = text[line_start:line_end]
    index = next((i for i, (s, e) in enumerate(_cells(row)) if s <= span.start - line_start < e), None)
    if index is None:
        return False
    header_end = line_start - 1
    for _ in range(8):  # the header a few rows above
        if header_end <= 0:
            return False
        header_start = text.rfind("\n", 0, header_end) + 1
        header = text[header_start:header_end]
        if _CPT_HEADER.search(header):
            cells = _cells(header)
            return index < len(cells) and bool(_CPT_HEADER.fullmatch(header[slice(*cells[index])].strip()))
        header_end = header_start - 1
    return False


def _court_or_system_number(text: str, span: Span) -> bool:
    line_start, _ = _line_bounds(text, span.start, span.end)
    if _CASE_NUMBER_BEFORE.search(text, max(line_start, span.start - 140), span.start):
        return True
    if _CONVERSATION_BEFORE.search(text, max(line_start, span.start - 24), span.start):
        return True
    return _cpt_column(text, span)


def _everyday(word: str) -> bool:
    from redaction.recognizers.given_names import given_names  # the recognizers import the filters

    lowered = word.lower()
    return word.isalpha() and is_common_word(lowered) and lowered not in given_names()


def _title_or_label(text: str, span: Span) -> bool:
    """An all-caps title of everyday words closing a title line after its kind and a dash, or a label's word."""
    name = text[span.start:span.end]
    if _AGENCY_INITIALS.fullmatch(name) or name in _SELF_WORDS:
        return True
    words = name.split()
    if not all(_everyday(w) for w in words):
        return False
    if len(words) == 1:
        return bool(_LABEL_AFTER.match(text, span.end))
    line_start, line_end = _line_bounds(text, span.start, span.end)
    return (name.isupper() and not text[span.end:line_end].strip() and not _CARE_SITE.search(text, line_start, span.end)
            and bool(_TITLE_LINE_BEFORE.fullmatch(text, line_start, span.start)))


def without_payers_and_courts(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` less payers, law firms, court case numbers, chat thread numbers and CPT codes (see the module)."""
    out = []
    for span in spans:
        kind = span.entity_type
        if kind in ("PERSON", "FACILITY") and _payer(text, span):
            continue
        if kind == "PERSON" and (_law_firm(text, span) or _title_or_label(text, span)):
            continue
        if kind in _ID_TYPES and _court_or_system_number(text, span):
            continue
        out.append(span)
    return out
