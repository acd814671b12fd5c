"""Generate redaction/corpus/external_v46.jsonl: LLM traffic as machines record and emit it.

    .venv/bin/python redaction/corpus/external_v46/make_corpus.py            # write the corpus
    .venv/bin/python redaction/corpus/external_v46/make_corpus.py --check    # exit 1 if the file is stale
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

import b46_logs as L
import b46_outputs as O
import b46_wire as W
from b46_common import new_case
from b46_segs import render as render_segs

N_DOCS = 300
_STYLE_FUNCS = {
    # model outputs
    "llm_md_bold_label_draft": O.md_bold_labels,
    "llm_think_block_impression": O.think_block,
    "llm_code_fenced_report_reply": O.code_fenced,
    "llm_json_mode_extraction": O.json_mode,
    "sdk_parsed_structured_output_repr": O.structured_parsed,
    "llm_md_prior_table_summary": O.md_table,
    "llm_lay_letter_markdown_draft": O.patient_letter,
    "llm_critical_result_numbered_note": O.critical_note,
    "llm_chat_signout_list": O.chat_signout,
    # provider wire formats
    "oai_tool_call_escaped_arguments": W.oai_tool_call,
    "oai_sse_delta_stream": W.oai_sse,
    "anthropic_sse_event_stream": W.anthropic_sse,
    "gemini_generatecontent_roundtrip": W.gemini_roundtrip,
    "oai_batch_input_jsonl": W.batch_jsonl,
    "embeddings_request_chunks": W.embeddings_req,
    # gateway / SDK logs
    "sdk_debug_repr_request_log": L.py_repr_log,
    "otel_genai_span_export": L.otel_span,
    "langchain_llamaindex_trace": L.langchain_trace,
    "gateway_retry_error_jsonl": L.retry_errors,
    "tokenizer_piece_dump": L.tokenizer_dump,
}
STYLES = list(_STYLE_FUNCS)
DEFAULT_OUT = Path("redaction/corpus/external_v46.jsonl")


def style_for(i: int) -> str:
    return STYLES[i % len(STYLES)]


def build_document(i: int) -> dict:
    rng = random.Random(f"radgate-blind-corpus-46:{i}")
    style = style_for(i)
    case, study = new_case(rng)
    text, phi, keep = render_segs(_STYLE_FUNCS[style](rng, case, study))
    return {"id": f"blind46-{i:04d}", "style": style, "modality": study.modality, "text": text, "phi": phi, "keep": keep}


def render(docs: list[dict]) -> str:
    return "".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in docs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--check", action="store_true", help="exit 1 if --out differs from a fresh render")
    args = ap.parse_args(argv)
    fresh = render([build_document(i) for i in range(N_DOCS)])
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else None
        if current != fresh:
            print(f"{args.out} is stale; regenerate with {Path(__file__).name}")
            return 1
        print(f"{args.out} is up to date")
        return 0
    args.out.write_text(fresh, encoding="utf-8")
    print(f"wrote {N_DOCS} documents to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
