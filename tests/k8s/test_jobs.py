"""Scheduled and one-off work: the nightly eval run, audit checkpoints and verification, and the
audit master-key rotation (components/audit-key-rotation)."""

from __future__ import annotations

from urllib.parse import urlsplit

from tests.k8s._workloads import (
    containers,
    env_values,
    label,
    named,
    pod_specs,
    secret_behind,
    unhashed,
    workload,
)

PREVIOUS_KEYS = "RADGATE_AUDIT_PREVIOUS_MASTER_KEYS_FILE"


def _option(args: list[str], name: str) -> str:
    assert name in args, f"{name} missing from {args}"
    return args[args.index(name) + 1]


def test_eval_cronjob_runs_every_approved_model_through_the_proxy_over_tls(objects):  # noqa: ANN001
    cron = named(objects, "CronJob", "radgate-eval")
    assert cron["spec"].get("suspend", False) is False, "the eval CronJob is suspended"
    pod, eval_container = workload(objects, "CronJob", "radgate-eval")
    args = eval_container["args"]
    assert args[:2] == ["eval", "run-approved"], args
    base = urlsplit(_option(args, "--base-url"))
    assert base.scheme == "https", "eval calls must reach the proxy over TLS"
    # The name must be one the proxy's certificate carries, and the Service must answer on that port.
    assert base.hostname in named(objects, "Certificate", "radgate-proxy-tls")["spec"]["dnsNames"]
    assert base.hostname.split(".")[0] == "radgate-proxy"
    service_ports = {p["port"] for p in named(objects, "Service", "radgate-proxy")["spec"]["ports"]}
    assert (base.port or 443) in service_ports
    # The key is a file from the Secret radgate-eval-key; the proxy's CA verifies the certificate.
    assert secret_behind(pod, eval_container, _option(args, "--api-key-file")) == "radgate-eval-key"
    ca = env_values(eval_container)["SSL_CERT_FILE"]
    assert any(ca.startswith(m["mountPath"]) for m in eval_container["volumeMounts"] if m["name"] == "internal-ca")


def test_eval_job_keeps_its_hardening(objects):  # noqa: ANN001
    job = named(objects, "CronJob", "radgate-eval")["spec"]
    assert job["concurrencyPolicy"] == "Forbid"
    assert job["jobTemplate"]["spec"]["activeDeadlineSeconds"] > 0
    pod, c = workload(objects, "CronJob", "radgate-eval")
    assert pod["securityContext"]["runAsNonRoot"] is True and pod["automountServiceAccountToken"] is False
    assert c["securityContext"]["readOnlyRootFilesystem"] is True


def test_every_radgate_pod_has_an_explicit_blind_index_key(objects):  # noqa: ANN001
    # Derived from the master key, it would block master-key rotation (rotate-key refuses).
    for obj, pod in pod_specs(objects):
        for c in containers(pod):
            if c.get("image", "").rsplit(":", 1)[0].endswith("/radgate") and c.get("args", [""])[0] != "model-server":
                path = env_values(c).get("RADGATE_AUDIT_INDEX_KEY_FILE")
                assert path and secret_behind(pod, c, path) == "radgate-keys", f"{label(obj)} {c['name']}"


def test_checkpoints_are_signed_hourly_and_only_that_job_holds_the_signing_key(objects):  # noqa: ANN001
    cron = named(objects, "CronJob", "radgate-audit-checkpoint")
    assert cron["spec"]["schedule"].split()[1] == "*" and cron["spec"].get("suspend", False) is False
    pod, c = workload(objects, "CronJob", "radgate-audit-checkpoint")
    assert c["args"] == ["audit", "checkpoint"]
    assert secret_behind(pod, c, env_values(c)["RADGATE_AUDIT_SIGNING_KEY_FILE"]) == "radgate-audit-signing"
    holders = {label(obj) for obj, pod in pod_specs(objects) for v in pod.get("volumes", [])
               if unhashed(v.get("secret", {}).get("secretName", "")) == "radgate-audit-signing"}
    assert holders == {"CronJob/radgate-audit-checkpoint"}


def test_verification_runs_daily_and_trusts_one_public_key(objects):  # noqa: ANN001
    cron = named(objects, "CronJob", "radgate-audit-verify")
    assert cron["spec"].get("suspend", False) is False
    assert cron["spec"]["jobTemplate"]["spec"]["backoffLimit"] == 0, "a failed verification must stay failed"
    _pod, c = workload(objects, "CronJob", "radgate-audit-verify")
    assert c["args"][:2] == ["audit", "verify"]
    trusted = next(e for e in c["env"] if e["name"] == "RADGATE_AUDIT_TRUSTED_PUBLIC_KEY")
    ref = trusted["valueFrom"]["configMapKeyRef"]
    config_map = named(objects, "ConfigMap", ref["name"])
    assert config_map["data"][ref["key"]], "the trusted public key is empty"


def test_previous_master_keys_are_mounted_only_during_a_rotation(render, rotating):  # noqa: ANN001
    for overlay in ("dev", "production"):
        for obj, pod in pod_specs(render(overlay)):
            for c in containers(pod):
                assert PREVIOUS_KEYS not in env_values(c), f"{overlay}: {label(obj)} has previous master keys"
    pod, proxy = workload(rotating, "Deployment", "radgate-proxy")
    assert secret_behind(pod, proxy, env_values(proxy)[PREVIOUS_KEYS]) == "radgate-audit-previous-keys"


def test_rotation_job_waits_to_be_started_and_runs_as_the_owner(render, rotating):  # noqa: ANN001
    job = named(rotating, "Job", "radgate-audit-rotate-key")
    assert job["metadata"]["namespace"] == "radgate"
    assert job["spec"]["suspend"] is True, "it must start only after every proxy has the new key"
    pod, c = workload(rotating, "Job", "radgate-audit-rotate-key")
    assert c["args"] == ["audit", "rotate-key"]
    env = env_values(c)
    assert secret_behind(pod, c, env["RADGATE_DATABASE_URL_FILE"]) == "radgate-db-app"
    assert secret_behind(pod, c, env[PREVIOUS_KEYS]) == "radgate-audit-previous-keys"
    assert secret_behind(pod, c, env["RADGATE_AUDIT_INDEX_KEY_FILE"]) == "radgate-keys"
    # The component only adds the Job (and the proxy's previous keys); production is otherwise unchanged.
    assert sorted(label(o) for o in rotating) == sorted([*map(label, render("production")), label(job)])
