"""Security properties of every rendered overlay: pod hardening, secrets only as files,
default-deny NetworkPolicies with narrow allows."""

from __future__ import annotations

import re

from tests.k8s._workloads import containers, label, named, pod_specs, secret_behind

SECRET_LIKE = re.compile(r"PASSWORD|PASSWD|KEY|SECRET|TOKEN|CREDENTIAL|PEPPER|DATABASE_URL", re.IGNORECASE)
# Named like secrets but public by design: the verifier's Ed25519 public key (from a ConfigMap).
PUBLIC_VALUES = {"RADGATE_AUDIT_TRUSTED_PUBLIC_KEY"}


def test_pods_run_non_root_with_read_only_root_and_no_capabilities(objects):  # noqa: ANN001
    for obj, pod in pod_specs(objects):
        ctx = pod.get("securityContext", {})
        assert ctx.get("runAsNonRoot") is True, label(obj)
        assert ctx.get("runAsUser", 1) != 0, label(obj)
        assert pod.get("automountServiceAccountToken") is False, label(obj)
        assert not pod.get("hostNetwork") and not pod.get("hostPID") and not pod.get("hostIPC"), label(obj)
        for c in containers(pod):
            where = f"{label(obj)} container {c['name']}"
            sc = c.get("securityContext", {})
            assert sc.get("readOnlyRootFilesystem") is True, where
            assert sc.get("allowPrivilegeEscalation") is False, where
            assert not sc.get("privileged"), where
            assert sc.get("runAsUser", 1) != 0, where
            assert "ALL" in sc.get("capabilities", {}).get("drop", []), where
            assert not sc.get("capabilities", {}).get("add"), where
            seccomp = sc.get("seccompProfile", ctx.get("seccompProfile", {}))
            assert seccomp.get("type") == "RuntimeDefault", where


def test_namespace_enforces_restricted_pod_security(objects):  # noqa: ANN001
    ns = named(objects, "Namespace", "radgate")
    assert ns["metadata"]["labels"]["pod-security.kubernetes.io/enforce"] == "restricted"


def test_containers_have_requests_and_memory_limits(objects):  # noqa: ANN001
    for obj, pod in pod_specs(objects):
        for c in containers(pod):
            res = c.get("resources", {})
            assert {"cpu", "memory"} <= set(res.get("requests", {})), f"{label(obj)} {c['name']}"
            assert "memory" in res.get("limits", {}), f"{label(obj)} {c['name']}"


def _assert_secrets_are_files(objects: list[dict]) -> None:
    for obj, pod in pod_specs(objects):
        for c in containers(pod):
            where = f"{label(obj)} container {c['name']}"
            assert not any("secretRef" in src for src in c.get("envFrom", [])), where
            for env in c.get("env", []):
                assert "secretKeyRef" not in env.get("valueFrom", {}), f"{where}: {env['name']} from a Secret"
                if not SECRET_LIKE.search(env["name"]) or env["name"] in PUBLIC_VALUES:
                    continue
                # Only a *_FILE pointer to a file a mounted Secret provides may name a secret.
                assert "valueFrom" not in env, f"{where}: {env['name']} comes from a ConfigMap or field"
                assert env["name"].endswith("_FILE"), f"{where}: {env['name']} has a literal value"
                assert secret_behind(pod, c, env["value"]), \
                    f"{where}: {env['name']}={env['value']} is not a file of a mounted Secret"


def test_secrets_reach_containers_only_as_mounted_files(objects):  # noqa: ANN001
    _assert_secrets_are_files(objects)


def test_secrets_are_files_during_a_key_rotation(rotating):  # noqa: ANN001
    _assert_secrets_are_files(rotating)


def test_production_ships_no_secret_objects(render):  # noqa: ANN001
    assert [o["metadata"]["name"] for o in render("production") if o["kind"] == "Secret"] == []


def _policies(objects: list[dict]) -> list[dict]:
    return [o for o in objects if o["kind"] == "NetworkPolicy"]


def _selects(policy: dict, labels: dict) -> bool:
    selector = policy["spec"]["podSelector"]
    expressions = all(labels.get(e["key"]) in e["values"]
                      for e in selector.get("matchExpressions", []) if e["operator"] == "In")
    return expressions and all(labels.get(k) == v for k, v in selector.get("matchLabels", {}).items())


def test_default_deny_covers_every_pod_both_ways(objects):  # noqa: ANN001
    deny = [p for p in _policies(objects) if p["spec"]["podSelector"] == {}
            and set(p["spec"].get("policyTypes", [])) == {"Ingress", "Egress"}
            and not p["spec"].get("ingress") and not p["spec"].get("egress")]
    assert deny, "no default-deny NetworkPolicy selecting all pods for Ingress and Egress"


def test_every_allow_rule_names_its_peers(objects):  # noqa: ANN001
    for policy in _policies(objects):
        name = policy["metadata"]["name"]
        for rule in policy["spec"].get("ingress", []):
            assert rule.get("from"), f"{name}: ingress from anywhere"
        for rule in policy["spec"].get("egress", []):
            if rule.get("to"):
                continue
            # The one documented exception: PostgreSQL to the API server and object storage, HTTPS only.
            assert name == "postgres-egress", f"{name}: egress to anywhere"
            assert {p["port"] for p in rule["ports"]} <= {443, 6443}, name


def test_only_the_proxy_reaches_vllm_and_only_radgate_reaches_postgres(objects):  # noqa: ANN001
    vllm = {"app.kubernetes.io/name": "vllm"}
    postgres = {"cnpg.io/cluster": "radgate-db"}
    for policy in _policies(objects):
        for rule in policy["spec"].get("ingress", []):
            peers = rule["from"]
            if _selects(policy, vllm) and policy["spec"]["podSelector"]:
                assert peers == [{"podSelector": {"matchLabels": {"app.kubernetes.io/name": "radgate-proxy"}}}], \
                    f"{policy['metadata']['name']}: vLLM reachable from {peers}"
            if _selects(policy, postgres) and policy["spec"]["podSelector"]:
                for peer in peers:
                    names = peer.get("podSelector", {}).get("matchLabels", {})
                    ns = peer.get("namespaceSelector", {}).get("matchLabels", {})
                    in_namespace = "namespaceSelector" not in peer and (
                        names.get("app.kubernetes.io/name", "").startswith("radgate-") or names == postgres)
                    operator_or_metrics = ns.get("kubernetes.io/metadata.name") in {"cnpg-system", "monitoring"}
                    assert in_namespace or operator_or_metrics, f"{policy['metadata']['name']}: {peer}"


def test_every_workload_has_an_allow_policy(objects):  # noqa: ANN001
    _assert_allow_policies(objects)


def test_the_rotation_job_has_an_allow_policy(rotating):  # noqa: ANN001
    _assert_allow_policies(rotating)


def _assert_allow_policies(objects: list[dict]) -> None:
    for obj, _pod in pod_specs(objects):
        labels = (obj["spec"].get("template") or obj["spec"]["jobTemplate"]["spec"]["template"])["metadata"]["labels"]
        allowed = [p for p in _policies(objects) if p["spec"]["podSelector"] and _selects(p, labels)]
        assert allowed, f"{label(obj)}: no NetworkPolicy allows its traffic"
