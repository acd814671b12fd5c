"""Marked text -> plain text plus spans, computed from one string so offsets cannot drift.

Templates write PHI as ``⟦TYPE|value⟧`` and keep-spans as ``⟪label|value⟫``. :func:`strip_marks` removes the marks
and records each span's offsets in the text it is building, so a span's offsets are exactly where its value landed.
The mark characters (U+27E6/U+27E7, U+27EA/U+27EB) never occur in document content.
"""

from __future__ import annotations

PHI_OPEN, PHI_CLOSE = "\u27e6", "\u27e7"
KEEP_OPEN, KEEP_CLOSE = "\u27ea", "\u27eb"
_CLOSERS = {PHI_OPEN: PHI_CLOSE, KEEP_OPEN: KEEP_CLOSE}


def ph(kind: str, value: str) -> str:
    """Mark ``value`` as a PHI span of type ``kind``."""
    return f"{PHI_OPEN}{kind}|{value}{PHI_CLOSE}"


def kp(label: str, value: str) -> str:
    """Mark ``value`` as a keep-span (clinical text that must survive redaction)."""
    return f"{KEEP_OPEN}{label}|{value}{KEEP_CLOSE}"


def plain(marked: str) -> str:
    """The text of a marked string without its marks (for lengths and alignment in tables)."""
    return strip_marks(marked)[0]


def strip_marks(marked: str) -> tuple[str, list[dict], list[dict]]:
    """(text, phi spans, keep spans) for a marked string; raises ValueError on malformed or padded marks."""
    out: list[str] = []
    pos = 0  # length of the text built so far
    phi: list[dict] = []
    keep: list[dict] = []
    i = 0
    while i < len(marked):
        ch = marked[i]
        if ch not in _CLOSERS:
            if ch in (PHI_CLOSE, KEEP_CLOSE):
                raise ValueError(f"stray closing mark at {i}: {marked[max(0, i - 40):i + 1]!r}")
            out.append(ch)
            pos += 1
            i += 1
            continue
        end = marked.find(_CLOSERS[ch], i + 1)
        bar = marked.find("|", i + 1)
        if end < 0 or bar < 0 or bar > end:
            raise ValueError(f"malformed mark at {i}: {marked[i:i + 60]!r}")
        kind, value = marked[i + 1:bar], marked[bar + 1:end]
        if any(c in value for c in (PHI_OPEN, KEEP_OPEN)) or not value or value != value.strip():
            raise ValueError(f"bad span value {value!r} ({kind})")
        span = {"start": pos, "end": pos + len(value)}
        if ch == PHI_OPEN:
            phi.append({**span, "type": kind, "text": value})
        else:
            keep.append({**span, "label": kind, "text": value})
        out.append(value)
        pos += len(value)
        i = end + 1
    return "".join(out), phi, keep
