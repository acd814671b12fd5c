"""Run-level metrics from per-case results: error rates, means, consistency, subgroups, with 95% CIs.

Denominators are the attempted cases (scored or failed; cases the proxy excluded as outside the
model's criteria are reported apart). A failed draft request counts as a case with an error and a
score of 0: a model that does not answer has not passed anything.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from evals._score import ErrorCategory
from evals._stats import mean, rate
from evals.models import EvalCaseResult

SUBGROUP_KEYS = ("modality", "body_part", "age_group", "sex", "site")


def _score(case: EvalCaseResult) -> float:
    return case.score if case.status == "ok" and case.score is not None else 0.0


def _has_error(case: EvalCaseResult) -> bool:
    return case.status == "failed" or bool(case.errors)


def _core(cases: Sequence[EvalCaseResult]) -> dict[str, dict]:
    n = len(cases)
    with_error = sum(_has_error(c) for c in cases)
    out = {"mean_score": mean([_score(c) for c in cases]),
           "any_error_rate": rate(with_error, n),
           "error_free_rate": rate(n - with_error, n)}
    for category in ErrorCategory:
        count = sum(any(e["category"] == category.value for e in c.errors) for c in cases)
        out[f"{category.value}_rate"] = rate(count, n)
    return out


def aggregate(results: Sequence[EvalCaseResult]) -> dict:
    """Everything a scorecard and a threshold check need, as JSON-ready data."""
    attempted = [c for c in results if c.status != "excluded"]
    scored = [c for c in attempted if c.status == "ok"]
    metrics = _core(attempted)
    metrics["request_failure_rate"] = rate(len(attempted) - len(scored), len(attempted))
    sample_means = [sum(c.sample_scores) / len(c.sample_scores) for c in scored if c.sample_scores]
    metrics["sample_mean_score"] = mean(sample_means)
    metrics["self_consistency"] = mean([c.self_consistency for c in scored if c.self_consistency is not None])
    metrics["paraphrase_robustness"] = mean([c.paraphrase_agreement for c in scored
                                             if c.paraphrase_agreement is not None])
    metrics["paraphrase_mean_score"] = mean([c.paraphrase_score for c in scored if c.paraphrase_score is not None])
    subgroups: dict[str, dict[str, dict]] = {}
    for key in SUBGROUP_KEYS:
        groups: dict[str, list[EvalCaseResult]] = defaultdict(list)
        for case in attempted:
            groups[str(case.subgroups.get(key) or "unknown")].append(case)
        subgroups[key] = {value: {"n": len(members), **{m: v for m, v in _core(members).items()
                                                         if m in ("mean_score", "any_error_rate",
                                                                  "fabricated_finding_rate")}}
                          for value, members in sorted(groups.items())}
    return {
        "counts": {"cases": len(results), "attempted": len(attempted), "scored": len(scored),
                   "failed": len(attempted) - len(scored), "excluded": len(results) - len(attempted)},
        "metrics": metrics,
        "subgroups": subgroups,
    }


def observed(metrics: dict[str, dict]) -> dict[str, float | None]:
    """Metric name -> point estimate, for the threshold check."""
    return {name: value.get("value") for name, value in metrics.items()}
