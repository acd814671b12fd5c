"""Inline span markup: PHI and keep marks are written into the text and stripped in one pass.

Why: the offsets of a span are recorded while its marks are removed from the very string that becomes the
document, so a span can never point at other characters than the ones it was written around.
"""

from __future__ import annotations

import re
from collections.abc import Callable

PHI_OPEN = "\x01"
KEEP_OPEN = "\x02"
SEP = "\x1f"
CLOSE = "\x03"
_MARKERS = (PHI_OPEN, KEEP_OPEN, SEP, CLOSE)

PHI_TYPES = frozenset(
    {
        "PERSON",
        "DATE_TIME",
        "AGE_OVER_89",
        "MRN",
        "ACCESSION",
        "SSN",
        "PHONE",
        "EMAIL",
        "URL",
        "IP_ADDRESS",
        "STREET_ADDRESS",
        "CITY",
        "ZIP",
        "FACILITY",
        "HEALTH_PLAN_ID",
        "ACCOUNT_ID",
        "DEVICE_SERIAL",
    }
)
KEEP_LABELS = frozenset(
    {
        "eponym",
        "anatomy",
        "vertebral_level",
        "measurement",
        "score",
        "sequence",
        "age_under_90",
        "year",
        "modality",
        "credential",
        "section_header",
    }
)


def _mark(opener: str, tag: str, value: str) -> str:
    if not value or value != value.strip():
        raise ValueError(f"span value empty or padded: {value!r}")
    if any(m in value for m in _MARKERS):
        raise ValueError(f"nested or stray mark in {value!r}")
    return f"{opener}{tag}{SEP}{value}{CLOSE}"


def phi(kind: str, value: str) -> str:
    """`value` marked as a PHI span of type `kind`."""
    if kind not in PHI_TYPES:
        raise ValueError(f"unknown PHI type {kind}")
    return _mark(PHI_OPEN, kind, value)


def keep(label: str, value: str) -> str:
    """`value` marked as a keep-span with `label`."""
    if label not in KEEP_LABELS:
        raise ValueError(f"unknown keep label {label}")
    return _mark(KEEP_OPEN, label, value)


def strip_marks(marked: str) -> tuple[str, list[dict], list[dict]]:
    """(plain text, PHI spans, keep spans): one loop over `marked`, offsets taken from the output as it grows."""
    out: list[str] = []
    phis: list[dict] = []
    keeps: list[dict] = []
    open_span: tuple[str, str, int] | None = None
    i = 0
    while i < len(marked):
        ch = marked[i]
        if ch in (PHI_OPEN, KEEP_OPEN):
            if open_span is not None:
                raise ValueError(f"nested mark at {i}")
            sep = marked.index(SEP, i)
            tag = marked[i + 1 : sep]
            if tag not in (PHI_TYPES if ch == PHI_OPEN else KEEP_LABELS):
                raise ValueError(f"unknown span tag {tag!r} at {i}")
            open_span = (ch, tag, len(out))
            i = sep + 1
            continue
        if ch == CLOSE:
            if open_span is None:
                raise ValueError(f"close without open at {i}")
            opener, tag, start = open_span
            value = "".join(out[start:])
            if opener == PHI_OPEN:
                phis.append({"start": start, "end": len(out), "type": tag, "text": value})
            else:
                keeps.append({"start": start, "end": len(out), "label": tag, "text": value})
            open_span = None
            i += 1
            continue
        if ch == SEP:
            raise ValueError(f"stray separator at {i}")
        out.append(ch)
        i += 1
    if open_span is not None:
        raise ValueError("unclosed mark")
    return "".join(out), phis, keeps


_TAG = re.compile(f"([{PHI_OPEN}{KEEP_OPEN}][^{SEP}]*{SEP}|{CLOSE})")


def map_text(marked: str, fn: Callable[[str], str]) -> str:
    """Apply `fn` to every run of visible text, leaving the marks (and their type tags) untouched.

    Used for ASR lower-casing and OCR noise, which must change span values and surrounding text alike.
    """
    parts = _TAG.split(marked)
    return "".join(p if i % 2 else fn(p) for i, p in enumerate(parts))
