"""Where a finding is and which subtype it is: spine levels, anatomical sites, exclusive qualifiers, "new/other"
mentions, and statements that a site is normal ("sacrum intact", "normal left testis")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from evals._negation import longest_matches

LEVEL_RE = re.compile(r"[ctls]\d{1,2}")
# "RLL nodule" is a right lower lobe nodule: the lobe is a place (the side is read with the other side words).
LOBE_ABBREVIATIONS = {"rul": ("upper", "lobe"), "rml": ("middle", "lobe"), "rll": ("lower", "lobe"),
                      "lul": ("upper", "lobe"), "lll": ("lower", "lobe")}
_BREAKS = frozenset(",;:")
_BACK_BREAKS = _BREAKS | {"and", "with", "without", "or"}
# Subtypes of one finding that exclude each other: "no complete tear" does not deny a partial tear, "no
# displaced fracture" does not deny a nondisplaced one, "no acute infarct" does not deny an old one.
_QUALIFIERS = {("partial",): "partial", ("partial", "thickness"): "partial", ("intrasubstance",): "partial",
               ("incomplete",): "partial", ("low", "grade"): "partial", ("complete",): "complete",
               ("full", "thickness"): "complete", ("transmural",): "complete", ("high", "grade"): "complete",
               ("displaced",): "displaced", ("nondisplaced",): "nondisplaced", ("undisplaced",): "nondisplaced",
               ("non", "displaced"): "nondisplaced", ("minimally", "displaced"): "displaced",
               ("acute",): "acute", ("hyperacute",): "acute", ("subacute",): "acute", ("chronic",): "chronic",
               ("old",): "chronic", ("healed",): "chronic", ("healing",): "chronic", ("remote",): "chronic",
               ("suspicious",): "suspicious", ("benign",): "benign"}
OPPOSITE_QUALIFIERS = {"partial": "complete", "complete": "partial", "displaced": "nondisplaced",
                       "nondisplaced": "displaced", "acute": "chronic", "chronic": "acute",
                       "suspicious": "benign", "benign": "suspicious"}
# "New 7 mm nodule", "second enhancing lesion", "another fracture": one more of a finding already known.
_NOVEL = frozenset("new newly second another additional further other distant".split())
# A site said to be normal: "<site> intact", "<site> are normal", "normal <site>", "<site> not aneurysmal".
# ("clear" and "preserved" are left to the lexicon's normal phrases: "right lung clear" is about airspace
# disease, not about a nodule.)
_NORMAL_AFTER = frozenset("normal unremarkable intact patent congruent negative normalized compressible".split())
_NORMAL_BEFORE = frozenset("normal intact patent unremarkable".split())
_STATEMENT_ENDS = frozenset(", ; : with and bilaterally throughout".split())
# "Biceps tendon in normal position", "tendon located normally": the site is where it belongs (no dislocation).
_NORMAL_PLACE = frozenset({("normal", "position"), ("normally", "located"), ("located", "normally"),
                           ("normally", "positioned"), ("positioned", "normally"), ("normally", "seated"),
                           ("anatomic", "position"), ("anatomical", "position")})


@dataclass(frozen=True, slots=True)
class NormalSite:
    """A statement that a site is normal, which denies any finding there."""

    sites: frozenset[str]
    laterality: str | None
    sentence: str
    words: frozenset[str] = frozenset()  # the clause's words ("patent left popliteal vein"): where exactly


def levels(words: list[str], lo: int, hi: int) -> frozenset[str]:
    """Spine levels in words[lo:hi]: a disc level as one label ("L4-L5", "L4-5" -> "l4-l5"), else vertebrae."""
    out, i = set(), lo
    while i < hi:
        if LEVEL_RE.fullmatch(words[i]):
            nxt = words[i + 1] if i + 1 < hi else ""
            if LEVEL_RE.fullmatch(nxt) or nxt.isdigit() and len(nxt) <= 2:
                out.add(f"{words[i]}-{nxt if not nxt.isdigit() else words[i][0] + nxt}")
                i += 2
                continue
            out.add(words[i])
        i += 1
    return frozenset(out)


def qualifiers(words: list[str], lo: int, hi: int) -> frozenset[str]:
    return frozenset(q for _, _, q in longest_matches(words[lo:hi], _QUALIFIERS, 2))


def novel(words: list[str], lo: int, start: int) -> bool:
    return any(w in _NOVEL for w in words[lo:start])


def phrase_sites(words: list[str], hits: list, start: int, end: int, prev_end: int, next_start: int) -> frozenset[str]:
    """Anatomy named in the finding's phrase: from the previous comma (or finding) to the next one."""
    back = _BREAKS if prev_end == 0 else _BACK_BREAKS  # "mass in the right upper lobe and a small effusion"
    lo = max([prev_end] + [i + 1 for i in range(prev_end, start) if words[i] in back])
    hi = min([next_start] + [i for i in range(end, next_start) if words[i] in _BREAKS])
    return frozenset(site for a, b, site in hits if lo <= a and b <= max(hi, end))


def normal_sites(words: list[str], hits: list, spans: list, side_of, sentence: str) -> list[NormalSite]:
    """Clauses that call a site normal and name no finding: "Sacrum intact", "Normal left testis"."""
    out = []
    taken = [(s, e) for s, e, _, _ in spans]
    bounds = [-1] + [i for i, w in enumerate(words) if w in _BREAKS] + [len(words)]
    for lo, hi in pairwise(bounds):
        lo += 1
        clause = words[lo:hi]
        if not clause or any(lo <= s < hi for s, _ in taken):
            continue
        said_normal = clause[0] in _NORMAL_BEFORE or any(
            w in _NORMAL_AFTER and (j + 1 == len(clause) or clause[j + 1] in _STATEMENT_ENDS)
            for j, w in enumerate(clause)) or "aneurysmal" in clause and "not" in clause \
            or any(pair in _NORMAL_PLACE for pair in pairwise(clause))
        if not said_normal:
            continue
        sites = frozenset(site for a, b, site in hits if lo <= a and b <= hi)
        if sites:
            out.append(NormalSite(sites, side_of(lo, hi), sentence, frozenset(clause)))
    return out
