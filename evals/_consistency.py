"""Finding-level agreement between drafts: self-consistency across samples, paraphrase robustness.

A draft is reduced to its set of finding signatures (finding, assertion, laterality), as the extractor
reads them; two drafts agree to the extent those sets overlap (Jaccard, where a finding matches the same
finding or a broader/narrower form of it in the lexicon, with the same assertion and side). Wording does
not matter: "No effusion" and "There is no pleural effusion" agree.
"""

from __future__ import annotations

from itertools import combinations

from evals._findings import Extraction, extract
from evals._lexicon import load_lexicon
from evals._negation import Assertion

_ASSERTED = (Assertion.present, Assertion.absent, Assertion.uncertain)

Signature = frozenset[tuple[str, str, str]]


def signature(draft: str | Extraction) -> Signature:
    """The findings a draft states, with their assertion and side."""
    found = (extract(draft, default_section="impression") if isinstance(draft, str) else draft).findings
    return frozenset((f.name, f.assertion.value, f.laterality or "-") for f in found if f.assertion in _ASSERTED)


def jaccard(a: Signature, b: Signature) -> float:
    """Overlap of two signatures; two drafts that state no finding at all agree fully."""
    if not a and not b:
        return 1.0
    lexicon = load_lexicon()
    exact = a & b
    rest_b = sorted(b - exact)
    matched = len(exact)
    for name, assertion, side in sorted(a - exact):  # then one-to-one matches through the lexicon tree
        for i, (other, other_assertion, other_side) in enumerate(rest_b):
            if assertion == other_assertion and side == other_side and lexicon.related(name, other):
                matched += 1
                del rest_b[i]
                break
    return matched / (len(a) + len(b) - matched)


def self_consistency(signatures: list[Signature]) -> float | None:
    """Mean pairwise agreement between drafts of the same input; None with fewer than two drafts."""
    pairs = list(combinations(signatures, 2))
    if not pairs:
        return None
    return sum(jaccard(a, b) for a, b in pairs) / len(pairs)
