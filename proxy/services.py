"""The services one app instance runs on, built from Settings (never at import time)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sqlalchemy import Engine

from audit import AuditCipher, AuditIndexer, AuditWriter, BlindIndex, SqlAuditWriter
from radgate.auth import KeyService
from radgate.db import WalCheckpointer, create_db_engine
from radgate.settings import Settings

from redaction import PhiAnalyzer, Redactor, build_analyzer

from governance import GovernanceGate, GovernanceService, deployment_versions
from prompts import load_registry

from proxy.chat.phi import PhiGuard
from proxy.chat.protocol import Limits
from proxy.chat.serving import ChatService
from proxy.metrics import Metrics
from proxy.routing import ModelRouter, load_model_config


@dataclass
class Services:
    settings: Settings
    engine: Engine
    keys: KeyService
    router: ModelRouter
    audit: AuditWriter
    metrics: Metrics
    chat: ChatService
    checkpointer: WalCheckpointer
    indexer: AuditIndexer  # PostgreSQL full-text index of redacted text, filled just after commit
    cipher: AuditCipher  # opens sealed audit bodies for break-glass reads
    blind: BlindIndex  # patient-identifier search tokens
    governance: GovernanceService  # model inventory and lifecycle (the /governance routes)

    async def start(self) -> None:
        self.audit.start()
        self.checkpointer.start()
        self.indexer.start()
        await self.router.start()

    async def close(self) -> None:
        await self.router.close()
        self.audit.close()
        self.checkpointer.close()
        self.indexer.close()
        self.engine.dispose()


def _redactor(config: Path | None, style: str, surrogate_key: bytes | None = None) -> Redactor:
    # Loading spaCy takes a second or two: one analyzer per configuration per process.
    return Redactor(_analyzer(config), style=style, surrogate_key=surrogate_key)


@lru_cache(maxsize=4)
def _analyzer(config: Path | None) -> PhiAnalyzer:
    return build_analyzer(config)


def build_services(settings: Settings, *, audit: AuditWriter | None = None) -> Services:
    engine = create_db_engine(settings)
    metrics = Metrics()
    model_config = load_model_config(settings.models_config)
    deployments = deployment_versions(model_config)
    router = ModelRouter(model_config, timeout=settings.upstream_timeout_s,
                         retries=settings.upstream_retries)
    cipher = AuditCipher(settings.audit_master_key_bytes, settings.audit_previous_master_keys)
    blind = BlindIndex(settings.audit_index_key_bytes)
    if audit is None:
        audit = SqlAuditWriter(engine, cipher=cipher, blind_index=blind,
                               batch_max=settings.audit_batch_max,
                               queue_max=settings.audit_queue_max,
                               write_timeout_s=settings.audit_write_timeout_s)
    limits = Limits(max_messages=settings.max_messages, max_images=settings.max_images,
                    max_image_bytes=settings.max_image_bytes, max_output_tokens=settings.max_output_tokens)
    keys = KeyService(engine, settings.key_pepper.get_secret_value().encode(),
                      cache_ttl_s=settings.key_cache_ttl_s)
    guard = PhiGuard(_redactor(settings.redaction_config, settings.redaction_style,
                               settings.redaction_surrogate_key_bytes)
                     if settings.redaction_enabled else None,
                     outbound=settings.redaction_outbound, timeout_s=settings.redaction_timeout_s)
    prompts = load_registry(settings.prompts_dir)
    gate = GovernanceGate(engine, deployments, prompts, ttl_s=settings.governance_cache_ttl_s,
                          require_training=settings.governance_require_training)
    governance = GovernanceService(engine, audit, prompt_refs={t.ref for t in prompts}.__contains__)
    return Services(settings=settings, engine=engine, keys=keys, router=router, audit=audit,
                    metrics=metrics, chat=ChatService(router, audit, limits, metrics, guard, gate),
                    governance=governance,
                    checkpointer=WalCheckpointer(engine), cipher=cipher, blind=blind,
                    indexer=AuditIndexer(engine))
