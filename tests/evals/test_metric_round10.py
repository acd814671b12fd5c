"""Round 10 (issue 5, tuned on `evals/external_v9`, a new writer's set scored first with round 9 frozen): "is not
dilated" and "not involved" deny; what dense tissue "may obscure" is not asserted; "leftward" is a side; an
appendicolith is a stone; a level range ("C5-7") covers the disc levels inside it; vocabulary (UVC, PSA density,
Hill-Sachs impaction fracture). Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from evals import Assertion, extract, score_candidate
from evals._relations import same_level


def _flagged(result) -> set[str]:
    return {e.category.value for e in result.errors}


def _assertions(text: str) -> dict[str, Assertion]:
    return {f.name: f.assertion for f in extract(text, default_section="impression").findings}


def test_is_not_dilated_denies_a_state_finding() -> None:
    assert _assertions("Common bile duct is not dilated, measuring 4 mm.")["biliary_dilatation"] is Assertion.absent
    assert _assertions("Common bile duct is dilated to 11 mm.")["biliary_dilatation"] is Assertion.present


def test_what_dense_tissue_may_obscure_is_not_a_finding() -> None:
    assert _assertions("Heterogeneously dense breasts, which may obscure small masses.")["mass"] \
        is Assertion.unasserted


def test_leftward_names_the_side() -> None:
    assert [f.laterality for f in extract("4 mm of leftward midline shift.").findings] == ["left"]


def test_a_level_range_covers_the_disc_levels_inside_it() -> None:
    assert same_level("c5-c7", "c5-c6") and same_level("c5-c7", "c6-c7") and same_level("l4-s1", "l5-s1")
    assert not same_level("c5-c6", "c6-c7") and not same_level("c5-c7", "c7-t1")
    reference = "Moderate degenerative disc disease at C5-C6 and C6-C7."
    result = score_candidate("Moderate DDD, C5-7.", {"findings": reference, "has_prior": False}, reference)
    assert _flagged(result) == set()


@pytest.mark.parametrize(("candidate", "reference"), [
    ("A stone (appendicolith) at the base of the dilated appendix.", "Dilated appendix with an appendicolith."),
    ("UVC tip at the IVC-right atrial junction.", "Umbilical venous catheter tip at the IVC-right atrial junction."),
    ("Gland volume 48 mL (PSAD 0.15).", "Prostate volume 48 mL, PSA density 0.15."),
    ("Associated Hill-Sachs deformity.", "Hill-Sachs impaction fracture."),
    ("Seminal vesicles are not involved.", "No seminal vesicle invasion."),
])
def test_clinical_synonyms_are_the_same_finding(candidate: str, reference: str) -> None:
    result = score_candidate(candidate, {"findings": reference, "has_prior": False}, reference)
    assert _flagged(result) == set()
