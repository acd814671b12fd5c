"""The blind20 corpus: reproducible from its generator, valid, and as large and varied as its brief requires.

Loads the generator and the validator by file path; does not import the redaction engine.
"""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest

CORPUS_DIR = Path(__file__).resolve().parents[2] / "redaction" / "corpus"
JSONL = CORPUS_DIR / "external_v20.jsonl"
GEN = CORPUS_DIR / "external_v20" / "make_corpus.py"

PHI_TYPES = {"PERSON", "DATE_TIME", "AGE_OVER_89", "MRN", "ACCESSION", "SSN", "PHONE", "EMAIL", "URL", "IP_ADDRESS",
             "STREET_ADDRESS", "CITY", "ZIP", "FACILITY", "HEALTH_PLAN_ID", "ACCOUNT_ID", "DEVICE_SERIAL"}
KEEP_LABELS = {"eponym", "anatomy", "vertebral_level", "measurement", "score", "sequence", "age_under_90", "year",
               "modality", "credential", "section_header"}


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def gen():
    return _load("blind20_make_corpus", GEN)


@pytest.fixture(scope="module")
def docs():
    return [json.loads(line) for line in JSONL.read_text(encoding="utf-8").splitlines()]


def test_generator_reproduces_file_byte_for_byte(gen):
    assert gen.render() == JSONL.read_text(encoding="utf-8")
    assert gen.main(["--check", "--out", str(JSONL)]) == 0


def test_validator_accepts_file():
    checker = _load("blind20_check_corpus", CORPUS_DIR / "check_corpus.py")
    n, problems = checker.check_file(JSONL)
    assert n == 300
    assert problems == []


def test_ids_styles_and_counts(docs, gen):
    assert [d["id"] for d in docs] == [f"blind20-{i:04d}" for i in range(1, 301)]
    styles = Counter(d["style"] for d in docs)
    assert len(styles) >= 20 and min(styles.values()) >= 15
    assert set(styles) == set(gen.STYLES)
    assert all(d["style"] == gen.style_for(i) for i, d in enumerate(docs, 1))
    phi = Counter(s["type"] for d in docs for s in d["phi"])
    keep = Counter(s["label"] for d in docs for s in d["keep"])
    assert sum(phi.values()) >= 2500
    assert set(phi) == PHI_TYPES
    assert set(keep) == KEEP_LABELS


def _skeleton(doc: dict) -> str:
    text, out, pos = doc["text"], [], 0
    for s in sorted(doc["phi"], key=lambda s: s["start"]):
        out += [text[pos:s["start"]], "#"]
        pos = s["end"]
    return "".join(out) + text[pos:]


def test_variety_within_styles(docs):
    by_style: dict[str, list[dict]] = {}
    for d in docs:
        by_style.setdefault(d["style"], []).append(d)
    for style, group in by_style.items():
        lengths = {len(d["text"]) for d in group}
        assert len(lengths) >= 12, style
        # documents still differ once every PHI value is masked: not one template with slots
        skeletons = {_skeleton(d) for d in group}
        assert len(skeletons) == len(group), style
        assert all(d["phi"] for d in group), style


def test_span_shapes(docs):
    for d in docs:
        for s in d["phi"]:
            assert d["text"][s["start"]:s["end"]] == s["text"]
            if s["type"] == "AGE_OVER_89":
                assert s["text"].isdigit() and int(s["text"]) > 89
            if s["type"] == "EMAIL":
                assert s["text"].split("@")[1].split(".")[-2] == "example" or "example." in s["text"]
        for s in d["keep"]:
            if s["label"] == "age_under_90":
                assert int("".join(ch for ch in s["text"] if ch.isdigit())) < 90
