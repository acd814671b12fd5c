"""The seven error injectors of the v7 set, each acting on one statement of an already reworded candidate.

Every injector changes exactly what its label says (one side, one grade, one dimension, one presence, one
dropped positive statement, one invented finding, one invented comparison) and marks the statement it touched,
so a multi-error candidate never stacks two errors on one statement.
"""

from __future__ import annotations

import random

from _v7_decoys import CLAUSES, SENTENCES
from _v7_model import OTHER_SIDE, SCALES, Case, Item

CATEGORIES = ("fabricated_finding", "omitted_finding", "negation", "laterality", "severity", "measurement",
              "fabricated_comparison")


class NoTarget(Exception):
    """The candidate has no statement left that this error could be placed on."""


def applicable(case: Case, decoys: list[str]) -> list[str]:
    """The categories that can be injected into ``case`` at all."""
    stmts = case.stmts
    ok = {
        "fabricated_finding": bool(decoys),
        "omitted_finding": len(stmts) >= 2 and any(s.positive for s in stmts),
        "negation": True,
        "laterality": any(s.side for s in stmts),
        "severity": any(s.sev for s in stmts),
        "measurement": any(s.size for s in stmts),
        "fabricated_comparison": not case.has_prior,
    }
    return [c for c in CATEGORIES if ok[c]]


def _pick(items: list[Item], rng: random.Random, want) -> Item:
    choices = [it for it in items if it.origin is not None and not it.used and want(it)]
    if not choices:
        raise NoTarget
    target = rng.choice(choices)
    target.used = True
    return target


def changed_size(value: int, organ: bool, rng: random.Random) -> int:
    """A clinically different size: x0.5-0.7 or x1.5-2 for lesions, x0.7-0.8 or x1.25-1.35 for organs >= 6 cm."""
    ranges = ((0.7, 0.8), (1.25, 1.35)) if organ and value >= 60 else ((0.5, 0.7), (1.5, 2.0))
    for _ in range(50):
        low, high = rng.choice(ranges)
        new = round(value * rng.uniform(low, high))
        if new > 0 and abs(new - value) >= 2:
            return new
    return value * 2


def inject(category: str, items: list[Item], case: Case, decoys: list[str], rng: random.Random) -> None:
    """Place one error of ``category`` into ``items`` (in place); raise NoTarget if nothing fits."""
    if category == "fabricated_finding":
        if not decoys:
            raise NoTarget
        new = Item(rng.choice(decoys), True, None, rng.choice(("right", "left")), used=True)
        items.insert(rng.randint(0, len(items)), new)
    elif category == "omitted_finding":
        if len([it for it in items if it.origin is not None]) < 2:
            raise NoTarget
        items.remove(_pick(items, rng, lambda it: it.positive))
    elif category == "negation":
        target = _pick(items, rng, lambda it: True)
        target.template = rng.choice(case.stmts[target.origin].flip)
        target.positive = not target.positive
    elif category == "laterality":
        target = _pick(items, rng, lambda it: it.side is not None)
        target.side = OTHER_SIDE[target.side]
    elif category == "severity":
        target = _pick(items, rng, lambda it: it.sev is not None)
        target.sev = rng.choice([level for level in SCALES[target.scale] if level != target.sev])
    elif category == "measurement":
        target = _pick(items, rng, lambda it: it.size is not None)
        dims = list(target.size)
        axis = rng.randrange(len(dims))
        dims[axis] = changed_size(dims[axis], target.organ, rng)
        target.size = tuple(dims)
    elif category == "fabricated_comparison":
        if case.has_prior:
            raise NoTarget
        if rng.random() < 0.5:
            target = _pick(items, rng, lambda it: it.positive)
            target.template += rng.choice(CLAUSES)
        else:
            sentence = Item(rng.choice(SENTENCES), True, None, used=True)
            items.insert(rng.choice((0, len(items), len(items))), sentence)
    else:
        raise ValueError(category)
