"""A CRFsuite model file read into numpy arrays, and CRFsuite's Viterbi over many sentences.

:func:`read_model` parses the binary model that ``pycrfsuite.Trainer`` writes (CRFsuite's
``crf1d`` format, version 100: a header, the ``FEAT`` chunk of state and transition
features, the label and attribute string tables as ``CQDB`` chunks). :func:`viterbi_many`
decodes state scores exactly as CRFsuite's ``crf1dc_viterbi`` does (log domain; at each
step the first best predecessor; at the end the first best label), for many sentences in
one set of numpy calls. Together with state scores summed attribute by attribute in item
order (:mod:`khabar.ner.crf_fast`) the labels are CRFsuite's own, bit for bit: the same
float64 additions in the same order. Needs numpy only; :func:`read_model` raises
:class:`~khabar.errors.ResourceError` on a missing or malformed file.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from khabar.errors import ResourceError

_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_CHUNK = struct.Struct("<4sII")
_CQDB = struct.Struct("<4sIIIII")
_FEATURE = struct.Struct("<IIId")


@dataclass(frozen=True)
class CrfWeights:
    """A model's labels (by id), attribute ids, state weights ``(attributes + 1, labels)``
    (float64; the last row, :attr:`pad`, all zeros: adding it changes nothing) and
    transition weights ``(labels, labels)`` (from row label to column label)."""

    labels: tuple[str, ...]
    attrs: dict[str, int]
    state: object
    trans: object

    @property
    def pad(self) -> int:
        """The id of the all-zero state row (an absent attribute)."""
        return len(self.attrs)


def _strings(buf: bytes, off: int) -> list[str]:
    """The strings of the ``CQDB`` chunk at ``off``, by id (its backward array)."""
    cid, _, _, _, n, bwd = _CQDB.unpack_from(buf, off)
    if cid != b"CQDB":
        raise ValueError("no CQDB chunk")
    out = []
    for i in range(n):
        (rec,) = struct.unpack_from("<I", buf, off + bwd + 4 * i)
        kid, size = struct.unpack_from("<II", buf, off + rec)
        if kid != i:
            raise ValueError("CQDB ids out of order")
        out.append(buf[off + rec + 8:off + rec + 7 + size].decode("utf-8"))
    return out


def read_model(path: Path) -> CrfWeights:
    """The weights of the CRFsuite model at ``path``. Raises
    :class:`~khabar.errors.ResourceError` when it is missing or not a ``crf1d`` model."""
    import numpy as np
    try:
        buf = Path(path).read_bytes()
        magic, _, kind, version, _, n_lab, n_att, off_f, off_l, off_a = _HEADER.unpack_from(buf)[:10]
        if magic != b"lCRF" or kind != b"FOMC":
            raise ValueError("not a CRFsuite crf1d model")
        cid, _, n_feat = _CHUNK.unpack_from(buf, off_f)
        if cid != b"FEAT":
            raise ValueError("no FEAT chunk")
        labels = _strings(buf, off_l)
        attrs = _strings(buf, off_a)
        if len(labels) != n_lab or len(attrs) != n_att:
            raise ValueError("string tables do not match the header")
        state = np.zeros((n_att + 1, n_lab), np.float64)
        trans = np.zeros((n_lab, n_lab), np.float64)
        for kind_id, src, dst, weight in _FEATURE.iter_unpack(
                buf[off_f + _CHUNK.size:off_f + _CHUNK.size + _FEATURE.size * n_feat]):
            (state if kind_id == 0 else trans)[src, dst] = weight
    except (OSError, ValueError, struct.error, UnicodeDecodeError, IndexError) as exc:
        raise ResourceError(f"NER model {path} unreadable ({exc}); reinstall khabar or run "
                            f"'PYTHONPATH=src python3 -m training.train_ner'") from None
    return CrfWeights(tuple(labels), {a: i for i, a in enumerate(attrs)}, state, trans)


def viterbi_many(scores, lens: Sequence[int], trans) -> list[list[int]]:
    """Best label ids per sentence: ``scores`` ``(tokens, labels)`` float64 state scores of
    all sentences one after the other, ``lens`` their lengths (each ≥ 1), ``trans`` the
    transition weights. Sentences advance together, longest first, one step per position;
    ties go to the lowest label id, as in CRFsuite."""
    import numpy as np
    n = len(lens)
    if not n:
        return []
    n_lab = trans.shape[0]
    order = sorted(range(n), key=lambda i: -lens[i])
    ln = np.asarray([lens[i] for i in order], np.int64)
    starts = np.concatenate([[0], np.cumsum(lens)[:-1]]).astype(np.int64)[order]
    top = int(ln[0])
    pos = np.arange(top)
    idx = np.where(pos[None, :] < ln[:, None], starts[:, None] + pos[None, :], 0)
    state = scores[idx]  # (sentences, positions, labels); padding never read
    cur = state[:, 0].copy()
    back = np.zeros((top, n, n_lab), np.int64)
    active = [int(x) for x in (ln[None, :] > pos[:, None]).sum(axis=1)]
    for t in range(1, top):
        m = active[t]
        sc = cur[:m, :, None] + trans[None]
        b = sc.argmax(axis=1)
        back[t, :m] = b
        cur[:m] = np.take_along_axis(sc, b[:, None, :], axis=1)[:, 0] + state[:m, t]
    lab = np.zeros((n, top), np.int64)
    lab[np.arange(n), ln - 1] = cur.argmax(axis=1)
    for t in range(top - 1, 0, -1):
        m = active[t]
        lab[:m, t - 1] = back[t, np.arange(m), lab[:m, t]]
    out: list[list[int]] = [[] for _ in range(n)]
    for b, i in enumerate(order):
        out[i] = lab[b, :lens[i]].tolist()
    return out


__all__ = ["CrfWeights", "read_model", "viterbi_many"]
