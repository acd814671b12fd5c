"""Re-identification of a streamed draft, holding back only what could be a split surrogate."""

from __future__ import annotations

from redaction._session import RedactionSession


class StreamReidentifier:
    """Feed chunks in, get re-identified text out; ``flush`` at the end of the stream.

    Only a tail that could still grow into a surrogate (or be a whole one awaiting its word
    boundary) is held back; everything before it is released at once.
    """

    def __init__(self, session: RedactionSession) -> None:
        self._session = session
        surrogates = [s.lower() for s in session.surrogates]
        self._prefixes = {s[:i] for s in surrogates for i in range(1, len(s) + 1)}
        self._longest = max((len(s) for s in surrogates), default=0)
        self._pending = ""

    def feed(self, chunk: str) -> str:
        text = self._pending + chunk
        hold = self._holdback(text)
        self._pending = text[len(text) - hold:] if hold else ""
        ready = text[:len(text) - hold] if hold else text
        return self._session.reidentify(ready) if ready else ""

    def flush(self) -> str:
        text, self._pending = self._pending, ""
        return self._session.reidentify(text) if text else ""

    def _holdback(self, text: str) -> int:
        lowered = text[-self._longest:].lower() if self._longest else ""
        for size in range(len(lowered), 0, -1):
            if lowered[-size:] in self._prefixes:
                return size
        return 0
