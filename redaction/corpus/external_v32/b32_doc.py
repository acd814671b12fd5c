"""Span-tracking document builder for the blind32 corpus."""

from __future__ import annotations

import re

PHI_TYPES = {
    "PERSON", "DATE_TIME", "AGE_OVER_89", "MRN", "ACCESSION", "SSN", "PHONE", "EMAIL", "URL", "IP_ADDRESS",
    "STREET_ADDRESS", "CITY", "ZIP", "FACILITY", "HEALTH_PLAN_ID", "ACCOUNT_ID", "DEVICE_SERIAL",
}

_FIELD = re.compile(r"\{(\w+)\}")


class Doc:
    """Accumulates text while recording PHI and keep spans at exact offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.phi: list[dict] = []
        self.keep: list[dict] = []

    def t(self, s: str) -> "Doc":
        self.parts.append(s)
        self.n += len(s)
        return self

    def span(self, s: str, kind: str) -> "Doc":
        """kind: a PHI type (upper case) or a keep label (lower case)."""
        if not s:
            return self
        start = self.n
        self.t(s)
        if kind in PHI_TYPES:
            self.phi.append({"start": start, "end": self.n, "type": kind, "text": s})
        else:
            self.keep.append({"start": start, "end": self.n, "label": kind, "text": s})
        return self

    def add(self, item) -> "Doc":
        """item: str, (value, kind), or a list of those."""
        if item is None:
            return self
        if isinstance(item, str):
            return self.t(item)
        if isinstance(item, tuple):
            return self.span(item[0], item[1]) if item[1] else self.t(item[0])
        for sub in item:
            self.add(sub)
        return self

    def f(self, template: str, **kw) -> "Doc":
        """Fill {name} fields; values are str, (value, kind) tuples or lists of them."""
        pos = 0
        for m in _FIELD.finditer(template):
            self.t(template[pos:m.start()])
            self.add(kw[m.group(1)])
            pos = m.end()
        self.t(template[pos:])
        return self

    @property
    def text(self) -> str:
        return "".join(self.parts)
