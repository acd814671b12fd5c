"""Error injection used by the metric benchmark: labelled candidates, deterministic."""

from __future__ import annotations

import random

from evals import ErrorCategory, load_gold, score_candidate
from evals._inject import inject_case


def test_injection_is_deterministic_and_covers_every_category() -> None:
    rows = [{"id": c.id, "source": c.source, "reference": c.reference, "metadata": c.metadata} for c in load_gold()[:60]]
    first = [p for r in rows for p in inject_case(r, random.Random(1))]
    again = [p for r in rows for p in inject_case(r, random.Random(1))]
    assert first == again
    assert {c for p in first for c in p.injected} == set(ErrorCategory)
    assert {len(p.injected) for p in first} == {0, 1, 2, 3}


def test_clean_rewordings_score_one_and_single_errors_are_found() -> None:
    cases = load_gold()[::10]
    rng = random.Random(2)
    for case in cases:
        row = {"id": case.id, "source": case.source, "reference": case.reference, "metadata": case.metadata}
        for pair in inject_case(row, rng):
            result = score_candidate(pair.candidate, case.source, case.reference)
            if not pair.injected:
                assert result.errors == (), (case.id, pair.candidate, result.errors)
            else:
                assert result.score < 1.0, (case.id, pair.candidate)
