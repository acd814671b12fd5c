"""The tenth blind corpus (external_v10.jsonl, ids blind10-*, spent in session 5): valid, reproducible, complete."""

from __future__ import annotations

import importlib.util
import json
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS_DIR = ROOT / "redaction" / "corpus"
GEN_DIR = CORPUS_DIR / "external_v10"
JSONL = CORPUS_DIR / "external_v10.jsonl"

PHI_TYPES = {
    "PERSON", "DATE_TIME", "AGE_OVER_89", "MRN", "ACCESSION", "SSN", "PHONE", "EMAIL", "URL", "IP_ADDRESS",
    "STREET_ADDRESS", "CITY", "ZIP", "FACILITY", "HEALTH_PLAN_ID", "ACCOUNT_ID", "DEVICE_SERIAL",
}


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def gen():
    return _load("blind10_make_corpus", GEN_DIR / "make_corpus.py")


@pytest.fixture(scope="module")
def checker():
    return _load("blind10_check_corpus", CORPUS_DIR / "check_corpus.py")


@pytest.fixture(scope="module")
def docs():
    return [json.loads(line) for line in JSONL.read_text(encoding="utf-8").splitlines()]


def test_validator_accepts_corpus(checker):
    n, problems = checker.check_file(JSONL)
    assert n == 300
    assert problems == []


def test_generator_reproduces_file_byte_for_byte(gen):
    assert gen.render().encode("utf-8") == JSONL.read_bytes()


def test_check_flag_detects_stale_copy(gen, tmp_path):
    lines = JSONL.read_text(encoding="utf-8").splitlines(keepends=True)
    doc = json.loads(lines[41])
    doc["text"] = doc["text"].replace("\n", " \n", 1)
    stale = tmp_path / "stale.jsonl"
    stale.write_text("".join(lines[:41] + [json.dumps(doc, ensure_ascii=False) + "\n"] + lines[42:]), encoding="utf-8")
    assert gen.main(["--check", "--out", str(stale)]) == 1
    assert gen.main(["--check", "--out", str(tmp_path / "missing.jsonl")]) == 1
    assert gen.main(["--check", "--out", str(JSONL)]) == 0


def test_check_flag_as_script(tmp_path):
    script = GEN_DIR / "make_corpus.py"
    stale = tmp_path / "stale.jsonl"
    stale.write_text(JSONL.read_text(encoding="utf-8")[:-200], encoding="utf-8")
    run = lambda path: subprocess.run([sys.executable, str(script), "--check", "--out", str(path)],
                                      capture_output=True, text=True, cwd=tmp_path).returncode
    assert run(stale) == 1
    assert run(JSONL) == 0


def test_write_then_check_roundtrip(gen, tmp_path):
    out = tmp_path / "copy.jsonl"
    assert gen.main(["--out", str(out)]) == 0
    assert out.read_bytes() == JSONL.read_bytes()


def test_ids_and_style_counts(docs):
    assert [d["id"] for d in docs] == [f"blind10-{i:04d}" for i in range(1, 301)]
    counts = Counter(d["style"] for d in docs)
    assert len(counts) >= 20
    assert min(counts.values()) >= 15
    assert all(d["modality"] in {"CT", "MR", "US", "XR", "MG"} for d in docs)


def test_every_phi_type_and_key_keep_labels_occur(docs):
    types = Counter(s["type"] for d in docs for s in d["phi"])
    assert set(types) == PHI_TYPES
    assert sum(types.values()) >= 2500
    labels = Counter(s["label"] for d in docs for s in d["keep"])
    for label in ("eponym", "anatomy", "section_header", "credential"):
        assert labels[label] > 0, label


def test_span_rules(docs):
    for d in docs:
        text = d["text"]
        spans = sorted([(s["start"], s["end"]) for s in d["phi"] + d["keep"]])
        for (s1, e1), (s2, _) in zip(spans, spans[1:]):
            assert s2 >= e1, d["id"]
        for s in d["phi"]:
            value = text[s["start"]:s["end"]]
            assert value == s["text"] and value == value.strip()
            if s["type"] == "PERSON":
                assert not value.startswith(("Dr.", "Dr ", "Mr.", "Ms.", "Mrs.")), (d["id"], value)
                assert not value.endswith((" MD", ", MD", " RN")), (d["id"], value)
            if s["type"] == "AGE_OVER_89":
                assert "year" not in value and "old" not in value, (d["id"], value)


def test_markup_offsets_come_from_emitted_string(gen):
    m = sys.modules["b10_markup"]
    marked = (f"{m.SH('FINDINGS')}: {m.PER('Baker, Ann')} (MRN {m.MRN('00482913')}) has a {m.EP('Baker cyst')} "
              f"seen {m.DT('3/14/2026')} {m.DT('14:32')}; {m.AGE('93')}-year-old, ZIP {m.ZIP('02139')}. "
              f"Signed {m.PER('Jane Smith')}, {m.CR('MD')}.")
    text, phi, keep = m.strip_marks(marked)
    assert text == ("FINDINGS: Baker, Ann (MRN 00482913) has a Baker cyst seen 3/14/2026 14:32; 93-year-old, "
                    "ZIP 02139. Signed Jane Smith, MD.")
    for span in phi + keep:
        assert text[span["start"]:span["end"]] == span["text"]
    assert [(p["type"], p["text"]) for p in phi] == [
        ("PERSON", "Baker, Ann"), ("MRN", "00482913"), ("DATE_TIME", "3/14/2026"), ("DATE_TIME", "14:32"),
        ("AGE_OVER_89", "93"), ("ZIP", "02139"), ("PERSON", "Jane Smith")]
    assert [k["label"] for k in keep] == ["section_header", "eponym", "credential"]
    assert phi[0]["start"] == text.index("Baker, Ann")
    assert phi[-1]["start"] == text.index("Jane Smith")
    with pytest.raises(m.MarkupError):
        m.PER(" padded")
    with pytest.raises(m.MarkupError):
        m.strip_marks("x" + m.OPEN_PHI + "PERSON" + m.SEP + "unterminated")
    with pytest.raises(m.MarkupError):
        m.phi("NOT_A_TYPE", "x")


@pytest.mark.parametrize("i", [1, 2, 20, 137, 299, 300])
def test_documents_rebuild_identically(gen, docs, i):
    assert gen.build_document(i) == docs[i - 1]
    assert json.dumps(gen.build_document(i), ensure_ascii=False) == json.dumps(docs[i - 1], ensure_ascii=False)


def test_document_uses_its_own_seeded_rng(gen, docs):
    i = 57
    marked, modality = gen.STYLES[gen.style_for(i)](random.Random(f"radgate-blind-corpus-10:{i}"))
    text, _, _ = sys.modules["b10_markup"].strip_marks(marked.strip() + "\n")
    assert text == docs[i - 1]["text"] and modality == docs[i - 1]["modality"]
