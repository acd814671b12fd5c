"""The second blind redaction corpus is well-formed and its generator reproduces it byte for byte.

These tests read only the corpus's shape (offsets, types, overlaps, coverage), never what an engine
makes of it: the blind corpus is measured once per release, not tuned against.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from itertools import pairwise
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "redaction" / "corpus" / "external_v2.jsonl"
GENERATOR = REPO / "redaction" / "corpus" / "external_v2" / "make_corpus.py"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


check_corpus = _load("blind_check_corpus", REPO / "redaction" / "corpus" / "check_corpus.py")


@pytest.fixture(scope="module")
def docs() -> list[dict]:
    with CORPUS.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def test_validator_accepts_the_file() -> None:
    n, problems = check_corpus.check_file(CORPUS)
    assert problems == []
    assert n == 300


def test_offsets_match_and_types_and_labels_are_known(docs: list[dict]) -> None:
    for doc in docs:
        text = doc["text"]
        for span in doc["phi"]:
            assert text[span["start"]:span["end"]] == span["text"], doc["id"]
            assert span["type"] in check_corpus.PHI_TYPES, doc["id"]
        for span in doc["keep"]:
            assert text[span["start"]:span["end"]] == span["text"], doc["id"]
            assert span["label"] in check_corpus.KEEP_LABELS, doc["id"]


def test_no_spans_overlap_or_carry_whitespace(docs: list[dict]) -> None:
    for doc in docs:
        spans = sorted((s["start"], s["end"]) for s in doc["phi"] + doc["keep"])
        for (_, end), (start, _) in pairwise(spans):
            assert start >= end, doc["id"]
        for s, e in spans:
            assert doc["text"][s:e] == doc["text"][s:e].strip(), doc["id"]


def test_ids_unique_and_coverage_complete(docs: list[dict]) -> None:
    assert len({d["id"] for d in docs}) == len(docs)
    assert {s["type"] for d in docs for s in d["phi"]} == check_corpus.PHI_TYPES
    assert {s["label"] for d in docs for s in d["keep"]} == check_corpus.KEEP_LABELS
    assert len({d["style"] for d in docs}) >= 20
    assert {d["modality"] for d in docs} >= {"CT", "MR", "XR", "US", "NM", "MG", "RF", "IR"}


def test_hard_cases_are_present(docs: list[dict]) -> None:
    """The cases the brief asks for exist in the file (names with particles, ages in words, IDs without labels...)."""
    phi = [(s["type"], s["text"]) for d in docs for s in d["phi"]]
    persons = {t for k, t in phi if k == "PERSON"}
    assert any("van der" in p for p in persons) and any("O'" in p for p in persons)
    assert any('"' in p for p in persons)  # nickname in quotes
    ages = [t for k, t in phi if k == "AGE_OVER_89"]
    assert any(a.isalpha() or "-" in a for a in ages) and any(a.isdigit() for a in ages)
    dates = [t for k, t in phi if k == "DATE_TIME"]
    assert any(d.split(",")[0] in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
               for d in dates)
    assert any(d.count(".") == 2 for d in dates) and any(d.endswith(("AM", "PM", "a.m.", "p.m.", "am", "pm")) for d in dates)
    assert any("ext" in t or " x" in t for k, t in phi if k == "PHONE")
    assert any(t.startswith("+") and not t.startswith("+1 ") for k, t in phi if k == "PHONE")
    assert any("Box" in t for k, t in phi if k == "STREET_ADDRESS")
    assert any(t.isupper() and len(t) <= 6 for k, t in phi if k == "FACILITY")  # abbreviations


def test_generator_reproduces_the_committed_file_byte_for_byte() -> None:
    make_corpus = _load("blind_make_corpus", GENERATOR)
    assert make_corpus.render_corpus().encode("utf-8") == CORPUS.read_bytes()
    assert make_corpus.render_corpus() == make_corpus.render_corpus()  # deterministic within one process too
