"""Confidence intervals: Wilson for proportions, percentile bootstrap (fixed seed) for means."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

Z95 = 1.959963984540054
BOOTSTRAP_SEED = 20261129
BOOTSTRAP_RESAMPLES = 2000


def wilson(successes: int, n: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval for a proportion; (0, 1) when there is no data."""
    if n <= 0:
        return 0.0, 1.0
    p = successes / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    low, high = max(0.0, centre - half), min(1.0, centre + half)
    # exact at the ends (floating point leaves 0.9999999999999999 for 10 of 10)
    return (0.0 if successes == 0 else low), (1.0 if successes == n else high)


def bootstrap_mean(values: Sequence[float], *, resamples: int = BOOTSTRAP_RESAMPLES,
                   seed: int = BOOTSTRAP_SEED) -> tuple[float, float]:
    """95% percentile bootstrap interval of the mean; the same data always gives the same interval."""
    data = np.asarray(values, dtype=float)
    if data.size == 0:
        return 0.0, 1.0
    if data.size == 1 or np.all(data == data[0]):
        return float(data[0]), float(data[0])
    rng = np.random.default_rng(seed)
    means = data[rng.integers(0, data.size, size=(resamples, data.size))].mean(axis=1)
    low, high = np.percentile(means, [2.5, 97.5])
    return float(low), float(high)


def rate(count: int, n: int) -> dict:
    """A proportion with its Wilson interval, as stored in a run's metrics."""
    low, high = wilson(count, n)
    return {"value": count / n if n else None, "ci": [low, high], "n": n, "count": count}


def mean(values: Sequence[float]) -> dict:
    """A mean with its bootstrap interval, as stored in a run's metrics."""
    low, high = bootstrap_mean(values)
    return {"value": float(np.mean(values)) if len(values) else None, "ci": [low, high], "n": len(values)}
