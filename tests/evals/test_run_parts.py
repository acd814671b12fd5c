"""The parts of a run that need no proxy: intervals, the paraphraser, finding-level agreement, plan checks."""

from __future__ import annotations

import pytest

from evals import load_gold
from evals._consistency import jaccard, self_consistency, signature
from evals._paraphrase import paraphrase, split_sentences
from evals._plans import METRICS, check_thresholds, parse_thresholds
from evals._stats import bootstrap_mean, wilson


def test_wilson_interval_matches_the_textbook_values() -> None:
    low, high = wilson(8, 10)  # Wilson 95%: 0.490 to 0.943
    assert round(low, 3) == 0.490 and round(high, 3) == 0.943
    assert wilson(0, 10)[0] == 0.0 and wilson(10, 10)[1] == 1.0
    assert wilson(0, 0) == (0.0, 1.0)
    assert wilson(1, 100)[0] > 0.0  # never a negative or zero-width interval for a rare event


def test_bootstrap_interval_is_reproducible_and_covers_the_mean() -> None:
    values = [1.0, 0.5, 1.0, 0.33, 1.0, 1.0, 0.5, 1.0]
    assert bootstrap_mean(values) == bootstrap_mean(values)
    low, high = bootstrap_mean(values)
    assert low < sum(values) / len(values) < high
    assert bootstrap_mean([0.5]) == (0.5, 0.5)


def test_paraphrase_keeps_every_finding_of_every_gold_case_and_changes_the_wording() -> None:
    changed, cases = 0, load_gold()
    for case in cases:
        findings = case.source["findings"]
        again = paraphrase(findings, case.id)
        assert again == paraphrase(findings, case.id)  # deterministic
        assert signature(again) == signature(findings), case.id
        if len(split_sentences(findings)) > 1:
            assert split_sentences(again) != split_sentences(findings), case.id
        changed += again != findings
    assert changed >= 0.95 * len(cases)  # one-sentence findings with nothing to swap stay as they are


def test_paraphrase_restates_negations_and_units() -> None:
    text = "No pneumothorax. There is a 1.2 cm nodule in the right upper lobe. Cardiomegaly."
    out = paraphrase(text, "k")
    assert "12 mm nodule" in out and "1.2 cm" not in out
    assert "There is no pneumothorax." in out or "No pneumothorax." in out
    assert "cardiac enlargement" in out.lower()


def test_finding_level_agreement_ignores_wording_but_not_side_or_negation() -> None:
    a = signature("No effusion. Small right pneumothorax.")
    assert jaccard(a, signature("There is a small pneumothorax on the right. There is no pleural effusion.")) == 1.0
    assert jaccard(a, signature("No effusion. Small left pneumothorax.")) < 1.0
    assert jaccard(a, signature("Small effusion. Small right pneumothorax.")) < 1.0
    assert self_consistency([a, a, a]) == 1.0
    assert self_consistency([a]) is None
    assert jaccard(signature("Normal study."), signature("Unremarkable.")) == 1.0


def test_thresholds_are_checked_against_observed_values() -> None:
    thresholds = list(parse_thresholds({"mean_score": ">= 0.8", "negation_rate": "<0.05"}, samples=0))
    results = {r["metric"]: r for r in check_thresholds(thresholds, {"mean_score": 0.8, "negation_rate": 0.05})}
    assert results["mean_score"]["passed"] and not results["negation_rate"]["passed"]
    assert not check_thresholds(thresholds, {})[0]["passed"]  # a metric not measured is not met
    assert {"mean_score", "fabricated_finding_rate", "laterality_rate", "self_consistency",
            "paraphrase_robustness"} <= set(METRICS)


@pytest.mark.parametrize("bound", [">= 2", "about 0.9", "=> 0.9", ""])
def test_malformed_bounds_are_refused(bound: str) -> None:
    from evals import PlanError

    with pytest.raises(PlanError):
        parse_thresholds({"mean_score": bound}, samples=3)
