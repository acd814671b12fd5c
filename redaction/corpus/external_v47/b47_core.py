"""Span-building text assembler for the blind47 corpus.

Text is appended piece by piece; every PHI value and keep term is emitted as a ``Span`` so its
offsets are recorded while the text is written (never found by searching afterwards).

Templates accept two kinds of markers:
  ``{key}``          replaced by ``vals[key]`` (a str, a Span, or a list of those)
  ``«abbr|text»``    an inline keep-span; abbr is one of KEEP_ABBR (or a full keep label)
"""

from __future__ import annotations

import re

PHI_TYPES = frozenset({
    "PERSON", "DATE_TIME", "AGE_OVER_89", "MRN", "ACCESSION", "SSN", "PHONE", "EMAIL", "URL", "IP_ADDRESS",
    "STREET_ADDRESS", "CITY", "ZIP", "FACILITY", "HEALTH_PLAN_ID", "ACCOUNT_ID", "DEVICE_SERIAL",
})
KEEP_ABBR = {
    "a": "anatomy", "e": "eponym", "m": "measurement", "s": "score", "q": "sequence", "g": "age_under_90",
    "y": "year", "x": "modality", "c": "credential", "h": "section_header", "v": "vertebral_level",
}
KEEP_LABELS = frozenset(KEEP_ABBR.values())
_TOKEN = re.compile(r"\{(?P<key>\w+)\}|«(?P<abbr>\w+)\|(?P<ktext>[^»]*)»")


class Span:
    """A labelled piece of text: a PHI type or a keep label."""

    __slots__ = ("label", "text")

    def __init__(self, label: str, text: str) -> None:
        label = KEEP_ABBR.get(label, label)
        if label not in PHI_TYPES and label not in KEEP_LABELS:
            raise ValueError(f"unknown label {label!r}")
        if not text or text != text.strip():
            raise ValueError(f"span text must be non-empty and trimmed: {text!r}")
        self.label = label
        self.text = text


def S(label: str, text: str) -> Span:
    return Span(label, text)


def P(text: str) -> Span:
    return Span("PERSON", text)


def D(text: str) -> Span:
    return Span("DATE_TIME", text)


def K(label: str, text: str) -> Span:
    return Span(label, text)


class Doc:
    """Accumulates text and the spans inside it."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._n = 0
        self.phi: list[dict] = []
        self.keep: list[dict] = []

    def _text(self, s: str) -> None:
        if s:
            self._parts.append(s)
            self._n += len(s)

    def emit(self, piece) -> Doc:
        if piece is None:
            return self
        if isinstance(piece, str):
            self._text(piece)
        elif isinstance(piece, Span):
            start = self._n
            self._text(piece.text)
            if piece.label in PHI_TYPES:
                self.phi.append({"start": start, "end": self._n, "type": piece.label, "text": piece.text})
            else:
                self.keep.append({"start": start, "end": self._n, "label": piece.label, "text": piece.text})
        elif isinstance(piece, (list, tuple)):
            for p in piece:
                self.emit(p)
        else:
            raise TypeError(f"cannot emit {type(piece).__name__}")
        return self

    def add(self, template: str, **vals) -> Doc:
        pos = 0
        for m in _TOKEN.finditer(template):
            self._text(template[pos:m.start()])
            if m.group("key") is not None:
                self.emit(vals[m.group("key")])
            else:
                self.emit(Span(m.group("abbr"), m.group("ktext")))
            pos = m.end()
        self._text(template[pos:])
        return self

    def line(self, template: str = "", **vals) -> Doc:
        return self.add(template + "\n", **vals)

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def to_dict(self, doc_id: str, style: str, modality: str) -> dict:
        return {"id": doc_id, "style": style, "modality": modality, "text": self.text,
                "phi": list(self.phi), "keep": list(self.keep)}
