"""Inline span markup: templates write marked text, and one pass strips the marks while recording offsets.

Offsets cannot drift because they are computed from the very string that is emitted, in the same loop.
Marks: PHI is ``⟦P<TYPE>¦value⟧``, keep-spans ``⟦K<label>¦value⟧``; clinical phrase tables may use the short
form ``«label:value»`` which :func:`expand_keeps` turns into keep marks.
"""

from __future__ import annotations

import re

_OPEN, _MID, _CLOSE = "\u27e6", "\u00a6", "\u27e7"
_MARK = re.compile("\u27e6([PK])([A-Za-z0-9_]+)\u00a6([^\u27e6\u27e7\u00a6]*)\u27e7")
_SHORT = re.compile(r"«(\w+):([^«»]+)»")


def phi(kind: str, value: str) -> str:
    """Mark ``value`` as a PHI span of ``kind`` (e.g. PERSON, MRN)."""
    return f"{_OPEN}P{kind}{_MID}{value}{_CLOSE}"


def keep(label: str, value: str) -> str:
    """Mark ``value`` as a clinical keep-span with ``label`` (e.g. eponym, anatomy)."""
    return f"{_OPEN}K{label}{_MID}{value}{_CLOSE}"


def expand_keeps(text: str) -> str:
    """Turn the short ``«label:value»`` form used in phrase tables into keep marks."""
    return _SHORT.sub(lambda m: keep(m[1], m[2]), text)


def strip_marks(marked: str) -> tuple[str, list[dict], list[dict]]:
    """Plain text plus PHI and keep spans, offsets taken from the output as it is built."""
    out: list[str] = []
    length = 0
    phis: list[dict] = []
    keeps: list[dict] = []
    pos = 0
    for m in _MARK.finditer(marked):
        chunk = marked[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        value = m[3]
        if not value or value != value.strip():
            raise ValueError(f"empty or padded span value {value!r}")
        span_key, target = ("type", phis) if m[1] == "P" else ("label", keeps)
        target.append({"start": length, "end": length + len(value), span_key: m[2], "text": value})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if any(ch in text for ch in (_OPEN, _MID, _CLOSE, "«", "»")):
        raise ValueError(f"stray markup left in text: {text[:120]!r}")
    return text, phis, keeps
