"""Marked text -> (plain text, spans).

Templates write PHI as ``⟦TYPE|value⟧`` and keep-spans as ``⟪label|value⟫``. ``strip`` removes the marks and
records each span's offsets from the very string it is building, so offsets cannot drift from the text.
"""

from __future__ import annotations

import re

_MARK = re.compile(r"⟦([A-Z_0-9]+)\|(.*?)⟧|⟪([a-z_0-9]+)\|(.*?)⟫", re.DOTALL)
_MARK_CHARS = "⟦⟧⟪⟫"


def P(kind: str, value: str) -> str:
    """A PHI span of ``kind`` (README type) around ``value``."""
    return f"⟦{kind}|{value}⟧"


def K(label: str, value: str) -> str:
    """A clinical keep-span of ``label`` around ``value``."""
    return f"⟪{label}|{value}⟫"


def strip(marked: str) -> tuple[str, list[dict], list[dict]]:
    """Remove the marks; return the text, its PHI spans and its keep-spans (offsets into the text)."""
    out: list[str] = []
    pos = 0
    length = 0
    phi: list[dict] = []
    keep: list[dict] = []
    for m in _MARK.finditer(marked):
        before = marked[pos:m.start()]
        out.append(before)
        length += len(before)
        if m.group(1):
            kind, value, target, key = m.group(1), m.group(2), phi, "type"
        else:
            kind, value, target, key = m.group(3), m.group(4), keep, "label"
        if not value or value != value.strip():
            raise ValueError(f"span {kind} has empty or padded value {value!r}")
        target.append({"start": length, "end": length + len(value), key: kind, "text": value})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if any(ch in text for ch in _MARK_CHARS):
        raise ValueError(f"unbalanced mark in {text[:80]!r}")
    for span in phi + keep:
        assert text[span["start"]:span["end"]] == span["text"]
    return text, phi, keep
