"""A pooled aiohttp client for OpenAI-compatible backends (vLLM, the embedded model server).

litellm's ``acompletion`` adds ~6 ms p50 per call on this hardware (measured against a
loopback stub); the proxy's budget is 2 ms, so OpenAI-compatible backends are called here
directly. Error messages never include upstream bodies: they may echo the prompt.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import aiohttp

from radgate import jsonio


class UpstreamError(Exception):
    """The backend failed; ``status`` is what the proxy answers (502/504), ``reason`` a code."""

    status = 502

    def __init__(self, reason: str, message: str, *, retryable: bool = True) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message
        self.retryable = retryable


class UpstreamTimeout(UpstreamError):
    status = 504

    def __init__(self, message: str = "upstream model did not answer in time") -> None:
        super().__init__("upstream_timeout", message, retryable=False)


def _status_error(status: int) -> UpstreamError:
    if status in (400, 404, 413, 422):
        # The backend refused a request we had validated (context length, unknown model name...).
        return UpstreamError("upstream_rejected", f"upstream model refused the request (HTTP {status})",
                             retryable=False)
    return UpstreamError("upstream_error", f"upstream model failed (HTTP {status})",
                         retryable=status in (408, 429, 500, 502, 503))


class OpenAICompatClient:
    """Shared connection pool; one per process, opened in the app's lifespan."""

    def __init__(self, *, pool_size: int = 256) -> None:
        self._pool_size = pool_size
        self._session: aiohttp.ClientSession | None = None

    async def start(self) -> None:
        if self._session is None:
            connector = aiohttp.TCPConnector(limit=self._pool_size, ttl_dns_cache=300)
            # trust_env=False: no proxy variables can redirect traffic to another host.
            self._session = aiohttp.ClientSession(connector=connector, trust_env=False)

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    def _headers(self, api_key: str | None) -> dict[str, str]:
        headers = {"Content-Type": "application/json"}
        if api_key:
            headers["Authorization"] = f"Bearer {api_key}"
        return headers

    async def complete(self, url: str, api_key: str | None, body: dict[str, Any], timeout: float) -> dict:
        assert self._session is not None, "client not started"
        try:
            async with self._session.post(
                url, data=jsonio.dumps(body), headers=self._headers(api_key),
                timeout=aiohttp.ClientTimeout(total=timeout),
            ) as resp:
                raw = await resp.read()
                if resp.status != 200:
                    raise _status_error(resp.status)
        except (TimeoutError, asyncio.TimeoutError):
            raise UpstreamTimeout() from None
        except aiohttp.ClientError as exc:
            raise UpstreamError("upstream_unreachable",
                                f"upstream model unreachable ({type(exc).__name__})") from None
        try:
            return jsonio.loads(raw)
        except jsonio.JSONDecodeError:
            raise UpstreamError("upstream_bad_response", "upstream model sent invalid JSON",
                                retryable=False) from None

    async def stream(
        self, url: str, api_key: str | None, body: dict[str, Any], timeout: float
    ) -> AsyncIterator[dict]:
        """Yield parsed ``chat.completion.chunk`` objects until ``[DONE]``."""
        assert self._session is not None, "client not started"
        started = False
        try:
            async with self._session.post(
                url, data=jsonio.dumps(body), headers=self._headers(api_key),
                timeout=aiohttp.ClientTimeout(total=None, sock_connect=timeout, sock_read=timeout),
            ) as resp:
                if resp.status != 200:
                    await resp.read()
                    raise _status_error(resp.status)
                async for line in resp.content:
                    if not line.startswith(b"data:"):
                        continue
                    data = line[5:].strip()
                    if data == b"[DONE]":
                        return
                    try:
                        chunk = jsonio.loads(data)
                    except jsonio.JSONDecodeError:
                        raise UpstreamError("upstream_bad_response", "upstream sent an invalid chunk",
                                            retryable=False) from None
                    started = True
                    yield chunk
        except (TimeoutError, asyncio.TimeoutError):
            raise UpstreamTimeout() from None
        except aiohttp.ClientError as exc:
            raise UpstreamError("upstream_unreachable",
                                f"upstream model connection failed ({type(exc).__name__})",
                                retryable=not started) from None

    async def probe(self, url: str, api_key: str | None, timeout: float = 2.0) -> bool:
        """True when ``GET {api_base}/models`` answers 200 (readiness)."""
        assert self._session is not None, "client not started"
        try:
            async with self._session.get(url, headers=self._headers(api_key),
                                         timeout=aiohttp.ClientTimeout(total=timeout)) as resp:
                await resp.read()
                return resp.status == 200
        except (TimeoutError, asyncio.TimeoutError, aiohttp.ClientError):
            return False
