"""Versioned prompt templates rendered in a sandboxed Jinja environment. See issue 6."""
