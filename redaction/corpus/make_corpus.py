"""Generate the synthetic, labelled PHI-redaction corpus (dev and holdout splits), deterministically.

    .venv/bin/python redaction/corpus/make_corpus.py            # rewrites dev.jsonl and holdout.jsonl here
    .venv/bin/python redaction/corpus/make_corpus.py --out DIR  # somewhere else (the tests do this)

Every document is invented: templates (corpus_styles.py) filled from invented pools
(corpus_pools.py) with a seeded RNG. Text is built by concatenation and each span is recorded as
it is written, so offsets are exact by construction; check_corpus.py validates them anyway.
See README.md for the format.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from check_corpus import check_file  # noqa: E402
from corpus_context import DocContext  # noqa: E402
from corpus_doc import Doc, render  # noqa: E402
from corpus_findings import EXAMS  # noqa: E402
from corpus_pools import SPLITS  # noqa: E402
from corpus_styles import SPLIT_STYLES  # noqa: E402

SEEDS = {"dev": 20260314, "holdout": 19510314}
DEFAULT_SIZE = 400


def make_document(rng: random.Random, split: str, index: int, style_name: str) -> dict:
    style = SPLIT_STYLES[split][style_name]
    pinned = getattr(style, "MODALITY", None)
    modality = rng.choice(pinned) if isinstance(pinned, tuple) else pinned or rng.choice(sorted(EXAMS))
    ctx = DocContext(rng, split, SPLITS[split], modality, pediatric=getattr(style, "PEDIATRIC", False))
    doc = Doc()
    render(style(ctx), ctx, doc)
    return {
        "id": f"{split}-{index:04d}",
        "style": style_name,
        "modality": modality,
        "text": doc.value,
        "phi": doc.phi,
        "keep": doc.keep,
    }


def make_split(split: str, size: int = DEFAULT_SIZE) -> list[dict]:
    """`size` documents, styles in shuffled round-robin so every style is equally represented."""
    rng = random.Random(SEEDS[split])
    names = sorted(SPLIT_STYLES[split])
    order: list[str] = []
    while len(order) < size:
        batch = names[:]
        rng.shuffle(batch)
        order.extend(batch)
    return [make_document(rng, split, i, name) for i, name in enumerate(order[:size])]


def write_split(docs: list[dict], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False, sort_keys=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--out", type=Path, default=HERE, help="directory for dev.jsonl and holdout.jsonl")
    p.add_argument("--size", type=int, default=DEFAULT_SIZE, help="documents per split")
    args = p.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    status = 0
    for split in SPLITS:
        path = args.out / f"{split}.jsonl"
        write_split(make_split(split, args.size), path)
        n, problems = check_file(path)
        print(f"{path}: {n} documents, {len(problems)} problems")
        for problem in problems[:20]:
            print("  " + problem)
        status |= bool(problems)
    return status


if __name__ == "__main__":
    sys.exit(main())
