"""blind26 corpus: reproducible, valid, large and varied, with synthetic identifiers only.

Loads the generator and the validator by file path; never imports the redaction engine.
"""

from __future__ import annotations

import importlib.util
import ipaddress
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS_DIR = ROOT / "redaction" / "corpus"
GEN_DIR = CORPUS_DIR / "external_v26"
CORPUS = CORPUS_DIR / "external_v26.jsonl"

PHI_TYPES = {"PERSON", "DATE_TIME", "AGE_OVER_89", "MRN", "ACCESSION", "SSN", "PHONE", "EMAIL", "URL", "IP_ADDRESS",
             "STREET_ADDRESS", "CITY", "ZIP", "FACILITY", "HEALTH_PLAN_ID", "ACCOUNT_ID", "DEVICE_SERIAL"}
KEEP_LABELS = {"eponym", "anatomy", "vertebral_level", "measurement", "score", "sequence", "age_under_90", "year",
               "modality", "credential", "section_header"}


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def gen():
    return _load("blind26_make_corpus", GEN_DIR / "make_corpus.py")


@pytest.fixture(scope="module")
def checker():
    return _load("blind26_check_corpus", CORPUS_DIR / "check_corpus.py")


@pytest.fixture(scope="module")
def docs():
    with CORPUS.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def test_generator_reproduces_committed_file(gen):
    assert gen.render() == CORPUS.read_text(encoding="utf-8")
    assert gen.main(["--check", "--out", str(CORPUS)]) == 0


def test_check_flags_a_different_file(gen, tmp_path):
    other = tmp_path / "other.jsonl"
    other.write_text(CORPUS.read_text(encoding="utf-8")[:-2] + "\n", encoding="utf-8")
    assert gen.main(["--check", "--out", str(other)]) == 1


def test_validator_accepts_file(checker):
    n, problems = checker.check_file(CORPUS)
    assert n == 300
    assert problems == []


def test_ids_and_modalities(docs):
    assert [d["id"] for d in docs] == [f"blind26-{i:04d}" for i in range(1, 301)]
    assert {d["modality"] for d in docs} <= {"CT", "MR", "US", "XR", "MG"}
    assert all(d["phi"] for d in docs)


def test_styles_round_robin(gen, docs):
    counts = Counter(d["style"] for d in docs)
    assert len(counts) >= 20
    assert min(counts.values()) >= 15
    for i in (1, 2, 17, 20, 21, 150, 299, 300):
        assert docs[i - 1]["style"] == gen.style_for(i)
        assert gen.build_document(i) == docs[i - 1]


def test_span_totals_and_coverage(docs):
    phi = Counter(s["type"] for d in docs for s in d["phi"])
    keep = Counter(s["label"] for d in docs for s in d["keep"])
    assert sum(phi.values()) >= 2500
    assert set(phi) == PHI_TYPES
    assert set(keep) == KEEP_LABELS


def _values(docs, kind, key, name):
    return [s["text"] for d in docs for s in d[kind] if s[key] == name]


def test_identifiers_are_synthetic(docs):
    for v in _values(docs, "phi", "type", "PHONE"):
        assert re.search(r"555\D?01\d\d$", v), v
    for v in _values(docs, "phi", "type", "EMAIL"):
        assert re.search(r"@([\w-]+\.)*example\.(com|org|net)$", v), v
    for v in _values(docs, "phi", "type", "IP_ADDRESS"):
        assert ipaddress.ip_address(v).is_private, v
    for v in _values(docs, "phi", "type", "URL"):
        assert re.match(r"https://([\w-]+\.)*example\.(com|org|net)/", v), v
    for v in _values(docs, "phi", "type", "AGE_OVER_89"):
        assert v.isdigit() and int(v) > 89, v
    for v in _values(docs, "keep", "label", "age_under_90"):
        assert v.isdigit() and int(v) < 90, v
    for v in _values(docs, "phi", "type", "SSN"):
        assert re.fullmatch(r"9\d\d-\d\d-\d{4}", v), v  # 9xx area numbers are never issued as SSNs


def _skeleton(doc: dict) -> str:
    chars = list(doc["text"])
    for s in doc["phi"]:
        chars[s["start"]:s["end"]] = ["\0"] * (s["end"] - s["start"])
    masked = re.sub("\0+", "#", "".join(chars))
    return "\n".join([ln for ln in masked.split("\n") if ln.strip()][:3])


def test_variety_within_each_style(docs):
    by_style = defaultdict(list)
    for d in docs:
        by_style[d["style"]].append(d)
    for style, group in by_style.items():
        assert len({_skeleton(d) for d in group}) >= 8, style
        lengths = [len(d["text"]) for d in group]
        assert max(lengths) - min(lengths) >= 80, style
        assert len({len(d["phi"]) for d in group}) >= 3, style


def test_helper_modules():
    for path in GEN_DIR.glob("*.py"):
        src = path.read_text(encoding="utf-8")
        assert len(src.splitlines()) < 400, path.name
        assert not re.search(r"^\s*(from|import)\s+redaction\b", src, re.M), path.name
        if path.name != "make_corpus.py":
            assert path.name.startswith("b26_"), path.name
