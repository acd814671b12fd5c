"""Generate the blind22 PHI evaluation corpus (300 radiology-adjacent documents, 20 styles).

    .venv/bin/python redaction/corpus/external_v22/make_corpus.py            # write ../external_v22.jsonl
    .venv/bin/python redaction/corpus/external_v22/make_corpus.py --check    # exit 1 if the file differs

Every span is recorded by the builder (b22_doc.Doc) at the moment its text is appended.
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

import b22_styles_a as A
import b22_styles_b as B
import b22_styles_c as C
import b22_styles_d as D
import b22_styles_e as E
from b22_doc import Doc

N_DOCS = 300
PREFIX = "blind22"
SEED = "radgate-blind-corpus-22"

STYLES = {
    "milestone_eval": A.milestone_eval,
    "peer_reference": A.peer_reference,
    "locum_placement": A.locum_placement,
    "complaint_call": A.complaint_call,
    "nurse_triage": B.nurse_triage,
    "premed_order": B.premed_order,
    "highrisk_letter": B.highrisk_letter,
    "vcug_note": B.vcug_note,
    "myelogram_note": C.myelogram_note,
    "thyroid_fna": C.thyroid_fna,
    "vertebro_consent": C.vertebro_consent,
    "dvt_callback": C.dvt_callback,
    "payment_log": D.payment_log,
    "meeting_minutes": D.meeting_minutes,
    "reschedule_list": D.reschedule_list,
    "sheet_formulas": D.sheet_formulas,
    "card_ocr": E.card_ocr,
    "handwritten_note": E.handwritten_note,
    "family_history": E.family_history,
    "overread_request": E.overread_request,
}
_NAMES = list(STYLES)


def style_for(i: int) -> str:
    """Style of document i (1-based): round-robin, so every style gets N_DOCS / len(STYLES) documents."""
    return _NAMES[(i - 1) % len(_NAMES)]


def build_document(i: int) -> dict:
    rng = random.Random(f"{SEED}:{i}")
    style = style_for(i)
    d = Doc()
    modality = STYLES[style](rng, d)
    text, phi, keep = d.finish()
    return {"id": f"{PREFIX}-{i:04d}", "style": style, "modality": modality, "text": text, "phi": phi, "keep": keep}


def render(docs: list[dict]) -> str:
    return "".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in docs)


def generate(n: int = N_DOCS) -> str:
    return render([build_document(i) for i in range(1, n + 1)])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE.parent / "external_v22.jsonl")
    ap.add_argument("--check", action="store_true", help="exit 1 if the file on disk differs from the generator's output")
    args = ap.parse_args(argv)
    content = generate()
    if args.check:
        if not args.out.exists() or args.out.read_text(encoding="utf-8") != content:
            print(f"{args.out} is out of date; rerun make_corpus.py", file=sys.stderr)
            return 1
        print(f"{args.out} is up to date")
        return 0
    args.out.write_text(content, encoding="utf-8")
    print(f"wrote {N_DOCS} documents to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
