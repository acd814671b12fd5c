"""Document builder for the blind25 corpus: spans are recorded while the text is appended."""

from __future__ import annotations

PHI_TYPES = (
    "PERSON", "DATE_TIME", "AGE_OVER_89", "MRN", "ACCESSION", "SSN", "PHONE", "EMAIL", "URL", "IP_ADDRESS",
    "STREET_ADDRESS", "CITY", "ZIP", "FACILITY", "HEALTH_PLAN_ID", "ACCOUNT_ID", "DEVICE_SERIAL",
)
KEEP_LABELS = (
    "eponym", "anatomy", "vertebral_level", "measurement", "score", "sequence", "age_under_90", "year",
    "modality", "credential", "section_header",
)


class Doc:
    """Accumulates text; a part is a plain string or a (value, TYPE-or-label) tuple.

    Upper-case tags are PHI types, lower-case tags are keep labels.  Offsets are taken from the running
    length of the text at the moment the value is appended, never searched for afterwards.
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._len = 0
        self.phi: list[dict] = []
        self.keep: list[dict] = []
        self.modality = "CT"

    def _append(self, s: str) -> None:
        self._parts.append(s)
        self._len += len(s)

    def add(self, *parts) -> "Doc":
        for part in parts:
            if part is None:
                continue
            if isinstance(part, str):
                self._append(part)
                continue
            if isinstance(part, list):
                self.add(*part)
                continue
            value, tag = part
            if value is None or value == "":
                continue
            if value != value.strip():
                raise ValueError(f"span with surrounding whitespace: {value!r}")
            start = self._len
            self._append(value)
            if tag in PHI_TYPES:
                self.phi.append({"start": start, "end": self._len, "type": tag, "text": value})
            elif tag in KEEP_LABELS:
                self.keep.append({"start": start, "end": self._len, "label": tag, "text": value})
            else:
                raise ValueError(f"unknown tag {tag!r}")
        return self

    def line(self, *parts) -> "Doc":
        """Append parts followed by a newline."""
        self.add(*parts)
        self._append("\n")
        return self

    def blank(self) -> "Doc":
        """End the current paragraph (trailing spaces dropped) and leave one empty line."""
        while self._parts and isinstance(self._parts[-1], str) and self._parts[-1].endswith(" "):
            last = self._parts.pop()
            self._len -= len(last)
            if last.rstrip(" "):
                self._append(last.rstrip(" "))
                break
        if self._parts and not self._parts[-1].endswith("\n"):
            self._append("\n")
        self._append("\n")
        return self

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def finish(self, doc_id: str, style: str, modality: str) -> dict:
        text = self.text.rstrip("\n") + "\n"
        return {"id": doc_id, "style": style, "modality": modality, "text": text,
                "phi": list(self.phi), "keep": list(self.keep)}


def P(value: str) -> tuple[str, str]:
    """Shortcut for a PERSON part."""
    return (value, "PERSON")


def D(value: str) -> tuple[str, str]:
    """Shortcut for a DATE_TIME part."""
    return (value, "DATE_TIME")
