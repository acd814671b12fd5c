"""Versioned prompt templates (YAML + sandboxed Jinja); a released version is immutable."""

from prompts._registry import PromptError, PromptRegistry, PromptTemplate, content_hash, load_registry

__all__ = ["PromptError", "PromptRegistry", "PromptTemplate", "content_hash", "load_registry"]
