"""A learned PERSON tagger: a logistic regression over word, shape, neighbour, line and vocabulary features.

The analyzer runs it after its span filters and before names are spread (``_propagate_names``): it proposes
the words it scores at or above its threshold that no recognizer has covered, so a name the rules missed
("sticky note: ask jyoti re the MRI", "Staff on: Odile, Ptolemy") is masked and then found wherever else it
occurs. Report vocabulary, eponyms before their noun, places and dates, lower-case particles and everyday words
that are no census given name or surname are never proposed.

    tagger = NameTagger.load()                 # the packaged weights (``name_tagger.json.gz``)
    extra = tagger.person_spans(text, spans)   # new PERSON spans, none overlapping ``spans``

Weights are produced by ``bench/train_name_tagger.py`` (deterministic). A missing or unreadable weights file
raises ``NameTaggerUnavailable`` (the analyzer's config then fails to build: switch the stage off with
``name_tagger: off`` in ``redaction/config.yaml`` rather than run without it unknowingly).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

from redaction._countries import COUNTRIES
from redaction._denylist import PLACE_AND_DATE_WORDS, clinical_words, is_clinical, not_name_words
from redaction._spans import Span
from redaction._typo_headings import swapped_word
from redaction.learned.features import word_info
from redaction.learned.model import Model

WEIGHTS = "name_tagger.json.gz"
SCORE = 0.85  # below 0.9: the analyzer's clinical-context check judges each proposal too
_SENTENCE_END = re.compile(r"[.!?][ \t]+$")
_ARTICLE = re.compile(r"(?<![A-Za-z])(?:[Aa]n?|[Tt]he)[ \t]+$")
_NEGATION = re.compile(r"(?<![A-Za-z])(?:[Nn]ot|NOT|[Nn]o|NO|[Nn]ever)[ \t]+$")
_LOWER_NEXT = re.compile(r"[ \t]+[a-z]")
_NEXT_WORD = re.compile(r"[ ]([A-Z][a-z]+)(?=[ ][a-z]{4,})")
_COUNTRIES = frozenset(c.lower() for c in COUNTRIES)  # "Israel", "Jordan": a country here, not a given name
_PARTICLES = frozenset("van von der den del della de da di du dos das le la bin ibn bint ter ten al el".split())


class NameTaggerUnavailable(RuntimeError):
    """The tagger's weights file is missing or is not one."""


class NameTagger:
    def __init__(self, model: Model, threshold: float = 0.9) -> None:
        self.model = model
        self.threshold = threshold

    @classmethod
    def load(cls, path: Path | None = None, threshold: float = 0.9) -> NameTagger:
        source = Path(path) if path is not None else resources.files("redaction.learned").joinpath(WEIGHTS)
        try:
            return cls(Model.load(source), threshold)
        except (OSError, ValueError) as exc:
            raise NameTaggerUnavailable(f"name tagger weights {source}: {exc}") from None

    def person_spans(self, text: str, spans: list[Span]) -> list[Span]:
        """PERSON spans for the words the model scores >= threshold that ``spans`` leave uncovered."""
        covered = bytearray(len(text))  # 1 inside a span
        for span in spans:
            covered[span.start:span.end] = b"\x01" * (span.end - span.start)

        def wanted(start: int, end: int, word: str) -> bool:
            if covered.find(1, start, end) >= 0 or not _may_be_name(word):
                return False
            if start >= 2 and text[start - 2] == "%" and text[start - 1] in "0123456789ABCDEFabcdef":
                return False  # "T2%2FFLAIR": the word starts inside a URL escape ("%2F" is "/")
            if _in_machine_token(text, start, end):
                return False  # "AE_TITLE ZORA_RAD1", "ct_lung_03": a word glued by "_" into an identifier
            if _ARTICLE.search(text, max(0, start - 5), start) and _LOWER_NEXT.match(text, end):
                return False  # "a Pavlik harness", "the Hickman line": a device or eponym before its noun
            following = _NEXT_WORD.match(text, end)
            if following and is_clinical(following.group(1), text[following.end():following.end() + 40]):
                return False  # "Comorbid Bell palsy", "Known Paget disease": a modifier before a named disease
            if "K" not in word_info(word)[1]:
                return True
            # "... your son Mateo. Many families": a sentence's first word that is an English word;
            # "Patient = Not Given", "No Show": an English word after a negation is a placeholder, not a surname
            return not (_SENTENCE_END.search(text, max(0, start - 3), start)
                        or _NEGATION.search(text, max(0, start - 7), start))

        out: list[Span] = []
        for start, end, word, prob in self.model.scores(text, wanted):
            if prob < self.threshold:
                continue
            if word.endswith("'s"):
                end -= 2
            if is_clinical(text[start:end], text[end:end + 40]):
                continue  # "Baker cyst", "Parkinson disease"
            if out and out[-1].end + 1 == start and text[out[-1].end] == " ":
                out[-1] = Span(out[-1].start, end, "PERSON", SCORE)  # "Odile Marchetti": one span
            else:
                out.append(Span(start, end, "PERSON", SCORE))
        return out


def _in_machine_token(text: str, start: int, end: int) -> bool:
    """The word is joined by an underscore to a run of non-space characters that holds a digit."""
    if not (text[start - 1:start] == "_" or text[end:end + 1] == "_"):
        return False
    left = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start), text.rfind("\t", 0, start)) + 1
    right = min((i for i in (text.find(" ", end), text.find("\n", end), text.find("\t", end)) if i >= 0),
                default=len(text))
    return any(c.isdigit() for c in text[left:right])


@lru_cache(maxsize=65536)
def _may_be_name(word: str) -> bool:
    """Not a vocabulary word the deny-lists own, a country, a lone particle, or an everyday word (or one typed
    with two letters swapped) no census lists as a name."""
    _, flags, _ = word_info(word)
    bare = word.lower().removesuffix("'s")
    if bare in clinical_words() or bare in not_name_words() or bare in PLACE_AND_DATE_WORDS or bare in _COUNTRIES:
        return False
    if word.islower() and bare in _PARTICLES:
        return False
    if "G" in flags or "S" in flags:
        return True
    # an everyday word; "Bsaeline", "Magent": one with two letters swapped
    return "W" not in flags and not (len(bare) >= 5 and bare.isalpha() and swapped_word(bare))


__all__ = ["NameTagger", "NameTaggerUnavailable", "Model"]
