"""JSON log lines on stderr. Request bodies, headers and query strings are never logged."""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime

# Record attributes that are not ours to print: the stdlib's own, and ones libraries attach
# (uvicorn's ANSI-coloured copy of the message, litellm's redaction marker).
_STANDARD = set(logging.makeLogRecord({}).__dict__) | {"message", "asctime", "color_message",
                                                        "litellm_redacted"}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {"ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
                 "level": record.levelname.lower(), "logger": record.name, "msg": record.getMessage()}
        entry.update({k: v for k, v in record.__dict__.items() if k not in _STANDARD})
        return json.dumps(entry, default=str)


def configure_logging(level: str = "INFO") -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # litellm, uvicorn and presidio (a line per recognizer at start-up) are chatty; keep them at warning.
    for noisy in ("LiteLLM", "LiteLLM Router", "LiteLLM Proxy", "httpx", "uvicorn.access", "presidio-analyzer"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
