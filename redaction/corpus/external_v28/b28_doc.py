"""Span-exact document builder for the blind28 corpus.

A document is a list of segments; a segment is plain text or a (value, tag) pair. Upper-case tags are
PHI types, lower-case tags are keep labels. Offsets are computed when the document is rendered, so every
span is exact by construction.
"""

from __future__ import annotations


class Doc:
    def __init__(self) -> None:
        self.parts: list[tuple[str, str | None]] = []

    def w(self, *items) -> Doc:
        """Append items: a str is plain text, a (value, tag) tuple is an annotated span."""
        for it in items:
            if isinstance(it, tuple):
                value, tag = it
                if not value:
                    continue
                if value != value.strip():
                    raise ValueError(f"span with surrounding whitespace: {value!r}")
                self.parts.append((value, tag))
            elif it:
                self.parts.append((it, None))
        return self

    def line(self, *items) -> Doc:
        return self.w(*items, "\n")

    def render(self) -> tuple[str, list[dict], list[dict]]:
        text_parts: list[str] = []
        phi: list[dict] = []
        keep: list[dict] = []
        pos = 0
        for value, tag in self.parts:
            if tag is not None:
                span = {"start": pos, "end": pos + len(value)}
                if tag.isupper():
                    phi.append({**span, "type": tag, "text": value})
                else:
                    keep.append({**span, "label": tag, "text": value})
            text_parts.append(value)
            pos += len(value)
        return "".join(text_parts), phi, keep
