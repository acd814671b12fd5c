"""Inline span marks and the single loop that strips them.

Styles build text with `phi(TYPE, value)` and `keep(label, value)`; `strip` removes the marks in one pass and
records each span's offsets from the very string it emits, so an offset can never drift from its text.
"""

from __future__ import annotations

_OPEN, _SEP, _CLOSE = "\ue000", "\ue001", "\ue002"


def _mark(kind: str, tag: str, value: str) -> str:
    if not value or value != value.strip():
        raise ValueError(f"span value empty or padded with whitespace: {value!r}")
    if any(c in value for c in (_OPEN, _SEP, _CLOSE)):
        raise ValueError(f"nested mark in {value!r}")
    return f"{_OPEN}{kind}{tag}{_SEP}{value}{_CLOSE}"


def phi(kind: str, value: str) -> str:
    """Mark `value` as PHI of type `kind` (e.g. PERSON, DATE_TIME)."""
    return _mark("P", kind, value)


def keep(label: str, value: str) -> str:
    """Mark `value` as a keep-span with `label` (eponym, anatomy, ...)."""
    return _mark("K", label, value)


def strip(marked: str) -> tuple[str, list[dict], list[dict]]:
    """(plain text, phi spans, keep spans) with offsets into the plain text."""
    out: list[str] = []
    pos = 0
    phis: list[dict] = []
    keeps: list[dict] = []
    i = 0
    while i < len(marked):
        c = marked[i]
        if c == _OPEN:
            sep = marked.index(_SEP, i)
            close = marked.index(_CLOSE, sep)
            kind, tag, value = marked[i + 1], marked[i + 2 : sep], marked[sep + 1 : close]
            start = pos
            out.append(value)
            pos += len(value)
            if kind == "P":
                phis.append({"start": start, "end": pos, "type": tag})
            else:
                keeps.append({"start": start, "end": pos, "label": tag})
            i = close + 1
            continue
        if c in (_SEP, _CLOSE):
            raise ValueError(f"stray mark at {i} in {marked[max(0, i - 40) : i + 40]!r}")
        out.append(c)
        pos += 1
        i += 1
    text = "".join(out)
    for span in phis + keeps:
        span["text"] = text[span["start"] : span["end"]]
    return text, phis, keeps


def visible_len(marked: str) -> int:
    """Length of `marked` once its marks are stripped (for fixed-width columns)."""
    return len(strip(marked)[0])


def pad(marked: str, width: int) -> str:
    """Left-justify marked text to `width` visible characters."""
    return marked + " " * max(1, width - visible_len(marked))


def lower(marked: str) -> str:
    """Lower-case the visible text only, leaving mark kinds and tags intact (ASR and chat styles)."""
    out: list[str] = []
    inside_tag = False
    for c in marked:
        if c == _OPEN:
            inside_tag = True
        elif c == _SEP:
            inside_tag = False
        out.append(c if inside_tag else c.lower())
    return "".join(out)
