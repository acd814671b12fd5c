"""Where RadGate's analysis time goes on a corpus: time per recognizer, per span filter and per stage.

    .venv/bin/python bench/redaction_profile.py --corpus external_v43 [--by module] [--top 40] [--cpu 1]

First one plain pass (documents/s as the benchmark measures it), then one timed pass: every recognizer's
``analyze``, every span filter and each stage of ``PhiAnalyzer._analyze`` (fold and OCR view, spaCy NER, the
learned taggers, name and site spreading, the decoded view) is wrapped in a clock. A wrapped regex recognizer is
called on its own rather than run inside the flat pattern plan (``redaction._plan``), so it also pays a method
call and a ``RecognizerResult`` per match: the timed pass is slower than the plain one, and its shares, not its
absolute figures, are what to read. ``--by module`` adds up the recognizers of one module (a family).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent))
from redaction_bench import WARMUP_DOCS, load_corpus, offline_tldextract, pin_to_one_core  # noqa: E402

# the module-level helpers ``PhiAnalyzer`` looks up by name on each call: each is timed as a stage
_STAGES = ("decoded_view", "fold", "ocr_view", "ocr_digits", "ner_entities", "_propagate_names",
           "_propagate_facilities", "with_initials", "merge_spans")

console = Console(stderr=True)


class Clock:
    """Seconds and calls per name; ``wrap`` gives a function that adds its own time under that name."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)

    def wrap(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        seconds, calls, clock = self.seconds, self.calls, time.perf_counter

        def timed(*args: Any, **kwargs: Any) -> Any:
            started = clock()
            try:
                return fn(*args, **kwargs)
            finally:
                seconds[name] += clock() - started
                calls[name] += 1

        timed.__name__ = getattr(fn, "__name__", name)
        return timed


def instrument(analyzer: Any, clock: Clock) -> None:
    """Wrap the recognizers of ``analyzer``, the span filters and the stages of ``redaction._analyzer``."""
    import redaction._analyzer as module

    for recognizer in analyzer._patterns + analyzer._ner:
        kind = type(recognizer)
        name = f"recognizer {kind.__module__.removeprefix('redaction.recognizers.')}:{kind.__name__}"
        recognizer.analyze = clock.wrap(name, recognizer.analyze)  # on the instance: the plan then calls it
    module._SPAN_FILTERS = tuple(clock.wrap(f"filter {getattr(f, '__module__', '')}:{f.__name__}", f)
                                 for f in module._SPAN_FILTERS)
    for stage in _STAGES:
        setattr(module, stage, clock.wrap(f"stage {stage}", getattr(module, stage)))
    for attr in ("_name_tagger", "_login_tagger"):
        tagger = getattr(analyzer, attr)
        if tagger is not None:
            tagger.person_spans = clock.wrap(f"tagger {attr.strip('_')}", tagger.person_spans)
    for plan in (analyzer._pattern_plan, analyzer._numeric_plan):
        plan._steps = None  # rebuilt on the next text: the wrapped recognizers are called, not inlined


def _family(name: str) -> str:
    """"recognizer spoken_numbers:SpokenMrn" -> "recognizer spoken_numbers"; other names unchanged."""
    return name.split(":", 1)[0] if name.startswith(("recognizer ", "filter ")) else name


def report(clock: Clock, ndocs: int, by_module: bool, top: int, title: str) -> Table:
    seconds: dict[str, float] = defaultdict(float)
    calls: dict[str, int] = defaultdict(int)
    for name, spent in clock.seconds.items():
        key = _family(name) if by_module else name
        seconds[key] += spent
        calls[key] += clock.calls[name]
    total = sum(seconds.values()) or 1.0  # no timed call runs inside another
    table = Table(title=title, caption="shares are of the sum of all timed calls; ner_entities holds spaCy")
    for column in ("what", "us/doc", "share", "calls"):
        table.add_column(column, justify="left" if column == "what" else "right")
    for name, spent in sorted(seconds.items(), key=lambda item: -item[1])[:top]:
        table.add_row(name, f"{spent / ndocs * 1e6:,.0f}", f"{spent / total:.1%}", f"{calls[name]:,}")
    return table


def _progress() -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=console)


def _pass(analyzer: Any, texts: list[str], progress: Progress, label: str) -> float:
    """Analyze every text once; the seconds it took."""
    task = progress.add_task(label, total=len(texts))
    started = time.perf_counter()
    for text in texts:
        analyzer.analyze(text)
        progress.advance(task)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default="dev", help="a corpus name under redaction/corpus or a JSONL path")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    parser.add_argument("--by", choices=("recognizer", "module"), default="recognizer")
    parser.add_argument("--top", type=int, default=40, help="rows to print")
    parser.add_argument("--cpu", type=int, default=None, help="the CPU to pin to (default: the last allowed)")
    args = parser.parse_args(argv)
    if args.limit is not None and args.limit < 1:
        parser.error("--limit must be at least 1")
    try:
        path, docs = load_corpus(args.corpus, args.limit)
    except OSError as exc:
        console.print(f"[red]cannot read corpus {args.corpus!r}: {exc.strerror}[/]")
        return 2
    if not docs:
        console.print(f"[red]corpus {path} holds no documents[/]")
        return 2
    pinned = pin_to_one_core(args.cpu)
    offline_tldextract()
    from redaction import build_analyzer

    analyzer = build_analyzer()
    texts = [doc["text"] for doc in docs]
    for text in texts[:WARMUP_DOCS]:
        analyzer.analyze(text)
    with _progress() as progress:
        plain = _pass(analyzer, texts, progress, "plain pass")
        clock = Clock()
        instrument(analyzer, clock)
        timed = _pass(analyzer, texts, progress, "timed pass")
    out = Console()
    out.print(f"{path.name}: {len(texts)} documents, {pinned}; plain pass {len(texts) / plain:.1f} docs/s "
              f"({plain / len(texts) * 1e3:.1f} ms/doc), timed pass {timed / len(texts) * 1e3:.1f} ms/doc")
    out.print(report(clock, len(texts), args.by == "module", args.top, f"time per {args.by}, {path.name}"))
    kinds: dict[str, float] = defaultdict(float)
    for name, spent in clock.seconds.items():
        kinds[name.split(" ", 1)[0]] += spent
    whole = sum(kinds.values()) or 1.0
    out.print("by kind: " + ", ".join(f"{kind}s {spent / whole:.0%}" for kind, spent in
                                      sorted(kinds.items(), key=lambda item: -item[1])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
