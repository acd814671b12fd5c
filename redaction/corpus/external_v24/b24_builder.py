"""Span-recording text builder for the blind24 corpus.

Text is appended piece by piece; a PHI value or keep term is recorded with its offsets at the moment it is
appended, so no span is ever found by searching the finished text.
"""

from __future__ import annotations

import re

PHI_TYPES = frozenset({
    "PERSON", "DATE_TIME", "AGE_OVER_89", "MRN", "ACCESSION", "SSN", "PHONE", "EMAIL", "URL", "IP_ADDRESS",
    "STREET_ADDRESS", "CITY", "ZIP", "FACILITY", "HEALTH_PLAN_ID", "ACCOUNT_ID", "DEVICE_SERIAL",
})
KEEP_LABELS = frozenset({
    "eponym", "anatomy", "vertebral_level", "measurement", "score", "sequence", "age_under_90", "year",
    "modality", "credential", "section_header",
})
# Inline keep markup "[[label|term]]" and value slots "{name}".
_KEEP = re.compile(r"\[\[(\w+)\|([^\]]+)\]\]")
_TOKEN = re.compile(r"\[\[(\w+)\|([^\]]+)\]\]|\{(\w+)\}")


class Doc:
    """A document under construction: text pieces plus the PHI and keep spans recorded while appending."""

    def __init__(self, modality: str):
        self.modality = modality
        self._parts: list[str] = []
        self._n = 0
        self.phi: list[dict] = []
        self.keep: list[dict] = []

    def lit(self, s: str) -> Doc:
        self._parts.append(s)
        self._n += len(s)
        return self

    def put(self, v) -> Doc:
        """Append a value: a (type_or_label, text) tuple is a span, a list is a sequence, anything else literal."""
        if v is None:
            return self
        if isinstance(v, tuple):
            kind, value = v
            value = str(value)
            if not value or value != value.strip():
                raise ValueError(f"bad span value {value!r}")
            if kind in PHI_TYPES:
                self.phi.append({"start": self._n, "end": self._n + len(value), "type": kind, "text": value})
            elif kind in KEEP_LABELS:
                self.keep.append({"start": self._n, "end": self._n + len(value), "label": kind, "text": value})
            else:
                raise ValueError(f"unknown kind {kind!r}")
            return self.lit(value)
        if isinstance(v, list):
            for x in v:
                self.put(x)
            return self
        s = str(v)
        pos = 0
        for m in _KEEP.finditer(s):  # a plain string may carry keep markup (clinical phrases)
            self.lit(s[pos:m.start()])
            self.put((m.group(1), m.group(2)))
            pos = m.end()
        return self.lit(s[pos:])

    def w(self, fmt: str, **kw) -> Doc:
        """Append a template: [[label|term]] becomes a keep span, {name} is replaced by put(kw[name])."""
        pos = 0
        for m in _TOKEN.finditer(fmt):
            self.lit(fmt[pos:m.start()])
            if m.group(1):
                self.put((m.group(1), m.group(2)))
            else:
                self.put(kw[m.group(3)])
            pos = m.end()
        self.lit(fmt[pos:])
        return self

    def ln(self, fmt: str = "", **kw) -> Doc:
        self.w(fmt, **kw)
        return self.lit("\n")

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def problems(self) -> list[str]:
        """The corpus validator's rules, applied before a document is accepted."""
        text = self.text.rstrip()
        out = []
        spans = sorted((s["start"], s["end"]) for s in self.phi + self.keep)
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            if s2 < e1:
                out.append(f"overlap {s1}:{e1} {s2}:{e2}")
        covered = spans
        for sp in self.phi:
            if sp["type"] == "AGE_OVER_89":
                continue
            value = sp["text"]
            pattern = r"(?<![\w/:.-])" + re.escape(value) + r"(?![\w/:-])(?!\.\w)"
            for m in re.finditer(pattern, text):
                p = m.start()
                if not any(s <= p and p + len(value) <= e for s, e in covered):
                    out.append(f"unannotated {sp['type']} {value!r} at {p}")
        return out

    def to_dict(self, did: str, style: str) -> dict:
        return {"id": did, "style": style, "modality": self.modality, "text": self.text.rstrip(),
                "phi": self.phi, "keep": self.keep}
