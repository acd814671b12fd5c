"""Audit store benchmark on PostgreSQL: durable writes, search at 1M records, chain verification.

    .venv/bin/python bench/audit_bench.py                       # all three parts
    .venv/bin/python bench/audit_bench.py --records 200000 --skip-writes

1. Durable records/s through the real ``SqlAuditWriter`` (group commit, AES-GCM sealing, hash
   chain, blind-index tokens) with 1, 16 and 64 concurrent writers: each writer awaits its append
   (returned only after COMMIT) before the next, like a request does.
2. Search p50/p95 through the real ``search_records`` at N records (default 1,000,000): an MRN
   lookup (blind index), a user + 7-day range filter, and a full-text query over redacted text.
   The generator writes records exactly as the writer would (chain version 2, sealed bodies,
   tokens) with COPY, so ``verify`` over them is a real check; it is kept between runs
   (database ``radgate_bench``) and rebuilt with ``--regenerate``.
3. ``verify_chain`` records/s over the whole table.
Goals (issue 4): >= 5,000 durable records/s, search p95 <= 100 ms at 1M, verify >= 100,000 records/s.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from audit import (  # noqa: E402
    AuditCipher, AuditEvent, BlindIndex, EventType, SearchFilters, SqlAuditWriter, index_pending, search_records,
    verify_chain,
)
from audit._chain import GENESIS, record_hash  # noqa: E402
from audit._crypto import record_aad, seal  # noqa: E402
from radgate import jsonio  # noqa: E402
from radgate.db import create_db_engine, upgrade  # noqa: E402
from radgate.settings import Settings  # noqa: E402

console = Console(stderr=True)
MASTER = bytes.fromhex("3c" * 32)
INDEX_KEY = bytes.fromhex("4d" * 32)
GOALS = {"records_per_s": 5000, "search_p95_ms": 100, "verify_per_s": 100_000}
USERS = [f"rad{n:03d}" for n in range(200)]
MODELS = ["impression-drafter", "referrer-summary", "chest-xr-vlm"]
SENTENCES = [
    "No acute cardiopulmonary abnormality.", "Small right pleural effusion, new since the prior study.",
    "9 mm solid nodule in the right upper lobe, previously 6 mm.", "Mild centrilobular emphysema.",
    "Moderate atherosclerotic calcification of the abdominal aorta.", "Simple renal cortical cysts bilaterally.",
    "1.8 cm left adrenal nodule consistent with an adenoma.", "Degenerative changes of the lower lumbar spine.",
    "No pneumothorax. Heart size is normal.", "Hypodense liver lesion too small to characterise.",
    "Acute displaced fracture of the distal radius.", "Findings compatible with Hashimoto thyroiditis.",
    "Baker cyst in the popliteal fossa.", "Disc herniation at L4-L5 with mild canal stenosis.",
    "BI-RADS 4 mass in the left breast at 2 o'clock.", "Pulmonary embolism in the right lower lobe artery.",
]
WORDS = ["effusion", "nodule", "emphysema", "fracture", "embolism", "adenoma", "herniation", "thyroiditis",
         "cyst", "calcification", "pneumothorax", "stenosis"]


def _admin_url(url: str, database: str) -> str:
    return url.rsplit("/", 1)[0] + "/" + database


def _settings(url: str) -> Settings:
    return Settings(environment="test", database_url=url, key_pepper="p" * 40, audit_master_key=MASTER.hex(),
                    audit_index_key=INDEX_KEY.hex())


def _fresh_db(base_url: str, name: str) -> str:
    with psycopg.connect(_admin_url(base_url, "postgres"), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    url = _admin_url(base_url, name).replace("postgresql://", "postgresql+psycopg://", 1)
    upgrade(_settings(url))
    return url


def _event(rng: random.Random, when: datetime, mrn: str) -> AuditEvent:
    report = " ".join(rng.sample(SENTENCES, 4))
    redacted = [{"role": "system", "content": "Draft the impression."},
                {"role": "user", "content": f"Patient Lucas Moreau, MRN 48213377. FINDINGS: {report}"}]
    original = [{"role": "system", "content": "Draft the impression."},
                {"role": "user", "content": f"Patient Jane Doe, MRN {mrn}. FINDINGS: {report}"}]
    return AuditEvent(
        event_type=EventType.model_call_started, request_id=os.urandom(8).hex(), actor_key_id="ab12cd34",
        actor_name="ris-prod", actor_role="reporting", source_ip="10.0.0.7", model_alias=rng.choice(MODELS),
        backend="hosted_vllm/drafter", model_version="drafter@2026-11", status="started", stream=False,
        on_behalf_of=rng.choice(USERS), purpose_of_use="TREAT", site=f"site_{rng.randint(1, 5)}",
        study={"modality": "CT", "body_part": "chest"}, request_body={"model": "impression-drafter",
                                                                      "messages": original},
        identifiers={"mrn": [mrn], "name": ["Jane Doe"]},
        detail={"phi_redacted": {"MRN": 1, "PERSON": 1}, "redacted_messages": redacted}, occurred_at=when)


# -- part 1: durable writes ------------------------------------------------------------------------
async def _writers(writer: SqlAuditWriter, concurrency: int, total: int) -> float:
    rng = random.Random(concurrency)
    per = total // concurrency
    events = [[_event(rng, datetime.now(UTC), f"{rng.randint(10**7, 10**8 - 1)}") for _ in range(per)]
              for _ in range(concurrency)]

    async def run(mine: list[AuditEvent]) -> None:
        for event in mine:
            await writer.append(event)

    started = time.perf_counter()
    await asyncio.gather(*(run(m) for m in events))
    return per * concurrency / (time.perf_counter() - started)


def bench_writes(base_url: str, levels: list[int]) -> dict[int, float]:
    url = _fresh_db(base_url, "radgate_bench_writes")
    settings = _settings(url)
    engine = create_db_engine(settings)
    writer = SqlAuditWriter(engine, cipher=AuditCipher(MASTER), blind_index=BlindIndex(INDEX_KEY))
    writer.start()
    results = {}
    try:
        for level in levels:
            total = {1: 2_000, 16: 10_000}.get(level, 20_000)
            asyncio.run(_writers(writer, level, max(level, total // 10)))  # warm-up
            results[level] = asyncio.run(_writers(writer, level, total))
            console.print(f"  {level:>3} writers: {results[level]:,.0f} durable records/s")
    finally:
        writer.close()
        report = verify_chain(engine)
    started = time.perf_counter()
    indexed = index_pending(engine)  # what the proxy's indexer thread does just after the commits
    results["indexed_per_s"] = indexed / (time.perf_counter() - started)
    console.print(f"  full-text indexing after commit: {results['indexed_per_s']:,.0f} records/s")
    engine.dispose()
    if not report.ok:
        raise SystemExit(f"the chain written by the benchmark does not verify: {report}")
    return results


# -- part 2: generate N records --------------------------------------------------------------------
def generate(url: str, count: int, patients: list[str]) -> None:
    """COPY ``count`` records shaped exactly like the writer's rows (chain v2, sealed, indexed)."""
    from audit._writer import _FIELDS, _PHI_FIELDS, _row

    cipher, blind = AuditCipher(MASTER), BlindIndex(INDEX_KEY)
    data_key = cipher.new_data_key()
    rng = random.Random(7)
    start = datetime.now(UTC) - timedelta(days=365)
    step = timedelta(days=365) / count
    columns = [f for f in _FIELDS if f not in _PHI_FIELDS] + [
        "recorded_at", "chain_version", "phi_types", "search_text", "id_tokens", "phi_ciphertext", "data_key_id",
        "prev_hash", "record_hash"]
    plain = psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://", 1))
    prev = GENESIS
    with plain, Progress(TextColumn("generating"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                         console=console) as progress:
        task = progress.add_task("", total=count)
        cur = plain.cursor()
        cur.execute("DROP INDEX IF EXISTS ix_audit_search_tsv")
        cur.execute("INSERT INTO audit_data_keys (id, master_key_id, wrapped, created_at) VALUES (%s, %s, %s, %s)",
                    (data_key.id, data_key.master_key_id, data_key.wrapped, start))
        tokens_rows = []
        with cur.copy(f"COPY audit_events ({', '.join(columns)}) FROM STDIN") as copy:
            for n in range(count):
                when = start + step * n
                event = _event(rng, when, rng.choice(patients))
                row = _row(event, when, blind)  # exactly the writer's row: chain v2, JSON text, tokens
                tokens = row["id_tokens"].split()
                phi = {k: row.pop(k) for k in _PHI_FIELDS if row.get(k) is not None}
                row["phi_ciphertext"] = seal(data_key.key, jsonio.dumps(phi),
                                             record_aad(event.id, row["event_type"], event.request_id))
                row["data_key_id"] = data_key.id
                row["prev_hash"] = prev
                row["record_hash"] = prev = record_hash(prev, row)
                tokens_rows.extend((t, event.id) for t in tokens)
                copy.write_row([row[c] for c in columns])
                if n % 5000 == 0:
                    progress.update(task, completed=n)
            progress.update(task, completed=count)
        with cur.copy("COPY audit_identifiers (token, record_id) FROM STDIN") as copy:
            for token_row in tokens_rows:
                copy.write_row(token_row)
        plain.commit()
        console.print("  full-text index (what the indexer does after each commit) and statistics...")
        cur.execute("INSERT INTO audit_search (seq, tsv) SELECT seq, to_tsvector('english', search_text) "
                    "FROM audit_events WHERE search_text IS NOT NULL")
        cur.execute("CREATE INDEX ix_audit_search_tsv ON audit_search USING GIN (tsv)")
        plain.commit()
    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://", 1), autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE audit_events")
        conn.execute("VACUUM ANALYZE audit_identifiers")
        conn.execute("VACUUM ANALYZE audit_search")


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


def bench_search(url: str, patients: list[str], queries: int) -> dict[str, tuple[float, float, float]]:
    engine = create_db_engine(_settings(url))
    blind = BlindIndex(INDEX_KEY)
    rng = random.Random(11)
    with engine.connect() as conn:
        from sqlalchemy import text
        first, last = conn.execute(text("SELECT min(occurred_at), max(occurred_at) FROM audit_events")).one()
    span = (last - first).total_seconds()
    cases = {
        "MRN lookup (blind index)": lambda: SearchFilters(patient=("mrn", rng.choice(patients))),
        "user + 7-day range": lambda: SearchFilters(
            on_behalf_of=rng.choice(USERS), since=(s := first + timedelta(seconds=rng.uniform(0, span - 7 * 86400))),
            until=s + timedelta(days=7)),
        "full-text (2 words)": lambda: SearchFilters(text=" ".join(rng.sample(WORDS, 2))),
    }
    results = {}
    for name, make in cases.items():
        search_records(engine, make(), limit=100, blind=blind)  # warm
        times, hits = [], []
        for _ in range(queries):
            filters = make()
            t0 = time.perf_counter()
            rows, _ = search_records(engine, filters, limit=100, blind=blind)
            times.append((time.perf_counter() - t0) * 1000)
            hits.append(len(rows))
        p50, p95 = _percentiles(times)
        results[name] = (p50, p95, statistics.mean(hits))
        console.print(f"  {name}: p50 {p50:.1f} ms, p95 {p95:.1f} ms (mean {statistics.mean(hits):.0f} rows)")
    engine.dispose()
    return results


def bench_verify(url: str, workers: int) -> tuple[int, float, bool]:
    engine = create_db_engine(_settings(url))
    started = time.perf_counter()
    report = verify_chain(engine, workers=workers)
    elapsed = time.perf_counter() - started
    engine.dispose()
    return report.checked, report.checked / elapsed, report.ok


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", default=os.environ.get("RADGATE_TEST_DATABASE_URL",
                                                                 "postgresql://postgres@127.0.0.1:5432/test"))
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--patients", type=int, default=50_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--levels", default="1,16,64")
    parser.add_argument("--regenerate", action="store_true")
    parser.add_argument("--skip-writes", action="store_true")
    parser.add_argument("--generate-only", action="store_true", help="build the N-record database and stop")
    args = parser.parse_args()

    rng = random.Random(3)
    patients = [f"{rng.randint(10**7, 10**8 - 1)}" for _ in range(args.patients)]
    writes = {}
    if not args.skip_writes:
        console.print("[bold]1. durable writes[/bold] (SqlAuditWriter, PostgreSQL, commit before return)")
        writes = bench_writes(args.database_url, [int(x) for x in args.levels.split(",")])
    name = f"radgate_bench_{args.records}"
    url = _admin_url(args.database_url, name).replace("postgresql://", "postgresql+psycopg://", 1)
    try:
        with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://", 1)) as conn:
            have = conn.execute("SELECT count(*) FROM audit_events").fetchone()[0]
    except psycopg.Error:
        have = -1
    if args.regenerate or have != args.records:
        console.print(f"[bold]2. generating {args.records:,} records[/bold] (database {name})")
        url = _fresh_db(args.database_url, name)
        t0 = time.perf_counter()
        generate(url, args.records, patients)
        console.print(f"  generated in {time.perf_counter() - t0:.0f} s")
    if args.generate_only:
        return
    console.print(f"[bold]search at {args.records:,} records[/bold] ({args.queries} queries each, limit 100)")
    searches = bench_search(url, patients, args.queries)
    console.print("[bold]3. verify[/bold]")
    workers = os.cpu_count() or 1
    checked, rate, ok = bench_verify(url, workers)

    table = Table(title=f"Audit store on PostgreSQL ({args.records:,} records for search and verify)")
    table.add_column("measure")
    table.add_column("result", justify="right")
    table.add_column("goal", justify="right")
    for level, value in writes.items():
        if level == "indexed_per_s":
            table.add_row("full-text indexing after commit, records/s", f"{value:,.0f}", "")
            continue
        table.add_row(f"durable records/s, {level} concurrent appends", f"{value:,.0f}",
                      f">= {GOALS['records_per_s']:,}")
    for name_, (p50, p95, rows) in searches.items():
        table.add_row(f"search {name_}: p50 / p95", f"{p50:.1f} / {p95:.1f} ms", f"p95 <= {GOALS['search_p95_ms']} ms")
    table.add_row(f"verify ({checked:,} records, {workers} processes, {'intact' if ok else 'BROKEN'})", f"{rate:,.0f} records/s",
                  f">= {GOALS['verify_per_s']:,}")
    Console().print(table)


if __name__ == "__main__":
    main()
