"""Numbers that a machine format shows to be its own, not a patient's: they number codes, objects and versions.

- A DICOM structured report's coded triplet, ``(121071,DCM,"Finding")`` or ``(T-90563,SRT,"Thyroid left lobe")``:
  the code value before its coding scheme names a concept, the same in every report.
- A unified diff's ``index 67832ab..a40c2d8 100644`` line: two blob hashes and a file mode, a revision's.
- A JSON object's own ``"id"`` (a chat message's, a resource's): ``{"id": "2766750127286", "createdDateTime": ...``.
  The object is a message or a document, not a patient; an id on a patient object (or one holding its own
  ``"birthDate"``), or on a FHIR ImagingStudy, Encounter or Account (the visit's number), is left alone.
- A research database's project id after the project's name: ``project "Stroke DWI Substudy" (PID 10130)``.
  (``PID`` alone is a patient id and stays masked.)
- An issue tracker's key opening its ticket's title: ``PACS-46926: Implant card scan not matching``.

A file path found as one identifier (``a/reports/XR.1657605.txt``) is cut to its file's stem, the part that can
be a record or accession number.

``system_number`` looks only at the characters around an identifier-shaped span on its line.
"""

from __future__ import annotations

import re

from redaction._spans import Span

_CODE_SCHEME_AFTER = re.compile(r"[ \t]*,[ \t]*(?:DCM|SRT|SCT|LN|UCUM|RADLEX|NCIt|SNM3|UMLS|99[A-Z0-9_]{1,12})[ \t]*,")
_DIFF_INDEX = re.compile(r"index[ \t]+[0-9a-f]{7,40}\.\.[0-9a-f]{7,40}(?:[ \t]+\d{6})?[ \t]*(?:\n|\r|\Z)")
_JSON_ID_BEFORE = re.compile(r"[{,][ \t\r\n]*\"id\"[ \t]*:[ \t]*\"?\Z")
_MESSAGE_ID_LINE = re.compile(r"(?i:Message-ID|In-Reply-To|References|Content-ID|Resent-Message-ID)[ \t]*:[ \t]*<")
# a patient's object, or a FHIR resource whose id is the visit's (an imaging study's, an encounter's, an account's)
_PATIENT_OBJECT = re.compile(r"(?i)patient|subject|member|person|"
                             r"\"resourceType\"[ \t]*:[ \t]*\"(?:ImagingStudy|Encounter|Account)\"")
_PATIENT_MEMBER = re.compile(r"\"birthDate\"[ \t]*:|\"resourceType\"[ \t]*:[ \t]*\"Patient\"")
# an identity log's user object ({"actor": {"id": "00u...", "type": "User"}}): its id is the person's account
_USER_KEY_BEFORE = re.compile(r"\"(?:actor|user|principal|initiator)\"[ \t]*:[ \t]*\{[ \t\r\n]*"
                              r"\"id\"[ \t]*:[ \t]*\"?\Z")
_USER_MEMBER = re.compile(r"\"type\"[ \t]*:[ \t]*\"(?:User|Person|Employee)\"")
_PROJECT_PID_BEFORE = re.compile(r"(?i:\bproject\b)[^\n]{0,80}\((?:PID|project[ \t]+id)[ \t]*[:#]?[ \t]*\Z")
_TICKET_KEY = re.compile(r"(?P<key>[A-Z][A-Z0-9]{1,9})-\d{1,7}:[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Za-z][a-z]*){2}")
# a record label is no project key: "MRN-123456: Doe, Jane A" names its patient
_ID_LABELS = frozenset("MRN MR FIN ACC ACCT ENC CSN PID EMPI MPI ID PT SSN DOB HAR MED REC".split())
_PATH = re.compile(r"(?:[\w.-]*/)+(?P<stem>[\w-]+(?:\.[\w-]+)*?)\.(?:txt|pdf|dcm|json|xml|hl7|csv|docx?|rtf|html?)")


_NAMED_TYPES = frozenset({"PERSON", "FACILITY", "CITY", "STATE", "COUNTRY"})
_ID_TYPES = frozenset({"ACCOUNT_ID", "MRN", "ACCESSION", "DEVICE_SERIAL", "HEALTH_PLAN_ID"})


def _line_start(text: str, start: int) -> int:
    return max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) + 1


def system_number(text: str, start: int, end: int) -> bool:
    """True when the identifier-shaped ``text[start:end]`` is a format's own number (see the module's list)."""
    if start and text[start - 1] == "(" and _CODE_SCHEME_AFTER.match(text, end):
        return True
    line_start = _line_start(text, start)
    if _DIFF_INDEX.match(text, line_start):
        return True
    if start and text[start - 1] in "\" \t:" and _JSON_ID_BEFORE.search(text, max(0, start - 16), start):
        if _PATIENT_OBJECT.search(text, max(0, start - 160), start) or _USER_KEY_BEFORE.search(
                text, max(0, start - 48), start):
            return False
        own = json_own_members(text, start)  # a FHIR Patient's own members: its "birthDate"; a user's "type"
        return not (own is not None and (_PATIENT_MEMBER.search(own) or _USER_MEMBER.search(own)))
    if _MESSAGE_ID_LINE.match(text, line_start):
        return True
    if _PROJECT_PID_BEFORE.search(text, max(line_start, start - 120), start):
        return True
    key = _TICKET_KEY.match(text, start) if start == line_start else None
    return bool(key and key.group("key") not in _ID_LABELS)


# a DICOM SR content item's value type before its concept name, "<has obs context:PNAME:(121008,DCM,", and the
# coding scheme inside a triplet, "(G-C0E3,SRT,": keywords of the format, never a name or a site
_SR_VALUE_TYPE = re.compile(r"(?:PNAME|TEXT|CODE|NUM|DATETIME|DATE|TIME|UIDREF|CONTAINER|COMPOSITE|IMAGE|SCOORD3?D?|"
                            r"TCOORD|WAVEFORM):\(")
_SR_SCHEME = re.compile(r"[A-Z0-9][A-Z0-9_]{1,15},[ \t]*\"")


def _sr_keyword(text: str, s: Span) -> bool:
    if _SR_VALUE_TYPE.match(text, s.start) and text.startswith(":(", s.end):
        return True
    return text[s.start - 1:s.start] == "," and _SR_SCHEME.match(text, s.start) is not None and \
        text.startswith(",", s.end) and _CODE_BEFORE_SCHEME.search(text, max(0, s.start - 24), s.start) is not None


_CODE_BEFORE_SCHEME = re.compile(r"\([ \t]*[A-Za-z0-9.-]{1,16}[ \t]*,\Z")


# e-mail transport headers: a relay's host name in "Received: from relay8.example.org (...)" and its continuation
# "\tby mx.example.net", and a message's own id in "Message-ID: <706634776c22@mail.example.org>": they name
# machines and messages, not a person's address or site
_RECEIVED_HOST_BEFORE = re.compile(r"(?im:^(?:Received:[ \t]+from|[ \t]+(?:by|from))[ \t]+\Z)")
_MESSAGE_ID_BEFORE = re.compile(r"(?im:^(?:Message-ID|In-Reply-To|References|Content-ID|Resent-Message-ID)[ \t]*:"
                                r"(?:[ \t]*<[^<>\n]*>)*[ \t]*<\Z)")


# a print spooler's queue host after its log's title ("lpstat history dump rad-prn-60.example.org", "# spooler export
# mammo-lp32.example.org", "PRINT AUDIT ..."): the printer's name, no person's or site's address
_SPOOLER_BEFORE = re.compile(r"(?i:\b(?:lpstat|spooler|print[ \t]+(?:audit|queue|server|log)|printer))[^\n/]{0,24}\Z")


def _transport_header(text: str, s: Span) -> bool:
    line_start = _line_start(text, s.start)
    if s.entity_type == "URL" and ("lp" in text or "LP" in text or "rint" in text or "RINT" in text or "pool" in text):
        if "/" not in text[s.start:s.end] and _SPOOLER_BEFORE.search(text, max(line_start, s.start - 40), s.start):
            return True
    if s.entity_type == "EMAIL":
        return text.startswith(">", s.end) and bool(_MESSAGE_ID_BEFORE.search(text, line_start, s.start))
    if "@" in text[s.start:s.end] or not _RECEIVED_HOST_BEFORE.search(text, line_start, s.start):
        return False
    if text.startswith("Received:", line_start):
        return True
    previous = _line_start(text, line_start - 1) if line_start else 0
    return text.startswith("Received:", previous) or text.startswith(("\t", " "), previous)


# round 23k: a drug card's pharmacy routing values, "RxBIN 610014" / "RxPCN MEDDPRIME": the same for every member
# of a plan, never the patient's; and an "account" with at most one digit ("V2 MRI", "Baseline CT" under a
# "Visit" column) is a visit's label, not its number
_RX_ROUTING_BEFORE = re.compile(r"\bRx[ \t]?(?:BIN|PCN)[ \t]*[:#]?[ \t]*\Z", re.IGNORECASE)


def _rx_routing_value(text: str, s: Span) -> bool:
    return bool(_RX_ROUTING_BEFORE.search(text, max(0, s.start - 12), s.start))


def _few_digit_account(text: str, s: Span) -> bool:
    return s.entity_type == "ACCOUNT_ID" and sum(c.isdigit() for c in text[s.start:s.end]) <= 1


# round 38: values that number a program's own things, never a person's:
# - a JSON string under a key naming a model, a trace or a request ("model": "gpt-4o-2024-08-06",
#   "trace": "tr_7bc0207533ee", "request_id": "686865"): a product's version and an API call's handles
# - a lower-case snake_case word without a digit under an id column ("prompt_id" holding "pr_comp"): a name in
#   code, not a number
# - the loopback and unspecified addresses (127.0.0.1, 0.0.0.0, ::1): every machine's own, no one's
_PROGRAM_KEY_BEFORE = re.compile(r"\"(?:model|model_?name|modelId|trace|trace_?id|traceId|span_?id|spanId|"
                                 r"request_?id|requestId|correlation_?id|correlationId)\"[ \t]*:[ \t]*\"[^\"\n]*\Z")
_CODE_SLUG = re.compile(r"[a-z]+(?:_[a-z]+)+")
_NO_HOST_IP = re.compile(r"127(?:\.\d{1,3}){3}|0\.0\.0\.0|::1")


def _program_value(text: str, s: Span) -> bool:
    if s.entity_type == "IP_ADDRESS":
        return _NO_HOST_IP.fullmatch(text, s.start, s.end) is not None
    if s.entity_type not in _ID_TYPES:
        return False
    if _CODE_SLUG.fullmatch(text, s.start, s.end):
        return True
    return '"' in text[max(0, s.start - 96):s.start] and bool(
        _PROGRAM_KEY_BEFORE.search(text, max(0, s.start - 96), s.start))


def without_system_numbers(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` without a format's own numbers and keywords; a file path found as one identifier is cut to
    its stem."""
    out = []
    for s in spans:
        if _rx_routing_value(text, s) or _few_digit_account(text, s) or _program_value(text, s):
            continue
        if s.entity_type in _NAMED_TYPES and _sr_keyword(text, s):
            continue
        if s.entity_type in ("URL", "EMAIL") and _transport_header(text, s):
            continue
        if s.entity_type not in _ID_TYPES:
            out.append(s)
            continue
        if system_number(text, s.start, s.end):
            continue
        if "/" in text[s.start:s.end]:
            path = _PATH.fullmatch(text, s.start, s.end)
            if path and path.start() == s.start and any(c.isdigit() for c in path.group("stem")):
                s = Span(path.start("stem"), path.end("stem"), s.entity_type, s.score)
        out.append(s)
    return out


def json_own_members(text: str, pos: int) -> str | None:
    """The text of the JSON object around ``pos`` with its nested objects and arrays left out, or None."""
    depth, start = 0, None
    for i in range(pos - 1, max(-1, pos - 4000), -1):
        ch = text[i]
        if ch in "}]":
            depth += 1
        elif ch in "{[":
            if depth == 0:
                if ch == "[":
                    return None
                start = i
                break
            depth -= 1
    if start is None:
        return None
    own, depth = [], 0
    for i in range(start + 1, min(len(text), start + 8000)):
        ch = text[i]
        if ch in "{[":
            depth += 1
        elif ch in "}]":
            if depth == 0:
                return "".join(own)
            depth -= 1
        elif depth == 0:
            own.append(ch)
    return None
