"""The demonstration oracle (`radgate demo-oracle`): answers with the gold reference of the best-matching case,
speaks enough of the OpenAI API for the proxy (models, plain and streamed completions), refuses bad input."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import openai
import pytest
from typer.testing import CliRunner

from radgate.cli import app
from radgate.testing import LoopbackServer
from radgate.testing.reference_oracle import ReferenceOracle

GOLD = Path("evals/data/gold-walkthrough.jsonl")


@pytest.fixture(scope="module")
def oracle():
    upstream = ReferenceOracle(GOLD)
    with LoopbackServer(upstream, lifespan="off", graceful_s=1) as server:
        yield upstream, server.url


def _gold() -> dict[str, dict]:
    return {row["id"]: row for row in map(json.loads, GOLD.read_text().splitlines())}


def test_each_case_is_answered_with_its_reference_even_reworded(oracle) -> None:
    upstream, url = oracle
    client = openai.OpenAI(base_url=url + "/v1", api_key="none")
    for case in _gold().values():
        findings = " ".join(reversed(case["source"]["findings"].split(". ")))  # sentences reordered
        answer = client.chat.completions.create(model="any", messages=[
            {"role": "system", "content": "You draft impressions."},
            {"role": "user", "content": f"INDICATION: x\nFINDINGS:\n{findings}\nWrite the IMPRESSION."}])
        assert answer.choices[0].message.content == case["reference"]
    assert upstream.requests[-1]["messages"][1]["role"] == "user"


def test_streams_and_lists_a_model(oracle) -> None:
    _, url = oracle
    client = openai.OpenAI(base_url=url + "/v1", api_key="none")
    assert [m.id for m in client.models.list()] == ["reference-oracle"]
    chunks = list(client.chat.completions.create(model="m", stream=True, messages=[
        {"role": "user", "content": "Large joint effusion. Baker cyst. No meniscal tear."}]))
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == _gold()["mr_knee-001"]["reference"]


@pytest.mark.parametrize(("body", "status", "code"), [
    (b"{not json", 400, "invalid_json"),
    (b'{"model": "m"}', 400, "invalid_request"),
    (b"x" * (1024 * 1024 + 1), 413, "body_too_large"),
])
def test_bad_requests_get_json_errors(oracle, body: bytes, status: int, code: str) -> None:
    _, url = oracle
    answer = httpx.post(url + "/v1/chat/completions", content=body, headers={"content-type": "application/json"})
    assert answer.status_code == status and answer.json()["error"]["code"] == code
    assert httpx.get(url + "/v1/anything").status_code == 404


def test_cli_refuses_a_missing_or_referenceless_gold_file(tmp_path) -> None:
    runner = CliRunner()
    missing = runner.invoke(app, ["demo-oracle", "--gold", str(tmp_path / "nope.jsonl")])
    assert missing.exit_code == 2 and "refused" in missing.output
    empty = tmp_path / "no-reference.jsonl"
    empty.write_text(json.dumps({"id": "a", "source": {"findings": "Clear lungs."}, "reference": None}) + "\n")
    refused = runner.invoke(app, ["demo-oracle", "--gold", str(empty)])
    assert refused.exit_code == 2 and "no gold case has a reference" in " ".join(refused.output.split())


def test_cli_help_says_it_is_not_a_model() -> None:
    shown = CliRunner().invoke(app, ["demo-oracle", "--help"])
    assert shown.exit_code == 0
    assert "DEMONSTRATION ONLY" in shown.output and "not a model" in " ".join(shown.output.split())
