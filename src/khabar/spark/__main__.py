"""``python -m khabar.spark INPUT… OUTPUT [options]``: the ``khabar spark-analyze`` command.

Also the driver script for a cluster: ``spark-submit … /path/to/khabar/spark/__main__.py
INPUT… OUTPUT``. Under spark-submit (``PYSPARK_GATEWAY_PORT`` set) the master and every other
setting come from spark-submit unless ``--master`` is given.
"""
from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    from khabar.cli.main import main as cli
    args = list(sys.argv[1:] if argv is None else argv)
    given = any(a == "--master" or a.startswith("--master=") for a in args)
    if "PYSPARK_GATEWAY_PORT" in os.environ and not given:
        args += ["--master", "none"]
    return cli(["spark-analyze", *args])


if __name__ == "__main__":
    sys.exit(main())
