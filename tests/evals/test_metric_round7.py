"""Round 7 (issue 5): the rule classes that fire on unseen writers' clean rewordings need a report-level second
signal (`evals/_corroboration.py`). Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from evals import score_candidate
from evals._corroboration import content_ratio, corroborate, polarity_shift
from evals._evidence import STRONG, WEAK
from evals._score import ErrorCategory, ScoreError

SOURCE = {"findings": "Small left pleural effusion. No pneumothorax. Heart size normal.", "comparison": "None.",
          "has_prior": False}
REFERENCE = "Small left pleural effusion. No pneumothorax."


def _flagged(result) -> set[str]:
    return {e.category.value for e in result.errors}


def _weak(result) -> set[tuple[str, str]]:
    return {(e.category.value, e.rule) for e in result.weak}


def test_content_ratio_counts_content_words_not_function_words() -> None:
    assert content_ratio("The small effusion on the left.", "Effusion.") == 1.0
    assert content_ratio("Effusion.", "Effusion and consolidation.") == 0.5


def test_polarity_shift_counts_denials_and_normal_words_alike() -> None:
    assert polarity_shift("Pneumothorax.", "No pneumothorax.") == -1
    assert polarity_shift("Ribs intact.", "No rib fracture.") == 0  # a rewording trades one cue for another


def test_flipped_negation_is_still_reported() -> None:
    result = score_candidate("Small left pleural effusion. Pneumothorax.", SOURCE, REFERENCE)
    assert "negation" in _flagged(result)


def test_denial_of_a_present_finding_is_still_reported() -> None:
    source = {"findings": "Small left pleural effusion. Right apical pneumothorax.", "has_prior": False}
    reference = "Small left pleural effusion. Right apical pneumothorax."
    result = score_candidate("Small left pleural effusion. No pneumothorax.", source, reference)
    assert "negation" in _flagged(result)


def test_negation_with_the_references_cue_count_is_weak() -> None:
    # The extraction reads "PTX: none" as an assertion; the candidate has as many denials as the reference.
    result = score_candidate("Left effusion, small. PTX: none.", SOURCE, REFERENCE)
    assert "negation" not in _flagged(result)
    assert ("negation", "contradiction") in _weak(result)
    assert result.score < 1.0  # still ranked below a clean candidate


def test_reworded_omission_of_an_equally_long_candidate_is_weak() -> None:
    source = {"findings": "Comminuted fracture of the distal radius with 5 mm dorsal displacement.", "has_prior": False}
    reference = "Comminuted distal radius fracture with 5 mm dorsal displacement."
    result = score_candidate("The distal radius is broken into several pieces, displaced 5 mm dorsally.", source,
                             reference)
    assert "omitted_finding" not in _flagged(result)
    assert ("omitted_finding", "omitted_reworded") in _weak(result)


def test_omission_whose_words_are_gone_is_reported() -> None:
    source = {"findings": "Small right pleural effusion. Consolidation in the right lower lobe.", "has_prior": False}
    reference = "Right lower lobe consolidation with small right pleural effusion."
    result = score_candidate("Right lower lobe consolidation.", source, reference)
    assert "omitted_finding" in _flagged(result)


def _errors(rule: str, category: ErrorCategory) -> dict:
    return {(category, "x"): ScoreError(category, "evidence", rule, STRONG)}


@pytest.mark.parametrize(("rule", "category", "candidate", "weak"), [
    # A reworded omission needs a shorter candidate.
    ("omitted_reworded", ErrorCategory.omitted_finding, "Effusion and consolidation, right base.", True),
    ("omitted_reworded", ErrorCategory.omitted_finding, "Effusion.", False),
    # An omission whose words are nowhere in the candidate stays strong whatever the length.
    ("omitted_finding", ErrorCategory.omitted_finding, "Effusion and consolidation, right base.", False),
    # An unsupported statement needs a longer candidate.
    ("statement_unsupported", ErrorCategory.fabricated_finding, "Consolidation with effusion.", True),
    ("statement_unsupported", ErrorCategory.fabricated_finding,
     "Consolidation with effusion; portal venous collaterals at the gastric fundus.", False),
    # Side, grade, size and comparison evidence is left alone.
    ("side_swap", ErrorCategory.laterality, "Effusion.", False),
])
def test_corroborate_demotes_only_the_unreliable_classes(rule: str, category: ErrorCategory, candidate: str,
                                                        weak: bool) -> None:
    errors = _errors(rule, category)
    corroborate(errors, candidate, "Consolidation with effusion.")
    assert (next(iter(errors.values())).confidence == WEAK) is weak


def test_without_a_reference_nothing_changes() -> None:
    errors = _errors("omitted_reworded", ErrorCategory.omitted_finding)
    corroborate(errors, "Effusion and consolidation.", None)
    assert next(iter(errors.values())).confidence == STRONG
