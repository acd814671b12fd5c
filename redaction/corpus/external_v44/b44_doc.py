"""Document builder for blind corpus 44: text is appended piece by piece and spans are recorded as it grows.

Template mini-language used by ``Doc.f``:
  ``{}``           the next positional argument (a ``P`` PHI value, a plain string, markup, or a list of these)
  ``{a:text}``     a keep-span; the letter picks the label (see ``KEEP``)
"""

from __future__ import annotations

import re

KEEP = {
    "a": "anatomy", "e": "eponym", "v": "vertebral_level", "m": "measurement", "s": "score",
    "q": "sequence", "g": "age_under_90", "y": "year", "o": "modality", "c": "credential",
    "h": "section_header",
}
_TOK = re.compile(r"\{\}|\{([aevmsqgyoch]):([^{}]+)\}")


class P:
    """A PHI value with its gold type."""

    __slots__ = ("v", "t")

    def __init__(self, v: object, t: str) -> None:
        self.v = str(v)
        self.t = t

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"P({self.v!r}, {self.t})"


class Doc:
    def __init__(self) -> None:
        self.buf: list[str] = []
        self.n = 0
        self.phi: list[tuple[int, int, str]] = []
        self.keep: list[tuple[int, int, str]] = []

    def _add(self, s: str) -> None:
        self.buf.append(s)
        self.n += len(s)

    def _span(self, s: str, into: list, label: str) -> None:
        if s != s.strip() or not s:
            raise ValueError(f"span with surrounding whitespace: {s!r}")
        st = self.n
        self._add(s)
        into.append((st, self.n, label))

    def put(self, a: object) -> None:
        if isinstance(a, P):
            self._span(a.v, self.phi, a.t)
        elif isinstance(a, (list, tuple)):
            for x in a:
                self.put(x)
        else:
            self.f(str(a))

    def f(self, tmpl: str, *args: object) -> "Doc":
        pos = 0
        it = iter(args)
        for m in _TOK.finditer(tmpl):
            self._add(tmpl[pos:m.start()])
            if m.group(1) is None:
                self.put(next(it))
            else:
                self._span(m.group(2), self.keep, KEEP[m.group(1)])
            pos = m.end()
        self._add(tmpl[pos:])
        return self

    def result(self, did: str, style: str, modality: str) -> dict:
        text = "".join(self.buf)
        return {
            "id": did, "style": style, "modality": modality, "text": text,
            "phi": [{"start": s, "end": e, "type": t, "text": text[s:e]} for s, e, t in sorted(self.phi)],
            "keep": [{"start": s, "end": e, "label": t, "text": text[s:e]} for s, e, t in sorted(self.keep)],
        }
