"""A fast loopback OpenAI-compatible upstream for tests and benchmarks.

A bare ASGI app (no framework) so that one uvicorn worker is never the bottleneck of a
proxy benchmark. Tests drive failure modes through a mutable `StubConfig`, or per request
through directives in message text such as ``[[stub:status=503]]`` (useful when the
request reaches the stub through a proxy), and read back what the upstream received
from a thread-safe call log.

    with run_stub(chunks=5) as stub:
        client = openai.OpenAI(base_url=stub.base_url, api_key="x")
        stub.config.error_status = 503
        assert stub.calls[-1]["model"] == "stub"
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import os
from collections.abc import Iterator
from typing import Any

import uvicorn

from radgate.testing._server import LoopbackServer
from radgate.testing._stub_app import (
    CONFIG_ENV_VAR,
    DEFAULT_CONTENT,
    RecordedRequest,
    StubConfig,
    StubUpstream,
)

__all__ = ["DEFAULT_CONTENT", "RecordedRequest", "StubConfig", "StubServer", "StubUpstream", "run_stub"]


# --- serving -------------------------------------------------------------------------

class StubServer(LoopbackServer):
    """A `StubUpstream` served by a real uvicorn in a background thread."""

    def __init__(self, upstream: StubUpstream | None = None, *, host: str = "127.0.0.1",
                 port: int = 0) -> None:
        self.upstream = upstream if upstream is not None else StubUpstream()
        # Short graceful timeout: a delayed response must not hold up a test's teardown.
        super().__init__(self.upstream, host=host, port=port, lifespan="off", graceful_s=1)

    @property
    def base_url(self) -> str:
        """OpenAI-style base URL (…/v1): pass as `base_url` / litellm `api_base`."""
        return self.url + "/v1"

    @property
    def config(self) -> StubConfig:
        return self.upstream.config

    @property
    def calls(self) -> list[Any]:
        return self.upstream.calls

    @property
    def requests(self) -> list[RecordedRequest]:
        return self.upstream.requests

    def reset(self, config: StubConfig | None = None) -> None:
        self.upstream.reset(config)

    def wait_for_calls(self, count: int, timeout_s: float = 5.0) -> list[Any]:
        return self.upstream.wait_for_calls(count, timeout_s)


@contextlib.contextmanager
def run_stub(config: StubConfig | None = None, *, host: str = "127.0.0.1", port: int = 0,
             **overrides: Any) -> Iterator[StubServer]:
    """Serve a stub on loopback for the block; `overrides` are `StubConfig` fields."""
    config = dataclasses.replace(config or StubConfig(), **overrides)
    with StubServer(StubUpstream(config), host=host, port=port) as server:
        yield server


def app_from_environ() -> StubUpstream:
    """uvicorn factory for worker processes: config from $RADGATE_STUB_CONFIG (JSON)."""
    fields = json.loads(os.environ.get(CONFIG_ENV_VAR, "{}"))
    if "models" in fields:
        fields["models"] = tuple(fields["models"])
    return StubUpstream(StubConfig(**fields))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m radgate.testing.openai_stub",
        description="Serve a fake OpenAI-compatible upstream (for tests and benchmarks only).")
    parser.add_argument("--host", default="127.0.0.1", help="bind address (default loopback)")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    parser.add_argument("--chunks", type=int, default=20, help="content chunks per stream")
    parser.add_argument("--delay", type=float, default=0.0, help="seconds before each answer")
    parser.add_argument("--chunk-delay", type=float, default=0.0,
                        help="seconds between streamed chunks")
    parser.add_argument("--error-status", type=int, default=None,
                        help="answer every chat completion with this HTTP status")
    parser.add_argument("--echo", action="store_true", help="answer with the last user message")
    parser.add_argument("--record", action="store_true",
                        help="keep a call log (off by default: nothing reads it in a process)")
    args = parser.parse_args(argv)
    fields = {"chunks": args.chunks, "delay_s": args.delay, "chunk_delay_s": args.chunk_delay,
              "error_status": args.error_status, "echo": args.echo, "record_calls": args.record}
    os.environ[CONFIG_ENV_VAR] = json.dumps(fields)
    module = __name__ if __name__ != "__main__" else "radgate.testing.openai_stub"
    uvicorn.run(f"{module}:app_from_environ", factory=True, host=args.host, port=args.port,
                workers=args.workers, lifespan="off", access_log=False, log_level="warning",
                server_header=False, date_header=False)

if __name__ == "__main__":
    main()
