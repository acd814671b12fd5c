"""external_v18 (the blind18 corpus, spent): the file matches its generator, is valid, and meets the brief's minimums."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

CORPUS_DIR = Path(__file__).resolve().parents[2] / "redaction" / "corpus"
GEN_PATH = CORPUS_DIR / "external_v18" / "make_corpus.py"
JSONL = CORPUS_DIR / "external_v18.jsonl"

PHI_TYPES = {"PERSON", "DATE_TIME", "AGE_OVER_89", "MRN", "ACCESSION", "SSN", "PHONE", "EMAIL", "URL", "IP_ADDRESS",
             "STREET_ADDRESS", "CITY", "ZIP", "FACILITY", "HEALTH_PLAN_ID", "ACCOUNT_ID", "DEVICE_SERIAL"}
KEEP_LABELS = {"eponym", "anatomy", "vertebral_level", "measurement", "score", "sequence", "age_under_90", "year",
               "modality", "credential", "section_header"}


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def gen():
    return _load("blind18_make_corpus", GEN_PATH)


@pytest.fixture(scope="module")
def docs():
    return [json.loads(line) for line in JSONL.read_text(encoding="utf-8").splitlines()]


def test_file_matches_generator(gen):
    assert JSONL.read_text(encoding="utf-8") == gen.render()
    assert gen.main(["--check", "--out", str(JSONL)]) == 0


def test_generator_is_deterministic(gen):
    assert gen.build_document(7) == gen.build_document(7)


def test_check_corpus_passes():
    checker = _load("blind18_check_corpus", CORPUS_DIR / "check_corpus.py")
    n, problems = checker.check_file(JSONL)
    assert n == 300
    assert problems == []


def test_ids_and_styles(gen, docs):
    assert [d["id"] for d in docs] == [f"blind18-{i:04d}" for i in range(1, 301)]
    assert len(gen.STYLES) >= 20 and len(set(gen.STYLES)) == len(gen.STYLES)
    for i, d in enumerate(docs, 1):
        assert d["style"] == gen.style_for(i)
    counts = Counter(d["style"] for d in docs)
    assert set(counts) == set(gen.STYLES)
    assert min(counts.values()) >= 15


def test_counts(docs):
    phi = Counter(s["type"] for d in docs for s in d["phi"])
    keep = Counter(s["label"] for d in docs for s in d["keep"])
    assert sum(phi.values()) >= 2500
    assert set(phi) == PHI_TYPES
    assert set(keep) == KEEP_LABELS


def test_phones_and_emails_are_fictional(docs):
    for d in docs:
        for s in d["phi"]:
            if s["type"] == "PHONE":
                assert "555-01" in s["text"] or "555.01" in s["text"], s
            if s["type"] == "EMAIL":
                assert s["text"].rsplit("@", 1)[1].split(".")[-2] == "example", s
