"""Generate the blind PHI-redaction corpus (redaction/corpus/external_v1.jsonl), deterministically.

    .venv/bin/python redaction/corpus/external_v1/make_blind.py            # write external_v1.jsonl
    .venv/bin/python redaction/corpus/external_v1/make_blind.py --check    # exit 1 if the committed file differs

Standard library only. Each document is drawn from its own seeded generator (seed "blind-<n>-<attempt>");
a draw whose text happens to contain an unannotated copy of one of its PHI values (say the patient is
"Will" and a sentence starts with "Will") is redrawn with the next attempt, so every PHI value is
annotated wherever it occurs. See README.md beside this file; engine tuning must not read the output.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from random import Random

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # check_corpus.py, the shared validator

import blind_styles_prompts  # noqa: E402
import blind_styles_reports  # noqa: E402
import blind_styles_workflow  # noqa: E402
import check_corpus  # noqa: E402
from blind_case import Case  # noqa: E402
from blind_markup import assemble, ocr_phi, ocr_plain, segments, transform  # noqa: E402

OUTPUT = HERE.parent / "external_v1.jsonl"
N_DOCS = 300
MAX_ATTEMPTS = 50
_LEFTOVER = re.compile(r"\[(?:e|a|v|m|sc|sq|age|yr|mod|cr|h):|\{[a-z0-9]+\}")
STYLES = {**blind_styles_reports.STYLES, **blind_styles_workflow.STYLES, **blind_styles_prompts.STYLES}


def _post(post: str, rng: Random):  # noqa: ANN202
    if post == "upper":
        return lambda kind, text: text.upper()
    if post == "ocr":
        return lambda kind, text: ocr_phi(text, rng) if kind == "phi" else text if kind else ocr_plain(text, rng)
    return lambda kind, text: text


def build_document(index: int) -> dict:
    """Document `index` (0-based): style chosen round-robin so any prefix mixes every style."""
    names = list(STYLES)
    style = names[index % len(names)]
    for attempt in range(MAX_ATTEMPTS):
        rng = Random(f"blind-{index}-{attempt}")
        modality, markup, post = STYLES[style](Case(rng), rng)
        text, phi, keep = assemble(transform(segments(markup), _post(post, rng)))
        if _LEFTOVER.search(text):
            raise RuntimeError(f"unexpanded template code in document {index} ({style})")
        doc = {"id": f"blind-{index + 1:04d}", "style": style, "modality": modality, "text": text,
               "phi": phi, "keep": keep}
        if not check_corpus.check_document(doc):
            return doc
    raise RuntimeError(f"no valid draw for document {index} ({style}) in {MAX_ATTEMPTS} attempts")


def render(n: int = N_DOCS) -> str:
    """The whole corpus as JSONL text."""
    return "".join(json.dumps(build_document(i), ensure_ascii=False) + "\n" for i in range(n))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed file instead of writing")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    content = render()
    if args.check:
        same = args.output.exists() and args.output.read_text(encoding="utf-8") == content
        print(f"{args.output}: {'up to date' if same else 'DIFFERS from the generator'}")
        return 0 if same else 1
    args.output.write_text(content, encoding="utf-8")
    print(f"wrote {args.output} ({N_DOCS} documents, {len(STYLES)} styles)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
