"""ModelRouter: litellm ``Router`` for deployment choice, direct calls for OpenAI-compatible backends."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

from proxy.routing._upstream import OpenAICompatClient, UpstreamError, UpstreamTimeout

# Providers that speak the OpenAI chat protocol and are called without litellm's per-call overhead.
_COMPAT_PROVIDERS = {"openai", "hosted_vllm"}


@dataclass(frozen=True, slots=True)
class Route:
    """One resolved deployment behind a public alias."""

    alias: str
    backend: str  # litellm model string, e.g. "hosted_vllm/Qwen/Qwen2.5-7B-Instruct"
    version: str
    api_base: str | None = field(repr=False, default=None)
    api_key: str | None = field(repr=False, default=None)
    timeout: float = 60.0

    @property
    def provider(self) -> str:
        return self.backend.split("/", 1)[0]

    @property
    def upstream_model(self) -> str:
        return self.backend.split("/", 1)[1]


@dataclass(slots=True)
class UpstreamResult:
    route: Route
    response: dict[str, Any]


def _secret(value: str | None) -> str | None:
    # litellm's convention for keeping provider keys out of the YAML file.
    if isinstance(value, str) and value.startswith("os.environ/"):
        return os.environ.get(value.removeprefix("os.environ/"))
    return value


class ModelRouter:
    """Public alias -> deployment, with retries and fallbacks from ``router_settings``."""

    def __init__(self, config: dict[str, Any], *, timeout: float = 60.0, retries: int = 1) -> None:
        from litellm import Router  # imported late: slow, and offline env vars must be set first

        settings = config.get("router_settings", {})
        self._retries = int(settings.get("num_retries", retries))
        self._timeout = float(settings.get("timeout", timeout))
        self._fallbacks: dict[str, list[str]] = {}
        for rule in settings.get("fallbacks") or []:
            self._fallbacks.update(rule)
        self._router = Router(
            model_list=config["model_list"],
            num_retries=0,  # retries and fallbacks are applied here, for both call paths
            timeout=self._timeout,
            routing_strategy=settings.get("routing_strategy", "simple-shuffle"),
        )
        self._aliases = sorted({e["model_name"] for e in config["model_list"]})
        self._client = OpenAICompatClient()
        # An alias with a single deployment has nothing to balance: resolve it once instead of
        # asking litellm per request (~13% of the proxy's CPU under load, measured).
        counts: dict[str, int] = {}
        for entry in config["model_list"]:
            counts[entry["model_name"]] = counts.get(entry["model_name"], 0) + 1
        self._fixed = {alias: self._route(alias, self._router.get_available_deployment(model=alias))
                       for alias, n in counts.items() if n == 1}

    @property
    def aliases(self) -> list[str]:
        return self._aliases

    def has(self, alias: str) -> bool:
        return alias in self._aliases

    async def start(self) -> None:
        await self._client.start()

    async def close(self) -> None:
        await self._client.close()

    def pick(self, alias: str) -> Route:
        """Choose a deployment for ``alias`` (litellm's load balancing and cooldowns)."""
        fixed = self._fixed.get(alias)
        if fixed is not None:
            return fixed
        return self._route(alias, self._router.get_available_deployment(model=alias))

    def _route(self, alias: str, deployment: dict[str, Any]) -> Route:
        params = deployment["litellm_params"]
        info = deployment.get("model_info") or {}
        return Route(
            alias=alias,
            backend=params["model"],
            version=str(info.get("version") or params["model"]),
            api_base=params.get("api_base"),
            api_key=_secret(params.get("api_key")),
            timeout=float(params.get("timeout") or self._timeout),
        )

    def _candidates(self, alias: str) -> list[str]:
        return [alias, *self._fallbacks.get(alias, [])]

    async def complete(self, alias: str, body: dict[str, Any]) -> UpstreamResult:
        last: UpstreamError | None = None
        for candidate in self._candidates(alias):
            for _attempt in range(self._retries + 1):
                route = self.pick(candidate)
                try:
                    return UpstreamResult(route, await self._complete_once(route, body))
                except UpstreamError as exc:
                    last = exc
                    if not exc.retryable:
                        break
            if last is not None and last.reason == "upstream_rejected":
                break  # the request itself was refused; another model would refuse it too
        assert last is not None
        raise last

    async def _complete_once(self, route: Route, body: dict[str, Any]) -> dict[str, Any]:
        if route.provider in _COMPAT_PROVIDERS:
            url = route.api_base.rstrip("/") + "/chat/completions"
            return await self._client.complete(url, route.api_key, {**body, "model": route.upstream_model},
                                               route.timeout)
        return await self._via_litellm(route, body)

    async def stream(self, alias: str, body: dict[str, Any]) -> tuple[Route, AsyncIterator[dict]]:
        """Open a stream; retries and fallbacks apply until the first chunk arrives."""
        last: UpstreamError | None = None
        for candidate in self._candidates(alias):
            for _attempt in range(self._retries + 1):
                route = self.pick(candidate)
                chunks = self._stream_once(route, body)
                try:
                    first = await anext(chunks)
                except StopAsyncIteration:
                    return route, _empty()
                except UpstreamError as exc:
                    last = exc
                    if not exc.retryable:
                        break
                    continue
                return route, _prepend(first, chunks)
            if last is not None and last.reason == "upstream_rejected":
                break
        assert last is not None
        raise last

    def _stream_once(self, route: Route, body: dict[str, Any]) -> AsyncIterator[dict]:
        if route.provider in _COMPAT_PROVIDERS:
            url = route.api_base.rstrip("/") + "/chat/completions"
            return self._client.stream(url, route.api_key, {**body, "model": route.upstream_model},
                                       route.timeout)
        return self._stream_via_litellm(route, body)

    async def _via_litellm(self, route: Route, body: dict[str, Any]) -> dict[str, Any]:
        try:
            response = await self._router.acompletion(**{**body, "model": route.alias})
        except Exception as exc:  # noqa: BLE001 - mapped to a 502/504 the client understands
            raise _map_litellm_error(exc) from None
        return response.model_dump()

    async def _stream_via_litellm(self, route: Route, body: dict[str, Any]) -> AsyncIterator[dict]:
        try:
            response = await self._router.acompletion(**{**body, "model": route.alias})
            async for chunk in response:
                yield chunk.model_dump(exclude_none=True)
        except UpstreamError:
            raise
        except Exception as exc:  # noqa: BLE001
            raise _map_litellm_error(exc) from None

    async def health(self) -> dict[str, bool]:
        """Probe each OpenAI-compatible deployment's ``/models``; other providers count as up."""
        result: dict[str, bool] = {}
        for entry in self._router.get_model_list() or []:
            params = entry["litellm_params"]
            alias = entry["model_name"]
            ok = True
            if params["model"].split("/", 1)[0] in _COMPAT_PROVIDERS and params.get("api_base"):
                ok = await self._client.probe(params["api_base"].rstrip("/") + "/models",
                                              _secret(params.get("api_key")))
            result[alias] = result.get(alias, False) or ok
        return result


def _map_litellm_error(exc: Exception) -> UpstreamError:
    import litellm

    if isinstance(exc, litellm.Timeout):
        return UpstreamTimeout()
    if isinstance(exc, litellm.BadRequestError):
        return UpstreamError("upstream_rejected", "upstream model refused the request", retryable=False)
    return UpstreamError("upstream_error", f"upstream model failed ({type(exc).__name__})")


async def _prepend(first: dict, rest: AsyncIterator[dict]) -> AsyncIterator[dict]:
    yield first
    async for chunk in rest:
        yield chunk


async def _empty() -> AsyncIterator[dict]:
    return
    yield  # pragma: no cover
