"""Fixtures for eval runs: a small gold set, an 'echo the reference' upstream, a proxy in front of it."""

from __future__ import annotations

import json
import re
import threading
from pathlib import Path

import pytest
import yaml

from evals import load_gold
from tests.conftest import AUDIT_KEY, PEPPER, make_settings, start_proxy
from tests.support import LoopbackServer

GOLD_IDS = ("xr_chest-002", "xr_chest-003", "ct_chest-001", "ct_head-001", "mr_knee-001", "mr_brain-001",
            "us_ruq-001", "us_renal-001", "xr_extremity-001", "ct_abdomen-001")
_WORDS = re.compile(r"[a-z]+")


@pytest.fixture(scope="session")
def small_gold(tmp_path_factory) -> Path:  # noqa: ANN001
    """Ten gold cases across modalities, body parts and sites, as their own gold file."""
    rows = {json.loads(line)["id"]: line for line in Path("evals/data/gold.jsonl").read_text().splitlines()}
    path = tmp_path_factory.mktemp("gold") / "gold-small.jsonl"
    path.write_text("".join(rows[i] + "\n" for i in GOLD_IDS), encoding="utf-8")
    return path


class ReferenceOracle:
    """An OpenAI-compatible upstream that answers each draft request with the gold reference of the case
    its findings come from (found by word overlap, so reordered and reworded findings still match)."""

    def __init__(self, gold: Path) -> None:
        self.cases = [(set(_WORDS.findall(c.source["findings"].lower())), c.reference) for c in load_gold(gold)]
        self.requests: list[dict] = []
        self._lock = threading.Lock()

    def answer(self, text: str) -> str:
        words = set(_WORDS.findall(text.lower()))
        return max(self.cases, key=lambda c: len(c[0] & words) / len(c[0] | words))[1]

    async def __call__(self, scope, receive, send) -> None:  # noqa: ANN001
        if scope["type"] != "http":
            return
        chunks = []
        while True:
            message = await receive()
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        body = json.loads(b"".join(chunks) or b"{}")
        with self._lock:
            self.requests.append(body)
        prompt = " ".join(m.get("content") or "" for m in body.get("messages", []) if m.get("role") == "user")
        text = self.answer(prompt)
        payload = {"id": "chatcmpl-oracle", "object": "chat.completion", "created": 0, "model": body.get("model"),
                   "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": text}}],
                   "usage": {"prompt_tokens": len(prompt) // 4 + 1, "completion_tokens": len(text) // 4 + 1,
                             "total_tokens": (len(prompt) + len(text)) // 4 + 2}}
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]})
        await send({"type": "http.response.body", "body": json.dumps(payload).encode()})


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
