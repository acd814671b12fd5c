"""Write (or check) redaction/corpus/external_v8.jsonl: 300 synthetic radiology-workflow documents, 20 styles x 15.

    .venv/bin/python redaction/corpus/external_v8/make_corpus.py                 # write external_v8.jsonl
    .venv/bin/python redaction/corpus/external_v8/make_corpus.py --check --out PATH   # exit 1 when PATH is stale

Document i is generated from random.Random(f"radgate-blind-corpus-8:{i}") alone, so every run is byte-identical.
The b8_* modules sit next to this file and are imported by path (the folder is not an installed package).
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

import b8_styles_data as data
import b8_styles_intl as intl
import b8_styles_msgs as msgs
import b8_styles_notes as notes
import b8_styles_tables as tables
from b8_markup import strip
from b8_scene import make_scene

STYLES = {
    "ris_header": notes.ris_header,
    "asr_dictation": notes.asr_dictation,
    "discharge_summary": notes.discharge_summary,
    "ed_note": notes.ed_note,
    "outside_film": notes.outside_film,
    "mri_safety": notes.mri_safety,
    "email_thread": msgs.email_thread,
    "secure_chat": msgs.secure_chat,
    "portal_message": msgs.portal_message,
    "critical_result_log": msgs.critical_result_log,
    "peer_review": msgs.peer_review,
    "hl7_oru": data.hl7_oru,
    "fhir_json": data.fhir_json,
    "xml_export": data.xml_export,
    "dicom_dump": data.dicom_dump,
    "tumor_board": tables.tumor_board,
    "telerad_worklist": tables.telerad_worklist,
    "csv_export": tables.csv_export,
    "billing_scheduling": tables.billing_scheduling,
    "intl_letter": intl.intl_letter,
}
N_DOCS = 300
DEFAULT_OUT = HERE.parent / "external_v8.jsonl"


def build_document(i: int) -> dict:
    """Document number i (1-based); its style cycles through STYLES so each gets N_DOCS / len(STYLES)."""
    rng = random.Random(f"radgate-blind-corpus-8:{i}")
    style = list(STYLES)[(i - 1) % len(STYLES)]
    modality, marked = STYLES[style](rng, make_scene(rng))
    text, phi, keep = strip(marked)
    return {
        "id": f"blind8-{i:04d}",
        "style": style,
        "modality": modality,
        "text": text,
        "phi": sorted(phi, key=lambda s: s["start"]),
        "keep": sorted(keep, key=lambda s: s["start"]),
    }


def render() -> str:
    return "".join(json.dumps(build_document(i), ensure_ascii=False) + "\n" for i in range(1, N_DOCS + 1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--check", action="store_true", help="exit 1 if --out differs from a fresh render")
    args = parser.parse_args(argv)
    content = render()
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else None
        if current != content:
            print(f"{args.out} is stale; rerun make_corpus.py", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(content, encoding="utf-8")
    print(f"wrote {N_DOCS} documents to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
