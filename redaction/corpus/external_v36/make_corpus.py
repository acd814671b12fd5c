"""Generate blind36: 300 documents written by people outside radiology about a patient's imaging.

    .venv/bin/python redaction/corpus/external_v36/make_corpus.py            # write ../external_v36.jsonl
    .venv/bin/python redaction/corpus/external_v36/make_corpus.py --check    # exit 1 if the file is stale
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import b36_prose_a as pa  # noqa: E402
import b36_prose_b as pb  # noqa: E402
import b36_struct_a as sa  # noqa: E402
import b36_struct_b as sb  # noqa: E402
from b36_core import parse  # noqa: E402

N = 36
N_DOCS = 300
BUILDERS = {
    "neighbour_carer_letter": pa.neighbour_carer_letter,
    "community_paramedic_form": sa.community_paramedic_form,
    "parish_nurse_visit_note": pa.parish_nurse_visit_note,
    "pharmacist_contrast_interaction": sa.pharmacist_contrast_interaction,
    "gp_practice_reply_letter": pa.gp_practice_reply_letter,
    "dietitian_barium_prep": sa.dietitian_barium_prep,
    "nursing_student_reflection": pa.nursing_student_reflection,
    "chiro_imaging_request": sa.chiro_imaging_request,
    "patient_blog_post": pa.patient_blog_post,
    "physio_discharge_form": sa.physio_discharge_form,
    "ship_medic_email": pb.ship_medic_email,
    "rural_health_worker_register": sb.rural_health_worker_register,
    "court_guardian_email": pb.court_guardian_email,
    "sports_club_sms_thread": sb.sports_club_sms_thread,
    "teacher_incident_note": pb.teacher_incident_note,
    "funeral_director_request": sb.funeral_director_request,
    "dentist_opg_letter": pb.dentist_opg_letter,
    "benefits_office_form": sb.benefits_office_form,
    "mission_telerad_request": pb.mission_telerad_request,
    "care_home_daily_log": sb.care_home_daily_log,
}
STYLES = list(BUILDERS)


def style_for(i: int) -> str:
    return STYLES[(i - 1) % len(STYLES)]


def build_document(i: int) -> dict:
    rng = random.Random(f"radgate-blind-corpus-{N}:{i}")
    style = style_for(i)
    marked, modality = BUILDERS[style](rng)
    text, phi, keep = parse(marked)
    return {"id": f"blind{N}-{i:04d}", "style": style, "modality": modality, "text": text, "phi": phi, "keep": keep}


def render(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE.parent / f"external_v{N}.jsonl")
    ap.add_argument("--check", action="store_true", help="exit 1 if --out differs from the generator output")
    args = ap.parse_args(argv)
    out = render([build_document(i) for i in range(1, N_DOCS + 1)])
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != out:
            print(f"{args.out} is stale; rerun make_corpus.py")
            return 1
        print(f"{args.out} is up to date")
        return 0
    args.out.write_text(out, encoding="utf-8")
    print(f"wrote {N_DOCS} documents to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
