"""POST /v1/chat/completions: protocol (validation), serving (the work), api_router (HTTP)."""

from proxy.chat.serving import ChatService

__all__ = ["ChatService"]
