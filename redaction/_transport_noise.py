"""Detections that the transport a text went through (e-mail source, MIME, HTML mail, form posts, chat exports,
CSV and markdown exports) shows to be no PHI:

- a MIME boundary, declared as ``boundary="----=_Part_7293_364341127"`` and repeated as ``------=_Part_...``
  lines: a random separator the mail client made up, no account;
- an HTML or XML attribute's value that is markup, not data: a CSS class (``class="MsoNormal"``), a style
  (``style="border-top:solid #E1E1E1 1.0pt"``: a colour, not a ZIP code) or an XML namespace
  (``xmlns:z="#RowsetSchema"``);
- a hex colour anywhere in CSS (``color:#C0504D``, ``border: 1px solid #E1E1E1``);
- a web form's field name (``&MessageSid=SM...``, ``NumMedia=0``): a CamelCase key before its ``=``; an SMS
  gateway's resource id after it (``MessageSid=SMdfe...``, ``AccountSid=AC...``), whatever its digits read as;
- a service account or program in CamelCase with a software suffix (``AuditSvc``, ``HL7Listener``);
- a Teams / Skype conversation id (``19:3f0e...@thread.v2``): a chat thread's address, not a person's mailbox;
- the weekday of an RFC 2822 date (``Date: Tue, 16 Sep 2025 12:47:56 -0400``, ``Received: ...; Sun, 19 Jul
  2026``): the mail system's stamp, whose date is masked; an Outlook "Sent: Wednesday, January 7, 2026" line
  is left alone (labelled both ways);
- a year that a mail's line wrapping put at a line's start (``we had one in\n2018 at ...``): after "in",
  "since", "during" ... it is the year, not a log line's 24-hour time;
- a markdown heading's first word when it is a plain English word in no name list (``# Interface errors``);
- a request's verb and a weekday (``Wants Sat appt``, ``Prefers Tue``): no given name and surname;
- a clinical action before "imaging" (``to review imaging``, ``to repeat imaging``): no lower-case site.
"""

from __future__ import annotations

import re

from redaction._spans import Span
from redaction._vocabulary import is_common_word
from redaction.recognizers.given_names import given_names, surnames

_NAMED = frozenset({"PERSON", "FACILITY", "CITY"})
_BOUNDARY = re.compile(r"(?i:\bboundary)[ \t]*=[ \t]*\"?([^\s\";]{8,})")
_MARKUP_ATTR = re.compile(r"(?i:\b(?:class|style|xmlns(?::[\w.-]+)?))[ \t]*=[ \t]*(?P<q>[\"'])(?P<value>[^\"'<>\n]*)$")
_HEX_COLOUR = re.compile(r"#(?:[0-9A-Fa-f]{3}|[0-9A-Fa-f]{6}|[0-9A-Fa-f]{8})(?![\w-])")
_CSS_BEFORE = re.compile(r"(?i:(?:colou?r|background|border(?:-[a-z]+)*|bgcolor|fill|stroke|outline|"
                         r"text-decoration)[\"']?[ \t]*[:=][^;{}\n\"]{0,40})\Z")
_KEY_BEFORE = re.compile(r"(?:^|[&?;\n])\Z")
_CAMEL = re.compile(r"[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+")
_NAME_PREFIX = re.compile(r"(?:Mc|Mac|De|Di|Le|La|Van|Von|Fitz)[A-Z]")
_SOFTWARE_TAIL = re.compile(r"(?:Svc|Service|Srv|Server|Daemon|Bot|Agent|Api|Mgr|Manager|Worker|Listener|Gateway|"
                            r"Engine|Sync|Job|Task|Scheduler|Exporter|Importer|Monitor|Proxy)\Z")
_SID_VALUE = re.compile(r"(?<![A-Za-z])(?:[A-Z][a-z]+)*Sid=([A-Za-z0-9]{16,40})")
_THREAD_ID = re.compile(r"(?<![\w.-])(?:\d{1,2}:)?[\w.-]+@(?:thread\.(?:v2|skype|tacv2)|unq\.gbl\.spaces)")
_WEEKDAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
_RFC2822_AFTER = re.compile(r",[ \t]+\d{1,2}[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[ \t]+\d{4}"
                            r"[ \t]+\d{1,2}:\d{2}")
_RFC2822_SPAN = re.compile(rf"{_WEEKDAY},[ \t]+")
_WRAPPED_YEAR = re.compile(r"(?:19|20)\d\d")
_YEAR_WORD_BEFORE = re.compile(r"(?i:\b(?:in|since|during|until|till|before|after|from|of))[ \t]*\r?\n[ \t]*\Z")
_HEADING_BEFORE = re.compile(r"(?:^|\n)[ \t]*#{1,6}[ \t]+\Z")
_LOWER_WORD_AFTER = re.compile(r"[ \t]+[a-z]")
_WEEKDAYS = frozenset("mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday "
                      "sunday".split())
_IMAGING_ACTION = re.compile(r"(?:review|repeat|obtain|order|perform|schedule|compare|interpret|discuss|read|get|"
                             r"need|recommend|consider|pursue|expedite|reschedule|cancel)[ \t]+imaging\Z")
_TO_BEFORE = re.compile(r"\bto[ \t]+\Z")


def _boundary_ranges(text: str) -> list[tuple[int, int]]:
    """Where each declared MIME boundary occurs (the declaration and its ``--`` separator lines)."""
    ranges = []
    for value in {m.group(1) for m in _BOUNDARY.finditer(text)}:
        start = text.find(value)
        while start >= 0:
            ranges.append((start, start + len(value)))
            start = text.find(value, start + 1)
    return ranges


def _in_markup_attr(text: str, span: Span) -> bool:
    """The span lies inside a quoted class / style / xmlns attribute's value."""
    line_start = text.rfind("\n", 0, span.start) + 1
    head = _MARKUP_ATTR.search(text, max(line_start, span.start - 200), span.start)
    if head is None or any(c in "\"'<>\n" for c in text[span.start:span.end]):
        return False
    return text.find(head.group("q"), span.end) >= 0


def _hex_colour(text: str, span: Span) -> bool:
    """The span is (part of) a ``#RRGGBB`` colour in a style or CSS rule."""
    hash_at = text.rfind("#", max(0, span.start - 8), span.start + 1)
    if hash_at < 0:
        return False
    colour = _HEX_COLOUR.match(text, hash_at)
    if colour is None or colour.end() < span.end:
        return False
    return bool(_CSS_BEFORE.search(text, max(0, hash_at - 80), hash_at)) or _in_markup_attr(text, span)


def _form_key(text: str, span: Span, value: str) -> bool:
    return (_CAMEL.fullmatch(value) is not None and not _NAME_PREFIX.match(value) and text.startswith("=", span.end)
            and bool(_KEY_BEFORE.search(text, max(0, span.start - 1), span.start)))


def _software_name(value: str) -> bool:
    return _CAMEL.fullmatch(value) is not None and not _NAME_PREFIX.match(value) and bool(_SOFTWARE_TAIL.search(value))


def _plain_word(word: str) -> bool:
    lower = word.lower()
    return is_common_word(lower) and lower not in given_names() and lower not in surnames()


def _person_noise(text: str, span: Span, value: str) -> bool:
    if " " not in value and (_form_key(text, span, value) or _software_name(value)):
        return True
    if value in ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun") and _RFC2822_AFTER.match(text, span.end):
        return True  # "Received: ...; Sun, 19 Jul 2026 13:56:50": a mail stamp's weekday
    if (" " not in value and value.isalpha() and _HEADING_BEFORE.search(text, max(0, span.start - 8), span.start)
            and _LOWER_WORD_AFTER.match(text, span.end) and _plain_word(value)):
        return True  # "# Interface errors - week of ...": a heading's word
    words = value.split()
    return (len(words) == 2 and words[1].lower() in _WEEKDAYS and words[0].isalpha() and words[0].endswith("s")
            and _plain_word(words[0]))  # "Wants Sat appt"


def _date_span(text: str, span: Span) -> Span | None:
    """The span less an RFC 2822 stamp's weekday ("Tue, " before "16 Sep 2025 12:47:56"); None for a wrapped
    year."""
    if (_WRAPPED_YEAR.fullmatch(text, span.start, span.end)
            and _YEAR_WORD_BEFORE.search(text, max(0, span.start - 16), span.start)):
        return None
    lead = _RFC2822_SPAN.match(text, span.start)
    if lead is None or not _RFC2822_AFTER.match(text, span.start + 3):
        return span
    if span.end <= lead.end():
        return None
    return Span(lead.end(), span.end, span.entity_type, span.score)


def without_transport_noise(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` less MIME boundaries, markup attribute values, colours, form keys, service names, chat thread
    ids and mail stamps' weekdays (see the module)."""
    if not spans:
        return spans
    boundaries = _boundary_ranges(text) if "oundary" in text else []
    if "@thread." in text or "@unq." in text:  # a chat thread's id, whatever its pieces were read as
        boundaries += [m.span() for m in _THREAD_ID.finditer(text)]
    if "Sid=" in text:
        boundaries += [m.span(1) for m in _SID_VALUE.finditer(text)]
    out = []
    for span in spans:
        if any(b_start <= span.start and span.end <= b_end for b_start, b_end in boundaries):
            continue
        kind = span.entity_type
        value = text[span.start:span.end]
        if kind in _NAMED:
            if _in_markup_attr(text, span):
                continue
            if kind == "PERSON" and _person_noise(text, span, value):
                continue
            if (kind == "FACILITY" and value.islower() and _IMAGING_ACTION.fullmatch(value)
                    and _TO_BEFORE.search(text, max(0, span.start - 4), span.start)):
                continue  # "to review imaging"
        elif kind == "DATE_TIME":
            span = _date_span(text, span)
            if span is None:
                continue
        elif _hex_colour(text, span):
            continue
        out.append(span)
    return out
