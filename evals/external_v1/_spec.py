"""The case language of the blind pair generator: a study, its findings and its reference impression.

A reference impression is a list of `Item`s. Each item has several interchangeable phrasings (`forms`, the
first is the reference's) written as templates over the item's slots, so that one injected change (a side,
a severity word, a size) reaches every phrasing the same way:

    {side} {Side} {S}      right / Right / R          (and {oside} {Oside} {OS}: the opposite side)
    {sev} {Sev}            a word of one of SCALES
    {size} {psize}         a measurement held in millimetres, rendered in cm or mm

`neg` holds phrasings that state the opposite (present <-> absent) of the item. `F` builds a positive finding,
`N` a pertinent negative, `R` a remark (recommendation, category, limitation). Stdlib only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CATEGORIES = ("fabricated_finding", "omitted_finding", "negation", "laterality", "severity", "measurement",
              "fabricated_comparison")
MODALITIES = ("CT", "MR", "XR", "US")
SCALES = (("mild", "moderate", "severe"), ("small", "moderate", "large"))
_SLOT = re.compile(r"\{(\w+)\}")
_SIDE_SLOTS = {"side", "Side", "S", "oside", "Oside", "OS"}
_KNOWN_SLOTS = _SIDE_SLOTS | {"sev", "Sev", "size", "psize"}


@dataclass(frozen=True)
class Item:
    """One statement of the reference impression."""

    forms: tuple[str, ...]
    positive: bool = True
    side: str | None = None
    sev: str | None = None
    size: tuple[float, ...] | None = None
    psize: tuple[float, ...] | None = None
    unit: str = "cm"
    neg: tuple[str, ...] = ()
    scale: tuple[str, ...] = ()

    def slots(self) -> set[str]:
        return {name for form in self.forms for name in _SLOT.findall(form)}


@dataclass(frozen=True)
class Case:
    """One synthetic study: its source report, its reference impression and what may be fabricated for it."""

    id: str
    modality: str
    region: str
    indication: str
    comparison: str
    findings: str
    has_prior: bool
    items: tuple[Item, ...]
    fab: tuple[tuple[str, str], ...]
    merges: tuple[tuple[tuple[int, ...], str], ...] = ()
    style: str = "prose"


def F(*forms: str, side: str | None = None, sev: str | None = None, size: tuple[float, ...] | float | None = None,
      psize: tuple[float, ...] | float | None = None, unit: str = "cm", neg: str | tuple[str, ...] = (),
      scale: str = "") -> Item:
    """A positive finding (something present); `scale="size"` reads "moderate" as small/moderate/large."""
    words = ()
    if sev:
        words = SCALES[1] if scale == "size" or sev in SCALES[1] and sev not in SCALES[0] else SCALES[0]
    return Item(tuple(forms), True, side, sev, _dims(size), _dims(psize), unit, _tuple(neg), words)


def N(*forms: str, neg: str | tuple[str, ...] = ()) -> Item:
    """A pertinent negative (something stated absent)."""
    return Item(tuple(forms), False, neg=_tuple(neg))


def R(*forms: str) -> Item:
    """A remark (recommendation, category, limitation): reworded, but never omitted or negated as a finding."""
    return Item(tuple(forms), False)


def case(id: str, modality: str, region: str, *, ind: str, comp: str, prior: bool, findings: str,
         items: list[Item], fab: list[tuple[str, str]], merges: list[tuple[tuple[int, ...], str]] = (),
         style: str = "prose") -> Case:
    """Build a case and check it is internally consistent (the labels depend on it)."""
    built = Case(id, modality, region, ind, comp, findings, prior, tuple(items), tuple(fab), tuple(merges), style)
    _check(built)
    return built


def _dims(value: tuple[float, ...] | float | None) -> tuple[float, ...] | None:
    if value is None:
        return None
    return tuple(value) if isinstance(value, tuple) else (value,)


def _tuple(value: str | tuple[str, ...]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


def fmt_number(value: float) -> str:
    """2.0 -> '2', 2.30 -> '2.3', 0.45 -> '0.45'."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text


def fmt_size(dims: tuple[float, ...], unit: str, sep: str = " x ") -> str:
    """Render millimetre dimensions in `unit` ('cm' or 'mm')."""
    scale = 10.0 if unit == "cm" else 1.0
    return sep.join(fmt_number(d / scale) for d in dims) + " " + unit


_NO_PRIOR_WORDS = re.compile(r"\b(prior|previous(ly)?|interval|unchanged|stable|compared|since|new)\b", re.IGNORECASE)


def _check(c: Case) -> None:
    where = f"case {c.id}"
    if c.modality not in MODALITIES:
        raise ValueError(f"{where}: modality {c.modality}")
    low = c.findings.lower()
    for n, item in enumerate(c.items):
        slots = item.slots()
        unknown = slots - _KNOWN_SLOTS
        if unknown:
            raise ValueError(f"{where} item {n}: unknown slots {unknown}")
        for form in item.forms:
            used = set(_SLOT.findall(form))
            if item.side and not used & _SIDE_SLOTS:
                raise ValueError(f"{where} item {n}: form without a side slot: {form!r}")
            if item.sev and not used & {"sev", "Sev"}:
                raise ValueError(f"{where} item {n}: form without a severity slot: {form!r}")
            if item.size and "size" not in used:
                raise ValueError(f"{where} item {n}: form without a size slot: {form!r}")
            if item.psize and "psize" not in used:
                raise ValueError(f"{where} item {n}: form without a prior size slot: {form!r}")
        if slots & _SIDE_SLOTS and item.side not in ("right", "left"):
            raise ValueError(f"{where} item {n}: side slot without side")
        if item.side and not re.search(rf"\b{item.side}\b", low):
            raise ValueError(f"{where} item {n}: side {item.side!r} not in the findings")
        if item.sev:
            if item.sev not in item.scale:
                raise ValueError(f"{where} item {n}: severity {item.sev!r} on no scale")
            if not re.search(rf"\b{item.sev}", low):
                raise ValueError(f"{where} item {n}: severity {item.sev!r} not in the findings")
        for dims in (item.size, item.psize):
            if dims and not any(fmt_size(dims, u, s) in c.findings for u in ("cm", "mm") for s in (" x ", "x")):
                raise ValueError(f"{where} item {n}: size {fmt_size(dims, item.unit)} not in the findings")
        if not item.positive and slots:
            raise ValueError(f"{where} item {n}: a pertinent negative has no slots")
    for indices, _text in c.merges:
        if any(c.items[i].slots() for i in indices):
            raise ValueError(f"{where}: merged items must have no slots")
    for sentence, keyword in c.fab:
        forms = " ".join(f for item in c.items for f in item.forms).lower()
        if keyword.lower() in f"{low} {c.indication.lower()} {forms}":
            raise ValueError(f"{where}: fabricated {sentence!r} is in the source ({keyword!r})")
    if not c.has_prior:
        for item in c.items:
            for form in item.forms:
                if _NO_PRIOR_WORDS.search(form):
                    raise ValueError(f"{where}: comparison wording without a prior: {form!r}")
    if len(c.items) < 2:
        raise ValueError(f"{where}: needs at least two reference statements")
