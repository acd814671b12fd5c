"""Span-recording document builder for the blind27 corpus.

Text is appended piece by piece; a PHI or keep piece records its offsets at the moment it is appended,
so spans are never searched for afterwards.
"""

from __future__ import annotations

from typing import NamedTuple


class Span(NamedTuple):
    kind: str   # "phi" or "keep"
    value: str
    tag: str    # PHI type or keep label


def P(value: str, typ: str) -> Span:
    """A PHI piece."""
    return Span("phi", value, typ)


def K(value: str, label: str) -> Span:
    """A keep piece (clinical text that must not be redacted)."""
    return Span("keep", value, label)


class Doc:
    """Accumulates text and the spans recorded while it is written."""

    def __init__(self, modality: str):
        self.modality = modality
        self._parts: list[str] = []
        self._n = 0
        self.phi: list[dict] = []
        self.keep: list[dict] = []

    def add(self, *items) -> "Doc":
        for it in items:
            if it is None or it == "":
                continue
            if isinstance(it, Span):
                v = it.value
                if not v or v != v.strip():
                    raise ValueError(f"bad span value {v!r}")
                rec = {"start": self._n, "end": self._n + len(v)}
                if it.kind == "phi":
                    rec.update(type=it.tag, text=v)
                    self.phi.append(rec)
                else:
                    rec.update(label=it.tag, text=v)
                    self.keep.append(rec)
                self._parts.append(v)
                self._n += len(v)
            elif isinstance(it, (str, int)):
                it = str(it)
                self._parts.append(it)
                self._n += len(it)
            elif isinstance(it, (list, tuple)):
                self.add(*it)
            else:
                raise TypeError(f"cannot add {type(it)}")
        return self

    def f(self, template: str, *args) -> "Doc":
        """Append `template`, replacing each `{}` with the next argument (text, span or list of them)."""
        pieces = template.split("{}")
        if len(pieces) != len(args) + 1:
            raise ValueError(f"template wants {len(pieces) - 1} args, got {len(args)}: {template!r}")
        for piece, arg in zip(pieces, args):
            self.add(piece, arg)
        return self.add(pieces[-1])

    def text(self) -> str:
        return "".join(self._parts)
