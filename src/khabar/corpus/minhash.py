"""MinHash signatures over word shingles and LSH banding (numpy), for near-duplicates.

Shingles are ``SHINGLE`` consecutive normalized words; each is hashed to 32 bits with a
stable hash (blake2b, not Python's per-process ``hash``), then ``NUM_PERM`` universal hash
functions ``(a*x + b) mod (2**61 - 1)`` give the signature (the minimum of each). The share of
equal signature values estimates the Jaccard similarity of the shingle sets. LSH cuts the
signature into ``bands`` bands of ``rows`` values; two documents become candidates when one
band is equal, and a candidate is a near-duplicate when its estimated Jaccard reaches the
threshold.
"""
from __future__ import annotations

import hashlib
import struct
from typing import Sequence

import numpy as np

NUM_PERM = 128
SHINGLE = 3
_PRIME = np.uint64((1 << 61) - 1)
_rng = np.random.RandomState(20240607)
_A = _rng.randint(1, 1 << 32, size=NUM_PERM, dtype=np.uint64)
_B = _rng.randint(0, 1 << 32, size=NUM_PERM, dtype=np.uint64)
_MAX32 = np.uint64(0xFFFFFFFF)
_SHIFT = np.uint64(61)


def shingles(words: Sequence[str], k: int = SHINGLE) -> set[str]:
    """The set of ``k``-word shingles (the words themselves for texts shorter than ``k``)."""
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}


def signature(words: Sequence[str]) -> np.ndarray | None:
    """The MinHash signature (``NUM_PERM`` uint32) of a word sequence; None when empty."""
    sh = shingles(words)
    if not sh:
        return None
    b2 = hashlib.blake2b
    x = np.frombuffer(b"".join([b2(s.encode("utf-8"), digest_size=4).digest() for s in sh]),
                      dtype="<u4").astype(np.uint64)
    # (a*x + b) < 2**64 since a, x, b < 2**32; then mod p, keep 32 bits.
    y = np.outer(_A, x)
    y += _B[:, None]
    h = mod_p(y) & _MAX32
    return h.min(axis=1).astype(np.uint32)


def mod_p(y: np.ndarray) -> np.ndarray:
    """``y % (2**61 - 1)`` of a uint64 array without integer division: ``y`` is
    ``hi * 2**61 + lo`` and ``2**61`` is 1 modulo p, so ``y`` ≡ ``hi + lo`` (< 2p)."""
    r = y >> _SHIFT
    r += y & _PRIME
    np.subtract(r, _PRIME, out=r, where=r >= _PRIME)
    return r


def to_bytes(sig: np.ndarray) -> bytes:
    return sig.astype("<u4").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u4")


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


def bands_for(threshold: float) -> int:
    """Number of bands for a threshold: the candidate curve's midpoint just below it."""
    best = 32
    for b in (8, 16, 32, 64):
        r = NUM_PERM // b
        if (1.0 / b) ** (1.0 / r) <= threshold - 0.05:
            return b
        best = b
    return best


def band_keys(sig: np.ndarray, bands: int) -> list[int]:
    """One signed 63-bit key per band (a hash of the band's rows and the band number)."""
    rows = NUM_PERM // bands
    out = []
    raw = sig.astype("<u4").tobytes()
    for i in range(bands):
        d = hashlib.blake2b(raw[i * rows * 4:(i + 1) * rows * 4],
                            digest_size=8, person=struct.pack("<Q", i)).digest()
        out.append(int.from_bytes(d, "little", signed=True))
    return out
