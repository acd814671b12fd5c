"""API key table and its public (secret-free) view."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, Column, DateTime
from sqlmodel import Field, SQLModel


class ApiKey(SQLModel, table=True):
    __tablename__ = "api_keys"

    id: str = Field(primary_key=True, max_length=32)
    name: str = Field(max_length=128, unique=True)
    prefix: str = Field(max_length=16, unique=True)
    key_hash: str = Field(max_length=64)
    role: str = Field(max_length=32)
    models: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    created_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
    expires_at: datetime | None = Field(default=None, sa_column=Column(DateTime(timezone=True)))
    revoked_at: datetime | None = Field(default=None, sa_column=Column(DateTime(timezone=True)))
    # governance: keys for acceptance testing may call sandbox models; a default prompt template
    acceptance_testing: bool = Field(default=False, sa_column=Column(Boolean, nullable=False, default=False))
    default_template: str | None = Field(default=None, max_length=160)


class ApiKeyPublic(SQLModel):
    """What listing shows: never the hash, never the secret."""

    id: str
    name: str
    prefix: str
    role: str
    models: list[str]
    created_at: datetime
    expires_at: datetime | None
    revoked_at: datetime | None
    active: bool
    acceptance_testing: bool = False
    default_template: str | None = None
