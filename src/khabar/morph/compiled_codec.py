"""The column encoding of :mod:`khabar.morph.compiled` (format 2): :func:`encode` turns a
table into a tagged tuple that :mod:`marshal` stores compactly and :func:`decode` reads back
fast (see that module's docstring). Raises what each function says.
"""
from __future__ import annotations

import sys
from array import array

_SEP = "\n"
_MIN_COLUMNS = 1000     # tables with fewer items are stored as they are
_NESTED = 64            # a smaller dict with str keys is a dict of tables: encoded item by item
_SHARED = 8             # str values: "sx" (each distinct value once) when at most 1/8 distinct


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
        _le(vals)
    else:
        raise ValueError(f"unknown table encoding {kind!r}")
        vals = vals.tolist()    # zipping a list is faster than an array's items
    if len(vals) != len(keys):
        raise ValueError("a column table with keys and values of different lengths")
    return dict(zip(keys, vals))
