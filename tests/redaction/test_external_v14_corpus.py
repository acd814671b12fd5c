"""The fourteenth blind corpus (external_v14.jsonl, ids blind14-*, spent in session 7, tuned on in round 15): valid,
reproducible, as promised in redaction/corpus/external_v14/README.md."""

from __future__ import annotations

import copy
import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS_DIR = ROOT / "redaction" / "corpus"
CORPUS = CORPUS_DIR / "external_v14.jsonl"
GENERATOR = CORPUS_DIR / "external_v14" / "make_corpus.py"
CHECKER = CORPUS_DIR / "check_corpus.py"


def _load(name: str, path: Path):
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def gen():
    return _load("blind14_make_corpus", GENERATOR)


@pytest.fixture(scope="module")
def checker():
    return _load("blind14_check_corpus", CHECKER)


@pytest.fixture(scope="module")
def docs():
    with CORPUS.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def test_validator_accepts_file(checker):
    n, problems = checker.check_file(CORPUS)
    assert n == 300
    assert problems == []


def test_validator_catches_broken_span(checker, docs):
    doc = copy.deepcopy(docs[0])
    assert checker.check_document(doc) == []
    doc["phi"][0]["end"] += 1
    assert checker.check_document(doc)
    overlap = copy.deepcopy(docs[0])
    first = overlap["phi"][0]
    overlap["keep"].append({"start": first["start"], "end": first["end"], "label": "anatomy", "text": first["text"]})
    assert any("overlapping" in p for p in checker.check_document(overlap))
    dropped = copy.deepcopy(docs[0])
    person = next(s for s in dropped["phi"] if s["type"] == "PERSON")
    dropped["text"] = dropped["text"] + " " + person["text"]  # a second, unannotated occurrence
    assert any("unannotated" in p for p in checker.check_document(dropped))


def test_regenerating_is_byte_identical(gen):
    text = gen.render()
    assert text.encode("utf-8") == CORPUS.read_bytes()
    assert gen.render() == text


def test_main_writes_and_checks(gen, tmp_path):
    out = tmp_path / "b14.jsonl"
    assert gen.main(["--out", str(out), "--check"]) == 0
    assert out.read_bytes() == CORPUS.read_bytes()


def test_ids_styles_and_counts(gen, docs):
    assert [d["id"] for d in docs] == [f"blind14-{i:04d}" for i in range(1, 301)]
    assert len(gen.STYLES) >= 20 and len(set(gen.STYLES)) == len(gen.STYLES)
    assert all(d["style"] == gen.style_for(i) for i, d in enumerate(docs, 1))
    per_style = Counter(d["style"] for d in docs)
    assert set(per_style) == set(gen.STYLES)
    assert min(per_style.values()) >= 15
    assert sum(len(d["phi"]) for d in docs) >= 2500
    assert gen.build_document(7) == docs[6]
    assert all(d["modality"] for d in docs)


def test_all_types_and_labels_present(checker, docs):
    assert {s["type"] for d in docs for s in d["phi"]} == set(checker.PHI_TYPES)
    assert {s["label"] for d in docs for s in d["keep"]} == set(checker.KEEP_LABELS)


def test_phi_spans_have_content(docs):
    for d in docs:
        for s in d["phi"]:
            assert s["text"] and re.search(r"[^\W_]", s["text"]), (d["id"], s)
            assert d["text"][s["start"]:s["end"]] == s["text"]


def test_phones_and_emails_are_fictional(docs):
    phones = [s["text"] for d in docs for s in d["phi"] if s["type"] == "PHONE"]
    emails = [s["text"] for d in docs for s in d["phi"] if s["type"] == "EMAIL"]
    assert phones and emails
    for p in phones:
        assert "555" in re.sub(r"\D", "", p), p
    for e in emails:
        domain = e.rsplit("@", 1)[1].lower()
        assert re.fullmatch(r"(?:[a-z0-9-]+\.)*example\.(?:com|org|net)", domain) or domain.endswith(".test.example"), e


def test_urls_are_on_example_domains_or_private_addresses(docs):
    for d in docs:
        for s in d["phi"]:
            if s["type"] == "URL":
                host = re.match(r"https?://([^/:]+)", s["text"]).group(1)
                assert host.endswith((".test.example", "example.org", "example.com")) or re.fullmatch(
                    r"(?:10|192\.168|172\.(?:1[6-9]|2\d|3[01]))(?:\.\d+)+", host), s["text"]
