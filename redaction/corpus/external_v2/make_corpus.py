"""Generate the second blind PHI-redaction corpus: ``redaction/corpus/external_v2.jsonl`` (300 documents).

    .venv/bin/python redaction/corpus/external_v2/make_corpus.py            # writes the file
    .venv/bin/python redaction/corpus/external_v2/make_corpus.py --check    # exit 1 if the committed file differs

Standard library only; every document has its own fixed seed, so the output is byte-identical on every run.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from random import Random

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from blind_context import Ctx, unmark
from blind_styles_a import STYLES_A
from blind_styles_b import STYLES_B

OUT = HERE.parent / "external_v2.jsonl"
N_DOCS = 300
SEED = "radgate-blind-corpus-2"
STYLES = {**STYLES_A, **STYLES_B}


def build_document(i: int) -> dict:
    """Document number i (0-based): style i mod 20, its own seeded generator."""
    names = list(STYLES)
    style = names[i % len(names)]
    rng = Random(f"{SEED}:{i}")
    render, modalities = STYLES[style]
    modality = rng.choice(modalities)
    marked = render(Ctx(rng), modality)
    text, phis, keeps = unmark(marked)
    return {"id": f"blind2-{i + 1:04d}", "style": style, "modality": modality, "text": text, "phi": phis, "keep": keeps}


def render_corpus() -> str:
    return "".join(json.dumps(build_document(i), ensure_ascii=False) + "\n" for i in range(N_DOCS))


def main(argv: list[str]) -> int:
    content = render_corpus()
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == content
        print(f"{OUT}: {'up to date' if same else 'DIFFERS from the generator'}")
        return 0 if same else 1
    OUT.write_text(content, encoding="utf-8", newline="\n")
    print(f"wrote {OUT} ({N_DOCS} documents)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
