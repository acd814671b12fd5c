"""Serve any ASGI app under a real uvicorn on loopback, in a background thread (tests, benchmarks)."""

from __future__ import annotations

import socket
import threading
import time
from typing import Any

import uvicorn


class LoopbackServer:
    """A real uvicorn on a pre-bound loopback port (port 0: a free one, race-free)."""

    def __init__(self, app: Any, *, host: str = "127.0.0.1", port: int = 0, lifespan: str = "on",
                 loop: str = "auto", graceful_s: float = 2.0, **config: Any) -> None:
        self.host = host
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind((host, port))
        self.port: int = self._sock.getsockname()[1]
        # http/loop "auto" pick httptools/uvloop when installed, else h11/asyncio.
        self._server = uvicorn.Server(uvicorn.Config(
            app, lifespan=lifespan, loop=loop, access_log=False, log_config=None, log_level="warning",
            server_header=False, date_header=False, timeout_graceful_shutdown=graceful_s, **config))
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self, timeout_s: float = 30.0) -> LoopbackServer:
        if self._thread is not None:
            raise RuntimeError("server already started")
        self._thread = threading.Thread(target=self._run, name=f"loopback-{self.port}", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout_s
        while not self._server.started:
            if self._error is not None or not self._thread.is_alive():
                raise RuntimeError("server failed to start") from self._error
            if time.monotonic() >= deadline:
                self.stop()
                raise TimeoutError(f"server not ready after {timeout_s} s")
            time.sleep(0.005)
        return self

    def stop(self, timeout_s: float = 15.0) -> None:
        if self._thread is not None:
            self._server.should_exit = True
            self._thread.join(timeout_s)
            if self._thread.is_alive():
                self._server.force_exit = True
                self._thread.join(timeout_s)
        self._sock.close()

    def _run(self) -> None:
        try:
            self._server.run(sockets=[self._sock])
        except BaseException as exc:  # surfaced to start(); the thread must not die silently
            self._error = exc

    def __enter__(self) -> LoopbackServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
