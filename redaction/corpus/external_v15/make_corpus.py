"""Generate the blind15 PHI test corpus (300 documents, 20 styles) for radiology de-identification.

    python3 redaction/corpus/external_v15/make_corpus.py [--out PATH] [--check]

Every span is recorded while its text is appended (never searched for afterwards). Document i is built from
random.Random(f"radgate-blind-corpus-15:{i}"), so reruns are byte-identical.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE.parent / "external_v15.jsonl"  # written as blind15.jsonl; spent in session 7
CHECKER = HERE.parent / "check_corpus.py"
N_DOCS = 300


def _load(name: str, path: Path):
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


core = _load("b15_core", HERE / "b15_core.py")
sa = _load("b15_styles_a", HERE / "b15_styles_a.py")
sb = _load("b15_styles_b", HERE / "b15_styles_b.py")
checker = _load("b15_check_corpus", CHECKER)

_BUILDERS = {
    "asr_dictation_corrections": (sa.s_dictation, "MR"), "attorney_records_request": (sa.s_lawyer, "XR"),
    "workers_comp_ime": (sa.s_ime, "MR"), "genetic_pedigree_prose": (sa.s_pedigree, "MR"),
    "living_donor_workup": (sa.s_transplant, "CT"), "sports_clearance": (sa.s_sports, "MR"),
    "immigration_panel_cxr": (sa.s_immigration, "XR"), "trial_sae_narrative": (sa.s_trial_ae, "CT"),
    "pacs_audit_csv": (sa.s_audit, "CT"), "residency_block_schedule": (sa.s_rotation, "CT"),
    "nighthawk_signout": (sb.s_handoff, "CT"), "field_service_report": (sb.s_service, "MR"),
    "department_newsletter": (sb.s_newsletter, "CT"), "complaint_resolution_letter": (sb.s_complaint, "MR"),
    "deceased_records_request": (sb.s_death, "CT"), "forensic_postmortem_ct": (sb.s_forensic, "CT"),
    "orthodontic_ceph": (sb.s_dental, "XR"), "physio_chiro_referral": (sb.s_physio, "MR"),
    "mobile_xray_van_log": (sb.s_van, "XR"), "ophthalmic_oct": (sb.s_oct, "US"),
}
STYLES = list(_BUILDERS)


def style_for(i: int) -> str:
    return STYLES[(i - 1) % len(STYLES)]


def build_document(i: int) -> dict:
    """Document i (1-based). If a draw makes a value recur unannotated, redraw from the same seeded stream."""
    rng = random.Random(f"radgate-blind-corpus-15:{i}")
    style = style_for(i)
    fn, modality = _BUILDERS[style]
    for _ in range(50):
        d = core.Doc()
        fn(d, rng)
        doc = {"id": f"blind15-{i:04d}", "style": style, "modality": modality, "text": d.text(),
               "phi": d.phi, "keep": d.keep}
        if not checker.check_document(doc):
            return doc
    raise RuntimeError(f"document {i}: no valid draw")


def render() -> str:
    return "".join(json.dumps(build_document(i), ensure_ascii=False) + "\n" for i in range(1, N_DOCS + 1))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--check", action="store_true", help="run check_corpus.py on the output")
    args = ap.parse_args(argv)
    args.out.write_text(render(), encoding="utf-8")
    print(f"wrote {N_DOCS} documents to {args.out}")
    if args.check:
        n, problems = checker.check_file(args.out)
        for p in problems[:50]:
            print(p)
        print(f"{args.out}: {n} documents, {len(problems)} problems")
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
