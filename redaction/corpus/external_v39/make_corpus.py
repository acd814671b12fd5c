"""Generate blind39: encoded and escaped radiology text (HTML, QP, JSON, URL, RTF, XML, CSV, SQL, YAML, logs).

    .venv/bin/python redaction/corpus/external_v39/make_corpus.py            # writes redaction/corpus/external_v39.jsonl
    .venv/bin/python redaction/corpus/external_v39/make_corpus.py --check    # exit 1 if the file is stale
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

import b39_prose_a as pa  # noqa: E402
import b39_prose_b as pb  # noqa: E402
import b39_struct_a as sa  # noqa: E402
import b39_struct_b as sb  # noqa: E402
from b39_core import finalize  # noqa: E402
from b39_pools import make_ctx  # noqa: E402

REPO = HERE.parents[2]
N_DOCS = 300
_FUNCS = {
    "qp_result_notify_eml": sa.qp_result_notify_eml,
    "portal_results_html_page": sa.portal_results_html_page,
    "rtf_dictated_report_file": sa.rtf_dictated_report_file,
    "api_payload_escaped_body": sa.api_payload_escaped_body,
    "order_form_urlencoded_post": sa.order_form_urlencoded_post,
    "csv_multiline_comment_export": sb.csv_multiline_comment_export,
    "xml_cdata_result_message": sb.xml_cdata_result_message,
    "yaml_folded_case_record": sb.yaml_folded_case_record,
    "sql_referral_insert_dump": sb.sql_referral_insert_dump,
    "applog_nested_json_event": sb.applog_nested_json_event,
    "html_referrer_email_letter": pa.html_referrer_email_letter,
    "qp_patient_complaint_body": pa.qp_patient_complaint_body,
    "rtf_discharge_paragraph": pa.rtf_discharge_paragraph,
    "json_escaped_dictation_fix": pa.json_escaped_dictation_fix,
    "urlenc_family_feedback_msg": pa.urlenc_family_feedback_msg,
    "csv_nurse_narrative_cell": pb.csv_nurse_narrative_cell,
    "xml_escaped_peer_comment": pb.xml_escaped_peer_comment,
    "md_json_rad_chat_msg": pb.md_json_rad_chat_msg,
    "sms_gateway_pctenc_log": pb.sms_gateway_pctenc_log,
    "html_entity_ed_note": pb.html_entity_ed_note,
}
STYLES = tuple(_FUNCS)


def style_for(i: int) -> str:
    return STYLES[(i - 1) % 20]


def build_document(i: int) -> dict:
    rng = random.Random(f"radgate-blind-corpus-39:{i}")
    style = style_for(i)
    modality = rng.choice(["CT", "MR", "US", "XR", "MG"])
    ctx = make_ctx(rng, modality)
    text, phi, keep = finalize(_FUNCS[style](rng, ctx))
    return {"id": f"blind39-{i:04d}", "style": style, "modality": modality, "text": text, "phi": phi, "keep": keep}


def render(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=str(REPO / "redaction" / "corpus" / "external_v39.jsonl"))
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args(argv)
    out = Path(args.out)
    want = render([build_document(i) for i in range(1, N_DOCS + 1)])
    if args.check:
        have = out.read_text(encoding="utf-8") if out.exists() else ""
        if have != want:
            print(f"{out} is stale; regenerate with make_corpus.py")
            return 1
        print(f"{out} is up to date")
        return 0
    out.write_text(want, encoding="utf-8")
    print(f"wrote {N_DOCS} documents to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
