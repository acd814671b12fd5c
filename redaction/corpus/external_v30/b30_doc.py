"""Document builder for the blind30 corpus: text pieces with PHI and keep annotations."""

from __future__ import annotations

import re

_SLOT = re.compile(r"\{(\w+)\}")


class Doc:
    """Accumulates text; PHI kinds are UPPER_CASE, keep labels lower_case, None is plain text."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.phi: list[dict] = []
        self.keep: list[dict] = []

    def seg(self, text: str, kind: str | None = None) -> "Doc":
        if not text:
            return self
        if kind:
            inner = text.strip()
            lead = len(text) - len(text.lstrip())
            start = self.pos + lead
            span = {"start": start, "end": start + len(inner)}
            if kind.isupper():
                span.update(type=kind, text=inner)
                self.phi.append(span)
            else:
                span.update(label=kind, text=inner)
                self.keep.append(span)
        self.parts.append(text)
        self.pos += len(text)
        return self

    def put(self, value) -> "Doc":
        """value: str (plain), (text, kind) or a list of those."""
        if isinstance(value, str):
            return self.seg(value)
        if isinstance(value, tuple):
            return self.seg(value[0], value[1])
        for v in value:
            self.put(v)
        return self

    def add(self, template: str, **slots) -> "Doc":
        """Append template; {slot} is replaced by the annotated value given as keyword."""
        last = 0
        for m in _SLOT.finditer(template):
            self.seg(template[last:m.start()])
            self.put(slots[m.group(1)])
            last = m.end()
        self.seg(template[last:])
        return self

    def line(self, template: str = "", **slots) -> "Doc":
        return self.add(template + "\n", **slots)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def render(doc_id: str, style: str, modality: str, doc: Doc) -> dict:
    text = doc.text.rstrip("\n")
    return {"id": doc_id, "style": style, "modality": modality, "text": text,
            "phi": sorted(doc.phi, key=lambda s: s["start"]),
            "keep": sorted(doc.keep, key=lambda s: s["start"])}
