"""A normal statement moved to the other side (issue 5, round 8): "Left breast negative" where the source and
reference call only the right breast negative, "No reflux on the right" where only the left is free of it.

Side errors on every outside writer's set were missed most often in exactly these statements: the side checks
compare findings, and a normal statement names none. A candidate normal statement about one side of a paired site
is a laterality error when the source or reference speaks of that site as normal only on the other side and the
candidate says nothing normal about that other side itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from evals._findings import Extraction
from evals._lexicon import Lexicon, one_side, tokenize
from evals._negation import Assertion

_OTHER = {"left": "right", "right": "left"}
_BOTH = frozenset({"both", "either", "bilateral", "bilaterally", "neither"})


@dataclass(frozen=True, slots=True)
class NormalSide:
    """A statement that a site on one side is normal or free of a finding."""

    sites: frozenset[str]
    side: str
    sentence: str
    finding: str | None = None  # the denied finding; None when the whole site is called normal


def _says_side(sentence: str, side: str) -> bool:
    """Whether the sentence itself names this side and only it (a side inherited from the report's context is not
    said there)."""
    words = {w for w, _, _ in tokenize(sentence)}
    return one_side(words) == side and not words & _BOTH


def normal_sides(extraction: Extraction) -> list[NormalSide]:
    """Normal statements of one side, named in their own sentence: normal sites, and denied findings at a site."""
    out = [NormalSide(n.sites, n.laterality, n.sentence) for n in extraction.normal_sites
           if n.laterality in _OTHER and n.sites]
    out += [NormalSide(f.sites, f.laterality, f.sentence, f.name) for f in extraction.findings
            if f.assertion is Assertion.absent and f.laterality in _OTHER and f.sites and not f.novel]
    return [m for m in out if _says_side(m.sentence, m.side)]


def _same_site(lexicon: Lexicon, a: NormalSide, b: NormalSide) -> bool:
    """The same site, or one inside the other (both statements name a site); two denials must deny related findings
    ("no left hydronephrosis" says nothing about "right kidney without calculi")."""
    if a.finding and b.finding and not lexicon.related(a.finding, b.finding):
        return False
    return lexicon.sites_compatible(a.sites, b.sites)


def swapped_normal_sides(lexicon: Lexicon, cand: Extraction, grounding: Iterable[Extraction]
                         ) -> list[tuple[NormalSide, NormalSide]]:
    """Candidate normal statements whose site the grounding calls normal only on the other side, each with the
    grounding statement it moved."""
    ground = [m for g in grounding for m in normal_sides(g)]
    mine = normal_sides(cand)
    out = []
    for m in mine:
        same = [g for g in ground if _same_site(lexicon, m, g)]
        if not same or any(g.side == m.side for g in same):
            continue
        if any(o.side == _OTHER[m.side] and _same_site(lexicon, m, o) for o in mine):
            continue  # both sides called normal: a denial of the other side's finding, not a moved statement
        out.append((m, same[0]))
    return out
