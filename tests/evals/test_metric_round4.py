"""Round 4 of the hallucination metric (issue 5): state words as negations, kept normal statements, lobe
abbreviations, a side swapped onto a duplicate, and the bench's case count. Sentences are invented for these tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from evals import ErrorCategory, score_candidate
from evals._findings import extract
from evals._negation import Assertion


def _categories(candidate: str, source: str, reference: str | None = None) -> set[ErrorCategory]:
    return set(score_candidate(candidate, source, reference, False).categories())


def test_finding_at_a_site_called_normal_is_a_fabrication_when_the_candidate_keeps_the_statement() -> None:
    source = "Moderate right knee effusion. Patella intact."
    assert _categories("Moderate right knee effusion. Patellar fracture. Patella intact.", source) \
        == {ErrorCategory.fabricated_finding}
    # Turned around (the normal statement replaced by its opposite): a negation.
    assert _categories("Moderate right knee effusion. Patellar fracture.", source) == {ErrorCategory.negation}


def test_a_denial_by_name_turned_around_stays_a_negation_even_if_a_site_is_called_normal() -> None:
    source = "No fracture. Ankle mortise congruent."
    assert ErrorCategory.negation in _categories("Fracture of the lateral malleolus. Ankle mortise congruent.", source)


def test_normal_position_denies_a_dislocation_there() -> None:
    source = "Small glenohumeral effusion. Biceps tendon in normal position."
    assert ErrorCategory.negation in _categories("Small glenohumeral effusion. Dislocation of the biceps tendon.",
                                                 source)
    assert not _categories("Small glenohumeral effusion. Biceps tendon located normally.", source)


def test_denying_a_statement_outside_the_lexicon_is_a_negation() -> None:
    source = "Small amount of fluid in the prepatellar bursa."
    assert _categories("No bursal fluid.", source) == {ErrorCategory.negation}


def test_an_abnormal_wording_of_what_the_source_calls_normal_is_a_negation() -> None:
    source = "Mild disc bulge at C4-5. Cord signal normal."
    assert ErrorCategory.negation in _categories("Mild disc bulge at C4-5. Hyperintense cord signal.", source)
    assert not _categories("Mild disc bulge at C4-5. Normal signal of the cord.", source)


def test_low_probability_denies_the_finding() -> None:
    finding = next(f for f in extract("Low probability for pulmonary embolism.").findings
                   if f.name == "pulmonary_embolism")
    assert finding.assertion is Assertion.absent


def test_lobe_abbreviations_name_the_lobe() -> None:
    nodule = next(f for f in extract("Stable 5 mm nodule in the LLL.").findings if f.name == "nodule")
    assert nodule.laterality == "left" and {"lower", "lobe"} <= nodule.locations


def test_side_swapped_onto_a_finding_already_on_that_side_is_a_laterality_error() -> None:
    reference = "Moderate left hip osteoarthritis. Mild right hip osteoarthritis."
    candidate = "Moderate left hip osteoarthritis. Mild left hip osteoarthritis."
    assert ErrorCategory.laterality in _categories(candidate, reference, reference)
    assert not _categories("Mild right hip osteoarthritis. Moderate left hip osteoarthritis.", reference, reference)


def test_thrombus_where_the_source_calls_the_vein_patent_is_a_negation() -> None:
    source = "Occlusive thrombus in the left femoral vein. Patent left popliteal vein."
    assert ErrorCategory.negation in _categories(
        "Occlusive thrombus in the left femoral vein. Thrombus in the left popliteal vein.", source)


def test_bench_counts_cases_not_candidates() -> None:
    path = Path(__file__).resolve().parents[2] / "bench" / "eval_metric_bench.py"
    spec = importlib.util.spec_from_file_location("eval_metric_bench", path)
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench  # its dataclasses look their module up by name
    try:
        spec.loader.exec_module(bench)
    finally:
        sys.modules.pop(spec.name, None)
    assert bench.case_of("b2-ct-001-07") == "b2-ct-001"
    assert bench.case_of("xr-chest-rll-pneumonia/control-1") == "xr-chest-rll-pneumonia"
