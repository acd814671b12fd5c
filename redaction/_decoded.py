"""A decoded view of encoded or escaped text, with a map from every view character back to the original.

A name written ``D&apos;Souza``, ``Zo%C3%AB+Okonkwo``, ``Zo=C3=AB`` or ``Nu\\u00f1ez`` falls through every
pattern, vocabulary and NER, which read plain text. The view undoes each encoding the text shows (HTML/XML
entities, quoted-printable, JSON string escapes, URL %XX and ``+`` in query and form values, RTF control
words and ``\\'xx`` escapes, doubled quotes inside SQL/CSV fields), so the analyzer can read it as plain text
and report its spans at the original offsets. Each view character maps to the whole original range it was
decoded from, so a span covering part of an escape covers the whole escape. A text that shows no encoding
gets no view (``None``) after a few substring checks.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass

from redaction._transport_view import ansi, hl7_escapes, joined_lines
from redaction._unicode_view import UNICODE_LAYERS

# a replacement: original range [start, end) and the text it decodes to (every character maps to the range)
_Edit = tuple[int, int, str]


@dataclass(frozen=True, slots=True)
class View:
    text: str
    starts: list[int]  # per view character: the start of its original range
    ends: list[int]  # per view character: the end of its original range
    # True when a layer that can also break a shape made an edit (URL decoding: "from=%2B15550101" reads as
    # a phone only as written, "patient=DOE%2C+JANE" as a name in a query): the original is read as well
    partial: bool = False

    def back(self, start: int, end: int) -> tuple[int, int]:
        """The original range of the view range ``start:end`` (non-empty)."""
        return self.starts[start], self.ends[end - 1]


def decoded_view(text: str) -> View | None:
    """``text`` with every encoding it shows undone, or None when it shows none (or undoing changes nothing)."""
    view: View | None = None
    current = text
    for layer in _LAYERS:
        edits = layer(current)
        if not edits:
            continue
        decoded, starts, ends = _apply(current, edits)
        partial = layer in _SHAPE_BREAKING
        if view is not None:  # compose: a range in the previous view is a range in the original
            starts = [view.starts[i] for i in starts]
            ends = [view.ends[i - 1] for i in ends]
            partial = partial or view.partial
        view = View(decoded, starts, ends, partial)
        current = decoded
    return view if view is not None and view.text != text else None


def _apply(text: str, edits: list[_Edit]) -> tuple[str, list[int], list[int]]:
    """The text with ``edits`` (sorted, not overlapping) made; per new character, its range in ``text``."""
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    at = 0
    for start, end, new in edits:
        if start < at:
            continue
        parts.append(text[at:start])
        starts.extend(range(at, start))
        ends.extend(range(at + 1, start + 1))
        parts.append(new)
        starts.extend([start] * len(new))
        ends.extend([end] * len(new))
        at = end
    parts.append(text[at:])
    starts.extend(range(at, len(text)))
    ends.extend(range(at + 1, len(text) + 1))
    return "".join(parts), starts, ends


def _byte_run(run: str, offset: int, width: int, as_ascii: Callable[[int], str | None] | None = None) -> list[_Edit]:
    """Edits for a run of ``width``-character byte escapes (``%C3%AB``, ``=C3=AB``) read as UTF-8: each
    character maps to its bytes' escapes. A byte that is no valid UTF-8 sequence is left as written."""
    data = bytes(int(run[i + 1:i + 3], 16) for i in range(0, len(run), width))
    edits: list[_Edit] = []
    i = 0
    while i < len(data):
        lead = data[i]
        size = 1 if lead < 0x80 else 2 if 0xC2 <= lead < 0xE0 else 3 if 0xE0 <= lead < 0xF0 else \
            4 if 0xF0 <= lead < 0xF5 else 0
        try:
            char = data[i:i + size].decode("utf-8") if size else ""
        except UnicodeDecodeError:
            char = ""
        if char and size == 1 and as_ascii is not None:
            char = as_ascii(lead) or ""
        if char:
            edits.append((offset + i * width, offset + (i + size) * width, char))
            i += size
        else:
            i += 1
    return edits


# --- HTML / XML character references: "D&apos;Souza", "Siobh&#225;n", "Gr&aacute;inne", "&amp;"
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_SPACES = {"\xa0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " "}


def _html(text: str) -> list[_Edit]:
    if "&" not in text or ";" not in text:
        return []
    edits = []
    for match in _ENTITY.finditer(text):
        char = html.unescape(match.group(0))
        char = _SPACES.get(char, char)  # "&nbsp;": a plain space (a no-break space is not printable)
        if char != match.group(0) and (char.isprintable() or char in "\n\t"):
            edits.append((match.start(), match.end(), char))
    return edits


# --- quoted-printable (RFC 2045 body, RFC 2047 "Q" encoded words in headers)
_QP_SHOWN = re.compile(r"(?i)content-transfer-encoding:[ \t]*quoted-printable|=\?[\w-]+\?q\?")
_QP_TOKEN = re.compile(r"=\?[\w-]+\?[Qq]\?(?P<word>[^?\s]*)\?=|(?P<soft>=\r?\n)|(?P<run>(?:=[0-9A-F]{2})+)")
_QP_WORD = re.compile(r"(?P<run>(?:=[0-9A-F]{2})+)|_")
_QUERY_KEY_BEFORE = re.compile(r"[?&;][A-Za-z_][\w.-]*$")
# a command line's option key: "findscu ... -k PatientID=05470970 -k AccessionNumber=" (a value or an empty key
# at the line's end, never a byte run or a soft line break)
_OPTION_KEY_BEFORE = re.compile(r"(?<!\S)-{1,2}[A-Za-z][\w-]*[ \t]+[A-Za-z_(][\w.,()-]*$")


def _qp(text: str) -> list[_Edit]:
    if "=" not in text or not (_QP_SHOWN.search(text) or "=\n" in text and re.search(r"=[0-9A-F]{2}", text)):
        return []
    edits: list[_Edit] = []
    for match in _QP_TOKEN.finditer(text):
        if _OPTION_KEY_BEFORE.search(text, max(0, match.start() - 60), match.start()):
            continue
        if match.group("soft"):
            edits.append((match.start(), match.end(), ""))  # a soft line break joins the two lines
        elif match.group("run"):
            if not match.group(0).startswith("=3D") and _QUERY_KEY_BEFORE.search(text, max(0, match.start() - 40),
                                                                                  match.start()):
                continue  # "open?acc=274337777": a query value written unencoded (QP would write "acc=3D27...")
            edits.extend(_byte_run(match.group(0), match.start(), 3))
        else:  # an encoded word: its wrapper goes, "_" is a space, =XX runs are bytes
            word_start = match.start("word")
            edits.append((match.start(), word_start, ""))
            for inner in _QP_WORD.finditer(match.group("word")):
                at = word_start + inner.start()
                if inner.group("run"):
                    edits.extend(_byte_run(inner.group(0), at, 3))
                else:
                    edits.append((at, at + 1, " "))
            edits.append((match.end("word"), match.end(), ""))
    return edits


# --- JSON string escapes: \" \/ \\ \n \t \r and \uXXXX (a surrogate pair as one character)
# shown by an escaped quote or slash, a \uXXXX, or a \n inside a quoted string (not "DOMAIN\ndubois" in a log)
_JSON_SHOWN = re.compile(r'\\["/]|\\u[0-9a-fA-F]{4}|"[^"\n]*\\n[^"\n]*"')
_JSON_ESCAPE = re.compile(r"\\u(?P<hi>[dD][89abAB][0-9a-fA-F]{2})\\u(?P<lo>[dD][c-fC-F][0-9a-fA-F]{2})"
                          r"|\\u(?P<code>[0-9a-fA-F]{4})|\\(?P<char>[\"/\\nrt])")
_JSON_CHARS = {'"': '"', "/": "/", "\\": "\\", "n": "\n", "r": "\r", "t": "\t"}


def _json(text: str) -> list[_Edit]:
    if "\\" not in text or "{\\rtf" in text or not _JSON_SHOWN.search(text):
        return []
    edits = []
    for match in _JSON_ESCAPE.finditer(text):
        if match.group("hi"):
            code = 0x10000 + (int(match.group("hi"), 16) - 0xD800 << 10) + int(match.group("lo"), 16) - 0xDC00
            char = chr(code)
        elif match.group("code"):
            code = int(match.group("code"), 16)
            char = chr(code) if not 0xD800 <= code < 0xE000 else ""
        else:
            char = _JSON_CHARS[match.group("char")]
        if char:
            edits.append((match.start(), match.end(), _SPACES.get(char, char)))
    return edits


# --- URL encoding in query strings and form posts: %XX bytes as UTF-8, "+" as a space
_URL_TOKEN = re.compile(r"[^\s]*%[0-9A-Fa-f]{2}[^\s]*|[^\s=&]+=[^\s&]*(?:&[^\s=&]+=[^\s&]*)+")
_URL_ESCAPE = re.compile(r"(?:%[0-9A-Fa-f]{2})+|\+")
_FORM_LINE = re.compile(r"(?m)^[\w.\[\]-]+=[^\s&]*(?:&[\w.\[\]-]+=[^\s&]*)+$")


def _printable_ascii(byte: int) -> str | None:
    return chr(byte) if 0x20 <= byte < 0x7F or byte in (0x09, 0x0A) else None


def _url(text: str) -> list[_Edit]:
    if "%" not in text and "&" not in text:
        return []
    edits: list[_Edit] = []
    for token in _URL_TOKEN.finditer(text):
        value = token.group(0)
        if "=" not in value and "%" not in value:
            continue
        # "+" is a space in a form value; not in a URL or path ("/css?family=Open+Sans" names a font, no person)
        plus = ("=" in value or "%20" not in value) and "/" not in value and "?" not in value
        for match in _URL_ESCAPE.finditer(value):
            at = token.start() + match.start()
            if match.group(0) == "+":
                if plus:
                    edits.append((at, at + 1, " "))
            else:
                edits.extend(_byte_run(match.group(0), at, 3, _printable_ascii))
    # a form body's field separators read as line breaks: each field is a line of its own
    for line in _FORM_LINE.finditer(text) if "&" in text else ():
        edits.extend((line.start() + i, line.start() + i + 1, "\n") for i, c in enumerate(line.group(0)) if c == "&")
    return sorted(edits)


# --- RTF: control words go ("\b", "\fs22"), "\par" is a line break, \'xx is a code-page byte, \uN a character
_RTF_SKIPPED = re.compile(r"\{\\(?:\*|fonttbl|colortbl|stylesheet|pict|listtable|listoverridetable)\b")
_RTF_TOKEN = re.compile(r"\\'(?P<hex>[0-9a-fA-F]{2})|\\u(?P<code>-?\d{1,5}) ?(?:\\'[0-9a-fA-F]{2}|[^\\{}])?"
                        r"|\\(?P<word>[a-zA-Z]{1,32})(?P<arg>-?\d{1,10})? ?|\\(?P<sym>[\\{}~_-])|[{}]|\r?\n")
_RTF_WORDS = {"par": "\n", "line": "\n", "sect": "\n", "page": "\n", "row": "\n", "cell": "\t", "tab": "\t",
              "emdash": "\u2014", "endash": "\u2013", "lquote": "\u2018", "rquote": "\u2019", "ldblquote": "\u201c",
              "rdblquote": "\u201d", "bullet": "\u2022"}
_RTF_SYMBOLS = {"\\": "\\", "{": "{", "}": "}", "~": " ", "_": "-", "-": ""}


def _rtf(text: str) -> list[_Edit]:
    if "{\\rtf" not in text:
        return []
    edits: list[_Edit] = []
    skip_to = 0
    for match in _RTF_TOKEN.finditer(text):
        if match.start() < skip_to:
            continue
        token = match.group(0)
        if token == "{" and _RTF_SKIPPED.match(text, match.start()):
            skip_to = _group_end(text, match.start())  # a font table or hidden destination: no text
            edits.append((match.start(), skip_to, ""))
        elif match.group("hex"):
            edits.append((match.start(), match.end(), bytes([int(match.group("hex"), 16)]).decode("cp1252", "replace")))
        elif match.group("code"):
            edits.append((match.start(), match.end(), chr(int(match.group("code")) % 65536)))
        elif match.group("word"):
            edits.append((match.start(), match.end(), _RTF_WORDS.get(match.group("word"), "")))
        elif match.group("sym"):
            edits.append((match.start(), match.end(), _RTF_SYMBOLS[match.group("sym")]))
        elif token in "{}":
            edits.append((match.start(), match.end(), ""))
        # a raw line break in RTF source is no text break, but kept: it separates what the writer split
    return edits


def _group_end(text: str, start: int) -> int:
    depth = 0
    i = start
    while i < len(text):
        char = text[i]
        if char == "\\":
            i += 2
            continue
        depth += (char == "{") - (char == "}")
        i += 1
        if depth == 0:
            return i
    return len(text)


# --- doubled quotes inside SQL or CSV quoted fields: 'O''Connell', "said ""Dr. Ames"""
_DOUBLED = re.compile(r"(?<=[A-Za-z])''(?=[A-Za-z])|\"\"(?=[A-Za-z0-9])|(?<=[A-Za-z0-9.!?])\"\"")


def _doubled_quotes(text: str) -> list[_Edit]:
    if "''" not in text and '""' not in text:
        return []
    return [(m.start(), m.end(), m.group(0)[-1]) for m in _DOUBLED.finditer(text)]


# Outer encodings first: an RTF or a quoted-printable file can carry escaped text, never the reverse. Terminal
# colour codes wrap everything; the Unicode layers (mojibake, zero-width, odd spaces, full-width, NFC) come after
# the escapes, on the characters they spell; wrapped lines are joined once everything else is undone.
_LAYERS: tuple[Callable[[str], list[_Edit]], ...] = (
    ansi, _rtf, _qp, hl7_escapes, _json, _html, _url, _doubled_quotes, *UNICODE_LAYERS, joined_lines)
# Layers whose decoding can also lose what the original shows (a form value's "+" and "%2C" are part of its shape):
# a view with their edits does not replace the original, it is read beside it.
_SHAPE_BREAKING = frozenset({_url})
