"""Render the reference impression and candidates: an equivalent rewording, plus the injected errors.

Every candidate, control or not, goes through the same rewording (random phrasing per statement, unit
switches, reordering, grouped negatives, merged sentences, list vs prose, upper case), so wording distance
alone cannot tell an error from a control; only the error itself differs.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from _b3_pools import COMPARISON_CLAUSES, COMPARISON_SENTENCES, FABRICATIONS
from _b3_spec import Case, Stmt
from _b3_text import fmt_size

_OTHER_SIDE = {"right": "left", "left": "right"}
_OTHER_UNIT = {"mm": "cm", "cm": "mm"}


@dataclass
class Rendered:
    """A candidate's text and what was done to it (for the generator's own checks)."""

    text: str
    errors: tuple[str, ...]
    fab_keywords: tuple[str, ...] = ()
    targets: dict[str, int | None] = field(default_factory=dict)


def source_text(case: Case) -> str:
    return "\n".join((case.indication, case.comparison, case.findings))


def eligible(case: Case, category: str) -> list[int | None]:
    """Statements an error of ``category`` may touch (``None``: the error adds its own sentence)."""
    st = case.stmts
    positives = [i for i, s in enumerate(st) if s.positive]
    if category == "fabricated_finding":
        return [None]
    if category == "omitted_finding":
        return positives if len(st) >= 2 else []
    if category == "negation":
        return [i for i, s in enumerate(st) if s.flips]
    if category == "laterality":
        return [i for i, s in enumerate(st) if s.side]
    if category == "severity":
        return [i for i, s in enumerate(st) if s.grade]
    if category == "measurement":
        return [i for i, s in enumerate(st) if s.sizes]
    if category == "fabricated_comparison":
        return [] if case.has_prior else [None, *positives]
    raise ValueError(category)


def assign(case: Case, categories: tuple[str, ...], rng: random.Random) -> dict[str, int | None] | None:
    """Put each error on a different statement; ``None`` when the case cannot hold this combination."""
    for _ in range(40):
        used: set[int] = set()
        targets: dict[str, int | None] = {}
        for cat in rng.sample(categories, len(categories)):
            opts = [i for i in eligible(case, cat) if i is None or i not in used]
            if not opts:
                break
            if cat == "fabricated_comparison" and len(opts) > 1 and rng.random() < 0.4:
                pick: int | None = None
            else:
                pick = rng.choice([o for o in opts if o is not None] or opts)
            targets[cat] = pick
            if pick is not None:
                used.add(pick)
        else:
            return targets
    return None


def _changed_dim(value: float, rng: random.Random) -> float:
    """A wrong size: x0.5-0.7 or x1.5-2 (lesions), x0.7-0.8 or x1.25-1.35 (organs of 6 cm and more)."""
    big = value >= 60
    for _ in range(50):
        low = rng.random() < 0.5
        factor = rng.uniform(0.7, 0.8) if big and low else rng.uniform(1.25, 1.35) if big else (
            rng.uniform(0.5, 0.7) if low else rng.uniform(1.5, 2.0))
        new = float(round(value * factor))
        if new >= 1 and abs(new - value) >= 2:
            return new
    return value + 3


def _wrong_grade(stmt: Stmt, rng: random.Random) -> str:
    scale = stmt.scale
    k = scale.index(stmt.grade)
    near = [scale[j] for j in (k - 1, k + 1) if 0 <= j < len(scale)]
    far = [g for g in scale if g != stmt.grade and g not in near]
    return rng.choice(far) if far and rng.random() < 0.25 else rng.choice(near)


def fill(stmt: Stmt, form: str, rng: random.Random | None, *, side_flip: bool = False, grade: str | None = None,
         size_change: tuple[int, int, float] | None = None) -> str:
    """Fill a form's slots; with ``rng`` the units and the size separator vary as in a candidate."""
    kw: dict[str, str] = {}
    if stmt.side:
        side = _OTHER_SIDE[stmt.side] if side_flip else stmt.side
        kw.update(s=side, S=side.capitalize(), a=side[0].upper())
    if stmt.grade:
        g = grade or stmt.grade
        kw.update(g=g, G=g.capitalize())
    switch = rng is not None and rng.random() < 0.35
    sep = " x " if rng is None else rng.choice((" x ", " x ", " x ", "x", " × "))
    for i, dims in enumerate(stmt.sizes):
        if size_change and size_change[0] == i:
            dims = tuple(size_change[2] if j == size_change[1] else d for j, d in enumerate(dims))
        unit = _OTHER_UNIT[stmt.units[i]] if switch else stmt.units[i]
        kw[f"m{i}"] = fmt_size(dims, unit, sep)
    for i, dims in enumerate(stmt.priors):
        unit = _OTHER_UNIT[stmt.prior_units[i]] if switch else stmt.prior_units[i]
        kw[f"p{i}"] = fmt_size(dims, unit, sep)
    return form.format(**kw)


def _lower_first(text: str) -> str:
    word = text.split(" ", 1)[0]
    if any(c.isupper() or c.isdigit() for c in word[1:]) or len(word) == 1:
        return text
    return text[0].lower() + text[1:]


def layout(sentences: list[str], style: str, rng: random.Random | None) -> str:
    """Prose or a numbered list, as the case's style says; a candidate may switch and merge sentences."""
    as_list = style in ("list", "caps")
    caps = style == "caps"
    if rng is not None:
        as_list = as_list if rng.random() < 0.7 else not as_list
        caps = caps and rng.random() < 0.6
    if as_list:
        mark = ". " if rng is None or rng.random() < 0.75 else ") "
        text = "\n".join(f"{k}{mark}{s}" for k, s in enumerate(sentences, 1))
    else:
        merged: list[str] = []
        for s in sentences:
            if merged and rng is not None and rng.random() < 0.18 and merged[-1].endswith("."):
                merged[-1] = merged[-1][:-1] + "; " + _lower_first(s)
            else:
                merged.append(s)
        text = " ".join(merged)
    return text.upper() if caps else text


def reference(case: Case) -> str:
    return layout([fill(s, s.forms[0], None) for s in case.stmts], case.style, None)


def _grouped(terms: list[str], rng: random.Random) -> str:
    joiner = " or " if len(terms) == 2 else rng.choice((" or ", ", or "))
    joined = ", ".join(terms[:-1]) + joiner + terms[-1]
    lead = rng.choice(("No ", "No ", "No evidence of ", "There is no "))
    return f"{lead}{joined}."


def _fabrication(case: Case, ref: str, rng: random.Random) -> tuple[str, tuple[str, ...]]:
    known = (source_text(case) + "\n" + ref).lower()
    pool = [*case.fab, *(f for p in case.pools for f in FABRICATIONS[p])]
    usable = [f for f in pool if not any(k in known for k in f[1])]
    if not usable:
        raise ValueError(f"no usable fabrication for case with pools {case.pools}")
    return rng.choice(usable)


def candidate(case: Case, errors: tuple[str, ...], targets: dict[str, int | None], rng: random.Random) -> Rendered:
    """One candidate: a fresh rewording of the reference with ``errors`` put on ``targets``."""
    items: list[tuple[str, str | None]] = []
    for i, st in enumerate(case.stmts):
        if targets.get("omitted_finding") == i:
            continue
        change = None
        if targets.get("measurement") == i:
            k = rng.randrange(len(st.sizes))
            j = rng.randrange(len(st.sizes[k]))
            change = (k, j, _changed_dim(st.sizes[k][j], rng))
        form = rng.choice(st.flips) if targets.get("negation") == i else rng.choice(st.forms)
        text = fill(st, form, rng, side_flip=targets.get("laterality") == i,
                    grade=_wrong_grade(st, rng) if targets.get("severity") == i else None, size_change=change)
        if targets.get("fabricated_comparison", -1) == i:
            text = text[:-1] + rng.choice(COMPARISON_CLAUSES) + "." if text.endswith(".") else text
        groupable = st.term if st.term and i not in targets.values() else None
        items.append((text, groupable))
    fab_keywords: tuple[str, ...] = ()
    if "fabricated_finding" in errors:
        sentence, fab_keywords = _fabrication(case, reference(case), rng)
        items.insert(rng.randrange(1, len(items) + 1) if items else 0, (sentence, None))
    if "fabricated_comparison" in errors and targets["fabricated_comparison"] is None:
        pos = len(items) if rng.random() < 0.7 else rng.randrange(len(items) + 1)
        items.insert(pos, (rng.choice(COMPARISON_SENTENCES), None))
    r = rng.random()
    if r < 0.35:
        rng.shuffle(items)
    elif r < 0.65 and len(items) > 1:
        k = rng.randrange(len(items) - 1)
        items[k], items[k + 1] = items[k + 1], items[k]
    terms = [t for _, t in items if t]
    if len(terms) >= 2 and rng.random() < 0.55:
        first = next(k for k, (_, t) in enumerate(items) if t)
        rest = [(s, t) for s, t in items if not t]
        rest.insert(first, (_grouped(terms, rng), None))
        items = rest
    return Rendered(layout([s for s, _ in items], case.style, rng), errors, fab_keywords, targets)
