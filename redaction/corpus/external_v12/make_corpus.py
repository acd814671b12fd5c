"""Generate the blind12 PHI-redaction test corpus (300 documents, 20 styles, standard library only).

    python redaction/corpus/external_v12/make_corpus.py            # writes redaction/corpus/external_v12.jsonl
    python redaction/corpus/external_v12/make_corpus.py --check    # exit 1 if the file is missing or stale
    python redaction/corpus/external_v12/make_corpus.py --out PATH [--check]

Document i (1-based) is built with ``random.Random(f"radgate-blind-corpus-12:{i}")`` by the builder of
``style_for(i)``; the builder writes marked text and ``b12_core.strip_marks`` turns it into text plus spans.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
N_DOCS = 300
SEED_PREFIX = "radgate-blind-corpus-12"
DEFAULT_OUT = HERE.parent / "external_v12.jsonl"


def _load(name: str):
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


core = _load("b12_core")
_A, _B, _C, _D, _E = (_load(f"b12_styles_{x}") for x in "abcde")

STYLES = {
    "critical_result_call": _A.critical_call,
    "us_tech_worksheet": _A.us_worksheet,
    "mqsa_outcome_audit": _A.mqsa_audit,
    "ir_timeout_checklist": _A.ir_timeout,
    "nm_dose_log": _B.nm_dose_log,
    "mri_safety_screen": _B.mri_safety,
    "ct_dose_alert": _B.ct_dose_alert,
    "military_va_report": _B.military_va,
    "correctional_transport": _C.correctional_transport,
    "sports_occ_clearance": _C.clearance_form,
    "patient_complaint_letter": _C.complaint_letter,
    "payer_peer_to_peer": _C.peer_to_peer,
    "intl_outside_overread": _D.outside_overread,
    "telerad_worklist": _D.telerad_worklist,
    "radiologist_chat": _D.rad_chat,
    "voice_recognition_draft": _D.voice_draft,
    "peds_nai_skeletal_survey": _E.peds_nai_survey,
    "postmortem_ct": _E.postmortem_ct,
    "deid_failure_report": _E.deid_failure,
    "medicare_provincial_form": _E.payer_form,
}
_NAMES = list(STYLES)


def style_for(i: int) -> str:
    """Style of document i (1-based): round robin, so each of the 20 styles gets 15 documents."""
    if not 1 <= i <= N_DOCS:
        raise ValueError(f"document index out of range: {i}")
    return _NAMES[(i - 1) % len(_NAMES)]


def rng_for(i: int) -> random.Random:
    return random.Random(f"{SEED_PREFIX}:{i}")


def build_document(i: int) -> dict:
    style = style_for(i)
    built = STYLES[style](rng_for(i))
    text, phi, keep = core.strip_marks(built["marked"])
    return {"id": f"blind12-{i:04d}", "style": style, "modality": built["modality"], "text": text, "phi": phi, "keep": keep}


def render() -> str:
    return "".join(json.dumps(build_document(i), ensure_ascii=False) + "\n" for i in range(1, N_DOCS + 1))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--check", action="store_true", help="exit 1 if --out is missing or differs from what would be written")
    args = ap.parse_args(argv)
    content = render()
    if args.check:
        if not args.out.exists():
            print(f"{args.out}: missing")
            return 1
        if args.out.read_text(encoding="utf-8") != content:
            print(f"{args.out}: stale (regenerate with make_corpus.py)")
            return 1
        print(f"{args.out}: up to date")
        return 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(content, encoding="utf-8")
    print(f"wrote {args.out} ({N_DOCS} documents)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
