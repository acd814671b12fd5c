"""Routing from the YAML model config: fallbacks, several deployments per alias, litellm's own path."""

from __future__ import annotations

import socket

import openai
import pytest
import yaml

from proxy.routing import ModelConfigError, load_model_config
from radgate.testing import DEFAULT_CONTENT
from tests.conftest import make_settings, start_proxy


def _dead_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # closed again: connections are refused


@pytest.fixture
def routed(stub, tmp_path):  # noqa: ANN001, ANN201
    dead = f"http://127.0.0.1:{_dead_port()}/v1"
    config = {
        "model_list": [
            {"model_name": "primary", "litellm_params": {"model": "hosted_vllm/big", "api_base": dead},
             "model_info": {"version": "big-1"}},
            {"model_name": "backup", "litellm_params": {"model": "openai/stub", "api_base": stub.base_url},
             "model_info": {"version": "backup-1"}},
            {"model_name": "pooled", "litellm_params": {"model": "openai/stub", "api_base": stub.base_url},
             "model_info": {"version": "pool-a"}},
            {"model_name": "pooled", "litellm_params": {"model": "openai/stub", "api_base": stub.base_url},
             "model_info": {"version": "pool-b"}},
            {"model_name": "via-litellm", "litellm_params": {"model": "deepseek/stub", "api_base": stub.base_url,
                                                              "api_key": "upstream-secret"},
             "model_info": {"version": "generic-1"}},
        ],
        "router_settings": {"num_retries": 1, "fallbacks": [{"primary": ["backup"]}]},
    }
    path = tmp_path / "models.yaml"
    path.write_text(yaml.safe_dump(config))
    server, proxy = start_proxy(make_settings(f"sqlite:///{tmp_path}/db.sqlite", path))
    with server:
        key = proxy.key(models=("primary", "pooled", "via-litellm"))
        yield openai.OpenAI(base_url=server.url + "/v1", api_key=key, max_retries=0)


def ask(client, model: str, **kw):  # noqa: ANN001, ANN003, ANN201
    return client.chat.completions.create(model=model, messages=[{"role": "user", "content": "x"}], **kw)


def test_unreachable_backend_falls_back_and_says_which_model_answered(routed, stub):  # noqa: ANN001
    response = ask(routed, "primary")
    assert response.choices[0].message.content == DEFAULT_CONTENT
    assert response.model_extra["radgate"]["model_version"] == "backup-1"
    stream = list(ask(routed, "primary", stream=True))
    assert stream[-1].model_extra["radgate"]["model_version"] == "backup-1"


def test_several_deployments_share_an_alias(routed):  # noqa: ANN001
    versions = {ask(routed, "pooled").model_extra["radgate"]["model_version"] for _ in range(30)}
    assert versions == {"pool-a", "pool-b"}


def test_other_providers_go_through_litellm(routed, stub):  # noqa: ANN001
    response = ask(routed, "via-litellm")
    assert response.choices[0].message.content == DEFAULT_CONTENT
    assert response.model_extra["radgate"]["model_version"] == "generic-1"
    assert stub.requests[-1].headers["authorization"] == "Bearer upstream-secret"
    chunks = list(ask(routed, "via-litellm", stream=True))
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == DEFAULT_CONTENT


@pytest.mark.parametrize("text,message", [
    ("model_list: []", "non-empty 'model_list'"),
    ("model_list: [{model_name: a, litellm_params: {model: gpt-4o}}]", "must name a provider"),
    ("model_list: [{model_name: a, litellm_params: {model: openai/x}}]\nrouter_settings: {typo: 1}",
     "unknown router_settings"),
    ("model_list: [{model_name: a, litellm_params: {model: openai/x}}]\n"
     "router_settings: {fallbacks: [{a: [nope]}]}", "unknown model"),
    ("model_list: [", "not valid YAML"),
])
def test_bad_model_config_is_refused_with_the_reason(tmp_path, text, message):  # noqa: ANN001
    path = tmp_path / "models.yaml"
    path.write_text(text)
    with pytest.raises(ModelConfigError, match=message):
        load_model_config(path)
