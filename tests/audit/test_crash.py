"""A proxy process killed (SIGKILL) under load loses no audit record of a call it answered."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time

import httpx
from sqlalchemy import text

from radgate.auth import KeyService, Role
from radgate.db import create_db_engine, upgrade
from tests.conftest import AUDIT_KEY, PEPPER, make_settings, write_models_config
from tests.support import approve_configured_models


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_killed_proxy_keeps_every_acknowledged_record(database_url, stub, tmp_path):  # noqa: ANN001
    models = write_models_config(tmp_path / "models.yaml", stub.base_url)
    settings = make_settings(database_url, models)
    upgrade(settings)
    approve_configured_models(settings)
    engine = create_db_engine(settings)
    key = KeyService(engine, PEPPER.encode()).create("crash-test", Role.reporting, ["impression-drafter"]).secret
    port = _free_port()
    env = {**os.environ, "RADGATE_ENVIRONMENT": "test", "RADGATE_DATABASE_URL": database_url,
           "RADGATE_KEY_PEPPER": PEPPER, "RADGATE_AUDIT_MASTER_KEY": AUDIT_KEY, "RADGATE_MODELS_CONFIG": str(models),
           "RADGATE_PORT": str(port), "RADGATE_LOG_LEVEL": "WARNING"}
    server = subprocess.Popen([sys.executable, "-c", "from radgate.cli import main; main()", "serve"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        else:
            raise AssertionError(server.stderr.read1().decode(errors="replace") if server.poll() else "no start")
        acknowledged: list[str] = []
        stop = threading.Event()

        def client() -> None:
            with httpx.Client(timeout=10) as http:
                while not stop.is_set():
                    try:
                        resp = http.post(url + "/v1/chat/completions", headers={"Authorization": f"Bearer {key}"},
                                         json={"model": "impression-drafter", "max_tokens": 8,
                                               "messages": [{"role": "user", "content": "Findings: no effusion."}]})
                    except httpx.HTTPError:
                        return  # the server is gone
                    if resp.status_code == 200:
                        acknowledged.append(resp.json()["radgate"]["request_id"])

        threads = [threading.Thread(target=client) for _ in range(8)]
        for thread in threads:
            thread.start()
        while len(acknowledged) < 60 and time.monotonic() < deadline:
            time.sleep(0.05)
        server.send_signal(signal.SIGKILL)  # mid-load: requests are in flight
        server.wait(10)
        stop.set()
        for thread in threads:
            thread.join(15)
    finally:
        if server.poll() is None:
            server.kill()
    assert len(acknowledged) >= 60
    with engine.connect() as conn:
        completed = set(conn.execute(text("SELECT request_id FROM audit_events "
                                          "WHERE event_type = 'model_call.completed'")).scalars())
        started = set(conn.execute(text("SELECT request_id FROM audit_events "
                                        "WHERE event_type = 'model_call.started'")).scalars())
    engine.dispose()
    missing = [r for r in acknowledged if r not in completed or r not in started]
    assert not missing, f"{len(missing)} acknowledged calls have no durable record"
