"""The NER gazetteer data under ``khabar/lang``: every file parses, no name is listed twice,
and a name listed under two kinds is one of the documented kinds of sharing."""
from __future__ import annotations

from collections import defaultdict

import pytest

from khabar.ner import resources
from khabar.ner.resources import GAZ_FILES, key_words

KINDS = {
    "gaz_locations.tsv": {"country", "capital", "city", "region", "water", "continent"},
    "gaz_organizations.tsv": {"intl", "gov", "party", "media", "company", "bank", "club", "sport",
                              "univ"},
    "gaz_persons.tsv": {"first", "full"},
}

#: Documented sharing of one matching key by entries of different kinds (besides the rules in
#: :func:`_shared_ok`): a written form that names two different things.
HOMOGRAPHS = {
    ("عمان",): "LOC: the country Oman and the capital Amman",
    ("وفد",): "ORG: the Wafd party and its newspaper",
    ("جزيره",): "ORG: the Al Jazeera channel and the Emirati club",
    ("اتحاد",): "ORG: the Emirati newspaper and the Saudi club",
}
#: Keys two lines share only because matching drops a leading «ال» (ألفريد → فريد).
KEY_COLLISIONS = {("فريد",)}


def _lines(fname: str) -> list[tuple[int, str, list[str]]]:
    text = (resources.LANG_DIR / fname).read_text(encoding="utf-8")
    out = []
    for no, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        kind, tab, names = line.partition("\t")
        assert tab, f"{fname}:{no}: no TAB in {line!r}"
        out.append((no, kind, names.split("|")))
    return out


@pytest.mark.parametrize("fname", sorted(KINDS))
def test_gazetteer_file_parses(fname: str) -> None:
    rows = _lines(fname)
    assert len(rows) > 400
    for no, kind, names in rows:
        assert kind in KINDS[fname], f"{fname}:{no}: unknown kind {kind!r}"
        for name in names:
            assert name and name == name.strip() and "  " not in name, f"{fname}:{no}: {name!r}"
            assert any("\u0621" <= ch <= "\u064a" for ch in name), f"{fname}:{no}: {name!r}"
            assert key_words(name), f"{fname}:{no}: {name!r} has no matching key"


@pytest.mark.parametrize("fname,labels", [("gaz_triggers.tsv", {"PER", "LOC", "ORG"}),
                                          ("ner_variants.tsv", {"PER", "LOC", "ORG"})])
def test_trigger_and_variant_files_parse(fname: str, labels: set[str]) -> None:
    rows = _lines(fname)
    assert rows
    for no, kind, names in rows:
        assert kind in labels, f"{fname}:{no}: {kind!r}"
        assert names and all(n and n == n.strip() for n in names), f"{fname}:{no}"


def _index() -> dict[tuple[str, ...], list[tuple[str, str, int]]]:
    seen: dict[tuple[str, ...], list[tuple[str, str, int]]] = defaultdict(list)
    for fname, label in GAZ_FILES.items():
        for no, kind, names in _lines(fname):
            for key in {key_words(n) for n in names}:   # spelling variants of one line may fold together
                seen[key].append((label, kind, no))
    return seen


def test_no_name_listed_twice_in_one_file() -> None:
    dups = []
    for key, where in _index().items():
        for label in {w[0] for w in where}:
            lines = [w for w in where if w[0] == label]
            if len(lines) > 1 and key not in KEY_COLLISIONS and key not in HOMOGRAPHS:
                kinds = {w[1] for w in lines}
                if not (label == "PER" and kinds == {"first", "full"}):
                    dups.append((" ".join(key), lines))
    assert not dups, dups[:20]


def _shared_ok(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """A given name may also be a place or body («هند», «الرياض», «النصر»); a club or paper
    may be named after its town («العين», «الخليج»); a person may be known by a given name
    («عبد الناصر»)."""
    kinds = {a, b}
    if any(k == ("PER", "first") for k in kinds):
        return True
    labels = {a[0], b[0]}
    if labels == {"LOC", "ORG"}:
        org = a if a[0] == "ORG" else b
        return org[1] in ("club", "media")
    return False


def test_no_conflicting_kinds_unless_documented() -> None:
    bad = []
    for key, where in _index().items():
        kinds = sorted({(w[0], w[1]) for w in where})
        if len(kinds) < 2 or key in HOMOGRAPHS or key in KEY_COLLISIONS:
            continue
        for i, a in enumerate(kinds):
            for b in kinds[i + 1:]:
                if not _shared_ok(a, b):
                    bad.append((" ".join(key), a, b))
    assert not bad, bad[:20]


def test_ambiguous_common_words_are_not_single_word_names() -> None:
    # Clubs, papers and channels named after common words are left out on purpose.
    gaz = resources.gazetteer()
    for word in ("التعاون", "الوطني", "الجمهورية", "الثورة", "الأيام", "المستقبل", "الحد",
                 "الربيع", "البحيرة", "الشرقية"):
        assert key_words(word) not in gaz, word


def test_new_entries_reach_the_features() -> None:
    gaz = resources.gazetteer()
    assert "ORG.club" in gaz[key_words("وفاق سطيف")]
    assert "ORG.media" in gaz[key_words("وكالة الأنباء العمانية")]
    assert "PER.full" in gaz[key_words("نوري أبو سهمين")]
    assert "LOC.city" in gaz[key_words("جسر الشغور")]
    names = resources.gazetteer_names()
    assert names[key_words("شبيبة القبائل")] == "ORG"
    assert names[key_words("عبد الرحمن اليوسفي")] == "PER"
    # generic ministries stay features only: never tagged from the list alone
    assert key_words("وزارة السياحة") not in names
