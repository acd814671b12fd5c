"""Shared fixtures: databases (SQLite and, when reachable, PostgreSQL), the stub upstream, the proxy."""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from radgate.offline import enforce_offline

enforce_offline()

from radgate.auth import KeyService, Role  # noqa: E402
from radgate.db import create_db_engine, upgrade  # noqa: E402
from radgate.settings import Settings  # noqa: E402
from radgate.testing import run_stub  # noqa: E402
from tests.support import LoopbackServer, approve_configured_models  # noqa: E402

PEPPER = "test-pepper-" + "x" * 32
AUDIT_KEY = "a1" * 32
PG_ENV = "RADGATE_TEST_DATABASE_URL"


def _postgres_database() -> tuple[str, callable]:
    """Create a throw-away database on the server named by RADGATE_TEST_DATABASE_URL."""
    import psycopg

    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"PostgreSQL tests skipped: set {PG_ENV} (CI sets it via .ci/run)")
    try:
        admin = psycopg.connect(url, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as exc:
        pytest.skip(f"PostgreSQL tests skipped: {PG_ENV} is not reachable ({type(exc).__name__})")
    name = f"radgate_test_{uuid.uuid4().hex[:12]}"
    admin.execute(f'CREATE DATABASE "{name}"')
    base = url.rsplit("/", 1)[0]

    def drop() -> None:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()

    return f"{base}/{name}", drop


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path_factory):  # noqa: ANN001, ANN201
    """A fresh, migrated-later database: SQLite file, or a new PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('db') / 'radgate.db'}"
        return
    url, drop = _postgres_database()
    try:
        yield url
    finally:
        drop()


@pytest.fixture(scope="session")
def stub():  # noqa: ANN201
    with run_stub(chunks=5) as server:
        yield server


@pytest.fixture(autouse=True)
def _reset_stub(request):  # noqa: ANN001, ANN201
    if "stub" in request.fixturenames:
        request.getfixturevalue("stub").reset()
    yield


def write_models_config(path: Path, stub_base_url: str) -> Path:
    config = {
        "model_list": [
            {"model_name": "impression-drafter",
             "litellm_params": {"model": "openai/stub", "api_base": stub_base_url, "api_key": "none"},
             "model_info": {"version": "stub-1.0"}},
            {"model_name": "summary-drafter",
             "litellm_params": {"model": "hosted_vllm/stub", "api_base": stub_base_url},
             "model_info": {"version": "stub-summary-2.1"}},
            {"model_name": "slow-drafter",
             "litellm_params": {"model": "openai/stub", "api_base": stub_base_url, "timeout": 0.5},
             "model_info": {"version": "stub-slow"}},
        ],
        "router_settings": {"num_retries": 0, "timeout": 10},
    }
    path.write_text(yaml.safe_dump(config))
    return path


def make_settings(database_url: str, models_config: Path, **overrides) -> Settings:  # noqa: ANN003
    return Settings(environment="test", database_url=database_url, models_config=models_config,
                    key_pepper=PEPPER, audit_master_key=AUDIT_KEY, key_cache_ttl_s=0, **overrides)


@dataclass
class Proxy:
    url: str
    settings: Settings
    keys: KeyService
    app: object

    def key(self, role: Role = Role.reporting, models: tuple[str, ...] = ("impression-drafter",),
            **options) -> str:  # noqa: ANN003 - acceptance_testing, default_template
        return self.keys.create(f"k-{uuid.uuid4().hex[:10]}", role, list(models), **options).secret


def start_proxy(settings: Settings, *, approve_models: bool = True):  # noqa: ANN201
    from proxy import create_app

    upgrade(settings)
    if approve_models:  # governance default-denies unregistered models: pre-approve the stubs
        approve_configured_models(settings)
    app = create_app(settings)
    keys = KeyService(create_db_engine(settings), PEPPER.encode(), cache_ttl_s=0)
    server = LoopbackServer(app)
    return server, Proxy(url="", settings=settings, keys=keys, app=app)


@pytest.fixture
def proxy(database_url, stub, tmp_path):  # noqa: ANN001, ANN201
    """A running proxy (real uvicorn on loopback) in front of the stub, on SQLite or PostgreSQL."""
    settings = make_settings(database_url, write_models_config(tmp_path / "models.yaml", stub.base_url),
                             max_body_bytes=256 * 1024, max_image_bytes=64 * 1024, max_messages=8)
    server, handle = start_proxy(settings)
    with server:
        handle.url = server.url
        yield handle


@dataclass
class EmbeddedModel:
    model: object
    cache_dir: Path
    attempts: list[str]
    convert_s: float


@pytest.fixture(scope="session")
def embedded_model(tmp_path_factory):  # noqa: ANN001, ANN201
    """The real SmolLM2 weights, converted once per test session (~25 s) and loaded."""
    import time

    import modelserver
    from radgate.testing.netguard import loopback_only

    cache_dir = tmp_path_factory.mktemp("models") / "smollm2-135m-instruct"
    attempts: list[str] = []
    with loopback_only(attempts):
        started = time.monotonic()
        modelserver.ensure_cache(cache_dir)
        converted = time.monotonic() - started
        model = modelserver.load_model(cache_dir)
    return EmbeddedModel(model, cache_dir, attempts, converted)


@pytest.fixture(scope="session")
def embedded_server(embedded_model):  # noqa: ANN001, ANN201
    """The embedded model's OpenAI-compatible server on loopback."""
    import modelserver

    with LoopbackServer(modelserver.create_app(embedded_model.model)) as running:
        yield running
