"""Train the learned name tagger (``redaction/learned``) on the annotated corpora and write its weights.

    python bench/train_name_tagger.py [--exclude external_v27 ...] [--out redaction/learned/name_tagger.json.gz]

Corpora: dev, holdout and every external_vN under redaction/corpus (never a blind corpus), less the excluded
ones. Every candidate word of every document is one example (label: inside a gold PERSON span), except words
inside a gold name written as one lower-case token (a login: the login scorer learns those); no sampling,
so the same corpora give the same weights file, byte for byte.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from redaction.learned.model import train  # noqa: E402

CORPUS_DIR = REPO / "redaction" / "corpus"
DEFAULT_OUT = REPO / "redaction" / "learned" / "name_tagger.json.gz"


def training_corpora(corpus_dir: Path, exclude: set[str]) -> list[Path]:
    paths = sorted(corpus_dir.glob("*.jsonl"))
    return [p for p in paths if not p.stem.startswith("blind") and p.stem not in exclude
            and (p.stem in ("dev", "holdout") or p.stem.startswith("external_v"))]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--exclude", nargs="*", default=[], help="corpus names left out (e.g. external_v27)")
    p.add_argument("--corpus-dir", type=Path, default=CORPUS_DIR)
    p.add_argument("--out", type=Path, default=DEFAULT_OUT)
    p.add_argument("--l2", type=float, default=1.0, help="L2 penalty (on the summed log-loss)")
    p.add_argument("--min-count", type=int, default=2, help="features seen fewer times are dropped")
    args = p.parse_args(argv)
    console = Console(stderr=True)
    paths = training_corpora(args.corpus_dir, set(args.exclude))
    docs = [json.loads(line) for path in paths for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    console.print(f"{len(paths)} corpora, {len(docs)} documents (excluded: {', '.join(args.exclude) or 'none'})")
    started = time.perf_counter()
    with Progress(TextColumn("features"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console) as progress:
        task = progress.add_task("features", total=len(docs))
        model = train(docs, l2=args.l2, min_count=args.min_count, progress=lambda n: progress.advance(task, n),
                      skip_logins=True)  # lower-case logins are the login scorer's (redaction/learned/tokens.py)
    model.save(args.out)
    console.print(f"{len(model.weights)} weights -> {args.out} ({args.out.stat().st_size / 1024:.0f} KiB), "
                  f"{time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
