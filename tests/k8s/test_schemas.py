"""Every rendered object validates: built-in kinds against kubernetes-validate's bundled
Kubernetes 1.37 schemas (strict: unknown fields fail), CRD kinds against k8s/schemas/ (hand-written
subsets of the upstream CRDs: no registry package ships these CRDs' schemas; k8s/README.md says where
each came from)."""

from __future__ import annotations

import copy
import json
from functools import cache

import jsonschema
import pytest

from tests.k8s._workloads import label, named
from tests.k8s.conftest import K8S

kubernetes_validate = pytest.importorskip(
    "kubernetes_validate", reason="kubernetes-validate not installed (pip install -r requirements.lock)")

KUBERNETES_VERSION = "1.37.0"
CRD_SCHEMAS = K8S / "schemas"


@cache
def crd_validator(api_version: str, kind: str) -> jsonschema.Draft202012Validator | None:
    group, version = api_version.split("/")
    path = CRD_SCHEMAS / f"{group}-{version}-{kind.lower()}.json"
    if not path.exists():
        return None
    schema = json.loads(path.read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def validate(obj: dict) -> None:
    validator = crd_validator(obj["apiVersion"], obj["kind"]) if "." in obj["apiVersion"].split("/")[0] else None
    if validator is not None:
        validator.validate(obj)
        return
    try:
        kubernetes_validate.validate(obj, KUBERNETES_VERSION, strict=True)
    except kubernetes_validate.utils.SchemaNotFoundError:
        pytest.fail(f"{label(obj)} ({obj['apiVersion']}): no bundled schema and none in k8s/schemas/")


def _validate_all(objects: list[dict]) -> None:
    for obj in objects:
        try:
            validate(obj)
        except jsonschema.ValidationError as exc:
            pytest.fail(f"{label(obj)}: {exc.message} at {'/'.join(map(str, exc.absolute_path))}")


def test_every_object_validates(objects):  # noqa: ANN001
    _validate_all(objects)


def test_every_object_validates_during_a_key_rotation(rotating):  # noqa: ANN001
    _validate_all(rotating)


def test_every_crd_schema_is_used(render):  # noqa: ANN001
    used = {f"{o['apiVersion'].replace('/', '-')}-{o['kind'].lower()}.json"
            for overlay in ("dev", "production") for o in render(overlay)}
    assert {p.name for p in CRD_SCHEMAS.glob("*.json")} <= used


@pytest.mark.parametrize(("kind", "name", "mutate"), [
    # A misspelt field, a five-field cron where CloudNativePG wants six, a wrong enum.
    ("Cluster", "radgate-db", lambda o: o["spec"]["plugins"][0].update(isWalArchiver=True)),
    # Managed roles: a misspelt membership list, a wrong ensure, a password both set and disabled.
    ("Cluster", "radgate-db", lambda o: o["spec"]["managed"]["roles"][1].update(inRole=["radgate_app"])),
    ("Cluster", "radgate-db", lambda o: o["spec"]["managed"]["roles"][1].update(ensure="exists")),
    ("Cluster", "radgate-db", lambda o: o["spec"]["managed"]["roles"][1].update(disablePassword=True)),
    ("ScheduledBackup", "radgate-db-daily", lambda o: o["spec"].update(schedule="0 1 * * *")),
    ("Certificate", "radgate-proxy-tls", lambda o: o["spec"]["privateKey"].update(rotationPolicy="Sometimes")),
    ("ObjectStore", "radgate-backups", lambda o: o["spec"].update(retentionPolicy="90 days")),
    ("ServiceMonitor", "radgate-proxy", lambda o: o["spec"]["endpoints"][0].update(tlsConfg={})),
    ("Deployment", "radgate-proxy", lambda o: o["spec"]["template"]["spec"].update(securityContex={})),
    ("NetworkPolicy", "default-deny-all", lambda o: o["spec"].update(podSelecter={})),
])
def test_schemas_reject_mistakes(render, kind, name, mutate):  # noqa: ANN001
    obj = copy.deepcopy(named(render("production"), kind, name))
    validate(obj)
    mutate(obj)
    with pytest.raises(jsonschema.ValidationError):
        validate(obj)
