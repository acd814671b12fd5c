"""Span-recording document builder for blind19: spans are recorded as text is appended."""

from __future__ import annotations

PHI_TYPES = frozenset({
    "PERSON", "DATE_TIME", "AGE_OVER_89", "MRN", "ACCESSION", "SSN", "PHONE", "EMAIL", "URL", "IP_ADDRESS",
    "STREET_ADDRESS", "CITY", "ZIP", "FACILITY", "HEALTH_PLAN_ID", "ACCOUNT_ID", "DEVICE_SERIAL",
})
KEEP_LABELS = frozenset({
    "eponym", "anatomy", "vertebral_level", "measurement", "score", "sequence", "age_under_90", "year",
    "modality", "credential", "section_header",
})


class Doc:
    """Append text pieces; a piece is a plain str or a (TYPE_or_label, value) tuple."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.phi: list[dict] = []
        self.keep: list[dict] = []

    def w(self, *items) -> "Doc":
        for it in items:
            if isinstance(it, str):
                self._raw(it)
            elif isinstance(it, tuple) and len(it) == 2 and it[0] in PHI_TYPES | KEEP_LABELS:
                kind, val = it
                if kind in PHI_TYPES:
                    self._span(self.phi, "type", kind, val)
                elif kind in KEEP_LABELS:
                    self._span(self.keep, "label", kind, val)
                else:
                    raise ValueError(f"unknown kind {kind!r}")
            elif isinstance(it, (list, tuple)):
                self.w(*it)
            else:
                raise TypeError(repr(it))
        return self

    def ln(self, *items) -> "Doc":
        self.w(*items)
        self._raw("\n")
        return self

    def _raw(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)

    def _span(self, lst: list, key: str, kind: str, val: str) -> None:
        val = str(val)
        lead = len(val) - len(val.lstrip())
        core = val.strip()
        if lead:
            self._raw(val[:lead])
        if core:
            lst.append({"start": self.pos, "end": self.pos + len(core), key: kind, "text": core})
            self._raw(core)
        tail = val[lead + len(core):]
        if tail:
            self._raw(tail)

    def text(self) -> str:
        return "".join(self.parts)
