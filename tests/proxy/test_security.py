"""Security cases from shared/SECURITY-CASES.md that are not plain error mapping."""

from __future__ import annotations

import json
import logging
import socket
import subprocess
import sys
import textwrap

import httpx
import pytest


def raw_request(proxy, request: bytes) -> bytes:  # noqa: ANN001
    with socket.create_connection(("127.0.0.1", int(proxy.url.rsplit(":", 1)[1])), timeout=5) as sock:
        sock.sendall(request)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    return data


@pytest.mark.parametrize("host", [b"localhost/#@x", b"localhost/?x=1", b"evil.example", b"localhost@evil"])
def test_crafted_host_headers_never_reach_a_protected_route(proxy, host):  # noqa: ANN001
    answer = raw_request(proxy, b"GET /v1/models HTTP/1.1\r\nHost: " + host + b"\r\nConnection: close\r\n\r\n")
    status = int(answer.split(b" ", 2)[1])
    assert status in (400, 401), answer[:200]


def test_absolute_form_request_target_still_needs_a_key(proxy):  # noqa: ANN001
    answer = raw_request(proxy, b"GET http://localhost/healthz/../v1/models HTTP/1.1\r\nHost: localhost\r\n"
                                b"Connection: close\r\n\r\n")
    assert int(answer.split(b" ", 2)[1]) in (400, 401, 404)


def test_no_phi_in_logs_metrics_or_errors(proxy, stub, caplog):  # noqa: ANN001
    marker = "DOE, JOHN MRN 99887766"
    caplog.set_level(logging.DEBUG)
    key = proxy.key()
    body = {"model": "impression-drafter", "messages": [{"role": "user", "content": marker}]}
    assert httpx.post(proxy.url + "/v1/chat/completions", json=body,
                      headers={"Authorization": f"Bearer {key}"}).status_code == 200
    bad = httpx.post(proxy.url + "/v1/chat/completions", json={**body, "model": marker},
                     headers={"Authorization": f"Bearer {key}"})
    assert bad.status_code in (400, 404)
    assert "99887766" not in json.dumps(bad.json()["error"]["code"])
    stub.config.error_status = 500
    failed = httpx.post(proxy.url + "/v1/chat/completions", json=body, headers={"Authorization": f"Bearer {key}"})
    assert failed.status_code == 502 and "99887766" not in failed.text
    metrics = httpx.get(proxy.url + "/metrics").text
    assert "radgate_requests_total" in metrics and "99887766" not in metrics
    assert key not in caplog.text and "99887766" not in caplog.text


def test_metrics_count_requests_and_audit_writes(proxy):  # noqa: ANN001
    key = proxy.key()
    httpx.post(proxy.url + "/v1/chat/completions", headers={"Authorization": f"Bearer {key}"},
               json={"model": "impression-drafter", "messages": [{"role": "user", "content": "x"}]})
    text = httpx.get(proxy.url + "/metrics").text
    assert 'radgate_requests_total{method="POST",route="/v1/chat/completions",status="200"} 1.0' in text
    assert "radgate_audit_write_seconds_count 2.0" in text


def test_probes(proxy, stub):  # noqa: ANN001
    assert httpx.get(proxy.url + "/healthz").json() == {"status": "ok"}
    ready = httpx.get(proxy.url + "/readyz")
    assert ready.status_code == 200 and ready.json()["database"] is True


_OFFLINE_SCRIPT = textwrap.dedent("""
    import json, sys, pathlib, ipaddress
    seen = []
    def hook(event, args):
        if event == "socket.connect":
            addr = args[1]
            if isinstance(addr, tuple):
                seen.append(str(addr[0]))
        elif event == "socket.getaddrinfo":
            seen.append(str(args[0]))
    sys.addaudithook(hook)
    from tests.conftest import make_settings, start_proxy, write_models_config
    from radgate.testing import run_stub
    import httpx
    tmp = pathlib.Path(sys.argv[1])
    with run_stub() as stub:
        settings = make_settings(f"sqlite:///{tmp}/db.sqlite", write_models_config(tmp / "m.yaml", stub.base_url))
        server, handle = start_proxy(settings)
        server._server.config.loop = "asyncio"
        with server:
            key = handle.key()
            for stream in (False, True):
                r = httpx.post(server.url + "/v1/chat/completions", headers={"Authorization": f"Bearer {key}"},
                               json={"model": "impression-drafter", "stream": stream,
                                     "messages": [{"role": "user", "content": "Findings: normal."}]})
                assert r.status_code == 200, r.text
    print("SEEN=" + json.dumps(sorted(set(seen))))
""")


def test_service_opens_no_non_loopback_connection(tmp_path):  # noqa: ANN001
    """Start-up and a served request (litellm import included), watched by a socket audit hook."""
    import ipaddress

    proc = subprocess.run([sys.executable, "-c", _OFFLINE_SCRIPT, str(tmp_path)], capture_output=True,
                          text=True, timeout=120, cwd=str(__import__("pathlib").Path(__file__).parents[2]))
    assert proc.returncode == 0, proc.stderr[-2000:]
    seen = json.loads(proc.stdout.split("SEEN=", 1)[1])
    assert seen, "the hook saw no connection at all: it is not watching"
    for host in seen:
        if host in ("localhost", "None"):
            continue
        assert ipaddress.ip_address(host).is_loopback, f"connection to {host}"
