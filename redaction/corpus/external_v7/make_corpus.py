"""Generate the seventh blind PHI-redaction corpus, redaction/corpus/external_v7.jsonl (300 documents, 20 styles).

    .venv/bin/python redaction/corpus/external_v7/make_corpus.py                 # write external_v7.jsonl
    .venv/bin/python redaction/corpus/external_v7/make_corpus.py --check         # exit 1 if the file is stale
    .venv/bin/python redaction/corpus/external_v7/make_corpus.py --out PATH [--check]

Deterministic: document i draws everything from random.Random(f"radgate-blind-corpus-7:{i}"), stdlib only.
The b7_* modules next to this file are imported by path (the folder is appended to sys.path, so no other
corpus generator's modules are shadowed).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.append(str(HERE))

import b7_styles_notes as notes
import b7_styles_paper as paper
import b7_styles_talk as talk
import b7_styles_wire as wire
from b7_case import make_case
from b7_markup import strip_marks

DEFAULT_OUT = HERE.parent / "external_v7.jsonl"
N_DOCS = 300
INTL = ("UK", "CA", "AU", "EU")

# (style, function, region): "INTL" draws one of the non-US regions per document.
STYLES = (
    ("fax_cover_ocr", paper.fax_cover_ocr, "US"),
    ("wristband_label", paper.wristband_label, "US"),
    ("billing_claim", paper.billing_claim, "US"),
    ("research_registry", paper.research_registry, "US"),
    ("consent_interpreter", paper.consent_interpreter, "US"),
    ("hl7_v2", wire.hl7_v2, "US"),
    ("fhir_json", wire.fhir_json, "US"),
    ("dicom_xml", wire.dicom_xml, "US"),
    ("worklist_csv", wire.worklist_csv, "US"),
    ("asr_dictation", talk.asr_dictation, "US"),
    ("secure_chat", talk.secure_chat, "US"),
    ("email_chain", talk.email_chain, "US"),
    ("portal_message", talk.portal_message, "US"),
    ("critical_result_log", talk.critical_result_log, "US"),
    ("intl_letter", notes.intl_letter, "INTL"),
    ("ed_discharge_note", notes.ed_discharge_note, "US"),
    ("tumor_board_path", notes.tumor_board_path, "US"),
    ("qa_peer_review", notes.qa_peer_review, "US"),
    ("outside_film_read", notes.outside_film_read, "US"),
    ("va_military", notes.va_military, "US"),
)


def build_document(i: int) -> dict:
    """Document number i (1-based): style by round robin, content from its own seeded generator."""
    rng = random.Random(f"radgate-blind-corpus-7:{i}")
    style, fn, region = STYLES[(i - 1) % len(STYLES)]
    if region == "INTL":
        region = rng.choice(INTL)
    case = make_case(rng, region)
    text, phi, keep = strip_marks(fn(case))
    return {
        "id": f"blind7-{i:04d}",
        "style": style,
        "modality": case.exam.modality,
        "text": text,
        "phi": phi,
        "keep": keep,
    }


def render_corpus() -> str:
    """The whole corpus as JSONL text (one document per line)."""
    return "".join(json.dumps(build_document(i), ensure_ascii=False) + "\n" for i in range(1, N_DOCS + 1))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--check", action="store_true", help="exit 1 if --out differs from what the generator makes")
    args = ap.parse_args(argv)
    content = render_corpus()
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else None
        if current != content:
            print(f"{args.out} is stale: rerun make_corpus.py", file=sys.stderr)
            return 1
        print(f"{args.out} is up to date")
        return 0
    args.out.write_text(content, encoding="utf-8")
    print(f"wrote {args.out} ({N_DOCS} documents)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
