"""Inline span marks, and the single loop that strips them while recording offsets.

A style writes its document as *marked* text: every PHI value is wrapped as ``⟦TYPE|value⟧`` (TYPE is
one of the 17 upper-case PHI types) and every keep term as ``⟦label|value⟧`` (a lower-case keep label).
:func:`strip_marks` walks the marked text once, appends plain text and values to the output and records
each span from the running length of what it has emitted, so an offset can never drift from the string
that is written.  :func:`problems` re-checks the finished document the way the corpus validator does.
"""

from __future__ import annotations

import re

OPEN, SEP, CLOSE = "\u27e6", "|", "\u27e7"   # ⟦ | ⟧

PHI_TYPES = (
    "PERSON", "DATE_TIME", "AGE_OVER_89", "MRN", "ACCESSION", "SSN", "PHONE", "EMAIL", "URL", "IP_ADDRESS",
    "STREET_ADDRESS", "CITY", "ZIP", "FACILITY", "HEALTH_PLAN_ID", "ACCOUNT_ID", "DEVICE_SERIAL",
)
KEEP_LABELS = (
    "eponym", "anatomy", "vertebral_level", "measurement", "score", "sequence", "age_under_90", "year",
    "modality", "credential", "section_header",
)

_MARK = re.compile("\u27e6([A-Za-z_0-9]+)\\|([^\u27e6\u27e7]*)\u27e7")


def _mark(kind: str, value: object) -> str:
    value = str(value)
    if not value or value != value.strip() or OPEN in value or CLOSE in value or "\n" in value:
        raise ValueError(f"bad span value {value!r} for {kind}")
    return f"{OPEN}{kind}{SEP}{value}{CLOSE}"


def P(kind: str, value: object) -> str:
    """Mark a PHI value."""
    if kind not in PHI_TYPES:
        raise ValueError(f"unknown PHI type {kind}")
    return _mark(kind, value)


def K(label: str, value: object) -> str:
    """Mark a keep term (clinical text a redactor must leave alone)."""
    if label not in KEEP_LABELS:
        raise ValueError(f"unknown keep label {label}")
    return _mark(label, value)


def tidy(marked: str) -> str:
    """Drop trailing blanks on each line and blank lines at either end (done before stripping marks)."""
    lines = [line.rstrip() for line in marked.split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    out: list[str] = []
    for line in lines:          # collapse runs of 3+ blank lines to one blank line
        if not line and len(out) >= 2 and not out[-1] and not out[-2]:
            continue
        out.append(line)
    return "\n".join(out)


def strip_marks(marked: str) -> tuple[str, list[dict], list[dict]]:
    """(text, phi spans, keep spans) from marked text; offsets are counted on the emitted pieces."""
    pieces: list[str] = []
    phi: list[dict] = []
    keep: list[dict] = []
    emitted = 0
    pos = 0
    for m in _MARK.finditer(marked):
        plain = marked[pos:m.start()]
        if OPEN in plain or CLOSE in plain:
            raise ValueError(f"stray mark near {plain[-40:]!r}")
        pieces.append(plain)
        emitted += len(plain)
        kind, value = m.group(1), m.group(2)
        start = emitted
        pieces.append(value)
        emitted += len(value)
        if kind in PHI_TYPES:
            phi.append({"start": start, "end": emitted, "type": kind, "text": value})
        elif kind in KEEP_LABELS:
            keep.append({"start": start, "end": emitted, "label": kind, "text": value})
        else:
            raise ValueError(f"unknown mark kind {kind}")
        pos = m.end()
    tail = marked[pos:]
    if OPEN in tail or CLOSE in tail:
        raise ValueError("stray mark at end")
    pieces.append(tail)
    text = "".join(pieces)
    for span in phi + keep:     # the offsets index the string we return
        assert text[span["start"]:span["end"]] == span["text"]
    return text, phi, keep


def _occurrences(text: str, value: str) -> list[int]:
    pattern = r"(?<![\w/:.-])" + re.escape(value) + r"(?![\w/:-])(?!\.\w)"
    return [m.start() for m in re.finditer(pattern, text)]


def problems(text: str, phi: list[dict], keep: list[dict]) -> list[str]:
    """Why a document would be rejected (empty when it is fine): whitespace, overlap, unmarked repeats."""
    out: list[str] = []
    spans = sorted((s["start"], s["end"]) for s in phi + keep)
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        if s2 < e1:
            out.append(f"overlap {s1}:{e1} {s2}:{e2}")
    for s in phi + keep:
        v = text[s["start"]:s["end"]]
        if v != v.strip():
            out.append(f"whitespace around {v!r}")
    covered = spans
    for s in phi:
        if s["type"] == "AGE_OVER_89":
            continue
        value = s["text"]
        for pos in _occurrences(text, value):
            if not any(a <= pos and pos + len(value) <= b for a, b in covered):
                out.append(f"unmarked repeat of {s['type']} {value!r} at {pos}")
    return out


def map_marked(marked: str, plain_fn=None, mark_fn=None) -> str:
    """Rewrite marked text piecewise: plain_fn(text) on the stretches between marks and
    mark_fn(kind, value) -> marked text on each mark (either may be None to leave it alone)."""
    out: list[str] = []
    pos = 0
    for m in _MARK.finditer(marked):
        plain = marked[pos:m.start()]
        out.append(plain_fn(plain) if plain_fn else plain)
        out.append(mark_fn(m.group(1), m.group(2)) if mark_fn else m.group(0))
        pos = m.end()
    tail = marked[pos:]
    out.append(plain_fn(tail) if plain_fn else tail)
    return "".join(out)
