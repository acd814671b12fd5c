"""Load and check the routing YAML (litellm ``model_list`` style plus ``router_settings``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

# Router settings an operator may set; anything else is refused so typos do not pass silently.
_ROUTER_KEYS = {"num_retries", "timeout", "fallbacks", "routing_strategy", "allowed_fails", "cooldown_time"}


class ModelConfigError(ValueError):
    """The routing configuration is unusable; the message names the offending entry."""


def load_model_config(path: Path) -> dict[str, Any]:
    """Read ``path`` and return ``{"model_list": [...], "router_settings": {...}}``."""
    try:
        raw = yaml.safe_load(Path(path).read_text())
    except OSError as exc:
        raise ModelConfigError(f"cannot read model config {path}: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        raise ModelConfigError(f"model config {path} is not valid YAML: {exc}") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("model_list"), list) or not raw["model_list"]:
        raise ModelConfigError(f"model config {path} needs a non-empty 'model_list'")
    for i, entry in enumerate(raw["model_list"]):
        where = f"model_list[{i}]"
        if not isinstance(entry, dict) or not isinstance(entry.get("model_name"), str):
            raise ModelConfigError(f"{where} needs a string 'model_name'")
        params = entry.get("litellm_params")
        if not isinstance(params, dict) or not isinstance(params.get("model"), str):
            raise ModelConfigError(f"{where} ({entry['model_name']}) needs 'litellm_params.model'")
        if "/" not in params["model"]:
            raise ModelConfigError(
                f"{where} ({entry['model_name']}): litellm_params.model must name a provider, "
                "e.g. 'hosted_vllm/<model>' or 'openai/<model>'"
            )
        info = entry.setdefault("model_info", {})
        if not isinstance(info, dict):
            raise ModelConfigError(f"{where} ({entry['model_name']}): model_info must be a mapping")
    settings = raw.get("router_settings") or {}
    unknown = set(settings) - _ROUTER_KEYS
    if unknown:
        raise ModelConfigError(f"unknown router_settings: {', '.join(sorted(unknown))}")
    aliases = {e["model_name"] for e in raw["model_list"]}
    for rule in settings.get("fallbacks") or []:
        for src, targets in (rule or {}).items():
            missing = [t for t in [src, *targets] if t not in aliases]
            if missing:
                raise ModelConfigError(f"fallback names unknown model(s): {', '.join(missing)}")
    return {"model_list": raw["model_list"], "router_settings": settings}
