"""Generate redaction/corpus/external_v43.jsonl: people's names from many naming traditions, in radiology text.

    python3 redaction/corpus/external_v43/make_corpus.py [--out PATH] [--check]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from b43_core import parse  # noqa: E402
from b43_styles_a import STYLES_A  # noqa: E402
from b43_styles_b import STYLES_B  # noqa: E402

_FUNCS = {**STYLES_A, **STYLES_B}
STYLES = list(_FUNCS)
N_DOCS = 300
DEFAULT_OUT = HERE.parent / "external_v43.jsonl"


def style_for(i: int) -> str:
    return STYLES[(i - 1) % len(STYLES)]


def build_document(i: int) -> dict:
    rng = random.Random(f"radgate-blind-corpus-43:{i}")
    style = style_for(i)
    modality, marked = _FUNCS[style](rng)
    text, phi, keep = parse(marked)
    return {"id": f"blind43-{i:04d}", "style": style, "modality": modality, "text": text, "phi": phi, "keep": keep}


def render(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=str(DEFAULT_OUT))
    ap.add_argument("--check", action="store_true", help="exit 1 if the file differs from what would be written")
    args = ap.parse_args(argv)
    out = Path(args.out)
    if not out.is_absolute() and args.out != str(DEFAULT_OUT):
        out = (HERE / out).resolve()
    content = render([build_document(i) for i in range(1, N_DOCS + 1)])
    if args.check:
        ok = out.exists() and out.read_text(encoding="utf-8") == content
        print(f"{out}: {'up to date' if ok else 'DIFFERS'}")
        return 0 if ok else 1
    out.write_text(content, encoding="utf-8")
    print(f"wrote {out} ({N_DOCS} documents)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
