"""CPU seconds of each default-pipeline component on N words of SaudiNewsNet, run in batches of
64 as ``Pipeline.pipe`` runs them (session 13's per-step figures).

    PYTHONPATH=src python3 benchmarks/stage_cpu.py [N_WORDS=60000]

Data: ``$KHABAR_DATA`` or ``../shared/data``. Process CPU time, so steadier than wall time on a
loaded machine; compare two codes by alternating runs.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    """Print the per-component CPU seconds and the total words/s."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from text_layer import load_corpus
    from khabar.pipeline import Pipeline, new_document
    data = Path(os.environ.get("KHABAR_DATA", ROOT.parent / "shared" / "data"))
    docs = load_corpus(data, int(sys.argv[1]) if len(sys.argv) > 1 else 60000)
    words = sum(len(d.split()) for d in docs)
    pipe = Pipeline()
    pipe("تحميل النموذج قبل القياس.")
    times = {c.name: 0.0 for c in pipe.components}
    for i in range(0, len(docs), 64):
        batch = [new_document(d) for d in docs[i:i + 64]]
        for comp in pipe.components:
            t = time.process_time()
            if comp.batch is not None:
                comp.batch(batch)
            else:
                for doc in batch:
                    comp.fn(doc)
            times[comp.name] += time.process_time() - t
    total = sum(times.values())
    print(f"{words} words, {total:.2f} s CPU, {words / total:,.0f} words/s")
    for name, secs in times.items():
        print(f"{name:12s} {secs:6.2f}  {100 * secs / total:5.1f}%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
