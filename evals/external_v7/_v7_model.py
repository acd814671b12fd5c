"""Case and statement records of the external v7 pair set, and how one statement renders.

A reference statement is written once as several clinically equivalent wordings (``forms``) plus wordings with its
presence reversed (``flip``). Side, grade and size are slots rather than literal words, so an injected error or a
unit change touches exactly the word it means to and every wording of the statement stays in step.
"""

from __future__ import annotations

from dataclasses import dataclass

OTHER_SIDE = {"right": "left", "left": "right"}
SCALES = {"grade": ("mild", "moderate", "severe"), "size": ("small", "moderate", "large")}


@dataclass(frozen=True)
class Stmt:
    """One reference statement: its wordings, its reversed wordings and the slots an error may change."""

    forms: tuple[str, ...]
    flip: tuple[str, ...]
    positive: bool = True
    side: str | None = None
    sev: str | None = None
    scale: str | None = None
    size: tuple[int, ...] | None = None
    prior: tuple[int, ...] | None = None
    organ: bool = False


@dataclass(frozen=True)
class Case:
    """One synthetic examination: the scorer's source fields and the reference impression's statements."""

    key: str
    modality: str
    region: str
    practice: str
    indication: str
    comparison: str
    findings: str
    has_prior: bool
    stmts: tuple[Stmt, ...]
    unit: str = "mm"


def _tuple(value: str | tuple[str, ...]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


def _dims(value: int | tuple[int, ...] | None) -> tuple[int, ...] | None:
    if value is None:
        return None
    return (value,) if isinstance(value, int) else tuple(value)


def _scale(sev: str | None, scale: str | None) -> str | None:
    if sev is None:
        return None
    if scale is None:
        matches = [name for name, levels in SCALES.items() if sev in levels]
        if len(matches) != 1:
            raise ValueError(f"severity {sev!r} needs an explicit scale")
        return matches[0]
    if sev not in SCALES[scale]:
        raise ValueError(f"severity {sev!r} is not on the {scale} scale")
    return scale


def P(*forms: str, no: str | tuple[str, ...], side: str | None = None, sev: str | None = None,
      scale: str | None = None, size: int | tuple[int, ...] | None = None,
      prior: int | tuple[int, ...] | None = None, organ: bool = False) -> Stmt:
    """A positive statement; ``no`` holds its wordings with the finding said to be absent."""
    return Stmt(tuple(forms), _tuple(no), True, side, sev, _scale(sev, scale), _dims(size), _dims(prior), organ)


def N(*forms: str, yes: str | tuple[str, ...], size: int | tuple[int, ...] | None = None) -> Stmt:
    """A pertinent negative (maybe with a normal measurement); ``yes`` says the finding is present."""
    return Stmt(tuple(forms), _tuple(yes), False, size=_dims(size))


def case(key: str, region: str, practice: str, *, indication: str, comparison: str, findings: str,
         prior: bool, stmts: tuple[Stmt, ...] | list[Stmt], unit: str = "mm") -> Case:
    """Build a case; ``key`` is ``<modality>-<nn>`` and ``prior`` says whether a prior study exists."""
    return Case(key, key.split("-")[0], region, practice, indication, comparison, findings, prior, tuple(stmts), unit)


def fmt_size(dims: tuple[int, ...], unit: str) -> str:
    """Render millimetre dimensions in mm or cm ("23 x 15 mm" / "2.3 x 1.5 cm")."""
    if unit == "mm":
        return " x ".join(str(d) for d in dims) + " mm"
    return " x ".join(f"{d / 10:g}" for d in dims) + " cm"


@dataclass
class Item:
    """A statement as placed in one candidate: a chosen wording and its current slot values."""

    template: str
    positive: bool
    origin: int | None = None
    side: str | None = None
    sev: str | None = None
    scale: str | None = None
    size: tuple[int, ...] | None = None
    prior: tuple[int, ...] | None = None
    organ: bool = False
    used: bool = False

    def text(self, unit: str) -> str:
        """The statement's words with every slot filled, in ``unit`` for sizes."""
        slots = {}
        if self.side:
            slots.update(side=self.side, Side=self.side.capitalize(), S=self.side[0].upper())
        if self.sev:
            slots.update(sev=self.sev, Sev=self.sev.capitalize())
        if self.size:
            slots["m"] = fmt_size(self.size, unit)
        if self.prior:
            slots["p"] = fmt_size(self.prior, unit)
        return self.template.format_map(slots)


def item_of(stmt: Stmt, index: int, template: str) -> Item:
    """The candidate item for reference statement ``index`` worded by ``template``."""
    return Item(template, stmt.positive, index, stmt.side, stmt.sev, stmt.scale, stmt.size, stmt.prior, stmt.organ)
