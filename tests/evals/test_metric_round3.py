"""Round 3 of the metric rules (issue 5): causes of false alarms and misses on text written by others, each
checked with sentences invented for the test (none copied from a validation set)."""

from __future__ import annotations

from evals import ErrorCategory as C
from evals import extract, score_candidate
from evals._negation import Assertion
from evals._sections import split_sentences


def _errors(candidate: str, findings: str, reference: str | None = None, has_prior: bool | None = False) -> set:
    source = {"findings": findings, "comparison": "None." if has_prior is False else "CT 2025-01-02."}
    return set(score_candidate(candidate, source, reference, has_prior).categories())


def _assertion(text: str, name: str) -> Assertion:
    return next(f.assertion for f in extract(text).findings if f.name == name)


def test_a_wrapped_line_does_not_end_a_sentence() -> None:
    assert [s.text for s in split_sentences("No effusion\nor pneumothorax. Heart normal.\n2. Next item")] == [
        "No effusion or pneumothorax", "Heart normal", "Next item"]
    assert _assertion("Mild edema. No pleural\neffusion.", "pleural_effusion") is Assertion.absent


def test_comma_and_starts_a_new_statement_unless_it_closes_a_list() -> None:
    assert _assertion("No fracture, and moderate left hip effusion.", "joint_effusion") is Assertion.present
    assert _assertion("No effusion, consolidation, and pneumothorax.", "pneumothorax") is Assertion.absent


def test_shorthand_negations_and_abbreviations() -> None:
    assert _assertion("Gallstones w/o cholecystitis.", "cholecystitis") is Assertion.absent
    assert _assertion("Left kidney clear of stones.", "calculus") is Assertion.absent
    assert _assertion("Nonobstructive bowel gas pattern.", "obstruction") is Assertion.absent
    # Round 6: a bare "(non)obstructing stone" is a calculus (its organ says which), no longer a kidney stone by name.
    assert _assertion("Two nonobstructing stones in the left kidney.", "calculus") is Assertion.present
    assert any(f.name == "fracture" for f in extract("Nondisplaced rib fx.").findings)
    assert any(f.name == "bone_marrow_edema" for f in extract("Bone bruises of the tibia.").findings)


def test_an_organ_and_a_state_word_name_a_finding() -> None:
    assert _assertion("Spleen 15 cm (previously 13 cm), enlarged.", "splenomegaly") is Assertion.present
    assert _assertion("Common bile duct not dilated.", "biliary_dilatation") is Assertion.absent
    assert not any(f.kind == "device" for f in extract("The right kidney drains promptly.").findings)


def test_a_level_heading_the_line_places_its_findings() -> None:
    findings = "L3-4: small disc bulge. Mild canal stenosis.\nL4-5: facet arthropathy. No stenosis."
    candidate = "Mild canal stenosis at L3-4. No stenosis at L4-5. Small disc bulge at L3-4. L4-5 facet arthropathy."
    assert _errors(candidate, findings) == set()
    assert C.negation in _errors("No canal stenosis at L3-4.", findings)


def test_a_stone_is_a_gallstone_or_a_kidney_stone_by_its_site() -> None:
    findings = "Gallbladder with several shadowing stones, the largest 8 mm. No wall thickening."
    assert _errors("Cholelithiasis, largest 8 mm, without cholecystitis.", findings) == set()


def test_persists_on_a_further_view_is_not_a_comparison() -> None:
    findings = "Focal asymmetry in the right breast, persisting on rolled views."
    assert _errors("Right breast focal asymmetry persists on rolled views.", findings) == set()
    assert C.fabricated_comparison in _errors("Right breast asymmetry, persistent since the prior study.", findings)


def test_one_more_on_the_other_side_is_a_fabrication_not_a_swap() -> None:
    findings = "Left lobe solid thyroid nodule 12 mm."
    assert C.fabricated_finding in _errors("Left lobe thyroid nodule 12 mm. New right lobe thyroid nodule.", findings)
    assert C.laterality in _errors("Right lobe thyroid nodule 12 mm.", findings)


def test_new_finding_where_the_source_says_no_new_ones_is_a_negation() -> None:
    findings = "Known right hilar node, smaller. No new hypermetabolic lesions."
    assert C.negation in _errors("Smaller right hilar node. New hypermetabolic lesion.", findings, has_prior=True)


def test_a_finding_worded_from_the_source_words_is_not_fabricated() -> None:
    findings = "Small amount of fluid in the olecranon bursa. No fracture."
    assert _errors("Small olecranon bursal effusion. No fracture.", findings) == set()
    assert C.fabricated_finding in _errors("Small olecranon bursal effusion. Elbow joint effusion.", findings)


def test_statements_outside_the_lexicon_are_judged_by_their_words() -> None:
    findings = "Incidental 6 mm left parietal developmental venous anomaly. No hemorrhage."
    reference = "Incidental left parietal developmental venous anomaly."
    assert _errors("Left parietal developmental venous anomaly, incidental.", findings, reference) == set()
    assert C.laterality in _errors("Right parietal developmental venous anomaly.", findings, reference)
    assert C.omitted_finding in _errors("No hemorrhage.", findings, reference)
    assert C.fabricated_finding in _errors(
        "Left parietal developmental venous anomaly. Persistent trigeminal artery variant.", findings, reference)
    assert C.negation in _errors("No developmental venous anomaly in the left parietal lobe.", findings, reference)
