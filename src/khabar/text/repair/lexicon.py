"""The repair lexicon: word unigram counts and hashed word-bigram counts.

Files (in ``khabar/models/repair/``), written by ``training/build_repair.py``:

* ``unigrams.tsv.gz`` — first line ``#total<TAB>N`` (tokens counted), then ``word<TAB>count``
  lines. Words are keys (see :func:`key_of`): Arabic words without diacritics, tatweel or
  joiners; hamza, alef maqsura and ta marbuta are kept as written.
* ``bigrams.bin.gz`` — ``b"KBG1"``, a little-endian uint32 ``n``, ``n`` uint32 deltas of the
  sorted CRC-32 hashes of ``"w1 w2"`` and ``n`` uint16 counts (capped at 65535).

The model is loaded once per process, on first use (never at import). :func:`lexicon`
raises :class:`khabar.errors.ResourceError` when the files are missing or damaged.
"""
from __future__ import annotations

import bisect
import gzip
import struct
import sys
import threading
import zlib
from array import array
from pathlib import Path

from khabar.errors import ResourceError
from khabar.lang import chars

MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "repair"
UNIGRAMS = "unigrams.tsv.gz"
BIGRAMS = "bigrams.bin.gz"
_MAGIC = b"KBG1"
#: The count from which the loader also keeps the keys as a set (:meth:`Lexicon.frequent`):
#: the threshold of spelling candidates, ``scoring.MIN_SPELL_CAND``.
FREQUENT_AT = 30

_STRIP = {ord(c): None for c in chars.DIACRITICS | {chars.TATWEEL, "\u200c", "\u200d"}}


def key_of(word: str) -> str:
    """The lexicon key of a surface word: diacritics, tatweel and joiners removed."""
    return word.translate(_STRIP)


def bigram_hash(w1: str, w2: str) -> int:
    """Stable 32-bit hash of the word pair (keys, not surfaces)."""
    return zlib.crc32(f"{w1} {w2}".encode("utf-8"))


class Lexicon:
    """Unigram dict plus a sorted hash array for bigrams; read-only after loading."""

    __slots__ = ("uni", "total", "_keys", "_counts", "_frequent")

    def __init__(self, uni: dict[str, int], total: int, keys: array, counts: array,
                 frequent: dict[int, frozenset[str]] | None = None) -> None:
        """``frequent`` maps a count to the set of keys seen at least that often (optional:
        :meth:`frequent` builds missing sets)."""
        self.uni = uni
        self.total = max(total, 1)
        self._keys = keys
        self._counts = counts
        self._frequent = dict(frequent or {})

    def frequent(self, min_count: int) -> frozenset[str]:
        """The keys seen at least ``min_count`` times: a set a sixth of the unigram dict's
        size at ``FREQUENT_AT``, so membership tests stay in the CPU cache. The loader builds
        the one for ``FREQUENT_AT`` while the words are fresh (about 5 ms; built later from
        the dict it costs twice that); any other threshold is built on first call."""
        words = self._frequent.get(min_count)
        if words is None:
            words = self._frequent[min_count] = frozenset(
                [w for w, c in self.uni.items() if c >= min_count])
        return words

    def count(self, word: str) -> int:
        """Unigram count of a key (0 when unseen)."""
        return self.uni.get(word, 0)

    def bigram(self, w1: str, w2: str) -> int:
        """Count of the key pair ``w1 w2`` (0 when unseen; rare hash collisions possible)."""
        h = bigram_hash(w1, w2)
        i = bisect.bisect_left(self._keys, h)
        if i < len(self._keys) and self._keys[i] == h:
            return self._counts[i]
        return 0


def write_model(out_dir: Path, uni: list[tuple[str, int]], total: int,
                bigrams: dict[int, int]) -> None:
    """Write both files deterministically (gzip mtime 0). Raises ``OSError`` on I/O failure."""
    out_dir.mkdir(parents=True, exist_ok=True)
    text = "".join([f"#total\t{total}\n"] + [f"{w}\t{c}\n" for w, c in uni])
    _write_gz(out_dir / UNIGRAMS, text.encode("utf-8"))
    keys = sorted(bigrams)
    deltas = array("I", [b - a for a, b in zip([0] + keys[:-1], keys)])
    counts = array("H", [min(bigrams[k], 65535) for k in keys])
    if sys.byteorder == "big":
        deltas.byteswap()
        counts.byteswap()
    payload = _MAGIC + struct.pack("<I", len(keys)) + deltas.tobytes() + counts.tobytes()
    _write_gz(out_dir / BIGRAMS, payload)


def _write_gz(path: Path, data: bytes) -> None:
    with open(path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw,
                                                 mtime=0, compresslevel=9) as gz:
        gz.write(data)


def load_model(model_dir: Path = MODEL_DIR) -> Lexicon:
    """Read the model files. Raises :class:`ResourceError` if they are missing or damaged.

    Both files are parsed whole rather than line by line: the unigram text with one split of
    the whole text, the bigram hashes as one numpy running sum of their deltas."""
    try:
        total, uni, frequent = _read_unigrams(model_dir / UNIGRAMS)
        data = gzip.decompress((model_dir / BIGRAMS).read_bytes())
        if data[:4] != _MAGIC:
            raise ValueError("bad bigram magic")
        (n,) = struct.unpack("<I", data[4:8])
        if len(data) < 8 + 6 * n:
            raise ValueError("truncated bigram file")
        counts = array("H")
        counts.frombytes(data[8 + 4 * n:8 + 6 * n])
        if sys.byteorder == "big":
            counts.byteswap()
        keys = _cumulative(data, n)
    except (OSError, ValueError, EOFError, struct.error, zlib.error) as exc:
        raise ResourceError(
            f"repair model in {model_dir} is missing or damaged ({exc}); reinstall khabar or "
            "rebuild it with `python -m training.build_repair`") from exc
    return Lexicon(uni, total, keys, counts, {FREQUENT_AT: frequent})


def _read_unigrams(path: Path) -> tuple[int, dict[str, int], frozenset[str]]:
    """(total, key → count, keys seen ``FREQUENT_AT`` times) of ``unigrams.tsv.gz``. Raises
    OSError, EOFError, zlib.error, or ValueError on a missing header or a line without
    exactly two columns."""
    data = gzip.decompress(path.read_bytes()).decode("utf-8")
    head, _, body = data.partition("\n")
    name, _, total = head.partition("\t")
    if name != "#total":
        raise ValueError("unigram header missing")
    if body and not body.endswith("\n"):
        body += "\n"
    if body.count("\t") != body.count("\n"):
        raise ValueError("a unigram line without two tab-separated columns")
    cols = body.replace("\n", "\t").split("\t")
    cols.pop()      # after the final newline
    words = cols[0::2]
    counts = list(map(int, cols[1::2]))
    uni = dict(zip(words, counts))
    if len(uni) != len(words):      # a repeated key: its last count holds, as in the dict
        words, counts = list(uni), list(uni.values())
    frequent = frozenset([w for w, c in zip(words, counts) if c >= FREQUENT_AT])
    return int(total), uni, frequent


def _cumulative(data: bytes, n: int) -> array:
    """The sorted bigram hashes: running sums of the ``n`` little-endian uint32 deltas at
    ``data[8:]``, summed by numpy (a third of the time of :func:`itertools.accumulate` into
    an array, numpy import excluded: a pipeline with morphology imports it anyway). Raises
    ValueError when the sums leave 32 bits (the hashes are CRC-32 values) or data is short."""
    import numpy as np
    deltas = np.frombuffer(data, dtype="<u4", count=n, offset=8)
    if n and int(deltas.sum(dtype=np.uint64)) >= 1 << 32:
        raise ValueError("bigram hashes beyond 32 bits")
    sums = np.cumsum(deltas, dtype=np.uint32)
    keys = array("I")
    if keys.itemsize == sums.itemsize:
        keys.frombytes(memoryview(sums).cast("B"))
    else:   # a platform whose C unsigned int is not 32 bits
        keys.extend(sums.tolist())
    return keys


_LOCK = threading.Lock()
_LEXICON: Lexicon | None = None


def lexicon() -> Lexicon:
    """The process-wide lexicon, loaded on first call. Raises :class:`ResourceError`."""
    global _LEXICON
    if _LEXICON is None:
        with _LOCK:
            if _LEXICON is None:
                _LEXICON = load_model()
    return _LEXICON


__all__ = ["FREQUENT_AT", "Lexicon", "MODEL_DIR", "bigram_hash", "key_of", "lexicon",
           "load_model", "write_model"]
