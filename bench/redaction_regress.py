"""Regression check for redaction tuning: RadGate's figures on every corpus, against a saved baseline.

    python bench/redaction_regress.py --save base.json          # record the current engine
    python bench/redaction_regress.py --compare base.json       # after a change: what moved, per corpus

Prints, for each corpus (dev, holdout, every external_vN), recall / character precision / keep-rate and the counts of
missed PHI spans and hit keep-spans. With --compare it lists each span that is newly missed or newly hit and exits 1
when any corpus gained a miss or a keep-hit, or lost more than --precision-slack of precision: a tuning round may
only move a corpus forward. Scoring is the benchmark's (`redaction_bench.Scores`); no timing (use the benchmark).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from rich.console import Console
from rich.progress import Progress
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent))
from redaction_bench import REPO, Scores, build_radgate  # noqa: E402

CORPUS_DIR = REPO / "redaction" / "corpus"


def corpora(only: list[str] | None) -> list[Path]:
    """dev, holdout, then external_v1..vN in numeric order (or just the named ones)."""
    external = sorted(CORPUS_DIR.glob("external_v*.jsonl"), key=lambda p: int(p.stem.removeprefix("external_v")))
    paths = [CORPUS_DIR / "dev.jsonl", CORPUS_DIR / "holdout.jsonl", *external]
    return [p for p in paths if not only or p.stem in only]


def score_all(paths: list[Path]) -> dict[str, dict]:
    analyze = build_radgate()
    out: dict[str, dict] = {}
    with Progress(console=Console(stderr=True)) as progress:
        for path in paths:
            docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
            scores = Scores()
            task = progress.add_task(path.stem, total=len(docs))
            for doc in docs:
                # every miss and keep hit is listed: the gate compares the lists, so none may be cut off
                scores.add(doc, analyze(doc["text"]), keep_examples=sys.maxsize, miss_examples=sys.maxsize)
                progress.advance(task)
            out[path.stem] = {
                "recall": scores.recall, "precision": scores.precision, "keep": scores.keep_rate,
                "misses": sorted(f"{m['id']}|{m['type']}|{m['text']}" for m in scores.misses),
                "keep_hits": sorted(f"{k['id']}|{k['label']}|{k['text']}" for k in scores.keep_hits),
                "fp_chars_by_type": dict(scores.fp_chars_by_type),
            }
    return out


def compare(base: dict[str, dict], now: dict[str, dict], slack: float, console: Console) -> bool:
    table = Table("corpus", "recall", "precision", "keep", "misses", "keep-hits", title="against the baseline")
    ok = True
    for name, cur in now.items():
        old = base.get(name)
        if old is None:
            table.add_row(name, f"{cur['recall']:.4f}", f"{cur['precision']:.4f}", f"{cur['keep']:.4f}",
                          str(len(cur["misses"])), str(len(cur["keep_hits"])))
            continue
        new_miss = sorted(set(cur["misses"]) - set(old["misses"]))
        new_hits = sorted(set(cur["keep_hits"]) - set(old["keep_hits"]))
        worse = bool(new_miss or new_hits) or cur["precision"] < old["precision"] - slack
        ok &= not worse
        table.add_row(("[red]" if worse else "") + name,
                      f"{old['recall']:.4f} -> {cur['recall']:.4f}",
                      f"{old['precision']:.4f} -> {cur['precision']:.4f}",
                      f"{old['keep']:.4f} -> {cur['keep']:.4f}",
                      f"{len(old['misses'])} -> {len(cur['misses'])}",
                      f"{len(old['keep_hits'])} -> {len(cur['keep_hits'])}")
        for item in new_miss:
            console.print(f"  [red]new miss[/] {name}: {item}", markup=True, highlight=False)
        for item in new_hits:
            console.print(f"  [red]new keep-hit[/] {name}: {item}", markup=True, highlight=False)
    console.print(table)
    return ok


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--save", type=Path, help="write the figures to this JSON file")
    p.add_argument("--compare", type=Path, help="compare with a file written by --save")
    p.add_argument("--only", nargs="*", help="corpus names (e.g. external_v13 dev); default: all")
    p.add_argument("--precision-slack", type=float, default=0.0005)
    args = p.parse_args(argv)
    console = Console(width=160)
    if args.compare and not args.compare.is_file():
        console.print(f"no baseline file {args.compare}")
        return 2
    now = score_all(corpora(args.only))
    if args.save:
        args.save.write_text(json.dumps(now, indent=1), encoding="utf-8")
    if args.compare:
        return 0 if compare(json.loads(args.compare.read_text(encoding="utf-8")), now, args.precision_slack,
                            console) else 1
    table = Table("corpus", "recall", "precision", "keep", "misses", "keep-hits")
    for name, cur in now.items():
        table.add_row(name, f"{cur['recall']:.4f}", f"{cur['precision']:.4f}", f"{cur['keep']:.4f}",
                      str(len(cur["misses"])), str(len(cur["keep_hits"])))
    console.print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
