"""Generate the blind17 synthetic radiology PHI corpus.

    .venv/bin/python redaction/corpus/external_v17/make_corpus.py [--out PATH] [--check]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if __package__ in (None, ""):
    sys.path.insert(0, str(HERE.parent))
    __package__ = "external_v17"

from .common import Doc, Gen
from .styles_a import STYLES_A
from .styles_b import STYLES_B

_FUNCS = {**STYLES_A, **STYLES_B}
STYLES = list(_FUNCS)
N_DOCS = 300


def style_for(i: int) -> str:
    """Style of document i (1-based), round robin."""
    return STYLES[(i - 1) % len(STYLES)]


def build_document(i: int) -> dict:
    rng = random.Random(f"radgate-blind-corpus-17:{i}")
    g, d = Gen(rng), Doc()
    style = style_for(i)
    modality = _FUNCS[style](g, d)
    return {"id": f"blind17-{i:04d}", "style": style, "modality": modality, "text": d.text(),
            "phi": d.phi, "keep": d.keep}


def render() -> str:
    return "".join(json.dumps(build_document(i), ensure_ascii=False) + "\n" for i in range(1, N_DOCS + 1))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=HERE.parent / "external_v17.jsonl")
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args(argv)
    text = render()
    if args.check:
        ok = args.out.exists() and args.out.read_text(encoding="utf-8") == text
        print("up to date" if ok else f"{args.out} differs from generator output")
        return 0 if ok else 1
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {N_DOCS} documents to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
