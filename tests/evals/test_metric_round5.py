"""Round 5 (issue 5): errors carry a confidence; weak evidence lowers the score but does not flag. Invented sentences."""

from evals import score_candidate
from evals._evidence import REPORT_CONFIDENCE, STRONG, WEAK, Signal, settle
from evals._score import ErrorCategory as C


def test_one_strong_or_two_weak_signals_are_reported() -> None:
    assert WEAK < REPORT_CONFIDENCE <= STRONG
    signals = [Signal("negation", "a", "r1", STRONG), Signal("omitted_finding", "b", "r1", WEAK),
               Signal("omitted_finding", "b", "r2", WEAK), Signal("omitted_finding", "c", "r1", WEAK)]
    assert settle(signals) == {0, 1, 2}


def test_a_denial_repeating_a_closer_source_denial_is_not_flagged() -> None:
    source = "Complete tear of the anterior talofibular ligament. Peroneal tendons normal."
    result = score_candidate("Complete ATFL tear. No peroneal tendon tear.", source)
    assert C.negation not in result.categories()


def test_a_plain_denial_of_a_stated_finding_is_still_a_negation() -> None:
    result = score_candidate("No pleural effusion.", "Small left pleural effusion. No pneumothorax.")
    assert C.negation in result.categories()


def test_weak_errors_lower_the_score_without_flagging() -> None:
    result = score_candidate("No post-procedure pneumothorax.", "Post-procedure radiograph: no pneumothorax.")
    assert result.errors == ()
    fluid = score_candidate("Right pleural catheter placed, 900 mL removed.", "Right pleural catheter placed, 900 mL removed.")
    assert fluid.errors == () and fluid.score == 1.0
