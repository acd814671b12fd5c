"""Generate ``redaction/corpus/blind.jsonl`` (300 documents, ids blind4-0001..blind4-0300), stdlib only.

    .venv/bin/python redaction/corpus/external_v4/make_corpus.py           # write the file
    .venv/bin/python redaction/corpus/external_v4/make_corpus.py --check   # exit 1 if the committed file differs

Document i is built from ``random.Random(f"radgate-blind-corpus-4:{i}")`` alone, so any document can be
regenerated on its own and the file is byte-identical on every run. Each document is validated with
``check_corpus.check_document`` before it is written.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(HERE.parent))

from b4_context import Ctx  # noqa: E402
from b4_markup import strip  # noqa: E402
from b4_styles_a import STYLES_A  # noqa: E402
from b4_styles_b import STYLES_B  # noqa: E402
from check_corpus import check_document  # noqa: E402

STYLES = STYLES_A + STYLES_B
N_DOCS = 300
OUT = HERE.parent / "external_v4.jsonl"
_MODALITY = {"MRI": "MR"}


def build(i: int) -> dict:
    """Document ``i`` (1-based); styles interleave so any prefix of the file covers every style."""
    ctx = Ctx(random.Random(f"radgate-blind-corpus-4:{i}"))
    style = STYLES[(i - 1) % len(STYLES)]
    text, phi, keep = strip(style(ctx))
    doc = {"id": f"blind4-{i:04d}", "style": style.__name__, "modality": _MODALITY.get(ctx.modality, ctx.modality),
           "text": text, "phi": phi, "keep": keep}
    problems = check_document(doc)
    if problems:
        raise ValueError("\n".join(problems))
    return doc


def render() -> str:
    return "".join(json.dumps(build(i), ensure_ascii=False) + "\n" for i in range(1, N_DOCS + 1))


def main(argv: list[str]) -> int:
    content = render()
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == content
        print(f"{OUT}: {'up to date' if same else 'DIFFERS from the generator'}")
        return 0 if same else 1
    OUT.write_text(content, encoding="utf-8")
    print(f"wrote {OUT}: {N_DOCS} documents")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
