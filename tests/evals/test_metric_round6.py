"""Round 6 (issue 5): vocabulary that carries over to new writers: lay terms, abbreviations, organ adjectives,
denials scoped by "suspicious", lesions called intact. Invented sentences only."""

from evals import score_candidate
from evals._abbreviations import anatomy_forms, spell_out


def _cats(candidate: str, reference: str, source: str | None = None) -> set[str]:
    return {e.category.value for e in score_candidate(candidate, source or reference, reference, False).errors}


def test_abbreviations_are_spelled_out() -> None:
    assert spell_out(["nt", "measures"]) == ["nuchal", "translucency", "measures"]
    assert "liver" in anatomy_forms("hepatic")
    assert anatomy_forms("nodule") == frozenset()


def test_lay_terms_match_their_findings() -> None:
    assert _cats("Blood clots in the right lower lobe lung arteries.",
                 "Right lower lobe segmental pulmonary emboli.") == set()
    assert _cats("Collapsed lung on the left, small.", "Small left pneumothorax.") == set()
    assert _cats("Broken right clavicle, mid shaft.", "Right midshaft clavicle fracture.") == set()


def test_abbreviated_statement_is_kept() -> None:
    assert _cats("NT measures 2.1 mm.", "Nuchal translucency 2.1 mm.") == set()


def test_no_suspicious_calcification_leaves_a_benign_one() -> None:
    assert _cats("Coarse benign calcification in the left breast. No suspicious calcifications.",
                 "Coarse benign calcification in the left breast.") == set()


def test_intact_cyst_is_not_denied() -> None:
    assert _cats("Intact left popliteal cyst.", "Left Baker cyst, intact.") == set()


def test_errors_still_found() -> None:
    assert "negation" in _cats("No pulmonary embolism.", "Right lower lobe pulmonary emboli.")
    assert "omitted_finding" in _cats("No pleural effusion.", "Right lower lobe pulmonary emboli. No pleural effusion.")
