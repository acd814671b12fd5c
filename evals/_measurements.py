"""Sizes in report text ("2.3 x 1.9 cm", "12 mm", "2 cm x 1.5 cm"), normalised to mm, largest dimension first."""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUM = r"\d+(?:\.\d+)?"
_UNIT = r"(?:mm|cm|millimet(?:er|re)s?|centimet(?:er|re)s?)\b"
_MEASURE_RE = re.compile(
    rf"(?<![\w.])({_NUM})\s*({_UNIT})?(?:\s*(?:x|×|by)\s*({_NUM})\s*({_UNIT})?)?"
    rf"(?:\s*(?:x|×|by)\s*({_NUM})\s*({_UNIT})?)?", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Measurement:
    """A size in mm, largest dimension first, as written in `text`."""

    dims_mm: tuple[float, ...]
    text: str


def _to_mm(value: str, unit: str) -> float:
    return float(value) * (10.0 if unit.lower().startswith("c") else 1.0)


def find_measurements(text: str) -> list[tuple[int, Measurement]]:
    """Sizes with a unit ("2.3 x 1.9 cm", "12 mm", "2 cm x 1.5 cm"), normalised to mm."""
    out = []
    for m in _MEASURE_RE.finditer(text):
        groups = m.groups()
        numbers = [g for g in groups[0::2] if g]
        units = [g for g in groups[1::2]]
        last_unit = next((u for u in reversed(units) if u), None)
        if last_unit is None:
            continue
        dims = []
        for value, unit in zip(groups[0::2], units, strict=True):
            if value:
                dims.append(_to_mm(value, unit or last_unit))
        if numbers:
            out.append((m.start(), Measurement(tuple(sorted(dims, reverse=True)), m.group(0).strip())))
    return out
