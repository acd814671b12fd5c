"""Report sections (FINDINGS, IMPRESSION, COMPARISON, ...) and sentence splitting."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Canonical section name for each header spelling (header followed by a colon).
_HEADERS = {
    "findings": "findings", "finding": "findings", "report": "findings", "body": "findings",
    "impression": "impression", "impressions": "impression", "conclusion": "impression",
    "conclusions": "impression", "summary": "impression", "opinion": "impression", "assessment": "impression",
    "comparison": "comparison", "comparisons": "comparison", "prior": "comparison", "priors": "comparison",
    "prior studies": "comparison", "comparison studies": "comparison",
    "indication": "indication", "indications": "indication", "history": "indication",
    "clinical history": "indication", "clinical information": "indication", "reason for exam": "indication",
    "reason for study": "indication", "clinical indication": "indication",
    "technique": "technique", "procedure": "technique", "protocol": "technique", "examination": "technique",
    "exam": "technique", "study": "technique",
    "recommendation": "recommendation", "recommendations": "recommendation",
}
# A qualifier some practices put before the header ("FINAL IMPRESSION:", "Preliminary findings:").
_QUALIFIER = r"(?:(?:final|preliminary|prelim|revised|amended|updated|overall|brief)[ \t]+)?"
_HEADER_RE = re.compile(
    r"(?im)(?:^|(?<=\n)|(?<=\.\s))[ \t]*" + _QUALIFIER + "("
    + "|".join(sorted(map(re.escape, _HEADERS), key=len, reverse=True)) + r")[ \t]*:")

# A period after these is not a sentence end.
_ABBREVIATIONS = frozenset(
    "dr mr mrs ms prof st vs approx e.g i.e etc no fig figs ca cf al sr jr resp incl max min mid pt pts inf sup"
    " ant post lat med ap pa".split())
_LIST_MARKER = re.compile(r"(?m)(?:^|(?<=[.;:]\s)|(?<=[.;:]))\s*(?:\d{1,2}|[a-h])[.)]\s+(?=[A-Za-z])")
# A line label: a short phrase and a colon at the start of a line ("L4-5:", "Right breast 12 o'clock:", "Lungs:").
_LINE_LABEL = re.compile(r"[ \t]*([A-Za-z0-9][^:\n.;]{0,40}?)[ \t]*:(?=\s)")
_BOUNDARY = re.compile(r"[.!?;]+(?=\s|$)|\n+")
# A line break inside a sentence (text wrapped at a fixed width: "No pleural effusion\nor pneumothorax"): the line
# ends in a word or comma and the next one goes on in lower case or with a number that is not a list marker.
_SOFT_WRAP = re.compile(r"(?<=[A-Za-z0-9,(/-])[ \t]*\n(?=[ \t]*(?:[a-z]|\d(?!\d?[.)]\s)))")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a report: its text, the section it came from, and its offset in the report."""

    text: str
    section: str
    start: int
    label: str = ""  # the "L4-5:" / "Left breast:" label that opens the line this sentence is on, if any


def split_sections(text: str, default: str = "findings") -> dict[str, str]:
    """Map canonical section name -> text. Text before any header goes to `default`."""
    sections: dict[str, list[str]] = {}
    matches = list(_HEADER_RE.finditer(text))
    head = text[: matches[0].start()] if matches else text
    if head.strip():
        sections.setdefault(default, []).append(head.strip())
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        body = text[match.end():end].strip()
        name = _HEADERS[match.group(1).lower()]
        if body:
            sections.setdefault(name, []).append(body)
        else:
            sections.setdefault(name, [])
    return {name: "\n".join(parts) for name, parts in sections.items()}


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at `dot` closes an abbreviation or sits inside a number like 2.3."""
    if dot + 1 < len(text) and text[dot + 1].isdigit() and dot > 0 and text[dot - 1].isdigit():
        return True
    start = dot
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot].lower()
    if word in _ABBREVIATIONS:
        # "No." only abbreviates "number" before a digit ("No. 3"); "no." ending a sentence is rare.
        return word != "no" or bool(re.match(r"\.\s*\d", text[dot:dot + 3]))
    return len(word) == 1 and word.isalpha() and start > 0 and text[start - 1] == "."  # "e.g." pieces


def split_sentences(text: str, section: str = "findings", offset: int = 0) -> list[Sentence]:
    """Split text into sentences; decimals, "C5-C6", "Dr." and list markers ("1.", "2)") stay intact."""
    # Join wrapped lines, then blank out list markers (same length, so offsets still point into the text).
    masked = _SOFT_WRAP.sub(lambda m: m.group(0).replace("\n", " "), text)
    masked = _LIST_MARKER.sub(lambda m: "\n" + " " * (len(m.group(0)) - 1), masked)
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(masked):
        if match.group(0)[0] == "." and _is_abbreviation(masked, match.start()):
            continue
        _append(sentences, masked, start, match.start(), section, offset)
        start = match.end()
    _append(sentences, masked, start, len(masked), section, offset)
    return sentences


def _line_label(text: str, pos: int) -> str:
    """The label opening the line that holds `pos`, when the label ends before `pos`."""
    line_start = text.rfind("\n", 0, pos) + 1
    match = _LINE_LABEL.match(text, line_start)
    return match.group(1) if match and match.end() <= pos else ""


def _append(out: list[Sentence], text: str, start: int, end: int, section: str, offset: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped and any(ch.isalnum() for ch in stripped):
        lead = len(chunk) - len(chunk.lstrip())
        out.append(Sentence(stripped, section, offset + start + lead, _line_label(text, start + lead + 1)))


def report_sentences(text: str, default: str = "findings") -> list[Sentence]:
    """All sentences of a report, each tagged with its section."""
    out: list[Sentence] = []
    for name, body in split_sections(text, default).items():
        out.extend(split_sentences(body, name))
    return out
