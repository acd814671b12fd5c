"""Numbered grades of one finding (issue 5, round 8): "grade 2 VUR" against "grade 3 vesicoureteral reflux",
"grade I MCL sprain" against "grade 2", "BI-RADS 3" against "BI-RADS 4", "Garden III" against "Garden IV".

Severity misses on the outside writers' sets were mostly grades written as numbers: the severity check compares
grade words (mild, moderate, severe) of lexicon findings. Here every "<scale> <number>" (grade, type, stage, class,
category, the RADS scales and named classifications; arabic or roman numerals, ranges allowed) is tied to the words
next to it; a candidate number that the source and reference never give on that scale for those words, where they
give another, is a severity error.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from evals._abbreviations import spell_out
from evals._lexicon import SIDE_OF, SIDE_WORDS, clause_window, one_side, tokenize
from evals._wording import STOPWORDS, same_word

_SCALES = frozenset("grade type stage class category rads deauville gartland garden graf bosniak aspects salter "
                    "harris weber kellgren lawrence tirads".split())
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6}
# How far a grade reaches for what it grades ("grade 3 left VUR", "MCL sprain, grade 2").
REACH = 4
_NOT_ANCHOR = STOPWORDS | SIDE_WORDS | frozenset(SIDE_OF) | _SCALES | frozenset({",", ";", ":", "bi", "li", "pi", "ti",
                                                                               "o", "lung", "low", "high"})


@dataclass(frozen=True, slots=True)
class GradeMention:
    scale: str  # "grade", "bi rads", "garden", ...
    values: frozenset[int]
    anchors: frozenset[str]
    side: str | None  # the one side its sentence names, if any
    sentence: str


def _number(word: str) -> int | None:
    if word.isdigit() and len(word) <= 2:
        return int(word)
    return _ROMAN.get(word)


def grade_mentions(sentence: str) -> list[GradeMention]:
    """Each "<scale> <number>" of a sentence (a range "2-3" gives both) with the words around it."""
    words = [w for w, _, _ in tokenize(sentence)]
    out = []
    for i, w in enumerate(words):
        if w not in _SCALES or i + 1 >= len(words):
            continue
        first = _number(words[i + 1])
        if first is None:
            continue
        values, end = {first}, i + 2
        if end < len(words) and _number(words[end]) is not None and words[end].isdigit() == words[i + 1].isdigit():
            values.add(_number(words[end]))  # "grade 2-3" tokenizes as "grade 2 3"
            end += 1
        scale = f"{words[i - 1]} {w}" if w == "rads" and i else w
        lo, hi = clause_window(words, i, end, REACH)
        near = words[lo:i] + words[end:hi]
        anchors = frozenset(x for x in spell_out(near) if x not in _NOT_ANCHOR and not x.isdigit()
                            and x not in _ROMAN)
        out.append(GradeMention(scale, frozenset(values), anchors, one_side(words), sentence))
    return out


def _same_thing(a: GradeMention, b: GradeMention) -> bool:
    if a.scale != b.scale or a.side != b.side:
        return False
    if a.scale in ("grade", "type", "stage", "class", "category"):  # general scales need a shared word
        return any(x == y or same_word(x, y) for x in a.anchors for y in b.anchors)
    return True  # a named scale (BI-RADS, Garden, Deauville) names what it grades


def changed_grades(candidate: Iterable[str], grounding: Iterable[str]) -> list[tuple[GradeMention, GradeMention]]:
    """Candidate grades that the grounding gives otherwise and never as the candidate does, each with the grounding
    mention it contradicts."""
    ground = [m for s in grounding for m in grade_mentions(s)]
    out = []
    for s in candidate:
        for m in grade_mentions(s):
            same = [g for g in ground if _same_thing(m, g)]
            if same and not any(g.values & m.values for g in same):
                out.append((m, same[0]))
    return out
