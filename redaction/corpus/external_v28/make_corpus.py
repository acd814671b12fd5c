"""Generate the blind28 PHI evaluation corpus (300 radiology-adjacent documents, 20 styles).

    .venv/bin/python redaction/corpus/external_v28/make_corpus.py            # write ../external_v28.jsonl
    .venv/bin/python redaction/corpus/external_v28/make_corpus.py --check    # exit 1 if the file differs
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

from b28_prose_a import (
    calcium_score_letter,
    chaplain_note,
    complaint_letter,
    ir_consent_discussion,
    wound_photo_consult,
)
from b28_prose_b import concussion_mri, interpreter_call, residency_evaluation, simulation_note, subpoena_response
from b28_struct_a import biobank_consent_log, bread_form, downtime_log, outside_film_import, recist_sheet
from b28_struct_b import mobile_xray_run, qi_minutes, radpeer_form, recall_notice, tele_us_queue

N_DOCS = 300
# (style name, kind, builder); documents are assigned round-robin.
STYLES = [
    ("wound_photo_consult", "prose", wound_photo_consult),
    ("bread_form", "structured", bread_form),
    ("ir_consent_discussion", "prose", ir_consent_discussion),
    ("outside_film_import", "structured", outside_film_import),
    ("calcium_score_letter", "prose", calcium_score_letter),
    ("recist_sheet", "structured", recist_sheet),
    ("chaplain_note", "prose", chaplain_note),
    ("biobank_consent_log", "structured", biobank_consent_log),
    ("complaint_letter", "prose", complaint_letter),
    ("downtime_log", "structured", downtime_log),
    ("subpoena_response", "prose", subpoena_response),
    ("radpeer_form", "structured", radpeer_form),
    ("interpreter_call", "prose", interpreter_call),
    ("qi_minutes", "structured", qi_minutes),
    ("residency_evaluation", "prose", residency_evaluation),
    ("recall_notice", "structured", recall_notice),
    ("simulation_note", "prose", simulation_note),
    ("mobile_xray_run", "structured", mobile_xray_run),
    ("concussion_mri", "prose", concussion_mri),
    ("tele_us_queue", "structured", tele_us_queue),
]


def style_for(i: int) -> tuple[str, str, object]:
    """Style of document i (1-based), round-robin over STYLES."""
    return STYLES[(i - 1) % len(STYLES)]


def render(doc_id: str, style: str, modality: str, doc) -> dict:
    text, phi, keep = doc.render()
    return {"id": doc_id, "style": style, "modality": modality, "text": text, "phi": phi, "keep": keep}


def build_document(i: int) -> dict:
    rng = random.Random(f"radgate-blind-corpus-28:{i}")
    name, _kind, fn = style_for(i)
    doc, modality = fn(rng)
    return render(f"blind28-{i:04d}", name, modality, doc)


def generate() -> str:
    return "".join(json.dumps(build_document(i), ensure_ascii=False) + "\n" for i in range(1, N_DOCS + 1))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE.parent / "external_v28.jsonl")
    ap.add_argument("--check", action="store_true", help="exit 1 if the file on disk differs from the generator")
    args = ap.parse_args(argv)
    content = generate()
    if args.check:
        same = args.out.exists() and args.out.read_text(encoding="utf-8") == content
        print(f"{args.out}: {'up to date' if same else 'DIFFERS from generator'}")
        return 0 if same else 1
    args.out.write_text(content, encoding="utf-8")
    print(f"wrote {N_DOCS} documents to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
