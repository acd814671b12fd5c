"""Drafting gold cases through the RadGate proxy with the official `openai` client.

Every request carries the caller's ``radgate`` object (template, variables, study, site), so routing
criteria, audit and monitoring see an eval call as what it is. The prompt is rendered by the proxy when
it supports ``radgate.template`` without messages; otherwise here, from the same registry.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

import openai

from evals._gold import GoldCase
from prompts import PromptTemplate

# Gold sets carry an age group, the proxy's criteria an age in years: a representative age per group.
AGE_OF_GROUP = {"pediatric": 10, "adult": 45, "older_adult": 75}
_STUDY_KEYS = ("modality", "body_part", "sex")


class RunRefused(RuntimeError):
    """The run cannot go on (proxy unreachable, key refused, model unknown...); nothing is stored."""


@dataclass(frozen=True, slots=True)
class Draft:
    text: str | None
    model_version: str | None = None
    failure: str | None = None  # reason code when the request failed
    excluded: bool = False  # the proxy refused the case as outside the model's criteria


def study_of(case: GoldCase) -> dict:
    """The study context the reporting system would send: modality, body part, age, sex."""
    meta = case.metadata
    study = {k: str(meta[k]) for k in _STUDY_KEYS if meta.get(k)}
    age = meta.get("patient_age", AGE_OF_GROUP.get(meta.get("age_group")))
    if isinstance(age, int) and not isinstance(age, bool):
        study["patient_age"] = max(0, min(age, 90))
    return study


def proxy_client(base_url: str, api_key: str, timeout_s: float) -> openai.AsyncOpenAI:
    """The official client pointed at a RadGate proxy (``/v1`` appended when the URL lacks it)."""
    root = base_url.rstrip("/")
    return openai.AsyncOpenAI(base_url=root if root.endswith("/v1") else root + "/v1",
                              api_key=api_key, max_retries=1, timeout=timeout_s)


def _reason(exc: openai.APIStatusError) -> tuple[str, str]:
    body = exc.body if isinstance(exc.body, dict) else {}
    return str(exc.code or body.get("code") or exc.status_code), str(body.get("message") or exc.message)[:300]


class DraftClient:
    """Bounded-concurrency drafting of one model alias through the proxy."""

    def __init__(self, base_url: str, api_key: str, model: str, template: PromptTemplate, *,
                 max_tokens: int, concurrency: int = 8, timeout_s: float = 120.0) -> None:
        self._client = proxy_client(base_url, api_key, timeout_s)
        self._model = model
        self._template = template
        self._max_tokens = max_tokens
        self._limit = asyncio.Semaphore(concurrency)
        self.rendering: str | None = None  # "proxy" or "client", fixed by the first call

    async def close(self) -> None:
        await self._client.close()

    async def preflight(self) -> None:
        """Refuse early, with a clear reason: proxy unreachable, key refused, model not allowed."""
        try:
            models = [m.id async for m in self._client.models.list()]
        except openai.AuthenticationError:
            raise RunRefused("the proxy refused the API key (401): check --api-key-file") from None
        except openai.PermissionDeniedError as exc:
            raise RunRefused(f"the proxy refused the key (403 {_reason(exc)[0]}): a reporting key is needed") from None
        except openai.APIConnectionError:
            raise RunRefused(f"cannot reach the proxy at {self._client.base_url}") from None
        except openai.APIStatusError as exc:
            raise RunRefused(f"the proxy answered HTTP {exc.status_code} to GET /v1/models") from None
        if self._model not in models:
            raise RunRefused(f"this key may not use model {self._model!r} (it may use: {', '.join(models) or 'none'})")

    def _variables(self, case: GoldCase, findings: str) -> dict[str, str]:
        values = {k: v for k, v in case.source.items() if isinstance(v, str)} | {"findings": findings}
        return {name: values.get(name) or "None." for name in self._template.variables}

    async def draft(self, case: GoldCase, findings: str, *, temperature: float, seed: int) -> Draft:
        """One draft; a refused or failed request comes back as a Draft with its reason."""
        variables = self._variables(case, findings)
        extension = {"template": self._template.ref, "variables": variables, "study": study_of(case)}
        if case.metadata.get("site"):
            extension["site"] = str(case.metadata["site"])[:128]
        async with self._limit:
            if self.rendering is None:
                return await self._first(extension, variables, temperature, seed)
            return await self._call(extension, variables, temperature, seed)

    async def _first(self, extension: dict, variables: dict, temperature: float, seed: int) -> Draft:
        self.rendering = "proxy"
        try:
            return await self._call(extension, variables, temperature, seed, raise_bad_request=True)
        except openai.BadRequestError as exc:
            if "messages" not in _reason(exc)[1]:
                code, message = _reason(exc)
                raise RunRefused(f"the proxy refused the request (400 {code}): {message}") from None
        self.rendering = "client"  # this proxy wants messages: render the same template here
        return await self._call(extension, variables, temperature, seed)

    async def _call(self, extension: dict, variables: dict, temperature: float, seed: int, *,
                    raise_bad_request: bool = False) -> Draft:
        if self.rendering == "proxy":
            messages: list = []
        else:
            messages = self._template.render(variables)
            extension = {k: v for k, v in extension.items() if k != "variables"}
        try:
            response = await self._client.chat.completions.create(
                model=self._model, messages=messages, temperature=temperature, seed=seed,
                max_tokens=self._max_tokens, extra_body={"radgate": extension})
        except openai.AuthenticationError:
            raise RunRefused("the proxy refused the API key (401) during the run") from None
        except openai.APITimeoutError:
            return Draft(None, failure="timeout")
        except openai.APIConnectionError:
            raise RunRefused(f"lost the connection to the proxy at {self._client.base_url}") from None
        except openai.PermissionDeniedError as exc:
            code, message = _reason(exc)
            if code == "criteria_not_met":
                return Draft(None, failure=code, excluded=True)
            raise RunRefused(f"the proxy refused the model call (403 {code}): {message}") from None
        except openai.NotFoundError as exc:
            raise RunRefused(f"the proxy does not know model {self._model!r} (404 {_reason(exc)[0]})") from None
        except openai.BadRequestError as exc:
            if raise_bad_request:
                raise
            return Draft(None, failure=_reason(exc)[0])
        except openai.APIStatusError as exc:
            return Draft(None, failure=_reason(exc)[0])
        extra = response.model_extra or {}
        version = (extra.get("radgate") or {}).get("model_version")
        text = response.choices[0].message.content if response.choices else None
        if not text:
            return Draft(None, model_version=version, failure="empty_answer")
        return Draft(text, model_version=version)
