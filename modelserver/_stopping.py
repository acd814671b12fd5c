"""When to stop generating: client gone, stop string seen; and cutting text at a stop string."""

from __future__ import annotations

import threading
from collections.abc import Sequence

import torch
from transformers import StoppingCriteria


class FlagStop(StoppingCriteria):
    """Stops generation as soon as any of the given events is set (client gone, stop string seen)."""

    def __init__(self, *events: threading.Event) -> None:
        self._events = events

    def __call__(self, input_ids: torch.LongTensor, scores: torch.Tensor | None, **kwargs) -> torch.BoolTensor:
        stop = any(e.is_set() for e in self._events)
        return torch.full((input_ids.shape[0],), stop, dtype=torch.bool, device=input_ids.device)


class StopStringSeen(StoppingCriteria):
    """Stops once the decoded completion contains a stop string.

    transformers' own `stop_strings` pre-processes the whole vocabulary on every call (seconds on
    CPU); decoding at most a few hundred new tokens per step is far cheaper.
    """

    def __init__(self, tokenizer, prompt_len: int, stops: Sequence[str]) -> None:
        self._tokenizer, self._prompt_len, self._stops = tokenizer, prompt_len, [s for s in stops if s]

    def __call__(self, input_ids: torch.LongTensor, scores: torch.Tensor | None, **kwargs) -> torch.BoolTensor:
        text = self._tokenizer.decode(input_ids[0, self._prompt_len :], skip_special_tokens=True)
        stop = any(s in text for s in self._stops)
        return torch.full((input_ids.shape[0],), stop, dtype=torch.bool, device=input_ids.device)


class StopScanner:
    """Cuts text at the first stop string, holding back just enough text to see one split across pieces."""

    def __init__(self, stops: Sequence[str]) -> None:
        self._stops = [s for s in stops if s]
        self._hold = max((len(s) for s in self._stops), default=1) - 1
        self._buf = ""
        self.stopped = False

    def feed(self, piece: str) -> str:
        if self.stopped:
            return ""
        self._buf += piece
        cuts = [i for i in (self._buf.find(s) for s in self._stops) if i >= 0]
        if cuts:
            out, self._buf, self.stopped = self._buf[: min(cuts)], "", True
            return out
        cut = len(self._buf) - self._hold
        out, self._buf = self._buf[: max(cut, 0)], self._buf[max(cut, 0) :]
        return out

    def flush(self) -> str:
        out, self._buf = self._buf, ""
        return out
