"""The score's vocabulary: error categories, one error with its evidence, the result of scoring a candidate."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from evals._evidence import STRONG


class ErrorCategory(StrEnum):
    fabricated_finding = "fabricated_finding"
    omitted_finding = "omitted_finding"
    negation = "negation"
    laterality = "laterality"
    severity = "severity"
    measurement = "measurement"
    fabricated_comparison = "fabricated_comparison"


DEFAULT_WEIGHTS: Mapping[ErrorCategory, float] = {category: 1.0 for category in ErrorCategory}


@dataclass(frozen=True, slots=True)
class ScoreError:
    category: ErrorCategory
    evidence: str
    # Which rule found it and how much its kind of evidence is worth (`_evidence`): not part of its identity.
    rule: str = field(default="", compare=False)
    confidence: float = field(default=STRONG, compare=False)

    def to_dict(self) -> dict[str, str]:
        return {"category": self.category.value, "evidence": self.evidence}


@dataclass(frozen=True, slots=True)
class ScoreResult:
    score: float
    errors: tuple[ScoreError, ...] = field(default_factory=tuple)
    # Errors whose evidence is too weak to flag the candidate (`_evidence.REPORT_CONFIDENCE`); they still
    # lower the score by `_evidence.WEAK_PENALTY` of their weight.
    weak: tuple[ScoreError, ...] = field(default_factory=tuple)

    def categories(self) -> list[ErrorCategory]:
        return [e.category for e in self.errors]

