"""Word lists and gazetteer look-ups shared by speaker resolution and name repair.

The location gazetteer is read on first use, not at import; an unreadable file gives an
empty set (the :class:`OSError` is swallowed). Nothing here raises.
"""
from __future__ import annotations

from pathlib import Path

from khabar.lang import quote_cues as C
from khabar.text.normalize import normalize as normalize_token


def norm_name(s: str) -> str:
    """``s`` normalized, with runs of white space folded to one space."""
    from khabar.text.normalize import normalize
    return " ".join(normalize(s).split())


_PLACES: set[str] | None = None


def places() -> set[str]:
    """Normalized names of the location gazetteer, read once (empty when unreadable)."""
    global _PLACES
    if _PLACES is None:
        _PLACES = set()
        path = Path(C.__file__).with_name("gaz_locations.tsv")
        try:
            for line in path.read_text(encoding="utf-8").splitlines():
                if line and not line.startswith("#"):
                    for name in line.split("\t")[-1].split("|"):
                        _PLACES.add(normalize_token(name.strip()))
        except OSError:
            pass
    return _PLACES


def is_place_adjective(norm: str) -> bool:
    """«الجورجي», «التونسية»: a nisba adjective of a place in the gazetteer."""
    pl = places()
    w = norm[2:] if norm.startswith("ال") else norm
    for suf in ("يه", "ي"):
        if w.endswith(suf) and len(w) > len(suf) + 2:
            stem = w[:-len(suf)]
            if stem in pl or stem + "يا" in pl or stem + "ا" in pl or "ال" + stem in pl:
                return True
    return False


MEDIA_HEADS = frozenset({"صحيفه", "جريده", "موقع", "قناه", "وكاله", "مجله", "اذاعه",
                         "تلفزيون", "الصحيفه", "الجريده", "حساب"})
