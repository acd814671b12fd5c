"""PHI spans and how overlapping detections are merged."""

from __future__ import annotations

from dataclasses import dataclass

# The Safe Harbor identifier types RadGate detects (names used in config, audit and metrics).
PHI_TYPES = frozenset({
    "PERSON", "DATE_TIME", "AGE_OVER_89", "MRN", "ACCESSION", "SSN", "PHONE", "EMAIL", "URL",
    "IP_ADDRESS", "STREET_ADDRESS", "CITY", "ZIP", "FACILITY", "HEALTH_PLAN_ID", "ACCOUNT_ID",
    "DEVICE_SERIAL",
})


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    entity_type: str
    score: float = 1.0

    def text(self, source: str) -> str:
        return source[self.start:self.end]


def merge_spans(spans: list[Span]) -> list[Span]:
    """Overlapping spans become one (the union); its type is the highest-scoring member's."""
    merged: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            best = last if last.score >= span.score else span
            merged[-1] = Span(last.start, max(last.end, span.end), best.entity_type, best.score)
        else:
            merged.append(span)
    return merged
