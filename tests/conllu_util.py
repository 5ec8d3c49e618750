"""Reading CoNLL-U in tests: the surface token forms (multiword ranges, not their words)."""
from __future__ import annotations


def surface_forms(conllu: str) -> list[str]:
    forms: list[str] = []
    skip_until = 0
    for line in conllu.splitlines():
        if not line or line.startswith("#"):
            skip_until = 0
            continue
        cols = line.split("\t")
        ident = cols[0]
        if "-" in ident:
            a, b = ident.split("-")
            skip_until = int(b)
            forms.append(cols[1])
        elif int(ident) > skip_until:
            forms.append(cols[1])
    return forms
