"""Shared fixtures of the NER network tests (``tests/ner/test_stack.py`` for the BiLSTM,
``tests/ner/test_scan.py`` for the recurrence-free scan): the sentences, a stand-in vector
lookup and gazetteer so that references do not depend on data, the numpy tagger over them,
and :func:`torch_reference`, which builds, exports and runs a seeded small network."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np

from khabar.ner.neural import NeuralTagger
from khabar.text.normalize import normalize

DATA = Path(__file__).parent / "ner" / "data"
LABELS = ["B-LOC", "B-ORG", "B-PER", "I-LOC", "I-ORG", "I-PER", "O"]
SENTS = [[normalize(w) for w in s.split()] for s in (
    "قال الرئيس محمود عباس في جنيف أمس إن المفاوضات ستستمر",
    "وصل الأخضر الإبراهيمي إلى دمشق",
    "فالنسيا",
    "أعلنت وزارة الخارجية الروسية أن غينادي غاتيلوف سيلتقي ويندي شيرمان في جنيف الأسبوع المقبل",
)]
GAZ = {(normalize("جنيف"),): frozenset({"LOC"}), (normalize("عباس"),): frozenset({"PER"}),
       (normalize("محمود"),): frozenset({"PER", "PER.first"})}
TRIG = {(normalize("قال"),): frozenset({"PER"})}


def row(w: str) -> int | None:
    """A stand-in vector lookup (40 rows) so that the reference does not depend on data."""
    r = sum(map(ord, w)) % 43
    return r if r < 40 and len(w) > 2 else None


def numpy_tagger(path: Path) -> NeuralTagger:
    """The run-time (numpy) tagger of the network file ``path`` over the stand-in lookups."""
    return NeuralTagger(path, row, GAZ, TRIG)


def torch_reference(path: Path, sents: Sequence[Sequence[str]], hp_more: dict[str, Any],
                    adjust: Callable[[Any], None]) -> np.ndarray:
    """Train nothing: a seeded small network (torch; ``training.ner_neural``'s defaults with
    ``dc=4, F=5`` and ``hp_more``), its weights changed in place by ``adjust(net)`` (under
    ``no_grad``: rounding to float16 as exported, sharper gates …), written to ``path``;
    returns torch's probabilities for ``sents`` (one padded batch)."""
    import torch

    from training import ner_neural as N

    class Lookup:
        _row_of, _gaz, _trig = staticmethod(row), GAZ, TRIG
    chars = "".join(sorted(set("".join(w for s in SENTS for w in s))))
    vec = np.random.default_rng(1).normal(0, 1, (40, 6)).astype(np.float16).astype(np.float32)
    hp = dict(N.HP, dc=4, F=5, **hp_more)
    torch.manual_seed(3)
    net = N._net(torch, vec, len(chars), len(LABELS), hp)
    net.eval()
    with torch.no_grad():
        adjust(net)
    N.export(net, path, vec, chars, LABELS, hp)
    rows, ch, bits, mask, _ = N._batch(torch, N.encode(sents, Lookup, chars))
    with torch.no_grad():
        return torch.softmax(net(rows, ch, bits, mask), -1).numpy()


def assert_matches(got: Sequence[np.ndarray], ref: np.ndarray,
                   sents: Sequence[Sequence[str]], tol: float = 1e-5) -> None:
    """Each sentence's numpy probabilities equal the padded reference's rows within ``tol``."""
    for i, s in enumerate(sents):
        assert got[i].shape == (len(s), len(LABELS))
        assert np.abs(got[i] - ref[i, :len(s)]).max() < tol
