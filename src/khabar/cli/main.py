"""``khabar`` command line: a thin shell over the public functions.

Exit status: 0 on success; 2 on a user error (one clear line on stderr, no traceback) and
when some inputs of a batch failed (the batch goes on; failures are listed at the end).
"""
from __future__ import annotations

import argparse
import sys
from typing import Sequence

from khabar.errors import KhabarError

EVALUATIONS = ("repair", "sentences", "articles", "morph", "ner", "dates", "topics", "summary",
               "quotes", "stories")
TRAINING = {"repair": "training.build_repair", "segmenter": "training.train_segmenter",
            "tagger": "training.train_tagger", "ner": "training.train_ner",
            "topic": "training.train_topic", "idf": "training.build_idf"}


def build_parser() -> argparse.ArgumentParser:
    from khabar import __version__
    p = argparse.ArgumentParser(prog="khabar", description="Arabic news understanding engine.")
    p.add_argument("--version", action="version", version=f"khabar {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    a = sub.add_parser("analyze", help="analyze files, folders, JSONL or stdin ('-')")
    a.add_argument("inputs", nargs="*", default=["-"], help="files, folders or '-' for stdin")
    a.add_argument("--format", "-f", default="pretty",
                   choices=("pretty", "json", "jsonl", "conllu"), help="output format")
    a.add_argument("--input-format", default="auto", choices=("auto", "text", "html", "jsonl"))
    a.add_argument("--date", help="document date YYYY-MM-DD (JSONL 'date' fields win)")
    a.add_argument("--jobs", "-j", type=int, default=1, help="worker processes (default 1)")
    a.add_argument("--output", "-o", help="write here instead of stdout")
    a.add_argument("--progress", dest="progress", action="store_true", default=None,
                   help="show a progress bar on stderr (default: when stderr is a terminal)")
    a.add_argument("--no-progress", dest="progress", action="store_false")
    a.add_argument("--indent", type=int, default=None, help="indent JSON output")

    e = sub.add_parser("evaluate", help="print metrics on gold data",
                       description=f"Evaluations: {', '.join(EVALUATIONS)}. "
                                   "Run 'khabar evaluate NAME --help' for each one's options.")
    e.add_argument("name", choices=EVALUATIONS)
    e.add_argument("args", nargs=argparse.REMAINDER)

    t = sub.add_parser("train", help="rebuild a shipped model from ../shared/data "
                                     "(run from a repository checkout)")
    t.add_argument("name", choices=sorted(TRAINING))
    t.add_argument("args", nargs=argparse.REMAINDER)

    from khabar.cli.corpus_cli import add_corpus_commands
    add_corpus_commands(sub)
    from khabar.cli.spark_cli import add_spark_command
    add_spark_command(sub)
    from khabar.cli.serve_cli import add_serve_command
    add_serve_command(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "analyze":
            from khabar.cli.analyze import run_analyze
            return run_analyze(args)
        if args.command == "evaluate":
            import importlib
            mod = importlib.import_module(f"khabar.evaluate.{args.name}")
            return int(mod.main(list(args.args)) or 0)
        if getattr(args, "corpus_run", None) is not None:
            return int(args.corpus_run(args) or 0)
        if args.command == "train":
            return _train(args.name, list(args.args))
        parser.print_help()
        return 0
    except KhabarError as exc:
        print(f"khabar: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("khabar: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def _train(name: str, argv: list[str]) -> int:
    """Run a training module from ``training/`` of the repository in the current folder."""
    import importlib
    import os
    from khabar.errors import ConfigError
    if os.path.isdir("training") and os.getcwd() not in sys.path:
        sys.path.insert(0, os.getcwd())
    try:
        mod = importlib.import_module(TRAINING[name])
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("training"):
            raise ConfigError(f"training code for {name!r} not found ({exc.name}); run "
                              f"'khabar train' from the root of a Khabar repository checkout") from None
        raise
    return int(mod.main(argv) or 0)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
