"""Core helpers for blind38: a document builder that records spans as text is appended."""

from __future__ import annotations

import re

PHI_TYPES = frozenset({
    "PERSON", "DATE_TIME", "AGE_OVER_89", "MRN", "ACCESSION", "SSN", "PHONE", "EMAIL", "URL", "IP_ADDRESS",
    "STREET_ADDRESS", "CITY", "ZIP", "FACILITY", "HEALTH_PLAN_ID", "ACCOUNT_ID", "DEVICE_SERIAL",
})
_SLOT = re.compile(r"⟦(\w+)⟧")


class Doc:
    """Append text; PHI and keep pieces are recorded with their offsets as they are appended."""

    def __init__(self) -> None:
        self.buf: list[str] = []
        self.n = 0
        self.phi: list[dict] = []
        self.keep: list[dict] = []

    def t(self, s: str) -> "Doc":
        self.buf.append(s)
        self.n += len(s)
        return self

    def span(self, s: str, kind: str) -> "Doc":
        assert s and s == s.strip(), repr(s)
        start = self.n
        self.t(s)
        if kind in PHI_TYPES:
            self.phi.append({"start": start, "end": self.n, "type": kind, "text": s})
        else:
            self.keep.append({"start": start, "end": self.n, "label": kind, "text": s})
        return self

    def put(self, v) -> "Doc":
        """v: str (plain), (text, TYPE-or-label), or a list of those."""
        if v is None:
            return self
        if isinstance(v, str):
            return self.t(v)
        if isinstance(v, tuple):
            return self.span(v[0], v[1])
        for x in v:
            self.put(x)
        return self

    def f(self, template: str, **kw) -> "Doc":
        pos = 0
        for m in _SLOT.finditer(template):
            self.t(template[pos:m.start()])
            self.put(kw[m.group(1)])
            pos = m.end()
        self.t(template[pos:])
        return self

    def text(self) -> str:
        return "".join(self.buf)


def flat(v) -> str:
    """Plain text of a piece (for places that need the string, e.g. logins)."""
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    if isinstance(v, tuple):
        return v[0]
    return "".join(flat(x) for x in v)


def jesc(v):
    """Escape pieces for a JSON string context: newlines become \\n, quotes are avoided by construction."""
    if v is None:
        return v
    if isinstance(v, str):
        return v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    if isinstance(v, tuple):
        assert '"' not in v[0] and "\n" not in v[0] and "\\" not in v[0], v
        return v
    return [jesc(x) for x in v]


class Sub(Doc):
    """A detached piece list: build text with f()/put() and get back pieces to embed elsewhere."""

    def __init__(self) -> None:
        super().__init__()
        self.items: list = []

    def t(self, s: str) -> "Sub":
        if s:
            self.items.append(s)
        return self

    def span(self, s: str, kind: str) -> "Sub":
        assert s and s == s.strip(), repr(s)
        self.items.append((s, kind))
        return self


def sub(template: str = "", **kw) -> list:
    s = Sub()
    s.f(template, **kw)
    return s.items


def cat(*parts) -> list:
    return list(parts)
