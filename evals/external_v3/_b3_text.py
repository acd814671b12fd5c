"""Text probes the generator uses to prove its own invariants: sizes in mm, side words, comparison language.

They are deliberately independent of the metric under test (written without reading it) and crude on
purpose: they only need to be right on the text this generator writes.
"""

from __future__ import annotations

import re
from collections import Counter

_NUM = r"\d+(?:\.\d+)?"
_SIZE = re.compile(
    rf"(?<![\w.])({_NUM}(?:\s*(?:x|×|by)\s*{_NUM})*)\s*"
    r"(mm|cm|millimet(?:er|re)s?|centimet(?:er|re)s?)\b(?!\s*/)",
    re.IGNORECASE,
)
_SIDE_WORD = re.compile(r"\b(right|left|rt|lt)\b", re.IGNORECASE)
_SIDE_ABBR = re.compile(r"\b([RL])(?:UL|ML|LL|UQ|LQ|UE|LE)?\b")
_COMPARISON = re.compile(
    r"\b(prior|previous(?:ly)?|compar(?:e|ed|es|ing|ison|isons)|interval\w*|unchanged|stable|new since|newly|since the|"
    r"redemonstrat\w*|again (?:seen|noted|demonstrated)|decreas\w* (?:in size|compared|from|since)|"
    r"increas\w* (?:in size|compared|from|since)|enlarging|progress\w*|resolv\w*|improv\w*|worse\w*|similar to)\b",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[a-z0-9]+(?:\.[0-9]+)?")


def sizes_mm(text: str) -> Counter[tuple[float, ...]]:
    """Every size written in ``text`` as a tuple of dimensions in mm (velocities in cm/s are not sizes)."""
    found: Counter[tuple[float, ...]] = Counter()
    for nums, unit in _SIZE.findall(text):
        factor = 10.0 if unit.lower().startswith("c") else 1.0
        dims = re.split(r"\s*(?:x|×|by)\s*", nums, flags=re.IGNORECASE)
        found[tuple(round(float(d) * factor, 1) for d in dims)] += 1
    return found


def dims_mm(text: str) -> set[float]:
    """All single dimensions (mm) written in ``text``."""
    return {d for dims in sizes_mm(text) for d in dims}


def sides(text: str) -> Counter[str]:
    """Side mentions normalised to ``right``/``left``: words, rt/lt, and R/L letters or lobe abbreviations."""
    found: Counter[str] = Counter()
    for word in _SIDE_WORD.findall(text):
        found["right" if word.lower() in ("right", "rt") else "left"] += 1
    for letter in _SIDE_ABBR.findall(text):
        found["right" if letter == "R" else "left"] += 1
    return found


def has_comparison(text: str) -> bool:
    """Whether ``text`` refers to a previous study (the language a no-prior impression must not hold)."""
    return bool(_COMPARISON.search(text))


def tokens(text: str) -> set[str]:
    return set(_TOKEN.findall(text.lower()))


def jaccard(a: str, b: str) -> float:
    """Token Jaccard similarity: the crude wording baseline reported in the README."""
    ta, tb = tokens(a), tokens(b)
    return len(ta & tb) / len(ta | tb) if ta | tb else 1.0


def fmt_size(dims: tuple[float, ...], unit: str, sep: str = " x ") -> str:
    """Write a size; cm only when every dimension is a whole number of mm (so cm keeps one decimal exactly)."""
    if unit == "cm" and all(d == int(d) for d in dims):
        return sep.join(f"{d / 10:.1f}" for d in dims) + " cm"
    return sep.join(f"{d:g}" for d in dims) + " mm"
