"""What each overlay runs: replicas, disruption budget, autoscaling, GPUs, probes, TLS, images."""

from __future__ import annotations

import json

import yaml

from tests.k8s._workloads import containers, label, named, pod_specs
from tests.k8s.conftest import K8S


def _container(pod: dict, name: str) -> dict:
    return next(c for c in pod["containers"] if c["name"] == name)


def _env(container: dict) -> dict[str, str]:
    return {e["name"]: e.get("value") for e in container.get("env", [])}


def test_every_deployment_container_has_readiness_and_liveness_probes(objects):  # noqa: ANN001
    for obj, pod in pod_specs(objects):
        if obj["kind"] != "Deployment":
            continue
        for c in containers(pod):
            assert "readinessProbe" in c and "livenessProbe" in c, f"{label(obj)} container {c['name']}"


def test_proxy_probes_use_healthz_and_readyz(objects):  # noqa: ANN001
    proxy = _container(named(objects, "Deployment", "radgate-proxy")["spec"]["template"]["spec"], "proxy")
    assert proxy["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert proxy["livenessProbe"]["httpGet"]["path"] == "/healthz"


def test_production_runs_two_or_more_proxies_with_a_budget_and_autoscaler(render):  # noqa: ANN001
    objects = render("production")
    deployment = named(objects, "Deployment", "radgate-proxy")
    labels = deployment["spec"]["selector"]["matchLabels"]
    assert deployment["spec"]["replicas"] >= 2
    assert deployment["spec"]["strategy"]["rollingUpdate"]["maxUnavailable"] == 0
    pdb = named(objects, "PodDisruptionBudget", "radgate-proxy")
    assert pdb["spec"]["selector"]["matchLabels"] == labels and pdb["spec"]["minAvailable"] >= 1
    hpa = named(objects, "HorizontalPodAutoscaler", "radgate-proxy")
    assert hpa["spec"]["scaleTargetRef"]["name"] == "radgate-proxy" and hpa["spec"]["minReplicas"] >= 2


def test_production_vllm_requests_a_gpu_and_stays_offline(render):  # noqa: ANN001
    pod = named(render("production"), "Deployment", "vllm")["spec"]["template"]["spec"]
    vllm = _container(pod, "vllm")
    assert int(vllm["resources"]["requests"]["nvidia.com/gpu"]) >= 1
    assert int(vllm["resources"]["limits"]["nvidia.com/gpu"]) >= 1
    env = _env(vllm)
    assert env["VLLM_NO_USAGE_STATS"] == "1" and env["DO_NOT_TRACK"] == "1" and env["HF_HUB_OFFLINE"] == "1"
    assert any(a.startswith("--served-model-name=") for a in vllm["args"])
    assert any(a.startswith("--ssl-certfile=") for a in vllm["args"])
    models = next(v for v in pod["volumes"] if v["name"] == "models")
    assert models["persistentVolumeClaim"]["readOnly"] is True


def test_dev_is_one_proxy_with_the_cpu_model_and_no_gpu(render):  # noqa: ANN001
    objects = render("dev")
    deployment = named(objects, "Deployment", "radgate-proxy")
    assert deployment["spec"]["replicas"] == 1
    model = _container(deployment["spec"]["template"]["spec"], "model")
    assert model["args"][0] == "model-server"
    assert not [o for o in objects if o["kind"] in ("PodDisruptionBudget", "HorizontalPodAutoscaler")]
    assert "vllm" not in {o["metadata"]["name"] for o in objects if o["kind"] == "Deployment"}
    for obj, pod in pod_specs(objects):
        for c in containers(pod):
            assert "nvidia.com/gpu" not in json.dumps(c.get("resources", {})), label(obj)


def _models_config(objects: list[dict]) -> dict:
    config_map = next(o for o in objects
                      if o["kind"] == "ConfigMap" and o["metadata"]["name"].startswith("radgate-models"))
    return yaml.safe_load(config_map["data"]["models.yaml"])


def test_production_upstreams_are_tls_and_dev_stays_on_loopback(render):  # noqa: ANN001
    for entry in _models_config(render("production"))["model_list"]:
        assert entry["litellm_params"]["api_base"].startswith("https://vllm.radgate.svc:")
    for entry in _models_config(render("dev"))["model_list"]:
        assert entry["litellm_params"]["api_base"].startswith("http://127.0.0.1:")


def test_proxy_trusts_every_name_it_is_reached_by(render):  # noqa: ANN001
    objects = render("production")
    proxy = _container(named(objects, "Deployment", "radgate-proxy")["spec"]["template"]["spec"], "proxy")
    trusted = set(json.loads(_env(proxy)["RADGATE_TRUSTED_HOSTS"]))
    assert set(named(objects, "Certificate", "radgate-proxy-tls")["spec"]["dnsNames"]) <= trusted
    assert {rule["host"] for rule in named(objects, "Ingress", "radgate")["spec"]["rules"]} <= trusted
    # The TLS front gives probes and scrapes a fixed Host; RadGate must accept it.
    front = (K8S / "base" / "tls-front.nginx.conf").read_text()
    assert "proxy_set_header Host radgate-proxy.radgate.svc;" in front and "radgate-proxy.radgate.svc" in trusted
    assert _env(proxy)["RADGATE_HOST"] == "127.0.0.1"


def test_images_are_named_and_pinned(objects):  # noqa: ANN001
    for obj, pod in pod_specs(objects):
        for c in containers(pod):
            image = c["image"]
            assert "/" in image, f"{label(obj)}: image {image!r} was not set by the overlay"
            tag = image.rsplit(":", 1)[-1] if "@" not in image else "digest"
            assert ":" in image and tag != "latest", f"{label(obj)}: {image} is not pinned"
    cluster = named(objects, "Cluster", "radgate-db")
    assert not cluster["spec"]["imageName"].endswith(":latest")
