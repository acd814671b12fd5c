"""Gold set format and loader, the shipped gold set, the Open-i importer, and the package's public face."""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

import evals
from evals import GoldFormatError, import_openi_csv, load_gold, score_candidate
from evals.cli import app


def test_public_names() -> None:
    assert set(evals.__all__) == {"Assertion", "Comparison", "ErrorCategory", "Extraction", "Finding", "GoldCase",
                                  "GoldFormatError", "Measurement", "ScoreError", "ScoreResult", "extract",
                                  "import_openi_csv", "load_gold", "score_candidate",
                                  # acceptance plans and runs; get_run / passing_run are for governance
                                  "PlanError", "RunOptions", "RunRefused", "RunSummary", "create_plan", "get_run",
                                  "parse_plan", "passing_run", "run_plan"}


def test_shipped_gold_set_covers_modalities_and_priors() -> None:
    cases = load_gold()
    assert len(cases) >= 200
    assert set(Counter(c.metadata["modality"] for c in cases)) == {"CT", "MR", "XR", "US"}
    assert {c.has_prior for c in cases} == {True, False}
    for case in cases:
        assert set(case.metadata) >= {"modality", "body_part", "age_group", "sex", "site"}
        assert set(case.source) >= {"indication", "comparison", "has_prior", "findings"}


def test_gold_references_are_consistent_with_their_sources() -> None:
    for case in load_gold()[::7]:
        result = score_candidate(case.reference, case.source, case.reference)
        assert result.errors == (), (case.id, result.errors)


def test_gold_generator_is_deterministic() -> None:
    from evals.data.make_gold import make_gold

    shipped = [json.loads(line) for line in (Path(evals.__file__).parent / "data" / "gold.jsonl").open()]
    assert make_gold() == shipped


def test_loader_names_bad_lines(tmp_path: Path) -> None:
    good = {"id": "x", "source": {"findings": "No effusion."}, "reference": None}
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(good) + "\n" + json.dumps({"id": "y", "reference": None}) + "\n")
    with pytest.raises(GoldFormatError, match="line 2: missing field 'source'"):
        load_gold(path)
    path.write_text(json.dumps(good) + "\n" + json.dumps(good) + "\n")
    with pytest.raises(GoldFormatError, match="line 2: duplicate id"):
        load_gold(path)


def _openi_csv(path: Path) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["uid", "MeSH", "Problems", "image", "indication", "comparison", "findings", "impression"])
        writer.writerow(["1", "normal", "normal", "img1", "Cough.", "None.", "The lungs are clear.", "No acute disease."])
        writer.writerow(["2", "Effusion/left", "Effusion", "img2", "Dyspnea.", "Chest radiograph 2019.",
                         "Small left pleural effusion.", "Small left effusion."])
        writer.writerow(["3", "", "", "img3", "", "", "", ""])  # nothing to evaluate: skipped
    return path


def test_openi_import(tmp_path: Path) -> None:
    out = tmp_path / "gold.jsonl"
    assert import_openi_csv(_openi_csv(tmp_path / "iu.csv"), out) == 2
    cases = load_gold(out)
    assert [c.id for c in cases] == ["openi-1", "openi-2"]
    assert [c.has_prior for c in cases] == [False, True]
    assert cases[1].reference == "Small left effusion."
    assert cases[1].source["findings"] == "Small left pleural effusion."
    assert cases[1].metadata["modality"] == "XR" and cases[1].metadata["mesh"] == "Effusion/left"


def test_openi_import_cli_and_bad_columns(tmp_path: Path) -> None:
    out = tmp_path / "gold.jsonl"
    result = CliRunner().invoke(app, ["import-openi", str(_openi_csv(tmp_path / "iu.csv")), "--output", str(out)])
    assert result.exit_code == 0 and len(out.read_text().splitlines()) == 2
    bad = tmp_path / "bad.csv"
    bad.write_text("uid,text\n1,hello\n")
    result = CliRunner().invoke(app, ["import-openi", str(bad), "--output", str(tmp_path / "x.jsonl")])
    assert result.exit_code != 0 and "missing column" in result.output
    assert not (tmp_path / "x.jsonl").exists()
