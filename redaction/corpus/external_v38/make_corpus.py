"""Generate blind38: prompts and conversations sent to LLM drafting assistants (300 annotated documents).

    .venv/bin/python redaction/corpus/external_v38/make_corpus.py            # writes redaction/corpus/external_v38.jsonl
    .venv/bin/python redaction/corpus/external_v38/make_corpus.py --check    # exit 1 if the file differs
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import b38_prose_a as pa  # noqa: E402
import b38_prose_b as pb  # noqa: E402
import b38_struct_a as sa  # noqa: E402
import b38_struct_b as sb  # noqa: E402
from b38_clin import exam  # noqa: E402
from b38_core import Doc  # noqa: E402
from b38_pools import Ctx  # noqa: E402

REPO = HERE.parents[2]
N_DOCS = 300
_BUILDERS = {
    "oai_chat_completions_request": sa.oai_request,
    "chatml_im_token_prompt": sa.chatml,
    "llama_inst_fewshot_reports": sa.llama_inst,
    "rag_prior_tagged_context": sa.rag_priors,
    "function_call_arguments_json": sa.tool_args,
    "json_schema_output_request": sb.schema_request,
    "rendered_template_leftover_vars": sb.rendered_template,
    "eval_harness_case_row": sb.eval_row,
    "promptops_usage_log_csv": sb.prompt_log,
    "user_assistant_echo_draft": sb.echo_transcript,
    "rad_asks_dictation_tidy": pa.dictation_tidy,
    "resident_asks_ddx_pasted_case": pa.resident_ddx,
    "tech_asks_prep_letter": pa.tech_prep_letter,
    "referrer_asks_outside_compare": pa.outside_compare,
    "family_language_rewrite_ask": pa.family_translation,
    "tracker_reminder_letter_ask": pb.followup_letter,
    "injection_in_pasted_osh_report": pb.injected_outside,
    "multiturn_prior_date_fix": pb.multiturn_fix,
    "phone_call_addendum_ask": pb.phone_addendum,
    "qa_two_reader_discrepancy_ask": pb.qa_discrepancy,
}
STYLES = tuple(_BUILDERS)
assert len(STYLES) == 20


def style_for(i: int) -> str:
    return STYLES[(i - 1) % 20]


def build_document(i: int) -> dict:
    r = random.Random(f"radgate-blind-corpus-38:{i}")
    style = style_for(i)
    c = Ctx(r)
    d = Doc()
    _BUILDERS[style](c, r, d)
    _, mod = exam(r)
    text = d.text()
    phi = sorted(d.phi, key=lambda s: s["start"])
    keep = sorted(d.keep, key=lambda s: s["start"])
    return {"id": f"blind38-{i:04d}", "style": style, "modality": mod, "text": text,
            "phi": [{"start": s["start"], "end": s["end"], "type": s["type"], "text": s["text"]} for s in phi],
            "keep": [{"start": s["start"], "end": s["end"], "label": s["label"], "text": s["text"]} for s in keep]}


def render(docs) -> str:
    return "".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in docs)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(REPO / "redaction" / "corpus" / "external_v38.jsonl"))
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args(argv)
    out = Path(a.out)
    if not out.is_absolute():
        out = REPO / out
    data = render([build_document(i) for i in range(1, N_DOCS + 1)])
    if a.check:
        ok = out.exists() and out.read_text(encoding="utf-8") == data
        print(f"{out}: {'up to date' if ok else 'DIFFERS from generator'}")
        return 0 if ok else 1
    out.write_text(data, encoding="utf-8")
    print(f"wrote {out} ({N_DOCS} documents)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
