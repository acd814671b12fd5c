"""The seven error categories: which statements each may touch, and how it changes them.

Errors are clinically real: a side flipped, a grade moved to another level of its scale, a current size changed
well beyond rounding, a finding negated or a pertinent negative affirmed, a key finding dropped, a finding the
source never mentions added, a comparison to a prior that does not exist.
"""

from __future__ import annotations

import random

import _v8_text as T
from _v8_model import SCALES, Case
from _v8_render import Draw, Item, insert_key

CATEGORIES = (
    "fabricated_finding",
    "omitted_finding",
    "negation",
    "laterality",
    "severity",
    "measurement",
    "fabricated_comparison",
)


def eligible(case: Case, category: str) -> list[int]:
    """Indices of the statements `category` may change ([-1] when it needs none, [] when it cannot apply)."""
    st = case.stmts
    if category == "fabricated_finding":
        return [-1] if case.fabs else []
    if category == "fabricated_comparison":
        return [] if case.has_prior else [-1] + [i for i, s in enumerate(st) if s.kind == "pos"]
    rule = {
        "omitted_finding": lambda s: s.kind == "pos" and s.key,
        "negation": lambda s: s.kind == "neg" or (s.kind == "pos" and s.absent is not None),
        "laterality": lambda s: s.side is not None,
        "severity": lambda s: s.sev is not None,
        "measurement": lambda s: s.size is not None,
    }[category]
    return [i for i, s in enumerate(st) if rule(s)]


def assign(rng: random.Random, case: Case, categories: tuple[str, ...]) -> list[tuple[str, int]] | None:
    """Each category on a different statement (or none), or None when they do not fit together."""
    for _ in range(60):
        used: set[int] = set()
        out = []
        for category in rng.sample(categories, len(categories)):
            free = [i for i in eligible(case, category) if i == -1 or i not in used]
            if category == "fabricated_comparison" and len(free) > 1 and rng.random() < 0.6:
                free = [i for i in free if i != -1]
            if not free:
                break
            index = rng.choice(free)
            used.add(index)
            out.append((category, index))
        else:
            return sorted(out, key=lambda pair: CATEGORIES.index(pair[0]))
    return None


def _changed_dim(rng: random.Random, value: int, organ: bool) -> int:
    """A size clearly different from `value` (lesions x0.5-0.7 / x1.5-2, organs x0.7-0.8 / x1.25-1.35)."""
    if organ:
        factor = rng.uniform(0.7, 0.8) if rng.random() < 0.5 else rng.uniform(1.25, 1.35)
    else:
        factor = rng.uniform(0.5, 0.7) if rng.random() < 0.5 or value > 150 else rng.uniform(1.5, 2.0)
    new = round(value * factor)
    if abs(new - value) < 2:
        new = value + 2 if factor > 1 or value < 4 else value - 2
    return new


def apply(
    rng: random.Random, case: Case, draw: Draw, items: list[Item], assignment: list[tuple[str, int]]
) -> list[Item]:
    """The items with the assigned errors made."""
    by_index = {it.index: it for it in items}
    out = list(items)
    for category, index in assignment:
        item = by_index.get(index)
        if category == "fabricated_finding":
            out.append(Item("fab", insert_key(draw, 0), text=rng.choice(case.fabs)[1]))
        elif category == "fabricated_comparison" and index == -1:
            out.append(Item("compsent", insert_key(draw, 1), text=rng.choice(T.COMPARISON_SENTENCES)))
        elif category == "fabricated_comparison":
            item.comp = rng.choice(T.COMPARISON_CLAUSES)
        elif category == "omitted_finding":
            out.remove(item)
        elif category == "negation":
            item.negated = True
        elif category == "laterality":
            item.side = "left" if item.side == "right" else "right"
        elif category == "severity":
            scale, level = item.sev
            item.sev = (scale, rng.choice([i for i in range(len(SCALES[scale])) if i != level]))
        elif category == "measurement":
            dims = list(item.size)
            k = rng.randrange(len(dims))
            dims[k] = _changed_dim(rng, dims[k], item.stmt.organ)
            item.size = tuple(dims)
    return out
