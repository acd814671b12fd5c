"""Round 9 (issue 5, tuned on `evals/external_v8`, a new writer's set scored first with round 8 frozen): "not present
before" says new, not absent; a finding named only inside biopsy advice is not required; muscle fatty atrophy is fatty
infiltration, a calcified aorta is aortic calcification, DDD is degenerative disc disease, an oil cyst is fat necrosis.
Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from evals import Assertion, extract, score_candidate


def _flagged(result) -> set[str]:
    return {e.category.value for e in result.errors}


@pytest.mark.parametrize("text", ["Midline shift of 4 mm, not present before.",
                                  "Right shoulder dislocation, not present on the prior examination."])
def test_not_present_before_means_new_not_absent(text: str) -> None:
    assert [f.assertion for f in extract(text, default_section="impression").findings] == [Assertion.present]


def test_not_present_alone_still_denies() -> None:
    assert [f.assertion for f in extract("Pneumothorax not present.").findings] == [Assertion.absent]


def test_a_finding_named_only_in_biopsy_advice_is_not_required() -> None:
    source = {"findings": "Left breast 2 o'clock: 13 mm irregular mass. Left axilla: node with 4 mm cortical "
                          "thickening.", "has_prior": False}
    reference = "13 mm irregular left breast mass, BI-RADS 4C. Left axillary node with 4 mm cortical thickening. " \
                "Ultrasound-guided core biopsy of the mass and node recommended."
    reworded = score_candidate("Left breast mass at 2 o'clock, irregular, 13 mm, BI-RADS 4C. Left axillary lymph node "
                               "with 4 mm cortical thickening. Recommend US-guided biopsy of both.", source, reference)
    assert "omitted_finding" not in _flagged(reworded)
    dropped = score_candidate("Left axillary lymph node with 4 mm cortical thickening. Recommend US-guided biopsy.",
                              source, reference)
    assert "omitted_finding" in _flagged(dropped)


@pytest.mark.parametrize(("candidate", "reference"), [
    ("Mild fatty atrophy of the supraspinatus muscle.", "Mild supraspinatus fatty infiltration."),
    ("Calcified aorta.", "Aortic calcification."),
    ("Mild DDD at C5-C6.", "Mild degenerative disc disease at C5-C6."),
    ("Oil cyst at the lumpectomy bed.", "Fat necrosis at the lumpectomy bed."),
])
def test_clinical_synonyms_are_the_same_finding(candidate: str, reference: str) -> None:
    result = score_candidate(candidate, {"findings": reference, "has_prior": False}, reference)
    assert _flagged(result) == set()
