"""What a hand-written v10 case holds, and how one statement of its impression renders.

A statement keeps its checkable parts (side, severity grade, current size, prior size) as slots instead of
literal words, so a rewording draw and an injected error act on the same structure: a control and an error
candidate differ only by the error itself, never by how far the wording strays from the reference.
"""

from __future__ import annotations

import dataclasses
import re

SCALES = (("mild", "moderate", "severe"), ("small", "moderate", "large"))
NO_PRIOR_OPENERS = ("none", "no ", "n/a", "not available", "unavailable")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


@dataclasses.dataclass(frozen=True)
class Statement:
    """One impression statement: wording variants, its reversed (negated) wordings and its slots.

    `positive` is False for a pertinent negative, which is never dropped as an omission; `minor` marks a
    positive statement too unimportant to count as a clinically important omission.
    """

    variants: tuple[str, ...]
    flips: tuple[str, ...]
    positive: bool = True
    side: str | None = None
    sev: tuple[int, int] | None = None
    size: tuple[int, ...] | None = None
    prior: tuple[int, ...] | None = None
    organ: bool = False
    unit: str = "cm"
    minor: bool = False


@dataclasses.dataclass(frozen=True)
class Case:
    """A synthetic study: its source (indication, comparison, findings), impression statements and inventions."""

    modality: str
    practice: str
    indication: str
    comparison: str
    findings: str
    statements: tuple[Statement, ...]
    fabs: tuple[tuple[str, tuple[str, ...]], ...]
    numbered: bool = False

    @property
    def has_prior(self) -> bool:
        """A study has a prior unless its comparison line opens by saying there is none."""
        return not self.comparison.strip().lower().startswith(NO_PRIOR_OPENERS)


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split("|") if part.strip())


def _sev(word: str | None) -> tuple[int, int] | None:
    """'moderate' is on the mild/moderate/severe scale; 'moderate*' on small/moderate/large."""
    if word is None:
        return None
    scale = 1 if word.endswith("*") or word in ("small", "large") else 0
    return scale, SCALES[scale].index(word.rstrip("*"))


def P(text: str, flip: str, *, side: str | None = None, sev: str | None = None, size: tuple[int, ...] | None = None,
      prior: tuple[int, ...] | None = None, organ: bool = False, unit: str = "cm", minor: bool = False) -> Statement:
    """A positive finding; variants and flips are separated by '|'; sizes are whole millimetres."""
    return Statement(_split(text), _split(flip), True, side, _sev(sev), size, prior, organ, unit, minor)


def N(text: str, flip: str, *, side: str | None = None) -> Statement:
    """A pertinent negative (or a normal statement); `flip` says the finding is present."""
    return Statement(_split(text), _split(flip), False, side)


def case(modality: str, practice: str, indication: str, comparison: str, findings: str, statements: list[Statement],
         fabs: list[str], numbered: bool = False) -> Case:
    """Build a case; each fab is 'Sentence.|key,key' where no key may occur in the source."""
    parsed = []
    for fab in fabs:
        sentence, keys = fab.split("|")
        parsed.append((sentence.strip(), tuple(k.strip() for k in keys.split(","))))
    return Case(modality, practice, indication, comparison, " ".join(findings.split()), tuple(statements),
                tuple(parsed), numbered)


def format_size(dims: tuple[int, ...], unit: str) -> str:
    """Millimetre dimensions as '23 x 18 mm' or '2.3 x 1.8 cm'."""
    if unit == "mm":
        return " x ".join(str(d) for d in dims) + " mm"
    return " x ".join(f"{d / 10:.1f}" for d in dims) + " cm"


@dataclasses.dataclass
class Slot:
    """A statement as it stands in one candidate: chosen wording, slot values and any comparison clause."""

    template: str
    side: str | None = None
    sev: tuple[int, int] | None = None
    size: tuple[int, ...] | None = None
    prior: tuple[int, ...] | None = None
    organ: bool = False
    unit: str = "cm"
    suffix: str = ""
    source: Statement | None = None
    touched: bool = False

    def render(self, unit: str | None) -> str:
        """Fill the placeholders; `unit` overrides the size unit except for organs, which stay in cm."""
        use = "cm" if self.organ else (unit or self.unit)
        other = {"left": "right", "right": "left"}

        def fill(match: re.Match[str]) -> str:
            key = match.group(1)
            if key in ("side", "Side", "sd"):
                word = self.side or ""
                return {"side": word, "Side": word.capitalize(), "sd": word[:1].upper()}[key]
            if key in ("oside",):
                return other[self.side or "left"]
            if key in ("sev", "Sev", "sevly", "Sevly"):
                word = SCALES[self.sev[0]][self.sev[1]] if self.sev else ""
                word = word + "ly" if key.endswith("ly") else word
                return word.capitalize() if key[0] == "S" else word
            if key == "size":
                return format_size(self.size or (), use)
            if key == "prior":
                return format_size(self.prior or (), use)
            raise KeyError(key)

        return _PLACEHOLDER.sub(fill, self.template) + self.suffix


def slot_of(statement: Statement, template: str) -> Slot:
    """A fresh slot for `statement` worded by `template`."""
    return Slot(template, statement.side, statement.sev, statement.size, statement.prior, statement.organ,
                statement.unit, source=statement)
