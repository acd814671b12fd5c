"""Generate the blind47 evaluation corpus: newborn, NICU, obstetric and paediatric imaging paperwork.

    .venv/bin/python redaction/corpus/external_v47/make_corpus.py            # write redaction/corpus/external_v47.jsonl
    .venv/bin/python redaction/corpus/external_v47/make_corpus.py --check    # exit 1 if the file is stale
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

import b47_prose_a as pa
import b47_prose_b as pb
import b47_struct_a as sa
import b47_struct_b as sb

_BUILDERS = {
    # prose
    "nicu_transport_retrieval_note": pa.nicu_transport_retrieval_note,
    "baby_rename_merge_notice": pa.baby_rename_merge_notice,
    "nai_police_liaison_email": pa.nai_police_liaison_email,
    "surrogacy_imaging_release_letter": pa.surrogacy_imaging_release_letter,
    "midwife_growth_scan_referral": pa.midwife_growth_scan_referral,
    "custody_order_imaging_excerpt": pb.custody_order_imaging_excerpt,
    "harness_nursery_care_letter": pb.harness_nursery_care_letter,
    "cp_strategy_meeting_minutes": pb.cp_strategy_meeting_minutes,
    "mfm_anomaly_consult_letter": pb.mfm_anomaly_consult_letter,
    "nicu_parent_journal_entry": pb.nicu_parent_journal_entry,
    # structured
    "nicu_bedboard_tsv": sa.nicu_bedboard_tsv,
    "cranial_us_requisition": sa.cranial_us_requisition,
    "babygram_orm_hl7": sa.babygram_orm_hl7,
    "ob_biometry_worksheet": sa.ob_biometry_worksheet,
    "graf_hip_us_table": sa.graf_hip_us_table,
    "nbs_card_ocr": sb.nbs_card_ocr,
    "donor_milk_label_log": sb.donor_milk_label_log,
    "skeletal_survey_view_checklist": sb.skeletal_survey_view_checklist,
    "multiples_wristband_reconciliation": sb.multiples_wristband_reconciliation,
    "sedation_flowsheet_timeline": sb.sedation_flowsheet_timeline,
}
STYLES = list(_BUILDERS)
N_DOCS = 300
DEFAULT_OUT = HERE.parent / "external_v47.jsonl"


def style_for(i: int) -> str:
    return STYLES[i % len(STYLES)]


def build_document(i: int) -> dict:
    rng = random.Random(f"radgate-blind-corpus-47:{i}")
    style = style_for(i)
    doc, modality = _BUILDERS[style](rng)
    return doc.to_dict(f"blind47-{i:04d}", style, modality)


def render(docs: list[dict]) -> str:
    return "".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in docs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--check", action="store_true", help="exit 1 if --out differs from a fresh render")
    args = ap.parse_args(argv)
    text = render([build_document(i) for i in range(N_DOCS)])
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else None
        if current != text:
            print(f"{args.out} is stale; regenerate with make_corpus.py", file=sys.stderr)
            return 1
        print(f"{args.out} is up to date ({N_DOCS} documents)")
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({N_DOCS} documents)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
