"""OCR and transcription noise applied only to the unmarked parts of a marked string.

Spans keep their exact values (the marks are never split), so offsets stay right however the surrounding
text is mangled: doubled spaces, ``l``/``1`` and ``O``/``0`` swaps in labels, stray spaces before colons, and
hard line breaks at a fixed width as a fax machine or OCR engine would leave them.
"""

from __future__ import annotations

import random
import re

_MARK = re.compile("(\u27e6[^\u27e7]*\u27e7|\u27ea[^\u27eb]*\u27eb)")
_SWAPS = (("O", "0"), ("l", "1"), ("I", "l"), (":", " :"), (" ", "  "), ("e", "c"))


def _mangle(chunk: str, rng: random.Random, rate: float) -> str:
    out = []
    for ch_i, ch in enumerate(chunk):
        out.append(ch)
        if rng.random() < rate:
            for src, dst in _SWAPS:
                if chunk.startswith(src, ch_i) and len(src) == 1:
                    out[-1] = dst
                    break
    return "".join(out)


def ocr(marked: str, rng: random.Random, rate: float = 0.05) -> str:
    """Swap characters outside marks at ``rate``; marks pass through untouched."""
    parts = _MARK.split(marked)
    return "".join(p if i % 2 else _mangle(p, rng, rate) for i, p in enumerate(parts))


def wrap(marked: str, rng: random.Random, width: int = 62) -> str:
    """Hard-wrap each line near ``width`` visible characters, breaking only at spaces outside marks."""
    lines = []
    for line in marked.split("\n"):
        parts = _MARK.split(line)
        col, buf = 0, []
        for i, part in enumerate(parts):
            if i % 2:  # a mark: count its value's length, never break inside it
                buf.append(part)
                col += len(part) - part.index("|") - 2
                continue
            for j, word in enumerate(part.split(" ")):
                if j:
                    if col > width + rng.randint(-8, 8):
                        buf.append("\n")
                        col = 0
                    else:
                        buf.append(" ")
                        col += 1
                buf.append(word)
                col += len(word)
        lines.append("".join(buf))
    return "\n".join(lines)
