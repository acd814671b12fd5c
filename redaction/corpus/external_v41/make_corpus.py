"""Generate blind corpus 41: transport and Unicode artefacts (see README.md in this folder).

    .venv/bin/python redaction/corpus/external_v41/make_corpus.py            # write redaction/corpus/external_v41.jsonl
    .venv/bin/python redaction/corpus/external_v41/make_corpus.py --check    # exit 1 if the file is stale
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

import b41_prose_a  # noqa: E402
import b41_prose_b  # noqa: E402
import b41_struct_a  # noqa: E402
import b41_struct_b  # noqa: E402

_FUNCS = {**b41_struct_a.STYLES, **b41_struct_b.STYLES, **b41_prose_a.STYLES, **b41_prose_b.STYLES}
STYLES = tuple(_FUNCS)
assert len(STYLES) == 20
N_DOCS = 300
REPO = HERE.parents[2]
DEFAULT_OUT = REPO / "redaction" / "corpus" / "external_v41.jsonl"


def style_for(i: int) -> str:
    return STYLES[(i - 1) % 20]


def build_document(i: int) -> dict:
    rng = random.Random(f"radgate-blind-corpus-41:{i}")
    style = style_for(i)
    d, mod = _FUNCS[style](rng)
    return {"id": f"blind41-{i:04d}", "style": style, "modality": mod, "text": d.text,
            "phi": [dict(s) for s in d.phi], "keep": [dict(s) for s in d.keep]}


def render(docs) -> str:
    return "".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in docs)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=str(DEFAULT_OUT))
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args(argv)
    out = Path(args.out)
    if not out.is_absolute():
        out = REPO / out
    content = render(build_document(i) for i in range(1, N_DOCS + 1))
    if args.check:
        ok = out.exists() and out.read_text(encoding="utf-8") == content
        print(f"{out}: {'up to date' if ok else 'STALE'}")
        return 0 if ok else 1
    out.write_text(content, encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
