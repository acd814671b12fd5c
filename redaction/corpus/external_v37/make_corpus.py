"""Generate blind37: identity, access and operations text around imaging IT (logins built from names).

    .venv/bin/python redaction/corpus/external_v37/make_corpus.py            # write redaction/corpus/external_v37.jsonl
    .venv/bin/python redaction/corpus/external_v37/make_corpus.py --check    # exit 1 if the file is stale
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

import b37_prose_a as pa  # noqa: E402
import b37_prose_b as pb  # noqa: E402
import b37_struct_a as sa  # noqa: E402
import b37_struct_b as sb  # noqa: E402
from b37_core import Doc  # noqa: E402

REPO = HERE.parents[2]
N_DOCS = 300
_BUILDERS = {
    "idp_signin_jsonl": sa.idp_signin_jsonl,
    "radius_vpn_authlog": sa.radius_vpn_authlog,
    "pacs_linux_authlog_sudo": sa.pacs_linux_authlog_sudo,
    "win_security_evtx_xml": sa.win_security_evtx_xml,
    "ris_portal_accesslog": sa.ris_portal_accesslog,
    "sftp_outside_import_xfer": sb.sftp_outside_import_xfer,
    "pgaudit_ris_db_dump": sb.pgaudit_ris_db_dump,
    "jupyter_qa_dataframe": sb.jupyter_qa_dataframe,
    "pd_incident_timeline": sb.pd_incident_timeline,
    "snow_access_request_ticket": sb.snow_access_request_ticket,
    "privacy_breach_investigation": pa.privacy_breach_investigation,
    "access_review_attestation_memo": pa.access_review_attestation_memo,
    "sysadmin_shift_turnover": pa.sysadmin_shift_turnover,
    "phish_compromise_writeup": pa.phish_compromise_writeup,
    "data_migration_runbook": pa.data_migration_runbook,
    "vendor_integration_spec_prose": pb.vendor_integration_spec_prose,
    "tech_offboarding_notes": pb.tech_offboarding_notes,
    "radiologist_lockout_email": pb.radiologist_lockout_email,
    "fellow_lessons_blog": pb.fellow_lessons_blog,
    "kb_redaction_article": pb.kb_redaction_article,
}
STYLES = tuple(_BUILDERS)
assert len(STYLES) == 20


def style_for(i: int) -> str:
    return STYLES[(i - 1) % 20]


def build_document(i: int) -> dict:
    rng = random.Random(f"radgate-blind-corpus-37:{i}")
    style = style_for(i)
    d = Doc()
    modality = _BUILDERS[style](rng, d)
    text = d.text
    return {"id": f"blind37-{i:04d}", "style": style, "modality": modality, "text": text,
            "phi": sorted(d.phi, key=lambda s: s["start"]), "keep": sorted(d.keep, key=lambda s: s["start"])}


def render(docs: list[dict]) -> str:
    return "".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in docs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(REPO / "redaction" / "corpus" / "external_v37.jsonl"))
    ap.add_argument("--check", action="store_true", help="exit 1 if the file differs from the generator")
    args = ap.parse_args(argv)
    out = Path(args.out)
    data = render([build_document(i) for i in range(1, N_DOCS + 1)])
    if args.check:
        if not out.exists() or out.read_text(encoding="utf-8") != data:
            print(f"{out} is stale; regenerate", file=sys.stderr)
            return 1
        print(f"{out} is up to date")
        return 0
    out.write_text(data, encoding="utf-8")
    print(f"wrote {N_DOCS} documents to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
