"""Edit distance and finding-level differences on pairs whose answer is known by hand."""

from __future__ import annotations

import random
import time

import pytest

from monitoring import edit_distance, finding_diff, levenshtein


def _table_levenshtein(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("", "", 0), ("abc", "", 3), ("", "abc", 3), ("kitten", "sitting", 3), ("flaw", "lawn", 2),
    ("No effusion.", "No effusion.", 0), ("Small left effusion.", "Small right effusion.", 4),
])
def test_levenshtein_known_pairs(a: str, b: str, expected: int) -> None:
    assert levenshtein(a, b) == expected == levenshtein(b, a)


def test_levenshtein_matches_the_textbook_table_on_random_pairs() -> None:
    rng = random.Random(7)
    for _ in range(500):
        a = "".join(rng.choice("ab c\n") for _ in range(rng.randint(0, 70)))  # crosses a 64-bit word
        b = "".join(rng.choice("ab c\n") for _ in range(rng.randint(0, 70)))
        assert levenshtein(a, b) == _table_levenshtein(a, b)


def test_normalized_edit_distance() -> None:
    assert edit_distance("", "") == 0.0
    assert edit_distance("kitten", "sitting") == pytest.approx(3 / 7)
    assert edit_distance("abc", "xyz") == 1.0


def test_long_reports_take_bounded_time() -> None:
    rng = random.Random(3)
    draft = "".join(rng.choice("abcdefghij klmnop.") for _ in range(20_000))
    final = "".join(c if rng.random() > 0.1 else "z" for c in draft)
    started = time.perf_counter()
    edit_distance(draft, final)
    assert time.perf_counter() - started < 3.0


def test_finding_added_removed_negated_and_side_changed() -> None:
    draft = "Small left pleural effusion. No pneumothorax. Mild cardiomegaly."
    final = "Small right pleural effusion. Small pneumothorax. Right lower lobe consolidation."
    diff = finding_diff(draft, final)
    assert diff.added == ("consolidation",)
    assert diff.removed == ("cardiomegaly",)
    assert diff.negation_flipped == ("pneumothorax",)
    assert diff.laterality_changed == ("pleural_effusion",)
    assert diff.counts() == {"added": 1, "removed": 1, "negation_flipped": 1, "laterality_changed": 1}
    assert diff.draft_findings == 2 and diff.changed


def test_rewording_without_a_finding_change_is_no_change() -> None:
    diff = finding_diff("Small left pleural effusion. No pneumothorax.",
                        "There is a small effusion on the left. Pneumothorax is not seen.")
    assert not diff.changed, diff


def test_a_finding_stated_positive_in_the_final_only_is_a_flip_when_the_draft_denied_it() -> None:
    diff = finding_diff("No pleural effusion.", "Possible small pleural effusion.")
    assert diff.negation_flipped == ("pleural_effusion",) and not diff.added
