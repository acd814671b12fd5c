"""Generate the fifth blind PHI-redaction corpus, ``redaction/corpus/external_v5.jsonl`` (300 documents, 20 styles).

    .venv/bin/python redaction/corpus/external_v5/make_corpus.py            # write the file
    .venv/bin/python redaction/corpus/external_v5/make_corpus.py --check    # exit 1 if the committed file differs

Stdlib only and deterministic: document i is drawn from ``random.Random(f"radgate-blind-corpus-5:{i}")``, so a
template change alters only the documents of that style. Written without reading the engine or other corpora.
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

from b5_case import Case  # noqa: E402
from b5_markup import strip_marks  # noqa: E402
from b5_styles_a import STYLES as STYLES_A  # noqa: E402
from b5_styles_b import STYLES as STYLES_B  # noqa: E402

STYLES = {**STYLES_A, **STYLES_B}
PER_STYLE = 15
OUT = HERE.parent / "external_v5.jsonl"


def build_document(i: int) -> dict:
    """Document number ``i`` (1-based): styles rotate so neighbouring ids differ in layout."""
    names = list(STYLES)
    style = names[(i - 1) % len(names)]
    render, modalities = STYLES[style]
    rng = random.Random(f"radgate-blind-corpus-5:{i}")
    modality = rng.choice(modalities)
    text, phi, keep = strip_marks(render(Case(rng, modality)))
    return {"id": f"blind5-{i:04d}", "style": style, "modality": modality, "text": text, "phi": phi, "keep": keep}


def render_corpus() -> str:
    """The whole corpus as JSONL text, exactly as written to disk."""
    n = PER_STYLE * len(STYLES)
    return "".join(json.dumps(build_document(i), ensure_ascii=False) + "\n" for i in range(1, n + 1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file differs from the generator")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    data = render_corpus()
    if args.check:
        same = args.out.exists() and args.out.read_text(encoding="utf-8") == data
        print(f"{args.out}: {'up to date' if same else 'DIFFERS from generator'}")
        return 0 if same else 1
    args.out.write_text(data, encoding="utf-8")
    print(f"wrote {args.out}: {data.count(chr(10))} documents")
    return 0


if __name__ == "__main__":
    sys.exit(main())
