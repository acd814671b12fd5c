"""How much an error's evidence is worth, and which errors are reported (issue 5, round 5).

Rules fitted to one writer's wording fire on another writer's clean rewordings. So each error carries a
confidence from the KIND of evidence behind it, not from how it was found:

- strong (`STRONG`): an explicit contradiction between lexicon findings: the same finding with the opposite
  assertion, on the other side, at another grade, a measured size that matches nothing, comparison language
  when there is no prior, and an omission or fabrication that no wording of the finding anywhere explains;
- weak (`WEAK`): anything resting on word overlap, a missing match, or vocabulary outside the lexicon (a
  statement the lexicon does not cover, a finding whose words the other side does use, a contradiction whose
  closest evidence by wording agrees with the candidate).

An error is reported in `ScoreResult.errors` when the confidence about one thing (category and sentence),
summed over distinct rules, reaches `REPORT_CONFIDENCE`: a strong error alone, or two weak signals that agree.
Other errors are kept in `ScoreResult.weak` and cost `WEAK_PENALTY` of their category weight: they rank a
candidate below a clean one (AUROC) without flagging it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from evals._lexicon import Lexicon, tokenize
from evals._statements import overlap
from evals._wording import Vocabulary, content_words

STRONG = 1.0
WEAK = 0.5
# Reported when the summed confidence of distinct rules about one thing reaches this: one strong signal, or
# two weak ones that corroborate each other. Raising it trades detection for fewer false alarms.
REPORT_CONFIDENCE = 1.0
# The share of a category weight an unreported (weak) error still costs in the score.
WEAK_PENALTY = 0.25


@dataclass(frozen=True, slots=True)
class Signal:
    """One rule's evidence for an error about `about` (the candidate or reference sentence it concerns)."""

    category: str
    about: str
    rule: str
    confidence: float


def settle(signals: Iterable[Signal]) -> set[int]:
    """Indices of the signals that are reported: per (category, about), the best confidence of each distinct rule,
    summed, reaches `REPORT_CONFIDENCE`."""
    signals = list(signals)
    groups: dict[tuple[str, str], dict[str, float]] = {}
    for s in signals:
        rules = groups.setdefault((s.category, s.about), {})
        rules[s.rule] = max(rules.get(s.rule, 0.0), s.confidence)
    sure = {k for k, rules in groups.items() if sum(rules.values()) >= REPORT_CONFIDENCE}
    return {i for i, s in enumerate(signals) if (s.category, s.about) in sure}


def words_of(text: str) -> frozenset[str]:
    """The content words of a text, singular (what a statement is about, not how it is said)."""
    return frozenset(content_words(w for w, _, _ in tokenize(text)))


def closest_contradicts(claim: str, against: Iterable[str], support: Iterable[str]) -> bool:
    """Whether the evidence that contradicts a claim is at least as close to its words as any evidence that agrees
    with it. "No peroneal tendon tear" against "complete tear of the ATFL" and "peroneal tendons normal" is about
    the tendons, which agree: a reworded agreement, not a contradiction."""
    words = tuple(words_of(claim))
    if not words:
        return True
    best_against = max((overlap(words, words_of(s)) for s in against), default=0)
    best_support = max((overlap(words, words_of(s)) for s in support), default=0)
    return best_against >= best_support


_FAMILY: dict[int, dict[str, list[list[str]]]] = {}


def _family_terms(lexicon: Lexicon, name: str) -> list[list[str]]:
    """Content words of every term of a finding and of the findings under it (its synonyms and subtypes)."""
    table = _FAMILY.get(id(lexicon))
    if table is None:
        table = {}
        for key, finding in lexicon.terms.items():
            words = content_words(key)
            if words:
                for anc in lexicon.ancestors(finding):
                    table.setdefault(anc, []).append(words)
        _FAMILY[id(lexicon)] = table
    return table.get(name, [])


def asserted_wording(findings: Iterable, statements: Iterable) -> list[frozenset[str]]:
    """The words of what a report asserts: the clause of each present or uncertain finding and each statement that
    is neither denied nor normal ("no effusion" mentions no effusion)."""
    out = [words_of(f.phrase or f.text) for f in findings if f.assertion.value in ("present", "uncertain")]
    out += [frozenset(st.words) for st in statements if not st.negated and not st.normal]
    return [w for w in out if w]


def _same(a: str, b: str) -> bool:
    """One word in two forms ("fracture" / "fractured", "rib" / "ribs"); stricter than `_wording.same_word`, which
    lets "pneumonia" meet "pneumothorax"."""
    if a == b:
        return True
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n >= 4 and n >= max(len(a), len(b)) - 3


def _uses(sentence: frozenset[str], words: list[str]) -> bool:
    return bool(words) and all(any(_same(w, x) for x in sentence) for w in words)


def mentioned(lexicon: Lexicon, name: str, text: str, sentences: list[frozenset[str]], phrase: str = "",
              clauses: list[frozenset[str]] = ()) -> bool:
    """Whether some asserted clause mentions a finding in any form: the words it was written with ("primary" for a
    "FDG-avid left upper lobe primary"), or a synonym or subtype term of it (in `sentences`, clauses that could be
    about the same place), or most of its own clause's words (in `clauses`: "type II supracondylar fx" for a
    "Gartland II supracondylar fracture"). An omission needs none of these; a candidate finding that the source or
    reference words one of these ways is not plainly invented."""
    own = content_words(w for w, _, _ in tokenize(text))
    terms = [own, *_family_terms(lexicon, name)]
    if any(_uses(sentence, words) for sentence in sentences for words in terms):
        return True
    words = words_of(phrase)
    need = max(2, (len(words) + 1) // 2)
    return len(words) >= 2 and any(sum(1 for w in words if any(_same(w, x) for x in c)) >= need for c in clauses)


def any_word_used(words: Iterable[str], vocab: Vocabulary) -> bool:
    """Whether a candidate uses any of a statement's content words (then a missing statement was reworded)."""
    used = vocab.words()
    return any(overlap((w,), used) for w in words)
