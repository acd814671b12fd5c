"""Generate the blind45 corpus: identifiers in spoken form (call transcripts, dictation, voice logs).

    .venv/bin/python redaction/corpus/external_v45/make_corpus.py            # writes ../external_v45.jsonl
    .venv/bin/python redaction/corpus/external_v45/make_corpus.py --check    # exit 1 if the file differs
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

import b45_styles_a as sa  # noqa: E402
import b45_styles_b as sb  # noqa: E402
from b45_ctx import Clock, Ctx  # noqa: E402
from b45_speak import parse  # noqa: E402

_FUNCS = [
    sa.critical_result_phone_transcript, sa.voicemail_asr_spelled_callback, sa.sr_draft_identifier_readback,
    sa.interpreter_relay_scheduling_call, sa.ivr_confirmation_call_log, sa.call_centre_qa_transcript,
    sa.nurse_triage_line_recording, sa.telephone_consent_recording, sa.reading_room_voice_assistant_log,
    sa.tumour_board_conference_call, sb.patient_results_inquiry_call, sb.referring_office_prior_request_call,
    sb.pharmacy_contrast_allergy_callback, sb.ambulance_radio_patch, sb.operator_overhead_page_log,
    sb.two_identifier_readback_checklist, sb.film_library_courier_call, sb.dictated_addendum_spelled_names,
    sb.answering_service_after_hours_msg, sb.video_visit_autocaption_excerpt,
]
STYLES = [f.__name__ for f in _FUNCS]
_BY_NAME = dict(zip(STYLES, _FUNCS))
N_DOCS = 300
DEFAULT_OUT = HERE.parent / "external_v45.jsonl"


def style_for(i: int) -> str:
    """Round-robin over the 20 styles: 15 documents each."""
    return STYLES[i % len(STYLES)]


def build_document(i: int) -> dict:
    rng = random.Random(f"radgate-blind-corpus-45:{i}")
    style = style_for(i)
    ctx = Ctx(rng)
    marked = _BY_NAME[style](ctx, Clock(rng))
    text, phi, keep = parse(marked)
    return {"id": f"blind45-{i:04d}", "style": style, "modality": ctx.modality, "text": text,
            "phi": phi, "keep": keep}


def render(docs) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--check", action="store_true", help="exit 1 if the committed file differs")
    args = ap.parse_args(argv)
    content = render(build_document(i) for i in range(N_DOCS))
    if args.check:
        same = args.out.exists() and args.out.read_text(encoding="utf-8") == content
        print(f"{args.out}: {'up to date' if same else 'DIFFERS'}")
        return 0 if same else 1
    args.out.write_text(content, encoding="utf-8")
    print(f"wrote {N_DOCS} documents to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
