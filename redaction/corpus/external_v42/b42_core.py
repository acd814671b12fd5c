"""Annotated text parts and the honest transport encodings used by blind42.

A document is built as a list of parts ``(text, kind, tag)`` where kind is None (plain), "phi"
or "keep".  Every encoding here is applied part by part, so the encoded text of a PHI value is
still exactly one span in the final document.
"""

from __future__ import annotations

import json
import re
import urllib.parse

Part = tuple  # (text, kind, tag)


def ph(value: str, typ: str) -> list:
    return [(value, "phi", typ)]


def kp(value: str, label: str) -> list:
    return [(value, "keep", label)]


def _as_parts(x) -> list:
    if x is None:
        return []
    if isinstance(x, str):
        return [(x, None, None)] if x else []
    if isinstance(x, tuple):
        return [x]
    out = []
    for y in x:
        out.extend(_as_parts(y))
    return out


def T(template: str, *args) -> list:
    """Template with {0}, {1} ... filled by strings or part lists."""
    out: list = []
    pos = 0
    for m in re.finditer(r"\{(\d+)\}", template):
        out.extend(_as_parts(template[pos:m.start()]))
        out.extend(_as_parts(args[int(m.group(1))]))
        pos = m.end()
    out.extend(_as_parts(template[pos:]))
    return out


def J(*xs) -> list:
    return _as_parts(list(xs))


def join(sep: str, items) -> list:
    out: list = []
    for n, it in enumerate(items):
        if n:
            out.extend(_as_parts(sep))
        out.extend(_as_parts(it))
    return out


def plain_text(parts) -> str:
    return "".join(p[0] for p in _as_parts(parts))


def tx(parts, fn) -> list:
    """Apply a character-wise encoding to every part."""
    return [(fn(t), k, g) for t, k, g in _as_parts(parts) if t]


# ---- encodings (character-wise, so part-wise application equals whole-string application)

def html_esc(s: str, nbsp: bool = False) -> str:
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("'", "&#39;")
    if nbsp:
        s = s.replace("  ", "&nbsp; ")
    return s


def html_esc_nl(s: str) -> str:
    return html_esc(s).replace("\n", "<br>")


def xml_esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def json_esc(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)[1:-1]


def json_esc_ascii(s: str) -> str:
    return json.dumps(s, ensure_ascii=True)[1:-1]


def form_enc(s: str) -> str:
    return urllib.parse.quote_plus(s, safe="")


def pct_enc(s: str) -> str:
    return urllib.parse.quote(s, safe="")


def qp_chars(s: str) -> str:
    out = []
    for ch in s:
        if ch == "\n" or (32 <= ord(ch) < 127 and ch != "="):
            out.append(ch)
        else:
            out.extend(f"={b:02X}" for b in ch.encode("utf-8"))
    return "".join(out)


def hl7_esc(s: str) -> str:
    rep = {"\\": "\\E\\", "|": "\\F\\", "^": "\\S\\", "&": "\\T\\", "~": "\\R\\", "\n": "\\.br\\"}
    return "".join(rep.get(c, c) for c in s)


def rtf_esc(s: str) -> str:
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\par\n")
        elif ord(ch) > 127:
            try:
                out.append("\\'%02x" % ch.encode("cp1252")[0])
            except UnicodeEncodeError:
                out.append("\\u%d?" % ord(ch))
        else:
            out.append(ch)
    return "".join(out)


def csv_cell(parts) -> list:
    """Quote a CSV cell (RFC 4180) when needed."""
    ps = _as_parts(parts)
    raw = plain_text(ps)
    if any(c in raw for c in ',"\n'):
        return J('"', tx(ps, lambda s: s.replace('"', '""')), '"')
    return ps


# ---- layout transforms on part lists

def soft_wrap(parts, width: int = 76, marker: str = "=\n") -> list:
    """Quoted-printable soft line breaks: break any line longer than width-1, never inside =XX."""
    out: list = []
    col = 0
    for text, kind, tag in _as_parts(parts):
        buf = []
        i = 0
        while i < len(text):
            ch = text[i]
            if ch == "\n":
                buf.append(ch)
                col = 0
                i += 1
                continue
            tok = text[i:i + 3] if ch == "=" and re.match(r"=[0-9A-F]{2}", text[i:i + 3]) else ch
            if col + len(tok) > width - 1:
                if buf or kind is None:
                    buf.append(marker)
                else:
                    out.append((marker, None, None))
                col = 0
            buf.append(tok)
            col += len(tok)
            i += len(tok)
        out.append(("".join(buf), kind, tag))
    return out


def word_wrap(parts, width: int, rng=None, hyphenate: float = 0.0, indent: str = "") -> list:
    """Wrap at spaces in plain text only; annotated parts stay whole. Optionally hyphenate long plain words."""
    out: list = []
    col = 0
    for text, kind, tag in _as_parts(parts):
        if kind is not None:
            if col + len(text) > width and col > len(indent) and out and out[-1][0].endswith(" "):
                last = out.pop()
                out.append((last[0][:-1] + "\n" + indent, None, None))
                col = len(indent)
            out.append((text, kind, tag))
            col += len(text)
            continue
        pieces = re.split(r"( |\n)", text)
        buf = []
        for pc in pieces:
            if pc == "\n":
                buf.append("\n")
                col = 0
            elif pc == " ":
                if col >= width:
                    buf.append("\n" + indent)
                    col = len(indent)
                else:
                    buf.append(" ")
                    col += 1
            elif pc:
                if col + len(pc) > width and col > len(indent):
                    if rng and len(pc) > 8 and pc.isalpha() and rng.random() < hyphenate:
                        cut = len(pc) // 2
                        buf.append(pc[:cut] + "-\n" + indent + pc[cut:])
                        col = len(indent) + len(pc) - cut
                        continue
                    if buf and buf[-1] == " ":
                        buf[-1] = "\n" + indent
                        col = len(indent)
                buf.append(pc)
                col += len(pc)
        out.append(("".join(buf), None, None))
    return out


def prefix_lines(parts, prefix: str) -> list:
    """Prefix every line (e.g. '> ' quoting); the prefix goes into plain text only."""
    out: list = [(prefix, None, None)]
    for text, kind, tag in _as_parts(parts):
        if kind is None:
            out.append((text.replace("\n", "\n" + prefix), None, None))
        else:
            out.append((text, kind, tag))
    return out


def finalize(parts) -> tuple[str, list, list]:
    text_chunks: list[str] = []
    phi: list = []
    keep: list = []
    pos = 0
    for t, kind, tag in _as_parts(parts):
        if kind is not None:
            stripped = t.strip()
            lead = len(t) - len(t.lstrip())
            if stripped:
                s = pos + lead
                e = s + len(stripped)
                if kind == "phi":
                    phi.append({"start": s, "end": e, "type": tag, "text": stripped})
                else:
                    keep.append({"start": s, "end": e, "label": tag, "text": stripped})
        text_chunks.append(t)
        pos += len(t)
    return "".join(text_chunks), phi, keep
