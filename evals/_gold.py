"""Gold report sets: the JSONL format, its loader, and the Open-i / IU chest X-ray CSV importer."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from radgate.jsonl import read_objects, write_atomic

GOLD_PATH = Path(__file__).parent / "data" / "gold.jsonl"
OPENI_COLUMNS = ("uid", "MeSH", "Problems", "image", "indication", "comparison", "findings", "impression")
_NO_PRIOR = {"", "none", "none.", "n/a", "na", "no prior", "no prior studies", "no comparison", "not available"}


class GoldFormatError(ValueError):
    """A gold file line that does not follow the format; the message names the line."""


@dataclass(frozen=True, slots=True)
class GoldCase:
    """One gold case: what the model is given (`source`), the gold text, and who/where it is from."""

    id: str
    source: dict
    reference: str | None
    metadata: dict = field(default_factory=dict)

    @property
    def has_prior(self) -> bool | None:
        value = self.source.get("has_prior")
        return value if isinstance(value, bool) else None


def load_gold(path: Path | str = GOLD_PATH) -> list[GoldCase]:
    """Read a gold JSONL file; raise GoldFormatError naming the first bad line."""
    cases, seen = [], set()
    for number, row in read_objects(Path(path), ("id", "source", "reference"), GoldFormatError,
                                    prefix=f"{path}: "):
        if not isinstance(row["source"], dict) or not isinstance(row["source"].get("findings"), str):
            raise GoldFormatError(f"{path}: line {number}: 'source' must be an object with a 'findings' text")
        case_id = str(row["id"])
        if case_id in seen:
            raise GoldFormatError(f"{path}: line {number}: duplicate id {case_id!r}")
        seen.add(case_id)
        cases.append(GoldCase(case_id, row["source"], row["reference"], row.get("metadata") or {}))
    return cases


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def openi_rows_to_cases(rows: Iterable[dict]) -> list[dict]:
    """Convert Open-i / IU CSV rows to gold cases; rows without findings and impression are skipped."""
    cases = []
    for row in rows:
        findings, impression = _clean(row.get("findings")), _clean(row.get("impression"))
        if not findings and not impression:
            continue
        comparison = _clean(row.get("comparison"))
        cases.append({
            "id": f"openi-{_clean(row.get('uid'))}",
            "source": {"indication": _clean(row.get("indication")), "comparison": comparison or "None.",
                       "has_prior": comparison.lower() not in _NO_PRIOR, "findings": findings},
            "reference": impression or None,
            "metadata": {"modality": "XR", "body_part": "chest", "age_group": None, "sex": None, "site": "openi",
                         "mesh": _clean(row.get("MeSH")), "problems": _clean(row.get("Problems"))},
        })
    return cases


def import_openi_csv(csv_path: Path | str, out_path: Path | str) -> int:
    """Convert an Open-i / IU chest X-ray CSV (uid, MeSH, Problems, image, indication, comparison,
    findings, impression) to gold JSONL; returns the number of cases written."""
    with Path(csv_path).open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in ("uid", "findings", "impression") if c not in (reader.fieldnames or [])]
        if missing:
            raise GoldFormatError(f"{csv_path}: missing column(s) {', '.join(missing)}; "
                                  f"expected {', '.join(OPENI_COLUMNS)}")
        cases = openi_rows_to_cases(reader)
    return write_atomic(Path(out_path), cases)
