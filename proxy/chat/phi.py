"""PHI guard for chat calls: pseudonymize before upstream, re-identify after, fail closed throughout."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from typing import Any

from redaction import RedactionSession, Redactor, StreamReidentifier, UnsupportedContent, redact_messages

from proxy.errors import ApiError

log = logging.getLogger("radgate.redaction")


@dataclass(slots=True)
class GuardedCall:
    """One request's redaction state (the surrogate map stays in this process, in memory)."""

    session: RedactionSession | None
    redacted_messages: list | None = None
    found: dict[str, int] = field(default_factory=dict)

    def identifiers(self) -> dict[str, list[str]]:
        """Identifiers redaction found, by blind-index kind (sealed and indexed by the audit store)."""
        return self.session.identifiers() if self.session is not None else {}

    def surrogate_map(self) -> dict[str, Any]:
        """``{surrogate: original}`` pairs, name tokens and the date/time shift, JSON-able, for the sealed
        audit record (it holds PHI: never log it or keep it in clear). Empty when redaction is off."""
        return self.session.surrogate_map() if self.session is not None else {}


class PhiGuard:
    def __init__(self, redactor: Redactor | None, *, outbound: str = "flag", timeout_s: float = 10.0) -> None:
        self._redactor = redactor
        self._outbound = outbound
        self._timeout = timeout_s

    @property
    def enabled(self) -> bool:
        return self._redactor is not None

    async def inbound(self, messages: list, *, patient: str | None = None) -> GuardedCall:
        """Redact every text path; any failure refuses the request (nothing unredacted goes upstream).

        ``patient`` (e.g. the MRN the caller names) scopes consistent surrogates when a key is configured.
        """
        if self._redactor is None:
            return GuardedCall(session=None)
        session = self._redactor.session(patient)
        try:
            redacted = await asyncio.wait_for(asyncio.to_thread(redact_messages, session, messages), self._timeout)
        except UnsupportedContent as exc:
            raise ApiError(400, "unsupported_content", f"content cannot be de-identified: {exc}") from None
        except TimeoutError:
            raise ApiError(503, "redaction_timeout", "PHI redaction timed out; the request was not sent") from None
        except Exception as exc:  # noqa: BLE001 - fail closed on any analyzer error, without its text
            log.error("redaction failed: %s", type(exc).__name__)
            raise ApiError(503, "redaction_failed", "PHI redaction failed; the request was not sent") from None
        return GuardedCall(session=session, redacted_messages=redacted, found=dict(session.found))

    async def outbound(self, call: GuardedCall, text: str) -> tuple[str, dict[str, int]]:
        """Re-identify a finished output; report PHI the model produced that RadGate did not put there."""
        if call.session is None or not text:
            return text, {}
        try:
            unexpected = await asyncio.wait_for(asyncio.to_thread(call.session.unexpected_phi, text), self._timeout)
        except Exception as exc:  # noqa: BLE001 - an unscanned output is not released
            log.error("outbound scan failed: %s", type(exc).__name__)
            raise ApiError(503, "redaction_failed", "the model output could not be checked for PHI") from None
        if unexpected and self._outbound == "reject":
            raise ApiError(502, "phi_in_output", "the model output contained identifiers RadGate did not "
                           f"supply ({', '.join(sorted(unexpected))}); it was withheld")
        return call.session.reidentify(text), dict(unexpected)

    def restorer(self, call: GuardedCall) -> StreamReidentifier | None:
        return StreamReidentifier(call.session) if call.session is not None else None

    def scan_only(self, call: GuardedCall, text: str) -> dict[str, int]:
        """Streams cannot be withheld once sent: their output is scanned and flagged at the end."""
        return dict(call.session.unexpected_phi(text)) if call.session is not None and text else {}


def redaction_report(call: GuardedCall, in_output: dict[str, int]) -> dict[str, Any]:
    return {"phi_redacted": call.found, "phi_in_output": in_output}
