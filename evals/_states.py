"""Opposite states of one structure (issue 5, round 8): "carpal malalignment" against "carpal alignment maintained",
"left CFV patent" against "thrombus extends into the left common femoral vein", "hepatofugal" against "hepatopetal".

Negation misses on every outside writer's set (v3-v7) were mostly statements of this kind: the candidate turns a
structure's state around with a word of the opposite state, not with a "no". Neither the lexicon findings nor the
word-overlap statements see it. Here each sentence's state words are read with their assertion (ConText triggers,
so "no radial head dislocation" is the normal state, like "radial head aligned") and tied to the structure words
next to them. A candidate state that nothing in the source or reference says about that structure, where they say
the opposite, is a negation. Concepts are a closed class of clinical state words, not a writer's vocabulary.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from evals._abbreviations import spell_out
from evals._lexicon import SIDE_OF, SIDE_WORDS, clause_window, one_side, tokenize
from evals._negation import Assertion, assert_span, find_triggers, longest_matches
from evals._wording import STOPWORDS, same_word

# concept -> (words of the expected state, words of the opposite state). Phrases are token tuples.
_CONCEPTS = {
    "alignment": ("aligned | congruent | located | reduced | anatomic alignment | normal alignment"
                  " | alignment maintained | alignment is maintained | alignment preserved | alignment is preserved",
                  "malaligned | malalignment | misaligned | misalignment | incongruent | incongruity | dislocated"
                  " | dislocation | subluxed | subluxation"),
    "patency": ("patent | compressible | fully compressible | recanalized",
                "occluded | occlusion | occlusive | thrombosed | noncompressible | non compressible | thrombus"
                " | thrombosis | clot"),
    "flow_direction": ("hepatopetal | antegrade", "hepatofugal | retrograde | reversed | reversal"),
    "involvement": ("uninvolved | spared | not involved", "involved | involvement | invaded | invasion | abuts"
                    " | abutting | infiltrated | infiltration | encased | encasement"),
    "abnormality": ("normal", "abnormal"),
}
_STATE_OF: dict[tuple[str, ...], tuple[str, bool]] = {}
for _concept, (_normal, _opposite) in _CONCEPTS.items():
    for _block, _is_normal in ((_normal, True), (_opposite, False)):
        for _phrase in _block.split(" | "):
            _STATE_OF[tuple(_phrase.split())] = (_concept, _is_normal)
_MAX = max(map(len, _STATE_OF))
# How far a state word reaches for the structure it describes ("mortise incongruent", "patent left CFV").
REACH = 5
# Only the abnormal side of these is read from the candidate: "normal" says too little about which structure.
_ONE_WAY = frozenset({"abnormality"})
_UNITS = frozenset("mm cm degree degrees percent cc ml".split())
# Structure words too general to say which structure: "vertebral arteries" and "MCA" share only "artery".
_GENERIC = frozenset("artery arteries vein veins vessel vessels duct ducts flow tendon tendons ligament ligaments joint"
                     " joints space wall lesion mass node nodes".split())
# Words that never name a structure: general ones, function words, sides, units, punctuation, the state words.
_NOT_ANCHOR = _GENERIC | STOPWORDS | SIDE_WORDS | frozenset(SIDE_OF) | _UNITS | frozenset({",", ";", ":"}) \
    | frozenset(w for p in _STATE_OF for w in p)


@dataclass(frozen=True, slots=True)
class StateMention:
    """One state of one structure in one sentence."""

    concept: str
    normal: bool  # after its assertion: "no dislocation" is the normal state
    anchors: frozenset[str]  # the structure words next to it
    side: str | None
    sentence: str


def _governing(triggers: list, words: list[str], start: int, is_normal: bool) -> list:
    """The triggers that may turn a state word: not normal-state triggers (the state words are such words), and for
    a word of the expected state none before an "and" ("no extension and seminal vesicles uninvolved"); a list of
    abnormal states stays governed ("no extension or seminal vesicle invasion")."""
    out = [t for t in triggers if t[2] not in ("post_norm", "pre_norm")]
    if is_normal:
        cut = max((i for i in range(start) if words[i] == "and"), default=-1)
        out = [t for t in out if t[0] > cut]
    return out


def state_mentions(sentence: str) -> list[StateMention]:
    """The state words of a sentence with their assertion and the structure words around them."""
    words = [w for w, _, _ in tokenize(sentence)]
    hits = longest_matches(words, _STATE_OF, _MAX)
    if not hits:
        return []
    triggers = find_triggers(words)
    out = []
    for start, end, (concept, is_normal) in hits:
        lo, hi = clause_window(words, start, end, REACH)
        near = [w for w in spell_out(words[lo:start] + words[end:hi]) if w not in _NOT_ANCHOR and not w.isdigit()]
        if not near:
            continue
        assertion = assert_span(_governing(triggers, words, start, is_normal), start, end)
        if assertion in (Assertion.uncertain, Assertion.unasserted):
            continue
        normal = is_normal if assertion is Assertion.present else not is_normal
        out.append(StateMention(concept, normal, frozenset(near), one_side(words[lo:hi]), sentence))
    return out


def _same_structure(a: StateMention, b: StateMention) -> bool:
    # One side named and the other not: perhaps the other side's structure; both must agree to compare.
    if a.concept != b.concept or a.side != b.side:
        return False
    return any(x == y or same_word(x, y) for x in a.anchors for y in b.anchors)


def turned_states(candidate: Iterable[str], grounding: Iterable[str]) -> list[tuple[StateMention, StateMention]]:
    """Candidate state mentions that the grounding sentences contradict and nowhere support, each with the
    grounding mention it contradicts."""
    ground = [m for s in grounding for m in state_mentions(s)]
    out = []
    for s in candidate:
        for m in state_mentions(s):
            if m.concept in _ONE_WAY and m.normal:
                continue
            same = [g for g in ground if _same_structure(m, g)]
            if same and not any(g.normal == m.normal for g in same):
                out.append((m, same[0]))
    return out
