"""The column encoding of :mod:`khabar.morph.compiled` (format 2): :func:`encode` turns a
table into a tagged tuple that :mod:`marshal` stores compactly and :func:`decode` reads back
fast (see that module's docstring); and row ids (non-negative ints below 2**31, e.g. the
tagger's weight rows) as 16-bit halves plus bit planes (:func:`pack_ids`, :func:`unpack_ids`).
Raises what each function says.
"""
from __future__ import annotations

import sys
from array import array

import numpy as np

_SEP = "\n"
_MIN_COLUMNS = 1000     # tables with fewer items are stored as they are
_NESTED = 64            # a smaller dict with str keys is a dict of tables: encoded item by item
_SHARED = 2             # str values: "sx" (each distinct value once) when at most half distinct
_LOW = 0 if sys.byteorder == "little" else 1    # the low half of an int32 as two uint16


def encode(value: object) -> tuple:
    """``value`` as a tagged tuple for :func:`decode` (see the module docstring): ``("si",
    keys, int64 bytes)``, ``("sf", keys, float64 bytes)``, ``("ss", keys, values)``, ``("sx",
    keys, distinct values, uint32 index of each key's value)`` when few values are distinct,
    ``("ls", items)``, ``("d", {key: encoded})`` for a small dict with str keys or a dict of dicts
    (the tagger's feature index by template), else ``("r", value)``
    (stored as it is). Numbers are stored little-endian."""
    if isinstance(value, dict):
        if value and all(type(k) is str for k in value):
            if len(value) < _NESTED or all(type(v) is dict for v in value.values()):
                return ("d", {k: encode(v) for k, v in value.items()})
            if len(value) >= _MIN_COLUMNS and not any(_SEP in k for k in value):
                vals = list(value.values())
                if all(type(v) is int and -(1 << 63) <= v < 1 << 63 for v in vals):
                    return ("si", _SEP.join(value), _le(array("q", vals)).tobytes())
                if all(type(v) is float for v in vals):
                    return ("sf", _SEP.join(value), _le(array("d", vals)).tobytes())
                if all(type(v) is str and _SEP not in v for v in vals):
                    uniq = list(dict.fromkeys(vals))
                    if len(uniq) * _SHARED <= len(vals):   # few values: stored once each
                        ix = {v: i for i, v in enumerate(uniq)}
                        return ("sx", _SEP.join(value), _SEP.join(uniq),
                                _le(array("I", [ix[v] for v in vals])).tobytes())
                    return ("ss", _SEP.join(value), _SEP.join(vals))
    elif (type(value) is list and len(value) >= _MIN_COLUMNS
          and all(type(v) is str and _SEP not in v for v in value)):
        return ("ls", _SEP.join(value))
    return ("r", value)


def _le(a: array) -> array:
    """``a`` with its items in little-endian byte order (swapped in place if needed)."""
    if sys.byteorder == "big":
        a.byteswap()
    return a


def decode(enc: tuple) -> object:
    """The value :func:`encode` encoded. Raises ValueError, TypeError, IndexError or KeyError
    on a malformed tuple."""
    kind = enc[0]
    if kind == "r":
        return enc[1]
    if kind == "d":
        return {k: decode(v) for k, v in enc[1].items()}
    if kind == "ls":
        return enc[1].split(_SEP)
    keys = enc[1].split(_SEP)
    if kind == "ss":
        vals = enc[2].split(_SEP)
    elif kind == "sx":
        uniq = enc[2].split(_SEP)
        ix = array("I")
        ix.frombytes(enc[3])
        vals = list(map(uniq.__getitem__, _le(ix)))
    elif kind in ("si", "sf"):
        vals = array("q" if kind == "si" else "d")
        vals.frombytes(enc[2])
        vals = _le(vals).tolist()    # zipping a list is faster than an array's items
    else:
        raise ValueError(f"unknown table encoding {kind!r}")
    if len(vals) != len(keys):
        raise ValueError("a column table with keys and values of different lengths")
    return dict(zip(keys, vals))


def pack_ids(ids: np.ndarray) -> tuple[bytes, list[bytes]]:
    """Row ids (0 ≤ id < 2**31) as their low 16 bits (little-endian uint16) and the bit planes
    of the rest, as few as the largest id needs (:func:`unpack_ids`).
    Raises ValueError on an id out of range."""
    ids = np.asarray(ids, dtype=np.int64)
    if len(ids) and (ids.min() < 0 or ids.max() >= 1 << 31):
        raise ValueError("row ids out of range")
    top = int(ids.max()) >> 16 if len(ids) else 0
    planes = [np.packbits((ids >> (16 + j)) & 1).tobytes() for j in range(top.bit_length())]
    return (ids & 0xFFFF).astype("<u2").tobytes(), planes


def split_ids(lo: bytes, hi: list[bytes]) -> tuple[np.ndarray, np.ndarray | None]:
    """The low 16 bits (``lo``, little-endian uint16) and the high bits (``hi[j]``: bit
    16 + j of each id, :func:`numpy.packbits` order; None when there are none) of stored row
    ids. Raises ValueError on planes of the wrong length or ids beyond 31 bits."""
    low = np.frombuffer(lo, "<u2")
    n = len(low)
    if len(hi) > 15:
        raise ValueError("row ids beyond 31 bits")
    high = None
    for j, plane in enumerate(hi):
        if len(plane) != (n + 7) // 8:
            raise ValueError("a bit plane of the wrong length")
        bits = np.unpackbits(np.frombuffer(plane, np.uint8), count=n)
        high = bits if high is None else high | (bits.astype(np.uint16) << j)
    return low, high


def put_ids(out: np.ndarray, low: np.ndarray, high: np.ndarray | None) -> None:
    """Write ids given as :func:`split_ids` into the int32 array ``out``: the low bits, then
    the high ones into its third byte (one plane) or upper half (no int32 temporaries, which
    cost page faults at load)."""
    out[:] = low
    if high is None:
        return
    if high.dtype == np.uint8:      # one bit plane: bit 16 is in the third byte
        out.view(np.uint8)[2 if _LOW == 0 else 1::4] = high
    else:
        out.view(np.uint16)[1 - _LOW::2] = high


def unpack_ids(lo: bytes, hi: list[bytes]) -> np.ndarray:
    """Stored row ids (:func:`split_ids`) as an int32 array. Raises ValueError as that."""
    low, high = split_ids(lo, hi)
    out = np.empty(len(low), np.int32)
    put_ids(out, low, high)
    return out
