"""The blind22 evaluation corpus: reproducible, valid, and as large and varied as its brief requires.

Loads the generator and the validator straight from their files, so the redaction engine is never imported.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS_DIR = ROOT / "redaction" / "corpus"
GEN_DIR = CORPUS_DIR / "external_v22"
CORPUS = CORPUS_DIR / "external_v22.jsonl"

PHI_TYPES = {
    "PERSON", "DATE_TIME", "AGE_OVER_89", "MRN", "ACCESSION", "SSN", "PHONE", "EMAIL", "URL", "IP_ADDRESS",
    "STREET_ADDRESS", "CITY", "ZIP", "FACILITY", "HEALTH_PLAN_ID", "ACCOUNT_ID", "DEVICE_SERIAL",
}
KEEP_LABELS = {
    "eponym", "anatomy", "vertebral_level", "measurement", "score", "sequence", "age_under_90", "year",
    "modality", "credential", "section_header",
}


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def gen():
    return _load("blind22_make_corpus", GEN_DIR / "make_corpus.py")


@pytest.fixture(scope="module")
def checker():
    return _load("blind22_check_corpus", CORPUS_DIR / "check_corpus.py")


@pytest.fixture(scope="module")
def docs():
    with CORPUS.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def test_generator_reproduces_committed_file(gen):
    assert gen.generate() == CORPUS.read_text(encoding="utf-8")
    assert gen.main(["--check", "--out", str(CORPUS)]) == 0


def test_generator_is_deterministic_per_document(gen):
    assert gen.build_document(7) == gen.build_document(7)
    assert gen.render([gen.build_document(1)]).count("\n") == 1


def test_check_corpus_validates(checker):
    n, problems = checker.check_file(CORPUS)
    assert n == 300
    assert problems == []


def test_ids_and_styles(gen, docs):
    assert [d["id"] for d in docs] == [f"blind22-{i:04d}" for i in range(1, 301)]
    styles = Counter(d["style"] for d in docs)
    assert len(styles) >= 20
    assert min(styles.values()) >= 15
    assert set(styles) == set(gen.STYLES)
    assert all(d["style"] == gen.style_for(i) for i, d in enumerate(docs, 1))
    assert {d["modality"] for d in docs} <= {"CT", "MR", "US", "XR", "MG"}


def test_phi_and_keep_counts(docs):
    phi = Counter(s["type"] for d in docs for s in d["phi"])
    keep = Counter(s["label"] for d in docs for s in d["keep"])
    assert sum(phi.values()) >= 2500
    assert set(phi) == PHI_TYPES
    assert set(keep) == KEEP_LABELS
    assert all(d["phi"] for d in docs)


def test_ages_over_89_are_bare_numbers(docs):
    for d in docs:
        for s in d["phi"]:
            if s["type"] == "AGE_OVER_89":
                assert s["text"].isdigit() and int(s["text"]) > 89, (d["id"], s)
        for s in d["keep"]:
            if s["label"] == "age_under_90":
                assert s["text"].isdigit() and int(s["text"]) < 90, (d["id"], s)


def test_synthetic_contact_details(docs):
    for d in docs:
        for s in d["phi"]:
            if s["type"] == "PHONE":
                assert re.search(r"555\D?01\d\d$", s["text"]), s
            elif s["type"] == "EMAIL":
                assert re.search(r"@([\w-]+\.)*example\.(com|org|net)$", s["text"]), s
            elif s["type"] == "IP_ADDRESS":
                assert re.match(r"(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)", s["text"]), s


def _skeleton(doc: dict) -> str:
    text, out, pos = doc["text"], [], 0
    for s in sorted(doc["phi"] + doc["keep"], key=lambda s: s["start"]):
        out.append(text[pos:s["start"]])
        out.append(f"<{s.get('type') or s.get('label')}>")
        pos = s["end"]
    out.append(text[pos:])
    return re.sub(r"\d+", "#", "".join(out))


def test_variety_within_styles(docs):
    by_style = defaultdict(list)
    for d in docs:
        by_style[d["style"]].append(d)
    for style, ds in by_style.items():
        skeletons = {_skeleton(d) for d in ds}
        first_lines = {_skeleton(d).split("\n")[0] for d in ds}
        date_shapes = {re.sub(r"[A-Za-z]", "a", re.sub(r"\d", "9", s["text"]))
                       for d in ds for s in d["phi"] if s["type"] == "DATE_TIME"}
        lengths = [len(d["text"]) for d in ds]
        assert len(skeletons) >= 12, style
        assert len(first_lines) >= 2, style
        assert len(date_shapes) >= 4, style
        assert max(lengths) - min(lengths) >= 40, style


def test_generator_modules_are_small_and_engine_free():
    files = sorted(GEN_DIR.glob("*.py"))
    assert any(f.name.startswith("b22_") for f in files)
    for f in files:
        src = f.read_text(encoding="utf-8")
        assert src.count("\n") < 400, f.name
        assert not re.search(r"^\s*(from|import)\s+redaction\b", src, re.MULTILINE), f.name
