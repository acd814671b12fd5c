"""Generate the blind32 PHI evaluation corpus (300 synthetic radiology-adjacent documents, 20 styles).

    .venv/bin/python redaction/corpus/external_v32/make_corpus.py [--out PATH] [--check]
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

import b32_forms_a  # noqa: E402
import b32_forms_b  # noqa: E402
import b32_prose_a  # noqa: E402
import b32_prose_b  # noqa: E402
from b32_doc import Doc  # noqa: E402

_FUNCS = {**b32_prose_a.STYLES, **b32_prose_b.STYLES, **b32_forms_a.STYLES, **b32_forms_b.STYLES}
STYLES = list(_FUNCS)
N_DOCS = 300
_MODALITIES = ["CT", "MR", "US", "XR", "MG"]


def style_for(i: int) -> str:
    return STYLES[(i - 1) % len(STYLES)]


def build_document(i: int) -> dict:
    r = random.Random(f"radgate-blind-corpus-32:{i}")
    style = style_for(i)
    modality = r.choice(_MODALITIES)
    d = Doc()
    _FUNCS[style](r, d, modality)
    return {"id": f"blind32-{i:04d}", "style": style, "modality": modality, "text": d.text,
            "phi": sorted(d.phi, key=lambda s: s["start"]), "keep": sorted(d.keep, key=lambda s: s["start"])}


def render(docs: list[dict]) -> str:
    return "".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in docs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=HERE.parent / "external_v32.jsonl")
    ap.add_argument("--check", action="store_true", help="exit 1 if the file on disk differs from the generator")
    args = ap.parse_args(argv)
    content = render([build_document(i) for i in range(1, N_DOCS + 1)])
    if args.check:
        ok = args.out.exists() and args.out.read_text(encoding="utf-8") == content
        print(f"{args.out}: {'up to date' if ok else 'DIFFERS from generator output'}")
        return 0 if ok else 1
    args.out.write_text(content, encoding="utf-8")
    print(f"wrote {N_DOCS} documents to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
