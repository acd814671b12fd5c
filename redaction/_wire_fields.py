"""Fields of LLM provider wire formats and SDK/trace logs that look like identifiers, dates or names but name no one.

A gateway's logs carry the provider's own bookkeeping next to the patient's text:

- a response's creation time as Unix epoch, ``"created": 1773097443``; a token count, ``"output_tokens": 51``,
  ``context length is 128000 tokens``; a task or index number, ``"task_id": 937760``;
- token ids: an ``ids: 59012, 44627, ...`` line, the id column of a token dump (``[0017]  20224 '185'``);
- random API ids: ``"responseId": "vmbiaP5o2Nv8Jy9Rx9uSNA"``, a vendor-prefixed ``org-A9iQpdoTo7r9s1q5iKACJ3v9``,
  ``chatcmpl-...``, ``msg_01...``; hexadecimal trace, span, node and cache-key hashes (``trace=b84bbfe02aba71ce...``,
  ``node e3954aa5-ac04``, ``rg:v3:<MRN>:<ACC>:9b045b735e57``) - lower-case hex after such a key is what
  machines mint (after ``patient_uuid:`` it is the patient's record); a
  hospital's MRN, accession or account number is digits or upper case (a mixed-case user id such as an
  identity provider's ``00uQvCB8meKmMh4Yv0gD`` still belongs to a person and stays);
- a model's dated version, ``claude-sonnet-4-20250514``, ``gpt-4o-2024-08-06``: a release date, glued by a
  hyphen onto a lower-case model name; a batch line's ``"custom_id": "rpt-26-CT-458606"`` keeps only the
  accession (its ``rpt-`` prefix is the request's);
- a provider's API endpoint, ``https://api.openai.com/v1/chat/completions``, ``host='api.openai.com'``;
- a tracing framework's run path, ``[chain:RunnableSequence > llm:ChatOpenAI]``, a class in a repr,
  ``PatientRef(name=...)``, and a dotted attribute's value, ``gen_ai.system=vertex_ai``: code, not people.
"""

from __future__ import annotations

import re

from redaction._spans import Span

_NUMBERS = frozenset({"ACCOUNT_ID", "MRN", "ACCESSION", "PHONE", "DATE_TIME", "HEALTH_PLAN_ID", "DEVICE_SERIAL",
                      "SSN", "ZIP"})
_NAMED = frozenset({"PERSON", "FACILITY", "CITY"})
# the key just before a value: JSON / repr / key=value
_MACHINE_KEY_BEFORE = re.compile(
    r"""["']?(?:created|created_at|responseId|response_id|task_id|run_id|batch_id|index|seed|system_fingerprint"""
    r"""|n_tokens|\w*_tokens|\w*TokenCount|token_ids?)["']?[ \t]*[:=][ \t]*["']?\Z""")
_TOKENS_AFTER = re.compile(r"[ \t]+tokens\b")
_ID_LIST_LINE = re.compile(r"(?m)^[ \t]*(?:ids|token_ids|input_ids)[ \t]*[:=][ \t]*\[?\d+(?:,[ \t]*\d+)+\]?[ \t]*$")
_TOKEN_ID_COLUMN = re.compile(r"(?m)^[ \t]*\[?\d{1,6}\]?[ \t]+\Z")
_QUOTED_PIECE_AFTER = re.compile(r"[ \t]+['\"]")
_TOKEN_CHARS = re.compile(r"[A-Za-z0-9_-]*")
_HEX = re.compile(r"[0-9a-f]+(?:-[0-9a-f]+)*")
_VENDOR_ID = re.compile(r"(?:org|chatcmpl|msg|call|req|resp|batch_req|batch|run|asst|thread|toolu)[-_]"
                        r"(?=[A-Za-z0-9]*[0-9])(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{12,}")
_MODEL_BEFORE = re.compile(r"(?<![\w.-])[a-z][a-z0-9.]*(?:-[a-z0-9.]+)*-\Z")
_MODEL_TOKEN = re.compile(r"[a-z][a-z0-9.]*(?:-[a-z0-9.]+)*-(?:20\d{6}|20\d\d-\d\d-\d\d)")
# a batch request's own id around the patient's number: "custom_id": "rpt-26-CT-458606"
_ID_PREFIX = re.compile(r"[a-z]{2,6}[-_:](?=[A-Z0-9])")
_ID_KEY_BEFORE = re.compile(r"[\"']?(?:custom_id|customId|request_id|requestId)[\"']?[ \t]*[:=][ \t]*[\"']\Z")
# what a trace, span, node or hash id follows: its key, or the colon of a colon-joined key ("rg:v3:<MRN>:<ACC>:")
_HEX_KEY_BEFORE = re.compile(r"(?:\b(?:trace|span|node|parent|request|run|hash|etag|digest)\w*[\"']?[ \t]*[=:]?"
                             r"[ \t]*[\"']?|[A-Za-z0-9]:)\Z")
# a provider's endpoint: lower-case path, no number long enough to be a record's ("/orders/ACC5312896" is one)
_API_HOST = re.compile(r"(?:https?://)?api\.[a-z0-9.-]+\.[a-z]{2,}(?::\d+)?(?:/(?:[a-z/._-]|\d(?!\d{3}))*)?")
_PATH_BEFORE = re.compile(r"[a-z_]+:\Z")
_CAMEL = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z0-9]*)+")
_CALL_AFTER = re.compile(r"\(")
_DOTTED_KEY_BEFORE = re.compile(r"(?<![\w.])[a-z_]+(?:\.[a-z_0-9]+)+[ \t]*[=:][ \t]*[\"']?\Z")


def without_wire_fields(text: str, spans: list[Span]) -> list[Span]:
    if not spans:
        return spans
    id_lines = [m.span() for m in _ID_LIST_LINE.finditer(text)] if "ids" in text else []
    kept = []
    for span in spans:
        if _wire_field(text, span, id_lines):
            continue
        prefix = _ID_PREFIX.match(text, span.start, span.end) if span.entity_type in _NUMBERS else None
        if prefix and _ID_KEY_BEFORE.search(text, max(0, span.start - 20), span.start):
            span = Span(prefix.end(), span.end, span.entity_type, span.score)  # "rpt-26-CT-458606": the accession
        kept.append(span)
    return kept


def _wire_field(text: str, span: Span, id_lines: list[tuple[int, int]]) -> bool:
    start, end, kind = span.start, span.end, span.entity_type
    value = text[start:end]
    if kind in _NUMBERS:
        before = text[max(0, start - 40):start]
        if _MACHINE_KEY_BEFORE.search(before):
            return True
        if value.isdigit() and (_TOKENS_AFTER.match(text, end) or any(a <= start and end <= b for a, b in id_lines)
                                or _TOKEN_ID_COLUMN.search(text, max(0, start - 12), start)
                                and _QUOTED_PIECE_AFTER.match(text, end)):
            return True
        if kind == "DATE_TIME" and value[:1].isdigit() and _MODEL_BEFORE.search(text, max(0, start - 40), start):
            return True  # "claude-sonnet-4-20250514"
        if _machine_minted(text, start, end):
            return True
    if kind == "URL" and _API_HOST.fullmatch(value):
        return True
    if kind in _NAMED:
        if _CAMEL.fullmatch(value) and (_PATH_BEFORE.search(text, max(0, start - 12), start)
                                        or _CALL_AFTER.match(text, end)):
            return True  # "chain:RunnableSequence", "PatientRef(name="
        if value.isidentifier() and value.islower() and _DOTTED_KEY_BEFORE.search(text, max(0, start - 60), start):
            return True  # "gen_ai.system=vertex_ai"
    return False


def _machine_minted(text: str, start: int, end: int) -> bool:
    """The whole token around the span is minted by a machine: a vendor-prefixed random id (``chatcmpl-...``,
    ``org-...``), a model's dated version, or lower-case hex with letters and digits (a trace or hash)."""
    head = start
    while head > 0 and (text[head - 1].isalnum() or text[head - 1] in "_-"):
        head -= 1
    token = text[head:end + _TOKEN_CHARS.match(text, end).end() - end]
    if _VENDOR_ID.fullmatch(token) or _MODEL_TOKEN.fullmatch(token):
        return True
    body = token.replace("-", "")
    if not _HEX_KEY_BEFORE.search(text, max(0, head - 30), head):
        return False  # "patient_uuid: 5d0c2a4e-...": a record's own id
    return len(body) >= 12 and bool(_HEX.fullmatch(token)) and any(c.isalpha() for c in body) \
        and sum(c.isdigit() for c in body) >= 3
