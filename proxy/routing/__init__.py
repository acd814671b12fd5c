"""Model routing: public alias -> backend deployment, built from a litellm ``model_list`` YAML."""

from proxy.routing._config import ModelConfigError, load_model_config
from proxy.routing._router import ModelRouter, Route, UpstreamResult
from proxy.routing._upstream import UpstreamError, UpstreamTimeout

__all__ = [
    "ModelConfigError",
    "ModelRouter",
    "Route",
    "UpstreamError",
    "UpstreamResult",
    "UpstreamTimeout",
    "load_model_config",
]
