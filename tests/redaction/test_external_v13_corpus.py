"""The thirteenth blind corpus (external_v13.jsonl, ids blind13-*, spent in session 6, tuned on in round 14) and its generator."""

from __future__ import annotations

import collections
import importlib.util
import json
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS_DIR = ROOT / "redaction" / "corpus"
GEN_PATH = CORPUS_DIR / "external_v13" / "make_corpus.py"
JSONL = CORPUS_DIR / "external_v13.jsonl"
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
    return _load("blind13_make_corpus", GEN_PATH)


@pytest.fixture(scope="module")
def checker():
    return _load("blind13_check_corpus", CORPUS_DIR / "check_corpus.py")


@pytest.fixture(scope="module")
def docs():
    with JSONL.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def test_validator_accepts_file(checker):
    n, problems = checker.check_file(JSONL)
    assert n == 300
    assert problems == []


def test_validator_catches_a_broken_span(checker, docs):
    doc = json.loads(json.dumps(docs[0]))
    doc["phi"][0]["end"] += 1
    assert checker.check_document(doc)


def test_generator_reproduces_file_byte_for_byte(gen):
    assert JSONL.read_text(encoding="utf-8") == gen.render()


def test_check_in_process(gen, tmp_path):
    out = tmp_path / "b13.jsonl"
    assert gen.main(["--out", str(out), "--check"]) == 1  # missing
    assert gen.main(["--out", str(out)]) == 0
    assert gen.main(["--out", str(out), "--check"]) == 0
    out.write_text(out.read_text(encoding="utf-8").replace("blind13-0007", "blind13-9999"), encoding="utf-8")
    assert gen.main(["--out", str(out), "--check"]) == 1  # stale
    assert gen.main(["--check"]) == 0  # the committed copy is current


def test_check_as_script(tmp_path):
    out = tmp_path / "b13.jsonl"
    run = lambda *a: subprocess.run([sys.executable, str(GEN_PATH), *a], capture_output=True, text=True, cwd=tmp_path)
    assert run("--out", str(out), "--check").returncode == 1
    assert run("--out", str(out)).returncode == 0
    assert run("--out", str(out), "--check").returncode == 0
    out.write_text(out.read_text(encoding="utf-8")[:-200], encoding="utf-8")
    assert run("--out", str(out), "--check").returncode == 1
    assert run("--check").returncode == 0


def test_ids_and_style_counts(gen, docs):
    assert [d["id"] for d in docs] == [f"blind13-{i:04d}" for i in range(1, 301)]
    counts = collections.Counter(d["style"] for d in docs)
    assert len(counts) >= 20 and set(counts) == set(gen.STYLES)
    assert min(counts.values()) >= 15
    assert all(d["style"] == gen.style_for(i) for i, d in enumerate(docs, 1))


def test_types_labels_and_volume(docs):
    phi = collections.Counter(s["type"] for d in docs for s in d["phi"])
    keep = collections.Counter(s["label"] for d in docs for s in d["keep"])
    assert set(phi) == PHI_TYPES
    assert set(keep) == KEEP_LABELS
    assert sum(phi.values()) >= 2500
    for label in ("eponym", "anatomy", "section_header", "credential"):
        assert keep[label] >= 30


def test_span_rules(docs):
    for d in docs:
        spans = sorted((s["start"], s["end"]) for s in d["phi"] + d["keep"])
        for (_, e1), (s2, _) in zip(spans, spans[1:]):
            assert s2 >= e1, d["id"]
        for s in d["phi"]:
            assert d["text"][s["start"]:s["end"]] == s["text"]
            if s["type"] == "PERSON":
                assert not re.search(r"^(Dr|Mr|Mrs|Ms)\.?\s|,\s*(MD|DO|RN|NP|PhD)\b|\b(MD|RN)$", s["text"]), s
            if s["type"] == "AGE_OVER_89":
                assert s["text"].isdigit() and int(s["text"]) >= 90, s
        for s in d["keep"]:
            assert d["text"][s["start"]:s["end"]] == s["text"]
            if s["label"] == "age_under_90":
                assert int(re.match(r"\d+", s["text"]).group()) < 90


def test_markup_offsets_come_from_emitted_string(gen):
    common = sys.modules["b13_common"]
    P, K = common.P, common.K
    markup = f"Pt {P('PERSON', 'Doe, Jane')} seen {P('DATE_TIME', '3/14/26')}; {K('eponym', 'Baker cyst')} x"
    text, phi, keep = common.strip(markup)
    assert text == "Pt Doe, Jane seen 3/14/26; Baker cyst x"
    assert [(s["start"], s["end"]) for s in phi] == [(3, 12), (18, 25)]
    assert (keep[0]["start"], keep[0]["end"]) == (27, 37)
    with pytest.raises(ValueError):
        common.strip("broken ⟦PERSON|x")


def test_documents_rebuild_identically(gen, docs):
    for i in (1, 2, 57, 150, 300):
        assert gen.build_document(i) == docs[i - 1]


def test_document_uses_its_own_seeded_rng(gen):
    i = 42
    style = gen.style_for(i)
    markup, modality = gen.STYLES[style](random.Random(f"radgate-blind-corpus-13:{i}"))
    text, _, _ = sys.modules["b13_common"].strip(markup)
    doc = gen.build_document(i)
    assert doc["text"] == text and doc["modality"] == modality
    other, _ = gen.STYLES[style](random.Random("radgate-blind-corpus-13:43"))
    assert sys.modules["b13_common"].strip(other)[0] != doc["text"]
