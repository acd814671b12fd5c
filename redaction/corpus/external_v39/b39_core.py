"""Segment builder and encoders for blind39 (encoded and escaped text).

A document is built as a list of segments (text, kind, tag): kind None is plain text, "phi" carries a PHI type,
"keep" a keep label. Encoders rewrite each segment's text separately, so an encoded span stays a span and its
offsets are right by construction. The quoted-printable wrapper may split a span at a soft line break; each
visible piece then becomes its own span.
"""

from __future__ import annotations

import json
import re
from urllib.parse import quote, quote_plus

Seg = tuple[str, str | None, str | None]


class B:
    """Chainable segment list."""

    def __init__(self, segs: list[Seg] | None = None):
        self.segs: list[Seg] = list(segs or [])

    def t(self, s: str) -> "B":
        if s:
            self.segs.append((s, None, None))
        return self

    def p(self, s: str, typ: str) -> "B":
        self.segs.append((s, "phi", typ))
        return self

    def k(self, s: str, lab: str) -> "B":
        self.segs.append((s, "keep", lab))
        return self

    def add(self, other: "B") -> "B":
        self.segs.extend(other.segs)
        return self

    def enc(self, fn) -> "B":
        return B([(fn(s), kd, tg) for s, kd, tg in self.segs])

    def tpl(self, template: str, **slots) -> "B":
        """Fill "{name}" slots; a slot is a str (plain), a B, or a tuple (text, 'P'|'K', tag)."""
        for i, part in enumerate(re.split(r"\{(\w+)\}", template)):
            if i % 2 == 0:
                self.t(part)
                continue
            v = slots[part]
            if isinstance(v, B):
                self.add(v)
            elif isinstance(v, tuple):
                if v[1] == "P":
                    self.p(v[0], v[2])
                else:
                    self.k(v[0], v[2])
            else:
                self.t(str(v))
        return self

    def plain(self) -> str:
        return "".join(s for s, _, _ in self.segs)


def P(s: str, typ: str) -> tuple:
    return (s, "P", typ)


def K(s: str, lab: str) -> tuple:
    return (s, "K", lab)


# ---------------------------------------------------------------- encoders (text -> text, char-local)
_HTML_NAMED = {"é": "&eacute;", "è": "&egrave;", "ñ": "&ntilde;", "ü": "&uuml;", "ö": "&ouml;", "ë": "&euml;",
               "á": "&aacute;", "í": "&iacute;", "ó": "&oacute;", "ç": "&ccedil;", "’": "&rsquo;", "—": "&mdash;",
               "–": "&ndash;", "×": "&times;", "±": "&plusmn;", "°": "&deg;", "\u00a0": "&nbsp;"}


def html(s: str, numeric: bool = False, apos: str = "&#39;") -> str:
    out = []
    for ch in s:
        if ch == "&":
            out.append("&amp;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == '"':
            out.append("&quot;")
        elif ch == "'":
            out.append(apos)
        elif ord(ch) > 126:
            out.append(f"&#{ord(ch)};" if numeric or ch not in _HTML_NAMED else _HTML_NAMED[ch])
        else:
            out.append(ch)
    return "".join(out)


def xml(s: str) -> str:
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
            .replace("'", "&apos;"))


def xml_num(s: str) -> str:
    return "".join(f"&#x{ord(c):X};" if ord(c) > 126 else c for c in xml(s))


def js(s: str, ascii_only: bool = True, slash: bool = False) -> str:
    out = json.dumps(s, ensure_ascii=ascii_only)[1:-1]
    return out.replace("/", "\\/") if slash else out


def url_form(s: str) -> str:
    return quote_plus(s, safe="")


def url_pct(s: str) -> str:
    return quote(s, safe="")


def qp(s: str) -> str:
    out = []
    for ch in s:
        if ch == "=" or ord(ch) > 126 or (ord(ch) < 32 and ch not in "\n\t"):
            out.append("".join(f"={b:02X}" for b in ch.encode("utf-8")))
        else:
            out.append(ch)
    return "".join(out)


def rtf(s: str) -> str:
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\par\n")
        elif ch == "\u00a0":
            out.append("\\~")
        elif ord(ch) > 126:
            try:
                out.append("\\'" + ch.encode("cp1252").hex())
            except UnicodeEncodeError:
                out.append(f"\\u{ord(ch)}?")
        else:
            out.append(ch)
    return "".join(out)


def csvq(s: str) -> str:
    return s.replace('"', '""')


def sql_std(s: str) -> str:
    return s.replace("'", "''")


def sql_mysql(s: str) -> str:
    return s.replace("\\", "\\\\").replace("'", "\\'").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")


# ---------------------------------------------------------------- quoted-printable soft wrapping
def qp_wrap(b: B, width: int = 76) -> B:
    """Insert '=\\n' soft breaks so no line exceeds width; never inside an =XX escape.

    A break inside a span is avoided when it would leave a piece under 3 characters (the break moves to the
    span's start when that is on the same line)."""
    atoms: list[tuple[str, int]] = []
    for idx, (s, _, _) in enumerate(b.segs):
        for m in re.finditer(r"=[0-9A-F]{2}|.|\n", s, re.S):
            atoms.append((m.group(0), idx))
    breaks: set[int] = set()
    col, line_start, i = 0, 0, 0
    while i < len(atoms):
        a, idx = atoms[i]
        if a == "\n":
            col, line_start = 0, i + 1
            i += 1
            continue
        if col + len(a) > width - 1 and i > line_start:
            j = i
            if b.segs[idx][1] is not None:
                s0 = i
                while s0 > 0 and atoms[s0 - 1][1] == idx:
                    s0 -= 1
                e0 = i
                while e0 < len(atoms) and atoms[e0][1] == idx:
                    e0 += 1
                left = sum(len(x) for x, _ in atoms[s0:i])
                right = sum(len(x) for x, _ in atoms[i:e0])
                if 0 < left and (left < 3 or right < 3) and s0 > line_start:
                    j = s0
            breaks.add(j)
            col, line_start, i = 0, j, j
            continue
        col += len(a)
        i += 1
    out = B()
    cur, cur_idx = "", None
    for n, (a, idx) in enumerate(atoms):
        if n in breaks or idx != cur_idx:
            if cur:
                out.segs.append((cur, b.segs[cur_idx][1], b.segs[cur_idx][2]))
            cur = ""
            if n in breaks:
                out.t("=\n")
            cur_idx = idx
        cur += a
    if cur:
        out.segs.append((cur, b.segs[cur_idx][1], b.segs[cur_idx][2]))
    return out


# ---------------------------------------------------------------- finalisation
def finalize(b: B) -> tuple[str, list[dict], list[dict]]:
    text_parts: list[str] = []
    phi: list[dict] = []
    keep: list[dict] = []
    pos = 0
    for s, kind, tag in b.segs:
        if kind is not None:
            core = s.strip()
            if core:
                lead = len(s) - len(s.lstrip())
                start = pos + lead
                span = {"start": start, "end": start + len(core)}
                if kind == "phi":
                    phi.append({**span, "type": tag, "text": core})
                else:
                    keep.append({**span, "label": tag, "text": core})
        text_parts.append(s)
        pos += len(s)
    return "".join(text_parts), phi, keep
