"""Generate redaction/corpus/external_v48.jsonl: radiology revenue cycle, coding and charge capture.

    .venv/bin/python redaction/corpus/external_v48/make_corpus.py            # write the corpus
    .venv/bin/python redaction/corpus/external_v48/make_corpus.py --check    # exit 1 if the file is stale

Every document i is built from ``random.Random(f"radgate-blind-corpus-48:{i}")`` alone.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent
if str(_HERE) not in sys.path:
    sys.path.insert(0, str(_HERE))

from b48_markup import parse  # noqa: E402
from b48_prose_a import STYLES as _PROSE_A  # noqa: E402
from b48_prose_b import STYLES as _PROSE_B  # noqa: E402
from b48_struct_a import STYLES as _STRUCT_A  # noqa: E402
from b48_struct_b import STYLES as _STRUCT_B  # noqa: E402

_BUILDERS = {**_PROSE_A, **_PROSE_B, **_STRUCT_A, **_STRUCT_B}
STYLES = list(_BUILDERS)
N_DOCS = 300
DEFAULT_OUT = _HERE.parent / "external_v48.jsonl"
_MAX_TRIES = 12

assert len(STYLES) == 20


def style_for(i: int) -> str:
    return STYLES[i % len(STYLES)]


def _self_check(text: str, phi: list[dict], keep: list[dict]) -> bool:
    """True when no PHI value recurs unannotated (the validator's completeness rule)."""
    sys.path.insert(0, str(_HERE.parent))
    try:
        from check_corpus import check_document
    finally:
        sys.path.pop(0)
    return not check_document({"id": "x", "style": "x", "text": text, "phi": phi, "keep": keep})


def build_document(i: int) -> dict:
    rng = random.Random(f"radgate-blind-corpus-48:{i}")
    style = style_for(i)
    for _ in range(_MAX_TRIES):
        marked, modality = _BUILDERS[style](rng)
        text, phi, keep = parse(marked)
        if _self_check(text, phi, keep):
            break
    else:
        raise RuntimeError(f"document {i} ({style}) failed validation {_MAX_TRIES} times")
    return {"id": f"blind48-{i:04d}", "style": style, "modality": modality, "text": text, "phi": phi, "keep": keep}


def render(docs: list[dict]) -> str:
    return "".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in docs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--check", action="store_true", help="exit 1 if --out differs from a fresh render")
    args = ap.parse_args(argv)
    fresh = render([build_document(i) for i in range(N_DOCS)])
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else None
        if current != fresh:
            print(f"{args.out} is stale; regenerate with {Path(__file__).name}")
            return 1
        print(f"{args.out} is up to date")
        return 0
    args.out.write_text(fresh, encoding="utf-8")
    print(f"wrote {N_DOCS} documents to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
