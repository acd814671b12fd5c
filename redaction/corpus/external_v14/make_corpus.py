"""Generate the blind14 corpus: 300 radiology-adjacent documents with PHI and keep spans recorded as text is built.

    python redaction/corpus/external_v14/make_corpus.py [--out PATH] [--check]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE.parent / "external_v14.jsonl"  # written as blind14.jsonl; spent in session 7
N_DOCS = 300
SEED = "radgate-blind-corpus-14"
_MODULES = ["b14_core", "b14_names", "b14_styles1", "b14_styles2", "b14_styles3", "b14_styles4", "b14_styles5"]


def _load(name: str, path: Path):
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


for _m in _MODULES:
    _load(_m, HERE / f"{_m}.py")

C = sys.modules["b14_core"]
_S1, _S2, _S3, _S4, _S5 = (sys.modules[f"b14_styles{i}"] for i in range(1, 6))

_BUILDERS = {
    "radonc_sim": _S1.radonc_sim, "recist_table": _S1.recist_table, "portal_message": _S1.portal_message,
    "interpreter_call": _S1.interpreter_call,
    "prior_auth_letter": _S2.prior_auth_letter, "resident_caselog": _S2.resident_caselog,
    "research_screening": _S2.research_screening, "transfer_center": _S2.transfer_center,
    "ob_ultrasound": _S3.ob_ultrasound, "peds_guardian": _S3.peds_guardian, "cardiac_imaging": _S3.cardiac_imaging,
    "stroke_timeline": _S3.stroke_timeline,
    "contrast_reaction": _S4.contrast_reaction, "incident_report": _S4.incident_report,
    "sms_scheduling": _S4.sms_scheduling, "hospice_note": _S4.hospice_note,
    "vet_mixup": _S5.vet_mixup, "intl_commonwealth": _S5.intl_commonwealth, "intl_mena_africa": _S5.intl_mena_africa,
    "image_share_request": _S5.image_share_request,
}
STYLES = list(_BUILDERS)


def style_for(i: int) -> str:
    """Style of 1-based document i (round robin over STYLES)."""
    return STYLES[(i - 1) % len(STYLES)]


def build_document(i: int) -> dict:
    """Document i (1-based); deterministic for a given i."""
    r = random.Random(f"{SEED}:{i}")
    style = style_for(i)
    d = C.Doc()
    modality = _BUILDERS[style](r, d)
    return {"id": f"blind14-{i:04d}", "style": style, "modality": modality, "text": d.text(),
            "phi": d.phi, "keep": d.keep}


def render() -> str:
    """The whole corpus as JSONL text."""
    return "".join(json.dumps(build_document(i), ensure_ascii=False) + "\n" for i in range(1, N_DOCS + 1))


def _checker():
    return _load("b14_check_corpus", HERE.parent / "check_corpus.py")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--check", action="store_true", help="run check_corpus.py on the output")
    args = ap.parse_args(argv)
    args.out.write_text(render(), encoding="utf-8")
    print(f"wrote {N_DOCS} documents to {args.out}")
    if args.check:
        return _checker().main([str(args.out)])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
