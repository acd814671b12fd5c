"""Generate the blind20 evaluation corpus (300 documents, 20 styles, builder-recorded spans).

    .venv/bin/python redaction/corpus/external_v20/make_corpus.py            # write ../external_v20.jsonl
    .venv/bin/python redaction/corpus/external_v20/make_corpus.py --check    # exit 1 if the file differs
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

import b20_styles_a  # noqa: E402
import b20_styles_b  # noqa: E402
import b20_styles_c  # noqa: E402
import b20_styles_d  # noqa: E402

N_DOCS = 300
_FUNCS = dict(b20_styles_a.STYLES + b20_styles_b.STYLES + b20_styles_c.STYLES + b20_styles_d.STYLES)
STYLES: list[str] = list(_FUNCS)


def style_for(i: int) -> str:
    """Style of document i (1-based): round robin, so each of the 20 styles gets 15 documents."""
    return STYLES[(i - 1) % len(STYLES)]


def build_document(i: int) -> dict:
    rng = random.Random(f"radgate-blind-corpus-20:{i}")
    style = style_for(i)
    doc, modality = _FUNCS[style](rng)
    return {"id": f"blind20-{i:04d}", "style": style, "modality": modality, "text": doc.text,
            "phi": doc.phi, "keep": doc.keep}


def render(docs: list[dict] | None = None) -> str:
    docs = docs if docs is not None else [build_document(i) for i in range(1, N_DOCS + 1)]
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE.parent / "external_v20.jsonl")
    ap.add_argument("--check", action="store_true", help="exit 1 if the file on disk differs from the generator")
    args = ap.parse_args(argv)
    text = render()
    if args.check:
        on_disk = args.out.read_text(encoding="utf-8") if args.out.exists() else None
        if on_disk != text:
            print(f"{args.out} is out of date; rerun make_corpus.py", file=sys.stderr)
            return 1
        print(f"{args.out} is up to date")
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {N_DOCS} documents to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
