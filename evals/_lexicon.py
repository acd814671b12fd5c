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
# Copulas and fillers skipped when matching terms, so "heart remains enlarged" matches "heart enlarged".
FILLER_WORDS = frozenset("is are remains remain appears appear again still now newly was were seems".split())
# Sides are read separately; inside a term they are skipped ("narrowing of the left lateral recess").
SIDE_WORDS = frozenset("left right bilateral".split())
SKIPPED_IN_TERMS = GRADING_ADVERBS | FILLER_WORDS | SIDE_WORDS
# How a sentence names one side, abbreviations included ("L hip", "rt knee").
SIDE_OF = {"left": "left", "l": "left", "lt": "left", "right": "right", "r": "right", "rt": "right"}


_CLAUSE_PUNCTUATION = frozenset({",", ";", ":"})


def clause_window(words: list[str], start: int, end: int, reach: int) -> tuple[int, int]:
    """The words around words[start:end], at most `reach` on each side, not past a comma, semicolon or colon."""
    lo = start
    while lo > 0 and start - lo < reach and words[lo - 1] not in _CLAUSE_PUNCTUATION:
        lo -= 1
    hi = end
    while hi < len(words) and hi - end < reach and words[hi] not in _CLAUSE_PUNCTUATION:
        hi += 1
    return lo, hi


def one_side(words) -> str | None:
    """The one side that `words` name, or None (no side, or both)."""
    sides = {SIDE_OF[w] for w in words if w in SIDE_OF}
    return sides.pop() if len(sides) == 1 else None


# British -> American spelling, one word at a time, so that "oedema", "haematoma", "tumour", "ischaemic",
# "paediatric", "centre", "normalised" and "grey" match the lexicon's spellings. Offsets stay those of the text.
_SPELLING = [(re.compile(r"^oe(?=[a-z]{3})"), "e"), (re.compile(r"^aetio"), "etio"),
             (re.compile(r"(?<=[a-z])ae(?=[mdcs])"), "e"), (re.compile(r"(?<=[a-z])oea"), "ea"),
             (re.compile(r"^foet"), "fet"), (re.compile(r"(?<=[a-z]{3})our(s|ed|ing|able|ite)?$"), r"or\1"),
             (re.compile(r"(?<=[a-z]{2})([bt])re(s|d)?$"), r"\1er\2"),
             (re.compile(r"(?<=[a-z]{3})is(ed|es|ing|ation|ations)$"), r"iz\1"),
             (re.compile(r"^grey"), "gray"), (re.compile(r"^sulph"), "sulf"), (re.compile(r"^ageing$"), "aging")]
_SPELLING_TRIGGERS = ("oe", "ae", "our", "re", "is", "grey", "sulph", "ageing")
# "-ise" words that are not British "-ize" spellings ("bone bruises", "raised", "cruises").
_NOT_ISE = ("bruis", "rais", "pois", "nois", "prais", "premis", "cruis", "excis", "incis", "revis", "advis", "supervis",
            "compromis", "exercis", "promis", "precis", "surpris", "expertis", "chemis", "demis")
# Report shorthand for a whole word, read as that word ("Bankart fx", "nondisplaced calvarial fxs").
ABBREVIATIONS = {"fx": "fracture", "fxs": "fractures", "fxr": "fracture", "fracs": "fractures"}


@cache
def normalize_word(word: str) -> str:
    """One lower-case word with British spellings mapped to American ones and shorthand written out."""
    if word in ABBREVIATIONS:
        return ABBREVIATIONS[word]
    if word.startswith(_NOT_ISE) or not any(t in word for t in _SPELLING_TRIGGERS):
        return word
    for pattern, repl in _SPELLING:
        word = pattern.sub(repl, word)
    return word


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Lower-case word tokens (American spelling) with character offsets; punctuation separates words."""
    return [(normalize_word(m.group(0)), m.start(), m.end()) for m in TOKEN_RE.finditer(text.lower())]


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
    sites: frozenset[str] = frozenset()  # where this finding always is (cardiomegaly: heart)


@dataclass
class Lexicon:
    """Token-tuple -> canonical finding (or, for normal phrases, the findings they deny)."""

    types: dict[str, FindingType]
    terms: dict[tuple[str, ...], str] = field(default_factory=dict)
    normals: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    max_len: int = 1
    sites: dict[tuple[str, ...], str] = field(default_factory=dict)  # anatomy terms -> site
    site_parents: dict[str, str | None] = field(default_factory=dict)
    site_max_len: int = 1
    first_words: frozenset[str] = frozenset()  # first word of every term ("noncalcified" of "noncalcified plaque")
    site_states: dict[str, dict[str, str]] = field(default_factory=dict)  # state -> organ site -> finding
    _ancestry: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    _site_ancestry: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    def site_ancestors(self, site: str) -> frozenset[str]:
        """The site and every region that contains it."""
        if site not in self._site_ancestry:
            chain, current = [], site
            while current and current not in chain:
                chain.append(current)
                current = self.site_parents.get(current)
            self._site_ancestry[site] = frozenset(chain)
        return self._site_ancestry[site]

    def sites_compatible(self, a: frozenset[str], b: frozenset[str]) -> bool:
        """False only when both mentions name sites and none is the same as, or inside, one of the other's."""
        a, b = self._most_specific(a), self._most_specific(b)
        if not a or not b or a & b:
            return True
        return any(x in self.site_ancestors(y) or y in self.site_ancestors(x) for x in a for y in b)

    def _most_specific(self, sites: frozenset[str]) -> frozenset[str]:
        """Drop regions that contain another site of the set ({rotator cuff, supraspinatus} -> supraspinatus)."""
        if len(sites) < 2:
            return sites
        return frozenset(x for x in sites if not any(y != x and x in self.site_ancestors(y) for y in sites))

    def state_finding(self, state: str, site: str) -> str | None:
        """The finding an organ's state names ("enlarged" + spleen -> splenomegaly), looking up enclosing sites."""
        table = self.site_states.get(state, {})
        chain, current = [], site
        while current and current not in chain:
            if current in table:
                return table[current]
            chain.append(current)
            current = self.site_parents.get(current)
        return None

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

    def inherent_sites(self, name: str) -> frozenset[str]:
        return self.types[name].sites


def _term_keys(term: str) -> list[tuple[str, ...]]:
    words = [t for t, _, _ in tokenize(term) if t not in SKIPPED_IN_TERMS]
    if not words:
        return []
    keys = [tuple(words)]
    if words[-1].isalpha() and not words[-1].endswith("s"):
        # Spelled as the text will be ("bruises" must not meet "bruizes" from the -ise rule).
        keys.append(tuple(words[:-1] + [normalize_word(_plural(words[-1]))]))
    return keys


@cache
def load_lexicon(path: Path = LEXICON_PATH) -> Lexicon:
    """Load and index the lexicon once per process (it is read-only afterwards)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    types = {name: FindingType(name, spec.get("kind", "finding"), spec.get("parent"),
                               tuple(spec.get("implied_by", ())), frozenset(spec.get("sites", ())))
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
    for site, spec in (data.get("anatomy") or {}).items():
        lexicon.site_parents[site] = spec.get("parent")
        for term in [site.replace("_", " "), *spec["terms"]]:
            for key in _term_keys(term):
                lexicon.sites.setdefault(key, site)
    unknown_parents = {p for p in lexicon.site_parents.values() if p and p not in lexicon.site_parents}
    unknown_parents |= {site for t in types.values() for site in t.sites if site not in lexicon.site_parents}
    if unknown_parents:
        raise ValueError(f"lexicon: anatomy parents not defined: {sorted(unknown_parents)}")
    for state, table in (data.get("site_states") or {}).items():
        bad = {k: v for k, v in table.items() if k not in lexicon.site_parents or v not in types}
        if bad:
            raise ValueError(f"lexicon: site_states.{state} names unknown sites or findings: {bad}")
        lexicon.site_states[state] = dict(table)
    lexicon.first_words = frozenset(key[0] for key in lexicon.terms)
    lexicon.max_len = max(map(len, [*lexicon.terms, *lexicon.normals]))
    lexicon.site_max_len = max(map(len, lexicon.sites), default=1)
    return lexicon
