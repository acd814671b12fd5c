"""GovernanceGate units: what an alias can reach, and failing closed when the inventory cannot be read."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine

from governance import GateRefusal, GovernanceGate, deployment_versions
from prompts import load_registry
from proxy.chat.protocol import Limits, parse_chat_request
from radgate.auth import Principal, Role

LIMITS = Limits(max_messages=8, max_images=0, max_image_bytes=1, max_output_tokens=64)
CALLER = Principal("id", "ris", Role.reporting, frozenset({"*"}))


def test_every_deployment_and_fallback_of_an_alias_is_governed() -> None:
    config = {"model_list": [
        {"model_name": "a", "litellm_params": {"model": "hosted_vllm/q"}, "model_info": {"version": "q-1"}},
        {"model_name": "a", "litellm_params": {"model": "hosted_vllm/q"}, "model_info": {"version": "q-2"}},
        {"model_name": "b", "litellm_params": {"model": "openai/r"}}],  # no version: the backend names it
        "router_settings": {"fallbacks": [{"a": ["b"]}]}}
    assert deployment_versions(config) == {"a": (("a", "q-1"), ("a", "q-2"), ("b", "openai/r")),
                                           "b": (("b", "openai/r"),)}


async def test_an_unreadable_inventory_refuses_the_call(tmp_path) -> None:  # noqa: ANN001
    engine = create_engine(f"sqlite:///{tmp_path / 'missing' / 'no.db'}")
    gate = GovernanceGate(engine, {"a": (("a", "v"),)}, load_registry())
    request = parse_chat_request({"model": "a", "messages": [{"role": "user", "content": "x"}]}, LIMITS)
    with pytest.raises(GateRefusal) as info:
        await gate.admit(request, CALLER)
    assert info.value.status == 503 and info.value.code == "governance_unavailable"
    unknown = parse_chat_request({"model": "z", "messages": [{"role": "user", "content": "x"}]}, LIMITS)
    with pytest.raises(GateRefusal) as info:
        await gate.admit(unknown, CALLER)
    assert info.value.code == "model_not_approved"
