"""Generate the blind9 PHI-redaction corpus (300 documents, 20 styles, measured once, then spent).

    python redaction/corpus/external_v9/make_corpus.py                 # writes redaction/corpus/external_v9.jsonl
    python redaction/corpus/external_v9/make_corpus.py --out PATH      # writes PATH
    python redaction/corpus/external_v9/make_corpus.py --check --out redaction/corpus/external_v9.jsonl
                                                                  # exit 1 if PATH differs, 0 if equal

Document i is built from ``random.Random(f"radgate-blind-corpus-9:{i}")`` alone, so any document can be
rebuilt in isolation.  The sibling ``b9_*`` modules are loaded by path (see :func:`_load`), so this file
works when run as a script and when loaded through importlib from a test.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE.parent / "external_v9.jsonl"
N_DOCS = 300
SEED = "radgate-blind-corpus-9"
_MODULES = ("b9_markup", "b9_pools", "b9_dates", "b9_ids", "b9_cast", "b9_scene", "b9_clinical",
            "b9_styles_proc", "b9_styles_comm", "b9_styles_lists", "b9_styles_talk")
_STYLE_MODULES = ("b9_styles_proc", "b9_styles_comm", "b9_styles_lists", "b9_styles_talk")


def _load(name: str):
    """Load HERE/name.py under its own name (dependencies first, so `import b9_x` inside finds it)."""
    path = HERE / f"{name}.py"
    mod = sys.modules.get(name)
    if mod is not None and Path(getattr(mod, "__file__", "")).resolve() == path:
        return mod
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


_mods = {name: _load(name) for name in _MODULES}
markup = _mods["b9_markup"]
STYLES: dict = {}
for _name in _STYLE_MODULES:
    STYLES.update(_mods[_name].STYLES)
STYLE_NAMES = tuple(STYLES)          # 20 styles; document i gets STYLE_NAMES[(i - 1) % 20]
MAX_ATTEMPTS = 40


def doc_id(i: int) -> str:
    return f"blind9-{i:04d}"


def style_of(i: int) -> str:
    return STYLE_NAMES[(i - 1) % len(STYLE_NAMES)]


def build_document(i: int) -> dict:
    """Document i (1-based) as a dict: id, style, modality, text, phi, keep.

    The style draws from the document's own generator; if the result would break a corpus rule (an
    unmarked repeat of a PHI value, for instance a surname that is also a word used elsewhere in the
    text), the style simply draws again from the same generator, which stays deterministic.
    """
    rng = random.Random(f"{SEED}:{i}")
    style = style_of(i)
    last: list[str] = []
    for _ in range(MAX_ATTEMPTS):
        modality, marked = STYLES[style](rng)
        text, phi, keep = markup.strip_marks(markup.tidy(marked))
        last = markup.problems(text, phi, keep)
        if not last:
            return {"id": doc_id(i), "style": style, "modality": modality, "text": text, "phi": phi, "keep": keep}
    raise RuntimeError(f"{doc_id(i)} ({style}): no valid draw in {MAX_ATTEMPTS} attempts: {last[:3]}")


def render(n: int = N_DOCS) -> str:
    """The whole corpus as JSONL text (one document per line, trailing newline)."""
    return "".join(json.dumps(build_document(i), ensure_ascii=False) + "\n" for i in range(1, n + 1))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--check", action="store_true", help="exit 1 if --out differs from what would be written")
    args = ap.parse_args(argv)
    text = render()
    if args.check:
        try:
            current = args.out.read_text(encoding="utf-8")
        except OSError:
            current = None
        if current != text:
            print(f"{args.out}: stale (differs from the generator's output)")
            return 1
        print(f"{args.out}: up to date")
        return 0
    args.out.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {N_DOCS} documents to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
