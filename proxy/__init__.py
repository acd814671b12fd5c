"""The OpenAI-compatible, authenticated, audited proxy."""

from proxy.app import create_app

__all__ = ["create_app"]
