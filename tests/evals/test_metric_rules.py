"""The general rules that make the hallucination score hold up on wording it was not written for: spelling,
abbreviations, where a finding is (side, site, spine level), subtypes, normal statements, "no other X",
hedged interpretations and comparison wording. Every sentence here was written for this test."""

from __future__ import annotations

import pytest

from evals import Assertion, extract, score_candidate
from evals import ErrorCategory as C


def _errors(candidate: str, findings: str, reference: str | None = None, has_prior: bool = False) -> list[C]:
    source = {"indication": "Pain.", "comparison": "None." if not has_prior else "CT 2025-02-01.",
              "findings": findings, "has_prior": has_prior}
    return sorted(set(score_candidate(candidate, source, reference, has_prior).categories()))


def _finding(text: str, name: str):
    hits = [f for f in extract(text).findings if f.name == name]
    assert hits, [f.name for f in extract(text).findings]
    return hits[0]


# ---------------------------------------------------------------- wording: spelling, abbreviations, fillers
@pytest.mark.parametrize(("british", "american"), [
    ("Mild oedema of the calf.", "Mild calf edema."),
    ("Small subdural haematoma.", "Small subdural hematoma."),
    ("Chronic small vessel ischaemic change.", "Chronic small vessel ischemic change."),
])
def test_british_spelling_reads_as_american(british: str, american: str) -> None:
    assert [f.name for f in extract(british).findings] == [f.name for f in extract(american).findings] != []


def test_side_abbreviations_and_fillers() -> None:
    assert _finding("R basal atelectasis.", "atelectasis").laterality == "right"
    assert _finding("L IJ central line tip in the SVC.", "central_line").laterality == "left"
    assert _finding("The heart remains enlarged.", "cardiomegaly").assertion is Assertion.present
    assert _finding("Severe OA of the right knee.", "degenerative_change").severity_text == "severe"
    # "5 L" is five litres, not left.
    assert _finding("Ascites, about 5 L.", "free_fluid").laterality is None


def test_grade_written_after_the_finding() -> None:
    assert _errors("Splenomegaly, severe.", "Mildly enlarged spleen, 14 cm.") == [C.severity]
    assert _errors("Pleural effusion on the right, now large.", "Small right pleural effusion.") == [C.severity]


# ---------------------------------------------------------------- sides
def test_a_denial_after_without_takes_the_sentence_side() -> None:
    findings = "Right ICA: soft plaque with severe stenosis. Left ICA: calcified plaque, no stenosis."
    reference = "Severe right ICA stenosis. Left ICA plaque without stenosis."
    assert _errors("Right ICA: severe stenosis. Left ICA: plaque, no stenosis.", findings, reference) == []
    # Round 7: the sides swapped keep the reference's denials ("without" for "without"), so the right-side denial is
    # weak (it lowers the score) and the swap is reported as what it is, a side error.
    swapped = score_candidate("Severe left ICA stenosis. Right ICA plaque without stenosis.",
                              {"findings": findings, "has_prior": False}, reference)
    assert sorted(set(swapped.categories())) == [C.laterality]
    assert C.negation in {e.category for e in swapped.weak}


def test_a_report_about_one_side_sides_its_findings() -> None:
    findings = "Right wrist, three views. Transverse fracture of the distal radius with dorsal angulation."
    assert _errors("Distal radius fracture, dorsally angulated.", findings) == []
    assert _errors("Left distal radius fracture with dorsal angulation.", findings) == [C.laterality]


# ---------------------------------------------------------------- sites, levels, subtypes
def test_different_sites_are_different_findings() -> None:
    findings = "Nondisplaced fracture of the left inferior pubic ramus. Sacrum intact."
    assert _errors("Left inferior pubic ramus fracture, nondisplaced. No sacral fracture.", findings) == []
    assert _errors("Left inferior pubic ramus fracture. Right femoral neck fracture.", findings) == [
        C.fabricated_finding]
    assert _errors("Right supraspinatus tear; subscapularis tendinosis without tear.",
                   "Right shoulder. Supraspinatus tear. Subscapularis tendinosis, no tear.") == []


def test_disc_levels_are_pairs() -> None:
    findings = "L3-L4: moderate canal stenosis. L4-5: disc bulge, no stenosis."
    assert _errors("Moderate L3-L4 canal stenosis. L4-L5 disc bulge without stenosis.", findings) == []
    assert C.negation in _errors("Moderate L4-L5 canal stenosis. L3-L4 disc bulge.", findings)


def test_a_denied_subtype_does_not_deny_the_other_subtype() -> None:
    assert _errors("Partial-thickness tear of the patellar tendon; no complete tear.",
                   "Partial thickness patellar tendon tear. No complete rupture.") == []
    assert _errors("No displaced rib fracture.", "Nondisplaced fracture of the right 6th rib.",
                   "Nondisplaced right 6th rib fracture.") == [C.omitted_finding]
    # Denying a narrower finding says nothing about the broader one.
    assert _errors("Small left pleural effusion. No hemothorax.", "Small left pleural effusion.") == []
    assert _errors("Right pleural effusion.", "No hemothorax.") == [C.fabricated_finding]


def test_a_narrower_name_that_only_says_where_still_denies() -> None:
    assert _errors("No carotid stenosis.", "Severe stenosis at the origin of the left ICA.") == [C.negation]


# ---------------------------------------------------------------- normal statements
def test_normal_statements_deny_what_they_are_about() -> None:
    assert _finding("Axillary lymph nodes normal.", "lymphadenopathy").assertion is Assertion.absent
    assert _finding("Normal axillary lymph nodes.", "lymphadenopathy").assertion is Assertion.absent
    assert _finding("Sternotomy wires are intact.", "sternotomy_wires").assertion is Assertion.present
    assert _finding("Small effusion, normal heart size.", "effusion").assertion is Assertion.present


def test_a_finding_where_the_source_says_normal_is_a_negation() -> None:
    findings = "Fracture of the distal radius. Ulnar styloid intact. Carpal alignment normal."
    assert _errors("Distal radius fracture with ulnar styloid fracture.", findings) == [C.negation]
    assert _errors("ACL intact.", "Complete tear of the anterior cruciate ligament.") == [C.negation]
    # A specific normal phrase contradicted is a negation; a blanket one is not evidence of the finding.
    assert _errors("Left lower lobe consolidation.", "The lungs are clear.") == [C.negation]
    assert _errors("Acute left occipital infarct.", "No acute intracranial abnormality.") == [C.fabricated_finding]


def test_no_other_and_no_new() -> None:
    findings = "2 cm cyst in hepatic segment 6. No other liver lesion."
    assert _errors("Hepatic segment 6 cyst, 2 cm.", findings) == []
    assert _errors("2 cm segment 6 cyst. Second liver lesion in segment 2.", findings) == [C.negation]
    assert _errors("No new nodules.", "New 5 mm nodule in the right lower lobe.",
                   "New 5 mm right lower lobe nodule.", has_prior=True) == [C.negation]


# ---------------------------------------------------------------- omissions, hedges, lists, comparisons
def test_a_kept_statement_need_not_repeat_its_hedged_interpretation() -> None:
    findings = "Patchy consolidation in the left lower lobe."
    reference = "Left lower lobe consolidation, likely pneumonia."
    assert _errors("Consolidation in the left lower lobe.", findings, reference) == []
    assert _errors("No acute findings.", findings, reference) == [C.omitted_finding]


def test_two_statements_of_one_finding_need_two_mentions() -> None:
    findings = "Intramural fibroid at the fundus, 4 cm. Two further small subserosal fibroids."
    reference = "4 cm fundal intramural fibroid. Two further small fibroids."
    assert _errors("4 cm intramural fibroid at the fundus; two more small fibroids.", findings, reference) == []
    assert _errors("4 cm intramural fibroid at the fundus.", findings, reference) == [C.omitted_finding]


def test_numbered_and_bulleted_lists_and_merged_negatives() -> None:
    findings = "Small right pleural effusion. No pneumothorax. No consolidation."
    for candidate in ("1) Small right pleural effusion. 2) No pneumothorax or consolidation.",
                      "- Small right effusion\n- No PTX\n- No consolidation"):
        assert _errors(candidate, findings) == []


@pytest.mark.parametrize("candidate", [
    "Small right pleural effusion, slightly larger than on the last exam.",
    "Small right pleural effusion, new since the prior study.",
    "Small right pleural effusion without loculation, new since the prior study.",
    "Small right pleural effusion, grown since the earlier study.",
])
def test_comparison_wording_without_a_prior(candidate: str) -> None:
    assert _errors(candidate, "Small right pleural effusion.") == [C.fabricated_comparison]


def test_no_prior_wording_is_not_a_comparison() -> None:
    assert _errors("Small right pleural effusion. No prior studies available for comparison.",
                   "Small right pleural effusion.") == []
