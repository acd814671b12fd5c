"""Document builder for the blind20 corpus.

Text is appended piece by piece; a span is recorded the moment its value is appended.  Templates may carry
inline marks ``⟦TYPE|value⟧`` (upper-case TYPE = PHI type) or ``⟦label|value⟧`` (lower-case = keep label);
``Doc.md`` walks a template left to right and appends plain text and marked values in order.
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
MARK = re.compile(r"⟦([A-Za-z_0-9]+)\|(.*?)⟧", re.S)


def m(kind: str, value: str) -> str:
    """Inline mark for a PHI type or keep label."""
    assert "⟦" not in value and "⟧" not in value and "|" not in kind
    return f"⟦{kind}|{value}⟧"


def plain(template: str) -> str:
    """A template with the marks removed (for width computations)."""
    return MARK.sub(lambda mo: mo.group(2), template)


class Doc:
    def __init__(self) -> None:
        self._parts: list[str] = []
        self._pos = 0
        self.phi: list[dict] = []
        self.keep: list[dict] = []

    def add(self, s: str) -> None:
        assert "⟦" not in s and "⟧" not in s, s
        self._parts.append(s)
        self._pos += len(s)

    def span(self, kind: str, value: str) -> None:
        assert value and value == value.strip(), repr(value)
        start = self._pos
        self.add(value)
        if kind in PHI_TYPES:
            self.phi.append({"start": start, "end": self._pos, "type": kind, "text": value})
        elif kind in KEEP_LABELS:
            self.keep.append({"start": start, "end": self._pos, "label": kind, "text": value})
        else:
            raise ValueError(f"unknown span kind {kind!r}")

    def md(self, template: str) -> None:
        last = 0
        for mo in MARK.finditer(template):
            if mo.start() > last:
                self.add(template[last:mo.start()])
            self.span(mo.group(1), mo.group(2))
            last = mo.end()
        if last < len(template):
            self.add(template[last:])

    def line(self, template: str = "") -> None:
        self.md(template + "\n")

    @property
    def text(self) -> str:
        return "".join(self._parts)


def wrap(template: str, width: int, rng=None, hyphenate: float = 0.0) -> list[str]:
    """Word-wrap a marked template.  Marked values never break; long plain words may be hyphenated."""
    protected = MARK.sub(lambda mo: mo.group(0).replace(" ", "\x00"), template)
    lines: list[str] = []
    cur, curn = "", 0
    for raw in protected.split(" "):
        if not raw:
            continue
        tok = raw.replace("\x00", " ")
        n = len(plain(tok))
        need = n + (1 if cur else 0)
        if curn + need <= width:
            cur, curn = (cur + " " + tok if cur else tok), curn + need
            continue
        room = width - curn - (1 if cur else 0) - 1
        if (rng is not None and "⟦" not in tok and tok.isalpha() and n >= 9 and room >= 4
                and rng.random() < hyphenate):
            cut = min(room, n - 3)
            lines.append((cur + " " if cur else "") + tok[:cut] + "-")
            cur, curn = tok[cut:], n - cut
            continue
        if cur:
            lines.append(cur)
        cur, curn = tok, n
    if cur:
        lines.append(cur)
    return lines
