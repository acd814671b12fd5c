"""How two extracted findings relate: same side, same spine level or lobe, same site, whether a denial covers a
finding, whether two sizes match. Shared by the score's checks (`_checker`) and its omission/statement passes."""

from __future__ import annotations

import re

from evals._anatomy import OPPOSITE_QUALIFIERS
from evals._findings import Finding, Measurement
from evals._lexicon import load_lexicon
from evals._negation import Assertion

LEVEL_RE = re.compile(r"[ctls]\d{1,2}(?:-[ctls]\d{1,2})?")
LOBES = frozenset({"upper", "middle", "lower"})


def describe(f: Finding) -> str:
    words = [f.laterality or "", f.severity_text or "", f.name.replace("_", " ")]
    state = {"absent": "absent", "uncertain": "possible"}.get(f.assertion.value, "present")
    return f"{' '.join(w for w in words if w)} ({state})"


def side(f: Finding) -> str | None:
    """The finding's own or sentence side; a side known only from the report as a whole does not count."""
    return None if f.side_origin == "report" else f.laterality


def lat_compatible(a: Finding, b: Finding) -> bool:
    return side(a) is None or side(b) is None or side(a) == side(b)


def sites(f: Finding) -> tuple[frozenset[str], frozenset[str]]:
    levels = frozenset(t for t in f.locations if LEVEL_RE.fullmatch(t))
    lobes = f.locations & LOBES if "lobe" in f.locations else frozenset()
    return levels, lobes


_REGION_START = {"c": 0, "t": 7, "l": 19, "s": 24}


def _span(level: str) -> tuple[int, int] | None:
    """A level label as vertebra ordinals from C1 down ("c5-c7" -> (5, 7)); None when it is not one."""
    try:
        ends = [_REGION_START[p[0]] + int(p[1:]) for p in level.split("-")]
    except (KeyError, ValueError, IndexError):
        return None
    return (min(ends), max(ends)) if len(ends) == 2 else None


def same_level(x: str, y: str) -> bool:
    """Same disc level, or a vertebra and a disc level that includes it (L4 and L4-L5), or a disc level inside a
    range written as one ("C5-7" covers C5-C6 and C6-C7); not L4-L5 and L5-S1."""
    if x == y or ("-" in x) != ("-" in y) and (x in y.split("-") or y in x.split("-")):
        return True
    a, b = _span(x), _span(y)
    if a is None or b is None or (a[1] - a[0] <= 1 and b[1] - b[0] <= 1):
        return False
    return a[0] <= b[0] and b[1] <= a[1] or b[0] <= a[0] and a[1] <= b[1]


def other_level(a: Finding, b: Finding) -> bool:
    """Different spine levels or lobes (not anatomy, which writers name at different granularity)."""
    (levels_a, lobes_a), (levels_b, lobes_b) = sites(a), sites(b)
    return bool(lobes_a and lobes_b and not lobes_a & lobes_b) or bool(
        levels_a and levels_b and not any(same_level(x, y) for x in levels_a for y in levels_b))


def distinct_site(a: Finding, b: Finding) -> bool:
    """Different spine levels, lobes or anatomical sites: two findings, not one finding described twice."""
    (levels_a, lobes_a), (levels_b, lobes_b) = sites(a), sites(b)
    if lobes_a and lobes_b and not lobes_a & lobes_b:
        return True
    if levels_a and levels_b and not any(same_level(x, y) for x in levels_a for y in levels_b):
        return True
    return not load_lexicon().sites_compatible(a.sites, b.sites)


# A denial with one of these words denies only that subtype: "no complete tear" leaves a tear that is not
# called complete; "no acute fracture" still denies a fracture that is not called old.
# "No suspicious calcification" leaves a benign (coarse, stable) one alone.
RESTRICTING = frozenset({"partial", "complete", "displaced", "nondisplaced", "chronic", "suspicious"})


def denial_covers(denied: Finding, present: Finding) -> bool:
    """Whether denying `denied` contradicts `present` (same finding, subtypes allowing). Denying a narrower
    finding ("no haemothorax", "no meniscal tear") says nothing about a broader one ("effusion", "tear")."""
    lexicon = load_lexicon()
    # ... unless the narrower name only says where ("no carotid stenosis" against "stenosis of the ICA").
    if denied.name != present.name and present.name in lexicon.ancestors(denied.name) \
            and not lexicon.inherent_sites(denied.name) & present.sites:
        return False
    if any(OPPOSITE_QUALIFIERS[q] in present.qualifiers for q in denied.qualifiers):
        return False
    return all(q in present.qualifiers for q in denied.qualifiers & RESTRICTING)


def same_polarity(a: Finding, b: Finding) -> bool:
    return (a.assertion is Assertion.absent) == (b.assertion is Assertion.absent)


def best(candidates: list[Finding], c: Finding) -> Finding:
    return max(candidates, key=lambda g: (g.laterality == c.laterality, len(g.locations & c.locations),
                                          g.name == c.name))


def measure_matches(cand: Measurement, ref: Measurement) -> bool:
    pool = list(ref.dims_mm)
    for dim in cand.dims_mm:
        hit = next((p for p in pool if abs(p - dim) <= max(0.6, 0.03 * max(p, dim))), None)
        if hit is None:
            return False
        pool.remove(hit)
    return True

