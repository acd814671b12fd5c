"""Round 8's sentence-level checks (issue 5), run after the finding and statement checks: a normal statement moved
to the other side (`_sides`), a numbered grade changed (`_grades`), a structure's state turned around (`_states`).
Each compares the candidate's sentences with the source's and reference's, independently of the lexicon match."""

from __future__ import annotations

from typing import TYPE_CHECKING

from evals._errors import ErrorCategory
from evals._evidence import STRONG
from evals._grades import changed_grades
from evals._sides import swapped_normal_sides
from evals._states import turned_states

if TYPE_CHECKING:
    from evals._checker import Checker
    from evals._findings import Extraction
    from evals._lexicon import Lexicon

# Each is an explicit contradiction between two statements about one thing (`_evidence`): strong alone.
NORMAL_SIDE_CONFIDENCE = STRONG
GRADE_CONFIDENCE = STRONG
STATE_CONFIDENCE = STRONG


def _values(values: frozenset[int]) -> str:
    return "/".join(map(str, sorted(values)))


def sentence_errors(checker: Checker, lexicon: Lexicon, cand: Extraction, sides: list[Extraction]) -> None:
    """Add the sentence-level errors of a candidate against its source and reference extractions."""
    grounding = [s for side in sides for s in side.evidence]
    for m, g in swapped_normal_sides(lexicon, cand, sides):
        checker.add(ErrorCategory.laterality, (m.sentence, m.side),
                    f"candidate: {m.sentence!r} calls the {m.side} {'/'.join(sorted(m.sites))} normal; source says "
                    f"{g.sentence!r}: {g.side}", "normal_side", NORMAL_SIDE_CONFIDENCE)
    for m, g in changed_grades(cand.evidence, grounding):
        checker.add(ErrorCategory.severity, (m.sentence, m.scale),
                    f"candidate: {m.sentence!r}: {m.scale} {_values(m.values)}, but source says {g.sentence!r}: "
                    f"{g.scale} {_values(g.values)}", "grade_number", GRADE_CONFIDENCE)
    for m, g in turned_states(cand.evidence, grounding):
        checker.add(ErrorCategory.negation, (m.sentence, m.concept),
                    f"candidate: {m.sentence!r} turns the {m.concept} of {' '.join(sorted(m.anchors))!r} around; "
                    f"source says {g.sentence!r}", "state_turned", STATE_CONFIDENCE)
