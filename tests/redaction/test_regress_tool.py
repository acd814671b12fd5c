"""bench/redaction_regress.py: the gate a tuning round must pass (no corpus may lose a span or a keep-span)."""

from __future__ import annotations

import importlib.util
import io
import sys
from pathlib import Path

from rich.console import Console

REPO = Path(__file__).resolve().parents[2]


def _load():  # noqa: ANN202
    sys.path.insert(0, str(REPO / "bench"))
    try:
        spec = importlib.util.spec_from_file_location("redaction_regress", REPO / "bench" / "redaction_regress.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(REPO / "bench"))


regress = _load()


def _fig(misses=(), hits=(), precision=0.95) -> dict:
    return {"recall": 0.99, "precision": precision, "keep": 1.0, "misses": list(misses), "keep_hits": list(hits)}


def _console() -> Console:
    return Console(file=io.StringIO(), width=160)


def test_fewer_misses_passes() -> None:
    base = {"external_v1": _fig(misses=["d1|PERSON|Ann Lee", "d2|ZIP|02139"])}
    now = {"external_v1": _fig(misses=["d2|ZIP|02139"], precision=0.96)}
    assert regress.compare(base, now, 0.0005, _console())


def test_a_new_miss_fails_even_when_the_count_falls() -> None:
    base = {"external_v1": _fig(misses=["d1|PERSON|Ann Lee", "d2|ZIP|02139"])}
    now = {"external_v1": _fig(misses=["d3|MRN|M123"])}
    assert not regress.compare(base, now, 0.0005, _console())


def test_a_new_keep_hit_fails() -> None:
    base = {"dev": _fig()}
    now = {"dev": _fig(hits=["d9|eponym|Baker cyst"])}
    assert not regress.compare(base, now, 0.0005, _console())


def test_precision_loss_beyond_slack_fails() -> None:
    base = {"dev": _fig(precision=0.960)}
    assert regress.compare(base, {"dev": _fig(precision=0.9596)}, 0.0005, _console())
    assert not regress.compare(base, {"dev": _fig(precision=0.9590)}, 0.0005, _console())


def test_corpora_are_listed_in_numeric_order() -> None:
    names = [p.stem for p in regress.corpora(None)]
    assert names[:3] == ["dev", "holdout", "external_v1"]
    externals = [int(n.removeprefix("external_v")) for n in names[2:]]
    assert externals == sorted(externals) and len(externals) >= 13


def test_the_gate_lists_every_miss_not_only_the_benchmarks_examples(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    """A corpus with more misses than the benchmark shows as examples (2,000): the gate's lists must hold them all,
    or a miss past the cut would look new on the next run."""
    import json

    text = " ".join(f"N{i:04d}" for i in range(2500))
    doc = {"id": "d1", "text": text, "keep": [],
           "phi": [{"start": i * 6, "end": i * 6 + 5, "type": "MRN"} for i in range(2500)]}
    corpus = tmp_path / "external_v1.jsonl"
    corpus.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    monkeypatch.setattr(regress, "build_radgate", lambda: (lambda text: []))  # finds nothing: every span missed
    figures = regress.score_all([corpus])["external_v1"]
    assert figures["recall"] == 0.0
    assert len(figures["misses"]) == 2500
