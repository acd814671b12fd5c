"""Finding extraction: sentences, assertion (negation/uncertainty scope), laterality, severity, sizes, comparisons."""

from __future__ import annotations

import pytest

from evals import Assertion, extract
from evals._sections import report_sentences, split_sections


def _only(text: str, name: str):
    hits = [f for f in extract(text).findings if f.name == name]
    assert hits, f"{name} not found in {text!r}: {[f.name for f in extract(text).findings]}"
    return hits[0]


def test_sections_and_sentences_keep_decimals_levels_titles_and_lists() -> None:
    text = ("INDICATION: Cough.\nCOMPARISON: None.\nFINDINGS: A 2.3 x 1.9 cm mass. Disc bulge at C5-C6. "
            "Discussed with Dr. Smith.\nIMPRESSION:\n1. Mass.\n2. Disc bulge.")
    assert set(split_sections(text)) == {"indication", "comparison", "findings", "impression"}
    by_section = [(s.section, s.text) for s in report_sentences(text)]
    assert ("findings", "A 2.3 x 1.9 cm mass") in by_section
    assert ("findings", "Disc bulge at C5-C6") in by_section
    assert ("findings", "Discussed with Dr. Smith") in by_section
    assert ("impression", "Mass") in by_section and ("impression", "Disc bulge") in by_section


@pytest.mark.parametrize("text", [
    "No pleural effusion.", "There is no pleural effusion.", "Without pleural effusion.", "Negative for pleural effusion.",
    "The pleural space is free of effusion.", "The left effusion has resolved.", "Resolved left pleural effusion.",
    "Pleural effusion is not seen.", "No evidence of pleural effusion.", "No definite pleural effusion.",
])
def test_absent(text: str) -> None:
    assert _only(text, "pleural_effusion" if "pleural effusion" in text.lower() else "effusion").assertion is Assertion.absent


@pytest.mark.parametrize("text", [
    "Pneumothorax cannot be excluded.", "A small pneumothorax is not excluded.", "Possible small pneumothorax.",
    "Findings may represent pneumothorax.", "Suspicious for pneumothorax.", "Cannot exclude pneumothorax.",
])
def test_uncertain(text: str) -> None:
    assert _only(text, "pneumothorax").assertion is Assertion.uncertain


def test_no_change_in_asserts_the_finding_and_no_new_says_nothing() -> None:
    assert _only("No change in the moderate right pleural effusion.", "pleural_effusion").assertion is Assertion.present
    assert _only("No significant change in the left lower lobe nodule.", "nodule").assertion is Assertion.present
    assert _only("No new consolidation.", "consolidation").assertion is Assertion.unasserted


def test_negation_scope_covers_lists_and_stops_at_terminators() -> None:
    findings = extract("No pneumothorax, pleural effusion, or focal consolidation.").findings
    assert {f.name: f.assertion for f in findings} == {
        "pneumothorax": Assertion.absent, "pleural_effusion": Assertion.absent, "consolidation": Assertion.absent}
    assert _only("No pneumothorax, although a small right effusion is present.", "effusion").assertion is Assertion.present
    assert _only("No fracture but there is soft tissue swelling.", "soft_tissue_swelling").assertion is Assertion.present
    assert _only("Mild degenerative changes without fracture.", "degenerative_change").assertion is Assertion.present
    # A hedge right after a negation stays a negation.
    assert _only("No indeterminate liver lesion.", "liver_lesion").assertion is Assertion.absent


def test_normal_phrases_deny_their_findings() -> None:
    assert _only("The heart size is normal.", "cardiomegaly").assertion is Assertion.absent
    assert _only("Heart is mildly enlarged.", "cardiomegaly").assertion is Assertion.present


def test_laterality_location_severity() -> None:
    findings = extract("Small left pleural effusion and moderate right lower lobe atelectasis.").findings
    effusion, atelectasis = findings
    assert (effusion.name, effusion.laterality, effusion.severity_text) == ("pleural_effusion", "left", "small")
    assert (atelectasis.laterality, atelectasis.severity_text) == ("right", "moderate")
    assert {"lower", "lobe"} <= atelectasis.locations
    assert _only("Bibasilar atelectasis.", "atelectasis").laterality == "bilateral"
    assert _only("Pleural effusion on the left.", "pleural_effusion").laterality == "left"
    assert _only("Small bowel obstruction.", "bowel_obstruction").severity is None


def test_measurements_normalised_to_mm() -> None:
    dims = [m.dims_mm for m in extract("Nodule of 2.3 x 1.9 cm; cyst 12 mm; lesion 1.5 cm x 8 mm. C5-C6.").measurements]
    assert dims == [(23.0, 19.0), (12.0,), (15.0, 8.0)]
    assert _only("There is a 7 mm nodule in the right upper lobe.", "nodule").measurements[0].dims_mm == (7.0,)


def test_devices_are_findings_of_kind_device() -> None:
    names = {f.name: f.kind for f in extract("ET tube 4 cm above the carina. NG tube in the stomach. "
                                             "Right PICC line. Left chest tube. Dual chamber pacemaker.").findings}
    assert names == {"endotracheal_tube": "device", "enteric_tube": "device", "central_line": "device",
                     "chest_tube": "device", "pacemaker": "device"}


def test_comparisons_and_prior_availability() -> None:
    with_prior = extract("COMPARISON: CT 2023-01-02.\nFINDINGS: Nodule is unchanged compared with prior. New effusion.")
    assert with_prior.prior_available is True
    assert {c.cue for c in with_prior.comparisons} >= {"unchanged", "new"}
    none = extract("COMPARISON: None.\nFINDINGS: Small effusion. No prior studies available for comparison.")
    assert none.prior_available is False and none.comparisons == []
