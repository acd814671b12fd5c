"""Walk rendered objects: pod specs, containers and what they mount."""

from __future__ import annotations

import re
from collections.abc import Iterator

POD_TEMPLATE_PATHS = {
    "Deployment": ("spec", "template", "spec"),
    "Job": ("spec", "template", "spec"),
    "CronJob": ("spec", "jobTemplate", "spec", "template", "spec"),
}


def pod_specs(objects: list[dict]) -> Iterator[tuple[dict, dict]]:
    """(object, pod spec) for every workload."""
    for obj in objects:
        path = POD_TEMPLATE_PATHS.get(obj["kind"])
        if path is None:
            continue
        spec = obj
        for key in path:
            spec = spec[key]
        yield obj, spec


def containers(pod: dict) -> list[dict]:
    return pod.get("initContainers", []) + pod["containers"]


def named(objects: list[dict], kind: str, name: str) -> dict:
    matches = [o for o in objects if o["kind"] == kind and o["metadata"]["name"] == name]
    assert len(matches) == 1, f"expected one {kind}/{name}, found {len(matches)}"
    return matches[0]


def label(obj: dict) -> str:
    return f"{obj['kind']}/{obj['metadata']['name']}"


def env_values(container: dict) -> dict[str, str | None]:
    return {e["name"]: e.get("value") for e in container.get("env", [])}


def unhashed(name: str) -> str:
    """A generated Secret's or ConfigMap's name without kustomize's content-hash suffix."""
    return re.sub(r"-[a-z0-9]{10}$", "", name)


def secret_behind(pod: dict, container: dict, path: str) -> str | None:
    """The Secret (its name before kustomize's hash suffix) that provides the file at `path` in this
    container, or None when no mounted Secret (with that key among its items, if listed) provides it."""
    volumes = {v["name"]: v for v in pod.get("volumes", [])}
    for mount in container.get("volumeMounts", []):
        root = mount["mountPath"].rstrip("/") + "/"
        secret = volumes.get(mount["name"], {}).get("secret")
        if secret is None or not path.startswith(root):
            continue
        relative = path[len(root):]
        items = secret.get("items")
        if items is None or relative in {item["path"] for item in items}:
            return unhashed(secret["secretName"])
    return None


def workload(objects: list[dict], kind: str, name: str) -> tuple[dict, dict]:
    """(pod spec, first container) of the named workload."""
    obj = named(objects, kind, name)
    pod = next(spec for _obj, spec in pod_specs([obj]))
    return pod, pod["containers"][0]
