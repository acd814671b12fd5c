"""Generate redaction/corpus/external_v42.jsonl: text that passed through two or more systems on its way.

    python3 redaction/corpus/external_v42/make_corpus.py            # write ../external_v42.jsonl
    python3 redaction/corpus/external_v42/make_corpus.py --check    # exit 1 if the file differs
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import b42_prose as PR  # noqa: E402
import b42_struct as ST  # noqa: E402
from b42_case import Case  # noqa: E402
from b42_core import finalize  # noqa: E402

PROSE = ["forwarded_fax_ocr_email_qp", "outlook_reply_chain_html_entities", "voicemail_to_email_transcript_qp",
         "secure_message_relay_mbox", "mailing_list_digest_quoted", "ocr_of_printed_email", "xml_cdata_rtf_letter",
         "sms_webhook_form_post_reply", "ticket_comment_hl7_obx_paste", "chat_paste_worklist_ocr"]
STRUCTURED = ["json_log_html_escaped_note", "audit_csv_form_encoded_message", "pdf_text_scanned_requisition",
              "csv_multiline_cell_emailed", "wiki_markdown_table_json", "double_escaped_json_in_json",
              "mime_alternative_twin_bodies", "teams_export_json_with_html", "sharepoint_list_export_xml",
              "ehr_inbasket_print_to_pdf_text"]
STYLES = [s for pair in zip(PROSE, STRUCTURED) for s in pair]
N_DOCS = 300
MODALITY = {"MR": "MR", "CT": "CT", "US": "US", "XR": "XR", "MG": "MG"}


def style_for(i: int) -> str:
    return STYLES[(i - 1) % 20]


def build_document(i: int) -> dict:
    rng = random.Random(f"radgate-blind-corpus-42:{i}")
    style = style_for(i)
    case = Case(rng)
    fn = getattr(PR, style, None) or getattr(ST, style)
    text, phi, keep = finalize(fn(rng, case))
    return {"id": f"blind42-{i:04d}", "style": style, "modality": MODALITY[case.mod], "text": text, "phi": phi, "keep": keep}


def render(docs) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "external_v42.jsonl"))
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args(argv)
    out = Path(args.out)
    if not out.is_absolute():
        out = out.resolve()
    data = render(build_document(i) for i in range(1, N_DOCS + 1))
    if args.check:
        ok = out.exists() and out.read_text(encoding="utf-8") == data
        print(f"{out}: {'up to date' if ok else 'DIFFERS'}")
        return 0 if ok else 1
    out.write_text(data, encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
