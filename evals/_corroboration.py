"""Report-level corroboration for the error classes that fire on new writers' clean rewordings (issue 5, round 7).

Five independently written sets, each scored blind with the metric frozen, landed at one false alarm in four
(v2-v5: 0.24, 0.27, 0.23, 0.30), and three rule classes raised nearly all of them on every set: an omission of a
finding the candidate words otherwise ("displaced 0.4 cm" for "4 mm dorsal displacement"), a negation from a
finding contradiction the extraction misread ("PTX: none", "no fresh bleed" beside a subdural haematoma), and an
unsupported statement outside the lexicon ("seg 4A met"). Tuning each writer's vocabulary fixed that writer only.
So these classes no longer flag alone: each needs a second signal that does not come from the same finding match,
read from the candidate and the reference as wholes:

- an omission of a finding whose words the candidate still uses somewhere (rule `omitted_reworded`) is strong only
  when the candidate is also SHORTER in content than the reference (an omitted finding takes its words with it; a
  rewording keeps about as many): content-word ratio below `OMISSION_RATIO`. An omission whose words appear
  nowhere in the candidate (`omitted_finding`) stays strong;
- an unsupported statement outside the lexicon is strong only when the candidate is also LONGER in content than the
  reference (an invented statement brings words): ratio above `FABRICATION_RATIO`;
- a negation from a finding contradiction that the reference speaks about too (rule `contradiction`; one the
  reference is silent on is `contradiction_source` and stays as it is) is strong only when the candidate has another
  number of polarity cues than the reference (a flipped assertion adds or drops a "no", "without", "intact",
  "normal"; a rewording that trades "no fracture" for "intact" keeps the count). A source contradiction that the
  reference agrees with is weak (`_checker.Checker.reference_agrees`).

Without a reference (source only) there is nothing of the same content to compare with, and nothing changes.
Side, grade, size and comparison errors are untouched: they did not fire on unseen controls. An error that fails
its check becomes weak (`_evidence.WEAK`): it still lowers the score, so the ranking (AUROC) keeps it, but it
flags the candidate only if another rule corroborates it. The thresholds trade false alarms for detection; the
chosen point and the others measured are in `evals/README.md` (round 7).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Protocol

from evals._evidence import STRONG, WEAK
from evals._lexicon import tokenize
from evals._wording import content_words

# Demote a reworded omission when candidate content words / reference content words is at least this. Across
# v1-v5, 82-91% of single-omission candidates are below 0.9, and 68-89% of clean rewordings are at or above 1.0.
OMISSION_RATIO = 0.9
# Demote an unsupported statement when the ratio is at most this (93-99% of single fabrications are above 1.0).
FABRICATION_RATIO = 1.1
OMISSION_RULES = frozenset({"omitted_reworded"})
FABRICATION_RULES = frozenset({"statement_unsupported"})
NEGATION_RULES = frozenset({"contradiction"})
# Words that deny a finding or call a place normal: rewordings trade one for another, a flipped assertion does not.
_POLARITY_CUES = re.compile(r"\b(?:no|not|without|none|negative|absent|free of|ruled out|neither|nor|w/o|non|intact|"
                            r"patent|normal|unremarkable|clear|preserved|maintained|resolved)\b", re.IGNORECASE)


class _Error(Protocol):
    category: object
    rule: str
    confidence: float


def content_size(text: str) -> int:
    """How many content words a text has (what it says, not how: function words, sides and grades left out)."""
    return len(content_words(w for w, _, _ in tokenize(text)))


def content_ratio(candidate: str, reference: str) -> float:
    """Candidate content words per reference content word."""
    return content_size(candidate) / max(1, content_size(reference))


def polarity_shift(candidate: str, reference: str) -> int:
    """How many more polarity cues (denials, normal-state words) the candidate has than the reference."""
    return len(_POLARITY_CUES.findall(candidate)) - len(_POLARITY_CUES.findall(reference))


def uncorroborated(error: _Error, ratio: float, shift: int) -> bool:
    """Whether an error of an unreliable class lacks its report-level second signal."""
    if error.rule in OMISSION_RULES:
        return ratio >= OMISSION_RATIO
    if error.rule in FABRICATION_RULES:
        return ratio <= FABRICATION_RATIO
    if error.rule in NEGATION_RULES and getattr(error.category, "value", error.category) == "negation":
        return shift == 0
    return False


def corroborate(errors: dict, candidate: str, reference: str | None) -> None:
    """Make the strong errors of the unreliable classes weak when the texts as wholes do not back them (in place)."""
    if not reference:
        return
    ratio, shift = content_ratio(candidate, reference), polarity_shift(candidate, reference)
    for key, error in list(errors.items()):
        if error.confidence >= STRONG and uncorroborated(error, ratio, shift):
            errors[key] = replace(error, confidence=WEAK)
