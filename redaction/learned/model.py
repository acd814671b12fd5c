"""The name tagger's model: logistic regression over the feature strings of ``features``, trained with L-BFGS.

The weights file is gzipped JSON, ``{"bias": b, "weights": {feature: weight}, "vocabulary": digest}`` with the
non-zero weights rounded to 4 decimals, keys sorted and no gzip timestamp: the same corpora give the same bytes.
``vocabulary`` is the digest of the word lists the features were computed with (``vocabulary_fingerprint``): a test
fails when the lists change and the weights were not retrained.
"""

from __future__ import annotations

import gzip
import json
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import optimize, sparse

from redaction._fold import fold
from redaction.learned.features import document_tokens, vocabulary_fingerprint

FORMAT = "radgate-name-tagger-1"


@dataclass(frozen=True)
class Model:
    bias: float
    weights: dict[str, float]
    vocabulary: str = ""  # vocabulary_fingerprint() when trained

    def scores(self, text: str, wanted: Callable[[int, int, str], bool] | None = None
               ) -> list[tuple[int, int, str, float]]:
        """(start, end, word, probability of being part of a person's name) for each candidate word
        (that ``wanted(start, end, word)`` accepts, when given)."""
        get = self.weights.get
        out = []
        for start, end, word, feats in document_tokens(text, wanted):
            z = self.bias + sum(get(f, 0.0) for f in feats)
            out.append((start, end, word, 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0))
        return out

    def save(self, path: Path) -> None:
        data = {"format": FORMAT, "bias": round(self.bias, 4), "vocabulary": self.vocabulary,
                "weights": {k: round(v, 4) for k, v in sorted(self.weights.items()) if round(v, 4)}}
        raw = json.dumps(data, sort_keys=True, separators=(",", ":")).encode()
        Path(path).write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))

    @classmethod
    def load(cls, path: Path) -> Model:
        data = json.loads(gzip.decompress(Path(path).read_bytes()))
        if data.get("format") != FORMAT:
            raise ValueError(f"{path}: not a name tagger weights file ({FORMAT})")
        return cls(float(data["bias"]), {k: float(v) for k, v in data["weights"].items()}, data.get("vocabulary", ""))


Tokenizer = Callable[[str], Iterable[tuple[int, int, str, list[str]]]]  # (start, end, token, features) per candidate


def labelled_tokens(doc: dict, tokens: Tokenizer = document_tokens, *,
                    skip_logins: bool = False) -> Iterable[tuple[list[str], int]]:
    """(features, 1 if the candidate lies in a gold PERSON span else 0) for each candidate of a corpus document:
    the name tagger's words by default, or another tokenizer's candidates (the login scorer's machine tokens).

    ``skip_logins`` leaves out the candidates inside a gold name written as one lower-case token (``cdrummond``,
    ``a_holloway``): those are the login scorer's to learn. As the name tagger's positives they taught it that
    lower-case words are names (trained with external_v37's thousands of logins, it masked "nightshift" and
    over-masked six other corpora); as negatives they would teach it the opposite of the truth."""
    text = fold(doc["text"])
    mask = bytearray(len(text))
    for span in doc.get("phi") or ():
        if span["type"] == "PERSON":
            login = skip_logins and not any(c.isspace() or c.isupper() for c in span["text"])
            mask[span["start"]:span["end"]] = (b"\x02" if login else b"\x01") * (span["end"] - span["start"])
    for start, end, _, feats in tokens(text):
        if skip_logins and mask.find(2, start, end) >= 0:
            continue
        yield feats, int(sum(1 for v in mask[start:end] if v) * 2 > end - start)


def train(docs: Iterable[dict], *, l2: float = 1.0, min_count: int = 2, max_iter: int = 300,
          progress: Callable[[int], None] | None = None, tokens: Tokenizer = document_tokens,
          skip_logins: bool = False) -> Model:
    """Fit the logistic regression on every candidate of ``docs`` (deterministic: no sampling)."""
    rows: list[list[str]] = []
    labels: list[int] = []
    for doc in docs:
        for feats, label in labelled_tokens(doc, tokens, skip_logins=skip_logins):
            rows.append(feats)
            labels.append(label)
        if progress is not None:
            progress(1)
    counts: dict[str, int] = {}
    for feats in rows:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    names = sorted(f for f, c in counts.items() if c >= min_count)
    index = {f: i for i, f in enumerate(names)}
    indptr = [0]
    indices: list[int] = []
    for feats in rows:
        indices.extend(sorted({index[f] for f in feats if f in index}))
        indptr.append(len(indices))
    x = sparse.csr_matrix((np.ones(len(indices), dtype=np.float64), np.asarray(indices, dtype=np.int64),
                           np.asarray(indptr, dtype=np.int64)), shape=(len(rows), len(names)))
    y = np.asarray(labels, dtype=np.float64)
    w = _fit(x, y, l2, max_iter)
    return Model(float(w[-1]), {names[i]: float(w[i]) for i in np.flatnonzero(np.abs(w[:-1]) >= 5e-5)},
                 vocabulary_fingerprint())


def _fit(x: sparse.csr_matrix, y: np.ndarray, l2: float, max_iter: int) -> np.ndarray:
    """L2-regularised logistic regression (the bias unregularised), mean log-loss, L-BFGS."""
    n, d = x.shape
    xt = x.T.tocsr()

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ w[:-1] + w[-1]
        p = 0.5 * (1.0 + np.tanh(0.5 * z))  # the logistic function, without overflow
        value = float(np.sum(np.logaddexp(0.0, z) - y * z)) / n + 0.5 * l2 / n * float(w[:-1] @ w[:-1])
        r = (p - y) / n
        grad = np.empty(d + 1)
        grad[:-1] = xt @ r + l2 / n * w[:-1]
        grad[-1] = float(r.sum())
        return value, grad

    result = optimize.minimize(loss, np.zeros(d + 1), jac=True, method="L-BFGS-B",
                               options={"maxiter": max_iter, "gtol": 1e-7})
    return result.x
