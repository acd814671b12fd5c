"""Words of code and machine protocols that look like names or sites in logs and label sources:

- a Java stack frame's or class path's parts, ``java.util.concurrent.ThreadPoolExecutor.runWorker(...)``,
  ``java.lang.IllegalStateException``: a package, class or method, never a person;
- Python's ``Traceback (most recent call last):``;
- DICOM's own words: a DIMSE command, ``C-MOVE-RQ``, ``C-STORE-RSP``; an association's ``Max Send PDV: 16372``;
  a request's ``(MsgID 1)``; an application entity title after a peer's port, ``peer 10.1.2.3:104 AE ARCHIVE``, or
  or a C-MOVE's ``-> dest ARCHIVE``, or after a tool's ``-aet`` / ``-aec`` / ``-aem`` option (a machine's name);
- a Windows domain before its user, ``User: CORPNET\\jdoe``: the domain names the network (the login is judged
  on its own);
- a change plan's own headings, ``Backout: restore the previous tree``, ``Rollback:``;
- a ZPL label's commands: ``^BCN,60,Y,N,N`` (a barcode command), and the ``^FD`` / ``^FS`` that open and close
  each field's data: a field's value glued to them (``^FDNGUYEN, INES B^FS``) is cut to the value;
- a service account before an address, ``worker@10.2.3.4`` (``root``, ``svc``, ``admin``...): the address is kept,
  the account dropped;
- a CSV row's own id under a ``pair_id`` / ``row_id`` / ``task_id`` header: it numbers the row, not a patient.
"""

from __future__ import annotations

import re

from redaction._spans import Span

_JAVA_PATH = re.compile(r"(?:[a-z][a-z0-9_]*\.){2,}(?:[A-Za-z_$][\w$]*\.)*[A-Z][\w$]*(?:\.[a-z_$][\w$]*)?"
                        r"(?:\([\w$.]*(?::\d+)?\))?[:;,]?")
_TRACEBACK_AFTER = re.compile(r" \(most recent call last\)")
_DIMSE = re.compile(r"[CN]-(?:ECHO|STORE|FIND|MOVE|GET|CANCEL|EVENT-REPORT|SET|ACTION|CREATE|DELETE)-(?:RQ|RSP)")
_PDV_AFTER = re.compile(r"[ \t]+PDV\b")
_MAX_PDV = re.compile(r"Max[ \t]+(?:Send|Recv|Receive)")
_MAX_BEFORE = re.compile(r"Max[ \t]+(?:Send|Recv|Receive)[ \t]+\Z")
_AE_OPTION = re.compile(r"ae[tcm][ \t]+[A-Z][A-Z0-9_-]*")
_MSG_ID = re.compile(r"Msg(?:ID|Id)")
_AE_AFTER_PORT = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}:\d{2,5}[ \t]+\Z")
_AE_PORT_BEFORE = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}:\d{2,5}[ \t]+AE[ \t]+\Z")
_MOVE_DEST_BEFORE = re.compile(r"(?:->|\bmove)[ \t]+dest(?:ination)?[ \t]+\Z")
_AE_OPTION_BEFORE = re.compile(r"(?<![\w-])-(?:aet|aec|aem)[ \t]+\Z")
_DOMAIN_USER_AFTER = re.compile(r"\\[a-z][\w.-]*")
_PLAN_HEADING = re.compile(r"(?i:backout|back-out|rollback|roll-back|fallback)")
_ZPL_COMMAND_BEFORE = re.compile(r"\^\Z")
_ZPL_COMMAND_AFTER = re.compile(r"[,\d]")
_SERVICE_ACCOUNT = re.compile(r"(?i:worker|root|admin|svc|service|daemon|app|deploy|jenkins|nobody|www-data)@"
                              r"(?=\d{1,3}(?:\.\d{1,3}){3}\b)")
_CSV_ROW_ID_HEADER = re.compile(r"(?im:^(?:pair|row|task|job|batch|run|candidate|line)_?id,[a-z_]+(?:,[a-z_+]+){2,}$)")

_NAMED = frozenset({"PERSON", "FACILITY", "CITY"})
_ID_TYPES = frozenset({"ACCOUNT_ID", "MRN", "ACCESSION", "DEVICE_SERIAL", "HEALTH_PLAN_ID"})
_CODE_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_$.():;,")


def _token(text: str, start: int, end: int) -> str:
    low, high = max(0, start - 120), min(len(text), end + 120)
    while start > low and text[start - 1] in _CODE_CHARS:
        start -= 1
    while end < high and text[end] in _CODE_CHARS:
        end += 1
    return text[start:end]


def _code_word(text: str, s: Span) -> bool:
    value = text[s.start:s.end]
    before = text[max(0, s.start - 40):s.start]
    if _DIMSE.fullmatch(value) or _MSG_ID.fullmatch(value):
        return True
    if _MAX_PDV.fullmatch(value) and _PDV_AFTER.match(text, s.end) or value == "PDV" and _MAX_BEFORE.search(before):
        return True
    if _AE_OPTION.fullmatch(value) and text[s.start - 1:s.start] == "-":
        return True
    if value == "Traceback" and _TRACEBACK_AFTER.match(text, s.end):
        return True
    if value.startswith("AE ") and _AE_AFTER_PORT.search(before) or _AE_PORT_BEFORE.search(before) or \
            _AE_OPTION_BEFORE.search(before):
        return True
    if value.isupper() and " " not in value and _MOVE_DEST_BEFORE.search(before):
        return True
    if value.isupper() and _DOMAIN_USER_AFTER.match(text, s.end):
        return True
    if _PLAN_HEADING.fullmatch(value) and text.startswith(":", s.end):
        return True
    if _ZPL_COMMAND_BEFORE.search(before) and value.isupper() and len(value) <= 3 and \
            _ZPL_COMMAND_AFTER.match(text, s.end):
        return True
    if " " not in value and "." in text[max(0, s.start - 1):s.end + 1]:
        return bool(_JAVA_PATH.fullmatch(_token(text, s.start, s.end)))
    return False


def _zpl_trimmed(text: str, s: Span) -> Span | None:
    """``s`` without a glued ``^FD`` before or ``^FS`` after; None when nothing but a field label is left."""
    start, end = s.start, s.end
    if text.startswith("FD", start) and start and text[start - 1] == "^":
        start += 2
    if text.endswith("^FS", start, end):
        end -= 3
    if (start, end) == (s.start, s.end):
        return s
    value = text[start:end]
    if not value.strip() or value.isupper() and text.startswith(":", end) and len(value) <= 4:
        return None  # "^FDMRN: K4031393": the field's label
    return Span(start, end, s.entity_type, s.score)


def without_code_tokens(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` without code and protocol words (see the module's list)."""
    out = []
    zpl = "^FS" in text
    row_ids = _CSV_ROW_ID_HEADER.search(text) if "_id," in text or "_ID," in text else None
    for s in spans:
        if zpl:
            s = _zpl_trimmed(text, s)
            if s is None:
                continue
        if s.entity_type in _NAMED:
            if _code_word(text, s):
                continue
        elif s.entity_type == "EMAIL":
            account = _SERVICE_ACCOUNT.match(text, s.start)
            if account and account.end() < s.end:
                s = Span(account.end(), s.end, "IP_ADDRESS", s.score)
        elif row_ids and s.entity_type in _ID_TYPES and s.start > row_ids.start() and \
                (s.start == 0 or text[s.start - 1] in "\r\n") and text.startswith(",", s.end):
            continue
        out.append(s)
    return out
