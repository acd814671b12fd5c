"""Write or check ``redaction/corpus/external_v3.jsonl`` (blind3). Stdlib only.

    .venv/bin/python redaction/corpus/external_v3/make_corpus.py           # (re)write external_v3.jsonl
    .venv/bin/python redaction/corpus/external_v3/make_corpus.py --check   # exit 1 if the committed file differs

The generator package is loaded under a private name (``radgate_blind3``) straight from this folder, so writing
the corpus never imports the ``redaction`` engine package.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
OUTPUT = HERE.parent / "external_v3.jsonl"
PACKAGE = "radgate_blind3"


def load_package() -> ModuleType:
    """Import this folder as package ``radgate_blind3`` and return its ``build`` module."""
    if PACKAGE not in sys.modules:
        spec = importlib.util.spec_from_file_location(PACKAGE, HERE / "__init__.py",
                                                      submodule_search_locations=[str(HERE)])
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[PACKAGE] = module
        spec.loader.exec_module(module)
    return importlib.import_module(f"{PACKAGE}.build")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed file differs")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    text = load_package().render_corpus()
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else None
        if current != text:
            print(f"{args.output} differs from the generator output; rerun without --check")
            return 1
        print(f"{args.output}: up to date")
        return 0
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output} ({text.count(chr(10))} documents)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
