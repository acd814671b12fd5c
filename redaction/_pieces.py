"""A joined view of text that a machine cut into pieces: streamed deltas and tokenizer dumps.

A model's streamed reply reaches a log as one ``data: {...}`` line per chunk, and a tokenizer debug dump prints
one token per line or joins them with ``|``. A name, date or number is then cut across pieces::

    data: {"choices":[{"delta":{"content":": 26-"}}]}
    data: {"choices":[{"delta":{"content":"CT-176"}}]}        ->  "Accession: 26-CT-176360"
    data: {"choices":[{"delta":{"content":"360\\n\\nLI"}}]}
    tokens: Accession|▁MR|26|-|857|992|4|▁for|▁Leilani      ->  "Accession MR26-8579924 for Leilani"
    [0016]  49552 'Ġ+'  /  [0017]  20224 '185'  / ...         ->  "... at +185676..."

and no pattern reads it. ``piece_view`` joins the pieces' content (JSON or Python string escapes undone,
tokenizer markers ``Ġ``/``▁`` read as a space and ``Ċ`` as a line break) into one text, so the analyzer reads it as
the model wrote it; ``PieceView.back`` lays a span found there back over every piece it touches, one span per piece,
trimmed to its letters and digits (``26-`` gives ``26``). ``blanked`` is the original with the pieces' content
replaced by spaces (same offsets), so the wire format around them (ids, timestamps) is still read, and the cut
pieces are not read a second time out of context ("ESSION", "LI" as names). Text without pieces costs a few
substring checks and gets no view (``None``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from redaction._spans import Span

# a streamed chunk: OpenAI ``"delta":{"content":"..."}``, Anthropic ``"delta":{"type":"text_delta","text":"..."}``
_SSE_PIECE = re.compile(r'"delta"[ \t]*:[ \t]*\{[^{}\n]*?"(?:content|text)"[ \t]*:[ \t]*"((?:[^"\\\n]|\\.)*)"')
# a token per line: index, token id, the piece as a Python/JSON string ("[0016]  49552 'Ġ+'")
_TOKEN_LINE = re.compile(r"(?m)^[ \t]*\[?\d{1,6}\]?[ \t]+\d{1,7}[ \t]+"
                         r"(?:'((?:[^'\\\n]|\\.)*)'|\"((?:[^\"\\\n]|\\.)*)\")[ \t]*$")
# tokens joined by "|" on one line, with a tokenizer's space marker ("tokens: Accession|▁MR|26|-|857")
_PIPE_LINE = re.compile(r"(?m)^(?:[A-Za-z_ ]{1,20}:[ \t]*)?((?:[^|\n]*\|){4,}[^|\n]*)$")
_MARKERS = {"Ġ": " ", "▁": " ", "Ċ": "\n", "ĉ": "\t"}
_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})|\\(.)")
_SIMPLE = {"n": "\n", "t": "\t", "r": "\n", '"': '"', "'": "'", "\\": "\\", "/": "/"}
_MIN_LINES = 3  # a dump of one or two token lines is no dump


@dataclass(frozen=True, slots=True)
class PieceView:
    text: str
    origin: list[tuple[int, int, int]]  # per view character: (original start, original end, piece number or -1)
    blanked: str  # the original with every piece's content blanked

    def back(self, start: int, end: int) -> list[Span]:
        """The original ranges of view range ``start:end``: one per piece it touches, trimmed to letters/digits."""
        ranges: list[tuple[int, int]] = []
        piece = -1
        for i in range(start, end):
            lo, hi, number = self.origin[i]
            if number < 0:
                piece = -1
                continue
            if number == piece and ranges:
                ranges[-1] = (ranges[-1][0], hi)
            else:
                ranges.append((lo, hi))
            piece = number
        return [Span(lo, hi, "") for lo, hi in ranges]


def piece_view(text: str) -> PieceView | None:
    """The joined content of ``text``'s stream chunks or token pieces, or None when it has none."""
    pieces: list[tuple[int, int, list[tuple[str, int, int]]]] = []  # (start, end, decoded characters)
    if "data:" in text and '"delta"' in text:
        for match in _SSE_PIECE.finditer(text):
            pieces.append((match.start(1), match.end(1), _decode(match.group(1), match.start(1))))
    if ("'" in text or '"' in text) and "]" in text:
        lines = list(_TOKEN_LINE.finditer(text))
        if len(lines) >= _MIN_LINES:
            for match in lines:
                group = 1 if match.group(1) is not None else 2
                pieces.append((match.start(group), match.end(group), _decode(match.group(group), match.start(group))))
    if "|" in text and ("Ġ" in text or "▁" in text):
        for line in _PIPE_LINE.finditer(text):
            body = line.group(1)
            if "Ġ" not in body and "▁" not in body:
                continue
            at = line.start(1)
            for token in body.split("|"):
                if token:
                    pieces.append((at, at + len(token), [(c, at + k, at + k + 1) for k, c in enumerate(token)]))
                at += len(token) + 1
    if not pieces:
        return None
    pieces.sort(key=lambda p: p[0])
    chars: list[str] = []
    origin: list[tuple[int, int, int]] = []
    blanked = list(text)
    last_end = None
    for number, (start, end, decoded) in enumerate(pieces):
        if last_end is not None and "\n\n" in text[last_end:start] and not _same_stream(text[last_end:start]):
            chars.append("\n")
            origin.append((start, start, -1))
        for char, lo, hi in decoded:
            chars.append(_MARKERS.get(char, char))
            origin.append((lo, hi, number))
        blanked[start:end] = " " * (end - start)
        last_end = end
    return PieceView("".join(chars), origin, "".join(blanked))


def _same_stream(between: str) -> bool:
    """Between two chunks of one stream lie only the wire format's own lines (``data:``, ``event:``)."""
    return all(not line.strip() or line.lstrip().startswith(("data:", "event:", "[", "id:")) or "|" in line
               for line in between.split("\n")[1:-1])


def _decode(value: str, offset: int) -> list[tuple[str, int, int]]:
    """Each character of a JSON or Python string literal's body with its original range (escapes undone)."""
    out: list[tuple[str, int, int]] = []
    at = 0
    for match in _ESCAPE.finditer(value):
        out.extend((c, offset + at + k, offset + at + k + 1) for k, c in enumerate(value[at:match.start()]))
        if match.group(1):
            char = chr(int(match.group(1), 16))
        elif match.group(2):
            char = chr(int(match.group(2), 16))
        else:
            char = _SIMPLE.get(match.group(3), "\\" + match.group(3))
        for c in char:
            out.append((c, offset + match.start(), offset + match.end()))
        at = match.end()
    out.extend((c, offset + at + k, offset + at + k + 1) for k, c in enumerate(value[at:]))
    return out


def trim_to_word(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``start:end`` without leading and trailing characters that are no letter or digit; None if nothing is left."""
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return (start, end) if start < end else None
