"""Generate the blind21 PHI evaluation corpus (300 radiology-adjacent documents, 20 styles).

    .venv/bin/python redaction/corpus/external_v21/make_corpus.py            # write ../external_v21.jsonl
    .venv/bin/python redaction/corpus/external_v21/make_corpus.py --check    # exit 1 if the file differs
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

from b21_doc import Doc  # noqa: E402
import b21_styles_a  # noqa: E402
import b21_styles_b  # noqa: E402
import b21_styles_c  # noqa: E402
import b21_styles_d  # noqa: E402

N_DOCS = 300
SEED = "radgate-blind-corpus-21"
_REGISTRY: dict = {}
for _mod in (b21_styles_a, b21_styles_b, b21_styles_c, b21_styles_d):
    _REGISTRY.update(_mod.STYLES)
STYLES: list[str] = list(_REGISTRY)


def style_for(i: int) -> str:
    """Style of document ``i`` (1-based): round-robin so every style gets N_DOCS / len(STYLES) documents."""
    return STYLES[(i - 1) % len(STYLES)]


def build_document(i: int) -> dict:
    rng = random.Random(f"{SEED}:{i}")
    style = style_for(i)
    doc = Doc(rng)
    modality = _REGISTRY[style](doc, rng)
    return doc.to_dict(f"blind21-{i:04d}", style, modality)


def render(n: int = N_DOCS) -> str:
    return "".join(json.dumps(build_document(i), ensure_ascii=False) + "\n" for i in range(1, n + 1))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=HERE.parent / "external_v21.jsonl")
    ap.add_argument("--check", action="store_true", help="exit 1 if --out differs from what would be generated")
    args = ap.parse_args(argv)
    text = render()
    if args.check:
        if not args.out.exists() or args.out.read_text(encoding="utf-8") != text:
            print(f"{args.out} is out of date; rerun make_corpus.py")
            return 1
        print(f"{args.out} is up to date")
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {N_DOCS} documents to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
