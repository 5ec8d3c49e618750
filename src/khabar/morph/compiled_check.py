"""The code digest of the tagger's load-time self-checks (see :func:`code_digest`), split from
:mod:`khabar.morph.compiled`. Raises nothing.
"""
from __future__ import annotations

import hashlib
import sys

#: The modules whose code the tagger's load-time self-checks compare (fast paths against their
#: definitions: :meth:`~khabar.morph.tag_rows.TypeRows._fast_rows_agree`,
#: :func:`~khabar.morph.lemma_fast.fast_agrees`, :meth:`~khabar.morph.tag_memo.RowMemo.agrees`;
#: ``compiled_codec`` expands the memo's stored rows).
CHECKED_CODE = ("khabar.morph.tag_rows", "khabar.morph.tag_rowprep", "khabar.morph.tag_fid",
                "khabar.morph.tag_pairs", "khabar.morph.tag_features", "khabar.morph.tag_cache",
                "khabar.morph.tag_memo", "khabar.morph.compiled_codec", "khabar.morph.lemma_fast",
                "khabar.morph.lemma_rules", "khabar.lang.chars")
# (helpers both sides call alike, e.g. seg_text.fold, cannot make them disagree: not listed)


def code_digest(names: tuple[str, ...] = CHECKED_CODE, python: bool = True) -> str | None:
    """SHA-256 of the Python version (unless ``python`` is false) and the source of the
    modules ``names`` (default :data:`CHECKED_CODE`), or None when a source cannot be read. A compiled tagger file whose self-checks passed at build time stores
    it (``"checked"``); while it matches, the checks' verdict is the same and the loader skips
    them (same code, same model: same result). Raises nothing."""
    import importlib.util
    h = hashlib.sha256(repr(sys.version_info[:3]).encode() if python else b"")
    try:
        for name in names:
            mod = sys.modules.get(name)
            spec = mod.__spec__ if mod is not None else importlib.util.find_spec(name)
            if spec is None or not spec.origin:
                return None
            with open(spec.origin, "rb") as fh:
                h.update(name.encode() + b"\0" + fh.read() + b"\0")
    except (OSError, ImportError, ValueError, AttributeError):
        return None
    return h.hexdigest()


__all__ = ["CHECKED_CODE", "code_digest"]
