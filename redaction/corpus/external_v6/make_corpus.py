"""Generate the sixth blind PHI-redaction corpus (redaction/corpus/external_v6.jsonl), deterministically.

    .venv/bin/python redaction/corpus/external_v6/make_corpus.py                 # (re)write external_v6.jsonl
    .venv/bin/python redaction/corpus/external_v6/make_corpus.py --check         # exit 1 if the file is stale
    .venv/bin/python redaction/corpus/external_v6/make_corpus.py --check --out PATH

Document i (1-based, id ``blind6-%04d``) uses ``random.Random(f"radgate-blind-corpus-6:{i}")`` and the style
``STYLES[(i - 1) % 20]``, so every document can be regenerated alone. Standard library only.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import b6_styles_letters
import b6_styles_messages
import b6_styles_notes
import b6_styles_systems
from b6_markup import render

N_DOCS = 300
SEED = "radgate-blind-corpus-6"
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "external_v6.jsonl"
STYLES = {**b6_styles_systems.STYLES, **b6_styles_messages.STYLES, **b6_styles_notes.STYLES,
          **b6_styles_letters.STYLES}
STYLE_NAMES = list(STYLES)


def make_document(i: int) -> dict:
    """Document number ``i`` (1-based)."""
    rng = random.Random(f"{SEED}:{i}")
    style = STYLE_NAMES[(i - 1) % len(STYLE_NAMES)]
    modality, marked = STYLES[style](rng)
    text, phi, keep = render(marked)
    return {"id": f"blind6-{i:04d}", "style": style, "modality": modality, "text": text, "phi": phi, "keep": keep}


def corpus_text(n: int = N_DOCS) -> str:
    """The whole corpus as JSONL text (one document per line, trailing newline)."""
    return "".join(json.dumps(make_document(i), ensure_ascii=False) + "\n" for i in range(1, n + 1))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="corpus file (default: %(default)s)")
    ap.add_argument("--check", action="store_true", help="exit 1 if --out differs from what would be generated")
    args = ap.parse_args(argv)
    data = corpus_text().encode("utf-8")
    if args.check:
        current = args.out.read_bytes() if args.out.exists() else b""
        if current != data:
            print(f"{args.out} is stale; regenerate with make_corpus.py --out {args.out}")
            return 1
        print(f"{args.out} is up to date ({N_DOCS} documents)")
        return 0
    args.out.write_bytes(data)
    print(f"wrote {N_DOCS} documents to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
