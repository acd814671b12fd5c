"""Inline span markup: text is written with phi()/keep() marks and stripped by render() in one loop.

Offsets are counted while the marks are removed from the very string that is emitted, so a span can never
point at the wrong characters. The marks use private-use code points that no template contains.
"""

from __future__ import annotations

import re

OPEN, SEP, CLOSE = "\ue000", "\ue001", "\ue002"
_MARK = re.compile(f"{OPEN}([PK])([A-Za-z_0-9]+){SEP}([^{OPEN}{SEP}{CLOSE}]*){CLOSE}")
_STRAY = re.compile(f"[{OPEN}{SEP}{CLOSE}]")


class MarkupError(ValueError):
    """A mark is malformed, empty, nested, or has whitespace at an edge."""


def phi(kind: str, value: str) -> str:
    """Mark ``value`` as a PHI span of type ``kind``."""
    return f"{OPEN}P{kind}{SEP}{value}{CLOSE}"


def keep(label: str, value: str) -> str:
    """Mark ``value`` as a keep-span (a clinical term that must survive redaction)."""
    return f"{OPEN}K{label}{SEP}{value}{CLOSE}"


def render(marked: str) -> tuple[str, list[dict], list[dict]]:
    """Strip the marks; return (text, phi spans, keep spans) with offsets into the returned text."""
    pieces: list[str] = []
    phi_spans: list[dict] = []
    keep_spans: list[dict] = []
    length = 0
    pos = 0
    for m in _MARK.finditer(marked):
        plain = marked[pos:m.start()]
        if _STRAY.search(plain):
            raise MarkupError(f"stray or nested mark near {plain[-40:]!r}")
        value = m.group(3)
        if not value or value != value.strip():
            raise MarkupError(f"empty span or span with edge whitespace: {value!r}")
        pieces.append(plain)
        length += len(plain)
        if m.group(1) == "P":
            phi_spans.append({"start": length, "end": length + len(value), "type": m.group(2), "text": value})
        else:
            keep_spans.append({"start": length, "end": length + len(value), "label": m.group(2), "text": value})
        pieces.append(value)
        length += len(value)
        pos = m.end()
    tail = marked[pos:]
    if _STRAY.search(tail):
        raise MarkupError(f"stray mark near {tail[:40]!r}")
    pieces.append(tail)
    return "".join(pieces), phi_spans, keep_spans


def lower_marked(marked: str) -> str:
    """Lower-case the text and span values of a marked string, leaving the marks' types and labels intact."""
    out: list[str] = []
    pos = 0
    for m in _MARK.finditer(marked):
        out.append(marked[pos:m.start()].lower())
        out.append(f"{OPEN}{m.group(1)}{m.group(2)}{SEP}{m.group(3).lower()}{CLOSE}")
        pos = m.end()
    out.append(marked[pos:].lower())
    return "".join(out)
