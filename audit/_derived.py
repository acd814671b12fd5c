"""Clear-text columns derived from an event for search: PHI types found and the redacted text.

Only text that went through redaction is made searchable (the prompt as the model saw it, the
model's output before real values were put back). An output in which the outbound scan found
identifiers RadGate did not supply is left out: it may hold PHI.
"""

from __future__ import annotations

from typing import Any

_MAX_TEXT = 64_000  # characters of searchable text per record


def _texts(messages: Any) -> list[str]:
    out: list[str] = []
    for message in messages if isinstance(messages, list) else ():
        content = message.get("content") if isinstance(message, dict) else None
        if isinstance(content, str):
            out.append(content)
        elif isinstance(content, list):
            out.extend(part["text"] for part in content
                       if isinstance(part, dict) and isinstance(part.get("text"), str))
    return out


def search_text(detail: dict[str, Any] | None) -> str | None:
    if not detail:
        return None
    parts = _texts(detail.get("redacted_messages"))
    if not detail.get("phi_in_output"):
        parts.extend(t for t in detail.get("redacted_output") or () if isinstance(t, str))
    text = "\n".join(p for p in parts if p)
    return text[:_MAX_TEXT] or None


def phi_types(detail: dict[str, Any] | None) -> str | None:
    """",MRN,PERSON,": every PHI type redacted from the prompt or flagged in the output."""
    if not detail:
        return None
    kinds = {str(k) for key in ("phi_redacted", "phi_in_output") for k in (detail.get(key) or {})}
    return f",{','.join(sorted(kinds))}," if kinds else None
