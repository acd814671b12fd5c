"""Generate the blind23 evaluation corpus (300 documents, 20 styles x 15).

    .venv/bin/python redaction/corpus/external_v23/make_corpus.py            # write ../external_v23.jsonl
    .venv/bin/python redaction/corpus/external_v23/make_corpus.py --check    # exit 1 if the file differs
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

from b23_styles_a import STYLES_A  # noqa: E402
from b23_styles_b import STYLES_B  # noqa: E402
from b23_styles_c import STYLES_C  # noqa: E402
from b23_styles_d import STYLES_D  # noqa: E402

N_DOCS = 300
STYLES = {**STYLES_A, **STYLES_B, **STYLES_C, **STYLES_D}
_STYLE_NAMES = list(STYLES)


def style_for(i: int) -> str:
    """Style of document i (1-based): round-robin, so every style gets N_DOCS / len(STYLES) documents."""
    return _STYLE_NAMES[(i - 1) % len(_STYLE_NAMES)]


def build_document(i: int) -> dict:
    rng = random.Random(f"radgate-blind-corpus-23:{i}")
    name = style_for(i)
    doc = STYLES[name](rng)
    text, phi, keep = doc.finish()
    return {"id": f"blind23-{i:04d}", "style": name, "modality": doc.modality, "text": text,
            "phi": phi, "keep": keep}


def render(n: int = N_DOCS) -> str:
    return "".join(json.dumps(build_document(i), ensure_ascii=False) + "\n" for i in range(1, n + 1))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=HERE.parent / "external_v23.jsonl")
    ap.add_argument("--check", action="store_true", help="exit 1 if the file on disk differs")
    args = ap.parse_args(argv)
    text = render()
    if args.check:
        ok = args.out.exists() and args.out.read_text(encoding="utf-8") == text
        print(f"{args.out}: {'up to date' if ok else 'DIFFERS from generator output'}")
        return 0 if ok else 1
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({N_DOCS} documents, {len(STYLES)} styles)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
