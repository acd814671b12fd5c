"""Generate the blind30 PHI evaluation corpus (300 documents, 20 genres, round-robin).

    python redaction/corpus/external_v30/make_corpus.py            # writes redaction/corpus/external_v30.jsonl
    python redaction/corpus/external_v30/make_corpus.py --check    # exit 1 if the file differs from the generator
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from b30_doc import render  # noqa: E402
from b30_pools import G  # noqa: E402
from b30_prose_a import STYLES_A  # noqa: E402
from b30_prose_b import STYLES_B  # noqa: E402
from b30_struct_a import STYLES_C  # noqa: E402
from b30_struct_b import STYLES_D  # noqa: E402
from check_corpus import check_document  # noqa: E402

N_DOCS = 300
PROSE = {**STYLES_A, **STYLES_B}
STRUCTURED = {**STYLES_C, **STYLES_D}
# Interleave prose and structured genres so consecutive documents alternate.
STYLES = [name for pair in zip(PROSE, STRUCTURED) for name in pair]
_BUILDERS = {**PROSE, **STRUCTURED}


def style_for(i: int) -> str:
    """Style of document i (1-based), round-robin over STYLES."""
    return STYLES[(i - 1) % len(STYLES)]


def build_document(i: int) -> dict:
    """Document i (1-based). Re-draws from the same rng until the annotation is self-consistent."""
    rng = random.Random(f"radgate-blind-corpus-30:{i}")
    style = style_for(i)
    for _ in range(100):
        doc, modality = _BUILDERS[style](G(rng))
        out = render(f"blind30-{i:04d}", style, modality, doc)
        if not check_document(out):
            return out
    raise RuntimeError(f"could not build a valid document {i} ({style})")


def generate() -> str:
    return "".join(json.dumps(build_document(i), ensure_ascii=False) + "\n" for i in range(1, N_DOCS + 1))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE.parent / "external_v30.jsonl")
    ap.add_argument("--check", action="store_true", help="exit 1 if --out differs from the generator output")
    args = ap.parse_args(argv)
    data = generate()
    if args.check:
        same = args.out.exists() and args.out.read_text(encoding="utf-8") == data
        print(f"{args.out}: {'up to date' if same else 'DIFFERS from generator'}")
        return 0 if same else 1
    args.out.write_text(data, encoding="utf-8")
    print(f"wrote {N_DOCS} documents to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
