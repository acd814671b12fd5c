"""Document builder for the blind23 corpus.

Text is appended piece by piece; every span is recorded at the moment its text is appended.
Two ways to append:

* ``d.add(*parts)``: a part is a plain string, or a ``(value, tag)`` tuple, or a list of parts.
* ``d.m(markup)``: a string in which ``«value|TAG»`` marks one span. The marks are turned into spans
  while the string is appended (left to right), so nothing is ever searched for afterwards.

A TAG in upper case is a PHI type, in lower case a keep label.
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

_MARK = re.compile(r"«([^«»|]+)\|([A-Za-z_0-9]+)»")


def tag(value: str, tag_: str) -> str:
    """Markup for one span (used by the helpers that build markup strings)."""
    if "«" in value or "»" in value or "|" in value:
        raise ValueError(f"value cannot be marked up: {value!r}")
    return f"«{value}|{tag_}»"


def strip_marks(markup: str) -> str:
    """The plain text of a markup string (for lengths / padding in tables)."""
    return _MARK.sub(lambda m: m.group(1), markup)


class Doc:
    def __init__(self, modality: str = "XR") -> None:
        self._parts: list[str] = []
        self._n = 0
        self.phi: list[dict] = []
        self.keep: list[dict] = []
        self.modality = modality

    # -- low level -----------------------------------------------------------------------------
    def _raw(self, s: str) -> None:
        self._parts.append(s)
        self._n += len(s)

    def _span(self, value: str, tag_: str) -> None:
        if not value or value != value.strip():
            raise ValueError(f"bad span value {value!r}")
        start = self._n
        self._raw(value)
        if tag_ in PHI_TYPES:
            self.phi.append({"start": start, "end": self._n, "type": tag_, "text": value})
        elif tag_ in KEEP_LABELS:
            self.keep.append({"start": start, "end": self._n, "label": tag_, "text": value})
        else:
            raise ValueError(f"unknown tag {tag_!r}")

    # -- public --------------------------------------------------------------------------------
    def add(self, *parts) -> "Doc":
        for p in parts:
            if isinstance(p, str):
                self._raw(p)
            elif isinstance(p, tuple):
                self._span(p[0], p[1])
            elif isinstance(p, list):
                self.add(*p)
            else:
                raise TypeError(p)
        return self

    def m(self, markup: str) -> "Doc":
        pos = 0
        for mt in _MARK.finditer(markup):
            if mt.start() > pos:
                self._raw(markup[pos:mt.start()])
            self._span(mt.group(1), mt.group(2))
            pos = mt.end()
        if pos < len(markup):
            self._raw(markup[pos:])
        return self

    def ml(self, *lines: str) -> "Doc":
        """Append markup lines, each followed by a newline."""
        for line in lines:
            self.m(line)
            self._raw("\n")
        return self

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def finish(self) -> tuple[str, list[dict], list[dict]]:
        """Strip trailing whitespace (spans never end in it) and return (text, phi, keep)."""
        text = self.text
        stripped = text.rstrip()
        for sp in self.phi + self.keep:
            assert sp["end"] <= len(stripped)
        return stripped, self.phi, self.keep
