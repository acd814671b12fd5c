"""Key lifecycle (create, list, expire, revoke) and request-time authentication."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import re
import secrets
import threading
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

import anyio
from sqlalchemy import Engine
from sqlmodel import Session, select

from radgate.auth.models import ApiKey, ApiKeyPublic
from radgate.auth.roles import Role

# rg_<8 hex prefix>_<43 url-safe chars>: parsed before any database access, so
# malformed or hostile values never reach a query.
_KEY_RE = re.compile(r"rg_([0-9a-f]{8})_[A-Za-z0-9_-]{43}")
_NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")
_TEMPLATE_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}(@[0-9]{1,9})?")


def key_prefix(presented: str | None) -> str | None:
    """The public 8-hex prefix of a well-formed key, else None."""
    if not presented:
        return None
    match = _KEY_RE.fullmatch(presented)
    return match.group(1) if match else None


class KeyError_(ValueError):
    """A key operation was refused (bad name, unknown key, duplicate...)."""


@dataclass(frozen=True, slots=True)
class Principal:
    """The authenticated caller of a request."""

    key_id: str
    name: str
    role: Role
    models: frozenset[str]
    acceptance_testing: bool = False  # may call sandbox models (governance acceptance testing)
    default_template: str | None = None  # prompt template used when a request names none

    def may_use(self, alias: str) -> bool:
        return alias in self.models or "*" in self.models


@dataclass(frozen=True, slots=True)
class CreatedKey:
    secret: str
    key: ApiKeyPublic


def _public(key: ApiKey, now: datetime) -> ApiKeyPublic:
    return ApiKeyPublic(
        id=key.id,
        name=key.name,
        prefix=key.prefix,
        role=key.role,
        models=list(key.models),
        created_at=key.created_at,
        expires_at=key.expires_at,
        revoked_at=key.revoked_at,
        active=_active(key, now),
        acceptance_testing=bool(key.acceptance_testing),
        default_template=key.default_template,
    )


def _aware(ts: datetime | None) -> datetime | None:
    # SQLite hands back naive datetimes; everything is stored in UTC.
    if ts is not None and ts.tzinfo is None:
        return ts.replace(tzinfo=UTC)
    return ts


def _active(key: ApiKey, now: datetime) -> bool:
    expires = _aware(key.expires_at)
    return key.revoked_at is None and (expires is None or expires > now)


class KeyService:
    """Creates and checks API keys; the database only ever holds an HMAC of the secret."""

    def __init__(self, engine: Engine, pepper: bytes, *, cache_ttl_s: float = 5.0) -> None:
        self._engine = engine
        self._pepper = pepper
        self._ttl = cache_ttl_s
        self._cache: dict[str, tuple[float, ApiKey | None]] = {}
        self._inflight: dict[str, asyncio.Future] = {}  # prefix -> the read in progress (event loop only)
        self._lock = threading.Lock()

    def _hash(self, secret: str) -> str:
        return hmac.new(self._pepper, secret.encode(), hashlib.sha256).hexdigest()

    # -- lifecycle ---------------------------------------------------------------------------
    def create(
        self,
        name: str,
        role: Role,
        models: list[str],
        *,
        expires_at: datetime | None = None,
        acceptance_testing: bool = False,
        default_template: str | None = None,
    ) -> CreatedKey:
        if not _NAME_RE.fullmatch(name):
            raise KeyError_("key name must be 1-128 characters of letters, digits, '.', '_' or '-'")
        if expires_at is not None and _aware(expires_at) <= datetime.now(UTC):
            raise KeyError_("expiry must be in the future")
        if (acceptance_testing or default_template) and Role(role) is not Role.reporting:
            raise KeyError_("only reporting keys call models: acceptance testing and a default template "
                            "apply to them alone")
        if default_template is not None and not _TEMPLATE_RE.fullmatch(default_template):
            raise KeyError_("default template must be a prompt template id or id@version")
        prefix = secrets.token_hex(4)
        secret = f"rg_{prefix}_{secrets.token_urlsafe(32)}"
        row = ApiKey(
            id=uuid.uuid4().hex,
            name=name,
            prefix=prefix,
            key_hash=self._hash(secret),
            role=Role(role).value,
            models=sorted(set(models)),
            created_at=datetime.now(UTC),
            expires_at=_aware(expires_at),
            acceptance_testing=acceptance_testing,
            default_template=default_template,
        )
        with Session(self._engine) as session:
            if session.exec(select(ApiKey.id).where(ApiKey.name == name)).first():
                raise KeyError_(f"a key named {name!r} already exists")
            session.add(row)
            session.commit()
            session.refresh(row)
            return CreatedKey(secret=secret, key=_public(row, datetime.now(UTC)))

    def list(self) -> list[ApiKeyPublic]:
        now = datetime.now(UTC)
        with Session(self._engine) as session:
            rows = session.exec(select(ApiKey).order_by(ApiKey.created_at)).all()
            return [_public(r, now) for r in rows]

    def revoke(self, name_or_prefix: str) -> ApiKeyPublic:
        return self._update(name_or_prefix, revoked_at=datetime.now(UTC))

    def expire(self, name_or_prefix: str, at: datetime | None = None) -> ApiKeyPublic:
        return self._update(name_or_prefix, expires_at=_aware(at) or datetime.now(UTC))

    def _update(self, ident: str, **changes: datetime) -> ApiKeyPublic:
        with Session(self._engine) as session:
            row = session.exec(
                select(ApiKey).where((ApiKey.name == ident) | (ApiKey.prefix == ident))
            ).first()
            if row is None:
                raise KeyError_(f"no key named or prefixed {ident!r}")
            for field, value in changes.items():
                setattr(row, field, value)
            session.add(row)
            session.commit()
            session.refresh(row)
            with self._lock:
                self._cache.pop(row.prefix, None)
            return _public(row, datetime.now(UTC))

    # -- authentication ----------------------------------------------------------------------
    async def authenticate_async(self, presented: str | None) -> Principal | None:
        """The caller for a presented key, or None; the database is only touched (in a thread) on a
        cache miss, and the hash comparison is constant-time."""
        prefix = key_prefix(presented)
        if prefix is None:
            return None
        hit = self._cached(prefix)
        if hit:
            row = hit[1]
        else:  # one database read per key however many requests miss at once (cache expiry under load)
            pending = self._inflight.get(prefix)
            if pending is None:
                pending = asyncio.ensure_future(anyio.to_thread.run_sync(self._fetch, prefix))
                self._inflight[prefix] = pending
                pending.add_done_callback(lambda _: self._inflight.pop(prefix, None))
            row = await asyncio.shield(pending)
        return self._check(presented, row)

    def _check(self, presented: str, row: ApiKey | None) -> Principal | None:
        candidate = self._hash(presented)
        if row is None:
            hmac.compare_digest(candidate, candidate)  # keep timing similar to a miss on hash
            return None
        if not hmac.compare_digest(candidate, row.key_hash):
            return None
        if not _active(row, datetime.now(UTC)):
            return None
        return Principal(row.id, row.name, Role(row.role), frozenset(row.models),
                         bool(row.acceptance_testing), row.default_template)

    def _cached(self, prefix: str) -> tuple[float, ApiKey | None] | None:
        hit = self._cache.get(prefix)
        if hit is not None and time.monotonic() - hit[0] < self._ttl:
            return hit
        return None

    def _fetch(self, prefix: str) -> ApiKey | None:
        now = time.monotonic()
        with Session(self._engine) as session:
            row = session.exec(select(ApiKey).where(ApiKey.prefix == prefix)).first()
            if row is not None:
                session.expunge(row)
        with self._lock:
            if len(self._cache) > 10_000:
                self._cache.clear()
            self._cache[prefix] = (now, row)
        return row
