"""`radgate eval score` contract, through the Typer sub-app (registered in the root CLI separately)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from evals.cli import app

runner = CliRunner()
SOURCE = {"findings": "Small left pleural effusion. No pneumothorax.", "comparison": "None."}


def _pair(pid, candidate, **kw) -> dict:
    return {"id": pid, "source": kw.get("source", SOURCE), "candidate": candidate,
            "reference": kw.get("reference", "Small left pleural effusion."), "has_prior": kw.get("has_prior", False)}


def _write(path: Path, rows: list) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8")
    return path


def test_score_writes_one_line_per_pair_in_input_order(tmp_path: Path) -> None:
    pairs = [_pair("b", "There is a small effusion on the left."),
             _pair("a", "Small right pleural effusion, unchanged from prior."),
             _pair(3, "Small left pleural effusion.", source="Small left pleural effusion.", reference=None,
                   has_prior=None)]
    out = tmp_path / "scores.jsonl"
    result = runner.invoke(app, ["score", "--input", str(_write(tmp_path / "pairs.jsonl", pairs)), "--output", str(out)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in rows] == ["b", "a", 3]
    assert rows[0] == {"id": "b", "score": 1.0, "errors": []}
    assert {e["category"] for e in rows[1]["errors"]} == {"laterality", "fabricated_comparison"}
    assert 0.0 < rows[1]["score"] < 1.0 and all(e["evidence"] for e in rows[1]["errors"])
    assert rows[2]["errors"] == []


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    out = tmp_path / "scores.jsonl"
    result = runner.invoke(app, ["score", "--input", str(tmp_path / "nope.jsonl"), "--output", str(out)])
    assert result.exit_code != 0
    assert "not found" in result.output
    assert not out.exists()


def test_bad_json_names_the_line_and_leaves_no_output(tmp_path: Path) -> None:
    src = _write(tmp_path / "pairs.jsonl", [_pair("a", "Small left pleural effusion."), "{not json"])
    out = tmp_path / "scores.jsonl"
    result = runner.invoke(app, ["score", "--input", str(src), "--output", str(out)])
    assert result.exit_code != 0
    assert "line 2" in result.output and "invalid JSON" in result.output
    assert list(tmp_path.iterdir()) == [src]  # no output, no temporary file left behind


def test_missing_field_and_bad_types_name_the_line(tmp_path: Path) -> None:
    no_field = {k: v for k, v in _pair("a", "x").items() if k != "has_prior"}
    for row, message in [(no_field, "missing field 'has_prior'"),
                         ({**_pair("a", "x"), "has_prior": "yes"}, "has_prior"),
                         ({**_pair("a", "x"), "source": None, "reference": None}, "both null")]:
        src = _write(tmp_path / "pairs.jsonl", [_pair("ok", "Small left pleural effusion."), row])
        result = runner.invoke(app, ["score", "--input", str(src), "--output", str(tmp_path / "out.jsonl")])
        assert result.exit_code != 0
        assert "line 2" in result.output and message in result.output
        assert not (tmp_path / "out.jsonl").exists()


def test_help_lists_categories() -> None:
    result = runner.invoke(app, ["score", "--help"])
    assert result.exit_code == 0 and "fabricated_comparison" in result.output
