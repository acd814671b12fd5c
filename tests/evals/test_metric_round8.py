"""Round 8 (issue 5, tuned on `evals/external_v7`, a new writer's set scored first with the metric frozen): report
headers with a qualifier, a trigger word at the start of a statement, a dropped adjective that only describes a kept
finding, and "wedge compression". Sentences are invented for these tests."""

from __future__ import annotations

from evals import score_candidate
from evals._sections import split_sections

NO_PRIOR = {"comparison": "None.", "has_prior": False}


def _flagged(result) -> set[str]:
    return {e.category.value for e in result.errors}


def test_a_qualified_header_is_a_section_not_a_statement() -> None:
    assert split_sections("FINAL IMPRESSION:\nSmall left effusion.", default="findings") == {
        "impression": "Small left effusion."}
    source = {"findings": "Small left pleural effusion. Mild bibasilar atelectasis.", **NO_PRIOR}
    reference = "Small left pleural effusion. Mild bibasilar atelectasis."
    for header in ("Final impression:", "Preliminary impression:", "FINAL IMPRESSION:"):
        result = score_candidate(f"{header}\nSmall left pleural effusion.\nMild bibasilar atelectasis.",
                                 source, reference)
        assert _flagged(result) == set(), header


def test_a_statement_opened_by_its_trigger_is_denied_like_one_closed_by_it() -> None:
    source = {"findings": "Resolved left supraclavicular nodal uptake. Stable mediastinal mass.", "has_prior": True}
    reference = "Resolved left supraclavicular nodal uptake. Stable mediastinal mass."
    clean = score_candidate("Left supraclavicular uptake resolved. Stable mediastinal mass.", source, reference, True)
    assert "negation" not in _flagged(clean)
    flipped = score_candidate("Persistent left supraclavicular nodal uptake. Stable mediastinal mass.", source,
                              reference, True)
    assert "negation" in _flagged(flipped) or "fabricated_finding" in _flagged(flipped)


def test_dropping_an_adjective_of_a_kept_finding_is_not_an_omission() -> None:
    source = {"findings": "Dilated appendix measuring 13 mm with an obstructing appendicolith. Small free fluid.",
              **NO_PRIOR}
    reference = "Acute appendicitis with a dilated appendix measuring 13 mm and an obstructing appendicolith. " \
                "Small free fluid."
    reworded = score_candidate("Acute appendicitis: appendix 13 mm in diameter, appendicolith present. Small free "
                               "fluid.", source, reference)
    assert "omitted_finding" not in _flagged(reworded)
    dropped = score_candidate("Small free fluid.", source, reference)
    assert "omitted_finding" in _flagged(dropped)


def test_wedge_compression_is_a_compression_fracture() -> None:
    source = {"findings": "Chronic mild T12 wedge compression. New L2 compression fracture.", "has_prior": True}
    reference = "Chronic mild T12 wedge compression, stable. New L2 compression fracture."
    result = score_candidate("Mild T12 wedge deformity, unchanged. New L2 compression fracture.", source, reference,
                             True)
    assert "fabricated_finding" not in _flagged(result)


def _state_negation(candidate: str, source_findings: str, reference: str) -> bool:
    result = score_candidate(candidate, {"findings": source_findings, "has_prior": True}, reference, True)
    return any(e.category.value == "negation" and e.rule == "state_turned" for e in result.errors)


def test_a_state_word_turned_around_is_a_negation() -> None:
    assert _state_negation("Distal radius fracture. Carpal malalignment.",
                           "Distal radius fracture. Carpal alignment maintained.",
                           "Distal radius fracture. Carpal alignment maintained.")
    assert _state_negation("Cirrhosis. Hepatofugal portal venous flow.", "Cirrhotic liver. Hepatopetal portal venous "
                           "flow.", "Cirrhosis. Hepatopetal portal venous flow.")
    assert _state_negation("Rectal tumor. Tumor abuts the mesorectal fascia.", "Rectal tumor. Mesorectal fascia "
                           "uninvolved.", "Rectal tumor. Mesorectal fascia uninvolved.")


def test_the_same_state_said_otherwise_is_not_a_negation() -> None:
    assert not _state_negation("Elbow fracture. No radial head dislocation.", "Elbow fracture. Radial head aligned.",
                               "Elbow fracture. Radial head aligned.")
    # A negation governs a list of abnormal states ("no X or Y invasion") ...
    assert not _state_negation("Prostate lesion. Seminal vesicles spared.", "Prostate lesion. No extraprostatic "
                               "extension or seminal vesicle invasion.", "Prostate lesion. Seminal vesicles clear.")
    # ... but not a normal state after "and".
    assert not _state_negation("Prostate lesion. No extension and seminal vesicles uninvolved.", "Prostate lesion. "
                               "Seminal vesicles uninvolved.", "Prostate lesion. Seminal vesicles uninvolved.")


def test_structures_sharing_only_a_general_word_are_different_structures() -> None:
    source = "Occlusive thrombus in the right popliteal vein. Right common femoral vein patent."
    assert not _state_negation("Occlusive thrombus in the right popliteal vein.", source, source)
    # One side named and the other not: perhaps the other side's vein.
    assert not _state_negation("Right common femoral vein patent.", "Common femoral vein thrombosed.",
                               "Common femoral vein thrombosis.")


def _sides_flagged(candidate: str, findings: str, reference: str) -> set[str]:
    result = score_candidate(candidate, {"findings": findings, "has_prior": True}, reference, True)
    return {e.rule for e in result.errors if e.category.value == "laterality"}


def test_a_normal_statement_moved_to_the_other_side_is_a_laterality_error() -> None:
    findings = "Left breast: 9 mm spiculated mass at 2 o'clock. Right breast: no suspicious findings."
    reference = "9 mm spiculated left breast mass, BI-RADS 4. Right breast negative."
    assert "normal_side" in _sides_flagged("9 mm spiculated left breast mass, BI-RADS 4. Left breast negative.",
                                           findings, reference)
    assert _sides_flagged("Spiculated 9 mm mass, left breast, BI-RADS 4. Nothing suspicious in the right breast.",
                          findings, reference) == set()


def test_both_sides_or_an_inherited_side_is_not_a_moved_statement() -> None:
    findings = "Left breast: no suspicious findings. Right breast: no suspicious findings."
    reference = "No suspicious findings in the left breast. Right breast negative. BI-RADS 1."
    assert _sides_flagged("No suspicious findings in either breast. BI-RADS 1.", findings, reference) == set()
    findings = "Left kidney: 4 mm nonobstructing calculus. Right kidney and ureter without calculi."
    reference = "4 mm nonobstructing left renal calculus. No hydronephrosis."
    assert _sides_flagged("4 mm nonobstructing left renal calculus. No left hydronephrosis.", findings,
                          reference) == set()


def _grade_flagged(candidate: str, findings: str, reference: str) -> bool:
    result = score_candidate(candidate, {"findings": findings, "has_prior": False}, reference, False)
    return any(e.rule == "grade_number" and e.category.value == "severity" for e in result.errors)


def test_a_changed_numbered_grade_is_a_severity_error() -> None:
    findings = "Reflux into the left ureter and pelvis with calyceal blunting, grade 3 vesicoureteral reflux."
    reference = "Grade 3 left VUR."
    assert _grade_flagged("Grade 2 left vesicoureteral reflux.", findings, reference)
    assert not _grade_flagged("Left vesicoureteral reflux, grade III.", findings, reference)  # roman numeral
    assert _grade_flagged("Grade 1 MCL sprain. Complete ACL tear.", "Complete ACL tear. Grade 2 MCL sprain.",
                          "Complete ACL tear. Grade 2 MCL sprain.")


def test_grades_of_other_things_or_sides_are_not_compared() -> None:
    # Another finding on the same general scale.
    assert not _grade_flagged("Grade 2 MCL sprain. Grade 3 chondromalacia.", "Grade 2 MCL sprain. Grade 3 "
                              "chondromalacia of the patella.", "Grade 2 MCL sprain. Grade 3 chondromalacia.")
    # The other side's reflux.
    assert not _grade_flagged("Grade 1 right reflux.", "Grade 3 left vesicoureteral reflux. Grade 1 right reflux.",
                              "Grade 3 left VUR. Grade 1 right VUR.")


def test_no_fresh_bleed_says_nothing_about_a_known_hematoma() -> None:
    source = {"findings": "Left hemispheric subdural hematoma has decreased in thickness to 6 mm from 9 mm, with "
                          "evolving mixed density. No hydrocephalus.", "has_prior": True}
    reference = "Decreasing left SDH, now 6 mm (was 9 mm). No new hemorrhage or hydrocephalus."
    result = score_candidate("The left subdural hematoma is smaller: 6 mm thick, previously 9 mm. No hydrocephalus; "
                             "no fresh bleed.", source, reference, True)
    assert "negation" not in _flagged(result)
