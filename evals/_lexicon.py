"""The finding lexicon (`lexicon.yaml`): surface terms -> canonical findings, and their family tree."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

LEXICON_PATH = Path(__file__).with_name("lexicon.yaml")
TOKEN_RE = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|[,;:]")
# Adverbs that grade a finding ("mildly enlarged"); skipped when matching terms, kept for severity.
GRADING_ADVERBS = frozenset(
    "mildly moderately markedly severely slightly minimally massively substantially significantly".split())


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Lower-case word tokens with character offsets; hyphens and other punctuation separate words."""
    return [(m.group(0), m.start(), m.end()) for m in TOKEN_RE.finditer(text.lower())]


def _plural(word: str) -> str:
    if word.endswith(("s", "x", "sh", "ch")):
        return word + "es"
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


@dataclass(frozen=True)
class FindingType:
    name: str
    kind: str
    parent: str | None
    implied_by: tuple[str, ...]


@dataclass
class Lexicon:
    """Token-tuple -> canonical finding (or, for normal phrases, the findings they deny)."""

    types: dict[str, FindingType]
    terms: dict[tuple[str, ...], str] = field(default_factory=dict)
    normals: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    max_len: int = 1
    _ancestry: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)

    def ancestors(self, name: str) -> tuple[str, ...]:
        """The finding itself, then its parent, grandparent, ..."""
        if name not in self._ancestry:
            chain: list[str] = []
            current: str | None = name
            while current and current not in chain:
                chain.append(current)
                current = self.types[current].parent if current in self.types else None
            self._ancestry[name] = tuple(chain)
        return self._ancestry[name]

    def related(self, a: str, b: str) -> bool:
        """Same finding, or one is a broader form of the other ("effusion" and "pleural effusion")."""
        return a == b or a in self.ancestors(b) or b in self.ancestors(a)

    def grounds(self, source_name: str, candidate_name: str) -> bool:
        """Whether a source finding supports a candidate finding (related, or listed in implied_by)."""
        if self.related(source_name, candidate_name):
            return True
        return any(self.related(source_name, implied)
                   for anc in self.ancestors(candidate_name) for implied in self.types[anc].implied_by)

    def implies(self, source_name: str, candidate_name: str) -> bool:
        """Whether the candidate's finding is an interpretation of exactly this source finding."""
        return any(source_name in self.types[anc].implied_by for anc in self.ancestors(candidate_name))

    def kind(self, name: str) -> str:
        return self.types[name].kind


def _term_keys(term: str) -> list[tuple[str, ...]]:
    words = [t for t, _, _ in tokenize(term) if t not in GRADING_ADVERBS]
    if not words:
        return []
    keys = [tuple(words)]
    if words[-1].isalpha() and not words[-1].endswith("s"):
        keys.append(tuple(words[:-1] + [_plural(words[-1])]))
    return keys


@cache
def load_lexicon(path: Path = LEXICON_PATH) -> Lexicon:
    """Load and index the lexicon once per process (it is read-only afterwards)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    types = {name: FindingType(name, spec.get("kind", "finding"), spec.get("parent"),
                               tuple(spec.get("implied_by", ())))
             for name, spec in data["findings"].items()}
    lexicon = Lexicon(types)
    for name, spec in data["findings"].items():
        for ref in [spec.get("parent"), *spec.get("implied_by", ())]:
            if ref and ref not in types:
                raise ValueError(f"lexicon: {name} refers to unknown finding {ref!r}")
        for term in [name.replace("_", " "), *spec["terms"]]:
            for key in _term_keys(term):
                lexicon.terms.setdefault(key, name)
    for phrase, names in data.get("normal_phrases", {}).items():
        unknown = [n for n in names if n not in types]
        if unknown:
            raise ValueError(f"lexicon: normal phrase {phrase!r} names unknown findings {unknown}")
        for key in _term_keys(phrase):
            lexicon.normals[key] = tuple(names)
    lexicon.max_len = max(map(len, [*lexicon.terms, *lexicon.normals]))
    return lexicon
