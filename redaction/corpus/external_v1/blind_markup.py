"""Inline span markup for the blind corpus: templates carry their own annotations.

A PHI value is written ``P("PERSON", "Doe, John")`` and a keep-span ``K("eponym", "Baker cyst")``; the
helpers wrap the value in control characters that never occur in the corpus text. ``assemble`` strips the
markers and returns the plain text with character offsets, so a span can never drift from its text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from random import Random

_P_OPEN, _K_OPEN, _SEP, _P_CLOSE, _K_CLOSE = "\x02", "\x04", "\x1f", "\x03", "\x05"
_MARK = re.compile("\x02([A-Z_0-9]+)\x1f([^\x02-\x05\x1f]*)\x03|\x04([a-z_0-9]+)\x1f([^\x02-\x05\x1f]*)\x05")
_CONTROL = re.compile("[\x02-\x05\x1f]")

# Short codes for clinical keep-spans inside finding templates: "[e:Baker cyst]" -> K("eponym", "Baker cyst").
KEEP_CODES = {
    "e": "eponym", "a": "anatomy", "v": "vertebral_level", "m": "measurement", "sc": "score",
    "sq": "sequence", "age": "age_under_90", "yr": "year", "mod": "modality", "cr": "credential",
    "h": "section_header",
}
_CODE = re.compile(r"\[(e|a|v|m|sc|sq|age|yr|mod|cr|h):([^\[\]]+)\]")

Segment = tuple[str, str, str]  # (kind: "", "phi" or "keep"; PHI type or keep label; text)


def P(kind: str, value: str) -> str:
    """A PHI span of type `kind`."""
    return f"{_P_OPEN}{kind}{_SEP}{value}{_P_CLOSE}"


def K(label: str, value: str) -> str:
    """A clinical keep-span with `label`."""
    return f"{_K_OPEN}{label}{_SEP}{value}{_K_CLOSE}"


def expand_codes(template: str) -> str:
    """Turn "[e:Baker cyst]" style codes into keep-span markup."""
    return _CODE.sub(lambda m: K(KEEP_CODES[m.group(1)], m.group(2)), template)


def segments(markup: str) -> list[Segment]:
    """Split markup into (kind, type-or-label, text) pieces; kind is "", "phi" or "keep"."""
    out: list[Segment] = []
    pos = 0
    for m in _MARK.finditer(markup):
        if m.start() > pos:
            out.append(("", "", markup[pos:m.start()]))
        if m.group(1):
            out.append(("phi", m.group(1), m.group(2)))
        else:
            out.append(("keep", m.group(3), m.group(4)))
        pos = m.end()
    if pos < len(markup):
        out.append(("", "", markup[pos:]))
    for kind, _, text in out:
        if _CONTROL.search(text):
            raise ValueError(f"unbalanced markup near {text[:40]!r}")
        if kind and (not text or text != text.strip()):
            raise ValueError(f"span with surrounding whitespace or empty: {text!r}")
    return out


def transform(segs: list[Segment], fn: Callable[[str, str], str]) -> list[Segment]:
    """Apply fn(kind, text) to every segment's text (e.g. upper-casing a whole legacy report)."""
    return [(kind, tag, fn(kind, text)) for kind, tag, text in segs]


def assemble(segs: list[Segment]) -> tuple[str, list[dict], list[dict]]:
    """Plain text plus PHI and keep span lists with offsets."""
    parts: list[str] = []
    phi: list[dict] = []
    keep: list[dict] = []
    pos = 0
    for kind, tag, text in segs:
        if kind == "phi":
            phi.append({"start": pos, "end": pos + len(text), "type": tag, "text": text})
        elif kind == "keep":
            keep.append({"start": pos, "end": pos + len(text), "label": tag, "text": text})
        parts.append(text)
        pos += len(text)
    return "".join(parts), phi, keep


_OCR_SWAPS = (("l", "1"), ("O", "0"), ("rn", "m"), ("I", "l"), ("e", "c"), ("S", "5"))


def ocr_plain(text: str, rng: Random, rate: float = 0.08) -> str:
    """Scanned-fax noise for unannotated text: doubled spaces, broken words, swapped glyphs, stray marks."""
    words = re.split(r"( +)", text)
    out: list[str] = []
    for w in words:
        if not w.strip():
            out.append(w if rng.random() > rate * 3 else w + " " * rng.randint(1, 3))
            continue
        if len(w) > 5 and w.isalpha() and rng.random() < rate:
            a, b = rng.choice(_OCR_SWAPS)
            w = w.replace(a, b, 1)
        if len(w) > 6 and w.isalpha() and rng.random() < rate / 2:
            cut = rng.randint(2, len(w) - 2)
            w = w[:cut] + " " + w[cut:]
        if rng.random() < rate / 4:
            w += rng.choice((" |", " ~", "'", " ."))
        out.append(w)
    return "".join(out)


def map_plain(markup: str, fn: Callable[[str], str]) -> str:
    """Rewrite only the unannotated text of a markup string (e.g. spoken punctuation), keeping spans intact."""
    out: list[str] = []
    for kind, tag, text in segments(markup):
        out.append(fn(text) if not kind else (P(tag, text) if kind == "phi" else K(tag, text)))
    return "".join(out)


def ocr_phi(text: str, rng: Random, rate: float = 0.15) -> str:
    """OCR damage inside an identifier or name: a doubled space, or O/0 and l/1 confusion in digits."""
    if " " in text and rng.random() < rate:
        i = rng.choice([k for k, ch in enumerate(text) if ch == " "])
        text = text[:i] + "  " + text[i + 1:]
    if any(ch.isdigit() for ch in text) and rng.random() < rate:
        swaps = [(k, {"0": "O", "1": "l", "5": "S"}[ch]) for k, ch in enumerate(text) if ch in "015"]
        if swaps:
            k, ch = rng.choice(swaps)
            text = text[:k] + ch + text[k + 1:]
    return text
