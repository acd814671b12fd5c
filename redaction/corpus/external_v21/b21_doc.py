"""Builder for blind21 documents: every span is recorded at the moment its text is appended."""

from __future__ import annotations

import re

_MARK = re.compile(r"\{([a-z_0-9]+)\|([^{}]+)\}")


class Doc:
    """Accumulates text; ``phi``/``keep`` append a value and record its span in the same step."""

    def __init__(self, rng):
        self.rng = rng
        self.parts: list[str] = []
        self.n = 0
        self.phi_spans: list[dict] = []
        self.keep_spans: list[dict] = []

    # -- plain text -------------------------------------------------------------------------
    def t(self, s: str) -> "Doc":
        self.parts.append(s)
        self.n += len(s)
        return self

    def nl(self, k: int = 1) -> "Doc":
        return self.t("\n" * k)

    def _span(self, s: str, kind: str, key: str, val: str) -> "Doc":
        if not s or s != s.strip():
            raise ValueError(f"bad span text {s!r}")
        start = self.n
        self.t(s)
        (self.phi_spans if kind == "phi" else self.keep_spans).append(
            {"start": start, "end": self.n, key: val, "text": s})
        return self

    def p(self, s: str, typ: str) -> "Doc":
        """Append a PHI value."""
        return self._span(s, "phi", "type", typ)

    def k(self, s: str, label: str) -> "Doc":
        """Append a keep value (must not be redacted)."""
        return self._span(s, "keep", "label", label)

    # -- conveniences -----------------------------------------------------------------------
    def name(self, person, fmt: str = "full", upper: bool = False) -> "Doc":
        s = person.fmt(fmt)
        return self.p(s.upper() if upper else s, "PERSON")

    def clin(self, markup: str) -> "Doc":
        """Append clinical text written as ``plain {label|keep text} plain``."""
        pos = 0
        for m in _MARK.finditer(markup):
            if m.start() > pos:
                self.t(markup[pos:m.start()])
            self.k(m.group(2), m.group(1))
            pos = m.end()
        if pos < len(markup):
            self.t(markup[pos:])
        return self

    def header(self, s: str, sep: str = ":") -> "Doc":
        self.k(s, "section_header")
        return self.t(sep)

    def clinician(self, person, rng=None, fmt=None, title_p: float = 0.5, cred_p: float = 0.5) -> "Doc":
        """``Dr. Name`` or ``Name, MD`` (credential as keep-span) or bare name."""
        rng = rng or self.rng
        fmt = fmt or rng.choice(["full", "full", "initial", "last_first", "family"])
        if fmt == "family" or rng.random() < title_p and fmt != "last_first":
            self.t(rng.choice(["Dr. ", "Dr ", "DR. "]))
            self.name(person, fmt)
            return self
        self.name(person, fmt)
        if rng.random() < cred_p:
            self.t(rng.choice([", ", " "]))
            self.k(person.cred, "credential")
        return self

    def age(self, years: int, style: str | None = None) -> "Doc":
        """An age phrase: over 89 -> AGE_OVER_89 (number only); else keep age_under_90 (whole phrase)."""
        style = style or self.rng.choice(["-year-old", " yo", "Y", " y/o", " years", "-yr-old", " y.o."])
        if years > 89:
            self.p(str(years), "AGE_OVER_89")
            return self.t(style)
        return self.k(f"{years}{style}", "age_under_90")

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def to_dict(self, doc_id: str, style: str, modality: str) -> dict:
        text = self.text
        phi = sorted(self.phi_spans, key=lambda s: s["start"])
        keep = sorted(self.keep_spans, key=lambda s: s["start"])
        for s in phi + keep:
            assert text[s["start"]:s["end"]] == s["text"]
        return {"id": doc_id, "style": style, "modality": modality, "text": text, "phi": phi, "keep": keep}
