"""The twelfth blind corpus (external_v12.jsonl, ids blind12-*, spent in session 6) and its generator."""

from __future__ import annotations

import importlib.util
import json
import random
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS_DIR = ROOT / "redaction" / "corpus"
CORPUS = CORPUS_DIR / "external_v12.jsonl"
SCRIPT = CORPUS_DIR / "external_v12" / "make_corpus.py"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


mc = _load("blind12_make_corpus", SCRIPT)
cc = _load("blind12_check_corpus", CORPUS_DIR / "check_corpus.py")
core = mc.core


@pytest.fixture(scope="module")
def docs() -> list[dict]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def rendered() -> str:
    return mc.render()


def test_validator_accepts_file():
    n, problems = cc.check_file(CORPUS)
    assert n == 300
    assert problems == []


def test_generator_reproduces_file_byte_for_byte(rendered):
    assert CORPUS.read_bytes() == rendered.encode("utf-8")


def test_check_detects_missing_and_stale_in_process(tmp_path, rendered):
    out = tmp_path / "b12.jsonl"
    assert mc.main(["--out", str(out), "--check"]) == 1          # missing
    out.write_text(rendered.replace("blind12-0150", "blind12-9999"), encoding="utf-8")
    assert mc.main(["--out", str(out), "--check"]) == 1          # stale
    assert mc.main(["--out", str(out)]) == 0                     # regenerate
    assert out.read_text(encoding="utf-8") == rendered
    assert mc.main(["--out", str(out), "--check"]) == 0


def test_check_as_script(tmp_path):
    out = tmp_path / "script.jsonl"
    run = lambda *a: subprocess.run([sys.executable, str(SCRIPT), *a], capture_output=True, text=True, cwd=tmp_path)
    assert run("--out", str(out), "--check").returncode == 1
    assert run("--out", str(out)).returncode == 0
    assert run("--out", str(out), "--check").returncode == 0
    out.write_text(out.read_text(encoding="utf-8")[:-2] + "\n", encoding="utf-8")
    assert run("--out", str(out), "--check").returncode == 1
    assert run("--check").returncode == 0                         # default path is the committed corpus


def test_ids_and_style_counts(docs):
    assert [d["id"] for d in docs] == [f"blind12-{i:04d}" for i in range(1, 301)]
    counts = Counter(d["style"] for d in docs)
    assert len(mc.STYLES) >= 20 and set(counts) == set(mc.STYLES)
    assert min(counts.values()) >= 15
    assert all(d["style"] == mc.style_for(i) for i, d in enumerate(docs, 1))
    with pytest.raises(ValueError):
        mc.style_for(0)


def test_phi_types_keep_labels_and_volume(docs):
    phi = Counter(s["type"] for d in docs for s in d["phi"])
    keep = Counter(s["label"] for d in docs for s in d["keep"])
    assert set(phi) == set(cc.PHI_TYPES)
    assert sum(phi.values()) >= 2500
    assert {"eponym", "anatomy", "section_header", "credential"} <= set(keep)
    assert set(keep) == set(cc.KEEP_LABELS)
    assert min(phi.values()) >= 30


def test_span_rules(docs):
    title = re.compile(r"^(Dr|Mr|Mrs|Ms|Prof|Lt|SGT|MAJ)\b\.?", re.I)
    cred = re.compile(r"(,|\s)(MD|DO|RN|NP|PA-C|PhD|MBBS|FRANZCR|RDMS|CNMT|LCSW)$")
    for d in docs:
        text = d["text"]
        spans = sorted((s["start"], s["end"]) for s in d["phi"] + d["keep"])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert s2 >= e1, (d["id"], s1, e1, s2, e2)
        for s in d["phi"] + d["keep"]:
            value = text[s["start"]:s["end"]]
            assert value == s["text"] and value == value.strip()
        for s in d["phi"]:
            if s["type"] == "PERSON":
                assert not title.match(s["text"]) and not cred.search(s["text"]), (d["id"], s["text"])
            if s["type"] == "AGE_OVER_89":
                assert s["text"].isdigit() and int(s["text"]) >= 90, (d["id"], s["text"])
        for s in d["keep"]:
            if s["label"] == "age_under_90":
                assert int(re.match(r"\d+", s["text"]).group()) < 90


def test_surname_eponym_collisions_present(docs):
    both = [d for d in docs
            if {s["text"] for s in d["phi"] if s["type"] == "PERSON"} & {"Baker", "Bell", "Hill", "Graves", "Long", "Young", "Paget"}]
    assert len(both) >= 10
    assert any("Baker" in s["text"] for d in docs for s in d["keep"] if s["label"] == "eponym")


def test_markup_offsets_come_from_emitted_string():
    P, K = core.P, core.K
    marked = "Pré ✔ " + P("PERSON", "Jo Doe") + ", " + K("credential", "MD") + " on " + P("DATE_TIME", "3/14")
    text, phi, keep = core.strip_marks(marked)
    assert text == "Pré ✔ Jo Doe, MD on 3/14"
    assert [(s["start"], s["end"]) for s in phi] == [(6, 12), (20, 24)]
    assert [(s["start"], s["end"], s["label"]) for s in keep] == [(14, 16, "credential")]
    for s in phi + keep:
        assert text[s["start"]:s["end"]] == s["text"]
    with pytest.raises(ValueError):
        core.strip_marks("x \x01PERSON\x02Jo")
    with pytest.raises(AssertionError):
        P("PERSON", " Jo")


def test_documents_rebuild_identically(docs):
    for i in (1, 37, 150, 299, 300):
        assert mc.build_document(i) == docs[i - 1]
    assert mc.build_document(7) == mc.build_document(7)


def test_document_uses_its_own_seeded_rng(docs):
    for i in (3, 88, 211):
        random.seed(12345)
        a = mc.build_document(i)
        random.seed(54321)
        b = mc.build_document(i)
        assert a == b == docs[i - 1]
        built = mc.STYLES[mc.style_for(i)](random.Random(f"radgate-blind-corpus-12:{i}"))
        text, phi, keep = core.strip_marks(built["marked"])
        assert (text, phi, keep) == (a["text"], a["phi"], a["keep"])
        other = mc.STYLES[mc.style_for(i)](random.Random(f"radgate-blind-corpus-12:{i + 20}"))
        assert core.strip_marks(other["marked"])[0] != text
