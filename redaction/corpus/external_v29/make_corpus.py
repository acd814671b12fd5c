"""Generate the blind29 PHI evaluation corpus (20 radiology-adjacent genres, 300 documents).

    python redaction/corpus/external_v29/make_corpus.py            # writes ../external_v29.jsonl
    python redaction/corpus/external_v29/make_corpus.py --check    # exit 1 if the file on disk differs
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import b29_prose_a as pa  # noqa: E402
import b29_prose_b as pb  # noqa: E402
import b29_struct_a as sa  # noqa: E402
import b29_struct_b as sb  # noqa: E402

N_DOCS = 300
SEED = "radgate-blind-corpus-29:{i}"

# (style name, builder, kind)
STYLES = [
    ("ethics_consult", pa.ethics_consult, "prose"),
    ("power_injector_log", sa.injector_log, "structured"),
    ("second_opinion_letter", pa.second_opinion, "prose"),
    ("media_export_queue", sa.media_export, "structured"),
    ("irb_deviation_report", pa.irb_deviation, "prose"),
    ("transport_board", sa.transport_board, "structured"),
    ("fall_incident_narrative", pa.fall_incident, "prose"),
    ("wristband_scan_audit", sa.wristband_audit, "structured"),
    ("voicemail_transcript", pa.voicemail, "prose"),
    ("nucmed_dose_calibrator_log", sa.nucmed_dose, "structured"),
    ("social_work_transport_note", pb.social_work, "prose"),
    ("pre_contrast_egfr_worksheet", sb.egfr_worksheet, "structured"),
    ("ime_record_review", pb.ime_report, "prose"),
    ("dicom_worklist_dump", sb.mwl_dump, "structured"),
    ("icu_family_meeting", pb.family_meeting, "prose"),
    ("fax_cover_sheet", sb.fax_cover, "structured"),
    ("elder_abuse_skeletal_survey", pb.elder_survey, "prose"),
    ("ehr_access_audit", sb.access_audit, "structured"),
    ("record_amendment_request", pb.amendment_request, "prose"),
    ("sms_reminder_log", sb.sms_log, "structured"),
]


def style_for(i: int) -> tuple[str, object, str]:
    """Style of document i (1-based), round-robin over STYLES."""
    return STYLES[(i - 1) % len(STYLES)]


def build_document(i: int) -> dict:
    rng = random.Random(SEED.format(i=i))
    name, builder, _kind = style_for(i)
    doc, modality = builder(rng)
    return {"id": f"blind29-{i:04d}", "style": name, "modality": modality, "text": doc.text(),
            "phi": doc.phi, "keep": doc.keep}


def render(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=HERE.parent / "external_v29.jsonl")
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args(argv)
    content = render([build_document(i) for i in range(1, N_DOCS + 1)])
    if args.check:
        ok = args.out.exists() and args.out.read_text(encoding="utf-8") == content
        print(f"{args.out}: {'up to date' if ok else 'DIFFERS from generator'}")
        return 0 if ok else 1
    args.out.write_text(content, encoding="utf-8")
    print(f"wrote {N_DOCS} documents to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
