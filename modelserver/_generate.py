"""Chat generation over one transformers model: the service behind the HTTP layer."""

from __future__ import annotations

import os
import threading
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import torch
from transformers import AutoModelForCausalLM, AutoTokenizer, StoppingCriteria, StoppingCriteriaList, TextIteratorStreamer

from ._convert import ensure_cache
from ._stopping import FlagStop, StopScanner, StopStringSeen

DEFAULT_MODEL_NAME = "smollm2-135m-instruct"
# How often a request waiting for the model lock re-checks whether its client is still there.
_LOCK_POLL_S = 0.1


class PromptTooLong(ValueError):
    """The prompt plus the requested completion does not fit the model's context window."""


@dataclass(frozen=True)
class SamplingParams:
    max_tokens: int = 128
    temperature: float = 1.0  # 0 means greedy decoding
    top_p: float = 1.0
    seed: int | None = None
    stop: tuple[str, ...] = ()


@dataclass(frozen=True)
class Prompt:
    """A chat already rendered through the chat template and tokenized."""

    input_ids: torch.Tensor  # shape (1, n)
    params: SamplingParams

    @property
    def token_count(self) -> int:
        return int(self.input_ids.shape[1])


@dataclass(frozen=True)
class Completion:
    text: str
    finish_reason: str  # "stop" or "length"
    prompt_tokens: int
    completion_tokens: int


@dataclass
class TextStream:
    """Iterator of text pieces for one streamed completion; `completion` is set once it is exhausted."""

    _pieces: Generator[str, None, None]
    _halt: threading.Event
    completion: Completion | None = field(default=None)

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        return next(self._pieces)

    def close(self) -> None:
        """Stop generating and end the stream; not while another thread is inside `next`."""
        self._halt.set()
        self._pieces.close()


class EmbeddedModel:
    """One causal LM and its tokenizer; generations are serialized by a lock (CPU-bound, one model)."""

    def __init__(self, model, tokenizer, name: str = DEFAULT_MODEL_NAME) -> None:
        self.model = model.eval()
        self.tokenizer = tokenizer
        self.name = name
        self.context_length = int(getattr(model.config, "max_position_embeddings", 2048))
        self._lock = threading.Lock()
        eos = model.generation_config.eos_token_id
        eos = set(eos if isinstance(eos, list) else [eos] if eos is not None else [])
        if tokenizer.eos_token_id is not None:
            eos.add(tokenizer.eos_token_id)
        self._eos_ids = sorted(eos)

    def prepare(self, messages: Sequence[dict[str, str]], params: SamplingParams) -> Prompt:
        """Render `messages` ({"role", "content"} with text content) with the chat template and tokenize."""
        encoded = self.tokenizer.apply_chat_template(
            list(messages), add_generation_prompt=True, return_tensors="pt", return_dict=True
        )
        prompt = Prompt(input_ids=encoded["input_ids"], params=params)
        if prompt.token_count + params.max_tokens > self.context_length:
            raise PromptTooLong(
                f"This model's maximum context length is {self.context_length} tokens; the messages use "
                f"{prompt.token_count} and max_tokens asks for {params.max_tokens} more."
            )
        return prompt

    def complete(self, prompt: Prompt, cancel: threading.Event | None = None) -> Completion:
        """Generate the whole completion in the calling thread."""
        new_ids = self._generate(prompt, cancel or threading.Event())
        scanner = StopScanner(prompt.params.stop)
        text = scanner.feed(self.tokenizer.decode(new_ids, skip_special_tokens=True)) + scanner.flush()
        return self._completion(prompt, text, new_ids, scanner.stopped)

    def stream(self, prompt: Prompt, cancel: threading.Event) -> TextStream:
        """Start generating in a worker thread; setting `cancel` stops it within one token."""
        streamer = TextIteratorStreamer(self.tokenizer, skip_prompt=True, skip_special_tokens=True)
        halt = threading.Event()  # set when a stop string is seen or the consumer stops reading
        outcome: dict[str, object] = {}

        def work() -> None:
            try:
                outcome["ids"] = self._generate(prompt, cancel, streamer=streamer, halt=halt)
            except BaseException as exc:  # re-raised in the consuming thread below
                outcome["error"] = exc
                streamer.end()  # unblock the consumer

        worker = threading.Thread(target=work, name="modelserver-generate", daemon=True)

        def pieces() -> Generator[str, None, None]:
            scanner = StopScanner(prompt.params.stop)
            emitted: list[str] = []
            try:
                for piece in streamer:
                    out = scanner.feed(piece)
                    if out:
                        emitted.append(out)
                        yield out
                    if scanner.stopped:
                        halt.set()
                        break
                if not scanner.stopped and (tail := scanner.flush()):
                    emitted.append(tail)
                    yield tail
            finally:
                # Also runs when the consumer abandons the stream: never block here, just stop the worker.
                halt.set()
            worker.join()  # finished or about to be: the streamer has ended or halt is set
            if "error" in outcome:
                raise outcome["error"]  # type: ignore[misc]
            new_ids = outcome.get("ids", [])
            text_stream.completion = self._completion(prompt, "".join(emitted), new_ids, scanner.stopped)

        text_stream = TextStream(pieces(), halt)
        worker.start()
        return text_stream

    def _generate(
        self,
        prompt: Prompt,
        cancel: threading.Event,
        streamer: TextIteratorStreamer | None = None,
        halt: threading.Event | None = None,
    ) -> list[int]:
        if not self._acquire(cancel):
            if streamer is not None:
                streamer.end()  # nothing will be generated; let the consumer finish
            return []
        try:
            params = prompt.params
            criteria: list[StoppingCriteria] = [FlagStop(cancel, halt or threading.Event())]
            if params.stop:
                criteria.append(StopStringSeen(self.tokenizer, prompt.token_count, params.stop))
            kwargs: dict[str, object] = {
                "input_ids": prompt.input_ids,
                "attention_mask": torch.ones_like(prompt.input_ids),
                "max_new_tokens": params.max_tokens,
                "pad_token_id": self._eos_ids[0] if self._eos_ids else None,
                "eos_token_id": self._eos_ids or None,
                "stopping_criteria": StoppingCriteriaList(criteria),
                "streamer": streamer,
            }
            if params.temperature > 0:
                # OpenAI semantics: temperature and nucleus sampling only, no top-k cut.
                kwargs |= {"do_sample": True, "temperature": params.temperature, "top_p": params.top_p, "top_k": 0}
                if params.seed is not None:
                    torch.manual_seed(params.seed)  # global RNG: safe because we hold the lock
            else:
                kwargs |= {"do_sample": False}
            with torch.inference_mode():
                output = self.model.generate(**kwargs)
            return output[0, prompt.token_count :].tolist()
        finally:
            self._lock.release()

    def _acquire(self, cancel: threading.Event) -> bool:
        """Take the model lock, giving up if the request is cancelled while it waits."""
        while not self._lock.acquire(timeout=_LOCK_POLL_S):
            if cancel.is_set():
                return False
        if cancel.is_set():
            self._lock.release()
            return False
        return True

    def _completion(self, prompt: Prompt, text: str, new_ids: list[int], stop_string_seen: bool) -> Completion:
        ended_on_eos = bool(new_ids) and new_ids[-1] in self._eos_ids
        hit_limit = len(new_ids) >= prompt.params.max_tokens
        reason = "length" if hit_limit and not (ended_on_eos or stop_string_seen) else "stop"
        return Completion(text, reason, prompt.token_count, len(new_ids))


def load_model(cache_dir: str | os.PathLike[str], model_name: str = DEFAULT_MODEL_NAME) -> EmbeddedModel:
    """Load the model from its safetensors cache, converting from the packaged GGUF on first use."""
    path: Path = ensure_cache(cache_dir)
    tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True)
    model = AutoModelForCausalLM.from_pretrained(path, local_files_only=True, dtype=torch.float32)
    return EmbeddedModel(model, tokenizer, model_name)
