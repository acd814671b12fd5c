"""API keys and roles: keys are shown once, stored as keyed hashes, looked up by prefix."""

from radgate.auth.models import ApiKey, ApiKeyPublic
from radgate.auth.roles import Role
from radgate.auth.service import CreatedKey, KeyError_, KeyService, Principal, key_prefix

__all__ = ["ApiKey", "ApiKeyPublic", "CreatedKey", "KeyError_", "KeyService", "Principal", "Role", "key_prefix"]
