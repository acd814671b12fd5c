"""Error injection of the v10 set: one function per category, acting on a candidate's slots.

Each error is clinically real: a flipped side, a reversed presence, a grade moved on its own scale, a current size
changed well beyond rounding, a dropped important positive finding, an invented finding, or a comparison to a
prior study that does not exist. Each touches its own statement, so a mixed candidate's errors never overlap.
"""

from __future__ import annotations

import itertools
import random

from _v10_model import SCALES, Case, Slot

CATEGORIES = ("fabricated_finding", "omitted_finding", "negation", "laterality", "severity", "measurement",
              "fabricated_comparison")

COMPARISON_CLAUSES = (
    ", new since the prior study", ", unchanged from the previous examination", ", increased compared with prior",
    ", stable since the last exam", ", not present on the earlier study", ", slightly smaller than before",
    ", progressed since the prior imaging", ", similar to the outside study",
    ", newly apparent compared with the last scan",
    ", grossly stable relative to the prior", ", decreased since the previous exam",
)
COMPARISON_SENTENCES = (
    "No significant interval change compared with the prior study",
    "Overall appearance is stable relative to the previous examination",
    "Findings have progressed since the last exam",
    "Compared with the prior imaging, the findings are new",
    "Unchanged from the outside study of last year",
    "Interval improvement since the previous scan",
)


_NEEDS = {
    "negation": lambda st: bool(st.flips),
    "omitted_finding": lambda st: st.positive and not st.minor,
    "laterality": lambda st: st.side is not None,
    "severity": lambda st: st.sev is not None,
    "measurement": lambda st: st.size is not None,
    "fabricated_comparison": lambda st: st.positive,
}


def _eligible(category: str, slots: list[Slot], case: Case) -> list[int]:
    """Untouched statements of the candidate that `category` can act on."""
    if category == "fabricated_comparison" and case.has_prior:
        return []
    need = _NEEDS[category]
    return [i for i, s in enumerate(slots) if not s.touched and s.source is not None and need(s.source)]


def applicable(category: str, case: Case) -> bool:
    """Whether `category` can be injected into `case` at all."""
    if category == "fabricated_finding":
        return bool(case.fabs)
    if category == "fabricated_comparison":
        return not case.has_prior
    if category == "omitted_finding" and len(case.statements) < 2:
        return False
    return any(_NEEDS[category](st) for st in case.statements)


def feasible(categories: list[str], case: Case) -> bool:
    """Whether every category of a mixed label can act on its own statement of `case`."""
    if not all(applicable(c, case) for c in categories):
        return False
    consuming = [c for c in categories if c not in ("fabricated_finding", "fabricated_comparison")]
    options = [[i for i, st in enumerate(case.statements) if _NEEDS[c](st)] for c in consuming]
    return any(len(set(pick)) == len(pick) for pick in itertools.product(*options))


def _changed(value: int, organ: bool, rng: random.Random) -> int:
    """A size changed well beyond rounding: x0.5-0.7 or x1.5-2 for lesions, x0.7-0.8 or x1.25-1.35 for organs."""
    for _ in range(50):
        if organ:
            factor = rng.uniform(0.7, 0.8) if rng.random() < 0.5 else rng.uniform(1.25, 1.35)
        else:
            factor = rng.uniform(0.5, 0.7) if rng.random() < 0.5 else rng.uniform(1.5, 2.0)
        new = round(value * factor)
        if new > 0 and abs(new - value) >= 2:
            return new
    return value * 2


def inject(category: str, slots: list[Slot], case: Case, rng: random.Random) -> bool:
    """Apply one error of `category` to `slots` in place; False when the candidate has no room for it."""
    if category == "fabricated_finding":
        used = {s.template for s in slots if s.source is None}
        choices = [f for f, _ in case.fabs if f not in used]
        if not choices:
            return False
        slots.insert(rng.randrange(len(slots) + 1), Slot(rng.choice(choices), touched=True))
        return True
    if category == "fabricated_comparison" and not case.has_prior and rng.random() < 0.35:
        slots.insert(rng.randrange(len(slots) + 1), Slot(rng.choice(COMPARISON_SENTENCES), touched=True))
        return True
    eligible = _eligible(category, slots, case)
    if category == "omitted_finding" and len(slots) < 2:
        return False
    if not eligible:
        return False
    index = rng.choice(eligible)
    slot = slots[index]
    slot.touched = True
    if category == "omitted_finding":
        del slots[index]
    elif category == "negation":
        slot.template = rng.choice(slot.source.flips)
    elif category == "laterality":
        slot.side = {"left": "right", "right": "left"}[slot.side]
    elif category == "severity":
        scale, level = slot.sev
        slot.sev = (scale, rng.choice([x for x in range(len(SCALES[scale])) if x != level]))
    elif category == "measurement":
        dims = list(slot.size)
        which = rng.randrange(len(dims))
        dims[which] = _changed(dims[which], slot.organ, rng)
        slot.size = tuple(dims)
    else:
        slot.suffix = rng.choice(COMPARISON_CLAUSES)
    return True
