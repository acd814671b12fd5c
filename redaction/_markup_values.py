"""Detections that the markup, log or form syntax around them shows to be no PHI.

- A web form's anti-forgery or captcha token ("csrf=3983cb35c8513887", "g-recaptcha-response=03AFcWeA..."): a
  random value the browser sends back, the same kind for every visitor; no account.
- An SMS gateway's message id ("smsgw[5651]: MT id=2194d40a42", MT/MO: mobile-terminated/-originated): it numbers
  a text message in the carrier's log (a webhook's "MessageSid=SM..." too). The direction word itself ("MO",
  "MT") and a delivery status ("status=DELIVRD", "status=ACCEPTD") are no names either.
- A font's name in a style or an RTF font table ("font-family:Calibri", "{\\f0\\fswiss Arial;}") and an RTF
  control word or its generator ("\\fmodern", "\\pard", "{\\*\\generator Msftedit 5.41"): formatting, not people.
- A markup tag's name ("<Signer>", "<![CDATA["): the element, not its value; a name span that runs into a tag
  ("Signer>Delacroix") loses the tag.
- A version number ("ver":"5.8.14"): no date.
- A short all-caps note heading before its colon at a line's start or after a markup break ("<br/>MDM: CTA chest
  ordered"): an ED note's section (medical decision making), not a site.
- A site after a common word and "at" opening a sentence ("Prior at Fairholt Regional Hospital"): the site starts
  after "at" (not after a title or "of": "Dr. Wilson at ...", "courtesy of Galbraith at ..." keep the name).

Each rule reads the span and a few characters before or after it, never the whole text.
"""

from __future__ import annotations

import re

from redaction._spans import Span
from redaction._vocabulary import is_common_word

_ID_TYPES = frozenset({"ACCOUNT_ID", "DEVICE_SERIAL", "MRN", "HEALTH_PLAN_ID"})
# the key of a form's security token, then its "=" / ":" / quote
_TOKEN_KEY = re.compile(r"(?i:(?:csrf|xsrf)(?:[_-]?token)?|csrfmiddlewaretoken|authenticity_token|_token|nonce|"
                        r"[gh]-(?:re)?captcha-response|cf-turnstile-response)[\"']?[ \t]*[=:][ \t]*[\"']?\Z")
_MESSAGE_ID = re.compile(r"(?:\b(?:MT|MO)[ \t]+id|(?i:\b(?:sms|msg|message)[_-]?s?id))=\Z")
_STATUS_KEY = re.compile(r"(?i:\b(?:status|state|dlr)=)\Z")
_DIRECTION = re.compile(r"[ \t]+id=")
_FONT_BEFORE = re.compile(r"(?:(?i:font-family)[ \t]*:[ \t]*[\"']?|\\f\d+(?:\\f[a-z]+)?[ \t]+|\\generator[ \t]+)\Z")
_TAG_BEFORE = re.compile(r"(?:</?|<!\[)\Z")
_VERSION_KEY = re.compile(r"(?i:\b(?:ver|version|v))[\"']?[ \t]*[:=][ \t]*[\"']?\Z")
_VERSION = re.compile(r"\d+\.\d+\.\d+")
_HEADING_BEFORE = re.compile(r"(?:^|\n|<br[ \t]*/?>|<p>|<div>)[ \t]*\Z", re.IGNORECASE)
_LEAD_AT = re.compile(r"(?P<word>[A-Z][a-z]+)[ \t]+at[ \t]+(?=[A-Z])")
_SENTENCE_START = re.compile(r"(?:^|[\n;:!?'\"(>]|(?<!\bDr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bSt)(?<!\bProf)\.)[ \t]*\Z")


def _person_not_markup(text: str, span: Span) -> Span | None:
    """A name's or site's span, trimmed at a tag's bracket; None for a status, direction, font, control word
    or tag."""
    start, end = span.start, span.end
    before = text[max(0, start - 24):start]
    value = text[start:end]
    if _FONT_BEFORE.search(before) or (start and text[start - 1] == "\\" and value.isalpha() and value.islower()
                                        and text.find("{\\rtf", 0, 400) >= 0):
        return None  # an RTF control word ("\\fswiss"); a Windows path's "\\FENWICK_ORSOLYA" is no RTF
    if _TAG_BEFORE.search(before) and not any(c.isspace() for c in value) and (
            not before.endswith("<") or text.find(f"</{value}>", end, end + 400) >= 0):
        return None  # "</Signer>", "<![CDATA[", "<Signer>" closed later; a chat's "<nick>" has no closing tag
    if value.isupper() and (_STATUS_KEY.search(before) or value in ("MO", "MT") and _DIRECTION.match(text, end)):
        return None
    if ">" in value:  # "Signer>Delacroix": the name starts after the tag
        start += value.rindex(">") + 1
    elif "<" in value:
        end = start + value.index("<")
    if text[start:end].strip() == "":
        return None
    return span if (start, end) == (span.start, span.end) else Span(start, end, span.entity_type, span.score)


def _facility(text: str, span: Span) -> Span | None:
    value = text[span.start:span.end]
    if (value.isupper() and value.isalpha() and len(value) <= 5 and text.startswith(":", span.end)
            and _HEADING_BEFORE.search(text, max(0, span.start - 8), span.start)):
        return None  # "<br/>MDM: CTA chest ordered": a note's heading
    lead = _LEAD_AT.match(value)
    if (lead and is_common_word(lead.group("word").lower())
            and _SENTENCE_START.search(text, max(0, span.start - 8), span.start)):
        return Span(span.start + lead.end(), span.end, span.entity_type, span.score)
    return span


def without_markup_values(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` less form tokens, gateway ids and statuses, fonts, control words, tags, versions
    and note headings (see the module)."""
    out = []
    for span in spans:
        kind = span.entity_type
        if kind in _ID_TYPES:
            before = text[max(0, span.start - 32):span.start]
            if _TOKEN_KEY.search(before) or _MESSAGE_ID.search(before):
                continue
        elif kind == "PERSON":
            span = _person_not_markup(text, span)
        elif kind == "FACILITY":
            span = _person_not_markup(text, span)
            span = span and _facility(text, span)
        elif kind == "DATE_TIME":
            before = text[max(0, span.start - 16):span.start]
            if _VERSION.fullmatch(text[span.start:span.end]) and _VERSION_KEY.search(before):
                continue
        if span is not None:
            out.append(span)
    return out
