"""Segmented text for blind46: every piece of text carries its tag (PHI type, keep label or none).

Templates mark spans inline as ``⟦TYPE|value⟧`` (upper case = PHI type, lower case = keep label).
Escapers (JSON, Python repr, tokenizer markers) are applied per segment, so spans stay exact after
any number of nested encodings; SSE / tokenizer splitting slices segments, so a name cut across
chunks becomes one span per visible piece.
"""

from __future__ import annotations

import json
import re

MARK = re.compile(r"⟦([A-Za-z_0-9]+)\|(.*?)⟧", re.DOTALL)
PHI_TYPES = frozenset({
    "PERSON", "DATE_TIME", "AGE_OVER_89", "MRN", "ACCESSION", "SSN", "PHONE", "EMAIL", "URL", "IP_ADDRESS",
    "STREET_ADDRESS", "CITY", "ZIP", "FACILITY", "HEALTH_PLAN_ID", "ACCOUNT_ID", "DEVICE_SERIAL",
})
KEEP_LABELS = frozenset({
    "eponym", "anatomy", "vertebral_level", "measurement", "score", "sequence", "age_under_90", "year",
    "modality", "credential", "section_header",
})
# characters that never belong to a span edge (whitespace and tokenizer space markers)
_EDGE = " \t\r\n\u00a0ĠĊ▁"


def ph(kind: str, value: object) -> str:
    """Inline marker for a PHI or keep span."""
    return f"⟦{kind}|{value}⟧"


class S:
    """A list of (text, tag) segments; tag is None, ("phi", TYPE) or ("keep", label)."""

    __slots__ = ("segs",)

    def __init__(self, x: object = None) -> None:
        self.segs: list[tuple[str, tuple[str, str] | None]] = []
        if x is None:
            return
        if isinstance(x, S):
            self.segs = list(x.segs)
            return
        text = str(x)
        pos = 0
        for m in MARK.finditer(text):
            if m.start() > pos:
                self.segs.append((text[pos:m.start()], None))
            kind, value = m.group(1), m.group(2)
            if kind in PHI_TYPES:
                self.segs.append((value, ("phi", kind)))
            elif kind in KEEP_LABELS:
                self.segs.append((value, ("keep", kind)))
            else:
                raise ValueError(f"unknown marker {kind!r}")
            pos = m.end()
        if pos < len(text):
            self.segs.append((text[pos:], None))

    @staticmethod
    def of(x: object) -> S:
        return x if isinstance(x, S) else S(x)

    def __add__(self, other: object) -> S:
        r = S()
        r.segs = self.segs + S.of(other).segs
        return r

    def __radd__(self, other: object) -> S:
        return S.of(other) + self

    def map(self, fn) -> S:
        r = S()
        r.segs = [(fn(t), tag) for t, tag in self.segs]
        return r

    def plain(self) -> str:
        return "".join(t for t, _ in self.segs)

    def slice(self, a: int, b: int) -> S:
        r = S()
        pos = 0
        for t, tag in self.segs:
            lo, hi = max(a, pos), min(b, pos + len(t))
            if lo < hi:
                if tag is not None and (lo > pos or hi < pos + len(t)):
                    tag = (tag[0], tag[1], "piece")
                r.segs.append((t[lo - pos:hi - pos], tag))
            pos += len(t)
        return r


def join(sep: object, items) -> S:
    out = S()
    for n, it in enumerate(items):
        if n:
            out = out + sep
        out = out + it
    return out


def lines(*items) -> S:
    return join("\n", items)


# ---------------------------------------------------------------- encoders (per segment)

def json_chars(ascii_only: bool = True):
    return lambda t: json.dumps(t, ensure_ascii=ascii_only)[1:-1]


def jstr(x: object, ascii_only: bool = True) -> S:
    """A JSON string literal (quotes included) of segmented text."""
    return '"' + S.of(x).map(json_chars(ascii_only)) + '"'


class Raw:
    """A value that jdump/pyrepr emit as-is (unquoted): numbers with a span, for instance."""

    def __init__(self, x: object) -> None:
        self.s = S.of(x)


def jdump(obj: object, indent: int | None = None, compact: bool = False, ascii_only: bool = True,
          _lvl: int = 0) -> S:
    """json.dumps over objects whose strings may hold markers or be S objects."""
    item_sep, key_sep = ((",", ":") if compact else (", " if indent is None else ",", ": "))
    if isinstance(obj, Raw):
        return obj.s
    if isinstance(obj, (str, S)):
        return jstr(obj, ascii_only)
    if isinstance(obj, dict):
        if not obj:
            return S("{}")
        parts = [jstr(k, ascii_only) + key_sep + jdump(v, indent, compact, ascii_only, _lvl + 1) for k, v in obj.items()]
        return _wrap("{", "}", parts, indent, item_sep, _lvl)
    if isinstance(obj, (list, tuple)):
        if not obj:
            return S("[]")
        parts = [jdump(v, indent, compact, ascii_only, _lvl + 1) for v in obj]
        return _wrap("[", "]", parts, indent, item_sep, _lvl)
    return S(json.dumps(obj))


def _wrap(o: str, c: str, parts: list[S], indent: int | None, sep: str, lvl: int) -> S:
    if indent is None:
        return o + join(sep, parts) + c
    pad = "\n" + " " * (indent * (lvl + 1))
    return o + pad + join(sep + pad, parts) + "\n" + " " * (indent * lvl) + c


def _py_char(q: str):
    def fn(t: str) -> str:
        out = []
        for ch in t:
            if ch == "\\":
                out.append("\\\\")
            elif ch == q:
                out.append("\\" + q)
            elif ch == "\n":
                out.append("\\n")
            elif ch == "\t":
                out.append("\\t")
            elif ch == "\r":
                out.append("\\r")
            elif not ch.isprintable():
                out.append(repr(ch)[1:-1])
            else:
                out.append(ch)
        return "".join(out)
    return fn


def pystr(x: object) -> S:
    """Python repr() of a str, quote choice included."""
    s = S.of(x)
    body = s.plain()
    q = '"' if ("'" in body and '"' not in body) else "'"
    return q + s.map(_py_char(q)) + q


def pyrepr(obj: object) -> S:
    if isinstance(obj, Raw):
        return obj.s
    if isinstance(obj, (str, S)):
        return pystr(obj)
    if isinstance(obj, dict):
        return "{" + join(", ", [pystr(k) + ": " + pyrepr(v) for k, v in obj.items()]) + "}"
    if isinstance(obj, list):
        return "[" + join(", ", [pyrepr(v) for v in obj]) + "]"
    if isinstance(obj, tuple):
        return "(" + join(", ", [pyrepr(v) for v in obj]) + ("," if len(obj) == 1 else "") + ")"
    return S(repr(obj))


# ---------------------------------------------------------------- token-like splitting

_TOK = re.compile(r" ?[A-Za-zÀ-ÿĀ-ž]+| ?\d{1,3}| ?[^\sA-Za-z\d]|\s+")


def tokens(x: object, rng=None) -> list[S]:
    """BPE-like tokens: words with their leading space, 3-digit groups, single punctuation;
    long words are cut into sub-word pieces when rng is given."""
    s = S.of(x)
    text = s.plain()
    out = []
    for m in _TOK.finditer(text):
        a, b = m.start(), m.end()
        word = text[a:b]
        if rng is not None and word.strip().isalpha() and len(word.strip()) > 6 and rng.random() < 0.7:
            cut = a + (len(word) - len(word.lstrip())) + rng.randint(2, 4)
            out.append(s.slice(a, cut))
            a = cut
            if b - a > 5:
                cut = a + rng.randint(2, 3)
                out.append(s.slice(a, cut))
                a = cut
        out.append(s.slice(a, b))
    return out


def chunks(x: object, rng, lo: int = 1, hi: int = 3) -> list[S]:
    """Streaming deltas: groups of lo..hi tokens."""
    toks = tokens(x, rng)
    out = []
    i = 0
    while i < len(toks):
        n = rng.randint(lo, hi)
        out.append(join("", toks[i:i + n]))
        i += n
    return out


# ---------------------------------------------------------------- rendering

def _merged(s: S) -> list[tuple[str, tuple | None]]:
    """Adjacent segments with the same tag become one (a name whose pieces share a chunk)."""
    out: list[list] = []
    for t, tag in s.segs:
        if out and tag is not None and out[-1][1] is not None and out[-1][1][:2] == tag[:2]:
            out[-1][0] += t
            if len(tag) > 2:
                out[-1][1] = tag
        else:
            out.append([t, tag])
    return [(t, tag) for t, tag in out]


def _core(t: str, piece: bool) -> tuple[int, int]:
    a, b = 0, len(t)
    ok = (lambda ch: ch.isalnum() and ch not in _EDGE) if piece else (lambda ch: ch not in _EDGE)
    while a < b and not ok(t[a]):
        a += 1
    while b > a and not ok(t[b - 1]):
        b -= 1
    return a, b


def render(x: object) -> tuple[str, list[dict], list[dict]]:
    """Final text plus PHI and keep spans. Edges: whitespace and tokenizer markers are trimmed; a
    piece cut out of a longer value (stream chunk, token) is trimmed to its letters and digits."""
    text_parts: list[str] = []
    phi: list[dict] = []
    keep: list[dict] = []
    pos = 0
    for t, tag in _merged(S.of(x)):
        if tag is not None:
            a, b = _core(t, len(tag) > 2)
            core = t[a:b]
            if core and any(ch.isalnum() for ch in core):
                if tag[0] == "phi":
                    phi.append({"start": pos + a, "end": pos + b, "type": tag[1], "text": core})
                else:
                    keep.append({"start": pos + a, "end": pos + b, "label": tag[1], "text": core})
        text_parts.append(t)
        pos += len(t)
    return "".join(text_parts), phi, keep
