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
def not_name_words() -> frozenset[str]:
    """Lower-cased words reports capitalise that are never a name: greetings, labels, departments."""
    return frozenset(w.lower() for key in ("not_names", "departments", "report_labels_other_languages", "languages",
                                                         "administrative", "military")
                           for w in _data().get(key) or ())


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Lower-cased clinical and administrative abbreviations ("dce", "bsn", "cpt"): never a site's initials."""
    return frozenset(str(w).lower() for w in _data().get("abbreviations") or ())


@lru_cache(maxsize=1)
def department_words() -> frozenset[str]:
    """Words of a department or service name ("Pediatric Radiology"), which is not a place."""
    return frozenset(w.lower() for w in _data().get("departments") or ())


@lru_cache(maxsize=1)
def eponyms() -> frozenset[str]:
    """Names that are clinical terms when a clinical noun follows (many are also surnames)."""
    return frozenset(_bare(w) for w in _data()["eponyms"])


@lru_cache(maxsize=1)
def eponym_nouns() -> frozenset[str]:
    """Nouns that turn a preceding capitalised name into a clinical term (Baker *cyst*)."""
    return frozenset(w.lower() for w in _data()["eponym_nouns"])


# Capitalised words the pattern recognizers own (dates, addresses, facilities): never part of a name.
PLACE_AND_DATE_WORDS = frozenset(
    "january february march april may june july august september october november december jan feb mar apr "
    "jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday apt suite "
    "street avenue road boulevard drive lane way court place parkway highway circle terrace trail hospital "
    "center centre clinic medical imaging radiology health healthcare infirmary memorial".split())

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_VERTEBRA = re.compile(r"[CTLS]\d{1,2}(?:-[CTLS]?\d{1,2})?")
# Grades and classes between an eponym and its noun: "Bosniak IIF cyst", "Chiari I malformation".
# "Rania Chance, MD, Pinecrest Imaging": no noun; a column gap ("Dr. Z. Graves    Study date :") ends one too
_PHRASE_END = re.compile(r"[,;:!?\n|]|\.(?:\s|$)|[ \t]{3,}|\t")
_AND_OR = frozenset({"and", "or"})
_GRADE = re.compile(r"(?:[IVX]{1,4}|[IVX]{1,4}[A-F]|[A-F])")
_ROMAN = re.compile(r"[IVX]{1,4}[A-Fa-f]?")  # "Hinchey Ib", "Chiari II": a Roman grade, never a lone letter
# ("Wilms ID #3211": "ID" after a name is an identifier's label, not grade I, subtype D)
_ROMAN_GRADE = re.compile(r"[ \t]+(?!ID\b)[IVX]{1,4}[A-Fa-f]?(?![A-Za-z0-9])")


def _is_eponym(word: str) -> bool:
    """``word`` (lower-cased) is an eponym, or a hyphenated pair of them ("osgood-schlatter")."""
    if word in eponyms():
        return True
    parts = [p for p in word.split("-") if p]
    return len(parts) > 1 and all(p in eponyms() for p in parts)


def _eponym_compound(word: str) -> bool:
    """``word`` (lower-cased) is an eponym hyphenated to a clinical noun: "schmorl-knotchen", "baker-zyste"."""
    parts = [p for p in word.split("-") if p]
    return len(parts) > 1 and parts[-1] in eponym_nouns() and all(_is_eponym(p) for p in parts[:-1])


# the noun some languages write before an eponym: "Morbus Crohn", "maladie de Paget", "enfermedad de Crohn"
DISEASE_BEFORE = re.compile(r"(?i)(?<![A-Za-z])(?:morbus|maladie|enfermedad|doenca|malattia|morbo|ziekte|syndrome|"
                            r"sindrome|syndrom|syndroom)(?:[ \t]+(?:de|di|du|van|von|del))?[ \t]+\Z")


def _is_vocabulary(word: str) -> bool:
    """A clinical or report word, or its plural ("lesions", "nodules")."""
    plural = len(word) > 4 and word.endswith("s")
    for form in (word, word[:-1] if plural else None, word[:-2] if plural and word.endswith("sses") else None):
        if form and (form in clinical_words() or form in not_name_words()):
            return True
    return False


def is_department(span_text: str) -> bool:
    """A service or department ("Pediatric Radiology", "Interventional Radiology"), not a facility."""
    words = [w.lower() for w in span_text.split()]
    return bool(words) and all(w in department_words() or w in clinical_words() for w in words)


def is_clinical(span_text: str, following: str) -> bool:
    """True when a detected name/place is really a clinical term or report vocabulary.

    ``following`` is the text right after the span: "Baker" followed by "cyst" is an eponym.
    """
    raw = _WORD.findall(span_text)
    words = [_bare(w) for w in raw]
    if not words:
        return True
    if _INVERTED_NAME.fullmatch(span_text.strip()) and not all(_is_vocabulary(w) for w in words):
        return False  # "Hill, Wendell": an eponym is never written surname-comma-given-name
    if all(_is_vocabulary(w) for w in words):
        return True
    if _VERTEBRA.fullmatch(span_text.strip()):
        return True
    if any(_eponym_compound(w) for w in words):
        return True  # "Schmorl-Knotchen", "Baker-Zyste": an eponym glued to its noun, in any language
    if not any(_is_eponym(w) for w in words):
        return False
    if any(_is_eponym(w) and DISEASE_BEFORE.search(span_text[:m.start()])
           for w, m in zip(words, _WORD.finditer(span_text), strict=True)):
        return True  # "Morbus Crohn", "maladie de Crohn": the disease noun written before the eponym
    # "Kerley B lines", "Parkinson's disease", "Bosniak IIF cyst": skip single letters, grades and
    # possessives to the noun, whether the noun is inside the detected span ("Colles fracture") or after it.
    first = next(i for i, w in enumerate(words) if _is_eponym(w))
    if first < len(raw) - 1 and "," not in span_text and all(_ROMAN.fullmatch(w) for w in raw[first + 1:]):
        return True  # "Hinchey Ib", "Chiari II" detected whole: an eponym and its grade
    if first == len(words) - 1 and _ROMAN_GRADE.match(following):
        return True  # "Bosniak IIF", "Chiari I": an eponym's class or grade
    phrase = _PHRASE_END.split(following[:40], maxsplit=1)[0]  # the noun is in the same phrase
    skipped = 0
    label = _LABEL_NOUN.match(following)
    after = raw[first + 1:] + _WORD.findall(phrase if not label else "")[:5]
    for i, word in enumerate(after):
        if _bare(word) in eponym_nouns() or any(part in eponym_nouns() for part in _bare(word).split("-")):
            return True  # "Colles fracture", "Monteggia fracture-dislocation"
        if word in _AND_OR and i + 1 < len(after) and all(_is_eponym(p) for p in _bare(after[i + 1]).split("-") if p):
            continue  # eponyms sharing one noun: "Hill-Sachs and Bankart lesions", "Osgood-Schlatter or Sever disease"
        if len(word) > 1 and not _GRADE.fullmatch(word) and not _is_eponym(_bare(word)):
            if not word[0].isupper() or skipped == 2:
                return False
            skipped += 1  # a title-case term: "Glasgow Coma Scale", "Swan Ganz Catheter"
    return False


# "Last, First [M]" (a person); a noun that is a field label ("UNIT#:", "Type:") is not the eponym's noun.
_INVERTED_NAME = re.compile(r"[A-Z][A-Za-z'’-]+, ?[A-Z][A-Za-z'’-]+(?: [A-Z]\.?)?")
# a noun right before a phone number is its label ("Paget (cell 555-555-0100)"), not the eponym's noun
_LABEL_NOUN = re.compile(r"[ \t]*[A-Za-z]+[ \t]*(?:#|No\.)|[ \t]*\(?[ \t]*[A-Za-z]+\.?[ \t]*:?[ \t]*"
                         r"\+?(?:1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}(?!\d)")


def _bare(word: str) -> str:
    word = word.lower()
    return word[:-2] if word.endswith("'s") else word.rstrip("'")
