"""How far the signed report moved from the draft: character edit distance and finding-level changes."""

from __future__ import annotations

from dataclasses import dataclass

from evals import Assertion, Extraction, extract
from evals._lexicon import load_lexicon  # not yet in evals' public face; ``related`` is what we need

# Polarity of a finding in one report: a mention that asserts it (present or uncertain) wins over a
# denial; "no new X" (unasserted) says nothing and is ignored.
_POSITIVE = frozenset({Assertion.present, Assertion.uncertain})


def levenshtein(a: str, b: str) -> int:
    """Character edit distance (insert, delete, substitute), exact.

    Myers/Hyyrö bit-parallel algorithm over Python integers: one pass over the longer text with a
    constant number of big-integer operations per character, O(len(a) * len(b) / 64) word operations
    (a 20,000 x 20,000 character pair takes well under a second), and no quadratic table in memory.
    """
    if len(a) < len(b):
        a, b = b, a
    m = len(b)
    if m == 0:
        return len(a)
    peq: dict[str, int] = {}
    for i, ch in enumerate(b):
        peq[ch] = peq.get(ch, 0) | (1 << i)
    full = (1 << m) - 1
    top = 1 << (m - 1)
    pv, mv, score = full, 0, m
    for ch in a:
        eq = peq.get(ch, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | (~(xh | pv) & full)
        mh = pv & xh
        if ph & top:
            score += 1
        elif mh & top:
            score -= 1
        ph = ((ph << 1) | 1) & full
        mh = (mh << 1) & full
        pv = mh | (~(xv | ph) & full)
        mv = ph & xv
    return score


def edit_distance(draft: str, final: str) -> float:
    """Normalized edit distance: edits / length of the longer text; 0 identical, 1 nothing kept."""
    longest = max(len(draft), len(final))
    return levenshtein(draft, final) / longest if longest else 0.0


@dataclass(frozen=True, slots=True)
class FindingDiff:
    """Finding-level differences between the draft and the final report (lexicon names, no text)."""

    draft_findings: int  # findings the draft asserts (present or uncertain)
    added: tuple[str, ...]  # asserted in the final report, not mentioned in the draft
    removed: tuple[str, ...]  # asserted in the draft, not mentioned in the final report
    negation_flipped: tuple[str, ...]  # asserted in one, denied in the other
    laterality_changed: tuple[str, ...]  # asserted in both, on a different side

    @property
    def changed(self) -> bool:
        return bool(self.added or self.removed or self.negation_flipped or self.laterality_changed)

    def counts(self) -> dict[str, int]:
        return {"added": len(self.added), "removed": len(self.removed),
                "negation_flipped": len(self.negation_flipped), "laterality_changed": len(self.laterality_changed)}

    def changes(self) -> list[tuple[str, str]]:
        """(finding, change) pairs, for the per-finding table."""
        return [(name, kind) for kind in ("added", "removed", "negation_flipped", "laterality_changed")
                for name in getattr(self, kind)]


@dataclass(slots=True)
class _Mentions:
    positive: bool = False
    negative: bool = False
    sides: frozenset[str] = frozenset()


def _mentions(extraction: Extraction) -> dict[str, _Mentions]:
    out: dict[str, _Mentions] = {}
    for finding in extraction.findings:
        if finding.assertion is Assertion.unasserted:
            continue
        entry = out.setdefault(finding.name, _Mentions())
        if finding.assertion in _POSITIVE:
            entry.positive = True
            if finding.laterality:
                entry.sides = entry.sides | {finding.laterality}
        else:
            entry.negative = True
    return out


def _align(before: dict[str, _Mentions], after: dict[str, _Mentions]) -> dict[str, _Mentions]:
    """Name a final-report finding as the draft did when one is a broader form of the other
    ("effusion" for "pleural effusion"): rewording is not a finding change."""
    lexicon = load_lexicon()
    only_before = [name for name in before if name not in after]
    aligned: dict[str, _Mentions] = {}
    for name, mentions in after.items():
        match = None if name in before else next((b for b in only_before if lexicon.related(b, name)), None)
        if match is None:
            key = name
        else:
            only_before.remove(match)
            key = match
        if key in aligned:
            old = aligned[key]
            mentions = _Mentions(old.positive or mentions.positive, old.negative or mentions.negative,
                                 old.sides | mentions.sides)
        aligned[key] = mentions
    return aligned


def finding_diff(draft: str, final: str) -> FindingDiff:
    """Compare the findings of two reports by name, assertion and laterality (``evals.extract``)."""
    before = _mentions(extract(draft))
    after = _align(before, _mentions(extract(final)))
    added, removed, flipped, sided = [], [], [], []
    for name in sorted(before.keys() | after.keys()):
        old, new = before.get(name), after.get(name)
        if old is None:
            if new.positive:
                added.append(name)
        elif new is None:
            if old.positive:
                removed.append(name)
        elif old.positive != new.positive:
            flipped.append(name)
        elif old.positive and old.sides and new.sides and old.sides != new.sides:
            sided.append(name)
    return FindingDiff(draft_findings=sum(1 for m in before.values() if m.positive), added=tuple(added),
                       removed=tuple(removed), negation_flipped=tuple(flipped), laterality_changed=tuple(sided))
