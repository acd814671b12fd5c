"""Document builder for the blind26 corpus: text is appended piece by piece and every span is
recorded at the moment its value is written (never searched for afterwards)."""

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
    """Append-only text with PHI and keep spans.

    ``w(*parts)`` writes each part: a plain string is ordinary text; a tuple ``(kind, value)`` writes
    ``value`` and records a PHI span (``kind`` in PHI_TYPES) or a keep span (``kind`` in KEEP_LABELS).
    A tuple whose value is None or "" writes nothing.
    """

    def __init__(self, modality: str) -> None:
        self.modality = modality
        self._parts: list[str] = []
        self._len = 0
        self.phi: list[dict] = []
        self.keep: list[dict] = []

    def _append(self, s: str) -> None:
        self._parts.append(s)
        self._len += len(s)

    def w(self, *parts) -> "Doc":
        for part in parts:
            if isinstance(part, str):
                if part.startswith(".") and self._parts and self._parts[-1].endswith("."):
                    part = part[1:]  # "2:08 p.m." followed by a full stop
                if part:
                    self._append(part)
                continue
            kind, value = part
            if not value:
                continue
            value = str(value)
            if value != value.strip():
                raise ValueError(f"span value with surrounding whitespace: {value!r}")
            start = self._len
            self._append(value)
            if kind in PHI_TYPES:
                self.phi.append({"start": start, "end": self._len, "type": kind, "text": value})
            elif kind in KEEP_LABELS:
                self.keep.append({"start": start, "end": self._len, "label": kind, "text": value})
            else:
                raise ValueError(f"unknown span kind {kind!r}")
        return self

    def ln(self, *parts) -> "Doc":
        """Write parts followed by a newline."""
        return self.w(*parts, "\n")

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def as_dict(self, doc_id: str, style: str) -> dict:
        return {"id": doc_id, "style": style, "modality": self.modality, "text": self.text,
                "phi": self.phi, "keep": self.keep}
