"""The proxy's governance gate: prompt template rendering, lifecycle, inclusion/exclusion criteria and
training, checked per request against a snapshot of the inventory re-read every ``ttl_s`` seconds
(so a suspension reaches running proxies without a restart)."""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from typing import Any

import anyio
from sqlalchemy import Engine, select

from governance._lifecycle import FREE_TEXT, LifecycleState
from governance.models import InventoryModel, TrainingRecord
from prompts import PromptError, PromptRegistry

log = logging.getLogger("radgate.governance")


class GateRefusal(Exception):
    """The request is refused before anything goes upstream; ``code`` is the stable reason."""

    def __init__(self, status: int, code: str, message: str, *, model_version: str | None = None,
                 detail: dict | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.model_version = model_version
        self.detail = detail


def deployment_versions(config: dict[str, Any]) -> dict[str, tuple[tuple[str, str], ...]]:
    """alias -> every (alias, version) a call to it may reach: its deployments, then its fallbacks'."""
    own: dict[str, list[tuple[str, str]]] = {}
    for entry in config["model_list"]:
        params, info = entry["litellm_params"], entry.get("model_info") or {}
        # the same version the router reports in ``radgate.model_version``
        pair = (entry["model_name"], str(info.get("version") or params["model"]))
        if pair not in own.setdefault(entry["model_name"], []):
            own[entry["model_name"]].append(pair)
    fallbacks: dict[str, list[str]] = {}
    for rule in (config.get("router_settings") or {}).get("fallbacks") or []:
        fallbacks.update(rule or {})
    return {alias: tuple(dict.fromkeys([*pairs, *(p for fb in fallbacks.get(alias, []) for p in own.get(fb, []))]))
            for alias, pairs in own.items()}


def _terms(values: list[str] | None) -> frozenset[str] | None:
    return None if values is None else frozenset(v.casefold() for v in values)


@dataclass(frozen=True, slots=True)
class _Rules:
    modalities: frozenset[str] | None
    body_parts: frozenset[str] | None
    exclude_modalities: frozenset[str]
    exclude_body_parts: frozenset[str]
    min_age: int | None
    max_age: int | None
    sexes: frozenset[str] | None

    @classmethod
    def of(cls, criteria: dict | None) -> "_Rules | None":
        if not criteria:
            return None
        return cls(_terms(criteria.get("modalities")), _terms(criteria.get("body_parts")),
                   _terms(criteria.get("exclude_modalities") or []), _terms(criteria.get("exclude_body_parts") or []),
                   criteria.get("min_age"), criteria.get("max_age"), _terms(criteria.get("sexes")))

    def failure(self, study: Any) -> tuple[str, str] | None:
        """(criterion, message) for the first criterion the study fails, else None."""
        checks = (("modality", study.modality, self.modalities, self.exclude_modalities),
                  ("body_part", study.body_part, self.body_parts, self.exclude_body_parts),
                  ("sex", study.sex, self.sexes, frozenset()))
        for name, value, included, excluded in checks:
            if included is None and not excluded:
                continue
            if value is None:
                return name, f"radgate.study.{name} is required: this model version has criteria on it"
            if value.casefold() in excluded:
                return name, f"{name} {value!r} is excluded for this model version"
            if included is not None and value.casefold() not in included:
                return name, f"{name} {value!r} is not within this model version's inclusion criteria"
        if self.min_age is not None or self.max_age is not None:
            age = study.patient_age
            if age is None:
                return "patient_age", "radgate.study.patient_age is required: this model version has age criteria"
            if self.min_age is not None and age < self.min_age:
                return "patient_age", f"patient age is below this model version's minimum of {self.min_age} years"
            if self.max_age is not None and age > self.max_age:
                return "patient_age", f"patient age is above this model version's maximum of {self.max_age} years"
        return None


@dataclass(frozen=True, slots=True)
class _Entry:
    state: LifecycleState
    prompts: frozenset[str]
    rules: _Rules | None
    trained: frozenset[str]


_REFUSED = {LifecycleState.proposed: "model_not_approved", LifecycleState.suspended: "model_suspended",
            LifecycleState.retired: "model_retired"}


class GovernanceGate:
    """Admits a parsed chat request for a caller, or raises GateRefusal (400 / 403 / 503)."""

    def __init__(self, engine: Engine, deployments: dict[str, tuple[tuple[str, str], ...]],
                 prompts: PromptRegistry, *, ttl_s: float = 1.0, require_training: bool = False) -> None:
        self._engine = engine
        self._deployments = deployments
        self._prompts = prompts
        self._ttl = ttl_s
        self._require_training = require_training
        self._snapshot: dict[tuple[str, str], _Entry] | None = None
        self._born = 0.0
        self._lock: asyncio.Lock | None = None
        self._refreshing: asyncio.Task | None = None

    async def admit(self, request: Any, caller: Any) -> str | None:
        """Render the prompt template (if any) into the request, then check every version the call
        may reach. Returns the prompt ref (``id@version``), None for free text."""
        ref = self._render(request, caller)
        reachable = self._deployments.get(request.model)
        if not reachable:  # default deny: nothing known about this alias
            raise GateRefusal(403, "model_not_approved", f"model {request.model!r} is not in the governance inventory")
        snapshot = await self._current()
        governed = ref or FREE_TEXT
        for alias, version in reachable:
            self._check(snapshot.get((alias, version)), alias, version, governed, request.metadata, caller)
        return ref

    # -- prompt templates ----------------------------------------------------------------------
    def _render(self, request: Any, caller: Any) -> str | None:
        meta = request.metadata
        named = meta.template or caller.default_template
        messages = request.upstream_body.get("messages")
        if named is None:
            if meta.variables:
                raise GateRefusal(400, "invalid_request", "'radgate.variables' needs 'radgate.template'")
            if not messages:
                raise GateRefusal(400, "invalid_request", "'messages' must be a non-empty array")
            return None
        if messages:
            raise GateRefusal(400, "invalid_request", f"this request is drafted from prompt template {named!r}: "
                              "send its values in 'radgate.variables' and leave 'messages' absent or empty")
        try:
            template = self._prompts.get(named)
            # User text only fills variables (data); the sandboxed template is the only source rendered.
            request.upstream_body["messages"] = template.render(dict(meta.variables or {}))
        except PromptError as exc:
            raise GateRefusal(400, "invalid_template", str(exc)) from None
        request.prompt_ref = template.ref
        return template.ref

    # -- lifecycle, criteria, training ---------------------------------------------------------
    def _check(self, entry: _Entry | None, alias: str, version: str, ref: str, meta: Any, caller: Any) -> None:
        testing = caller.acceptance_testing
        if entry is None:
            raise GateRefusal(403, "model_not_approved", f"model {alias!r} version {version!r} is not in the "
                              "governance inventory", model_version=version)
        state = entry.state
        if state is LifecycleState.sandbox and not testing:
            raise GateRefusal(403, "model_not_approved", f"model {alias!r} version {version!r} is in acceptance "
                              "testing (sandbox): only acceptance-testing keys may call it", model_version=version)
        if state in _REFUSED:
            raise GateRefusal(403, _REFUSED[state], f"model {alias!r} version {version!r} is {state.value}",
                              model_version=version)
        if state is LifecycleState.approved and not testing and ref not in entry.prompts:
            raise GateRefusal(403, "prompt_not_approved", f"model {alias!r} version {version!r} is not approved "
                              f"for prompt {ref!r}", model_version=version)
        if entry.rules is not None:
            failed = entry.rules.failure(meta.study)
            if failed is not None:
                raise GateRefusal(403, "criteria_not_met", f"criteria not met: {failed[1]}", model_version=version,
                                  detail={"criterion": failed[0], "model_version": version})
        if self._require_training and not testing:
            user = meta.on_behalf_of
            if user is None or user not in entry.trained:
                raise GateRefusal(403, "user_not_trained", "radgate.on_behalf_of names no user with a training "
                                  f"record for model {alias!r} version {version!r}", model_version=version)

    # -- the inventory snapshot ----------------------------------------------------------------
    async def _current(self) -> dict[tuple[str, str], _Entry]:
        """A snapshot never older than ``ttl_s`` (counted from when its read began)."""
        snapshot, age = self._snapshot, time.monotonic() - self._born
        if snapshot is not None and age < self._ttl:
            if age >= self._ttl / 2 and self._refreshing is None:
                # Re-read ahead of expiry, off the request path: under steady traffic no request waits.
                self._refreshing = asyncio.get_running_loop().create_task(self._reload(quiet=True))
            return snapshot
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:  # one reload per expiry, however many requests wait for it
            if self._snapshot is not None and time.monotonic() - self._born < self._ttl:
                return self._snapshot
            return await self._reload(quiet=False)

    async def _reload(self, *, quiet: bool) -> dict[tuple[str, str], _Entry] | None:
        started = time.monotonic()
        try:
            snapshot = await anyio.to_thread.run_sync(self._load)
        except Exception as exc:  # noqa: BLE001 - fail closed: no inventory, no model call
            if quiet:  # the next request past the TTL reads again and refuses if that fails too
                log.warning("model inventory refresh failed: %s", type(exc).__name__)
                return None
            raise GateRefusal(503, "governance_unavailable", "the model inventory cannot be read; "
                              f"nothing was sent to a model ({type(exc).__name__})") from None
        finally:
            if quiet:
                self._refreshing = None
        if started >= self._born:  # never replace a snapshot read later than this one
            self._snapshot, self._born = snapshot, started
        return self._snapshot

    def _load(self) -> dict[tuple[str, str], _Entry]:
        m = InventoryModel.__table__.c
        with self._engine.connect() as conn:
            rows = conn.execute(select(m.id, m.alias, m.version, m.state, m.approved_prompts, m.criteria)).all()
            trained: dict[str, set[str]] = {}
            if self._require_training:
                t = TrainingRecord.__table__.c
                for model_id, trainee in conn.execute(select(t.model_id, t.trainee)):
                    trained.setdefault(model_id, set()).add(trainee)
        return {(r.alias, r.version): _Entry(LifecycleState(r.state), frozenset(r.approved_prompts or {}),
                                             _Rules.of(r.criteria), frozenset(trained.get(r.id, ())))
                for r in rows}
