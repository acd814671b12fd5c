"""Generate redaction/corpus/external_v49.jsonl: identifiers inside file names, paths, folder trees and storage keys.

    .venv/bin/python redaction/corpus/external_v49/make_corpus.py            # write
    .venv/bin/python redaction/corpus/external_v49/make_corpus.py --check    # exit 1 if the file is stale
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

import b49_styles_a as sa  # noqa: E402
import b49_styles_b as sb  # noqa: E402
import b49_styles_c as sc  # noqa: E402
import b49_styles_d as sd  # noqa: E402

_BUILDERS = {
    # structured
    "tree_export_listing": sa.tree_export_listing,
    "ls_lr_vna_staging": sa.ls_lr_vna_staging,
    "win_dir_s_cd_burn": sa.win_dir_s_cd_burn,
    "dicomdir_cd_listing": sa.dicomdir_cd_listing,
    "archive_manifest_unzip_tar": sa.archive_manifest_unzip_tar,
    "rsync_robocopy_transfer_log": sb.rsync_robocopy_transfer_log,
    "cloud_blob_key_listing": sb.cloud_blob_key_listing,
    "dcm2niix_bids_conversion_log": sb.dcm2niix_bids_conversion_log,
    "watch_folder_ingest_log": sb.watch_folder_ingest_log,
    "fax_print_job_queue": sb.fax_print_job_queue,
    # prose
    "file_move_delete_ticket": sc.file_move_delete_ticket,
    "misfiled_folder_audit_note": sc.misfiled_folder_audit_note,
    "research_assistant_path_instructions": sc.research_assistant_path_instructions,
    "email_attachment_names_thread": sc.email_attachment_names_thread,
    "sharepoint_link_team_message": sc.sharepoint_link_team_message,
    "scan_naming_convention_memo": sd.scan_naming_convention_memo,
    "screenshot_filename_chat": sd.screenshot_filename_chat,
    "research_repo_git_leak_review": sd.research_repo_git_leak_review,
    "crash_tempfile_incident_writeup": sd.crash_tempfile_incident_writeup,
    "cron_cleanup_output_email": sd.cron_cleanup_output_email,
}
STYLES = list(_BUILDERS)
N_DOCS = 300
DEFAULT_OUT = Path("redaction/corpus/external_v49.jsonl")


def style_for(i: int) -> str:
    return STYLES[i % len(STYLES)]


def build_document(i: int) -> dict:
    rng = random.Random(f"radgate-blind-corpus-49:{i}")
    style = style_for(i)
    doc = _BUILDERS[style](rng)
    return {"id": f"blind49-{i:04d}", "style": style, "modality": getattr(doc, "modality", "CT"),
            "text": doc.text, "phi": doc.phi, "keep": doc.keep}


def render(docs: list[dict]) -> str:
    return "".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in docs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--check", action="store_true", help="exit 1 if --out differs from a fresh render")
    args = ap.parse_args(argv)
    text = render([build_document(i) for i in range(N_DOCS)])
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else None
        if current != text:
            print(f"{args.out} is stale; regenerate with make_corpus.py", file=sys.stderr)
            return 1
        print(f"{args.out}: up to date ({N_DOCS} documents)")
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({N_DOCS} documents)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
