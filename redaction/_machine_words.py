"""Words of machine-written identity and access logs that look like names, ids or addresses but name no one:

- Windows event XML: a tag's or attribute's own name (``<Keywords>``, ``Guid="..."``) and a ``Name="..."``
  attribute's value when it is an identifier, ``<Data Name="TargetDomainName">``, ``<Provider
  Name="Microsoft-Windows-Security-Auditing">``: the schema's field names, never the data;
- an XML namespace or schema location, ``xmlns="http://schemas.microsoft.com/win/2004/08/events/event"``: a
  vendor's schema address, not a person's or a site's;
- a user-agent string, ``Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) Safari/605.1.15``, and any
  ``Product/1.2.3`` token (``Chrome/124.0.0.0``, ``HTTP/1.1``, ``Okta Verify/9.21.0``): software and its version;
  a JSON ``"rawUserAgent"`` value and an application's display name (``"type":"AppInstance","displayName":...``,
  ``"appDisplayName":...``) name software too;
- an application with a dotted version, ``DBeaver 23.3.0``; an HL7 header's applications and facility codes,
  ``MSH|^~\\&|EPIC|KPIC|AIRAD|AIRAD|``: interface endpoints; an event's ``<Computer>`` host;
- a ssh key's type and fingerprint, ``ED25519 SHA256:...``; a JSON ``"errorCode"`` / ``"statusCode"`` value;
- addresses that are no host: ``0.0.0.0``, a network's or broadcast bound ``10.0.0.0`` / ``10.255.255.255``;
- a Cisco message id, ``%ASA-6-113004``; a well-known Windows SID, ``S-1-5-18``, ``S-1-0-0`` (a domain user's
  ``S-1-5-21-...`` stays: it belongs to one account);
- SQL keywords and audit classes, ``SELECT``, ``DESC LIMIT``, ``WRITE,CREATE``; an upper-case key before ``=``,
  ``PWD=/home/x`` (sudo's fields);
- a worklist row's ``(SURNAME, CT CHEST W CONTRAST)``: the part after the comma is the exam, not a given name.
"""

from __future__ import annotations

import re

from redaction._spans import Span
from redaction.recognizers._first import guarded

_NAMED = frozenset({"PERSON", "FACILITY", "CITY"})
_IDENTIFIER = re.compile(r"[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+|[A-Z][A-Za-z0-9]*(?:-[A-Z][A-Za-z0-9]*){2,}")
_NAME_ATTR_BEFORE = re.compile(r"<[\w:.-]+[^<>\n]*?\bName=\"\Z")
_EVENT_DATA_BEFORE = re.compile(r"<Data[ \t]+Name=\"\Z")
_DOMAIN_DATA_BEFORE = re.compile(r"<Data[ \t]+Name=\"(?:Target|Subject|Caller)?DomainName\">\Z")
_FINGERPRINT_BEFORE = re.compile(r"(?:SHA256|SHA1|MD5):\Z")
_MSH_FIELDS_BEFORE = re.compile(r"(?m:^MSH\|[^|\n]*\|(?P<fields>(?:[^|\n]*\|){0,3}))\Z")
_COMPUTER_BEFORE = re.compile(r"<Computer>\Z")
_KEY_TYPES = frozenset({"ED25519", "RSA", "ECDSA", "DSA"})
_CODE_KEY_BEFORE = re.compile(r"\"(?:error|status|result|reason)Code\"[ \t]*:[ \t]*\"?\Z")
_TAG_BEFORE = re.compile(r"</?\Z")
_TAG_AFTER = re.compile(r"[\s/>]")
_ATTR_AFTER = re.compile(r"=\"")
_TAG_ATTRS_AFTER = re.compile(r"[ \t]+[\w:]+=\"|[ \t]*/>")
_NAMESPACE_BEFORE = re.compile(r"(?:\bxmlns(?::[\w.-]+)?|\b(?:xsi:)?(?:noNamespace)?schemaLocation|targetNamespace)"
                               r"=[\"'](?:https?://)?\Z")
_SCHEMA_HOST = re.compile(r"(?:https?://)?(?:schemas\.[\w.-]+|www\.w3\.org)(?:/|\Z)")
_PRODUCT = re.compile(r"(?<![\w/.-])[A-Z][A-Za-z]*(?:[ \t][A-Z][A-Za-z]*)?/\d+(?:[._]\d+)+(?:[ \t]\([^()\n]*\))?")
_PRODUCT = guarded(_PRODUCT)  # searched over whole texts: re skips to where a match can start
_USER_AGENT = re.compile(r"Mozilla/\d\.\d(?:[ \t]\([^()\n]*\))?(?:[ \t][A-Za-z]+/[\w.]+(?:[ \t]\([^()\n]*\))?)*")
_APP_VALUE = re.compile(r"\"(?:rawUserAgent|userAgent|appDisplayName)\"[ \t]*:[ \t]*\"([^\"\n]*)\"|"
                        r"HTTP/\d(?:\.\d)?\" \d{3} (?:\d+|-) \"[^\"\n]*\" \"([^\"\n]*)\"|"
                        r"\"type\"[ \t]*:[ \t]*\"AppInstance\"[ \t]*,[ \t]*\"displayName\"[ \t]*:[ \t]*\"([^\"\n]*)\"")
_JSON_TYPE_BEFORE = re.compile(r"\"type\"[ \t]*:[ \t]*\"\Z")
_VERSIONED_APP = re.compile(r"[A-Z][A-Za-z]+(?:[ \t][A-Z][A-Za-z]+)?[ \t]\d+\.\d+\.\d+")
_NO_HOST = re.compile(r"0\.0\.0\.0|\d{1,3}\.(?:\d{1,3}\.)?(?:0\.0|255\.255)|255\.255\.255\.255")
_CISCO_ID = re.compile(r"[A-Z][A-Z0-9_]*-[0-7]-[A-Z0-9_]+")
_WELL_KNOWN_SID = re.compile(r"S-1-(?:[0-4]-\d+|5-(?:\d|1\d|20)|5-32-\d+|5-80-0|16-\d+)")
_SQL_WORDS = frozenset("SELECT INSERT UPDATE DELETE FROM WHERE AND OR NOT IN IS NULL ORDER GROUP BY HAVING DESC ASC "
                       "LIMIT OFFSET LIKE ILIKE COPY TO STDOUT STDIN WITH CSV HEADER JOIN LEFT RIGHT INNER OUTER ON "
                       "AS VALUES INTO SET DISTINCT COUNT READ WRITE CREATE TRUNCATE APPEND EXCL SESSION DDL MISC "
                       "ROLE FUNCTION UNION ALL RETURNING GRANT REVOKE".split())
_UPPER_KEY_AFTER = re.compile(r"=(?!=)")
_MODALITY_AFTER_COMMA = re.compile(r",[ \t]+(?:CT|CTA|MR|MRI|MRA|XR|CR|DX|US|NM|PET|MG|RF|FL|IR)(?![A-Za-z])")


def _xml_word(text: str, s: Span, value: str) -> bool:
    before = text[max(0, s.start - 80):s.start]
    if " " in value:
        return False
    if _TAG_BEFORE.search(before[-2:]) and _TAG_AFTER.match(text, s.end):
        # </EventData>, <Keywords>...</Keywords>, <Provider Name=...: a tag; a chat's "<chill> sure" is a handle
        return before.endswith("</") or f"</{value}>" in text or bool(_TAG_ATTRS_AFTER.match(text, s.end))
    if _ATTR_AFTER.match(text, s.end) and (s.start == 0 or text[s.start - 1] in " \t"):
        return "<" in before  # Guid="{...}": an attribute's name inside a tag
    if text.startswith("\"", s.end) and _EVENT_DATA_BEFORE.search(before):
        return True  # <Data Name="Status">: Windows event data's field name
    if _IDENTIFIER.fullmatch(value) and text.startswith("\"", s.end):
        return bool(_NAME_ATTR_BEFORE.search(before) or _JSON_TYPE_BEFORE.search(before))
    return False


def _regions(text: str) -> list[tuple[int, int]]:
    """Stretches of the text that are software: user agents, product/version tokens, application names."""
    found = []
    if "/" in text:
        found += [m.span() for m in _USER_AGENT.finditer(text)]
        found += [m.span() for m in _PRODUCT.finditer(text)]
    if "\":" in text or "\" :" in text or "HTTP/" in text:
        for m in _APP_VALUE.finditer(text):
            group = next(g for g in (1, 2, 3) if m.group(g) is not None)
            found.append(m.span(group))
    return found


def _inside(s: Span, regions: list[tuple[int, int]]) -> bool:
    return any(a <= s.start and s.end <= b for a, b in regions)


def _msh_endpoint(text: str, s: Span, value: str) -> bool:
    """MSH-3 / MSH-5 (an application's code), or MSH-4 / MSH-6 repeating its application's code (``AIRAD|AIRAD``).

    A facility field holding its own code or name (``|RIS|ORRIN BAY MC|``) stays: it can name the patient's site.
    """
    header = _MSH_FIELDS_BEFORE.search(text[max(0, s.start - 80):s.start])
    if header is None:
        return False
    fields = header.group("fields").split("|")[:-1]
    return len(fields) % 2 == 0 or fields[-1] == value


def _sql_words(value: str) -> bool:
    words = re.findall(r"[A-Za-z]+", value)
    # "ON", "BY", "TO", "AS" alone are also names written in capitals: a keyword of four letters must be there
    return bool(words) and all(w in _SQL_WORDS for w in words) and any(len(w) >= 4 for w in words)


def _machine_word(text: str, s: Span, regions: list[tuple[int, int]]) -> bool:
    value = text[s.start:s.end]
    if regions and _inside(s, regions):
        return True
    if s.entity_type == "URL":
        before = text[max(0, s.start - 40):s.start]
        if _COMPUTER_BEFORE.search(before) and text.startswith("</Computer>", s.end):
            return True  # the event's own machine, as the writer of such logs reads it
        return bool(_NAMESPACE_BEFORE.search(before) or _SCHEMA_HOST.match(value))
    if s.entity_type == "IP_ADDRESS":
        return bool(_NO_HOST.fullmatch(value))
    if _CISCO_ID.fullmatch(value) and text[s.start - 1:s.start] == "%":
        return True
    before = text[max(0, s.start - 60):s.start]
    if value in _KEY_TYPES or _FINGERPRINT_BEFORE.search(before) or _CODE_KEY_BEFORE.search(before):
        return True  # "ssh2: ED25519 SHA256:..." names a key, "errorCode":50074 a result
    if _DOMAIN_DATA_BEFORE.search(before) and text.startswith("</Data>", s.end):
        return True  # a logon's domain names the network, as before a "DOMAIN\\user"
    if s.entity_type == "ACCOUNT_ID" and _WELL_KNOWN_SID.fullmatch(value):
        return True
    if s.entity_type not in _NAMED:
        return False
    if " " not in value and "|" not in value and text.startswith("|", s.end) and _msh_endpoint(text, s, value):
        return True
    if _sql_words(value):
        return True
    if value.isupper() and " " not in value and _UPPER_KEY_AFTER.match(text, s.end):
        return True  # PWD=/home/x, TTY=pts/0
    if _VERSIONED_APP.fullmatch(value):
        return True
    return ("<" in text or "\"type\"" in text) and _xml_word(text, s, value)


def without_machine_words(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` without the machine words in the module's list; a worklist exam after a surname is cut off."""
    regions = _regions(text)
    out = []
    for s in spans:
        if _machine_word(text, s, regions):
            continue
        if s.entity_type == "PERSON":
            quote = text.find("\",\"", s.start, s.end)
            if quote > s.start:  # "Roe, Ann","userPrincipalName": a JSON value's name stops at its quote
                s = Span(s.start, quote, s.entity_type, s.score)
            exam = _MODALITY_AFTER_COMMA.search(text, s.start, s.end)
            if exam and exam.start() > s.start:
                s = Span(s.start, exam.start(), s.entity_type, s.score)
        out.append(s)
    return out
