"""Roles a key can carry."""

from enum import StrEnum


class Role(StrEnum):
    reporting = "reporting"  # the reporting system: model calls
    compliance = "compliance"  # audit read
    governance = "governance"  # evals, model approval
    admin = "admin"  # key and configuration management
