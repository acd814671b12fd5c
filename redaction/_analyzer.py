"""PhiAnalyzer: spaCy NER plus the configured recognizers, the deny-list, name propagation."""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from presidio_analyzer import EntityRecognizer
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction._denylist import clinical_words, is_clinical
from redaction._spans import PHI_TYPES, Span, merge_spans


class RedactionConfigError(ValueError):
    """The recognizer configuration cannot be used."""


def load_recognizers(paths: list[str]) -> list[EntityRecognizer]:
    recognizers = []
    for path in paths:
        module_name, _, class_name = path.partition(":")
        try:
            cls = getattr(importlib.import_module(module_name), class_name)
        except (ImportError, AttributeError):
            raise RedactionConfigError(f"recognizer {path!r} cannot be imported") from None
        if not (isinstance(cls, type) and issubclass(cls, EntityRecognizer)):
            raise RedactionConfigError(f"{path!r} is not a presidio EntityRecognizer")
        recognizers.append(cls())
    return recognizers


class PhiAnalyzer:
    """Finds PHI spans in text. Thread-safe for concurrent ``analyze`` calls."""

    def __init__(self, recognizers: list[EntityRecognizer], nlp: Any | None, *, threshold: float = 0.5,
                 entities: frozenset[str] = PHI_TYPES) -> None:
        self._recognizers = recognizers
        self._nlp = nlp
        self._threshold = threshold
        self._entities = sorted(entities)

    def analyze(self, text: str) -> list[Span]:
        artifacts = None
        if self._nlp is not None:
            artifacts = NlpArtifacts(entities=self._entities_of(text), tokens=None, tokens_indices=[],
                                     lemmas=[], nlp_engine=None, language="en")
        spans = []
        for recognizer in self._recognizers:
            for result in recognizer.analyze(text, self._entities, artifacts) or ():
                if result.score >= self._threshold and result.entity_type in self._entities:
                    spans.append(Span(result.start, result.end, result.entity_type, result.score))
        spans.extend(_propagate_names(text, spans))
        return merge_spans(spans)


    def _entities_of(self, text: str) -> list[Entity]:
        """NER over the sentences that could hold a name: most report sentences cannot.

        A name NER can add shows as a capitalised word past the start of its sentence (a lone
        sentence-initial word is not trusted anyway, and all-caps names are the patterns' job).
        NER is ~90% of the analysis time, so skipping the other sentences is most of its speed.
        """
        segments = [(m.start(), m.group(0)) for m in _SEGMENT.finditer(text) if _may_hold_a_name(m.group(0))]
        entities = []
        for (offset, _), doc in zip(segments, self._nlp.pipe(s for _, s in segments), strict=True):
            entities.extend(Entity(offset + e.start_char, offset + e.end_char, e.label_) for e in doc.ents)
        return entities


@dataclass(frozen=True, slots=True)
class Entity:
    """A NER entity with offsets into the whole text (the shape SpacyNerRecognizer reads)."""

    start_char: int
    end_char: int
    label_: str


# Sentences: up to a line break or a full stop followed by a space (not "Dr." style abbreviations).
_SEGMENT = re.compile(r"[^\n]+?(?:(?<!\b[A-Z])(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bSt)[.!?](?=\s)|$)",
                      re.MULTILINE)
# A capitalised word not opening a sentence: after a word, a label colon, a comma, a quote or an
# initial ("M. Wright"), but not after a full stop.
_INNER_CAPITAL = re.compile(r"(?:(?<=[^\s.!?]\s)|(?<=\b[A-Z]\.\s)|(?<=[\"'(]))\(?([A-Z][a-z'’-]+)")


# Capitalised words the pattern recognizers already own (dates, addresses, facilities).
_PATTERN_OWNED = frozenset(
    "january february march april may june july august september october november december jan feb mar apr "
    "jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday apt suite "
    "street avenue road boulevard drive lane way court place parkway highway circle terrace trail hospital "
    "center centre clinic medical imaging radiology health healthcare infirmary memorial".split())


def _may_hold_a_name(segment: str) -> bool:
    words = clinical_words()
    for match in _INNER_CAPITAL.finditer(segment):
        word = match.group(1).lower()
        if word in words or word in _PATTERN_OWNED:
            continue
        if is_clinical(match.group(1), segment[match.end():match.end() + 40]):
            continue  # an eponym before its noun: "Kerley B lines", "Colles fracture"
        return True
    return False


_NAME_PART = re.compile(r"[A-Za-z][A-Za-z'’-]+")


def _propagate_names(text: str, spans: list[Span]) -> list[Span]:
    """A name found once is PHI wherever else it occurs ("Mr. Doe" ... "DOE" ... "Doe's")."""
    parts = {m.group(0).lower() for s in spans if s.entity_type == "PERSON"
             for m in _NAME_PART.finditer(text[s.start:s.end]) if len(m.group(0)) >= 3}
    parts = {p for p in parts if not is_clinical(p, "")}
    if not parts:
        return []
    pattern = re.compile(r"\b(" + "|".join(sorted(map(re.escape, parts), key=len, reverse=True)) + r")\b",
                         re.IGNORECASE)
    found = []
    for match in pattern.finditer(text):
        start, end = match.span()
        if is_clinical(match.group(0), text[end:end + 40]):
            continue
        # "Ms. Jones (Kimberly Jones)": a capitalised word right before a known name is its first name.
        before = _GIVEN_BEFORE.search(text, max(0, start - 30), start)
        if before and before.group(1).lower() not in _NOT_GIVEN and not is_clinical(before.group(1), ""):
            start = before.start(1)
        found.append(Span(start, end, "PERSON", 0.8))
    return found


_GIVEN_BEFORE = re.compile(r"\b([A-Z][a-z'’-]+) $")
_NOT_GIVEN = {"dr", "mr", "mrs", "ms", "miss", "prof", "the", "patient", "pt", "re", "for", "to", "with", "by",
              "and", "or", "of", "in", "on", "at", "from", "per", "cc", "dear", "doctor", "nurse", "contact"}


def _load_nlp(model: str):  # noqa: ANN202
    import spacy

    # NER only: the tagger, parser and lemmatizer cost time and nothing here reads them.
    return spacy.load(model, disable=["tagger", "parser", "attribute_ruler", "lemmatizer"])


def build_analyzer(config: Path | None = None, *, nlp: Any | None = None) -> PhiAnalyzer:
    """Build the analyzer from ``config`` (default: the packaged ``redaction/config.yaml``)."""
    raw = (Path(config).read_text() if config is not None
           else resources.files("redaction").joinpath("config.yaml").read_text())
    data = yaml.safe_load(raw)
    if not isinstance(data, dict) or not isinstance(data.get("recognizers"), list):
        raise RedactionConfigError("redaction config needs a 'recognizers' list")
    recognizers = load_recognizers(data["recognizers"])
    entities = frozenset(data.get("entities") or PHI_TYPES)
    unknown = entities - PHI_TYPES
    if unknown:
        raise RedactionConfigError(f"unknown entity types: {', '.join(sorted(unknown))}")
    if nlp is None and data.get("nlp_model"):
        nlp = _load_nlp(data["nlp_model"])
    return PhiAnalyzer(recognizers, nlp, threshold=float(data.get("threshold", 0.5)), entities=entities)
