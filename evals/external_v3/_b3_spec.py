"""Case model of blind set v3: a source report and its reference impression as a list of statements.

Each statement carries its own clinically equivalent phrasings (written by hand, so controls vary the way
radiologists do rather than by a synonym table) and the slots that errors may touch: a side, sizes, a grade.
Keeping sides, sizes and grades as slots (never literal text) is what lets the generator prove that a control
kept every one of them and that an injected error changed exactly one.

Module names carry a ``_b3_`` prefix so that they never collide with the older sets' ``_spec``/``_render``
modules when several generators are imported in one test process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

SEVERITY = ("mild", "moderate", "severe")
SIZE_WORDS = ("small", "moderate", "large")

CATEGORIES = (
    "fabricated_finding",
    "omitted_finding",
    "negation",
    "laterality",
    "severity",
    "measurement",
    "fabricated_comparison",
)

_SLOT = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class Stmt:
    """One statement of the reference impression.

    ``forms[0]`` is the reference wording; the others are equivalent. ``flips`` reverse its presence
    (the negation error). Slots: ``{s}``/``{S}``/``{a}`` side (word, capitalised word, letter as in ``{a}LL``),
    ``{m0}``.. current sizes, ``{p0}``.. prior sizes (never altered), ``{g}``/``{G}`` grade.
    """

    forms: tuple[str, ...]
    positive: bool = True
    side: str | None = None
    sizes: tuple[tuple[float, ...], ...] = ()
    units: tuple[str, ...] = ()
    priors: tuple[tuple[float, ...], ...] = ()
    prior_units: tuple[str, ...] = ()
    grade: str | None = None
    scale: tuple[str, ...] = ()
    flips: tuple[str, ...] = ()
    term: str | None = None

    def slots(self, text: str) -> list[str]:
        return _SLOT.findall(text)


@dataclass(frozen=True)
class Case:
    """A hand-written case: source report, reference statements, and where fabrications may come from."""

    modality: str
    style: str  # "prose", "list" or "caps" (upper-case numbered teleradiology impression)
    pools: tuple[str, ...]
    indication: str
    comparison: str
    findings: str
    stmts: tuple[Stmt, ...]
    has_prior: bool = False
    fab: tuple[tuple[str, tuple[str, ...]], ...] = field(default=())


def _dims(value: object) -> tuple[float, ...]:
    if isinstance(value, (int, float)):
        return (float(value),)
    return tuple(float(v) for v in value)  # type: ignore[union-attr]


def _unit(dims: tuple[float, ...], unit: str | None) -> str:
    if unit:
        return unit
    return "cm" if max(dims) >= 10 and all(d == int(d) for d in dims) else "mm"


def P(
    *forms: str,
    side: str | None = None,
    mm: tuple = (),
    unit: str | tuple[str, ...] | None = None,
    prior: tuple = (),
    prior_unit: str | None = None,
    g: str | None = None,
    scale: str = "",
    flip: tuple[str, ...] | str = (),
) -> Stmt:
    """A positive statement. ``mm`` holds current sizes in mm (a number or a tuple of dimensions each)."""
    sizes = tuple(_dims(v) for v in mm)
    units_in = unit if isinstance(unit, tuple) else (unit,) * len(sizes)
    priors = tuple(_dims(v) for v in prior)
    grade_scale: tuple[str, ...] = ()
    if g:
        grade_scale = SIZE_WORDS if (scale == "size" or g in ("small", "large")) else SEVERITY
    return Stmt(
        forms=forms,
        side=side,
        sizes=sizes,
        units=tuple(_unit(d, u) for d, u in zip(sizes, units_in)),
        priors=priors,
        prior_units=tuple(_unit(d, prior_unit) for d in priors),
        grade=g,
        scale=grade_scale,
        flips=(flip,) if isinstance(flip, str) else tuple(flip),
    )


def N(term: str, *extra: str, plural: bool = False, flip: tuple[str, ...] = (), lead: str = "") -> Stmt:
    """A simple pertinent negative ("No pneumothorax."), groupable with its neighbours in a candidate.

    ``extra`` adds hand-written equivalents ("The pleural spaces are clear."); ``lead`` is the reference form
    when it is not "No {term}.".
    """
    be = "are" if plural else "is"
    cap = term[0].upper() + term[1:]
    forms = [lead or f"No {term}.", f"No evidence of {term}.", f"There {be} no {term}.", *extra]
    if lead:
        forms.append(f"No {term}.")
    flips = flip or (f"{cap}.", f"Evidence of {term}.", f"{cap} {be} present.")
    return Stmt(forms=tuple(dict.fromkeys(forms)), positive=False, flips=tuple(flips), term=term)


def NEG(*forms: str, flip: tuple[str, ...] | str = (), side: str | None = None) -> Stmt:
    """A pertinent negative in its own words (not groupable), e.g. "Normal appendix."."""
    return Stmt(forms=forms, positive=False, side=side, flips=(flip,) if isinstance(flip, str) else tuple(flip))


def _layout(text: str) -> str:
    """Keep the author's line breaks after sentence ends and headings; join lines wrapped mid-sentence."""
    out: list[str] = []
    for line in (ln.strip() for ln in text.strip().splitlines()):
        if not line:
            continue
        if out and not out[-1].endswith((".", ":", ";", ")", "?")):
            out[-1] += " " + line
        else:
            out.append(line)
    return "\n".join(out)


def C(
    modality: str,
    style: str,
    pools: tuple[str, ...] | str,
    indication: str,
    comparison: str,
    findings: str,
    *stmts: Stmt,
    prior: bool = False,
    fab: tuple[tuple[str, tuple[str, ...]], ...] = (),
) -> Case:
    """Build a case; ``comparison`` is "None." unless ``prior`` is true."""
    return Case(
        modality=modality,
        style=style,
        pools=(pools,) if isinstance(pools, str) else pools,
        indication=indication,
        comparison=comparison,
        findings=_layout(findings),
        stmts=stmts,
        has_prior=prior,
        fab=fab,
    )
