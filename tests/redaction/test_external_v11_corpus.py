"""The eleventh blind corpus (external_v11.jsonl, ids blind11-*, spent in session 6) and its generator."""

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
GEN_PATH = CORPUS_DIR / "external_v11" / "make_corpus.py"
JSONL = CORPUS_DIR / "external_v11.jsonl"
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
    return _load("blind11_make_corpus_under_test", GEN_PATH)


@pytest.fixture(scope="module")
def checker():
    return _load("blind11_check_corpus_under_test", CORPUS_DIR / "check_corpus.py")


@pytest.fixture(scope="module")
def docs():
    with JSONL.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def test_validator_accepts_file(checker):
    n, problems = checker.check_file(JSONL)
    assert n == 300
    assert problems == []


def test_validator_rejects_a_broken_copy(checker, docs, tmp_path):
    doc = dict(docs[0])
    doc["phi"] = [dict(doc["phi"][0], end=doc["phi"][0]["end"] + 1)] + doc["phi"][1:]
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    assert checker.check_file(bad)[1]


def test_generator_reproduces_file_byte_for_byte(gen):
    assert gen.render().encode("utf-8") == JSONL.read_bytes()


def test_check_flag_in_process(gen, tmp_path, capsys):
    assert gen.main(["--check", "--out", str(JSONL)]) == 0
    missing = tmp_path / "missing.jsonl"
    assert gen.main(["--check", "--out", str(missing)]) == 1
    stale = tmp_path / "stale.jsonl"
    stale.write_text(JSONL.read_text(encoding="utf-8").replace("blind11-0300", "blind11-0301"), encoding="utf-8")
    assert gen.main(["--check", "--out", str(stale)]) == 1
    fresh = tmp_path / "fresh.jsonl"
    assert gen.main(["--out", str(fresh)]) == 0
    assert fresh.read_bytes() == JSONL.read_bytes()
    assert gen.main(["--check", "--out", str(fresh)]) == 0


def test_check_flag_as_script(tmp_path):
    ok = subprocess.run([sys.executable, str(GEN_PATH), "--check"], capture_output=True, text=True, cwd=tmp_path)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    stale = tmp_path / "stale.jsonl"
    stale.write_text(JSONL.read_text(encoding="utf-8")[:-200], encoding="utf-8")
    bad = subprocess.run([sys.executable, str(GEN_PATH), "--check", "--out", str(stale)], capture_output=True, text=True)
    assert bad.returncode == 1
    gone = subprocess.run([sys.executable, str(GEN_PATH), "--check", "--out", str(tmp_path / "nope.jsonl")],
                          capture_output=True, text=True)
    assert gone.returncode == 1


def test_ids_and_style_counts(gen, docs):
    assert [d["id"] for d in docs] == [f"blind11-{i:04d}" for i in range(1, 301)]
    counts = collections.Counter(d["style"] for d in docs)
    assert len(counts) >= 20
    assert min(counts.values()) >= 15
    assert set(counts) == set(gen.STYLES)
    assert all(d["style"] == gen.style_for(i) for i, d in enumerate(docs, 1))


def test_types_labels_and_volume(docs):
    types = collections.Counter(s["type"] for d in docs for s in d["phi"])
    labels = collections.Counter(s["label"] for d in docs for s in d["keep"])
    assert set(types) == PHI_TYPES
    assert sum(types.values()) >= 2500
    assert set(labels) == KEEP_LABELS
    for key in ("eponym", "anatomy", "section_header", "credential"):
        assert labels[key] >= 20


def test_spans_do_not_overlap_and_match_text(docs):
    for d in docs:
        spans = sorted((s["start"], s["end"]) for s in d["phi"] + d["keep"])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert s2 >= e1, (d["id"], s1, e1, s2, e2)
        for s in d["phi"] + d["keep"]:
            assert d["text"][s["start"]:s["end"]] == s["text"]
            assert s["text"] == s["text"].strip()


def test_person_spans_have_no_titles_or_credentials(docs):
    bad = re.compile(r"^(Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s|,\s*(MD|DO|RN|PhD|MBBS|DDS)\b|\b(MD|DO|RN)$")
    for d in docs:
        for s in d["phi"]:
            if s["type"] == "PERSON":
                assert not bad.search(s["text"]), (d["id"], s["text"])


def test_age_over_89_is_number_only(docs):
    ages = [s["text"] for d in docs for s in d["phi"] if s["type"] == "AGE_OVER_89"]
    assert ages
    assert all(a.isdigit() and int(a) >= 90 for a in ages)
    under = [s["text"] for d in docs for s in d["keep"] if s["label"] == "age_under_90"]
    assert all(int(re.match(r"\d+", u).group()) < 90 for u in under)


def test_credentials_are_keep_spans_next_to_names(docs):
    creds = [s for d in docs for s in d["keep"] if s["label"] == "credential"]
    assert any(c["text"] == "MD" for c in creds)


def test_markup_offsets_come_from_emitted_string(gen):
    common = sys.modules["blind11_b11_common"]
    marked = "Pt " + common.P("PERSON", "Baker, Ann") + " has a " + common.K("eponym", "Baker cyst") + " at " + \
        common.P("DATE_TIME", "3/14") + "."
    text, phi, keep = common.strip(marked)
    assert text == "Pt Baker, Ann has a Baker cyst at 3/14."
    assert (phi[0]["start"], phi[0]["end"]) == (3, 13)
    assert (keep[0]["start"], keep[0]["end"]) == (20, 30)
    assert text[phi[1]["start"]:phi[1]["end"]] == "3/14"
    with pytest.raises(ValueError):
        common.strip("broken " + common.P("PERSON", "X")[:-1])
    with pytest.raises(ValueError):
        common.strip(common.P("PERSON", " padded"))


@pytest.mark.parametrize("i", [1, 2, 57, 150, 233, 300])
def test_documents_rebuild_identically(gen, docs, i):
    assert gen.build_document(i) == docs[i - 1]
    assert gen.build_document(i) == gen.build_document(i)


def test_document_uses_its_own_seeded_rng(gen, docs):
    i = 42
    rng = random.Random(f"radgate-blind-corpus-11:{i}")
    random.seed(12345)  # the global rng must not matter
    marked, modality = gen.STYLES[gen.style_for(i)](rng)
    text, phi, keep = sys.modules["blind11_b11_common"].strip(marked)
    assert text == docs[i - 1]["text"] and phi == docs[i - 1]["phi"] and modality == docs[i - 1]["modality"]
    other = gen.STYLES[gen.style_for(i)](random.Random(f"radgate-blind-corpus-11:{i + 20}"))[0]
    assert other != marked
    assert len({d["text"] for d in docs}) == 300
