"""Generate the blind27 PHI evaluation corpus (300 documents, 20 styles x 15) deterministically.

    python redaction/corpus/external_v27/make_corpus.py            # writes redaction/corpus/external_v27.jsonl
    python redaction/corpus/external_v27/make_corpus.py --check    # exit 1 if the committed file differs

Standard library only; spans are recorded by b27_doc.Doc while the text is written.
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

import b27_forms_a  # noqa: E402
import b27_forms_b  # noqa: E402
import b27_prose_a  # noqa: E402
import b27_prose_b  # noqa: E402
from b27_gen import Ctx  # noqa: E402

N_DOCS = 300
SEED = "radgate-blind-corpus-27"

_FUNCS = {**b27_prose_a.STYLES, **b27_forms_a.STYLES, **b27_prose_b.STYLES, **b27_forms_b.STYLES}


def _wrap(fn):
    def builder(rng):
        return fn(Ctx(rng))
    builder.__name__ = fn.__name__
    builder.__doc__ = fn.__doc__
    return builder


STYLES = {name: _wrap(fn) for name, fn in _FUNCS.items()}
STYLE_NAMES = list(STYLES)


def style_for(i: int) -> str:
    """Style of the 1-based document index `i` (round-robin over STYLE_NAMES)."""
    return STYLE_NAMES[(i - 1) % len(STYLE_NAMES)]


def build_document(i: int) -> dict:
    rng = random.Random(f"{SEED}:{i}")
    style = style_for(i)
    doc = STYLES[style](rng)
    return {"id": f"blind27-{i:04d}", "style": style, "modality": doc.modality, "text": doc.text(),
            "phi": doc.phi, "keep": doc.keep}


def render() -> str:
    return "".join(json.dumps(build_document(i), ensure_ascii=False) + "\n" for i in range(1, N_DOCS + 1))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE.parent / "external_v27.jsonl")
    ap.add_argument("--check", action="store_true", help="exit 1 if --out differs from the generator's output")
    args = ap.parse_args(argv)
    text = render()
    if args.check:
        same = args.out.exists() and args.out.read_text(encoding="utf-8") == text
        print(f"{args.out}: {'up to date' if same else 'DIFFERS from generator output'}")
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({N_DOCS} documents)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
