"""Generate the blind35 PHI evaluation corpus: machine-made and engineering text that carries patient data.

    .venv/bin/python redaction/corpus/external_v35/make_corpus.py            # write ../external_v35.jsonl
    .venv/bin/python redaction/corpus/external_v35/make_corpus.py --check    # exit 1 if the committed file is stale
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import b35_prose_a as pa  # noqa: E402
import b35_prose_b as pb  # noqa: E402
import b35_struct_a as sa  # noqa: E402
import b35_struct_b as sb  # noqa: E402
from b35_core import Ctx, parse  # noqa: E402

N_DOCS = 300
_BUILDERS = {
    "java_stacktrace_log": sa.java_stacktrace_log,
    "interface_incident_writeup": pa.interface_incident_writeup,
    "mirth_channel_log": sa.mirth_channel_log,
    "git_commit_log": pa.git_commit_log,
    "dicom_cfind_log": sa.dicom_cfind_log,
    "code_review_thread": pa.code_review_thread,
    "ldif_staff_export": sa.ldif_staff_export,
    "migration_postmortem": pa.migration_postmortem,
    "kafka_event_dump": sa.kafka_event_dump,
    "vendor_support_email": pa.vendor_support_email,
    "curl_ris_dump": sb.curl_ris_dump,
    "cab_minutes": pb.cab_minutes,
    "zpl_label_source": sb.zpl_label_source,
    "dictation_crash_email": pb.dictation_crash_email,
    "splunk_results": sb.splunk_results,
    "handwritten_req_ocr": pb.handwritten_req_ocr,
    "dedupe_candidates_csv": sb.dedupe_candidates_csv,
    "match_review_notes": pb.match_review_notes,
    "llm_proxy_jsonl": sb.llm_proxy_jsonl,
    "pentest_finding": pb.pentest_finding,
}
STYLES = list(_BUILDERS)
PROSE = {"interface_incident_writeup", "git_commit_log", "code_review_thread", "migration_postmortem", "vendor_support_email",
         "cab_minutes", "dictation_crash_email", "handwritten_req_ocr", "match_review_notes", "pentest_finding"}


def style_for(i: int) -> str:
    return STYLES[(i - 1) % len(STYLES)]


def build_document(i: int) -> dict:
    rng = random.Random(f"radgate-blind-corpus-35:{i}")
    style = style_for(i)
    ctx = Ctx(rng)
    text, phi, keep = parse(_BUILDERS[style](ctx))
    return {"id": f"blind35-{i:04d}", "style": style, "modality": ctx.mod, "text": text, "phi": phi, "keep": keep}


def render(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE.parent / "external_v35.jsonl")
    ap.add_argument("--check", action="store_true", help="exit 1 if the file differs from the generator output")
    args = ap.parse_args(argv)
    content = render([build_document(i) for i in range(1, N_DOCS + 1)])
    if args.check:
        ok = args.out.exists() and args.out.read_text(encoding="utf-8") == content
        print(f"{args.out}: {'up to date' if ok else 'STALE'}")
        return 0 if ok else 1
    args.out.write_text(content, encoding="utf-8")
    print(f"wrote {N_DOCS} documents to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
