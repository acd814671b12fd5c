"""Fixtures for eval runs: a small gold set, an 'echo the reference' upstream (the demo oracle), a proxy in
front of it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from radgate.testing.reference_oracle import ReferenceOracle
from tests.conftest import AUDIT_KEY, PEPPER, make_settings, start_proxy
from tests.support import LoopbackServer

GOLD_IDS = ("xr_chest-002", "xr_chest-003", "ct_chest-001", "ct_head-001", "mr_knee-001", "mr_brain-001",
            "us_ruq-001", "us_renal-001", "xr_extremity-001", "ct_abdomen-001")


@pytest.fixture(scope="session")
def small_gold(tmp_path_factory) -> Path:  # noqa: ANN001
    """Ten gold cases across modalities, body parts and sites, as their own gold file."""
    rows = {json.loads(line)["id"]: line for line in Path("evals/data/gold.jsonl").read_text().splitlines()}
    path = tmp_path_factory.mktemp("gold") / "gold-small.jsonl"
    path.write_text("".join(rows[i] + "\n" for i in GOLD_IDS), encoding="utf-8")
    return path


@pytest.fixture
def oracle(small_gold):  # noqa: ANN001, ANN201
    upstream = ReferenceOracle(small_gold)
    with LoopbackServer(upstream, lifespan="off", graceful_s=1) as server:
        upstream.url = server.url + "/v1"
        yield upstream


def models_config(path: Path, api_base: str, version: str) -> Path:
    path.write_text(yaml.safe_dump({"model_list": [{
        "model_name": "impression-drafter",
        "litellm_params": {"model": "openai/stub", "api_base": api_base, "api_key": "none"},
        "model_info": {"version": version}}], "router_settings": {"num_retries": 0, "timeout": 30}}))
    return path


@pytest.fixture
def oracle_proxy(database_url, oracle, tmp_path):  # noqa: ANN001, ANN201
    """A running proxy whose impression-drafter (version oracle-1.0) echoes the gold reference."""
    settings = make_settings(database_url, models_config(tmp_path / "models.yaml", oracle.url, "oracle-1.0"))
    server, handle = start_proxy(settings)
    with server:
        handle.url = server.url
        yield handle


def cli_env(database_url: str) -> dict[str, str]:
    """What `radgate eval ...` reads from the environment in these tests."""
    return {"RADGATE_ENVIRONMENT": "test", "RADGATE_DATABASE_URL": database_url, "RADGATE_KEY_PEPPER": PEPPER,
            "RADGATE_AUDIT_MASTER_KEY": AUDIT_KEY}
