"""Every text path of an OpenAI chat request: content strings, text parts, tool arguments, images."""

from __future__ import annotations

import copy
from typing import Any

from redaction._images import UnsupportedContent, sanitize_image_url
from redaction._session import RedactionSession


def redact_messages(session: RedactionSession, messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A copy of ``messages`` with PHI replaced by surrogates and images de-identified.

    Every text is analysed before any is substituted, so a value first seen in a later message is already
    known when an earlier message's surrogates are drawn (no surrogate may contain a real value)."""
    redacted = copy.deepcopy(messages)
    slots: list[tuple[dict, str]] = []  # (container, key) of every text to redact
    for message in redacted:
        content = message.get("content")
        if isinstance(content, str):
            slots.append((message, "content"))
        elif isinstance(content, list):
            for part in content:
                kind = part.get("type")
                if kind == "text":
                    slots.append((part, "text"))
                elif kind == "image_url":
                    part["image_url"]["url"] = sanitize_image_url(part["image_url"]["url"], session.found)
                else:
                    raise UnsupportedContent(f"content part type {kind!r} cannot be redacted")
        elif content is not None:
            raise UnsupportedContent("message content must be text or parts")
        if isinstance(message.get("name"), str):
            slots.append((message, "name"))
        for call in message.get("tool_calls") or ():
            function = call.get("function") or {}
            if isinstance(function.get("arguments"), str):
                slots.append((function, "arguments"))
    found = [session.analyze(container[key]) for container, key in slots]
    for (container, key), spans in zip(slots, found, strict=True):
        container[key] = session.substitute(container[key], spans)
    return redacted
