"""The embedded model server against the real SmolLM2 weights, under a real uvicorn on loopback."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import httpx
import openai
import pytest

import modelserver
from modelserver import DEFAULT_MODEL_NAME, ModelCacheError, PromptTooLong, SamplingParams, ensure_cache
from modelserver._stopping import StopScanner

MODEL = DEFAULT_MODEL_NAME
QUESTION = [{"role": "user", "content": "What is the capital of France?"}]
# Answered at length (well past 16 tokens), so a cut-short generation is visible.
POEM = [{"role": "user", "content": "Write a long poem about the sea."}]


@pytest.fixture(scope="module")
def cache_dir(embedded_model) -> Path:  # noqa: ANN001
    return embedded_model.cache_dir


@pytest.fixture(scope="module")
def loaded(embedded_model):  # noqa: ANN001, ANN201
    return embedded_model.model, embedded_model.attempts, embedded_model.convert_s


@pytest.fixture(scope="module")
def model(embedded_model):  # noqa: ANN001, ANN201
    return embedded_model.model


@pytest.fixture(scope="module")
def server(embedded_server):  # noqa: ANN001, ANN201
    return embedded_server


@pytest.fixture(scope="module")
def client(server) -> openai.OpenAI:  # noqa: ANN001
    return openai.OpenAI(base_url=f"{server.url}/v1", api_key="unused", max_retries=0, timeout=60)


def test_public_api_is_pinned() -> None:
    assert set(modelserver.__all__) == {
        "DEFAULT_MODEL_NAME", "Completion", "EmbeddedModel", "ModelCacheError", "Prompt", "PromptTooLong",
        "SamplingParams", "TextStream", "create_app", "ensure_cache", "gguf_path", "load_model", "serve",
    }


def test_conversion_and_load_stay_offline(loaded) -> None:  # noqa: ANN001
    _, attempts, _ = loaded
    assert attempts == []


def test_second_ensure_cache_reuses_the_cache(loaded, cache_dir: Path) -> None:  # noqa: ANN001
    weights = cache_dir / "model.safetensors"
    before = weights.stat().st_mtime_ns
    started = time.monotonic()
    assert ensure_cache(cache_dir) == cache_dir.resolve()
    assert time.monotonic() - started < 1.0
    assert weights.stat().st_mtime_ns == before
    assert not [p for p in cache_dir.parent.iterdir() if ".partial-" in p.name]


def test_interrupted_conversion_leaves_no_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def convert_then_die(source: Path, out_dir: Path) -> None:
        (out_dir / "config.json").write_text("{}")
        raise KeyboardInterrupt

    monkeypatch.setattr("modelserver._convert._convert", convert_then_die)
    with pytest.raises(KeyboardInterrupt):
        ensure_cache(tmp_path / "cache")
    assert list(tmp_path.iterdir()) == []


def test_foreign_directory_is_never_overwritten(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not a model")
    with pytest.raises(ModelCacheError):
        ensure_cache(tmp_path)
    assert (tmp_path / "notes.txt").read_text() == "not a model"


def test_health_and_models(server, client: openai.OpenAI) -> None:  # noqa: ANN001
    assert httpx.get(f"{server.url}/health").json() == {"status": "ok", "model": MODEL}
    assert [m.id for m in client.models.list()] == [MODEL]


def test_chat_completion(client: openai.OpenAI) -> None:
    # Text content parts are accepted like plain strings.
    messages = [{"role": "user", "content": [{"type": "text", "text": "What is the capital of France?"}]}]
    response = client.chat.completions.create(model=MODEL, messages=messages, max_tokens=8, temperature=0)
    choice = response.choices[0]
    assert choice.message.role == "assistant" and choice.message.content.strip()
    assert choice.finish_reason in ("stop", "length")
    assert response.usage.prompt_tokens > 0 and 0 < response.usage.completion_tokens <= 8
    assert response.usage.total_tokens == response.usage.prompt_tokens + response.usage.completion_tokens


def test_streamed_chat_completion(client: openai.OpenAI) -> None:
    stream = client.chat.completions.create(
        model=MODEL, messages=QUESTION, max_tokens=8, temperature=0, stream=True,
        stream_options={"include_usage": True},
    )
    chunks = list(stream)  # ends: the client stops at `data: [DONE]`
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text.strip()
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] in ("stop", "length")
    assert chunks[-1].usage is not None and chunks[-1].usage.completion_tokens > 0


def test_stream_wire_format(server) -> None:  # noqa: ANN001
    body = {"model": MODEL, "messages": QUESTION, "max_tokens": 4, "temperature": 0, "stream": True}
    with httpx.stream("POST", f"{server.url}/v1/chat/completions", json=body, timeout=60) as response:
        assert response.headers["content-type"].startswith("text/event-stream")
        raw = response.read().decode()
    events = raw.split("\n\n")
    assert events[-2:] == ["data: [DONE]", ""]
    first = json.loads(events[0].removeprefix("data: "))
    assert first["object"] == "chat.completion.chunk" and first["choices"][0]["delta"]["role"] == "assistant"


def test_image_part_is_rejected(client: openai.OpenAI) -> None:
    content = [{"type": "text", "text": "Describe this."},
               {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}}]
    with pytest.raises(openai.BadRequestError) as caught:
        client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": content}], max_tokens=4)
    assert caught.value.code == "unsupported_content"


@pytest.mark.parametrize("content", [b"{not json", b'{"model": "smollm2-135m-instruct"}', b"[]"])
def test_malformed_body_is_400(server, content: bytes) -> None:  # noqa: ANN001
    response = httpx.post(f"{server.url}/v1/chat/completions", content=content,
                          headers={"content-type": "application/json"})
    assert response.status_code == 400
    assert set(response.json()["error"]) >= {"message", "type", "code"}


def test_unknown_model_is_404(client: openai.OpenAI) -> None:
    with pytest.raises(openai.NotFoundError):
        client.chat.completions.create(model="gpt-4o", messages=QUESTION, max_tokens=4)


def test_greedy_decoding_is_deterministic(model) -> None:  # noqa: ANN001
    params = SamplingParams(max_tokens=8, temperature=0)
    first = model.complete(model.prepare(QUESTION, params)).text
    assert first and model.complete(model.prepare(QUESTION, params)).text == first


def test_seed_makes_sampling_repeatable(client: openai.OpenAI) -> None:
    def sample() -> str:
        response = client.chat.completions.create(
            model=MODEL, messages=POEM, max_tokens=8, temperature=1.0, top_p=0.9, seed=7
        )
        return response.choices[0].message.content

    assert sample() == sample()


def test_stop_string_cuts_the_completion(model) -> None:  # noqa: ANN001
    full = model.complete(model.prepare(QUESTION, SamplingParams(max_tokens=8, temperature=0))).text
    word = full.split()[1]
    cut = model.complete(model.prepare(QUESTION, SamplingParams(max_tokens=8, temperature=0, stop=(word,))))
    assert cut.text == full[: full.index(word)] and cut.finish_reason == "stop"


def test_stop_scanner_sees_a_stop_split_across_pieces() -> None:
    scanner = StopScanner(["</end>"])
    out = "".join(scanner.feed(p) for p in ["Find", "ings </e", "nd> ignored"])
    assert out + scanner.flush() == "Findings " and scanner.stopped


def test_cancel_stops_generation(model) -> None:  # noqa: ANN001
    cancel = threading.Event()
    stream = model.stream(model.prepare(POEM, SamplingParams(max_tokens=16, temperature=0)), cancel)
    next(stream)
    cancel.set()
    list(stream)
    assert stream.completion.completion_tokens < 16


@pytest.fixture
def generated(model, monkeypatch: pytest.MonkeyPatch) -> list[int]:  # noqa: ANN001
    """Token counts of each generation the model runs during the test (recorded as each ends)."""
    counts: list[int] = []
    real_generate = model._generate

    def recording_generate(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        ids = real_generate(*args, **kwargs)
        counts.append(len(ids))
        return ids

    monkeypatch.setattr(model, "_generate", recording_generate)
    return counts


def _wait_for(values: list[int], timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while not values and time.monotonic() < deadline:
        time.sleep(0.02)


def test_client_disconnect_cancels_generation(server, generated: list[int]) -> None:  # noqa: ANN001
    body = {"model": MODEL, "messages": POEM, "max_tokens": 16, "temperature": 0, "stream": True}
    with httpx.stream("POST", f"{server.url}/v1/chat/completions", json=body, timeout=60) as response:
        next(response.iter_lines())  # the role chunk, sent before any token; then hang up
    _wait_for(generated)
    assert generated and generated[0] < 16


def test_closing_an_unread_stream_stops_generation(model, generated: list[int]) -> None:  # noqa: ANN001
    model.stream(model.prepare(POEM, SamplingParams(max_tokens=16, temperature=0)), threading.Event()).close()
    _wait_for(generated)
    assert generated and generated[0] < 16


def test_prompt_over_the_context_window_is_refused(model) -> None:  # noqa: ANN001
    with pytest.raises(PromptTooLong):
        model.prepare([{"role": "user", "content": "word " * 9000}], SamplingParams(max_tokens=16))

