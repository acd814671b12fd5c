"""Generate the blind13 radiology PHI test corpus (300 documents, 20 styles).

    python redaction/corpus/external_v13/make_corpus.py            # writes redaction/corpus/external_v13.jsonl
    python redaction/corpus/external_v13/make_corpus.py --check    # exit 1 if the file is missing or stale

Standard library only. Sibling modules ``b13_*.py`` are loaded by path so this works as a script or via importlib.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
N_DOCS = 300
SEED_PREFIX = "radgate-blind-corpus-13"
DEFAULT_OUT = HERE.parent / "external_v13.jsonl"


def _load(name: str):
    if name in sys.modules and getattr(sys.modules[name], "__file__", None) == str(HERE / f"{name}.py"):
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod  # siblings import each other by these names
    spec.loader.exec_module(mod)
    return mod


_common = _load("b13_common")
STYLES: dict = {}
for _m in ("b13_styles_a", "b13_styles_b", "b13_styles_c"):
    STYLES.update(_load(_m).STYLES)
STYLE_NAMES = list(STYLES)


def style_for(i: int) -> str:
    """Style of document i (1-based): round robin over the styles."""
    return STYLE_NAMES[(i - 1) % len(STYLE_NAMES)]


def rng_for(i: int) -> random.Random:
    return random.Random(f"{SEED_PREFIX}:{i}")


def build_document(i: int) -> dict:
    style = style_for(i)
    markup, modality = STYLES[style](rng_for(i))
    text, phi, keep = _common.strip(markup)
    return {"id": f"blind13-{i:04d}", "style": style, "modality": modality, "text": text, "phi": phi, "keep": keep}


def render() -> str:
    return "".join(json.dumps(build_document(i), ensure_ascii=False) + "\n" for i in range(1, N_DOCS + 1))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--check", action="store_true", help="exit 1 if --out is missing or differs")
    args = ap.parse_args(argv if argv is not None else sys.argv[1:])
    text = render()
    if args.check:
        if not args.out.exists() or args.out.read_text(encoding="utf-8") != text:
            print(f"{args.out}: missing or stale; regenerate with make_corpus.py")
            return 1
        print(f"{args.out}: up to date")
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({N_DOCS} documents)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
