"""Candidate planning, row building and the consistency checks of the v8 set.

Per case: 10 or 11 candidates, 2-3 controls, 2-3 mixed (2-3 categories) and the rest single errors whose
categories are balanced across the whole set. Every candidate is a fresh draw; a candidate is kept only when it
differs from the reference, from the case's other candidates and (for errors) from its twin control.
"""

from __future__ import annotations

import random
from collections import Counter

import _v8_text as T
from _v8_errors import CATEGORIES, apply, assign, eligible
from _v8_model import SCALES, Case
from _v8_render import items_of, random_draw, reference_draw, render

SEED = "radgate-external-v8"


def check_case(case: Case) -> None:
    """The source supports the reference; no-prior cases hold no comparison; fabrications are truly new."""
    source = f"{case.indication} {case.comparison} {case.findings}".lower()
    found = set(T.sizes_mm(case.findings))
    for st in case.stmts:
        words = " ".join(st.forms + st.present + ((st.absent,) if st.absent else ()))
        if st.size:
            assert set(st.size) <= found, (case.cid, st.size, "size not in findings")
        if st.prior:
            assert set(st.prior) <= set(T.sizes_mm(f"{case.comparison} {case.findings}")), (case.cid, st.prior)
        if st.side:
            assert st.side in case.findings.lower(), (case.cid, st.side)
            assert not T.SIDE_WORDS.search(words), (case.cid, "literal side in a sided statement", words)
            assert "{side}" in words.lower() or "{Side}" in words, (case.cid, words)
        if st.sev:
            assert SCALES[st.sev[0]][st.sev[1]] in case.findings.lower(), (case.cid, st.sev)
        if st.kind == "pos" and st.absent is None:
            raise AssertionError((case.cid, "positive statement without its absent form", st.forms))
        if not case.has_prior:
            assert not T.COMPARISON_WORDS.search(words), (case.cid, words)
    if not case.has_prior:
        assert not T.COMPARISON_WORDS.search(case.findings), (case.cid, T.COMPARISON_WORDS.search(case.findings))
    else:
        assert case.comparison != "None.", case.cid
    for keyword, text in case.fabs:
        assert keyword.lower() in text.lower(), (case.cid, keyword)
        assert keyword.lower() not in source, (case.cid, keyword, "fabrication keyword in the source")
        assert not T.COMPARISON_WORDS.search(text), (case.cid, text)
    assert sum(st.kind == "pos" for st in case.stmts) >= 2, case.cid


def _plan(rng: random.Random, case: Case, counts: Counter) -> list[tuple[str, ...]]:
    """The label of each candidate of the case (single categories balanced through `counts`)."""
    n = 11 if rng.random() < 0.4 else 10
    controls = 3 if n == 11 else rng.choice((2, 3))
    mixed = rng.choice((2, 3))
    applicable = [c for c in CATEGORIES if eligible(case, c)]
    singles: list[str] = []
    while len(singles) < n - controls - mixed:
        choices = [c for c in applicable if c not in singles] or applicable
        least = min(counts[c] for c in choices)
        pick = rng.choice([c for c in choices if counts[c] == least])
        counts[pick] += 1
        singles.append(pick)
    plan = [()] * controls + [(c,) for c in singles]
    for _ in range(mixed):
        k = 2 if rng.random() < 0.65 else 3
        while True:
            cats = tuple(sorted(rng.sample(applicable, k), key=CATEGORIES.index))
            if assign(rng, case, cats) is not None:
                break
        plan.append(cats)
    return plan


def _candidate(rng: random.Random, case: Case, cats: tuple[str, ...], reference: str, seen: set[str]) -> str:
    """One candidate text with exactly the errors `cats`, checked against its twin control."""
    for _ in range(50):
        draw = random_draw(rng, case)
        twin = render(case, draw, items_of(case, draw))
        assignment = assign(rng, case, cats)
        text = render(case, draw, apply(rng, case, draw, items_of(case, draw), assignment))
        if text in seen or text == reference:
            continue
        if not cats:
            assert T.sizes_mm(text) == T.sizes_mm(reference), (case.cid, text, reference)
            assert T.side_words(text) == T.side_words(reference), (case.cid, text, reference)
        else:
            assert text != twin, (case.cid, cats, text)
        if cats == ("measurement",):
            assert T.sizes_mm(text) != T.sizes_mm(twin), (case.cid, text)
        if cats == ("laterality",):
            assert T.side_words(text) != T.side_words(twin), (case.cid, text)
        return text
    raise AssertionError((case.cid, cats, "no distinct candidate"))


def case_rows(case: Case, counts: Counter) -> list[dict]:
    """The rows of one case, shuffled and numbered."""
    check_case(case)
    rng = random.Random(f"{SEED}:{case.cid}")
    draw = reference_draw(case)
    reference = render(case, draw, items_of(case, draw))
    plan = _plan(rng, case, counts)
    seen: set[str] = set()
    made = []
    for cats in plan:
        text = _candidate(rng, case, cats, reference, seen)
        seen.add(text)
        made.append((cats, text))
    rng.shuffle(made)
    source = {
        "indication": case.indication,
        "comparison": case.comparison,
        "findings": case.findings,
        "has_prior": case.has_prior,
    }
    return [
        {
            "id": f"{case.cid}-{n}",
            "source": source,
            "candidate": text,
            "reference": reference,
            "has_prior": case.has_prior,
            "labels": {"errors": list(cats), "control": not cats},
        }
        for n, (cats, text) in enumerate(made, 1)
    ]


def build(cases: list[Case]) -> list[dict]:
    """All rows of the set, case by case in the given order."""
    counts: Counter = Counter()
    rows: list[dict] = []
    for case in cases:
        rows.extend(case_rows(case, counts))
    return rows
