"""The blind redaction corpus is well-formed and exactly what its generator produces.

The corpus is for one honest measurement per release: these tests check its shape only and never
look at what a detector does with it.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from itertools import pairwise
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CORPUS_DIR = REPO / "redaction" / "corpus"
BLIND = CORPUS_DIR / "external_v1.jsonl"


def _load(name: str, path: Path):  # noqa: ANN202
    """Import a corpus script without leaving its folders on sys.path."""
    saved = list(sys.path)
    try:
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path[:] = saved


check_corpus = _load("blind_check_corpus", CORPUS_DIR / "check_corpus.py")


@pytest.fixture(scope="module")
def docs() -> list[dict]:
    with BLIND.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def test_validator_accepts_the_file() -> None:
    n, problems = check_corpus.check_file(BLIND)
    assert n == 300
    assert problems == []


def test_offsets_types_and_labels(docs: list[dict]) -> None:
    assert len({d["id"] for d in docs}) == len(docs)
    for doc in docs:
        text = doc["text"]
        for span in doc["phi"]:
            assert span["type"] in check_corpus.PHI_TYPES, doc["id"]
            assert text[span["start"]:span["end"]] == span["text"] != "", doc["id"]
            assert span["text"] == span["text"].strip(), doc["id"]
        for span in doc["keep"]:
            assert span["label"] in check_corpus.KEEP_LABELS, doc["id"]
            assert text[span["start"]:span["end"]] == span["text"] != "", doc["id"]


def test_no_overlapping_spans(docs: list[dict]) -> None:
    for doc in docs:
        spans = sorted((s["start"], s["end"]) for s in doc["phi"] + doc["keep"])
        for (_, end), (start, _) in pairwise(spans):
            assert start >= end, f"{doc['id']}: overlap at {start}"


def test_covers_every_type_label_and_the_hard_cases(docs: list[dict]) -> None:
    assert {s["type"] for d in docs for s in d["phi"]} == check_corpus.PHI_TYPES
    assert {s["label"] for d in docs for s in d["keep"]} == check_corpus.KEEP_LABELS
    assert len({d["style"] for d in docs}) >= 20
    assert {d["modality"] for d in docs} == {"CT", "MR", "XR", "US", "NM", "MG", "RF", "IR"}
    # A person and an eponym sharing a word in one document (patient Graves with Graves disease).
    twins = [d["id"] for d in docs
             if {s["text"].split()[-1].split("^")[0].title() for s in d["phi"] if s["type"] == "PERSON"}
             & {s["text"].split()[0].split("-")[0].title() for s in d["keep"] if s["label"] == "eponym"}]
    assert len(twins) >= 20


def test_generator_reproduces_the_committed_file() -> None:
    # In its own interpreter: the blind corpus's generator has helper modules of the same names.
    import subprocess
    import sys

    done = subprocess.run([sys.executable, str(CORPUS_DIR / "external_v1" / "make_blind.py"), "--check"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
