"""Settings refuse default or missing secrets outside development."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from radgate.settings import DEV_AUDIT_MASTER_KEY, DEV_KEY_PEPPER, Settings


@pytest.fixture(autouse=True)
def _audit_master_key(monkeypatch):  # noqa: ANN001, ANN202
    # Every production Settings below needs one; the tests of the key itself remove it.
    monkeypatch.setenv("RADGATE_AUDIT_MASTER_KEY", "5a" * 32)


def test_development_gets_a_development_pepper(monkeypatch):  # noqa: ANN001
    monkeypatch.delenv("RADGATE_KEY_PEPPER", raising=False)
    assert Settings(environment="development").key_pepper.get_secret_value() == DEV_KEY_PEPPER


@pytest.mark.parametrize("pepper", [None, "", DEV_KEY_PEPPER, "short"])
def test_production_refuses_missing_default_or_weak_secrets(monkeypatch, pepper):  # noqa: ANN001
    monkeypatch.delenv("RADGATE_KEY_PEPPER", raising=False)
    with pytest.raises(ValidationError, match="RADGATE_KEY_PEPPER"):
        Settings(environment="production", key_pepper=pepper)


def test_production_is_the_default_environment(monkeypatch):  # noqa: ANN001
    monkeypatch.delenv("RADGATE_ENVIRONMENT", raising=False)
    monkeypatch.delenv("RADGATE_KEY_PEPPER", raising=False)
    with pytest.raises(ValidationError):
        Settings()


def test_secret_can_come_from_a_mounted_file(tmp_path, monkeypatch):  # noqa: ANN001
    secret = tmp_path / "pepper"
    secret.write_text("s" * 48 + "\n")
    monkeypatch.setenv("RADGATE_KEY_PEPPER_FILE", str(secret))
    monkeypatch.delenv("RADGATE_KEY_PEPPER", raising=False)
    assert Settings(environment="production").key_pepper.get_secret_value() == "s" * 48


def test_secret_values_are_not_printed(monkeypatch):  # noqa: ANN001
    settings = Settings(environment="production", key_pepper="p" * 40)
    assert "p" * 40 not in repr(settings) and "p" * 40 not in str(settings.model_dump())


def test_database_url_can_come_from_a_mounted_file(tmp_path, monkeypatch):  # noqa: ANN001
    url_file = tmp_path / "uri"
    url_file.write_text("postgresql://radgate:s3cret@radgate-db-rw.radgate:5432/radgate\n")
    monkeypatch.delenv("RADGATE_DATABASE_URL", raising=False)
    monkeypatch.setenv("RADGATE_DATABASE_URL_FILE", str(url_file))
    settings = Settings(environment="production", key_pepper="p" * 40)
    assert settings.database_url == "postgresql://radgate:s3cret@radgate-db-rw.radgate:5432/radgate"
    assert not settings.is_sqlite


@pytest.mark.parametrize("content", [None, ""])
def test_missing_or_empty_database_url_file_refuses_to_start(tmp_path, monkeypatch, content):  # noqa: ANN001
    url_file = tmp_path / "uri"
    if content is not None:
        url_file.write_text(content)
    monkeypatch.delenv("RADGATE_DATABASE_URL", raising=False)
    with pytest.raises(ValidationError, match="RADGATE_DATABASE_URL_FILE"):
        Settings(environment="production", key_pepper="p" * 40, database_url_file=url_file)


def test_database_url_and_its_file_are_not_both_accepted(tmp_path, monkeypatch):  # noqa: ANN001
    url_file = tmp_path / "uri"
    url_file.write_text("postgresql://a@b/c")
    monkeypatch.setenv("RADGATE_DATABASE_URL", "sqlite:///x.db")
    with pytest.raises(ValidationError, match="not both"):
        Settings(environment="production", key_pepper="p" * 40, database_url_file=url_file)


def test_database_password_is_not_printed():
    settings = Settings(environment="development", database_url="postgresql://app:s3cr3t-pw@db/radgate")
    assert "s3cr3t-pw" not in repr(settings)


@pytest.mark.parametrize("key", [None, DEV_AUDIT_MASTER_KEY])
def test_production_refuses_a_missing_or_development_audit_master_key(monkeypatch, key):  # noqa: ANN001
    monkeypatch.delenv("RADGATE_AUDIT_MASTER_KEY", raising=False)
    with pytest.raises(ValidationError, match="RADGATE_AUDIT_MASTER_KEY"):
        Settings(environment="production", key_pepper="p" * 40, audit_master_key=key)


def test_audit_master_key_from_a_file_must_be_32_bytes(tmp_path, monkeypatch):  # noqa: ANN001
    monkeypatch.delenv("RADGATE_AUDIT_MASTER_KEY", raising=False)
    path = tmp_path / "master"
    path.write_text("ab" * 32 + "\n")
    settings = Settings(environment="production", key_pepper="p" * 40, audit_master_key_file=path)
    assert settings.audit_master_key_bytes == bytes.fromhex("ab" * 32)
    path.write_text("too-short")
    with pytest.raises(ValueError, match="64 hexadecimal"):
        _ = Settings(environment="production", key_pepper="p" * 40,
                     audit_master_key_file=path).audit_master_key_bytes


def test_blind_index_key_from_a_file_or_derived_from_the_master_key(tmp_path, monkeypatch):  # noqa: ANN001
    monkeypatch.delenv("RADGATE_AUDIT_INDEX_KEY", raising=False)
    derived = Settings(environment="production", key_pepper="p" * 40)
    assert not derived.audit_index_key_explicit and len(derived.audit_index_key_bytes) == 32
    path = tmp_path / "index-key"
    path.write_text("cd" * 32 + "\n")
    explicit = Settings(environment="production", key_pepper="p" * 40, audit_index_key_file=path)
    assert explicit.audit_index_key_explicit and explicit.audit_index_key_bytes == bytes.fromhex("cd" * 32)
    assert explicit.audit_index_key_bytes != derived.audit_index_key_bytes
    path.write_text("cd" * 8)
    with pytest.raises(ValueError, match="index key must be 64"):
        Settings(environment="production", key_pepper="p" * 40, audit_index_key_file=path).audit_index_key_bytes
    with pytest.raises(ValidationError, match="RADGATE_AUDIT_INDEX_KEY_FILE"):
        Settings(environment="production", key_pepper="p" * 40, audit_index_key_file=tmp_path / "missing")
