"""The one Settings object (env prefix ``RADGATE_``), built once and injected."""

from __future__ import annotations

import hashlib
import hmac
from enum import StrEnum
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

# Values that are only acceptable on a developer's laptop. Anything outside
# development that still carries one of these refuses to start.
DEV_KEY_PEPPER = "radgate-development-pepper-not-a-secret"
DEV_AUDIT_MASTER_KEY = "de" * 32  # 32 bytes, hex: development only
DEV_AUDIT_SIGNING_KEY = "ed" * 32  # Ed25519 seed, hex: development only


class Environment(StrEnum):
    development = "development"
    test = "test"
    production = "production"


class Settings(BaseSettings):
    """Runtime configuration. Secrets may also come from files (``*_FILE``: key pepper, database URL)."""

    model_config = SettingsConfigDict(env_prefix="RADGATE_", extra="ignore")

    environment: Environment = Environment.production
    # repr=False: a PostgreSQL URL carries its password.
    database_url: str = Field(default="sqlite:///./var/radgate.db", repr=False)
    # A mounted Secret holding the whole URL (it carries the password); in Kubernetes, never an env value.
    database_url_file: Path | None = None
    models_config: Path = Path("config/models.yaml")
    # WAL + NORMAL survives a process crash; FULL also survives power loss (one fsync per commit).
    sqlite_synchronous: Literal["NORMAL", "FULL"] = "NORMAL"

    # HMAC pepper for API-key hashes. Required (and non-default) outside development.
    key_pepper: SecretStr | None = None
    key_pepper_file: Path | None = None
    key_cache_ttl_s: float = Field(default=5.0, ge=0, le=300)

    host: str = "127.0.0.1"
    port: int = 8080
    trusted_hosts: list[str] = ["127.0.0.1", "localhost", "::1"]

    # Request limits (bytes / counts); images are checked after base64 decoding.
    max_body_bytes: int = Field(default=8 * 1024 * 1024, gt=0)
    max_image_bytes: int = Field(default=5 * 1024 * 1024, gt=0)
    max_images: int = Field(default=8, ge=0)
    max_messages: int = Field(default=64, gt=0)
    max_output_tokens: int = Field(default=2048, gt=0)

    # Upstream behaviour (defaults for deployments that do not set their own).
    upstream_timeout_s: float = Field(default=60.0, gt=0)
    upstream_retries: int = Field(default=1, ge=0, le=5)

    # Audit group commit.
    audit_batch_max: int = Field(default=256, gt=0)
    audit_queue_max: int = Field(default=10_000, gt=0)
    audit_write_timeout_s: float = Field(default=5.0, gt=0)

    # Master key for the PHI in audit records (32 bytes as 64 hex characters); a mounted file in
    # production. Development gets a fixed, publicly known key; nothing else may.
    audit_master_key: SecretStr | None = None
    audit_master_key_file: Path | None = None
    # Retired master keys (one 64-hex key per line), kept only to read data keys not yet re-wrapped
    # during a rotation (`radgate audit rotate-key`); remove the file once rotation has finished.
    audit_previous_master_keys_file: Path | None = None
    # HMAC key of the blind index over patient identifiers (64 hex). Unset: derived from the master
    # key, which then cannot be rotated (`rotate-key` refuses) until this is set explicitly.
    audit_index_key: SecretStr | None = None
    audit_index_key_file: Path | None = None

    # Ed25519 seed (64 hex characters) that signs audit checkpoints; only the checkpoint job needs
    # it. Verifiers trust the public key derived from it, or RADGATE_AUDIT_TRUSTED_PUBLIC_KEY.
    audit_signing_key: SecretStr | None = None
    audit_signing_key_file: Path | None = None
    audit_trusted_public_key: str | None = None  # base64 raw Ed25519 public key

    # PHI redaction (on unless explicitly disabled in development or test).
    redaction_enabled: bool = True
    redaction_config: Path | None = None  # recognizers and threshold; default: redaction/config.yaml
    redaction_style: Literal["realistic", "tags"] = "realistic"
    redaction_outbound: Literal["flag", "reject"] = "flag"  # PHI the model invents or leaks
    redaction_timeout_s: float = Field(default=10.0, gt=0)
    # 64 hex characters: makes surrogates and the date shift the same for a patient in every request
    # (HMAC-seeded choice). Unset: a fresh random surrogate map per request.
    redaction_surrogate_key: SecretStr | None = None
    redaction_surrogate_key_file: Path | None = None

    # Clinician-feedback monitoring (monitoring/): a group/period with at least min_feedback verdicts
    # outside this absolute band is flagged as drift. Rates and edit distances are 0..1.
    monitoring_reject_rate_max: float = Field(default=0.2, ge=0, le=1)
    monitoring_edit_distance_max: float = Field(default=0.25, ge=0, le=1)  # mean, drafts used
    monitoring_finding_change_rate_max: float = Field(default=0.3, ge=0, le=1)  # share of drafts used
    monitoring_min_feedback: int = Field(default=20, ge=1)

    # Governance: how long a proxy trusts its copy of the model inventory (a suspension reaches running
    # proxies within this time), and whether users (radgate.on_behalf_of) need a training record.
    governance_cache_ttl_s: float = Field(default=1.0, ge=0, le=60)
    governance_require_training: bool = False
    prompts_dir: Path | None = None  # prompt templates; default: the packaged prompts/templates

    log_level: str = "INFO"

    @model_validator(mode="after")
    def _refuse_default_secrets(self) -> "Settings":
        if self.database_url_file is not None:
            if "database_url" in self.model_fields_set:
                raise ValueError("set RADGATE_DATABASE_URL or RADGATE_DATABASE_URL_FILE, not both")
            try:
                self.database_url = self.database_url_file.read_text().strip()
            except OSError as exc:
                raise ValueError(f"cannot read RADGATE_DATABASE_URL_FILE: {exc.strerror}") from None
            if not self.database_url:
                raise ValueError("RADGATE_DATABASE_URL_FILE is empty")
        if not self.redaction_enabled and self.environment is Environment.production:
            raise ValueError("RADGATE_REDACTION_ENABLED=false is refused outside development and test")
        for name in _SECRET_FILES:  # a mounted Secret file fills a secret not given directly
            path = getattr(self, f"{name}_file")
            if getattr(self, name) is None and path is not None:
                try:
                    setattr(self, name, SecretStr(path.read_text().strip()))
                except OSError as exc:
                    raise ValueError(f"cannot read RADGATE_{name.upper()}_FILE: {exc.strerror}") from None
        if self.environment is Environment.development:
            if self.audit_signing_key is None:
                self.audit_signing_key = SecretStr(DEV_AUDIT_SIGNING_KEY)
            if self.key_pepper is None:
                self.key_pepper = SecretStr(DEV_KEY_PEPPER)
            if self.audit_master_key is None:
                self.audit_master_key = SecretStr(DEV_AUDIT_MASTER_KEY)
            return self
        pepper = self.key_pepper.get_secret_value() if self.key_pepper else ""
        if not pepper or pepper == DEV_KEY_PEPPER:
            raise ValueError(
                "RADGATE_KEY_PEPPER (or RADGATE_KEY_PEPPER_FILE) must be set to a secret value "
                "outside development"
            )
        if len(pepper) < 32:
            raise ValueError("RADGATE_KEY_PEPPER must be at least 32 characters")
        if self.audit_signing_key is not None and self.audit_signing_key.get_secret_value() == DEV_AUDIT_SIGNING_KEY:
            raise ValueError("RADGATE_AUDIT_SIGNING_KEY is the development key; set a secret one")
        master = self.audit_master_key.get_secret_value() if self.audit_master_key else ""
        if not master or master == DEV_AUDIT_MASTER_KEY:
            raise ValueError("RADGATE_AUDIT_MASTER_KEY (or RADGATE_AUDIT_MASTER_KEY_FILE) must be set to a "
                             "secret value outside development")
        return self

    @property
    def audit_master_key_bytes(self) -> bytes:
        return _hex_key(self.audit_master_key, "the audit master key")

    @property
    def redaction_surrogate_key_bytes(self) -> bytes | None:
        return None if self.redaction_surrogate_key is None else _hex_key(self.redaction_surrogate_key,
                                                                           "the redaction surrogate key")

    @property
    def audit_previous_master_keys(self) -> list[bytes]:
        if self.audit_previous_master_keys_file is None:
            return []
        try:
            lines = self.audit_previous_master_keys_file.read_text().split()
            keys = [bytes.fromhex(line) for line in lines]
        except (OSError, ValueError):
            raise ValueError("RADGATE_AUDIT_PREVIOUS_MASTER_KEYS_FILE must hold 64-hex keys, one per line") from None
        if any(len(k) != 32 for k in keys):
            raise ValueError("RADGATE_AUDIT_PREVIOUS_MASTER_KEYS_FILE must hold 64-hex keys, one per line")
        return keys

    @property
    def audit_index_key_explicit(self) -> bool:
        return self.audit_index_key is not None

    @property
    def audit_index_key_bytes(self) -> bytes:
        if self.audit_index_key is None:
            return hmac.new(self.audit_master_key_bytes, b"radgate-audit-blind-index-v1", hashlib.sha256).digest()
        return _hex_key(self.audit_index_key, "the audit index key")

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


# Secrets that may come from a mounted file (``RADGATE_<NAME>_FILE``) instead of a value.
_SECRET_FILES = ("key_pepper", "audit_master_key", "audit_index_key", "audit_signing_key", "redaction_surrogate_key")


def _hex_key(secret: SecretStr | None, what: str) -> bytes:
    try:
        key = bytes.fromhex(secret.get_secret_value() if secret else "")
    except ValueError:
        key = b""
    if len(key) != 32:
        raise ValueError(f"{what} must be 64 hexadecimal characters (32 bytes)")
    return key


def get_settings() -> Settings:
    """Build Settings from the environment; call once at start-up and inject the result."""
    return Settings()
