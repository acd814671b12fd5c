"""Validate RadGate's hallucination metric with injected errors, side by side with ROUGE-L and BLEU.

    .venv/bin/python bench/eval_metric_bench.py                 # held-out split (default)
    .venv/bin/python bench/eval_metric_bench.py --split tune    # the split the rules were tuned on
    .venv/bin/python bench/eval_metric_bench.py --pairs evals/external_v2/pairs.jsonl   # a set written by others
    .venv/bin/python bench/eval_metric_bench.py --pairs evals/external_v1/pairs.jsonl --verbose   # misses, false alarms

The gold set is split by case (id number % 3 == 0 -> held-out). Rules were tuned looking only at the
tune split; figures are reported on the held-out one. Both splits come from the same templates, so
held-out figures still overstate performance on real reports.
Tune only on sets whose misses may be read (external_v1, external_v2); the blind set (evals/blind/) is scored
once per release by the lead, never used as a tuning example.
Candidate = the gold impression, reworded, with 0-3 injected errors; the metric gets the source
(findings, comparison, has_prior) and the reference impression. ROUGE-L and BLEU compare candidate to
reference; their flag threshold is fitted on the tune split (best Youden J) and applied as is.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from evals import ErrorCategory, ScoreResult, load_gold, score_candidate
from evals._inject import InjectedPair, inject_case

SEED = 5
GOALS = "goals: detection >= 0.95, per-category recall >= 0.90, false alarms <= 0.05, AUROC >= 0.97, >= 100 pairs/s"


def _tokens(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+(?:\.[0-9]+)?", text.lower())


def rouge_l(candidate: str, reference: str) -> float:
    """ROUGE-L F1 over word tokens (longest common subsequence)."""
    a, b = _tokens(candidate), _tokens(reference)
    if not a or not b:
        return float(a == b)
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    lcs = prev[-1]
    if lcs == 0:
        return 0.0
    p, r = lcs / len(a), lcs / len(b)
    return 2 * p * r / (p + r)


def bleu(candidate: str, reference: str, max_n: int = 4) -> float:
    """Sentence BLEU-4 with add-one smoothing on n-gram precisions and the brevity penalty."""
    a, b = _tokens(candidate), _tokens(reference)
    if not a:
        return 0.0
    log_p = 0.0
    for n in range(1, max_n + 1):
        cand = Counter(tuple(a[i:i + n]) for i in range(len(a) - n + 1))
        ref = Counter(tuple(b[i:i + n]) for i in range(len(b) - n + 1))
        overlap = sum(min(c, ref[g]) for g, c in cand.items())
        log_p += math.log((overlap + 1) / (sum(cand.values()) + 1)) / max_n
    bp = 1.0 if len(a) > len(b) else math.exp(1 - len(b) / len(a))
    return bp * math.exp(log_p)


def auroc(positives: list[float], negatives: list[float]) -> float:
    """P(risk of an erroneous candidate > risk of a clean one), ties counted half."""
    if not positives or not negatives:
        return float("nan")
    ordered = sorted([(v, 1) for v in positives] + [(v, 0) for v in negatives])
    rank_sum, i = 0.0, 0
    while i < len(ordered):
        j = i
        while j < len(ordered) and ordered[j][0] == ordered[i][0]:
            j += 1
        avg_rank = (i + j + 1) / 2
        rank_sum += avg_rank * sum(1 for k in range(i, j) if ordered[k][1])
        i = j
    n_pos, n_neg = len(positives), len(negatives)
    return (rank_sum - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)


def kendall_tau_b(x: list[float], y: list[float]) -> float:
    concordant = discordant = ties_x = ties_y = 0
    for i in range(len(x)):
        for j in range(i + 1, len(x)):
            dx, dy = x[i] - x[j], y[i] - y[j]
            if dx == 0 and dy == 0:
                continue
            if dx == 0:
                ties_x += 1
            elif dy == 0:
                ties_y += 1
            elif (dx > 0) == (dy > 0):
                concordant += 1
            else:
                discordant += 1
    denom = math.sqrt((concordant + discordant + ties_x) * (concordant + discordant + ties_y))
    return (concordant - discordant) / denom if denom else float("nan")


def build(split: str) -> tuple[list[dict], list[InjectedPair]]:
    cases = [c for c in load_gold() if (int(c.id.rsplit("-", 1)[1]) % 3 == 0) == (split == "heldout")]
    rows = [{"id": c.id, "source": c.source, "reference": c.reference, "metadata": c.metadata} for c in cases]
    rng = random.Random(SEED)
    pairs = [p for row in rows for p in inject_case(row, rng)]
    return rows, pairs


def evaluate(split: str, verbose: bool) -> dict:
    rows, pairs = build(split)
    by_id = {r["id"]: r for r in rows}
    radgate, rouge, bleus, detected = [], [], [], []
    start = time.process_time()
    for p in pairs:
        case = by_id[p.case_id]
        result = score_candidate(p.candidate, case["source"], case["reference"], case["source"].get("has_prior"))
        radgate.append(result.score)
        detected.append({e.category for e in result.errors})
    elapsed = time.process_time() - start
    for p in pairs:
        rouge.append(rouge_l(p.candidate, by_id[p.case_id]["reference"]))
        bleus.append(bleu(p.candidate, by_id[p.case_id]["reference"]))
    if verbose:
        for p, found, s in zip(pairs, detected, radgate, strict=True):
            if set(p.injected) - found or (not p.injected and found):
                print(f"MISS {p.case_id} injected={[c.value for c in p.injected]} found={sorted(found)}\n   {p.candidate!r}")
    return {"pairs": pairs, "radgate": radgate, "rouge": rouge, "bleu": bleus, "detected": detected,
            "pairs_per_s": len(pairs) / elapsed, "cases": len(rows)}


@dataclass(frozen=True)
class ExternalPair:
    """A labelled line of an outside validation file (the `radgate eval score` input contract + labels)."""

    case_id: str
    candidate: str
    injected: tuple[ErrorCategory, ...]
    source: object
    reference: str | None
    has_prior: bool | None
    notes: tuple[str, ...] = ()  # the file's `injected` descriptions, printed by --verbose


def evaluate_file(path: Path, verbose: bool = False) -> dict:
    """Score a labelled pairs file written by someone else (e.g. evals/external_v2/pairs.jsonl)."""
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            pairs.append(ExternalPair(row["id"], row["candidate"], tuple(ErrorCategory(c) for c in row["labels"]["errors"]),
                                      row["source"], row["reference"], row["has_prior"], tuple(row.get("injected") or ())))
    radgate, detected, results = [], [], []
    start = time.process_time()
    for p in pairs:
        result = score_candidate(p.candidate, p.source, p.reference, p.has_prior)
        radgate.append(result.score)
        detected.append({e.category for e in result.errors})
        results.append(result)
    elapsed = time.process_time() - start
    if verbose:
        for p, result in zip(pairs, results, strict=True):
            _print_file_miss(p, result)
    return {"pairs": pairs, "radgate": radgate, "detected": detected, "pairs_per_s": len(pairs) / elapsed,
            "rouge": [rouge_l(p.candidate, p.reference or "") for p in pairs],
            "bleu": [bleu(p.candidate, p.reference or "") for p in pairs],
            "cases": len({case_of(p.case_id) for p in pairs})}


_CANDIDATE_SUFFIX = re.compile(r"-\d+$")


def case_of(pair_id: str) -> str:
    """The case a candidate belongs to: "xr-chest-rll/control-1" -> "xr-chest-rll", "b2-ct-001-07" -> "b2-ct-001"
    (an id with no "/" or "#" numbers its candidates with a last "-NN")."""
    head, *rest = re.split(r"[#/]", pair_id, maxsplit=1)
    return head if rest else _CANDIDATE_SUFFIX.sub("", pair_id)


def _print_file_miss(p: ExternalPair, result: ScoreResult) -> None:
    """One block per missed labelled error (MISS), false alarm on a control (FALSE) or extra category (EXTRA)."""
    found = {e.category for e in result.errors}
    missed = set(p.injected) - found
    extra = found - set(p.injected)
    if not missed and not extra:
        return
    kind = "MISS" if missed else ("FALSE" if not p.injected else "EXTRA")
    print(f"{kind} {p.case_id} labels={[c.value for c in p.injected]} missed={sorted(c.value for c in missed)} "
          f"extra={sorted(c.value for c in extra)}")
    for note in p.notes:
        print(f"   injected: {note}")
    print(f"   candidate: {p.candidate!r}\n   reference: {p.reference!r}")
    findings = p.source.get("findings") if isinstance(p.source, dict) else p.source
    print(f"   source:    {findings!r}")
    for e in result.errors:
        print(f"   found {e.category.value}: {e.evidence}")


def youden_threshold(scores: list[float], pairs: list[InjectedPair]) -> float:
    best = (-1.0, 0.0)
    for t in sorted(set(scores)):
        flagged = [s <= t for s in scores]
        tpr = sum(f for f, p in zip(flagged, pairs, strict=True) if p.injected) / max(1, sum(bool(p.injected) for p in pairs))
        fpr = sum(f for f, p in zip(flagged, pairs, strict=True) if not p.injected) / max(1, sum(not p.injected for p in pairs))
        best = max(best, (tpr - fpr, t))
    return best[1]


def report(name: str, scores: list[float], flagged: list[set | bool], pairs: list[InjectedPair]) -> list[str]:
    err = [i for i, p in enumerate(pairs) if p.injected]
    clean = [i for i, p in enumerate(pairs) if not p.injected]
    detection = sum(bool(flagged[i]) for i in err) / len(err)
    false_alarm = sum(bool(flagged[i]) for i in clean) / len(clean)
    row = [name, f"{detection:.3f}", f"{false_alarm:.3f}",
           f"{auroc([1 - scores[i] for i in err], [1 - scores[i] for i in clean]):.3f}",
           f"{kendall_tau_b([len(p.injected) for p in pairs], [1 - s for s in scores]):.3f}"]
    for category in ErrorCategory:
        idx = [i for i in err if category in pairs[i].injected]
        hit = [(category in flagged[i]) if isinstance(flagged[i], set) else bool(flagged[i]) for i in idx]
        row.append(f"{sum(hit) / len(idx):.2f}" if idx else "-")
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=["heldout", "tune"], default="heldout")
    parser.add_argument("--verbose", action="store_true", help="print each missed error / false alarm")
    parser.add_argument("--pairs", type=Path, help="a labelled pairs file written by others (e.g. "
                                                   "evals/external_v2/pairs.jsonl) instead of our own injected split")
    args = parser.parse_args()
    tune = evaluate("tune", verbose=False) if args.split == "heldout" or args.pairs else None
    data = evaluate_file(args.pairs, args.verbose) if args.pairs else evaluate(args.split, args.verbose)
    tune = tune or data
    pairs = data["pairs"]
    counts = Counter(len(p.injected) for p in pairs)
    print(f"{'file=' + str(args.pairs) if args.pairs else 'split=' + args.split}: {data['cases']} gold cases, {len(pairs)} candidates "
          f"(by injected error count: {dict(sorted(counts.items()))})")
    header = ["metric", "detect", "false_alarm", "AUROC", "tau(n_err,1-score)",
              *[c.value.replace("fabricated_", "fab_").replace("_finding", "") for c in ErrorCategory]]
    rows = [report("radgate", data["radgate"], data["detected"], pairs)]
    for name in ("rouge", "bleu"):
        threshold = youden_threshold(tune[name], tune["pairs"])
        rows.append(report(f"{name} (<={threshold:.3f})", data[name], [s <= threshold for s in data[name]], pairs))
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for r in [header, *rows]:
        print("  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)))
    print(f"radgate throughput: {data['pairs_per_s']:.0f} pairs/s on one core (CPU time, source+reference+candidate extraction)")
    print(GOALS)


if __name__ == "__main__":
    main()
