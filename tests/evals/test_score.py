"""Hallucination score: every error category, and clinically equivalent rewordings that must not count."""

from __future__ import annotations

import pytest

from evals import ErrorCategory as C
from evals import score_candidate

SOURCE = {"indication": "Cough, evaluate for pneumonia.", "comparison": "None.", "has_prior": False,
          "findings": "Small left pleural effusion. No pneumothorax. There is a 2.3 x 1.9 cm mass in the right "
                      "upper lobe. The heart size is normal. No pulmonary edema."}
REFERENCE = "1. Small left pleural effusion.\n2. 2.3 x 1.9 cm right upper lobe mass."


def _score(candidate: str, **kw):
    return score_candidate(candidate, kw.pop("source", SOURCE), kw.pop("reference", REFERENCE), **kw)


@pytest.mark.parametrize("candidate", [
    REFERENCE,
    "Right upper lobe mass measuring 1.9 x 2.3 cm. There is a small effusion on the left.",
    "Mass in the right upper lobe (23 x 19 mm) and a small left effusion, without pneumothorax.",
    "Small pleural effusion on the left. 2.3 x 1.9 cm mass in the right upper lobe. No pneumothorax or edema.",
    "1. 2.3 x 1.9 cm right upper lobe mass.\n2. Small left pleural effusion.\n3. The heart is not enlarged.",
])
def test_equivalent_rewordings_score_one(candidate: str) -> None:
    result = _score(candidate)
    assert result.errors == () and result.score == 1.0


def test_normal_absent_finding_only_in_candidate_is_not_fabrication() -> None:
    result = _score(REFERENCE + " No rib fracture. No consolidation.")
    assert result.errors == ()


@pytest.mark.parametrize(("candidate", "category"), [
    (REFERENCE + " Right lower lobe consolidation.", C.fabricated_finding),
    ("Small left pleural effusion.", C.omitted_finding),
    ("No left pleural effusion. 2.3 x 1.9 cm right upper lobe mass.", C.negation),
    (REFERENCE + " Small left pneumothorax.", C.negation),
    ("Small right pleural effusion. 2.3 x 1.9 cm right upper lobe mass.", C.laterality),
    ("Large left pleural effusion. 2.3 x 1.9 cm right upper lobe mass.", C.severity),
    ("Small left pleural effusion. 3.8 x 1.9 cm right upper lobe mass.", C.measurement),
    ("Small left pleural effusion, unchanged from prior. 2.3 x 1.9 cm right upper lobe mass.", C.fabricated_comparison),
    (REFERENCE + " No interval change.", C.fabricated_comparison),
])
def test_each_category_is_detected_alone(candidate: str, category: C) -> None:
    result = _score(candidate)
    assert result.categories() == [category], result.errors
    assert 0.0 < result.score < 1.0
    assert result.errors[0].evidence


def test_comparison_allowed_when_there_is_a_prior() -> None:
    source = {**SOURCE, "comparison": "Chest radiograph 2024-01-01.", "has_prior": True}
    assert _score("Unchanged small left pleural effusion. Stable 2.3 x 1.9 cm right upper lobe mass.",
                  source=source).errors == ()


def test_has_prior_argument_overrides_and_text_source_infers_none() -> None:
    candidate = "Small left pleural effusion, new since prior. 2.3 x 1.9 cm right upper lobe mass."
    assert _score(candidate, has_prior=True).errors == ()
    text_source = "COMPARISON: None.\nFINDINGS: Small left pleural effusion. 2.3 x 1.9 cm right upper lobe mass."
    assert _score(candidate, source=text_source).categories() == [C.fabricated_comparison]


def test_blanket_normal_statement_contradicted_is_negation() -> None:
    source = {"findings": "Acute right MCA territory infarct.", "comparison": "None."}
    result = score_candidate("No acute intracranial abnormality.", source, "Acute right MCA territory infarct.")
    assert C.negation in result.categories()


def test_source_only_omission_and_more_errors_score_lower() -> None:
    one = _score("Small left pleural effusion. 2.3 x 1.9 cm left upper lobe mass.")
    two = _score("Large left pleural effusion. 2.3 x 1.9 cm left upper lobe mass.")
    three = _score("Large left pleural effusion. 4 x 1.9 cm left upper lobe mass.")
    assert 1.0 > one.score > two.score > three.score > 0.0
    source_only = score_candidate("Small left pleural effusion.", SOURCE, None)
    assert source_only.categories() == [C.omitted_finding]


def test_spine_levels_are_distinct_findings() -> None:
    source = {"findings": "At L4-L5, disc protrusion contacts the nerve root. No canal stenosis.", "comparison": "None."}
    result = score_candidate("Disc protrusion at L2-L3.", source, "Disc protrusion at L4-L5.")
    assert set(result.categories()) == {C.fabricated_finding, C.omitted_finding}


def test_weights_and_input_checks() -> None:
    heavy = _score("Small right pleural effusion. 2.3 x 1.9 cm right upper lobe mass.", weights={C.laterality: 3.0})
    light = _score("Small right pleural effusion. 2.3 x 1.9 cm right upper lobe mass.")
    assert heavy.score < light.score
    with pytest.raises(ValueError):
        score_candidate("text")
