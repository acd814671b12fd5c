"""Generate the blind24 PHI evaluation corpus (../external_v24.jsonl).

    python3 redaction/corpus/external_v24/make_corpus.py            # write ../external_v24.jsonl
    python3 redaction/corpus/external_v24/make_corpus.py --check    # exit 1 if the file differs from render()

Standard library only. Each document i uses random.Random(f"radgate-blind-corpus-24:{i}"), so output is
byte-identical on every run. Spans are recorded while the text is built (see b24_builder.Doc).
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

import b24_forms_a  # noqa: E402
import b24_forms_b  # noqa: E402
import b24_prose_a  # noqa: E402
import b24_prose_b  # noqa: E402

N_DOCS = 300
SEED = "radgate-blind-corpus-24"
# Prose and structured styles alternate in the round-robin.
_PROSE = {**b24_prose_a.STYLES, **b24_prose_b.STYLES}
_FORMS = {**b24_forms_a.STYLES, **b24_forms_b.STYLES}
STYLES = {}
for (pn, pf), (fn, ff) in zip(_PROSE.items(), _FORMS.items()):
    STYLES[pn] = pf
    STYLES[fn] = ff
STYLE_NAMES = list(STYLES)


def style_for(i: int) -> str:
    """Style of 1-based document i (round-robin over STYLE_NAMES)."""
    return STYLE_NAMES[(i - 1) % len(STYLE_NAMES)]


def build_document(i: int) -> dict:
    """Document i as a corpus dict. A draft that breaks a validator rule is redrawn from the same generator."""
    rng = random.Random(f"{SEED}:{i}")
    style = style_for(i)
    for _ in range(50):
        doc = STYLES[style](rng)
        if doc.phi and not doc.problems():
            return doc.to_dict(f"blind24-{i:04d}", style)
    raise RuntimeError(f"document {i} ({style}): no valid draft")


def render() -> str:
    return "".join(json.dumps(build_document(i), ensure_ascii=False) + "\n" for i in range(1, N_DOCS + 1))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE.parent / "external_v24.jsonl")
    ap.add_argument("--check", action="store_true", help="exit 1 if --out differs from the generator output")
    args = ap.parse_args(argv)
    text = render()
    if args.check:
        same = args.out.exists() and args.out.read_text(encoding="utf-8") == text
        print(f"{args.out}: {'up to date' if same else 'DIFFERS from generator'}")
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({N_DOCS} documents)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
