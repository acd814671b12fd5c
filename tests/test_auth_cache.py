"""Key look-ups under load: concurrent requests that miss the cache share one database read."""

from __future__ import annotations

import asyncio

from radgate.auth import KeyService, Role
from radgate.db import create_db_engine, upgrade
from tests.conftest import PEPPER, make_settings


def test_concurrent_misses_read_the_key_once(tmp_path) -> None:  # noqa: ANN001
    settings = make_settings(f"sqlite:///{tmp_path / 'k.db'}", tmp_path / "m.yaml")
    upgrade(settings)
    engine = create_db_engine(settings)
    keys = KeyService(engine, PEPPER.encode(), cache_ttl_s=5)
    secret = keys.create("ris", Role.reporting, ["impression-drafter"]).secret
    reads = []
    fetch = keys._fetch
    keys._fetch = lambda prefix: reads.append(prefix) or fetch(prefix)

    async def burst() -> list:
        return await asyncio.gather(*(keys.authenticate_async(secret) for _ in range(64)))

    principals = asyncio.run(burst())
    assert all(p is not None and p.name == "ris" for p in principals)
    assert len(reads) == 1
    assert asyncio.run(keys.authenticate_async(secret[:-1] + "x")) is None  # a wrong secret still fails
    engine.dispose()
