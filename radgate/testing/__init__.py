"""Test and benchmark helpers: a loopback OpenAI-compatible upstream stub."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from radgate.testing._server import LoopbackServer
    from radgate.testing.openai_stub import (
        DEFAULT_CONTENT,
        RecordedRequest,
        StubConfig,
        StubServer,
        StubUpstream,
        run_stub,
    )

__all__ = [
    "DEFAULT_CONTENT",
    "LoopbackServer",
    "RecordedRequest",
    "StubConfig",
    "StubServer",
    "StubUpstream",
    "run_stub",
]


def __getattr__(name: str) -> Any:
    # Lazy, so `python -m radgate.testing.openai_stub` does not import the module twice.
    if name in __all__:
        from radgate.testing import _server, openai_stub

        return getattr(_server if name == "LoopbackServer" else openai_stub, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
