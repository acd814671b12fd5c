"""The real embedded model (SmolLM2-135M on CPU) behind the proxy, through the official client."""

from __future__ import annotations

import openai
import yaml

from tests.conftest import make_settings, start_proxy


def test_proxy_drafts_with_the_real_embedded_model(embedded_server, tmp_path):  # noqa: ANN001
    config = tmp_path / "models.yaml"
    config.write_text(yaml.safe_dump({"model_list": [{
        "model_name": "impression-drafter",
        "litellm_params": {"model": "openai/smollm2-135m-instruct", "api_base": embedded_server.url + "/v1",
                           "api_key": "none", "timeout": 120},
        "model_info": {"version": "smollm2-135m-instruct@q4_1-gguf"}}]}))
    server, proxy = start_proxy(make_settings(f"sqlite:///{tmp_path}/db.sqlite", config))
    with server:
        client = openai.OpenAI(base_url=server.url + "/v1", api_key=proxy.key(), max_retries=0, timeout=120)
        messages = [{"role": "user", "content": "Findings: No pleural effusion. Write a one-line impression."}]
        response = client.chat.completions.create(model="impression-drafter", messages=messages,
                                                  max_tokens=8, temperature=0)
        assert response.choices[0].message.content.strip()
        assert 0 < response.usage.completion_tokens <= 8
        assert response.model_extra["radgate"]["model_version"] == "smollm2-135m-instruct@q4_1-gguf"

        stream = client.chat.completions.create(model="impression-drafter", messages=messages,
                                                max_tokens=8, temperature=0, stream=True)
        chunks = list(stream)
        text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
        # greedy decoding: the stream says what the non-streamed call said
        assert text == response.choices[0].message.content
        assert chunks[-1].model_extra["radgate"]["status"] == "inferred"
