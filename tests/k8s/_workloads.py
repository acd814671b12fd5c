"""Walk rendered objects: pod specs, containers and what they mount."""

from __future__ import annotations

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


def secret_mount_paths(pod: dict, container: dict) -> list[str]:
    """Mount paths of the container's volumes that come from Secrets."""
    secret_volumes = {v["name"] for v in pod.get("volumes", []) if "secret" in v}
    return [m["mountPath"] for m in container.get("volumeMounts", []) if m["name"] in secret_volumes]


def label(obj: dict) -> str:
    return f"{obj['kind']}/{obj['metadata']['name']}"
