"""The labelled redaction corpus is valid and reproducible; the benchmark's metrics are right."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CORPUS_DIR = REPO / "redaction" / "corpus"
SPLITS = ("dev", "holdout")
IDENTIFIER_TYPES = ("MRN", "ACCESSION", "SSN", "PHONE", "EMAIL", "URL", "IP_ADDRESS", "STREET_ADDRESS", "CITY",
                    "ZIP", "FACILITY", "HEALTH_PLAN_ID", "ACCOUNT_ID", "DEVICE_SERIAL")

# The corpus tools are scripts beside the data (not part of the redaction package's public face).
sys.path.insert(0, str(CORPUS_DIR))
import check_corpus  # noqa: E402
import corpus_pools  # noqa: E402
import make_corpus  # noqa: E402

sys.path.remove(str(CORPUS_DIR))


def _load_bench():  # noqa: ANN202
    spec = importlib.util.spec_from_file_location("redaction_bench", REPO / "bench" / "redaction_bench.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["redaction_bench"] = module
    spec.loader.exec_module(module)
    return module


bench = _load_bench()


def _docs(split: str) -> list[dict]:
    with (CORPUS_DIR / f"{split}.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


# ------------------------------------------------------------------ corpus
@pytest.mark.parametrize("split", SPLITS)
def test_corpus_file_validates(split: str) -> None:
    n, problems = check_corpus.check_file(CORPUS_DIR / f"{split}.jsonl")
    assert problems == []
    assert n >= 300


@pytest.mark.parametrize("split", SPLITS)
def test_offsets_exact_and_types_allowed(split: str) -> None:
    for doc in _docs(split):
        for span in doc["phi"]:
            assert doc["text"][span["start"]:span["end"]] == span["text"]
            assert span["type"] in check_corpus.PHI_TYPES
        for span in doc["keep"]:
            assert doc["text"][span["start"]:span["end"]] == span["text"]
            assert span["label"] in check_corpus.KEEP_LABELS


@pytest.mark.parametrize("split", SPLITS)
def test_every_type_and_style_is_represented(split: str) -> None:
    docs = _docs(split)
    types = {span["type"] for doc in docs for span in doc["phi"]}
    labels = {span["label"] for doc in docs for span in doc["keep"]}
    assert types == check_corpus.PHI_TYPES
    assert labels == check_corpus.KEEP_LABELS
    assert len({doc["style"] for doc in docs}) >= 8


def test_holdout_styles_differ_from_dev() -> None:
    assert not {d["style"] for d in _docs("dev")} & {d["style"] for d in _docs("holdout")}


def test_holdout_pools_disjoint_from_dev() -> None:
    dev, holdout = corpus_pools.DEV, corpus_pools.HOLDOUT
    for field in ("female_first", "male_first", "last_names", "facilities", "streets", "email_domains",
                  "area_codes", "ip_prefixes"):
        assert not set(getattr(dev, field)) & set(getattr(holdout, field)), field
    assert not set(dev.female_first + dev.male_first) & set(holdout.female_first + holdout.male_first)
    assert not {c for c, _ in dev.cities} & {c for c, _ in holdout.cities}
    assert not set(dev.female_first + dev.male_first) & set(holdout.last_names)
    assert not set(dev.last_names) & set(holdout.female_first + holdout.male_first)


def test_holdout_values_unseen_in_dev() -> None:
    """No name token and no identifier value of holdout appears in dev."""
    def name_tokens(docs: list[dict]) -> set[str]:
        return {tok.lower() for d in docs for s in d["phi"] if s["type"] == "PERSON"
                for tok in s["text"].replace(",", " ").replace("^", " ").replace(".", " ").split() if len(tok) > 1}

    def values(docs: list[dict], entity_type: str) -> set[str]:
        return {s["text"] for d in docs for s in d["phi"] if s["type"] == entity_type}

    dev, holdout = _docs("dev"), _docs("holdout")
    assert not name_tokens(dev) & name_tokens(holdout)
    for entity_type in IDENTIFIER_TYPES:
        assert not values(dev, entity_type) & values(holdout, entity_type), entity_type


def test_generator_is_deterministic(tmp_path: Path) -> None:
    assert make_corpus.main(["--out", str(tmp_path)]) == 0
    for split in SPLITS:
        assert (tmp_path / f"{split}.jsonl").read_bytes() == (CORPUS_DIR / f"{split}.jsonl").read_bytes(), \
            f"{split}.jsonl is stale: rerun redaction/corpus/make_corpus.py"


def test_checker_rejects_bad_spans() -> None:
    text = "PATIENT: DOE, JOHN A seen for Baker cyst; call DOE, JOHN A."
    good = {"id": "t", "style": "t", "text": text,
            "phi": [{"start": 9, "end": 20, "type": "PERSON"}, {"start": 47, "end": 58, "type": "PERSON"}],
            "keep": [{"start": 30, "end": 40, "label": "eponym"}]}
    assert check_corpus.check_document(good) == []
    shifted = dict(good, phi=[{"start": 10, "end": 21, "type": "PERSON", "text": "DOE, JOHN A"}])
    assert any("mismatch" in p for p in check_corpus.check_document(shifted))
    overlapping = dict(good, keep=[{"start": 15, "end": 25, "label": "eponym"}])
    assert any("overlapping" in p for p in check_corpus.check_document(overlapping))
    out_of_range = dict(good, phi=[{"start": 50, "end": 500, "type": "PERSON"}])
    assert any("out of range" in p for p in check_corpus.check_document(out_of_range))
    bad_type = dict(good, phi=good["phi"][:1] + [{"start": 47, "end": 58, "type": "NAME"}])
    assert any("unknown type" in p for p in check_corpus.check_document(bad_type))
    unannotated = dict(good, phi=good["phi"][:1])
    assert any("unannotated occurrence" in p for p in check_corpus.check_document(unannotated))


# ------------------------------------------------------------------ benchmark metrics
def _score(doc: dict, preds: list[tuple[int, int, str]]):  # noqa: ANN202
    scores = bench.Scores()
    scores.add(doc, [bench.Pred(*p) for p in preds])
    return scores


TINY = {
    "id": "tiny", "style": "t",
    #        0         1         2         3         4
    #        0123456789012345678901234567890123456789012345678
    "text": "Pt John Smith seen 03/14/2026 for a Baker cyst.",
    "phi": [{"start": 3, "end": 13, "type": "PERSON"}, {"start": 19, "end": 29, "type": "DATE_TIME"}],
    "keep": [{"start": 36, "end": 46, "label": "eponym"}],
}


def test_partly_masked_span_is_a_miss() -> None:
    s = _score(TINY, [(3, 7, "PERSON"), (19, 29, "DATE_TIME"), (36, 41, "PERSON")])  # "John", date, "Baker"
    assert s.recall_of("PERSON") == 0.0
    assert s.recall_of("DATE_TIME") == 1.0
    assert s.recall == 0.5
    assert s.precision == pytest.approx(14 / 19)          # 4 + 10 chars in PHI, 5 ("Baker") outside
    assert s.keep_rate == 0.0
    assert s.docs_leaking == 1
    assert s.misses[0]["text"] == "John Smith"


def test_full_coverage_by_any_types_and_pieces() -> None:
    # "John" and "Smith" as two spans (the space between them unmasked), date tagged with another type
    s = _score(TINY, [(3, 7, "PERSON"), (8, 13, "LOCATION"), (17, 30, "US_BANK_NUMBER")])
    assert s.recall == 1.0
    assert s.precision == pytest.approx(19 / 22)          # "n " before and " " after the date are outside
    assert s.keep_rate == 1.0
    assert s.docs_leaking == 0


def test_no_predictions() -> None:
    s = _score(TINY, [])
    assert s.recall == 0.0 and s.keep_rate == 1.0 and s.precision == 1.0


def test_email_validation_stays_offline(tmp_path: Path) -> None:
    """The bench's tldextract setting makes presidio's email check use the bundled suffix list."""
    import tldextract
    from presidio_analyzer.predefined_recognizers import EmailRecognizer

    control: list[str] = []
    with bench.loopback_only(control):  # default settings would download the suffix list
        tldextract.TLDExtract(cache_dir=str(tmp_path))("jane.smith@riversidegeneral.org")
    assert control, "the guard should have seen the suffix-list download"

    bench.offline_tldextract()
    attempts: list[str] = []
    with bench.loopback_only(attempts):
        results = EmailRecognizer().analyze("Questions to jane.smith@riversidegeneral.org.", ["EMAIL_ADDRESS"], None)
    assert attempts == []
    assert [(r.start, r.end) for r in results] == [(13, 44)]
