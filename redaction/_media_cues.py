"""Transport furniture the patterns mistake for PHI: caption cue timings, RTF control words, chat link syntax.

- A caption file's cue timing line (SRT "00:03:14,200 --> 00:03:17,900", WebVTT "00:12:52.564 --> 00:12:56.712
  align:start position:10%") gives offsets into the recording, not a date or a time of day; the "WEBVTT" file
  signature opening the file is no one's name.
- An RTF control word ("\\fswiss", "\\emdash", "\\rquote") is markup: a lower-case word right after a backslash.
- A Slack mention "<@U04BQ0EFV|handle>" carries the workspace's member ID before its bar (no patient's number: the
  handle after the bar is the person); a link "<https://host/path|label>" ends at the bar, the label is link text.
  A link to a wiki or protocol page, every word of its host and path an everyday word ("wiki.example.org/rad/
  protocols") and no digit, points at no one's record.
- An HL7 segment ID ("OBX|1|FT|...") at a line start is no name; the number opening a provider's XCN field
  ("|101022^MONTGOMERY^AURELIO^^^DR") is the clinician's directory number, not a patient's account.
- A bilingual label's other-script half is the label, not a name: a heading's translation after "/" or "·"
  ("REGISTRATION / تسجيل", "Patient Registration · רישום מטופל"), a column label with its English gloss and the
  other cells of that header row ("患者 Patient<TAB>生年月日 DOB<TAB>電話").
- An interpreter's badge number after the name and a comma: "Interpreter: Ana Roe, ID 2039".
- DICOM network tools take the peer's host and port: "storescu -aec ARCHIVE 172.19.48.26 11112": the port numbers
  no patient.

``without_media_cues`` drops (or trims) only spans lying in those layouts.
"""

from __future__ import annotations

import re

from redaction._spans import Span
from redaction._vocabulary import is_common_word

_STAMP = r"(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}"
# the cue timing line, its optional WebVTT cue settings ("align:start position:10% line:85%")
_CUE_LINE = re.compile(rf"^[ \t]*{_STAMP}[ \t]*-->[ \t]*{_STAMP}(?:[ \t]+[\w-]+:[\w.%-]+)*[ \t]*\r?$", re.MULTILINE)
_RTF_WORD = re.compile(r"[a-z]{2,24}")
_MENTION = re.compile(r"<@[UW][A-Z0-9]{6,12}(?=\|)")
_LINK = re.compile(r"<((?:https?|ftp)://[^\s|<>]+)\|[^|<>\n]{1,80}>")
_HL7_SEGMENT = re.compile(r"(?:^|(?<=[\r\n]))[A-Z][A-Z0-9]{2}(?=\|)")
# "|101022^MONTGOMERY^AURELIO" in an HL7 message: an XCN's ID number, then family and given name
_XCN_ID = re.compile(r"(?<=[|~])(\d{3,12})(?=\^[A-Z][A-Za-z'’ .-]*\^[A-Za-z])")
_DICOM_PORT = re.compile(r"\b(?:store|echo|find|move|get)scu\b[^\n]*?(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}[ \t]+"
                         r"(\d{2,5})\b")
_INTERPRETER_ID_BEFORE = re.compile(r"(?i:\binterpreter)[ \t]*:?[ \t]+[^\n(),:]{1,40},[ \t]*(?i:id|badge)[ \t]*"
                                    r"(?:#|no\.?)?[ \t]*:?[ \t]*\Z")
_ID_TYPES = frozenset({"ACCOUNT_ID", "MRN"})
_NAMED_TYPES = frozenset({"PERSON", "CITY", "FACILITY"})
_WEB_WORDS = frozenset({"wiki", "intranet", "docs", "kb", "www", "sharepoint", "confluence", "policies", "howto"})


def _cue_ranges(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _CUE_LINE.finditer(text)] if "-->" in text else []


def _plain_link(url: str) -> bool:
    """A link with no digit whose every host and path word is an everyday word (not the TLD or scheme)."""
    if re.search(r"\d|[?#=&]", url):
        return False
    rest = re.sub(r"^(?:https?|ftp)://", "", url)
    host, _, path = rest.partition("/")
    words = host.split(".")[:-1] + [w for w in re.split(r"[/_.-]+", path) if w]
    return bool(words) and all(w.isalpha() and (w.lower() in _WEB_WORDS or is_common_word(w)) for w in words)


def without_media_cues(text: str, spans: list[Span]) -> list[Span]:
    if not spans:
        return spans
    cues = _cue_ranges(text)
    ids: list[tuple[int, int]] = []
    if "<@" in text:
        ids.extend(m.span() for m in _MENTION.finditer(text))
    if "MSH|" in text:  # an HL7 message
        ids.extend(m.span(1) for m in _XCN_ID.finditer(text))
    if "scu" in text:
        ids.extend(m.span(1) for m in _DICOM_PORT.finditer(text))
    links = [m for m in _LINK.finditer(text)] if "|" in text and "://" in text else []
    segments = {m.start() for m in _HL7_SEGMENT.finditer(text)} if "|" in text else set()
    kept = []
    for s in spans:
        if s.entity_type == "DATE_TIME" and any(a <= s.start and s.end <= b for a, b in cues):
            continue
        if any(a <= s.start and s.end <= b for a, b in ids):
            continue
        if s.entity_type in _ID_TYPES and _INTERPRETER_ID_BEFORE.search(text, max(0, s.start - 64), s.start):
            continue
        if s.entity_type in _NAMED_TYPES and _furniture_word(text, s, segments):
            continue
        for m in links:
            url_start, bar = m.span(1)
            if url_start <= s.start < bar < s.end <= m.end():
                s = Span(s.start, bar, s.entity_type, s.score)  # noqa: PLW2901  (the link ends at its bar)
            if s.entity_type == "URL" and url_start <= s.start and s.end <= bar and _plain_link(text[url_start:bar]):
                s = None  # noqa: PLW2901
                break
        if s is not None:
            kept.append(s)
    return kept


def _other_script(word: str) -> bool:
    return any(c.isalpha() for c in word) and not any(c.isascii() and c.isalpha() for c in word)


# a heading's English half and its separator, from the line start: "REGISTRATION / ", "Patient Registration · "
_HEADING_BEFORE = re.compile(r"(?:^|\n)[ \t]*([A-Za-z]+(?:[ \t]+[A-Za-z]+){0,3})[ \t]*[/·|][ \t]*\Z")
# a column label and its English gloss: "患者 Patient", "生年月日 DOB"
_GLOSSED_CELL = re.compile(r"(?:^|\t)[^\x00-\x7f\t\n]+[ \u3000]+[A-Za-z][A-Za-z .#/]{1,24}(?=\t|\r?$)", re.MULTILINE)


# a heading ending on one of these introduces a person: "Patient / <name>", "Mother / <name>"
_WHO = frozenset({"patient", "name", "contact", "mother", "father", "son", "daughter", "wife", "husband", "guardian",
                  "interpreter", "doctor", "physician", "nurse", "caller", "relative", "kin", "spouse", "parent",
                  "child", "by", "from", "to", "for", "dr", "mr", "mrs", "ms", "signature", "signed", "witness"})


def _label_half(text: str, s: Span) -> bool:
    """A non-Latin word that is the other half of a bilingual heading or column label."""
    word = text[s.start:s.end]
    if not _other_script(word):
        return False
    line_start = text.rfind("\n", 0, s.start) + 1
    line_end = text.find("\n", s.end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    heading = _HEADING_BEFORE.search(text[line_start:s.start])
    words = heading.group(1).split() if heading else []
    if (words and not line[s.end - line_start:].strip(" \t\r\u200e\u200f") and words[-1].lower() not in _WHO
            and all(is_common_word(w) for w in words)):
        return True
    # a header row: two or more glossed cells, no digit, the word a whole cell or the cell's first half
    return (not re.search(r"\d", line) and len(_GLOSSED_CELL.findall(line)) >= 2
            and text[s.start - 1:s.start] in ("", "\t", "\n") and text[s.end:s.end + 1] in ("", "\t", "\n", " "))


def _furniture_word(text: str, s: Span, segments: set[int]) -> bool:
    word = text[s.start:s.end]
    if s.entity_type == "PERSON" and _label_half(text, s):
        return True
    if s.start > 0 and text[s.start - 1] == "\\" and _RTF_WORD.fullmatch(word) and "{\\rtf" in text:
        return True  # "\emdash", "\rquote": an RTF control word
    if s.start in segments and s.end == s.start + 3:
        return True  # "OBX|": an HL7 segment ID
    return word == "WEBVTT" and (s.start == 0 or text[s.start - 1] in "\n\ufeff")
