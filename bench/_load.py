"""Closed-loop HTTP load against one chat-completions endpoint (aiohttp), and its results."""

from __future__ import annotations

import asyncio
import json
import math
import time
from dataclasses import dataclass, field

import aiohttp

MODEL_ALIAS = "impression-drafter"

SYSTEM_PROMPT = (
    "You are a radiology reporting assistant. Draft the IMPRESSION section for the report "
    "below: numbered, most clinically important finding first, no new findings, and flag "
    "anything that needs follow-up."
)

# Synthetic, written for this benchmark: no real patient, no identifiers.
SYNTHETIC_REPORT = """\
EXAMINATION: CT chest, abdomen and pelvis with intravenous contrast.
CLINICAL HISTORY: Adult patient with weight loss and chronic cough. Evaluate for malignancy.
COMPARISON: CT chest from the prior year.
TECHNIQUE: Axial images from the thoracic inlet to the pubic symphysis after 90 mL of
intravenous contrast; coronal and sagittal reformats. Dose reduction technique was used.
FINDINGS:
Lungs and airways: 9 mm solid nodule in the right upper lobe (series 4, image 57), previously
6 mm, now with a mildly spiculated margin. Scattered 2-3 mm nodules in both lower lobes,
unchanged. Mild centrilobular emphysema in the upper lobes. Central airways are patent.
Pleura: Small right pleural effusion, new. No pneumothorax.
Mediastinum and hila: 14 mm short-axis right lower paratracheal lymph node, previously 8 mm.
No hilar lymphadenopathy. Heart size is normal. No pericardial effusion.
Liver: 1.2 cm hypodense lesion in segment 6, too small to characterise, not seen previously.
Biliary tree, gallbladder, pancreas and spleen are unremarkable.
Adrenals: 1.8 cm left adrenal nodule measuring 8 HU on the unenhanced phase, consistent with an
adenoma. Kidneys: simple cortical cysts bilaterally; no hydronephrosis.
Bowel and peritoneum: No obstruction. No free fluid or free air.
Vessels: Moderate atherosclerotic calcification of the abdominal aorta, normal calibre.
Bones and soft tissues: No suspicious lytic or sclerotic lesion. Degenerative changes of the
lower lumbar spine.
"""


def chat_request(stream: bool) -> bytes:
    """The request body every target receives (identical, so only the proxy differs)."""
    body: dict[str, object] = {
        "model": MODEL_ALIAS,
        "messages": [
            {"role": "system", "content": SYSTEM_PROMPT},
            {"role": "user", "content": SYNTHETIC_REPORT},
        ],
        "temperature": 0.2,
        "max_tokens": 400,
    }
    if stream:
        body["stream"] = True
        body["stream_options"] = {"include_usage": True}
    return json.dumps(body).encode()


@dataclass
class LevelResult:
    """Outcome of the measured phase of one (target, mode, concurrency) level."""

    target: str
    mode: str
    concurrency: int
    sent: int = 0
    errors: int = 0
    elapsed_s: float = 0.0
    latency_ms: list[float] = field(default_factory=list)
    ttft_ms: list[float] = field(default_factory=list)
    first_error: str | None = None

    @property
    def ok(self) -> int:
        return len(self.latency_ms)

    @property
    def rps(self) -> float:
        return self.ok / self.elapsed_s if self.elapsed_s > 0 else 0.0

    def summary(self) -> dict[str, object]:
        return {
            "target": self.target, "mode": self.mode, "concurrency": self.concurrency,
            "sent": self.sent, "ok": self.ok, "errors": self.errors,
            "elapsed_s": round(self.elapsed_s, 3), "rps": round(self.rps, 1),
            "latency_ms": {q: percentile(self.latency_ms, q) for q in ("p50", "p90", "p99")},
            "ttft_ms": ({q: percentile(self.ttft_ms, q) for q in ("p50", "p90", "p99")}
                        if self.ttft_ms else None),
            "first_error": self.first_error,
        }


def percentile(values: list[float], q: str) -> float | None:
    """Nearest-rank percentile; q is 'p50', 'p99', ..."""
    if not values:
        return None
    ordered = sorted(values)
    rank = math.ceil(float(q[1:]) / 100 * len(ordered))
    return round(ordered[max(rank, 1) - 1], 3)


async def _one_request(session: aiohttp.ClientSession, url: str, body: bytes,
                       headers: dict[str, str], stream: bool,
                       result: LevelResult) -> None:
    t0 = time.perf_counter()
    ttft: float | None = None
    try:
        async with session.post(url, data=body, headers=headers) as resp:
            if resp.status != 200:
                text = (await resp.read())[:200].decode(errors="replace")
                raise _BadResponse(f"HTTP {resp.status}: {text}")
            if stream:
                done = False
                async for line in resp.content:  # ends with the response (or the timeout)
                    if ttft is None and line.startswith(b"data: "):
                        ttft = time.perf_counter() - t0
                    if line.startswith(b"data: [DONE]"):
                        done = True
                if not done:
                    raise _BadResponse("stream ended without data: [DONE]")
            elif b'"choices"' not in await resp.read():
                raise _BadResponse("200 without choices")
    except (aiohttp.ClientError, asyncio.TimeoutError, _BadResponse) as exc:
        result.errors += 1
        result.first_error = result.first_error or f"{type(exc).__name__}: {exc}"[:300]
        return
    result.latency_ms.append((time.perf_counter() - t0) * 1000)
    if ttft is not None:
        result.ttft_ms.append(ttft * 1000)


class _BadResponse(Exception):
    pass


async def _drive(session: aiohttp.ClientSession, url: str, body: bytes,
                 headers: dict[str, str], stream: bool, concurrency: int, count: int,
                 max_seconds: float, result: LevelResult) -> None:
    """`concurrency` workers share `count` requests; stop early at `max_seconds`."""
    remaining = count
    deadline = time.perf_counter() + max_seconds

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0 and time.perf_counter() < deadline:
            remaining -= 1
            result.sent += 1
            await _one_request(session, url, body, headers, stream, result)

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    result.elapsed_s = time.perf_counter() - start


async def run_level(target: str, url: str, api_key: str | None, stream: bool,
                    concurrency: int, requests: int, warmup: int, max_seconds: float,
                    request_timeout_s: float) -> LevelResult:
    """Warm up (discarded), then measure `requests` requests at `concurrency`."""
    headers = {"Content-Type": "application/json"}
    if api_key:
        headers["Authorization"] = f"Bearer {api_key}"
    body = chat_request(stream)
    connector = aiohttp.TCPConnector(limit=concurrency, limit_per_host=concurrency)
    timeout = aiohttp.ClientTimeout(total=request_timeout_s)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        scratch = LevelResult(target, "stream" if stream else "plain", concurrency)
        await _drive(session, url, body, headers, stream, concurrency, warmup,
                     max_seconds, scratch)
        result = LevelResult(target, scratch.mode, concurrency)
        await _drive(session, url, body, headers, stream, concurrency, requests,
                     max_seconds, result)
    if scratch.errors and not result.first_error:
        result.first_error = f"(warm-up) {scratch.first_error}"
    return result
