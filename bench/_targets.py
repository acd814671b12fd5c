"""Start and stop the benchmarked servers: the stub, LiteLLM Proxy and RadGate (loopback only)."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"

# `litellm[proxy]` needs `litellm-proxy==1.110.2`, which the package index does not carry, so
# the proxy extra's own requirements are listed here instead (versions as resolved 2026-11).
LITELLM_VERSION = "1.110.2"
LITELLM_BLOCKED = {"1.82.7", "1.82.8"}  # malicious uploads: never install or run these
LITELLM_REQUIREMENTS = [
    f"litellm[proxy-runtime]=={LITELLM_VERSION}",
    "fastapi==0.165.0", "starlette==1.10.0", "uvicorn==0.54.0", "uvloop==0.23.0",
    "orjson==3.13.0", "backoff==2.2.1", "APScheduler==3.11.3", "fastapi-sso==0.23.0",
    "PyJWT==2.15.1", "python-multipart==0.0.34", "cryptography==50.0.2", "PyNaCl==1.6.2",
    "websockets==15.0.1", "mcp==2.3.0", "litellm-enterprise==0.1.83",
    "litellm-proxy-extras==0.4.110", "RestrictedPython==9.0", "rich==13.9.4",
    "semver==3.1.2", "Expression==5.8.0", "backports.zstd==1.8.0", "rq==2.12.0",
    "tomlkit==0.15.2", "soundfile==0.14.0", "polars==2.1.0", "pyroscope-io==1.4.0",
    "granian==2.8.9", "gunicorn==23.0.0", "inquirerpy==0.3.4",
]
# Keep every process in the benchmark off the network and quiet about it.
OFFLINE_ENV = {
    "LITELLM_LOCAL_MODEL_COST_MAP": "True",
    "LITELLM_OFFLINE_MODE": "true",
    "LITELLM_TELEMETRY_DISABLED": "true",
    "DO_NOT_TRACK": "1",
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
}


_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never via a proxy


class TargetUnavailable(RuntimeError):
    """A target could not be prepared or started; the benchmark skips it."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def _quoted(value: str) -> str:
    return json.dumps(value)  # a JSON string is a valid YAML double-quoted scalar


def model_list_yaml(stub_base_url: str) -> str:
    """litellm `model_list` mapping the bench alias onto the stub."""
    return (
        "model_list:\n"
        "  - model_name: impression-drafter\n"
        "    litellm_params:\n"
        f"      model: {_quoted('openai/stub')}\n"
        f"      api_base: {_quoted(stub_base_url)}\n"
        f"      api_key: {_quoted('none')}\n"
        "    model_info:\n"
        f"      version: {_quoted('stub-1')}\n"
    )


@dataclass
class Server:
    """A server process we started (in its own session, so its workers stop with it)."""

    name: str
    proc: subprocess.Popen[bytes]
    log_path: Path
    base_url: str  # http://127.0.0.1:PORT
    api_key: str | None = None

    @property
    def chat_url(self) -> str:
        return self.base_url + "/v1/chat/completions"

    def log_tail(self, lines: int = 25) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    def stop(self, timeout_s: float = 15.0) -> None:
        if self.proc.poll() is not None:
            return
        for sig in (signal.SIGTERM, signal.SIGKILL):
            try:
                os.killpg(self.proc.pid, sig)  # the group this process leads: ours only
            except ProcessLookupError:
                return
            try:
                self.proc.wait(timeout_s)
                return
            except subprocess.TimeoutExpired:
                continue

    def wait_ready(self, path: str, timeout_s: float) -> float:
        """Poll GET path until 200; return seconds taken. Stops the server if it never is."""
        try:
            return self._poll_ready(path, timeout_s)
        except BaseException:  # not ready, or interrupted: do not leave the process behind
            self.stop()
            raise

    def _poll_ready(self, path: str, timeout_s: float) -> float:
        start = time.monotonic()
        while time.monotonic() - start < timeout_s:
            if self.proc.poll() is not None:
                raise TargetUnavailable(f"{self.name} exited with {self.proc.returncode}:\n"
                                        f"{self.log_tail()}")
            try:
                with _DIRECT.open(self.base_url + path, timeout=2) as resp:
                    if resp.status == 200:
                        return time.monotonic() - start
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.2)
        raise TargetUnavailable(f"{self.name} not ready after {timeout_s:.0f} s:\n"
                                f"{self.log_tail()}")


def _spawn(name: str, cmd: list[str], env: dict[str, str], workdir: Path, port: int,
           api_key: str | None = None) -> Server:
    log_path = workdir / f"{name}.log"
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, start_new_session=True, cwd=REPO)
    return Server(name, proc, log_path, f"http://{HOST}:{port}", api_key)


def _base_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(OFFLINE_ENV)
    return env


def start_stub(workdir: Path, chunks: int, workers: int, python: str = sys.executable,
               ready_timeout_s: float = 30.0) -> Server:
    port = free_port()
    env = _base_env() | {"PYTHONPATH": str(REPO)}
    cmd = [python, "-m", "radgate.testing.openai_stub", "--port", str(port),
           "--chunks", str(chunks), "--workers", str(workers)]
    server = _spawn("stub", cmd, env, workdir, port)
    server.wait_ready("/health", ready_timeout_s)
    return server


def ensure_litellm_venv(venv: Path, log: Callable[[str], None] = print) -> float:
    """Create the LiteLLM Proxy venv if missing; return install seconds (0 if present)."""
    python = venv / "bin" / "python"
    install_s = 0.0
    try:
        if not (venv / "bin" / "litellm").exists():
            log(f"Installing LiteLLM Proxy {LITELLM_VERSION} into {venv} (about 2 minutes)...")
            start = time.monotonic()
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
            proc = subprocess.run([str(python), "-m", "pip", "install", "-q",
                                   "--disable-pip-version-check", *LITELLM_REQUIREMENTS],
                                  capture_output=True, text=True, timeout=1800)
            if proc.returncode != 0:
                raise TargetUnavailable(f"pip install failed:\n{proc.stderr[-3000:]}")
            install_s = time.monotonic() - start
        installed = subprocess.run(
            [str(python), "-c", "import importlib.metadata as m; print(m.version('litellm'))"],
            capture_output=True, text=True, timeout=60).stdout.strip()
    except (OSError, subprocess.SubprocessError) as exc:
        raise TargetUnavailable(f"cannot prepare {venv}: {exc}") from exc
    if installed in LITELLM_BLOCKED or installed != LITELLM_VERSION:
        raise TargetUnavailable(f"{venv} has litellm {installed!r}, expected {LITELLM_VERSION};"
                                " delete the venv to reinstall")
    return install_s


def start_litellm(workdir: Path, venv: Path, stub_base_url: str,
                  ready_timeout_s: float = 180.0) -> Server:
    port = free_port()
    master_key = "sk-bench-" + os.urandom(8).hex()
    config = workdir / "litellm_config.yaml"
    config.write_text(model_list_yaml(stub_base_url)
                      + f"general_settings:\n  master_key: {_quoted(master_key)}\n")
    cmd = [str(venv / "bin" / "litellm"), "--config", str(config), "--host", HOST,
           "--port", str(port), "--num_workers", "1"]
    server = _spawn("litellm", cmd, _base_env(), workdir, port, api_key=master_key)
    server.wait_ready("/health/liveliness", ready_timeout_s)
    return server


def _radgate_cli(radgate: Path, args: list[str], env: dict[str, str]) -> str:
    try:
        proc = subprocess.run([str(radgate), *args], env=env, capture_output=True, text=True,
                              timeout=180, cwd=REPO, stdin=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise TargetUnavailable(f"radgate {' '.join(args)}: {exc}") from exc
    if proc.returncode != 0:
        raise TargetUnavailable(f"radgate {' '.join(args)} exited {proc.returncode}:\n"
                                f"{(proc.stdout + proc.stderr)[-2000:]}")
    return proc.stdout


def start_radgate(workdir: Path, radgate: Path, stub_base_url: str,
                  ready_timeout_s: float = 120.0, database_url: str | None = None,
                  redaction: bool = False) -> Server:
    if not radgate.exists():
        raise TargetUnavailable(f"{radgate} not found (is the package installed?)")
    models = workdir / "models.yaml"
    models.write_text(model_list_yaml(stub_base_url))
    env = _base_env() | {
        "RADGATE_ENVIRONMENT": "development",
        "RADGATE_DATABASE_URL": database_url or f"sqlite:///{workdir / 'bench.db'}",
        "RADGATE_MODELS_CONFIG": str(models),
        # The gateway's own overhead is measured here; PHI redaction has its own benchmark.
        "RADGATE_REDACTION_ENABLED": "true" if redaction else "false",
    }
    _radgate_cli(radgate, ["db", "upgrade"], env)
    # Governance refuses unregistered models: the stub enters the inventory in sandbox (acceptance
    # testing), and the bench key is an acceptance-testing key; the gate's check runs on every request.
    _radgate_cli(radgate, ["models", "register", "--alias", "impression-drafter", "--purpose", "benchmark stub",
                           "--regulatory-status", "non_fda", "--by", "bench"], env)
    _radgate_cli(radgate, ["models", "transition", "impression-drafter", "--to", "sandbox", "--rationale",
                           "proxy benchmark against the loopback stub", "--by", "bench"], env)
    out = _radgate_cli(radgate, ["keys", "create", "--name", f"bench-{os.urandom(3).hex()}",
                                 "--role", "reporting", "--acceptance-testing",
                                 "--models", "impression-drafter"], env)
    secrets_found = [line.strip() for line in out.splitlines()
                     if re.fullmatch(r"rg_\S+", line.strip())]
    if not secrets_found:
        raise TargetUnavailable("`radgate keys create` printed no line starting with rg_")
    port = free_port()
    cmd = [str(radgate), "serve", "--host", HOST, "--port", str(port)]
    server = _spawn("radgate", cmd, env, workdir, port, api_key=secrets_found[-1])
    server.wait_ready("/healthz", ready_timeout_s)
    return server


def server_stack(python: Path | str) -> str:
    """Which optional uvicorn speed-ups an interpreter has (they change results a lot)."""
    code = ("import importlib.util as u; "
            "print('/'.join(m for m in ('httptools', 'uvloop', 'orjson') if u.find_spec(m))"
            " or 'h11/asyncio')")
    out = subprocess.run([str(python), "-c", code], capture_output=True, text=True, timeout=60)
    return out.stdout.strip() or "?"
