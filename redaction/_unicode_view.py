"""Unicode layers of the decoded view: invisible characters, odd spaces, compatibility forms, accents, mojibake.

A name written ``L\\u2060or\\u200dcan`` (zero-width joiners from a web scrape), ``Baker,\\u202fF.`` (a narrow
no-break space), ``Ｏｋｏｎｋｗｏ`` (full-width forms pasted from an East Asian spreadsheet), ``Duﬃeld`` (a PDF
ligature), ``Jime\\u0301nez`` (a decomposed accent) or ``MÃ¡ire`` (UTF-8 read as cp1252) falls through every
pattern and vocabulary, which read plain text. Each layer here lists the edits that turn such characters into
the plain text a reader sees; ``redaction._decoded`` applies them after the escape layers (a JSON ``\\u200b`` is
a zero-width space only once decoded) and maps every view character back to the original. A layer returns no
edit (after one quick check) for a text without its characters, and none for a character that reads the same
already (a precomposed ``é``, curly quotes), so such texts get no view and are analyzed once.
"""

from __future__ import annotations

import re
import unicodedata

# same shape as redaction._decoded._Edit: original range [start, end) and the text it becomes
_Edit = tuple[int, int, str]

# --- invisible characters: zero-width space / (non-)joiners, word joiner and invisible operators, BOM,
# soft hyphen, bidi marks, embeddings, overrides and isolates: removed
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u2060-\u2064\u202a-\u202e\u2066-\u2069\ufeff]+")


def invisible_chars(text: str) -> list[_Edit]:
    if text.isascii():
        return []
    return [(m.start(), m.end(), "") for m in _INVISIBLE.finditer(text)]


# --- unusual spaces: no-break, narrow no-break, thin, figure, en/em, ideographic...: one plain space each;
# a thin, narrow or figure space between digits groups them (SI style "M161\u202f5986", "12\u2009500"): gone,
# unless the digits after it are a time's hours ("2026\u200911:49" keeps its space)
_ANY_SPACE = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_SPACES = re.compile("(?<=[0-9])(?P<group>[\u2007\u2009\u202f])(?=[0-9]+(?![0-9:]))"
                     "|[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")


def unusual_spaces(text: str) -> list[_Edit]:
    if text.isascii() or not _ANY_SPACE.search(text):
        return []
    return [(m.start(), m.end(), "" if m.group("group") else " ") for m in _SPACES.finditer(text)]


# --- compatibility forms: full-width ASCII (U+FF01-FF5E) and Latin ligatures (U+FB00-FB06), as NFKC reads them
_COMPAT = re.compile("[\uff01-\uff5e\ufb00-\ufb06]+")


def compatibility_forms(text: str) -> list[_Edit]:
    if text.isascii():
        return []
    return [(m.start(), m.end(), unicodedata.normalize("NFKC", m.group(0))) for m in _COMPAT.finditer(text)]


# --- decomposed accents: a letter and its combining marks (U+0300-036F) as the composed letter (NFC)
_MARK = re.compile("[\u0300-\u036f]")
_DECOMPOSED = re.compile("[^\\W\\d_][\u0300-\u036f]+")


def composed_accents(text: str) -> list[_Edit]:
    if text.isascii() or not _MARK.search(text):
        return []
    edits = []
    for match in _DECOMPOSED.finditer(text):
        composed = unicodedata.normalize("NFC", match.group(0))
        if composed != match.group(0):
            edits.append((match.start(), match.end(), composed))
    return edits


# --- mojibake: UTF-8 bytes read as cp1252 (or Latin-1, whose C1 controls stand for the bytes cp1252 leaves
# undefined): "MÃ¡ire" is "Máire", "Å½ukauskas" is "Žukauskas", "Ngá»\x8dc" is "Ngọc". A run of a lead
# byte's character and its continuation bytes' characters is read back as bytes and decoded; a run that
# does not decode cleanly is left as written.
def _byte_chars() -> dict[str, int]:
    chars = {chr(byte): byte for byte in range(0x80, 0x100)}  # Latin-1, C1 controls included
    for byte in range(0x80, 0xA0):
        try:
            chars[bytes([byte]).decode("cp1252")] = byte
        except UnicodeDecodeError:
            pass
    return chars


_BYTE = _byte_chars()
_CONT = "[" + "".join(re.escape(c) for c, b in _BYTE.items() if b < 0xC0) + "]"
_MOJIBAKE = re.compile(f"(?:[\u00c2-\u00df]{_CONT}|[\u00e0-\u00ef]{_CONT}{{2}}|[\u00f0-\u00f4]{_CONT}{{3}})+")


def mojibake(text: str) -> list[_Edit]:
    if text.isascii():
        return []
    edits = []
    for match in _MOJIBAKE.finditer(text):
        run = match.group(0)
        try:
            decoded = bytes(_BYTE[c] for c in run).decode("utf-8")
        except UnicodeDecodeError:
            continue
        at = match.start()
        for char in decoded:  # each character maps to the characters of its own bytes
            size = len(char.encode("utf-8"))
            edits.append((at, at + size, char))
            at += size
    return edits


# Mojibake first (its bytes may spell a zero-width space or a no-break space), then what it may leave.
UNICODE_LAYERS = (mojibake, invisible_chars, unusual_spaces, compatibility_forms, composed_accents)
