"""Prometheus metrics on a per-app registry. Labels are route templates and model aliases only."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest

_LATENCY_BUCKETS = (0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self._requests = Counter("radgate_requests_total", "HTTP requests", ["route", "method", "status"],
                                 registry=self.registry)
        self._latency = Histogram("radgate_request_duration_seconds", "Request duration", ["route"],
                                  buckets=_LATENCY_BUCKETS, registry=self.registry)
        self._ttfb = Histogram("radgate_stream_first_chunk_seconds", "Time to first upstream chunk",
                               ["model"], buckets=_LATENCY_BUCKETS, registry=self.registry)
        self._upstream_errors = Counter("radgate_upstream_errors_total", "Upstream failures",
                                        ["model", "reason"], registry=self.registry)
        self._audit_latency = Histogram("radgate_audit_write_seconds", "Audit append latency (durable)",
                                        buckets=_LATENCY_BUCKETS, registry=self.registry)
        self._audit_failures = Counter("radgate_audit_write_failures_total", "Audit appends refused",
                                       registry=self.registry)

    def request(self, route: str, method: str, status: int, seconds: float) -> None:
        self._requests.labels(route, method, str(status)).inc()
        self._latency.labels(route).observe(seconds)

    def ttfb(self, model: str, seconds: float) -> None:
        self._ttfb.labels(model).observe(seconds)

    def upstream_error(self, model: str, reason: str) -> None:
        self._upstream_errors.labels(model, reason).inc()

    def audit_write(self, seconds: float) -> None:
        self._audit_latency.observe(seconds)

    def audit_failure(self) -> None:
        self._audit_failures.inc()

    def render(self) -> bytes:
        return generate_latest(self.registry)
