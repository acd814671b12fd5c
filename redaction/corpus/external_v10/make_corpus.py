"""Generate the blind10 PHI-redaction corpus (300 documents, 20 styles x 15).

    .venv/bin/python redaction/corpus/external_v10/make_corpus.py    # write redaction/corpus/external_v10.jsonl
    .venv/bin/python redaction/corpus/external_v10/make_corpus.py --out PATH      # write PATH
    .venv/bin/python redaction/corpus/external_v10/make_corpus.py --check --out PATH
                                                       # exit 1 if PATH differs from what would be written

Document i (1-based) is built with ``random.Random(f"radgate-blind-corpus-10:{i}")``; the style is fixed by i.
The sibling ``b10_*.py`` modules are loaded by path, so this works as a script or via importlib.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE.parent / "external_v10.jsonl"
SEED = "radgate-blind-corpus-10"
N_DOCS = 300

_MODULES = ["b10_markup", "b10_pools", "b10_cast", "b10_dates", "b10_clinical", "b10_scene",
            "b10_styles_imaging", "b10_styles_records", "b10_styles_comms", "b10_styles_ops"]


def _load(name: str):
    path = HERE / f"{name}.py"
    mod = sys.modules.get(name)
    if mod is not None and Path(getattr(mod, "__file__", "") or "").resolve() == path:
        return mod
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod          # siblings import each other by these names
    spec.loader.exec_module(mod)
    return mod


_mods = {name: _load(name) for name in _MODULES}
markup = _mods["b10_markup"]
_img, _rec, _com, _ops = (_mods[n] for n in ("b10_styles_imaging", "b10_styles_records", "b10_styles_comms", "b10_styles_ops"))

# style name -> builder(rng) -> (marked text, modality).  Order fixes which ids get which style.
STYLES = {
    "ob_us_report": _img.ob_us_report,
    "fax_roi_request": _rec.fax_roi_request,
    "scheduling_sms": _com.scheduling_sms,
    "pacs_audit_log": _ops.pacs_audit_log,
    "peds_us_report": _img.peds_us_report,
    "legal_records_request": _rec.legal_records_request,
    "patient_voice_message": _com.patient_voice_message,
    "registry_extract": _ops.registry_extract,
    "vascular_worksheet": _img.vascular_worksheet,
    "comp_disability_form": _rec.comp_disability_form,
    "breast_callback": _com.breast_callback,
    "peer_learning_slide": _ops.peer_learning_slide,
    "cardiac_ct_report": _img.cardiac_ct_report,
    "prior_auth_call": _rec.prior_auth_call,
    "intl_referral_letter": _com.intl_referral_letter,
    "sports_msk_note": _ops.sports_msk_note,
    "radonc_sim_note": _img.radonc_sim_note,
    "postmortem_ct": _rec.postmortem_ct,
    "hospice_homehealth_referral": _com.hospice_homehealth_referral,
    "orders_and_signout": _ops.orders_and_signout,
}
STYLE_NAMES = list(STYLES)


def style_for(i: int) -> str:
    return STYLE_NAMES[(i - 1) % len(STYLE_NAMES)]


def build_document(i: int) -> dict:
    """Document i (1..300) as a dict with id, style, modality, text, phi and keep."""
    if not 1 <= i <= N_DOCS:
        raise ValueError(f"document index out of range: {i}")
    rng = random.Random(f"{SEED}:{i}")
    style = style_for(i)
    marked, modality = STYLES[style](rng)
    marked = marked.strip() + "\n"
    text, phi, keep = markup.strip_marks(marked)
    return {"id": f"blind10-{i:04d}", "style": style, "modality": modality, "text": text, "phi": phi, "keep": keep}


def render() -> str:
    """The whole corpus as JSONL text."""
    return "".join(json.dumps(build_document(i), ensure_ascii=False) + "\n" for i in range(1, N_DOCS + 1))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--check", action="store_true", help="exit 1 if --out differs from the generated corpus")
    args = ap.parse_args(argv)
    data = render()
    if args.check:
        try:
            current = args.out.read_text(encoding="utf-8")
        except OSError:
            current = None
        if current != data:
            print(f"{args.out}: stale or missing (regenerate with make_corpus.py)")
            return 1
        print(f"{args.out}: up to date")
        return 0
    args.out.write_text(data, encoding="utf-8")
    print(f"wrote {N_DOCS} documents to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
