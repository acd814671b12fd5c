"""Generate redaction/corpus/external_v50.jsonl: long compiled records (many documents of one patient in one text).

    .venv/bin/python redaction/corpus/external_v50/make_corpus.py            # write
    .venv/bin/python redaction/corpus/external_v50/make_corpus.py --check    # exit 1 if the file is stale
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import json  # noqa: E402

import b50_prose_a as pa  # noqa: E402
import b50_prose_b as pb  # noqa: E402
import b50_struct_a as sa  # noqa: E402
import b50_struct_b as sb  # noqa: E402
from b50_exams import EXAMS  # noqa: E402
from b50_markup import parse, vlen  # noqa: E402

_FUNCS = {
    # prose
    "prior_packet_paged_footer": pa.prior_packet_paged,
    "referral_packet_cover_letter": pa.referral_packet,
    "second_opinion_family_bundle": pa.second_opinion_bundle,
    "tumour_board_prep_dossier": pa.tumour_board_dossier,
    "disability_exhibit_compilation": pa.disability_compilation,
    "interfacility_transfer_packet": pb.transfer_packet,
    "longitudinal_imaging_narrative": pb.imaging_history_narrative,
    "llm_prompt_markdown_priors": pb.llm_prompt_markdown,
    "email_forward_pasted_reports": pb.email_forward_chain,
    "mammo_history_with_letters": pb.mammo_history_letters,
    # structured
    "recist_longitudinal_grid": sa.recist_grid,
    "ris_exam_history_printout": sa.ris_history,
    "hl7_oru_batch_history": sa.hl7_batch,
    "fhir_searchset_report_bundle": sa.fhir_bundle,
    "xds_registry_query_listing": sa.xds_listing,
    "bates_records_production": sb.bates_production,
    "payer_claims_history_ledger": sb.claims_ledger,
    "csv_priors_export_multiline": sb.csv_priors,
    "json_patient_timeline_payload": sb.json_timeline,
    "dicom_cfind_history_dump": sb.dicom_qr_dump,
}
STYLES = list(_FUNCS)
N_DOCS = 300
MIN_CHARS, MAX_CHARS = 4000, 12000
DEFAULT_OUT = HERE.parent / "external_v50.jsonl"


def style_for(i: int) -> str:
    return STYLES[i % len(STYLES)]


def build_document(i: int) -> dict:
    rng = random.Random(f"radgate-blind-corpus-50:{i}")
    style = style_for(i)
    marked = w = None
    for _ in range(12):
        target = int(rng.triangular(4700, 11600, 7000))
        marked, w = _FUNCS[style](rng, target)
        if MIN_CHARS <= vlen(marked) <= MAX_CHARS:
            break
    text, phi, keep = parse(marked)
    return {"id": f"blind50-{i:04d}", "style": style, "modality": EXAMS[w.studies[-1].key][1],
            "text": text, "phi": phi, "keep": keep}


def render(docs: list[dict]) -> str:
    return "".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in docs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--check", action="store_true", help="exit 1 if --out differs from a fresh render")
    args = ap.parse_args(argv)
    fresh = render([build_document(i) for i in range(N_DOCS)])
    if args.check:
        same = args.out.exists() and args.out.read_text(encoding="utf-8") == fresh
        print(f"{args.out}: {'up to date' if same else 'STALE'}")
        return 0 if same else 1
    args.out.write_text(fresh, encoding="utf-8")
    print(f"wrote {args.out} ({N_DOCS} documents)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
