"""Round 33 (speed, identical output): ``RegexRecognizer.analyze`` reads a per-pattern plan made once (its anchor
key, whether it has a ``phi`` group) and skips the ``bounds``/``keep`` hooks a class does not override; the
analyzer tests entity types against a set. Each recognizer must report exactly what the plain loop reports."""

from __future__ import annotations

import pytest
from presidio_analyzer import RecognizerResult

from redaction import PhiAnalyzer
from redaction.recognizers._base import RegexRecognizer


def _plain(recognizer: RegexRecognizer, text: str) -> list[tuple[str, int, int, float]]:
    """The loop before round 33: every candidate pattern, both hooks, the ``phi`` group looked up per match."""
    results = []
    for pattern in recognizer.candidates(text):
        for match in pattern.finditer(text):
            if "phi" in pattern.groupindex and match.group("phi") is not None:
                start, end = match.span("phi")
            else:
                start, end = match.span()
            start, end = recognizer.bounds(text, start, end)
            if end > start and recognizer.keep(text, start, end):
                results.append(RecognizerResult(recognizer.ENTITY, start, end, recognizer.SCORE))
    return [(r.entity_type, r.start, r.end, r.score) for r in results]


_TEXTS = [
    "Patient: Quentin Marlowe-Esteves  MRN: 00482913  DOB 03/11/1948\nReferring: Dr. Ilse Varga, MD\n"
    "Wife Ottilie reachable at (617) 555-0182; address 41 Larch Ridge Rd, Dunmore, PA 18512.",
    "IMPRESSION: no acute findings. Accession CT25-118273 read by J. Okonkwo-Reyes on 2024-02-19 14:05.\n"
    "cc: Harrow Valley Medical Center | Acct# 55190-22 | member id ZKQ448812207",
    "",
    "lowercase only, nothing here to find at all",
]


class _Hooked(RegexRecognizer):
    ENTITY = "PERSON"
    PATTERNS = (r"\b(?:Dr|Mr)\.?\s+(?P<phi>[A-Z][a-z]+)(?:\s(?P<x>x))?", r"(?P<phi>z)?\bQ[a-z]+")

    def bounds(self, text: str, start: int, end: int) -> tuple[int, int]:
        return start, end - 1 if text[end - 1] == "a" else end

    def keep(self, text: str, start: int, end: int) -> bool:
        return not text[start:end].startswith("Qu")


class _Plain(RegexRecognizer):
    ENTITY = "PERSON"
    PATTERNS = (r"\b(?:Dr|Mr)\.?\s+(?P<phi>[A-Z][a-z]*)?", r"(?P<phi>)\bIlse\b", r"\bQ[a-z]+")


@pytest.mark.parametrize("cls", [_Hooked, _Plain])
@pytest.mark.parametrize("text", [*_TEXTS, "Dr Ana, Mr. Quill and Dr. Quentin; Qa"])
def test_planned_loop_matches_the_plain_loop(cls: type[RegexRecognizer], text: str) -> None:
    recognizer = cls()
    got = [(r.entity_type, r.start, r.end, r.score) for r in recognizer.analyze(text, ["PERSON"])]
    assert got == _plain(recognizer, text)


@pytest.mark.parametrize("text", _TEXTS)
def test_every_configured_recognizer_reports_what_the_plain_loop_reports(analyzer: PhiAnalyzer, text: str) -> None:
    checked = 0
    for recognizer in analyzer._patterns:
        if isinstance(recognizer, RegexRecognizer) and type(recognizer).analyze is RegexRecognizer.analyze:
            got = [(r.entity_type, r.start, r.end, r.score) for r in recognizer.analyze(text, analyzer._entities)]
            assert got == _plain(recognizer, text), type(recognizer).__name__
            checked += 1
    assert checked > 100
