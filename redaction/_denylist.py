"""Clinical terms that look like identifiers to NER: eponyms, anatomy, scores, sequences."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=1)
def _data() -> dict:
    return yaml.safe_load(resources.files("redaction").joinpath("clinical_terms.yaml").read_text())


@lru_cache(maxsize=1)
def clinical_words() -> frozenset[str]:
    """Lower-cased words that are never a person, place or facility on their own."""
    return frozenset(w.lower() for w in _data()["words"])


@lru_cache(maxsize=1)
def eponyms() -> frozenset[str]:
    """Names that are clinical terms when a clinical noun follows (many are also surnames)."""
    return frozenset(_bare(w) for w in _data()["eponyms"])


@lru_cache(maxsize=1)
def eponym_nouns() -> frozenset[str]:
    """Nouns that turn a preceding capitalised name into a clinical term (Baker *cyst*)."""
    return frozenset(w.lower() for w in _data()["eponym_nouns"])


_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_VERTEBRA = re.compile(r"[CTLS]\d{1,2}(?:-[CTLS]?\d{1,2})?")


def is_clinical(span_text: str, following: str) -> bool:
    """True when a detected name/place is really a clinical term.

    ``following`` is the text right after the span: "Baker" followed by "cyst" is an eponym.
    """
    words = [_bare(w) for w in _WORD.findall(span_text)]
    if not words:
        return True
    if all(w in clinical_words() for w in words):
        return True
    if _VERTEBRA.fullmatch(span_text.strip()):
        return True
    if not any(w in eponyms() for w in words):
        return False
    # "Kerley B lines", "Parkinson's disease": skip single letters and possessives to the noun,
    # whether the noun is inside the detected span ("Colles fracture") or right after it.
    first = next(i for i, w in enumerate(words) if w in eponyms())
    for word in words[first + 1:] + _WORD.findall(following[:40])[:3]:
        if word.lower() in eponym_nouns():
            return True
        if len(word) > 1 and word.lower() not in eponyms():
            return False
    return False


def _bare(word: str) -> str:
    word = word.lower()
    return word[:-2] if word.endswith("'s") else word.rstrip("'")
