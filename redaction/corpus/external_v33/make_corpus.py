"""Generate the blind33 PHI evaluation corpus (300 synthetic radiology-adjacent documents, 20 styles).

    .venv/bin/python redaction/corpus/external_v33/make_corpus.py            # write ../external_v33.jsonl
    .venv/bin/python redaction/corpus/external_v33/make_corpus.py --check    # exit 1 if the file differs
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

import b33_prose_a as pa  # noqa: E402
import b33_prose_b as pb  # noqa: E402
import b33_struct_a as sa  # noqa: E402
import b33_struct_b as sb  # noqa: E402
from b33_core import Doc  # noqa: E402

N_DOCS = 300
_FUNCS = {
    # prose
    "teaching_file_submission": pa.teaching_file_submission,
    "mr_implant_clearance": pa.mr_implant_clearance,
    "field_service_report": pa.field_service_report,
    "registry_abstractor_note": pa.registry_abstractor_note,
    "pacs_incident_postmortem": pa.pacs_incident_postmortem,
    "tech_huddle_note": pb.tech_huddle_note,
    "conference_case_handout": pb.conference_case_handout,
    "core_lab_query_response": pb.core_lab_query_response,
    "scanner_outage_email": pb.scanner_outage_email,
    "mrn_unmerge_request": pb.mrn_unmerge_request,
    # structured
    "qc_phantom_log_csv": sa.qc_phantom_log_csv,
    "reject_analysis_export": sa.reject_analysis_export,
    "registry_yaml_record": sa.registry_yaml_record,
    "fhir_imagingstudy_json": sa.fhir_imagingstudy_json,
    "orphan_reconciliation_table": sa.orphan_reconciliation_table,
    "teaching_file_xml": sb.teaching_file_xml,
    "slot_swap_request_form": sb.slot_swap_request_form,
    "anesthesia_mri_block_roster": sb.anesthesia_mri_block_roster,
    "core_lab_transmittal": sb.core_lab_transmittal,
    "router_syslog": sb.router_syslog,
}
STYLES = list(_FUNCS)
DEFAULT_OUT = HERE.parent / "external_v33.jsonl"


def style_for(i: int) -> str:
    """Style of document i (1-based), round-robin over STYLES."""
    return STYLES[(i - 1) % len(STYLES)]


def build_document(i: int) -> dict:
    rng = random.Random(f"radgate-blind-corpus-33:{i}")
    style = style_for(i)
    d = Doc(rng)
    modality = _FUNCS[style](d, rng)
    return {"id": f"blind33-{i:04d}", "style": style, "modality": modality, "text": d.text(),
            "phi": d.phi, "keep": d.keep}


def render(docs) -> str:
    return "".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in docs)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--check", action="store_true", help="exit 1 if the file on disk differs")
    args = ap.parse_args(argv)
    content = render(build_document(i) for i in range(1, N_DOCS + 1))
    if args.check:
        ok = args.out.exists() and args.out.read_text(encoding="utf-8") == content
        print(f"{args.out}: {'up to date' if ok else 'DIFFERS from generator output'}")
        return 0 if ok else 1
    args.out.write_text(content, encoding="utf-8")
    print(f"wrote {N_DOCS} documents to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
