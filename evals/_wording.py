"""Word-level evidence for statements the lexicon does not cover: crude stems, a report's vocabulary, and whether
a mention is worded from words the source already uses ("subacromial-subdeltoid bursal effusion" against "fluid in
the subacromial-subdeltoid bursa")."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Protocol

from evals._abbreviations import anatomy_forms, spell_out
from evals._lexicon import GRADING_ADVERBS, SIDE_WORDS, tokenize

# Words that carry no finding of their own: function words, sides, grades, sizes, time and report phrasing.
STOPWORDS = frozenset("""a an the of in on at to with without and or but for from by as is are was were be been being
this that these those there here it its which who whom into onto over under within along about around between than
then also as well both each either any all some one two three four five six seven eight nine ten no not nor none
per via up down out off only very more most less least further other another same such so if when while whereas
has have had having do does did can could may might will would should must shall left right bilateral bilaterally
side sided mild mildly moderate moderately severe severely small large tiny trace minimal slight slightly marked
markedly extensive massive huge medium sized size sizes volume measuring measures measured measure approximately
approx about up to mm cm millimeter millimeters centimeter centimeters x by now new newly previously prior previous
stable unchanged increased decreased increasing decreasing interval since again still remains remain seen noted
identified demonstrated visualized present appears appear evident there is are consistent compatible keeping
suggestive suggesting suggests likely probable possible possibly suspicious concerning worrisome favor favored
representing represents recommended recommend recommendation suggested advised needed required follow followup
further imaging evaluation correlation clinical clinically findings finding appearance overall otherwise
known associated incidental again note noted nothing""".split()) | GRADING_ADVERBS | SIDE_WORDS
# Head nouns reports use for one another ("bursal effusion" / "fluid in the bursa", "stone" / "calculus").
_EQUIVALENT = [frozenset({"effusion", "fluid"}), frozenset({"calculus", "stone"}),
               frozenset({"lesion", "focus", "foci"}), frozenset({"enlarged", "enlargement", "prominent"})]
_EQUIVALENT_OF = {word: group for group in _EQUIVALENT for word in group}


def equivalents(word: str) -> frozenset[str]:
    """Other words reports use for the same thing: equivalent head nouns, an organ's noun and adjective."""
    return _EQUIVALENT_OF.get(word, frozenset()) | anatomy_forms(word)
_PREFIX = 4  # words are indexed by their first letters
_DISEASE_SUFFIXES = ("itis", "osis", "oma", "megaly", "pathy", "ectomy", "plasty", "iasis", "ectasis", "algia")


@cache
def singular(word: str) -> str:
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "is", "us")):
        return word[:-1]
    return word


def same_word(a: str, b: str) -> bool:
    """One word in two forms: a long common beginning ("bursal"/"bursa", "enlarged"/"enlargement",
    "clavicle"/"clavicular"), but not two words that only share a root ("pneumomediastinum"/"pneumothorax")."""
    if a == b:
        return True
    if a.endswith(_DISEASE_SUFFIXES) != b.endswith(_DISEASE_SUFFIXES):
        return False  # "thyroid" / "thyroiditis", "spleen" / "splenomegaly"
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n >= max(_PREFIX, min(len(a), len(b)) - 3)


def content_words(words: Iterable[str]) -> list[str]:
    """The words that could name a finding or a place (no numbers, no function words), singular."""
    return [singular(w) for w in words if w not in STOPWORDS and w.isalpha() and len(w) > 1]


class Vocabulary:
    """The words of each evidence sentence of a report, indexed by their first letters."""

    def __init__(self, sentences: Iterable[str] = ()) -> None:
        # Abbreviations count as the words they stand for too ("NT" keeps "nuchal translucency").
        self.sentences: list[frozenset[str]] = []
        for text in sentences:
            words = [w for w, _, _ in tokenize(text) if w.isalpha()]
            self.sentences.append(frozenset(singular(w) for w in [*words, *spell_out(words)]))

    def __or__(self, other: Vocabulary) -> Vocabulary:
        out = Vocabulary()
        out.sentences = self.sentences + other.sentences
        return out

    def words(self) -> frozenset[str]:
        """Every word of every sentence."""
        return frozenset().union(*self.sentences)

    def covers(self, words: list[str]) -> bool:
        """Whether one sentence uses every one of `words` (in some form, or an equivalent head noun)."""
        return bool(words) and any(all(_has(sentence, w) for w in words) for sentence in self.sentences)


def _has(sentence: frozenset[str], word: str) -> bool:
    options = {word} | equivalents(word)
    return any(o in sentence or any(same_word(o, s) for s in sentence if s[:_PREFIX] == o[:_PREFIX])
               for o in options)


class _Mention(Protocol):
    text: str
    phrase: str


def worded_in(mention: _Mention, vocab: Vocabulary) -> bool:
    """Whether one source/reference sentence uses every content word of a mention's phrase: then a finding the
    lexicon files elsewhere is a rewording, not a fabrication (an invented finding brings a word of its own)."""
    return vocab.covers(content_words(w for w, _, _ in tokenize(mention.phrase or mention.text)))
