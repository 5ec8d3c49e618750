"""``khabar serve``: the HTTP API and web page over a corpus (FastAPI + uvicorn).

:func:`add_serve_command` registers it on the ``khabar`` sub-parsers with ``corpus_run`` set to
:func:`run_serve` (``args.corpus_run(args)`` → exit status).
"""
from __future__ import annotations

import sys
from typing import Any


def add_serve_command(sub: Any) -> None:
    """Register ``serve`` on an ``add_subparsers()`` object."""
    from khabar.server.config import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT
    s = sub.add_parser("serve", help="HTTP API and web page (analysis, search, entities, "
                                     "stories)",
                       description="Serve the web page at / and the API (POST /analyze, GET "
                                   "/search, /documents/{id}, /entities, /entities/{name}, "
                                   "/stories; schema at /openapi.json). Needs the server "
                                   "extra: pip install 'khabar[server]'.")
    s.add_argument("--db", help="corpus database (a .db path or sqlite:///path); without it "
                                "only analysis is served")
    s.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default 127.0.0.1: this machine only)")
    s.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    s.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES,
                   help=f"largest request body accepted (default {DEFAULT_MAX_BYTES:,}; "
                        f"larger ones get 413)")
    s.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT,
                   help=f"seconds of work allowed per request (default {DEFAULT_TIMEOUT:g}; "
                        f"longer ones get 503)")
    s.add_argument("--workers", type=int, default=1,
                   help="server processes (default 1); each loads the models (~300 MB) and "
                        "analyzes on its own core")
    s.add_argument("--log-level", default="info",
                   choices=("critical", "error", "warning", "info", "debug"))
    s.set_defaults(corpus_run=run_serve)


def run_serve(args: Any) -> int:
    """Start the server (blocks until interrupted). Raises ConfigError for a missing extra,
    a bad port or an unusable database."""
    from khabar.errors import ConfigError
    if not 0 < args.port < 65536:
        raise ConfigError(f"--port {args.port}: give a port between 1 and 65535")
    try:
        import uvicorn

        from khabar.server.app import create_app
    except ModuleNotFoundError as exc:
        raise ConfigError(f"khabar serve needs {exc.name!r}: install the server extra with "
                          f"pip install 'khabar[server]'") from None
    if args.workers < 1:
        raise ConfigError(f"--workers {args.workers}: give a number of processes ≥ 1")
    app: Any = create_app(args.db, max_bytes=args.max_bytes, timeout=args.timeout,
                          warm=args.workers == 1)     # checks the options and the database
    options: dict[str, Any] = {}
    if args.workers > 1:       # uvicorn starts the workers from an import string
        import os

        from khabar.server import app as app_module
        os.environ[app_module.ENV_DB] = args.db or ""
        os.environ[app_module.ENV_MAX_BYTES] = str(args.max_bytes)
        os.environ[app_module.ENV_TIMEOUT] = str(args.timeout)
        app, options = "khabar.server.app:app_from_env", {"factory": True,
                                                          "workers": args.workers}
    import re
    shown = re.sub(r"//[^/@]*@", "//…@", args.db) if args.db else None   # hide a password
    print(f"khabar: serving http://{args.host}:{args.port}/ "
          f"({'corpus ' + shown if shown else 'analysis only, no --db'}"
          f"{f', {args.workers} workers' if args.workers > 1 else ''}); Ctrl-C stops",
          file=sys.stderr)
    try:
        uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level,
                    timeout_keep_alive=30, timeout_graceful_shutdown=5, **options)
    except OSError as exc:   # the port is taken, the address is not ours, …
        raise ConfigError(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}") \
            from None
    return 0


def main(argv: list[str] | None = None) -> int:
    """``khabar serve`` through the one ``khabar`` entry point (same errors, exit codes)."""
    from khabar.cli.main import main as khabar_main
    return khabar_main(["serve", *(argv if argv is not None else sys.argv[1:])])


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
