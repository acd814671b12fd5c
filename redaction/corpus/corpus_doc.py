"""Build one annotated document by concatenation, recording spans as the text grows.

Templates are written in a small markup:
    [[label|text]]   a clinical keep-span (must not be redacted), e.g. [[eponym|Baker cyst]]
    <<slot>>         a value from the document's context, e.g. <<mrn>>, <<exam_date:iso>>
Anything else is plain text. Slots render themselves through the Doc methods, so every offset is
the length of what was written before it: no searching, no guessing.
"""

from __future__ import annotations

import re
from typing import Protocol

MARKUP = re.compile(r"\[\[(\w+)\|(.+?)\]\]|<<(\w+)(?::(\w+))?>>")


class Doc:
    """Text under construction plus its PHI and keep spans."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._pos = 0
        self.phi: list[dict] = []
        self.keep: list[dict] = []

    def text(self, s: str) -> None:
        self._parts.append(s)
        self._pos += len(s)

    def phi_span(self, s: str, entity_type: str) -> None:
        self.phi.append({"start": self._pos, "end": self._pos + len(s), "type": entity_type, "text": s})
        self.text(s)

    def keep_span(self, s: str, label: str) -> None:
        self.keep.append({"start": self._pos, "end": self._pos + len(s), "label": label, "text": s})
        self.text(s)

    @property
    def value(self) -> str:
        return "".join(self._parts)


class SlotFiller(Protocol):
    def fill(self, doc: Doc, name: str, arg: str | None) -> None: ...


def render(markup: str, filler: SlotFiller, doc: Doc) -> None:
    """Append `markup` to `doc`, turning [[label|text]] into keep-spans and <<slot>> into values."""
    pos = 0
    for m in MARKUP.finditer(markup):
        doc.text(markup[pos:m.start()])
        if m.group(1):
            doc.keep_span(m.group(2), m.group(1))
        else:
            filler.fill(doc, m.group(3), m.group(4))
        pos = m.end()
    doc.text(markup[pos:])
