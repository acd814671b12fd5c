"""Statements the lexicon does not cover ("horseshoe kidney", "24-hour uptake 28%", "developmental venous
anomaly"): a clause that names no known finding is kept as its content words, side, grade and polarity, so that
omissions, fabrications, sides, grades and negations outside the lexicon are still judged, by word overlap.

Matching is deliberately loose in what it accepts as "the same statement" (half the content words, in any
form) and strict in what it flags (a fabrication needs words the source and reference never use), because a
false alarm on a clean rewording costs more than a missed error.
"""

from __future__ import annotations

from dataclasses import dataclass

from evals._abbreviations import spell_out
from evals._negation import Assertion, assert_span
from evals._wording import Vocabulary, content_words, equivalents, same_word

# Clauses about what to do next, or scores and series numbers, state no finding.
_ADVICE = frozenset("""recommend recommended recommendation advise advised follow followup fna biopsy
sampling sample consultation consult referral surveillance correlation correlate guideline guidelines criteria
management discuss discussed repeat""".split())
_NOT_CONTENT = frozenset("""bi rads birads pi li ti tr lr lirads pirads tirads category series image hu suv suvmax
deauville pioped hour hours month months week weeks day days year years fdg avid hypermetabolic metabolic view
views""".split())
_NORMAL_WORDS = frozenset("""normal normally unremarkable negative intact patent preserved maintained satisfactory
appropriate expected congruent clear spared""".split())
MIN_WORDS = 2


@dataclass(frozen=True, slots=True)
class Statement:
    """A clause with no lexicon finding: its content words (singular) and what it says about them."""

    words: tuple[str, ...]
    sentence: str
    side: str | None = None
    severity: tuple[int, int] | None = None
    negated: bool = False
    normal: bool = False  # "right breast negative", "component alignment maintained"


def clause_statement(words: list[str], lo: int, hi: int, triggers: list, sentence: str, side: str | None,
                     severity: tuple[int, int] | None) -> Statement | None:
    """The statement of words[lo:hi], a clause with no lexicon finding, or None when it states nothing."""
    clause = words[lo:hi]
    if _ADVICE & set(clause):
        return None
    positions = [i for i in range(lo, hi) if words[i] not in _NOT_CONTENT and words[i] not in _NORMAL_WORDS
                 and content_words([words[i]])]
    spelled = spell_out(words[i] for i in positions)  # "LUL" -> upper lobe, "NT" -> nuchal translucency
    content = tuple(dict.fromkeys(content_words(spelled)))
    if len(content) < MIN_WORDS:
        return None
    # A trigger's own words at either end ("iliac arteries not aneurysmal", "resolved nodal uptake") are not what
    # it asserts about.
    named = list(positions)
    while len(named) > 1 and any(a <= named[-1] < b for a, b, _ in triggers):
        named.pop()
    while len(named) > 1 and any(a <= named[0] < b for a, b, _ in triggers):
        named.pop(0)
    assertion = assert_span(triggers, named[0], named[-1] + 1)
    return Statement(content, sentence, side, severity,
                     negated=assertion in (Assertion.absent, Assertion.unasserted),
                     normal=bool(_NORMAL_WORDS & set(clause)))


def overlap(a: tuple[str, ...], b: frozenset[str] | tuple[str, ...]) -> int:
    """How many of `a`'s words `b` uses in some form."""
    return sum(1 for w in a if w in b or any(same_word(w, x) for x in b if x[:4] == w[:4])
               or any(e in b for e in equivalents(w)))


def _enough(shared: int, words: tuple[str, ...]) -> bool:
    return shared * 2 >= len(words)


def covered(statement: Statement, vocab: Vocabulary) -> bool:
    """Whether some sentence keeps at least half of the statement's words."""
    return any(_enough(overlap(statement.words, sentence), statement.words) for sentence in vocab.sentences)


def unsupported(statement: Statement, vocab: Vocabulary) -> bool:
    """A candidate statement built on words the source and reference never use: two such words, or one and no
    sentence that keeps half of its words."""
    used = vocab.words()
    novel = len(statement.words) - overlap(statement.words, used)
    return novel >= 2 or (novel >= 1 and not covered(statement, vocab))


def counterparts(statement: Statement, others: list[Statement]) -> list[Statement]:
    """Statements about the same thing: at least two words and half of the shorter one's words shared."""
    out = []
    for other in others:
        shared = overlap(statement.words, frozenset(other.words))
        if shared >= MIN_WORDS and shared * 2 >= min(len(statement.words), len(other.words)):
            out.append(other)
    return out
