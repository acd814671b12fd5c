"""Numbers that engineering text shows to be a system's own: they number commits, tickets, messages and threads.

- A version-control commit's hash: ``commit 6cc8d08e5217aedb94b30f199312c125a3b6af8f``, ``Merge: 5a8e135 10acd6c``,
  or any 40- or 64-character hex digest with both letters and digits; a UUID, ``3f2b8c1e-9d4a-4e7b-...``; a hex
  literal, ``Exception: 0xC0000005``. No record or account number is written in lower-case hex; a UUID after a
  word naming the patient (``Patient/...``, ``"patient_uuid":``) is the patient's record id and stays.
- A change or incident ticket's key: ``CHG4498370``, ``RITM0012345``; a support case's key in an
  e-mail subject's brackets, ``Subject: RE: [SR-361368] scanner rejects ...``. They number a ticket about a system.
- A review or merge request's number: ``PR #1108``, ``Merge request !1079``, ``Change 96513 - Gerrit review``.
- A message bus's or log's own counters: ``partition=6 offset=9074842``, ``msg ctl=7934962`` (a message's control
  id), ``message 41895 received from``, ``task 85122`` in a work queue's title, ``Max Send PDV: 16372`` (a DICOM
  association's packet size).
- A Jetty worker thread's name in a log line's brackets, ``[qtp118-44]``.

An HTTP request's ``Host:`` header and curl's ``Connection #0 to host api.example.org left intact`` name the
server, not a patient's or a site's address: a bare host name there is no URL to mask (the request's own URL,
with its query, is judged on its own).

A record number given as an example of a format, ``we now filter on HAR31900106-style visit numbers``, is cut
before its ``-style``.
"""

from __future__ import annotations

import re

from redaction._spans import Span

_ID_TYPES = frozenset({"ACCOUNT_ID", "MRN", "ACCESSION", "DEVICE_SERIAL", "HEALTH_PLAN_ID"})

_HEX_DIGEST = re.compile(r"(?=[0-9a-f]*[a-f])(?=[0-9a-f]*[0-9])(?:[0-9a-f]{40}|[0-9a-f]{64})")
_SHORT_HASH = re.compile(r"(?=[0-9a-f]*[a-f])(?=[0-9a-f]*[0-9])[0-9a-f]{7,40}")
_COMMIT_BEFORE = re.compile(r"(?i:\b(?:commit|merge:(?:[ \t]+[0-9a-f]{7,40})*|cherry[- ]picked[ \t]+from[ \t]+commit|"
                            r"revert(?:s|ed)?[ \t]+commit|sha1?|rev(?:ision)?))[ \t]*[:=]?[ \t]*\Z")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
# a UUID that names a patient's record ("Patient/3f2b...", "patient_uuid": "...", "subject: urn:uuid:...") stays
_PATIENT_BEFORE = re.compile(r"(?i:patient|subject|person|member|mrn|pid)[^\n]{0,24}\Z")
_HEX_LITERAL = re.compile(r"0x[0-9A-Fa-f]{2,16}")
# ServiceNow-style keys: change, problem, request item, task (an incident key, "INC...", may be kept as a record)
# (a requisition, "REQ", may be an order's and stays masked)
_TICKET = re.compile(r"(?:CHG|PRB|RITM|SCTASK|CTASK)-?\d{4,10}")
_SUBJECT_BRACKET = re.compile(r"(?im:^Subject:[ \t]*(?:(?:RE|FW|FWD|AW)[ \t]*:[ \t]*)*\[\Z)")
_CASE_KEY = re.compile(r"[A-Z]{2,5}-\d{3,9}")
_REVIEW_BEFORE = re.compile(r"(?i:\b(?:PR|pull[ \t]+request|merge[ \t]+request)[ \t]*[#!]\Z)")
_CHANGE_BEFORE = re.compile(r"(?i:\bchange[ \t]+)\Z")
_GERRIT_AFTER = re.compile(r"[ \t]+-[ \t]+(?i:gerrit|code[ \t]+review)")
_COUNTER_BEFORE = re.compile(r"(?i:\b(?:partition=\d{1,5}[ \t]+offset|offset|msg[ \t]+ctl|ctl|"
                             r"(?:max[ \t]+(?:send|recv|receive)[ \t]+)?PDV))[ \t]*[:=][ \t]*\Z")
_MESSAGE_RECEIVED = re.compile(r"(?i:\bmessage[ \t]+)\Z")
_RECEIVED_AFTER = re.compile(r"[ \t]+(?i:received|sent|processed|queued|filtered)\b")
_QUEUE_TASK_BEFORE = re.compile(r"(?i:\bqueue\b[^\n]{0,40}\btask[ \t]+)\Z")
_JETTY_THREAD = re.compile(r"qtp\d{2,12}-\d{1,6}")
_STYLE_AFTER = re.compile(r"-style\b")

_HOST_HEADER_BEFORE = re.compile(r"(?im:^[<>*]?[ \t]*Host:[ \t]*\Z|\bconnection[ \t]+#\d+[ \t]+to[ \t]+host[ \t]+\Z)")


def _line_start(text: str, start: int) -> int:
    return max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) + 1


_WORD_CHARS = frozenset("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_UUID_CHARS = _WORD_CHARS | {"-"}


def _widen(text: str, start: int, end: int, chars: frozenset[str]) -> tuple[int, int]:
    """The run of ``chars`` holding ``text[start:end]`` (at most 80 characters either side)."""
    low, high = max(0, start - 80), min(len(text), end + 80)
    while start > low and text[start - 1] in chars:
        start -= 1
    while end < high and text[end] in chars:
        end += 1
    return start, end


def engineering_number(text: str, start: int, end: int) -> bool:
    """True when the identifier-shaped ``text[start:end]`` numbers a commit, ticket, message or thread."""
    value = text[start:end]
    # a span found inside a longer word ("...b7098dd0fad6acc1786d9b5f4fb89") is judged by the whole word
    word_start, word_end = _widen(text, start, end, _WORD_CHARS)
    word = text[word_start:word_end]
    line_start = _line_start(text, word_start)
    dashed = text[slice(*_widen(text, start, end, _UUID_CHARS))]
    if _HEX_DIGEST.fullmatch(word) or _HEX_LITERAL.fullmatch(word):
        return True
    if _UUID.fullmatch(dashed):
        return not _PATIENT_BEFORE.search(text, max(line_start, start - 40), start)
    if _SHORT_HASH.fullmatch(word) and _COMMIT_BEFORE.search(text[max(line_start, word_start - 60):word_start]):
        return True
    if _TICKET.fullmatch(word) or _TICKET.fullmatch(dashed) or _JETTY_THREAD.fullmatch(dashed):
        return True
    line_start = _line_start(text, start)
    before = text[max(line_start, start - 60):start]
    if _CASE_KEY.fullmatch(value) and text.startswith("]", end) and _SUBJECT_BRACKET.search(text, line_start, start):
        return True
    if not value.isdigit():
        return False
    if _REVIEW_BEFORE.search(before) or _CHANGE_BEFORE.search(before) and _GERRIT_AFTER.match(text, end):
        return True
    if _COUNTER_BEFORE.search(before):
        return True
    if _MESSAGE_RECEIVED.search(before) and _RECEIVED_AFTER.match(text, end):
        return True
    return bool(_QUEUE_TASK_BEFORE.search(before))


def without_engineering_ids(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` without a system's own numbers and an HTTP request's bare host (see the module's list)."""
    out = []
    for s in spans:
        if s.entity_type in _ID_TYPES:
            if engineering_number(text, s.start, s.end):
                continue
            style = _STYLE_AFTER.search(text, s.start, s.end)
            if style and style.end() == s.end and style.start() > s.start:
                s = Span(s.start, style.start(), s.entity_type, s.score)
        elif _HEX_DIGEST.fullmatch(text[slice(*_widen(text, s.start, s.end, _WORD_CHARS))]):
            continue  # a name-like run of letters inside a hash ("...b086bfd9fedfe")
        elif s.entity_type == "URL" and "/" not in text[s.start:s.end] and \
                _HOST_HEADER_BEFORE.search(text, _line_start(text, s.start), s.start):
            continue
        out.append(s)
    return out
