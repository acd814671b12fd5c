"""Data model of the blind cases: a case is a source report plus the items of its reference impression."""
from __future__ import annotations

import re
from dataclasses import dataclass

MODALITIES = ("ct", "mr", "xr", "us", "nm", "mg")
STYLES = ("prose", "numbered", "caps", "dictation")

# Ordered grading scales; a severity error moves an item to another level of its own scale.
SCALES: dict[str, tuple[str, ...]] = {
    "sev": ("mild", "moderate", "severe"),
    "vol": ("small", "moderate", "large"),
    "size": ("small", "moderate", "large"),
}
# Clinically equivalent surface forms of one level (controls may use any of them).
GRADE_WORDS: dict[tuple[str, str], tuple[str, ...]] = {
    ("sev", "mild"): ("mild",),
    ("sev", "moderate"): ("moderate",),
    ("sev", "severe"): ("severe",),
    ("vol", "small"): ("small", "small-volume"),
    ("vol", "moderate"): ("moderate", "moderate-volume"),
    ("vol", "large"): ("large", "large-volume"),
    ("size", "small"): ("small",),
    ("size", "moderate"): ("moderate", "moderate-sized"),
    ("size", "large"): ("large",),
}
ADVERBS = {"mild": "mildly", "moderate": "moderately", "severe": "severely"}

_SLOT = re.compile(r"\{(side|S|size|prior|grade|gradely)\}")
_SIDE_WORD = re.compile(r"\b(left|right|bilateral)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Item:
    """One statement of the reference impression; every form says the same thing."""

    forms: tuple[str, ...]
    side: str | None = None
    grade: tuple[str, str] | None = None
    size: tuple[int, ...] | None = None  # millimetres, one entry per dimension
    prior: tuple[int, ...] | None = None  # millimetres, the prior study's size
    unit: str = "mm"  # unit of the reference wording
    negative: bool = False  # a pertinent negative ("No pneumothorax")
    flip: tuple[str, ...] = ()  # forms with presence/absence reversed


@dataclass(frozen=True)
class Case:
    modality: str
    key: str
    indication: str
    findings: str
    items: tuple[Item, ...]
    fabs: tuple[tuple[str, str], ...]  # (sentence, keyword that must not occur in the source)
    comparison: str = ""
    style: str = "prose"

    @property
    def has_prior(self) -> bool:
        return bool(self.comparison)


def _split(forms: str) -> tuple[str, ...]:
    return tuple(f.strip() for f in forms.split("|") if f.strip())


def _mm(text: str | None) -> tuple[int, ...] | None:
    return None if text is None else tuple(int(v) for v in str(text).split("x"))


def I(forms: str, *, side: str | None = None, grade: str | None = None, size: str | None = None,
      prior: str | None = None, unit: str = "mm", flip: str = "") -> Item:
    """A positive item; `grade` is "scale:level", sizes are "34x21" in millimetres."""
    g = tuple(grade.split(":")) if grade else None
    item = Item(_split(forms), side, g, _mm(size), _mm(prior), unit, False, _split(flip))
    _validate(item)
    return item


def N(forms: str, *, flip: str = "") -> Item:
    """A pertinent negative item."""
    item = Item(_split(forms), negative=True, flip=_split(flip))
    _validate(item)
    return item


def C(modality: str, key: str, indication: str, findings: str, items: list[Item],
      fabs: list[tuple[str, str]], *, comparison: str = "", style: str = "prose") -> Case:
    assert modality in MODALITIES and style in STYLES, key
    text = "\n".join(" ".join(line.split()) for line in findings.strip().splitlines())
    return Case(modality, key, indication, text, tuple(items), tuple(fabs), comparison, style)


def _validate(item: Item) -> None:
    """Every form of an item uses the same slots and literal side words, so rewordings keep sides and sizes."""
    def signature(form: str) -> tuple:
        slots = sorted(m.group(1) for m in _SLOT.finditer(form) if m.group(1) not in ("grade", "gradely"))
        sides = sorted(w.lower() for w in _SIDE_WORD.findall(form))
        return tuple(slots), tuple(sides)
    sigs = {signature(f) for f in item.forms}
    assert len(sigs) == 1, f"forms disagree on sides/sizes: {item.forms}"
    slots = sigs.pop()[0]
    assert ("size" in slots) == (item.size is not None), item.forms
    assert ("prior" in slots) == (item.prior is not None), item.forms
    assert (("side" in slots) or ("S" in slots)) == (item.side is not None), item.forms
    if item.grade:
        assert all("{grade" in f for f in item.forms), item.forms
        assert item.grade[0] == "sev" or not any("{gradely}" in f for f in item.forms), item.forms
        assert item.grade[1] in SCALES[item.grade[0]], item.grade
    assert item.side in (None, "left", "right"), item.side
