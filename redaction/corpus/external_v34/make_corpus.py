"""Generate the blind34 PHI evaluation corpus (300 synthetic documents, 20 genres).

    .venv/bin/python redaction/corpus/external_v34/make_corpus.py [--out PATH] [--check]
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

import b34_prose_a  # noqa: E402
import b34_prose_b  # noqa: E402
import b34_struct_a  # noqa: E402
import b34_struct_b  # noqa: E402
from b34_core import Doc, Gen  # noqa: E402

N_DOCS = 300
_FUNCS = {**b34_prose_a.STYLES, **b34_prose_b.STYLES, **b34_struct_a.STYLES, **b34_struct_b.STYLES}
STYLES = list(_FUNCS)


def style_for(i: int) -> str:
    return STYLES[(i - 1) % len(STYLES)]


def build_document(i: int) -> dict:
    r = random.Random(f"radgate-blind-corpus-34:{i}")
    style = style_for(i)
    d = Doc()
    modality = _FUNCS[style](Gen(r), d)
    key = lambda s: s["start"]  # noqa: E731
    return {"id": f"blind34-{i:04d}", "style": style, "modality": modality, "text": d.text(),
            "phi": sorted(d.phi, key=key), "keep": sorted(d.keep, key=key)}


def render(docs: list[dict]) -> str:
    return "".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in docs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=HERE.parent / "external_v34.jsonl")
    ap.add_argument("--check", action="store_true", help="exit 1 if the file on disk differs from the generator output")
    args = ap.parse_args(argv)
    text = render([build_document(i) for i in range(1, N_DOCS + 1)])
    if args.check:
        ok = args.out.exists() and args.out.read_text(encoding="utf-8") == text
        print(f"{args.out}: {'up to date' if ok else 'DIFFERS from generator output'}")
        return 0 if ok else 1
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {N_DOCS} documents to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
