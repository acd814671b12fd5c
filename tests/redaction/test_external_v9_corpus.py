"""The ninth blind corpus (external_v9.jsonl, ids blind9-*, spent in session 5): validity, reproducibility.

These tests look at the corpus and its generator only; they never run a redaction engine on it
(blind9 is measured once, then spent).
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS_DIR = ROOT / "redaction" / "corpus"
GEN_DIR = CORPUS_DIR / "external_v9"
CORPUS = CORPUS_DIR / "external_v9.jsonl"

PHI_TYPES = ("PERSON", "DATE_TIME", "AGE_OVER_89", "MRN", "ACCESSION", "SSN", "PHONE", "EMAIL", "URL", "IP_ADDRESS",
             "STREET_ADDRESS", "CITY", "ZIP", "FACILITY", "HEALTH_PLAN_ID", "ACCOUNT_ID", "DEVICE_SERIAL")


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def gen():
    return _load("blind9_make_corpus", GEN_DIR / "make_corpus.py")


@pytest.fixture(scope="module")
def checker():
    return _load("blind9_check_corpus", CORPUS_DIR / "check_corpus.py")


@pytest.fixture(scope="module")
def docs():
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]


def test_validator_accepts_corpus(checker):
    n, problems = checker.check_file(CORPUS)
    assert n == 300
    assert problems == []


def test_generator_reproduces_file_byte_for_byte(gen):
    assert gen.render().encode("utf-8") == CORPUS.read_bytes()


def test_check_flag(gen, tmp_path):
    stale = tmp_path / "stale.jsonl"
    lines = CORPUS.read_text(encoding="utf-8").splitlines(keepends=True)
    stale.write_text("".join(lines[:-1]), encoding="utf-8")
    assert gen.main(["--check", "--out", str(stale)]) == 1
    assert gen.main(["--check", "--out", str(tmp_path / "missing.jsonl")]) == 1
    assert gen.main(["--check", "--out", str(CORPUS)]) == 0


def test_check_flag_as_script(tmp_path):
    script = GEN_DIR / "make_corpus.py"
    ok = subprocess.run([sys.executable, str(script), "--check", "--out", str(CORPUS)], capture_output=True, text=True)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    stale = tmp_path / "stale.jsonl"
    stale.write_text(CORPUS.read_text(encoding="utf-8").replace("blind9-0007", "blind9-0070", 1), encoding="utf-8")
    bad = subprocess.run([sys.executable, str(script), "--check", "--out", str(stale)], capture_output=True, text=True)
    assert bad.returncode == 1


def test_ids_and_styles(docs):
    assert [d["id"] for d in docs] == [f"blind9-{i:04d}" for i in range(1, 301)]
    styles = Counter(d["style"] for d in docs)
    assert len(styles) >= 20
    assert min(styles.values()) >= 15
    assert {d["modality"] for d in docs} <= {"CT", "MR", "US", "XR", "MG"}


def test_every_phi_type_and_key_keep_labels_occur(docs):
    types = Counter(s["type"] for d in docs for s in d["phi"])
    labels = Counter(s["label"] for d in docs for s in d["keep"])
    assert set(PHI_TYPES) <= set(types), set(PHI_TYPES) - set(types)
    assert set(types) <= set(PHI_TYPES)
    for label in ("eponym", "anatomy", "section_header", "credential"):
        assert labels[label] > 0, label
    assert sum(types.values()) >= 2500


def test_span_rules(docs):
    for d in docs:
        text = d["text"]
        for s in d["phi"] + d["keep"]:
            assert text[s["start"]:s["end"]] == s["text"]
            assert s["text"] == s["text"].strip()
        for s in d["phi"]:
            if s["type"] == "PERSON":   # names without titles or credentials
                assert not s["text"].startswith(("Dr.", "Dr ", "Mr.", "Mrs.", "Ms.")), (d["id"], s["text"])
                assert not s["text"].endswith((", MD", " MD", ", DO", " RN")), (d["id"], s["text"])
            if s["type"] == "AGE_OVER_89":
                assert s["text"].isdigit() and int(s["text"]) >= 90
            if s["type"] in ("MRN", "ACCESSION", "SSN", "HEALTH_PLAN_ID", "ACCOUNT_ID", "DEVICE_SERIAL"):
                assert ":" not in s["text"] and "#" not in s["text"], (d["id"], s["text"])   # value only, no label
        for s in d["keep"]:
            digits = "".join(c for c in s["text"] if c.isdigit())
            if s["label"] == "age_under_90" and digits:
                assert int(digits) < 90, (d["id"], s["text"])


def test_markup_offsets_come_from_emitted_string(gen):
    m = gen.markup
    marked = (f"Pt {m.P('PERSON', 'DOE, JANE A')} (MRN: {m.P('MRN', '00482913')}) seen "
              f"{m.P('DATE_TIME', '03/14/2026')} {m.P('DATE_TIME', '14:32')}; {m.K('eponym', 'Baker cyst')} "
              f"{m.K('measurement', '2.3 x 1.9 cm')}. Signed {m.P('PERSON', 'Lee')}, {m.K('credential', 'MD')}")
    text, phi, keep = m.strip_marks(marked)
    assert "\u27e6" not in text and "\u27e7" not in text
    assert text.startswith("Pt DOE, JANE A (MRN: 00482913) seen 03/14/2026 14:32; Baker cyst 2.3 x 1.9 cm.")
    assert [(s["type"], text[s["start"]:s["end"]]) for s in phi] == [
        ("PERSON", "DOE, JANE A"), ("MRN", "00482913"), ("DATE_TIME", "03/14/2026"), ("DATE_TIME", "14:32"),
        ("PERSON", "Lee")]
    assert [(s["label"], text[s["start"]:s["end"]]) for s in keep] == [
        ("eponym", "Baker cyst"), ("measurement", "2.3 x 1.9 cm"), ("credential", "MD")]
    assert phi[1]["start"] == text.index("00482913")
    assert m.problems(text, phi, keep) == []
    # an unmarked repeat of a PHI value is caught, as the validator would
    t2, p2, k2 = m.strip_marks(f"{m.P('PERSON', 'Lee')} called; Lee again")
    assert m.problems(t2, p2, k2)
    with pytest.raises(ValueError):
        m.P("PERSON", " padded ")
    with pytest.raises(ValueError):
        m.strip_marks("stray \u27e7 mark")


def test_documents_rebuild_identically(gen, docs):
    for i in (1, 2, 20, 77, 150, 151, 299, 300):
        assert gen.build_document(i) == docs[i - 1]
        assert gen.build_document(i) == gen.build_document(i)
    assert gen.style_of(1) == docs[0]["style"]
