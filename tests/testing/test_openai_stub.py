"""The loopback OpenAI-compatible stub, driven by the official openai client."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import httpx2
import openai
import pytest

import radgate.testing
from radgate.testing import DEFAULT_CONTENT, StubConfig, run_stub

REPO = Path(__file__).resolve().parents[2]
CHUNKS = 5
REPORT = "FINDINGS: Clear lungs. No effusion. Normal heart size."


@pytest.fixture(scope="module")
def server():  # noqa: ANN201
    with run_stub(chunks=CHUNKS) as srv:
        yield srv


@pytest.fixture
def stub(server):  # noqa: ANN001, ANN201
    server.reset()
    return server


@pytest.fixture
def client(stub) -> openai.OpenAI:  # noqa: ANN001
    return openai.OpenAI(base_url=stub.base_url, api_key="test-key", max_retries=0, timeout=10)


def ask(client: openai.OpenAI, text: str = REPORT, **kwargs):  # noqa: ANN003, ANN201
    return client.chat.completions.create(
        model="impression-drafter", messages=[{"role": "user", "content": text}], **kwargs)


def test_public_names_are_pinned() -> None:
    assert sorted(radgate.testing.__all__) == [
        "DEFAULT_CONTENT", "LoopbackServer", "RecordedRequest", "StubConfig", "StubServer",
        "StubUpstream", "run_stub"]


def test_completion_has_the_openai_shape(client) -> None:  # noqa: ANN001
    reply = ask(client)
    assert reply.object == "chat.completion"
    assert reply.id.startswith("chatcmpl-")
    assert reply.model == "impression-drafter"  # the requested model is echoed back
    assert reply.choices[0].message.role == "assistant"
    assert reply.choices[0].message.content == DEFAULT_CONTENT
    assert reply.choices[0].finish_reason == "stop"
    usage = reply.usage
    assert usage.prompt_tokens > 0 and usage.completion_tokens > 0
    assert usage.total_tokens == usage.prompt_tokens + usage.completion_tokens


def test_stream_sends_n_chunks_then_finish_then_usage(client) -> None:  # noqa: ANN001
    events = list(ask(client, stream=True, stream_options={"include_usage": True}))
    content = [e.choices[0].delta.content for e in events
               if e.choices and e.choices[0].delta.content]
    assert len(content) == CHUNKS
    assert "".join(content) == DEFAULT_CONTENT
    assert events[0].choices[0].delta.role == "assistant"
    assert all(e.object == "chat.completion.chunk" for e in events)
    assert events[-2].choices[0].finish_reason == "stop"
    assert events[-1].choices == [] and events[-1].usage.total_tokens > 0
    assert len({e.id for e in events}) == 1


def test_stream_without_usage_option_has_no_usage_chunk(client) -> None:  # noqa: ANN001
    events = list(ask(client, stream=True))
    assert events[-1].choices[0].finish_reason == "stop"
    assert all(e.usage is None for e in events)


def test_stream_is_server_sent_events_ending_in_done(stub) -> None:  # noqa: ANN001
    body = {"model": "m", "messages": [{"role": "user", "content": "x"}], "stream": True}
    with httpx.stream("POST", stub.base_url + "/chat/completions", json=body) as resp:
        assert resp.headers["content-type"] == "text/event-stream"
        lines = [line for line in resp.iter_lines() if line]
    assert all(line.startswith("data: ") for line in lines)
    assert lines[-1] == "data: [DONE]"
    assert len(lines) == CHUNKS + 2  # content chunks, finish chunk, [DONE]


def test_chunk_count_follows_the_config(stub, client) -> None:  # noqa: ANN001
    stub.config.chunks = 12
    content = [e.choices[0].delta.content for e in ask(client, stream=True)
               if e.choices and e.choices[0].delta.content]
    assert len(content) == 12 and "".join(content) == DEFAULT_CONTENT


@pytest.mark.parametrize(("status", "error"), [
    (500, openai.InternalServerError),
    (503, openai.InternalServerError),
    (429, openai.RateLimitError),
    (400, openai.BadRequestError),
])
def test_error_status_raises_the_matching_openai_error(  # noqa: ANN001
        stub, client, status, error) -> None:
    stub.config.error_status = status
    with pytest.raises(error) as caught:
        ask(client)
    assert caught.value.status_code == status
    assert len(stub.calls) == 1  # the failed call still reached the upstream


def test_error_times_fails_only_the_next_requests(stub, client) -> None:  # noqa: ANN001
    stub.config.error_status, stub.config.error_times = 503, 2
    for _ in range(2):
        with pytest.raises(openai.InternalServerError):
            ask(client)
    assert ask(client).choices[0].message.content == DEFAULT_CONTENT
    assert stub.config.error_status is None


def test_directives_in_the_message_override_the_config(client) -> None:  # noqa: ANN001
    with pytest.raises(openai.InternalServerError):
        ask(client, "[[stub:status=502]] draft the impression")
    events = list(ask(client, "[[stub:chunks=2]] draft", stream=True))
    assert sum(1 for e in events if e.choices and e.choices[0].delta.content) == 2


def test_echo_returns_the_last_user_message(stub, client) -> None:  # noqa: ANN001
    stub.config.echo = True
    reply = client.chat.completions.create(model="m", messages=[
        {"role": "system", "content": "You draft impressions."},
        {"role": "user", "content": "first"},
        {"role": "assistant", "content": "ok"},
        {"role": "user", "content": [{"type": "text", "text": REPORT}]},
    ])
    assert reply.choices[0].message.content == REPORT
    streamed = "".join(e.choices[0].delta.content or "" for e in ask(client, stream=True)
                       if e.choices)
    assert streamed == REPORT


def test_echo_directive(client) -> None:  # noqa: ANN001
    text = "[[stub:echo]] Patient name should have been removed here."
    assert ask(client, text).choices[0].message.content == text


def test_call_log_records_bodies_and_headers_in_order(stub, client) -> None:  # noqa: ANN001
    assert stub.calls == []  # "the upstream was never called"
    ask(client, "one")
    ask(client, "two", stream=True).close()
    client.models.list()
    assert [c["messages"][0]["content"] for c in stub.calls] == ["one", "two"]
    assert stub.calls[1]["stream"] is True
    assert stub.requests[0].headers["authorization"] == "Bearer test-key"
    assert [r.path for r in stub.requests] == ["/v1/chat/completions"] * 2 + ["/v1/models"]
    stub.reset()
    assert stub.calls == [] and stub.requests == []


def test_call_log_is_safe_under_concurrent_requests(stub, client) -> None:  # noqa: ANN001
    with ThreadPoolExecutor(max_workers=16) as pool:
        replies = list(pool.map(lambda i: ask(client, f"report {i}"), range(64)))
    assert all(r.choices[0].message.content == DEFAULT_CONTENT for r in replies)
    received = sorted(c["messages"][0]["content"] for c in stub.wait_for_calls(64))
    assert received == sorted(f"report {i}" for i in range(64))


def test_call_log_can_be_turned_off(stub, client) -> None:  # noqa: ANN001
    stub.config.record_calls = False
    ask(client)
    assert stub.calls == []


def test_reset_restores_the_initial_config(stub) -> None:  # noqa: ANN001
    stub.config.echo, stub.config.error_status = True, 500
    stub.reset()
    assert stub.config == StubConfig(chunks=CHUNKS)


def test_delay_lets_a_client_time_out_and_the_stub_recovers(stub) -> None:  # noqa: ANN001
    stub.config.delay_s = 5.0
    impatient = openai.OpenAI(base_url=stub.base_url, api_key="k", max_retries=0, timeout=0.3)
    start = time.monotonic()
    with pytest.raises(openai.APITimeoutError):
        ask(impatient)
    assert time.monotonic() - start < 2.0
    stub.config.delay_s = 0.0
    assert ask(impatient).choices[0].message.content == DEFAULT_CONTENT


def test_delay_directive_delays_the_answer(client) -> None:  # noqa: ANN001
    start = time.monotonic()
    ask(client, "[[stub:delay=0.3]] draft")
    assert time.monotonic() - start >= 0.3


def test_aborted_stream_raises_a_connection_error(stub, client) -> None:  # noqa: ANN001
    stub.config.abort_stream_after = 2
    received = []
    # openai wraps the broken chunked body as APIConnectionError in some releases and lets the transport's
    # RemoteProtocolError through in others (3.3.0): either way the client sees a broken stream, not a clean end
    with pytest.raises((openai.APIConnectionError, httpx2.TransportError)):
        for event in ask(client, stream=True):
            received.append(event.choices[0].delta.content)
    assert len(received) == 2


def test_required_api_key(stub, client) -> None:  # noqa: ANN001
    stub.config.require_api_key = "upstream-secret"
    with pytest.raises(openai.AuthenticationError):
        ask(client)
    good = openai.OpenAI(base_url=stub.base_url, api_key="upstream-secret", max_retries=0)
    assert ask(good).choices[0].finish_reason == "stop"


def test_models_health_and_unknown_routes(stub, client) -> None:  # noqa: ANN001
    assert [m.id for m in client.models.list()] == ["stub"]
    assert httpx.get(stub.url + "/health").json() == {"status": "ok"}
    assert httpx.get(stub.url + "/v2/nothing").status_code == 404
    bad = httpx.post(stub.base_url + "/chat/completions", content=b"{not json")
    assert bad.status_code == 400 and bad.json()["error"]["type"] == "invalid_request_error"
    empty = httpx.post(stub.base_url + "/chat/completions", json={"model": "m", "messages": []})
    assert empty.status_code == 400
    directive = httpx.post(stub.url + "/chat/completions",  # the path without /v1 works too
                           json={"model": "m", "messages": [{"role": "user",
                                                             "content": "[[stub:delay=soon]]"}]})
    assert directive.status_code == 400 and "directive" in directive.json()["error"]["message"]


def test_server_stops_cleanly_and_frees_its_port() -> None:
    with run_stub() as srv:
        port = srv.port
        assert httpx.get(srv.url + "/health").status_code == 200
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"http://127.0.0.1:{port}/health", timeout=1)


def test_runs_as_a_process() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = os.environ | {"PYTHONPATH": str(REPO)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "radgate.testing.openai_stub", "--port", str(port),
         "--chunks", "3", "--echo"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert proc.poll() is None, proc.stderr.read().decode()
            assert time.monotonic() < deadline, "stub process did not become ready"
            time.sleep(0.1)
        proc_client = openai.OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key="k",
                                    max_retries=0)
        events = list(ask(proc_client, "echo me please now", stream=True))
        assert sum(1 for e in events if e.choices and e.choices[0].delta.content) == 3
        assert "".join(e.choices[0].delta.content or "" for e in events if e.choices) == \
            "echo me please now"
    finally:
        proc.terminate()
        proc.wait(10)
