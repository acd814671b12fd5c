"""Hallucination score of a candidate report against its source and/or reference.

Errors, by category:
- fabricated_finding: the candidate asserts (present or uncertain) a finding that neither the source nor
  the reference mentions, nor implies (lexicon `implied_by`). A finding the candidate only DENIES
  ("no pneumothorax") is never a fabrication.
- omitted_finding: a finding the reference asserts (or, without a reference, the source asserts) that
  the candidate does not mention at all.
- negation: the candidate denies what the source/reference asserts, or asserts what it denies.
- laterality: same finding, same assertion, but a different side (left / right / bilateral).
- severity: same finding, but the severity grades do not overlap (trace < small/mild < moderate <
  large/severe).
- measurement: a size in the candidate (normalised to mm) that matches no size in the source/reference.
- fabricated_comparison: a statement about a prior study or change over time when there is no prior
  (`has_prior` false, or the source's COMPARISON section says none).

Score = 1 / (1 + sum over errors of the category weight); 1.0 means no error, every error lowers it,
and it stays in (0, 1]. Weights default to 1.0 for every category.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from evals._findings import Extraction, Finding, Measurement, extract
from evals._lexicon import Lexicon, load_lexicon
from evals._negation import Assertion


class ErrorCategory(StrEnum):
    fabricated_finding = "fabricated_finding"
    omitted_finding = "omitted_finding"
    negation = "negation"
    laterality = "laterality"
    severity = "severity"
    measurement = "measurement"
    fabricated_comparison = "fabricated_comparison"


DEFAULT_WEIGHTS: Mapping[ErrorCategory, float] = {category: 1.0 for category in ErrorCategory}
_LEVEL_RE = re.compile(r"[ctls]\d{1,2}")
_LOBES = frozenset({"upper", "middle", "lower"})
_SOURCE_KEYS = (("indication", "INDICATION"), ("history", "INDICATION"), ("technique", "TECHNIQUE"),
                ("comparison", "COMPARISON"), ("findings", "FINDINGS"), ("impression", "IMPRESSION"))


@dataclass(frozen=True, slots=True)
class ScoreError:
    category: ErrorCategory
    evidence: str

    def to_dict(self) -> dict[str, str]:
        return {"category": self.category.value, "evidence": self.evidence}


@dataclass(frozen=True, slots=True)
class ScoreResult:
    score: float
    errors: tuple[ScoreError, ...] = field(default_factory=tuple)

    def categories(self) -> list[ErrorCategory]:
        return [e.category for e in self.errors]


def source_text(source: str | Mapping | None) -> tuple[str, bool | None]:
    """Render a source (text, or {indication, comparison, findings, has_prior}) as report text."""
    if source is None:
        return "", None
    if isinstance(source, str):
        return source, None
    parts = [f"{header}: {source[key]}" for key, header in _SOURCE_KEYS if source.get(key)]
    if "comparison" in source and not source.get("comparison"):
        parts.append("COMPARISON: None.")
    has_prior = source.get("has_prior", source.get("prior_available"))
    return "\n".join(parts), has_prior if isinstance(has_prior, bool) else None


def _describe(f: Finding) -> str:
    words = [f.laterality or "", f.severity_text or "", f.name.replace("_", " ")]
    state = {"absent": "absent", "uncertain": "possible"}.get(f.assertion.value, "present")
    return f"{' '.join(w for w in words if w)} ({state})"


def _lat_compatible(a: Finding, b: Finding) -> bool:
    return a.laterality is None or b.laterality is None or a.laterality == b.laterality


def _sites(f: Finding) -> tuple[frozenset[str], frozenset[str]]:
    levels = frozenset(t for t in f.locations if _LEVEL_RE.fullmatch(t))
    lobes = f.locations & _LOBES if "lobe" in f.locations else frozenset()
    return levels, lobes


def _distinct_site(a: Finding, b: Finding) -> bool:
    """Different spine levels or different lobes: two findings, not one finding described twice."""
    return any(x and y and not x & y for x, y in zip(_sites(a), _sites(b), strict=True))


def _same_polarity(a: Finding, b: Finding) -> bool:
    return (a.assertion is Assertion.absent) == (b.assertion is Assertion.absent)


def _best(candidates: list[Finding], c: Finding) -> Finding:
    return max(candidates, key=lambda g: (g.laterality == c.laterality, len(g.locations & c.locations),
                                          g.name == c.name))


def _measure_matches(cand: Measurement, ref: Measurement) -> bool:
    pool = list(ref.dims_mm)
    for dim in cand.dims_mm:
        hit = next((p for p in pool if abs(p - dim) <= max(0.6, 0.03 * max(p, dim))), None)
        if hit is None:
            return False
        pool.remove(hit)
    return True


class _Checker:
    def __init__(self, lexicon: Lexicon, grounding: list[Finding]) -> None:
        self.lexicon = lexicon
        self.grounding = grounding
        self.errors: dict[tuple, ScoreError] = {}

    def add(self, category: ErrorCategory, key: tuple, evidence: str) -> None:
        self.errors.setdefault((category, *key), ScoreError(category, evidence))

    def check(self, c: Finding) -> None:
        related = [g for g in self.grounding if self.lexicon.related(g.name, c.name) and not _distinct_site(g, c)]
        key = (c.sentence, c.text)
        quote = f"candidate: {c.sentence!r}"
        if not related:
            if c.assertion is Assertion.absent or any(
                    self.lexicon.grounds(g.name, c.name) and not _distinct_site(g, c) for g in self.grounding
                    if g.assertion is not Assertion.absent):
                return
            self.add(ErrorCategory.fabricated_finding, key,
                     f"{quote}: {_describe(c)} is not in the source or reference")
            return
        same_side = [g for g in related if _lat_compatible(g, c)]
        if c.assertion is Assertion.absent:
            # Denying a finding contradicts ANY matching mention of it that is present ("no effusion"
            # against "small left pleural effusion", even if "no pericardial effusion" also agrees).
            agreeing = [] if any(g.assertion is not Assertion.absent for g in same_side) else same_side
        else:
            agreeing = [g for g in same_side if _same_polarity(g, c)]
        if agreeing:
            self._check_severity(c, agreeing, key, quote)
        elif same_side and c.assertion is not Assertion.absent and all(g.implicit for g in same_side):
            # Denied only by a blanket normal statement ("no acute intracranial abnormality"): the
            # candidate names something the source never did.
            self.add(ErrorCategory.fabricated_finding, key,
                     f"{quote}: {_describe(c)} is not in the source or reference")
        elif same_side:
            g = _best([g for g in same_side if not _same_polarity(g, c)], c)
            self.add(ErrorCategory.negation, key, f"{quote}: {_describe(c)}, but source says "
                                                  f"{g.sentence!r}: {_describe(g)}")
        elif c.assertion is not Assertion.absent:
            other = [g for g in related if g.assertion is not Assertion.absent]
            if other:
                g = _best(other, c)
                self.add(ErrorCategory.laterality, key, f"{quote}: {c.laterality} {c.name.replace('_', ' ')}, "
                                                        f"but source says {g.sentence!r}: {g.laterality}")
            else:
                self.add(ErrorCategory.fabricated_finding, key,
                         f"{quote}: {_describe(c)} is not in the source or reference")

    def _check_severity(self, c: Finding, agreeing: list[Finding], key: tuple, quote: str) -> None:
        if c.severity is None or c.assertion is Assertion.absent:
            return
        graded = [g for g in agreeing if g.severity is not None]
        if not graded or any(g.severity[0] <= c.severity[1] and c.severity[0] <= g.severity[1] for g in graded):
            return
        g = _best(graded, c)
        self.add(ErrorCategory.severity, key, f"{quote}: {c.severity_text} {c.name.replace('_', ' ')}, "
                                              f"but source says {g.sentence!r}: {g.severity_text}")


def score_extractions(cand: Extraction, src: Extraction | None, ref: Extraction | None,
                      has_prior: bool | None = None, *, weights: Mapping[ErrorCategory, float] | None = None,
                      lexicon: Lexicon | None = None) -> ScoreResult:
    """Score already-extracted reports (lets callers reuse a source extraction across candidates)."""
    lexicon = lexicon or load_lexicon()
    weights = {**DEFAULT_WEIGHTS, **(weights or {})}
    sides = [x for x in (src, ref) if x is not None]
    usable = (Assertion.present, Assertion.uncertain, Assertion.absent)
    grounding = [f for side in sides for f in side.findings if f.assertion in usable]
    cand_findings = [f for f in cand.findings if f.assertion in usable]
    checker = _Checker(lexicon, grounding)
    for c in cand_findings:
        checker.check(c)
    required_side = ref if ref is not None else src
    if required_side is not None:
        for r in required_side.findings:
            if r.assertion not in (Assertion.present, Assertion.uncertain):
                continue
            if not any((lexicon.related(r.name, c.name) or lexicon.implies(r.name, c.name))
                       and not _distinct_site(r, c) for c in cand_findings):
                checker.add(ErrorCategory.omitted_finding, (r.name, r.laterality),
                            f"{'reference' if ref is not None else 'source'}: {r.sentence!r}: "
                            f"{_describe(r)} is missing from the candidate")
    pool = [m for side in sides for m in side.measurements]
    if sides:
        for m in cand.measurements:
            if not any(_measure_matches(m, p) for p in pool):
                checker.add(ErrorCategory.measurement, (m.text,),
                            f"candidate size {m.text!r} ({' x '.join(f'{d:g}' for d in m.dims_mm)} mm) "
                            "matches no size in the source or reference")
    prior = has_prior if has_prior is not None else (src.prior_available if src is not None else None)
    if prior is False:
        for comp in cand.comparisons:
            checker.add(ErrorCategory.fabricated_comparison, (comp.sentence,),
                        f"candidate: {comp.sentence!r} refers to a prior ({comp.cue!r}) but there is no prior study")
    errors = tuple(checker.errors.values())
    penalty = sum(weights[e.category] for e in errors)
    return ScoreResult(score=1.0 / (1.0 + penalty), errors=errors)


def score_candidate(candidate: str, source: str | Mapping | None = None, reference: str | None = None,
                    has_prior: bool | None = None, *,
                    weights: Mapping[ErrorCategory, float] | None = None) -> ScoreResult:
    """Score a candidate report; `source` is text or a mapping with indication/comparison/findings."""
    if source is None and reference is None:
        raise ValueError("score_candidate needs a source, a reference, or both")
    text, source_prior = source_text(source)
    src = extract(text) if text else None
    ref = extract(reference, default_section="impression") if reference else None
    cand = extract(candidate, default_section="impression")
    prior = has_prior if has_prior is not None else source_prior
    return score_extractions(cand, src, ref, prior, weights=weights)
